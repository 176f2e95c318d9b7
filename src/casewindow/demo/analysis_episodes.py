"""Demo key practice episodes for the Child J review, with their contributory factors. Every
name and event is invented. Episodes are linked to the demo chronology's entries (by agency and
date) and conversations (by practitioner) where those exist, so this loads with or without the
rest of the evidence demo."""

import datetime
from typing import Any

from casewindow.accounts.models import User
from casewindow.analysis.services import episodes as episode_services
from casewindow.demo.when import D, moved
from casewindow.evidence.models import ChronologyEntry, Conversation
from casewindow.reviews.models import Agency, Person, Review

CSC = "Northbridge Children's Social Care"
POLICE = "Eastshire Police"
HV = "Northbridge 0-19 Public Health Nursing Service"
GP = "Riverside Medical Practice"
HOSPITAL = "Northbridge General Hospital NHS Trust"
NURSERY = "Little Acorns Day Nursery"

EPISODES: list[dict[str, Any]] = [
    {
        "title": "Health visitor's referral about Mother's low mood, made with her consent",
        "date_start": D(2024, 3, 5),
        "agencies": [HV],
        "people": ["Health Visitor 1"],
        "entries": [(HV, D(2024, 3, 5))],
        "conversations": ["Health Visitor 1"],
        "what_happened": "At the 12-week visit Mother was tearful and scored 14 on the EPDS. "
        "Health Visitor 1 talked it through with her and referred to children's social care "
        "and Early Help with her agreement, and asked the GP to review her mood.",
        "how_it_looked": "Health Visitor 1 saw an isolated mother coping with a new baby and a "
        "six-year-old; she wanted support in place before things got harder.",
        "appraisal": "good",
        "appraisal_good": "Prompt, with consent, to the right places, and with a clear account "
        "of what worried her.",
        "appraisal_explanation": "Practice in line with the partnership's perinatal mental "
        "health pathway at the time.",
        "factors": [
            (
                "role/how-often-they-had-contact-with-the-family",
                "helped",
                "Regular home visits meant the health visitor knew Mother well enough to notice "
                "the change and to be trusted with the conversation.",
            ),
            (
                "family/relationship-between-professional-and-family-members",
                "helped",
                "Mother was open with a practitioner she had come to trust, and agreed to the "
                "referral.",
            ),
        ],
    },
    {
        "title": "Referral closed to Early Help without an assessment",
        "date_start": D(2024, 3, 18),
        "date_end": D(2024, 6, 27),
        "date_text": "March to June 2024",
        "agencies": [CSC, HV],
        "people": [],
        "entries": [(CSC, D(2024, 3, 18)), (CSC, D(2024, 6, 27))],
        "conversations": [],
        "what_happened": "The MASH took no further action and signposted the family to Early "
        "Help. Early Help closed after three sessions when Mother said she had a supportive "
        "new partner and declined more help.",
        "how_it_looked": "To the MASH the referral described low mood with good physical care: "
        "a family for universal and early help services.",
        "appraisal": "mixed",
        "appraisal_good": "Early Help was offered quickly and Mother engaged.",
        "appraisal_problematic": "The new partner was recorded as 'supportive' with no checks; "
        "the health visitor was not told the case had closed.",
        "appraisal_explanation": "At the time a new partner was not a trigger for checks in "
        "Early Help; closing on the parent's request was usual.",
        "factors": [
            (
                "organisation/policies-procedures-and-guidance",
                "hindered",
                "Early Help guidance did not ask for checks on new adults joining a household.",
            ),
            (
                "inter-agency/sharing-information-what-when-how-with-whom",
                "hindered",
                "Closure summaries went to the family, not to the referrer.",
            ),
        ],
    },
    {
        "title": "Emergency department attendance with a head bump, no health visitor liaison",
        "date_start": D(2024, 8, 3),
        "agencies": [HOSPITAL],
        "people": [],
        "entries": [(HOSPITAL, D(2024, 8, 3))],
        "conversations": [],
        "what_happened": "Jayden, eight months, was brought to ED by Mother's partner after "
        "'rolling off the bed'. He was examined and discharged. The safeguarding checklist "
        "said 'no concerns' and no liaison form went to the health visitor.",
        "how_it_looked": "A busy Saturday evening; a well baby with a minor bump and a plausible "
        "account from a calm carer.",
        "appraisal": "problematic",
        "appraisal_problematic": "An injury to a baby not yet crawling, brought by a non-parent, "
        "was not shared with the health visitor.",
        "appraisal_explanation": "The trust's liaison policy expected a form for every "
        "under-one attendance; the electronic record did not prompt for it.",
        "factors": [
            (
                "work-conditions/it-systems-forms-and-other-tools",
                "hindered",
                "The liaison form was a separate paper form that the ED system did not prompt for.",
            ),
            (
                "work-conditions/timing-shift-patterns-holidays-busy-periods",
                "hindered",
                "Saturday evening: the department was at full stretch.",
            ),
        ],
    },
    {
        "title": "Strategy discussion held without the health visitor or the GP",
        "date_start": D(2024, 10, 15),
        "agencies": [CSC, POLICE, HV],
        "people": ["Social Worker 1"],
        "entries": [(CSC, D(2024, 10, 15)), (HV, D(2024, 10, 16))],
        "conversations": ["Social Worker 1", "Health Visitor 1"],
        "what_happened": "After the domestic incident of 12 October the strategy discussion "
        "took place by telephone between children's social care and the police. The health "
        "visitor learned of it the next day; the GP was not told.",
        "how_it_looked": "Social Worker 1 wanted the discussion held within the day; those "
        "who could be reached by phone took part.",
        "appraisal": "problematic",
        "appraisal_problematic": "The professional who knew the baby best was not asked.",
        "appraisal_explanation": "Working Together expects health to take part in strategy "
        "discussions; local practice let speed decide attendance.",
        "factors": [
            (
                "inter-agency/knowing-who-else-is-involved-and-what-they-do",
                "hindered",
                "The social worker did not know which health visitor was allocated.",
            ),
            (
                "work-conditions/workload",
                "hindered",
                "Three strategy discussions were arranged in the team that morning.",
            ),
            (
                "organisation/policies-procedures-and-guidance",
                "both",
                "The procedure names health as a partner but not which health professional.",
            ),
        ],
    },
    {
        "title": "Home visit: bruise on the cheek accepted as a fall against the cot",
        "date_start": D(2024, 10, 21),
        "agencies": [CSC, NURSERY],
        "people": ["Social Worker 1"],
        "entries": [(CSC, D(2024, 10, 21)), (NURSERY, D(2024, 10, 21))],
        "conversations": ["Social Worker 1"],
        "what_happened": "On the section 47 home visit the social worker saw a small bruise on "
        "Jayden's cheek. Mother said he had fallen against the cot. No medical was arranged.",
        "how_it_looked": "The visit focused on the domestic incident; Mother was open and the "
        "explanation fitted a baby pulling himself up.",
        "appraisal": "problematic",
        "appraisal_problematic": "Bruising on a non-mobile or barely mobile baby calls for a "
        "child protection medical under the partnership's bruising protocol.",
        "appraisal_explanation": "The worker did not know the protocol applied to the visit's "
        "own findings, not only to referrals about injuries.",
        "factors": [
            (
                "personal/mindset-and-reasoning-at-the-time",
                "hindered",
                "The visit was framed as about domestic abuse; the bruise was read within that "
                "frame as a separate, minor matter.",
            ),
            (
                "organisation/training-and-professional-development",
                "hindered",
                "The bruising protocol was not part of induction for new assessment workers.",
            ),
        ],
    },
    {
        "title": "Nursery's body map of the bruise not shared",
        "date_start": D(2024, 10, 21),
        "agencies": [NURSERY],
        "people": [],
        "entries": [(NURSERY, D(2024, 10, 21))],
        "conversations": [],
        "what_happened": "The nursery recorded the cheek bruise on a body map the same morning "
        "but did not pass it to children's social care.",
        "how_it_looked": "Staff understood that social care was already involved and would know.",
        "appraisal": "problematic",
        "appraisal_problematic": "A second, independent sighting of the bruise stayed in the "
        "nursery's file.",
        "appraisal_explanation": "Nursery procedures asked staff to record, not to share, when "
        "a family was known to be open to social care.",
        "factors": [
            (
                "inter-agency/sharing-information-what-when-how-with-whom",
                "hindered",
                "The nursery assumed the allocated worker already knew.",
            ),
            (
                "own-team/getting-help-advice-and-supervision",
                "hindered",
                "The nursery's designated lead was on leave that week.",
            ),
        ],
    },
    {
        "title": "Step-down to Early Help without knowing that bail conditions had ended",
        "date_start": D(2024, 11, 28),
        "agencies": [CSC, POLICE],
        "people": ["Social Worker 1"],
        "entries": [(CSC, D(2024, 11, 28))],
        "conversations": ["Social Worker 1"],
        "what_happened": "The assessment closed with a safety plan that relied on Ryan Doherty's "
        "bail conditions keeping him away. Nobody checked whether they were still in force.",
        "how_it_looked": "Mother had kept to the plan and the children were well; the plan "
        "seemed to be working.",
        "appraisal": "problematic",
        "appraisal_problematic": "A safety plan was built on a fact nobody checked.",
        "appraisal_explanation": "There was no route for the police to tell social care when "
        "bail conditions end.",
        "factors": [
            (
                "inter-agency/shared-understanding-of-risk-and-of-the-plan",
                "hindered",
                "The police did not know the safety plan depended on the bail conditions.",
            ),
            (
                "work-conditions/it-systems-forms-and-other-tools",
                "hindered",
                "No system notifies children's social care when bail ends.",
            ),
        ],
    },
    {
        "title": "January call to the home recorded as a verbal argument, with no notification",
        "date_start": D(2025, 1, 2),
        "agencies": [POLICE],
        "people": [],
        "entries": [(POLICE, D(2025, 1, 2))],
        "conversations": [],
        "what_happened": "Mother called the police at 2am because Ryan was drinking and "
        "refusing to leave. He had gone when officers arrived; the children were not seen. It "
        "was graded standard risk and no notification went to children's social care.",
        "how_it_looked": "Officers found a calm house and a mother who said it was over.",
        "appraisal": "problematic",
        "appraisal_problematic": "The previous incident and the children's presence were not "
        "weighed; no notification was made.",
        "appraisal_explanation": "The force's DASH grading did not draw in previous incidents "
        "at the address automatically.",
        "factors": [
            (
                "work-conditions/it-systems-forms-and-other-tools",
                "hindered",
                "The incident system showed previous calls only on a separate screen.",
            ),
            (
                "personal/attention-what-else-they-were-doing-at-that-moment",
                "hindered",
                "New Year's night: officers had four calls waiting.",
            ),
        ],
    },
]


def _entries(review: Review, refs: list[tuple[str, datetime.date]]) -> list[ChronologyEntry]:
    return [
        entry
        for agency, day in refs
        for entry in ChronologyEntry.objects.filter(
            review=review, agency__name=agency, date_start=day
        ).select_related("event")
    ]


def demo_load_episodes(*, review: Review, users: dict[str, User], lead: User) -> None:
    """Add the demo episodes and their factors to the demo review, through the services."""
    agencies = {a.name: a for a in Agency.objects.filter(review=review)}
    people = {p.publication_label: p for p in Person.objects.filter(review=review)}
    for spec in EPISODES:
        entries = _entries(review, spec["entries"])
        events = {e.event for e in entries if e.event_id}
        practitioners = [people[label] for label in spec["conversations"] if label in people]
        episode = episode_services.episode_create(
            actor=lead,
            review=review,
            title=spec["title"],
            date_start=spec["date_start"],
            date_end=spec.get("date_end"),
            date_text=spec.get("date_text", ""),
            what_happened=spec["what_happened"],
            how_it_looked=spec["how_it_looked"],
            appraisal=spec["appraisal"],
            appraisal_good=spec.get("appraisal_good", ""),
            appraisal_problematic=spec.get("appraisal_problematic", ""),
            appraisal_explanation=spec["appraisal_explanation"],
            agencies=[agencies[name] for name in spec["agencies"] if name in agencies],
            people=[people[label] for label in spec["people"] if label in people],
            conversations=Conversation.objects.filter(
                review=review, practitioner__in=practitioners
            ),
            events=sorted(events, key=lambda e: e.pk),
            entries=[e for e in entries if not e.event_id],
        )
        for node_key, effect, explanation in spec["factors"]:
            episode_services.factor_add(
                actor=lead,
                episode=episode,
                node_key=node_key,
                effect=effect,
                explanation=explanation,
            )


# The case as written, moved to today's years (casewindow.demo.when).
EPISODES = moved(EPISODES)
