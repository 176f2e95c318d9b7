"""Builds a review's report (`ReportContent`) from its own data, in the order of
reference/v1/report-structure.md. This first version holds only the parts drawn from the review's
set-up; the reports work fills in the rest (methodology, case in brief, appraisal, findings,
recommendations, appendices, free-text sections)."""

from django.utils import timezone
from django.utils.formats import date_format

from casewindow.reports.content import Block, ReportContent, Section
from casewindow.reviews.models import Review


def _paragraphs(text: str) -> tuple[Block, ...]:
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(Block("paragraph", text=part) for part in parts if part)


def build_report(review: Review, *, status: str = "Working copy") -> ReportContent:
    questions = [q.text for q in review.research_questions.order_by("number")]
    terms = _paragraphs(review.terms_of_reference)
    if questions:
        terms += (Block("numbered", items=tuple(questions)),)
    sections = (
        Section("introduction", "1", "Introduction", _paragraphs(review.summary)),
        Section("terms-of-reference", "2", "Terms of reference and research questions", terms),
    )
    return ReportContent(
        title=review.title,
        review_reference=review.reference,
        partnership=review.partnership.name,
        status=status,
        date_text=date_format(timezone.localdate(), "j F Y"),
        sections=sections,
    )
