"""The multi-agency narrative as report content: what report assembly puts in the report's
narrative part. Plain text only (see casewindow.reports.content)."""

from casewindow.analysis.richtext import html_to_blocks
from casewindow.analysis.selectors.narrative import sections_with_perspectives
from casewindow.analysis.services.narrative import period_label
from casewindow.reports.content import Block, Section
from casewindow.reviews.models import Review


def _blocks(html: str) -> list[Block]:
    blocks = []
    for kind, value in html_to_blocks(html):
        if isinstance(value, tuple):
            blocks.append(Block(kind=kind, items=value))
        else:
            blocks.append(Block(kind=kind, text=value))
    return blocks


def agency_report_name(agency: object) -> str:
    """How the report names an agency: its publication label if it has one."""
    return getattr(agency, "publication_label", "") or getattr(agency, "name", "")


def narrative_for_report(review: Review) -> list[Section]:
    """One report section per live narrative section, in narrative order: key
    "narrative-<uuid>", no number (the report numbers them), the title with the period, the
    text as heading, paragraph and list blocks, then each agency's perspective as a heading
    (the agency's publication label, else its name) followed by its blocks."""
    sections = sections_with_perspectives(review=review)
    result = []
    for section in sections:
        period = period_label(section.period_start, section.period_end, section.period_text)
        title = f"{section.title} ({period})" if period else section.title
        blocks = _blocks(section.body_html)
        for perspective in section.live_perspectives:
            perspective_blocks = _blocks(perspective.body_html)
            if not perspective_blocks:
                continue
            blocks.append(Block(kind="heading", text=agency_report_name(perspective.agency)))
            blocks.extend(perspective_blocks)
        result.append(
            Section(key=f"narrative-{section.uuid}", number="", title=title, blocks=tuple(blocks))
        )
    return result
