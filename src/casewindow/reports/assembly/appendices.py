"""The appendices: key practice episode table, action plan, contributors, glossary and
independence statement."""

from collections.abc import Sequence

from django.utils.formats import date_format

from casewindow.analysis.models import ActionItem, KeyPracticeEpisode
from casewindow.analysis.selectors.episodes import episode_when
from casewindow.reports.assembly.common import agency_label, free_section, team_rows
from casewindow.reports.content import Block, Section
from casewindow.reviews.models import Review

KPE_TABLE_COLUMNS = ("No.", "Episode", "Date or period", "Agencies involved", "Appraisal")
ACTION_PLAN_COLUMNS = ("Recommendation", "Action", "Owner", "Due", "Status")


def appendices_part(
    review: Review, episodes: Sequence[KeyPracticeEpisode], written: dict[str, str]
) -> Section:
    rows = tuple(
        (
            str(e.number),
            e.title,
            episode_when(e) or "Not dated",
            ", ".join(agency_label(a) for a in e.agencies.all()),
            e.get_appraisal_display(),
        )
        for e in episodes
    )
    kpe_blocks = (
        (Block("table", rows=(KPE_TABLE_COLUMNS, *rows)),)
        if rows
        else (Block("paragraph", text="No key practice episodes yet."),)
    )
    agencies = [agency_label(a) for a in review.agencies.order_by("name")]
    actions = [
        (
            f"Recommendation {action.recommendation.number}",
            action.text,
            action.owner,
            date_format(action.due_date, "j M Y"),
            action.get_status_display(),
        )
        for action in ActionItem.objects.alive()
        .filter(recommendation__review=review, recommendation__deleted_at__isnull=True)
        .select_related("recommendation")
        .order_by("recommendation__number", "due_date", "pk")
    ]
    action_blocks = (
        (
            Block(
                "paragraph",
                text="What the partnership's agencies will do about each recommendation, by "
                "when, and where each action stood when this report was made.",
            ),
            Block("table", rows=(ACTION_PLAN_COLUMNS, *actions)),
        )
        if actions
        else (Block("paragraph", text="No actions have been agreed yet."),)
    )
    contributors: list[Block] = [
        Block("paragraph", text="These agencies contributed to the review:"),
        Block("list", items=tuple(agencies)),
    ]
    team = team_rows(review)
    if team:
        contributors += [
            Block("paragraph", text="The review team and case group, by role:"),
            Block("table", rows=(("Part", "Role", "Agency"), *team)),
        ]
    return Section(
        "appendices",
        "10",
        "Appendices",
        subsections=(
            Section("kpe-table", "10.1", "Key practice episodes", kpe_blocks),
            Section("action-plan", "", "Action plan", action_blocks),
            Section("contributors", "10.2", "Contributors", tuple(contributors)),
            free_section("glossary", "10.3", written),
            free_section("independence", "10.4", written),
        ),
    )
