"""The report's own texts as a reader sees them (casewindow.reviews.texts), for checks that read
every text of a review."""

from django.urls import reverse

from casewindow.reports.models import ReportSection
from casewindow.reports.sections import FREE_TEXT, text_blocks
from casewindow.reviews.models import Review
from casewindow.reviews.texts import ReviewText, ReviewTextSource


def report_section_texts(*, review: Review) -> list[ReviewTextSource]:
    """The report's free-text sections as written today, keyed "report:<section key>" (the same
    keys the working report's check uses, so a dismissal holds on both pages). Each paragraph and
    bullet is a piece, as the report prints it."""
    written = dict(
        ReportSection.objects.filter(review=review, key__in=FREE_TEXT).values_list("key", "body")
    )
    sources = []
    for key, free_text in FREE_TEXT.items():
        body = written.get(key, "")
        if not body.strip():
            continue
        strings = tuple(text for block in text_blocks(body) for text in block.strings())
        sources.append(
            ReviewTextSource(
                kind="Report section written by the review team",
                area="report",
                title=free_text.title,
                url=reverse("reports:report", args=[review.reference]) + f"#section-{key}",
                edit_url=reverse("reports:section_edit", args=[review.reference, key]),
                edit_permission="report.edit",
                texts=(
                    ReviewText(
                        label="The text", context_key=f"report:{key}", pieces=strings, numbered=True
                    ),
                ),
            )
        )
    return sources
