"""The demo partnership's annual learning report for last year: a Learning Together review
published last year and now closed (findings, episodes with factors, recommendations whose
actions are done or under way), concluded the same year as the neighbouring partnership's
review (`demo.learning.NATIONAL`), so the board reader downloads a report for last year whose
patterns recur. Dates are relative to today."""

import datetime

from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.analysis.models import ActionStatus
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services.episodes import episode_create, factor_add
from casewindow.analysis.services.recommendations import action_save, recommendation_save
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Review, ReviewStage
from casewindow.reviews.services import memberships as membership_services

CONCLUDED_LAST_YEAR = "NSCP-LCSPR-09"

EPISODES = [
    (
        "The strategy discussion is held without the health visitor",
        "The strategy discussion was arranged for the same afternoon; the health visitor, who "
        "had seen the baby twice that month, was not invited.",
        [("inter-agency", "hindered"), ("work-conditions", "hindered")],
    ),
    (
        "The GP practice flags the family's missed appointments",
        "The practice's safeguarding lead noticed three missed baby checks and rang the health "
        "visiting team the same week.",
        [("own-team", "helped"), ("inter-agency", "helped")],
    ),
]
FINDINGS = [
    (
        "incidents-crises",
        "Strategy discussions about babies are arranged so quickly that the health visitor, "
        "who often knows the family best, is not there.",
    ),
    (
        "human-reasoning",
        "Once a father engaged with a parenting course, professionals read it as lasting "
        "change and stopped asking how the baby was cared for at home.",
    ),
    (
        "human-management",
        "Supervision of health visitors centres on caseload numbers, leaving little time to "
        "reflect on a family whose circumstances change slowly.",
    ),
]
RECOMMENDATIONS = [
    (
        1,
        "Invite the health visitor to every strategy discussion about a child under one.",
        [("Add health visiting to the strategy discussion invitation list", "done")],
    ),
    (
        2,
        "The partnership's executive should decide how reflective supervision time is protected "
        "for health visitors.",
        [("Set out options and costs for protected supervision time", "in_progress")],
    ),
]


def demo_load_annual(*, review: Review, users: dict[str, User], lead: User) -> None:
    today = timezone.localdate()
    last_year = today.year - 1
    partnership = review.partnership
    # A reset of the demo recreates this review too (it holds no evidence).
    Review.objects.filter(reference=CONCLUDED_LAST_YEAR).delete()
    concluded = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=CONCLUDED_LAST_YEAR,
        title="Baby T: a Learning Together review",
        review_type="lcspr_lt",
        incident_date=datetime.date(last_year - 2, 11, 20),
        notification_date=datetime.date(last_year - 2, 11, 24),
        rapid_review_date=datetime.date(last_year - 2, 12, 10),
        commissioned_date=datetime.date(last_year - 1, 1, 15),
        target_publication_date=datetime.date(last_year, 6, 18),
    )
    membership_services.membership_add(
        actor=lead,
        review=concluded,
        user=users["board@demo.casewindow.test"],
        role=ReviewRole.BOARD_READER,
    )
    episodes = []
    for title, explanation, factors in EPISODES:
        episode = episode_create(
            actor=lead,
            review=concluded,
            title=title,
            appraisal="problematic" if factors[0][1] == "hindered" else "good",
            appraisal_explanation=explanation,
        )
        for node, effect in factors:
            factor_add(actor=lead, episode=episode, node_key=node, effect=effect)
        episodes.append(episode)
    findings = [
        finding_services.finding_save(
            actor=lead,
            review=concluded,
            finding=None,
            values={"is_systems_finding": True, "pattern_area": area, "statement": statement},
            episodes=episodes[:1] if area == "incidents-crises" else episodes,
            expected_version=None,
        )
        for area, statement in FINDINGS
    ]
    for kind, text, actions in RECOMMENDATIONS:
        recommendation = recommendation_save(
            actor=lead,
            review=concluded,
            recommendation=None,
            values={
                "kind": kind,
                "text": text,
                "owner_text": "Northbridge Safeguarding Partnership",
            },
            findings=findings[:1] if kind == 1 else findings[2:],
            expected_version=None,
        )
        for action_text, status in actions:
            action_save(
                actor=lead,
                recommendation=recommendation,
                action=None,
                values={
                    "text": action_text,
                    "owner": "Partnership business manager",
                    "due_date": today + datetime.timedelta(days=60),
                    "status": ActionStatus(status),
                },
                expected_version=None,
                today=today,
            )
    for stage in (ReviewStage.PUBLICATION, ReviewStage.ACTION_PLAN, ReviewStage.CLOSED):
        review_services.review_set_stage(actor=lead, review=concluded, stage=stage)
