"""The annual learning report (issue 12, item 8): gathering a year's learning and rendering it as
DOCX and tagged PDF, for the demo partnership's last year and for a busy partnership (40 reviews
published in the year, 10 findings and 8 recommendations with an action each, and 40 more
reviews in the two years before for the trend), each the median of a few runs."""

import datetime
import io
import statistics
import time

REPEATS = 3
BUSY_REVIEWS = 40


def _median(function, repeats: int = REPEATS) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _busy_partnership(year: int):
    from casewindow.accounts.models import Partnership
    from casewindow.analysis.framework import pattern_areas
    from casewindow.analysis.models import ActionItem, Finding, Recommendation
    from casewindow.reviews.models import Review, ReviewStage

    areas = list(pattern_areas())
    partnership = Partnership.objects.create(name="Busy Safeguarding Partnership")
    reviews = []
    for index in range(BUSY_REVIEWS * 2):
        concluded = year if index < BUSY_REVIEWS else year - 1 - index % 2
        review = Review.objects.create(
            partnership=partnership,
            reference=f"BUSY-{index:03d}",
            title=f"Review {index}",
            review_type="lcspr_lt",
            stage=ReviewStage.CLOSED,
            target_publication_date=datetime.date(concluded, 1 + index % 12, 10),
        )
        Finding.objects.bulk_create(
            Finding(
                review=review,
                number=number,
                is_systems_finding=True,
                pattern_area=areas[(index + number) % len(areas)],
                statement=f"Finding {number} of review {index}: agencies held parts of the "
                "picture that no one put together.",
            )
            for number in range(1, 11)
        )
        recommendations = Recommendation.objects.bulk_create(
            Recommendation(
                review=review,
                number=number,
                kind=1 + number % 3,
                text=f"Recommendation {number}: share what each agency knows the same week.",
            )
            for number in range(1, 9)
        )
        ActionItem.objects.bulk_create(
            ActionItem(
                recommendation=recommendation,
                text="Agree the route",
                owner="Business manager",
                due_date=datetime.date(year + 1, 3, 31),
                status=("not_started", "in_progress", "done")[recommendation.number % 3],
            )
            for recommendation in recommendations
        )
        reviews.append(review)
    return partnership, reviews


def _figures(label: str, partnership, reviews, year: int) -> list[dict]:
    from pypdf import PdfReader

    from casewindow.learning.annual_rendering import render_annual_docx, render_annual_pdf
    from casewindow.learning.selectors.annual import annual_learning_report

    gather_s, report = _median(
        lambda: annual_learning_report(partnership=partnership, reviews=reviews, year=year)
    )
    docx_s, docx = _median(lambda: render_annual_docx(report))
    pdf_s, pdf = _median(lambda: render_annual_pdf(report))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return [
        {
            "name": f"{label}: gather the year's learning ({len(report.local)} reviews, "
            f"{len(report.national)} national)",
            "value": gather_s * 1000,
            "unit": "ms",
        },
        {
            "name": f"{label}: render DOCX (median)",
            "value": docx_s,
            "unit": "s",
            "note": f"{len(docx):,} bytes",
        },
        {
            "name": f"{label}: render PDF, tagged (median)",
            "value": pdf_s,
            "unit": "s",
            "note": f"{pages} pages, {len(pdf):,} bytes",
        },
    ]


def run() -> list[dict]:
    from casewindow.demo.loader import demo_load
    from casewindow.reviews.models import Review, ReviewStage

    last_year = datetime.date.today().year - 1
    review, _created = demo_load()
    demo_reviews = list(
        Review.objects.filter(
            partnership=review.partnership,
            stage__in=[ReviewStage.ACTION_PLAN, ReviewStage.CLOSED],
        )
    )
    figures = _figures("demo, last year", review.partnership, demo_reviews, last_year)
    partnership, reviews = _busy_partnership(last_year)
    return figures + _figures(f"{BUSY_REVIEWS} reviews a year", partnership, reviews, last_year)
