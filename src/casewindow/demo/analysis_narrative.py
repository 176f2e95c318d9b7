"""Demo multi-agency narrative for the Child J review: five sections over the periods of the
case, each with the perspectives of the agencies involved, linked to the demo chronology by
date. Every name and event is invented. Written through the services, so each section has its
history; the third was drafted by the reviewer and then revised by the lead reviewer."""

import datetime
from typing import Any

from django.db.models import Q

from casewindow.accounts.models import User
from casewindow.analysis.services import narrative as narrative_services
from casewindow.demo.when import D, moved
from casewindow.evidence.models import ChronologyEntry
from casewindow.reviews.models import Agency, Review

CSC = "Northbridge Children's Social Care"
POLICE = "Eastshire Police"
HV = "Northbridge 0-19 Public Health Nursing Service"
GP = "Riverside Medical Practice"
HOSPITAL = "Northbridge General Hospital NHS Trust"
NURSERY = "Little Acorns Day Nursery"

SECTIONS: list[dict[str, Any]] = [
    {
        "title": "After the birth: low mood and the first referral",
        "period_text": "March to June 2024",
        "period_start": D(2024, 3, 1),
        "period_end": D(2024, 6, 30),
        "body": "Child J was born in December 2023, Mother's second child. Child K, then six, "
        "lived with them. Mother had moved to Northbridge a year earlier and, apart from the "
        "maternal grandmother, had little support nearby.\n\n"
        "## What the agencies knew\n\n"
        "- At the 12-week visit Mother was tearful and scored 14 on the EPDS.\n"
        "- The GP saw her a week later and referred her to NHS Talking Therapies.\n"
        "- The MASH signposted the family to Early Help, which closed in June after three "
        "sessions.\n\n"
        "By early June a new partner, Adult M, was part of the family's life. He waited outside "
        "the clinic with the pram; no agency knew who he was.",
        "perspectives": [
            (
                HV,
                "Health Visitor 1 had known Mother since the new-birth visit and saw a mother "
                "who was isolated and low but caring well for both children. She wanted "
                "support in place **before** things got harder, talked the referral through "
                "with Mother and made it with her consent.\n\n"
                "She was told on the telephone that Early Help had been offered and planned to "
                "review at six months. She did not hear that Early Help had closed.",
            ),
            (
                CSC,
                "To the MASH the referral described low mood with good physical care and no "
                "risk factors: a family for universal and early help services. Early Help "
                "worked with Mother on routines and Child K's school attendance.\n\n"
                "When Mother said she had a supportive new partner and wanted no more help, the "
                "family support worker closed the case, as was usual when a parent declined "
                "further support.",
            ),
            (
                GP,
                "Dr A Haddad saw a postnatal mother with moderate low mood who declined "
                "medication and agreed to talking therapy. The practice had no reason to think "
                "of the children's safety and recorded none.",
            ),
        ],
    },
    {
        "title": "A new adult in the household",
        "period_text": "July to September 2024",
        "period_start": D(2024, 7, 1),
        "period_end": D(2024, 9, 30),
        "body": "Over the summer Adult M moved in. In August Child J, then eight months old, "
        "was taken to the emergency department by Adult M with a bump to the forehead after "
        "'rolling off the bed'. In September Adult M registered with the family's GP practice "
        "and asked for help with his drug use and anger, and Child J started two mornings a "
        "week at nursery.\n\n"
        "Each agency saw one part of this picture. None saw it whole.",
        "perspectives": [
            (
                HOSPITAL,
                "The emergency department was busy. The nurse practitioner examined a "
                "well-looking baby with a small bump and an explanation that fitted. The "
                "safeguarding checklist was completed as 'no concerns' and no liaison form was "
                "sent to the health visiting service: the form was then only sent when a "
                "concern was identified.",
            ),
            (
                GP,
                "Adult M registered as a new patient at the family's address and asked for "
                "help with cannabis and cocaine use and with his anger. Dr A Haddad referred "
                "him to the Northbridge Recovery Service. The practice's system did not link "
                "his record to the children's, and he was seen as a patient asking for help, "
                "not as a carer of a baby.",
            ),
            (
                NURSERY,
                "Jayden's key worker saw a baby who was slow to settle and who cried at "
                "drop-off when Adult M brought him. Staff put this down to a new setting and "
                "planned to build the relationship.",
            ),
        ],
    },
    {
        "title": "The domestic abuse incident and the strategy discussion",
        "period_text": "October 2024",
        "period_start": D(2024, 10, 1),
        "period_end": D(2024, 10, 31),
        "body": "On 12 October police were called by a neighbour to shouting at the flat. "
        "Mother had a red mark on her neck and said Adult M had pushed her; both children were "
        "asleep upstairs. Adult M was arrested and bailed not to attend the address.\n\n"
        "A strategy discussion was held by telephone on 15 October between children's social "
        "care and the police. Neither the health visitor nor the GP was invited. A child and "
        "family assessment began.",
        "revision": "On 12 October police were called by a neighbour to shouting at the flat. "
        "Mother had a red mark on her neck and said Adult M had pushed her; both children were "
        "asleep upstairs. Adult M was arrested and bailed not to attend the address.\n\n"
        "A strategy discussion was held by telephone on 15 October between children's social "
        "care and the police. Neither the health visitor nor the GP was invited, so what they "
        "knew was not part of the decision:\n\n"
        "1. the health visitor's knowledge of Mother's low mood and isolation;\n"
        "2. the GP's knowledge of Adult M's drug use and anger;\n"
        "3. the August attendance at the emergency department.\n\n"
        "On 21 October nursery saw a small bruise on Child J's cheek and recorded it on a body "
        "map. The social worker saw the same bruise at a home visit that afternoon and accepted "
        "Mother's explanation of a fall against the cot. Neither knew the other had seen it.",
        "perspectives": [
            (
                POLICE,
                "Officers saw a domestic incident with a clear account from the victim and "
                "children who were asleep and unharmed. They arrested Adult M, graded the risk "
                "as medium and sent a notification the same night. At the strategy discussion "
                "the police shared his 2023 incident with a previous partner verbally; it was "
                "not written into the minutes.",
            ),
            (
                CSC,
                "The team manager chaired the strategy discussion in a week with three others. "
                "With Adult M on bail and out of the home, the immediate risk seemed managed and "
                "an assessment the right response. Inviting health colleagues to a telephone "
                "discussion arranged at a day's notice was not usual practice.\n\n"
                "Social Worker 1 visited on 21 October, saw the bruise and accepted an "
                "explanation that fitted a baby pulling to stand.",
            ),
            (
                HV,
                "Health Visitor 1 heard of the incident from the notification on 16 October, "
                "learned that the strategy discussion had already been held, asked for the "
                "notes and planned a targeted visit within two weeks.",
            ),
        ],
    },
    {
        "title": "Step-down to Early Help",
        "period_text": "November and December 2024",
        "period_start": D(2024, 11, 1),
        "period_end": D(2024, 12, 31),
        "body": "The assessment found a mother who said the relationship was over and children "
        "who were well cared for. On 25 November the Crown Prosecution Service decided to take "
        "no further action and Adult M's bail conditions ended. Three days later the family "
        "was stepped down to Early Help.\n\n"
        "In December Mother brought Child J to the GP with a cold, with a man she called his "
        "'stepdad'.",
        "perspectives": [
            (
                CSC,
                "Social Worker 1 closed the assessment believing that Adult M had moved back "
                "to his mother's and was kept away by his bail conditions. The police decision "
                "of 25 November was 'to be passed to CSC' but did not reach him before the "
                "step-down.",
            ),
            (
                POLICE,
                "When the case was not charged, the officer in the case recorded that children's "
                "social care should be told. There was no set route for telling them, and the "
                "update was not sent.",
            ),
            (
                HV,
                "At the targeted visit on 19 November Health Visitor 1 saw Child J pulling to "
                "stand with no bruising, and heard that Adult M had moved out. She moved the "
                "family to universal plus and planned to review at the one-year check.",
            ),
        ],
    },
    {
        "title": "The weeks before Child J's admission",
        "period_text": "January to February 2025",
        "period_start": D(2025, 1, 1),
        "period_end": D(2025, 2, 28),
        "body": "On 2 January Mother called the police because Adult M, who had been drinking, "
        "refused to leave. It was recorded as a verbal argument and no notification was sent. "
        "Child J missed a week of nursery in January and the one-year health review. In early "
        "February nursery staff saw him flinch during a nappy change.\n\n"
        "On 14 February Child J, aged 14 months, was brought to hospital drowsy and vomiting. "
        "He had a skull fracture and healing rib fractures.",
        "perspectives": [
            (
                POLICE,
                "Officers attended on New Year's night with four calls waiting. Adult M had gone "
                "when they arrived, the children were in bed, and the call was recorded as a "
                "verbal argument. The earlier arrest at the same address was not flagged to "
                "them on their way.",
            ),
            (
                NURSERY,
                "Staff noticed that Child J was quiet and flinched, discussed it with the "
                "manager and decided to monitor. The body map from October was in his file, "
                "but no one linked the two, and the nursery did not know of the police "
                "involvement.",
            ),
            (
                HOSPITAL,
                "The emergency department recognised the injuries as inconsistent with the "
                "explanation, informed the police and children's social care the same evening, "
                "and a child protection medical found them consistent with non-accidental "
                "injury.",
            ),
        ],
    },
]


def _period_entries(review: Review, start: datetime.date, end: datetime.date) -> list[Any]:
    return list(
        ChronologyEntry.objects.filter(review=review, date_start__gte=start, date_start__lte=end)
        .filter(Q(date_end__isnull=True) | Q(date_end__lte=end))
        .select_related("event")
    )


def demo_load_narrative(*, review: Review, users: dict[str, User], lead: User) -> None:
    """Add the demo narrative to the demo review, through the services."""
    agencies = {a.name: a for a in Agency.objects.filter(review=review)}
    reviewer = users.get("reviewer@demo.casewindow.test", lead)
    for spec in SECTIONS:
        author = reviewer if "revision" in spec else lead
        section = narrative_services.section_save(
            actor=author,
            review=review,
            section=None,
            values={name: spec[name] for name in narrative_services.SECTION_FIELDS},
            expected_version=None,
        )
        for agency_name, body in spec["perspectives"]:
            if agency_name in agencies:
                narrative_services.perspective_save(
                    actor=author,
                    section=section,
                    perspective=None,
                    agency=agencies[agency_name],
                    body=body,
                    expected_version=None,
                )
        if "revision" in spec:
            section = narrative_services.section_save(
                actor=lead,
                review=review,
                section=section,
                values={"body": spec["revision"]},
                expected_version=section.version,
            )
        entries = _period_entries(review, spec["period_start"], spec["period_end"])
        events = {e.event for e in entries if e.event_id}
        loose = [e for e in entries if not e.event_id]
        narrative_services.section_link_chronology(
            actor=lead,
            section=section,
            shown_events=events,
            chosen_events=events,
            shown_entries=loose,
            chosen_entries=loose,
        )


# The case as written, moved to today's years (casewindow.demo.when).
SECTIONS = moved(SECTIONS)
