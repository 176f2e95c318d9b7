"""What a review should have before it moves to a stage, read from the review itself: the
stage page shows it before the lead confirms the move, and warns of what is missing. Nothing
here stops the move — a review team may have good reasons — it only says what is not done."""

from dataclasses import dataclass

from casewindow.analysis.models import (
    ActionItem,
    ActionStatus,
    AgreementRound,
    Finding,
    KeyPracticeEpisode,
    Recommendation,
)
from casewindow.anonymisation.models import PublicationScan, ScanStatus
from casewindow.drafts.models import CommentStatus, Draft, DraftComment
from casewindow.evidence.models import ChronologyEntry, Conversation, ConversationStatus
from casewindow.reviews.models import Review, ReviewStage, ReviewStageChange
from casewindow.reviews.selectors import review_checklist


@dataclass(frozen=True)
class StageCheck:
    label: str
    done: bool
    detail: str  # what is there, or what is missing


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _setup_checks(review: Review) -> list[StageCheck]:
    return [
        StageCheck(item.label, item.done, item.hint) for item in review_checklist(review=review)
    ]


def _evidence_checks(review: Review) -> list[StageCheck]:
    agencies = list(review.agencies.order_by("name"))
    with_entries = set(
        ChronologyEntry.objects.filter(review=review).present().values_list("agency", flat=True)
    )
    missing = [agency.name for agency in agencies if agency.pk not in with_entries]
    conversations = Conversation.objects.filter(review=review)
    held = conversations.count()
    agreed = conversations.filter(status=ConversationStatus.AGREED).count()
    return [
        StageCheck(
            "A chronology from every agency",
            bool(agencies) and not missing,
            "No agencies yet"
            if not agencies
            else ("No entries yet from " + ", ".join(missing) if missing else "Every agency"),
        ),
        StageCheck(
            "Conversations with practitioners held",
            held > 0,
            _plural(held, "conversation") + " recorded",
        ),
        StageCheck(
            "Conversation notes agreed",
            held > 0 and agreed == held,
            f"{agreed} of {held} agreed by the practitioner",
        ),
    ]


def _analysis_checks(review: Review) -> list[StageCheck]:
    episodes = KeyPracticeEpisode.objects.filter(review=review).alive().count()
    findings = Finding.objects.filter(review=review).alive()
    systems = findings.filter(is_systems_finding=True).count()
    without_area = findings.filter(is_systems_finding=True, pattern_area="").count()
    rounds = AgreementRound.objects.filter(review=review).alive()
    return [
        StageCheck("Key practice episodes written", episodes > 0, _plural(episodes, "episode")),
        StageCheck(
            "Systems findings written",
            systems > 0,
            _plural(systems, "systems finding"),
        ),
        StageCheck(
            "Every systems finding has its pattern area",
            systems > 0 and without_area == 0,
            "No systems findings yet"
            if not systems
            else (f"{without_area} without one" if without_area else "All have one"),
        ),
        StageCheck(
            "Contributory factors checked for agreement",
            rounds.filter(closed_at__isnull=False).exists(),
            _plural(rounds.count(), "agreement check")
            + f", {rounds.filter(closed_at__isnull=False).count()} closed",
        ),
    ]


def _drafting_checks(review: Review) -> list[StageCheck]:
    drafts = Draft.objects.filter(review=review)
    shared = drafts.filter(shares__isnull=False).distinct().count()
    open_comments = DraftComment.objects.filter(
        draft__review=review, status=CommentStatus.OPEN
    ).count()
    findings = Finding.objects.filter(review=review, is_systems_finding=True).alive()
    without = findings.exclude(recommendations__in=Recommendation.objects.alive()).count()
    latest_scan = PublicationScan.objects.filter(review=review, source="report").first()
    scan_clear = (
        latest_scan is not None
        and latest_scan.status == ScanStatus.DONE
        and not latest_scan.candidates
    )
    return [
        StageCheck(
            "Every systems finding has a recommendation or a question for the board",
            findings.exists() and without == 0,
            "No systems findings yet"
            if not findings.exists()
            else (f"{without} without one" if without else "All have one"),
        ),
        StageCheck(
            "A draft shared with the case group", shared > 0, _plural(shared, "draft") + " shared"
        ),
        StageCheck(
            "Every comment on the drafts answered",
            open_comments == 0,
            f"{open_comments} still open" if open_comments else "None open",
        ),
        StageCheck(
            "Publication check of the working report run",
            latest_scan is not None and latest_scan.status == ScanStatus.DONE,
            "Nothing left to decide" if scan_clear else "Not run, or personal data still to decide",
        ),
    ]


def _action_checks(review: Review) -> list[StageCheck]:
    recommendations = Recommendation.objects.filter(review=review).alive()
    without_actions = recommendations.exclude(actions__in=ActionItem.objects.alive()).count()
    actions = ActionItem.objects.filter(recommendation__review=review).alive()
    not_done = actions.exclude(status=ActionStatus.DONE).count()
    return [
        StageCheck(
            "Every recommendation has actions",
            recommendations.exists() and without_actions == 0,
            "No recommendations yet"
            if not recommendations.exists()
            else (f"{without_actions} without any" if without_actions else "All have actions"),
        ),
        StageCheck(
            "Every action done",
            actions.exists() and not_done == 0,
            "No actions yet"
            if not actions.exists()
            else (f"{not_done} of {actions.count()} not done" if not_done else "All done"),
        ),
    ]


# What to look at before moving INTO each stage.
_CHECKS = {
    ReviewStage.EVIDENCE: _setup_checks,
    ReviewStage.ANALYSIS: _evidence_checks,
    ReviewStage.DRAFTING: _analysis_checks,
    ReviewStage.PUBLICATION: _drafting_checks,
    ReviewStage.ACTION_PLAN: _drafting_checks,
    ReviewStage.CLOSED: _action_checks,
}


def stage_checks(review: Review, stage: str) -> list[StageCheck]:
    """What the review should have before it moves to `stage` (empty when going back)."""
    stages = list(ReviewStage.values)
    if stage not in stages or stages.index(stage) <= stages.index(review.stage):
        return []
    check = _CHECKS.get(ReviewStage(stage))
    return check(review) if check else []


def stage_history(review: Review) -> list[ReviewStageChange]:
    return list(ReviewStageChange.objects.filter(review=review).select_related("changed_by"))
