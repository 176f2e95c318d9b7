"""National and neighbouring reviews: added by hand or imported (CSV/JSON), bad rows reported
by number with nothing half-imported, and shown beside local reviews on the learning pages."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from casewindow.learning.models import NationalFinding, NationalReview
from casewindow.learning.services.national import NationalImportError, parse_csv, parse_json
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

GOOD_JSON = [
    {
        "reference": "NAT-2024-01",
        "source": "Northshire Safeguarding Children Partnership",
        "year": 2024,
        "type": "lcspr_lt",
        "summary": "A baby's injuries after repeated missed health appointments.",
        "link": "https://example.org/report.pdf",
        "findings": [
            {"pattern_area": "longer-term", "statement": "Missed appointments were not escalated."}
        ],
        "recommendations": [{"kind": "1", "text": "Escalate a second missed appointment."}],
    }
]
CSV_HEAD = "reference,source,year,type,summary,link,item,pattern_area,kind,text\n"


def _client(world: ReviewWorld) -> Client:
    client = Client()
    client.force_login(world.lead)  # the world's lead manages the partnership
    return client


def test_json_import_adds_reviews_that_appear_on_learning_pages(review_world: ReviewWorld) -> None:
    client = _client(review_world)
    upload = SimpleUploadedFile("reviews.json", json.dumps(GOOD_JSON).encode())
    url = reverse("learning:national_import", args=[review_world.partnership.uuid])
    assert client.post(url, {"file": upload}).status_code == 302
    assert NationalFinding.objects.get().pattern_area == "longer-term"
    reader = Client()
    reader.force_login(review_world.board_reader)
    page = reader.get(reverse("learning:repository", args=[review_world.partnership.uuid]))
    assert "Missed appointments were not escalated." in page.content.decode()
    search = reader.get(
        reverse("learning:search", args=[review_world.partnership.uuid]), {"q": "escalated"}
    ).content.decode()
    assert "<mark>escalated</mark>" in search and "NAT-2024-01" in search


def test_csv_bad_rows_are_reported_by_number_and_nothing_is_imported(
    review_world: ReviewWorld,
) -> None:
    text = (
        CSV_HEAD
        + "N1,Elsewhere,2023,rapid,,,finding,longer-term,,Good finding\n"
        + "N1,Elsewhere,2023,rapid,,,finding,no-such-area,,Bad area\n"
        + "N2,Elsewhere,20x3,rapid,,,finding,,,Bad year\n"
        + "N1,Elsewhere,2023,rapid,,,recommendation,,7,Bad kind\n"
    )
    with pytest.raises(NationalImportError) as raised:
        parse_csv(text.encode())
    problems = raised.value.problems
    assert any(p.startswith("Row 3:") and "pattern area" in p for p in problems)
    assert any(p.startswith("Row 4:") and "year" in p for p in problems)
    assert any(p.startswith("Row 5:") and "kind" in p for p in problems)
    client = _client(review_world)
    url = reverse("learning:national_import", args=[review_world.partnership.uuid])
    page = client.post(url, {"file": SimpleUploadedFile("r.csv", text.encode())})
    assert page.status_code == 200 and "Row 4:" in page.content.decode()
    assert not NationalReview.objects.exists()


def test_csv_good_file_groups_rows_by_reference() -> None:
    text = (
        CSV_HEAD
        + "N1,Elsewhere,2023,rapid,Sum,,finding,human-reasoning,,First\n"
        + "N1,,,,,,recommendation,,2,Decide\n"
        + "N2,Next door,2022,plr,,,finding,,,Second\n"
    )
    reviews = parse_csv(text.encode())
    assert [r.reference for r in reviews] == ["N1", "N2"]
    assert reviews[0].findings == [("human-reasoning", "First")]
    assert reviews[0].recommendations == [(2, "Decide")]


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[1]", b'{"reviews": 3}', "\ufeff[]".encode(), b"\xff\xfe"]
)
def test_broken_json_is_a_clear_error_or_nothing(raw: bytes) -> None:
    try:
        assert parse_json(raw) == []
    except NationalImportError as error:
        assert error.problems


def test_same_reference_twice_is_refused(review_world: ReviewWorld) -> None:
    client = _client(review_world)
    url = reverse("learning:national_import", args=[review_world.partnership.uuid])
    for _ in range(2):
        client.post(url, {"file": SimpleUploadedFile("r.json", json.dumps(GOOD_JSON).encode())})
    assert NationalReview.objects.count() == 1


def test_form_adds_a_review_with_findings_by_area(review_world: ReviewWorld) -> None:
    client = _client(review_world)
    url = reverse("learning:national_reviews", args=[review_world.partnership.uuid])
    response = client.post(
        url,
        {
            "reference": "NBR-1",
            "source": "Westvale",
            "year": "2025",
            "review_type": "plr",
            "findings": "human-reasoning: First impressions held\nA finding with no area",
            "recommendations": "3: Research this\nDo that",
        },
    )
    assert response.status_code == 302
    review = NationalReview.objects.get()
    assert list(review.findings.values_list("pattern_area", "statement")) == [
        ("human-reasoning", "First impressions held"),
        ("", "A finding with no area"),
    ]
    assert list(review.recommendations.values_list("kind", flat=True)) == [3, None]


def test_form_without_answers_says_what_is_missing(review_world: ReviewWorld) -> None:
    url = reverse("learning:national_reviews", args=[review_world.partnership.uuid])
    page = _client(review_world).post(url, {}).content.decode()
    assert "Enter the review&#x27;s reference" in page
