"""Learning across the demo partnership's reviews: the published review gets its findings and
key practice episodes (with factors), the demo review's lead releases its learning to the
partnership, and a neighbouring partnership's published review is added with its episodes and
factors (as its anonymised archive, `export_review --anonymised`, brings them), so the learning
pages show three reviews side by side. Years are relative to today."""

import datetime

from casewindow.accounts.models import User
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services.episodes import episode_create, factor_add
from casewindow.demo.partnership_year import PUBLISHED
from casewindow.learning.models import NationalReview
from casewindow.learning.services.national import NationalData, national_reviews_add
from casewindow.learning.services.release import learning_release
from casewindow.reviews.models import Review

NATIONAL = "WVSCP-NEIGHBOUR-1"

PUBLISHED_EPISODES = [
    (
        "The school's attendance concerns stay within the school",
        "Staff saw each absence as a separate event; the school's attendance system showed "
        "weeks, not the pattern across a term.",
        [("work-conditions", "hindered"), ("inter-agency", "hindered")],
    ),
    (
        "The health visitor asks each child about home",
        "The health visitor made time to see each child alone, which later helped the social "
        "worker understand what daily life was like.",
        [("own-team", "helped"), ("family", "helped")],
    ),
]
PUBLISHED_FINDINGS = [
    (
        "longer-term",
        "Neglect of a sibling group is assessed child by child, so the cumulative picture of "
        "the family is held by no single agency.",
    ),
    (
        "human-tool",
        "Attendance records show absences week by week, which hides a pattern that builds up "
        "over a whole term.",
    ),
]


def demo_load_learning(*, review: Review, users: dict[str, User], lead: User) -> None:
    published = Review.objects.get(reference=PUBLISHED)
    episodes = []
    for title, explanation, factors in PUBLISHED_EPISODES:
        episode = episode_create(
            actor=lead,
            review=published,
            title=title,
            appraisal="problematic" if factors[0][1] == "hindered" else "good",
            appraisal_explanation=explanation,
        )
        for node, effect in factors:
            factor_add(actor=lead, episode=episode, node_key=node, effect=effect)
        episodes.append(episode)
    for area, statement in PUBLISHED_FINDINGS:
        finding_services.finding_save(
            actor=lead,
            review=published,
            finding=None,
            values={"is_systems_finding": True, "pattern_area": area, "statement": statement},
            episodes=episodes,
            expected_version=None,
        )

    learning_release(actor=lead, review=review)

    year = datetime.date.today().year - 1
    NationalReview.objects.filter(partnership=review.partnership, reference=NATIONAL).delete()
    national_reviews_add(
        actor=lead,
        partnership=review.partnership,
        reviews=[
            NationalData(
                reference=NATIONAL,
                source="Westvale Safeguarding Children Partnership",
                year=year,
                review_type="lcspr_lt",
                summary="A seven-month-old baby with a head injury; the family had moved "
                "between two local authorities in the months before.",
                findings=[
                    (
                        "incidents-crises",
                        "When a family moves area, strategy discussions are held without the "
                        "professionals who know the family best.",
                    ),
                    (
                        "human-reasoning",
                        "Professionals were optimistic about a parent's capacity to change "
                        "after a period of engagement, and did not revisit the plan.",
                    ),
                ],
                recommendations=[
                    (
                        1,
                        "Invite the previous area's health visitor to any strategy discussion "
                        "within three months of a move.",
                    ),
                    (3, "Ask the national panel to consider guidance on transfers between areas."),
                ],
                episodes=[
                    (
                        "The strategy discussion after the move",
                        "The new area's children's social care held the strategy discussion "
                        "within a day; the previous area's health visitor, who knew the family "
                        "best, was not invited because no one knew of her.",
                        [
                            {"key": "inter-agency", "effect": "hindered"},
                            {"key": "work-conditions", "effect": "hindered"},
                        ],
                    ),
                    (
                        "The GP's letter to the new practice",
                        "The GP wrote a full summary to the new practice within a week, which "
                        "later let the paediatrician see the earlier bruise.",
                        [{"key": "own-team", "effect": "helped"}],
                    ),
                ],
            )
        ],
    )
