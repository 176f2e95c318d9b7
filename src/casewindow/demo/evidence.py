"""The demo review's documents and one-to-one conversations. Every name and event is invented."""

import io
from typing import Any

from docx import Document

from casewindow.demo.when import D, moved

POLICY_TEXT = """Northbridge Safeguarding Children Partnership
Multi-agency procedure: responding to domestic abuse notifications (PPNs) where children live in the household

1. Purpose
This procedure sets out how agencies respond when the police notify the Multi-Agency Safeguarding Hub (MASH) of a domestic abuse incident where children live in, or regularly visit, the household.

2. Screening
MASH screens every Public Protection Notification within one working day. Where a child under two lives in the household, the notification is always shared with the health visiting service and the child's GP practice on the same day.

3. Strategy discussions
Where the threshold for a strategy discussion is met, it must include children's social care, the police and health. Health representation should include the health visitor or school nurse who knows the family, not only the safeguarding team. The GP practice must be informed of the outcome.

4. New adults in the household
Practitioners should ask about, and record, any new adult living in or regularly visiting the household, and check what is known about them with partner agencies. A new partner who is providing care to a baby should be seen, and their history of domestic abuse or substance misuse considered in the assessment.

5. Bail conditions and their end
Where bail conditions have been imposed to protect a child or adult, the police will notify children's social care when the conditions end. The social worker should review the safety plan with the parent on receipt of that notification.
"""

IMR_PARAGRAPHS = [
    ("Individual management review: Northbridge 0-19 Public Health Nursing Service", "Title"),
    ("Summary of involvement", "Heading 1"),
    (
        "The health visiting service was in contact with Child J's family from Child J's birth in December 2023. "
        "Health Visitor 1 completed the new birth visit and the 6-8 week review and identified Mother's low mood, "
        "making a referral to the MASH with consent in March 2024.",
        None,
    ),
    (
        "Health Visitor 1 was not invited to the strategy discussion on 15 October 2024 and learned of the domestic "
        "incident from the PPN forwarded by the MASH on 16 October. A targeted visit was arranged, but the first "
        "attempt on the week of 4 November found no one at home.",
        None,
    ),
    ("Analysis", "Heading 1"),
    (
        "The service's caseload weighting tool counted Child J's family as 'universal plus', which allows one "
        "targeted visit after a domestic abuse notification. Health Visitor 1 carried 412 children at the time, "
        "against a recommended maximum of 250. The records do not show that the new partner, Ryan Doherty, was "
        "seen by any health visitor, although he attended the June clinic with the pram.",
        None,
    ),
    ("Learning for the service", "Heading 1"),
    (
        "Notifications of domestic abuse should prompt a contact that includes the new adult in the household, and "
        "the health visitor who knows the family should be invited to strategy discussions.",
        None,
    ),
]

DOCUMENTS: list[dict[str, Any]] = [
    {
        "title": "MASH procedure: responding to domestic abuse notifications (v3, 2023)",
        "kind": "policy",
        "agency": None,
        "filename": "NSCP DA notification procedure v3.txt",
    },
    {
        "title": "Health visiting service individual management review",
        "kind": "agency_report",
        "agency": "Northbridge 0-19 Public Health Nursing Service",
        "filename": "HV IMR - Child J.docx",
    },
]


def _imr_docx() -> bytes:
    document = Document()
    document.core_properties.author = ""
    for text, style in IMR_PARAGRAPHS:
        if style == "Title":
            document.add_heading(text, level=0)
        elif style:
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def document_files() -> list[tuple[dict[str, Any], bytes]]:
    return [
        (DOCUMENTS[0], POLICY_TEXT.encode("utf-8")),
        (DOCUMENTS[1], _imr_docx()),
    ]


# (practitioner publication label, held on, conducted by (emails), notes by section key,
#  account at the time, shared with (email or None), agreed?)
CONVERSATIONS: list[dict[str, Any]] = [
    {
        "practitioner": "Health Visitor 1",
        "held_on": D(2025, 5, 8),
        "conducted_by": ["lead@demo.casewindow.test", "reviewer@demo.casewindow.test"],
        "shared_with": "hv@demo.casewindow.test",
        "agreed": True,
        "notes": {
            "introduction": "Explained the purpose of the review and the systems approach: we are trying to "
            "understand why things made sense at the time, not to find fault. Notes will be shared for "
            "agreement before use.",
            "overview": "HV1 knew the family from the new birth visit. She saw Mother as a young mum who was "
            "struggling but loving, and Jayden as a thriving baby. She describes her involvement as 'light touch "
            "because the family was on universal plus'.",
            "turning-points": "1. The March 2024 referral, which she felt was 'bounced back' to Early Help. "
            "2. Learning of the October incident two days late, after the strategy discussion had happened. "
            "3. The November visit where Mother said Ryan had moved out.",
            "local-rationality": "In November she thought the risk had reduced: Mother was clear the "
            "relationship was over, bail conditions were in place as far as she knew, and Jayden looked well "
            "with no bruising. She did not know the bail conditions had ended a week earlier. She had 31 visits "
            "that week and was covering a colleague's caseload.",
            "factors": "Caseload (412 children). Not being invited to the strategy discussion. No routine "
            "information about bail ending. The caseload weighting tool only allowing one targeted visit.",
            "went-well": "The March referral was made promptly and with Mother's consent; Mother trusted her.",
            "reviewer-queries": "Asked about the June clinic note that a new partner waited outside: HV1 had "
            "not seen that entry, which was made by a colleague at a drop-in clinic.",
            "suggested-changes": "Invite the named HV to strategy discussions; alert the HV when bail "
            "conditions end; let the weighting tool respond to DA notifications.",
        },
        "account_at_time": "It felt like things had settled. Mum was open with me, the house was warm, Jayden "
        "was pulling himself up on the sofa and smiling. I had nothing to tell me Ryan was still around.",
    },
    {
        "practitioner": "Social Worker 1",
        "held_on": D(2025, 5, 14),
        "conducted_by": ["lead@demo.casewindow.test"],
        "shared_with": "sw@demo.casewindow.test",
        "agreed": False,
        "notes": {
            "introduction": "Purpose, confidentiality and use of notes explained. SW1 was accompanied by his "
            "team manager for the first ten minutes.",
            "overview": "SW1 led the child and family assessment after the October 2024 domestic incident. He "
            "was in his first year of practice (ASYE).",
            "turning-points": "1. The home visit on 21 October where he saw a bruise on Jayden's cheek. "
            "2. The decision to step down to Early Help on 28 November.",
            "local-rationality": "The explanation for the bruise (fell against the cot) fitted a baby who had "
            "just started pulling to stand, and the bruise was fading. He did not think of it as a bruise in a "
            "non-mobile baby because Jayden was crawling. Mother had ended the relationship and was engaging, "
            "so the step-down felt proportionate; the email that bail had ended arrived after the decision.",
            "factors": "Caseload of 24 children in ASYE year. Bruising protocol written for 'non-mobile' babies "
            "without guidance for babies just starting to move. Assessment timescales. Not knowing about "
            "Ryan's 2023 history, which was shared verbally in the strategy discussion he did not attend.",
            "went-well": "Both children were seen and spoken to (Kacper alone). School was contacted.",
            "reviewer-queries": "The nursery recorded the same bruise on a body map; SW1 did not know Jayden "
            "attended nursery.",
            "suggested-changes": "Bruising protocol to cover newly mobile babies; nursery checks as routine in "
            "assessments of under-fives.",
        },
        "account_at_time": "I was trying to be fair to Mum, who had done everything we asked. The bruise was "
        "small and going yellow; her explanation made sense for a baby who was crawling everywhere.",
    },
]

# Questions reviewers prepared for practitioners before the conversations.
PRACTITIONER_QUESTIONS = [
    (
        "Health Visitor 1",
        "What did you know about the new partner before the October incident?",
        "HV records, June 2024 clinic entry",
    ),
    (
        "Health Visitor 1",
        "How did you hear about the strategy discussion on 15 October?",
        "CSC and police chronologies disagree on its date",
    ),
    (
        "Social Worker 1",
        "Were you aware that Jayden attended Little Acorns nursery?",
        "Nursery chronology, 21/10/24 body map",
    ),
    (
        "Social Worker 1",
        "When did you learn the bail conditions had ended?",
        "Police chronology 25/11/24; CSC chronology 28/11/24",
    ),
]

# The case as written, moved to today's years (casewindow.demo.when).
POLICY_TEXT = moved(POLICY_TEXT)
IMR_PARAGRAPHS = moved(IMR_PARAGRAPHS)
DOCUMENTS = moved(DOCUMENTS)
CONVERSATIONS = moved(CONVERSATIONS)
PRACTITIONER_QUESTIONS = moved(PRACTITIONER_QUESTIONS)
