"""Demo findings, recommendations and action plan for the Child J review. Every name and event
is invented. Findings are linked to the demo's key practice episodes when those exist (found by
words in their titles), so this loads with or without the episodes demo."""

import datetime
from typing import Any

from casewindow.accounts.models import User
from casewindow.analysis.models import ActionStatus, Finding, KeyPracticeEpisode
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services import recommendations as recommendation_services
from casewindow.demo.when import moved
from casewindow.reviews.models import Review

FINDINGS: list[dict[str, Any]] = [
    {
        "keywords": ["strategy"],
        "values": {
            "is_systems_finding": True,
            "pattern_area": "incidents-crises",
            "statement": "Health visitors are not routinely invited to strategy discussions "
            "about babies, so the professional who knows the baby and the household best is "
            "missing when risk is first weighed.",
            "introduction": "The strategy discussion after the October 2024 domestic incident "
            "went ahead with the police, children's social care and the hospital safeguarding "
            "team, but not the health visitor.",
            "how_featured": "Health Visitor 1 had seen Child J and Mother six times and knew a "
            "new partner was staying. She learned of the incident from the forwarded police "
            "notification the day after the strategy discussion. The discussion relied on "
            "records that did not mention the new partner.",
            "why_not_unique": "The case group said strategy discussions are usually arranged "
            "within hours by telephone and that the health place is taken by whoever in the "
            "safeguarding team is free. A dip sample of ten strategy discussions about "
            "under-twos in 2024 found the health visitor present in two.",
            "how_widespread": "Local: the dip sample above. Nationally, published reviews "
            "repeatedly describe health visitors learning of strategy discussions afterwards.",
            "why_it_matters": "Babies cannot speak for themselves and are seen by few "
            "professionals; the health visitor is often the only one who has been in the home.",
            "summary": "Speed and convenience decide who attends; the knowledge of the baby "
            "that the partnership's procedure expects is often absent.",
            "questions": "Is the partnership confident that strategy discussions about babies "
            "hear from the professional who knows the family?\nWhat would make it practical "
            "for a health visitor to join at short notice?",
        },
    },
    {
        "keywords": ["bail"],
        "values": {
            "is_systems_finding": True,
            "pattern_area": "longer-term",
            "statement": "There is no routine notification to children's social care when bail "
            "conditions end, so safety plans can rest on facts that are no longer true.",
            "introduction": "The safety plan agreed with Mother assumed Ryan Doherty could not "
            "come to the address. His bail conditions ended in December 2024.",
            "how_featured": "Nobody in the network knew the conditions had ended. The social "
            "worker closed the assessment with the safety plan in place; Ryan was living at "
            "the address again within three weeks.",
            "why_not_unique": "The police said the procedure's promise of notification is not "
            "supported by any system: notification depends on the officer in the case "
            "remembering. Social workers in the case group could not recall ever receiving one.",
            "how_widespread": "Not known locally. The partnership has no data on how many "
            "safety plans rely on bail conditions.",
            "why_it_matters": "A plan that rests on a condition nobody checks gives false "
            "reassurance to everyone who reads it.",
            "summary": "The procedure assumes a notification the systems do not produce.",
            "questions": "How would a social worker know that a protective condition has "
            "ended?\nShould safety plans say which facts they depend on, and who checks them?",
        },
    },
    {
        "keywords": ["bruis", "hospital", "emergency"],
        "values": {
            "is_systems_finding": True,
            "pattern_area": "human-tool",
            "statement": "The bruising protocol covers non-mobile babies but not babies who are "
            "just starting to move, so a bruise on a newly mobile baby is not routinely "
            "referred.",
            "introduction": "Child J, aged ten months and just starting to pull himself up, "
            "was seen at the GP practice with a bruise to the cheek.",
            "how_featured": "The GP followed the protocol correctly: it did not apply to a baby "
            "who could move, and Mother's explanation was plausible. No referral was made.",
            "why_not_unique": "The named doctor said the protocol's definition of non-mobile is "
            "read strictly across the health economy, and practitioners asked for guidance on "
            "babies in between.",
            "how_widespread": "Several national reviews have raised the same gap; local data on "
            "bruises in babies aged 6 to 12 months are not collected.",
            "why_it_matters": "Babies who are just starting to move still bruise rarely; the "
            "gap leaves a high-risk group to individual judgement without support.",
            "summary": "A clear tool creates a sharp edge just past its scope.",
            "questions": "Should the protocol cover babies who are not yet walking "
            "independently?\nWhat support do practitioners need for the babies in between?",
        },
    },
    {
        "keywords": ["nursery", "day nursery"],
        "values": {
            "is_systems_finding": False,
            "statement": "The nursery's record of Child J's absences was not shared because "
            "the nursery did not know a social worker was involved.",
            "how_featured": "Little Acorns recorded eight absences in November 2024 and "
            "followed its attendance policy, but had no contact details for the social worker.",
            "why_it_matters": "It shows how a small provider can hold a piece of the picture "
            "without knowing anyone needs it.",
        },
    },
]

RECOMMENDATIONS: list[dict[str, Any]] = [
    {
        "kind": 1,
        "agency": "Northbridge Children's Social Care",
        "findings": [1],
        "text": "Children's social care should invite the health visitor (or the school nurse) "
        "who knows the family to every strategy discussion about a child under two, and record "
        "why if they cannot attend.",
        "actions": [
            (
                "Add the health visitor to the strategy discussion invitation checklist.",
                "Head of the front door",
                -40,
                ActionStatus.DONE,
                "Checklist revised and in use from February 2025; audit of 15 discussions found "
                "the health visitor invited in 14.",
            ),
            (
                "Dip sample strategy discussions about under-twos and report attendance to the "
                "partnership.",
                "Quality assurance manager",
                20,
                ActionStatus.IN_PROGRESS,
                "",
            ),
        ],
    },
    {
        "kind": 2,
        "agency": None,
        "owner_text": "Partnership executive group",
        "findings": [2],
        "text": "The partnership's executive group should decide how children's social care is "
        "told when bail conditions protecting a child end, weighing the cost of a police system "
        "change against other demands.",
        "actions": [
            (
                "Present options and costs for an automated notification to the executive group.",
                "Detective Inspector, Safeguarding Review Unit",
                -20,
                ActionStatus.NOT_STARTED,
                "",
            ),
            (
                "Agree an interim manual check of bail end dates for open cases.",
                "Head of Service, Assessment",
                45,
                ActionStatus.NOT_STARTED,
                "",
            ),
        ],
    },
    {
        "kind": 3,
        "agency": None,
        "owner_text": "National Child Safeguarding Practice Review Panel (via the partnership)",
        "findings": [3],
        "text": "The partnership should ask the national panel to consider guidance on bruising "
        "in babies who are starting to move, drawing on research about what is normal at that "
        "age.",
        "actions": [
            (
                "Write to the national panel with this finding and the local evidence.",
                "Partnership business manager",
                90,
                ActionStatus.NOT_STARTED,
                "",
            ),
        ],
    },
]


def _episodes(review: Review, keywords: list[str]) -> list[KeyPracticeEpisode]:
    episodes = KeyPracticeEpisode.objects.alive().filter(review=review)
    for word in keywords:
        found = list(episodes.filter(title__icontains=word)[:2])
        if found:
            return found
    return []


def demo_load_findings(*, review: Review, users: dict[str, User], lead: User) -> None:
    """Add the demo findings, recommendations and action plan (call once, on a new review)."""
    today = datetime.date.today()
    reviewer = users.get("reviewer@demo.casewindow.test", lead)
    findings: dict[int, Finding] = {}
    for number, spec in enumerate(FINDINGS, start=1):
        findings[number] = finding_services.finding_save(
            actor=reviewer if number % 2 else lead,
            review=review,
            finding=None,
            values=spec["values"],
            episodes=_episodes(review, spec["keywords"]),
            expected_version=None,
        )
    for spec in RECOMMENDATIONS:
        agency = review.agencies.filter(name=spec["agency"]).first() if spec["agency"] else None
        recommendation = recommendation_services.recommendation_save(
            actor=lead,
            review=review,
            recommendation=None,
            values={
                "kind": spec["kind"],
                "text": spec["text"],
                "owner_agency": agency,
                "owner_text": spec.get("owner_text", ""),
            },
            findings=[findings[n] for n in spec["findings"]],
            expected_version=None,
        )
        for text, owner, due_in_days, status, evidence in spec["actions"]:
            recommendation_services.action_save(
                actor=lead,
                recommendation=recommendation,
                action=None,
                values={
                    "text": text,
                    "owner": owner,
                    "due_date": today + datetime.timedelta(days=due_in_days),
                    "status": status,
                    "evidence_of_completion": evidence,
                },
                expected_version=None,
                today=today + datetime.timedelta(days=min(due_in_days, 0) - 5),
            )


# The case as written, moved to today's years (casewindow.demo.when).
FINDINGS = moved(FINDINGS)
RECOMMENDATIONS = moved(RECOMMENDATIONS)
