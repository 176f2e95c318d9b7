"""What the parts of the report share: the parts' order and numbers, free-text sections, and
how agencies, lists and the review team are written."""

from collections.abc import Iterable

from casewindow.accounts.models import Membership, ReviewRole
from casewindow.reports.content import Block, Section
from casewindow.reports.models import ReportSection
from casewindow.reports.narrative import narrative_for_report
from casewindow.reports.sections import FREE_TEXT, text_blocks
from casewindow.reviews.models import Agency, Review

NOT_WRITTEN = "Not written yet."

# The numbered parts, in order (the title page and contents come before them, unnumbered).
PARTS = (
    "executive-summary",
    "introduction",
    "terms-of-reference",
    "methodology",
    "case-in-brief",
    "appraisal",
    "findings",
    "recommendations",
    "appendices",
)


def part_number(key: str) -> str:
    return str(PARTS.index(key) + 1)


def paragraphs(text: str) -> tuple[Block, ...]:
    return text_blocks(text)


def agency_label(agency: Agency | None) -> str:
    if agency is None:
        return ""
    return agency.publication_label or agency.name


def and_list(words: Iterable[str]) -> str:
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def free_text(review: Review) -> dict[str, str]:
    return dict(
        ReportSection.objects.filter(review=review, key__in=FREE_TEXT).values_list("key", "body")
    )


def free_section(key: str, number: str, written: dict[str, str]) -> Section:
    blocks = text_blocks(written.get(key, "")) or (Block("paragraph", text=NOT_WRITTEN),)
    return Section(key, number, FREE_TEXT[key].title, blocks, editable=True)


def narrative_sections(review: Review) -> tuple[Section, ...]:
    """The multi-agency narrative, as subsections of the case in brief."""
    return tuple(narrative_for_report(review))


def team_rows(review: Review) -> tuple[tuple[str, ...], ...]:
    """The review team and case group by role, job title and agency — never by name."""
    memberships = (
        Membership.objects.filter(
            review=review,
            role__in=(ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.PARTICIPANT),
        )
        .select_related("user", "agency")
        .order_by("role", "agency__name", "user__job_title")
    )
    order: list[str] = [ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.PARTICIPANT]
    rows = sorted(
        (
            order.index(m.role),
            "Review team" if m.role != ReviewRole.PARTICIPANT else "Case group",
            m.user.job_title or m.get_role_display(),
            agency_label(m.agency) or ("Independent" if m.role != ReviewRole.PARTICIPANT else ""),
        )
        for m in memberships
    )
    return tuple(row[1:] for row in rows)
