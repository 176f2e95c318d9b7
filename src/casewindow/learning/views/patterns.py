"""The patterns page: charts (SVG) with their tables, and each table as CSV."""

import csv
from uuid import UUID

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.safestring import mark_safe

from casewindow.learning.charts import chart_svg
from casewindow.learning.selectors.patterns import PatternTable, counts_of, tables_of
from casewindow.learning.selectors.pool import pooled_counts
from casewindow.learning.views.common import LearningScope, learning_scope, render_learning


def _tables(page: LearningScope) -> list[PatternTable]:
    """Counted by the database over the pooled learning, then the national reviews'."""
    return tables_of(pooled_counts(page.scope).add(counts_of(page.national)))


def patterns(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    page = learning_scope(request, partnership_id, "patterns page")
    charts = [
        # Built by learning.charts, which escapes every text it writes.
        (table, mark_safe(chart_svg(table)))  # noqa: S308
        for table in _tables(page)
    ]
    return render_learning(
        request,
        "learning/patterns.html",
        page,
        charts=charts,
        review_count=page.review_count,
    )


def patterns_csv(request: HttpRequest, partnership_id: UUID, chart: str) -> HttpResponse:
    page = learning_scope(request, partnership_id, "patterns CSV")
    table = next((t for t in _tables(page) if t.key == chart), None)
    if table is None:
        raise Http404("No such chart")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{table.key}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    for row in table.csv_rows:
        # A cell a spreadsheet would run as a formula is written as text.
        writer.writerow(
            [
                "'" + c if c[:1] in ("=", "+", "-", "@") and not c.lstrip("+-").isdigit() else c
                for c in row
            ]
        )
    return response
