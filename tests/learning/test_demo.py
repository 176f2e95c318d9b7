"""The demo partnership's learning: four reviews (the demo review released by its lead, a
review published this year, one published last year and now closed, a neighbouring
partnership's review) on every learning page, and the annual learning report for last year."""

import datetime
import io

import pytest
from django.test import Client, TestCase
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import ReviewRole, User
from casewindow.demo.annual import CONCLUDED_LAST_YEAR, FINDINGS
from casewindow.demo.learning import NATIONAL
from casewindow.demo.loader import demo_load
from casewindow.demo.partnership_year import PUBLISHED
from casewindow.learning.models import AnnualReportFile


@pytest.mark.django_db
def test_demo_board_reader_sees_three_reviews_learning_and_no_names() -> None:
    review, _ = demo_load()
    partnership = review.partnership
    board = User.objects.get(memberships__review=review, memberships__role=ReviewRole.BOARD_READER)
    client = Client()
    client.force_login(board)
    html = client.get(reverse("learning:repository", args=[partnership.uuid])).content.decode()
    for reference in (review.reference, PUBLISHED, CONCLUDED_LAST_YEAR, NATIONAL):
        assert f'data-testid="review-{reference}"' in html
    for person in review.people.all():
        assert person.real_name not in html
    patterns = client.get(reverse("learning:patterns", args=[partnership.uuid])).content.decode()
    assert "Drawn from the learning of the 4 reviews" in patterns
    search = client.get(
        reverse("learning:search", args=[partnership.uuid]), {"q": "strategy"}
    ).content.decode()
    assert f'data-testid="hits-{NATIONAL}"' in search
    assert f'data-testid="hits-{review.reference}"' in search


@pytest.mark.django_db
def test_demo_board_reader_downloads_last_years_annual_learning_report() -> None:
    review, _ = demo_load()
    board = User.objects.get(memberships__review=review, memberships__role=ReviewRole.BOARD_READER)
    client = Client()
    client.force_login(board)
    url = reverse("learning:annual_report", args=[review.partnership.uuid])
    last_year = datetime.date.today().year - 1
    assert f'<option value="{last_year}" selected>' in client.get(url).content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the worker makes it at once
        client.post(url, {"year": last_year, "file_format": "docx"})
    made = AnnualReportFile.objects.get(requested_by=board, year=last_year)
    download = reverse("learning:annual_report_download", args=[review.partnership.uuid, made.uuid])
    assert download in client.get(url).content.decode()
    response = client.get(download)
    document = Document(io.BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    assert CONCLUDED_LAST_YEAR in text and NATIONAL in text
    assert FINDINGS[1][1] in text
    # Both the partnership's review and the neighbouring one found a strategy-discussion issue.
    assert f"{CONCLUDED_LAST_YEAR}, {NATIONAL}" in text
    # This year's reviews belong to this year's report.
    assert PUBLISHED not in text and review.reference not in text
