"""The publication check as a team works through it: unresolved candidates first, each with how
many times and where it appears; several decided at once, in place (htmx) or by a plain form
post; the report preview collapsed below; no new scan after a decision."""

import pytest
from django.urls import reverse

from casewindow.anonymisation.models import AnonymisationDecision, PublicationScan
from tests.factories import PersonFactory
from tests.pages import by_class, error_summary, html, main_text, text_of

SUMMARY = (
    "Kemi Adebayo lived with her mother. Her uncle, Babatunde Ogun, collected her from "
    "Oakfield Primary School. Babatunde Ogun also took her to Elmwood Surgery."
)


@pytest.fixture
def world(review_world):
    review = review_world.review
    review.summary = SUMMARY
    review.save()
    PersonFactory(review=review, real_name="Kemi Adebayo", publication_label="Child K")
    return review_world


def _url(world, name):
    return reverse(f"anonymisation:{name}", args=[world.review.reference])


def _rows(response):
    """The unresolved table: (text, category, times, where, suggestion, checkbox value)."""
    tree = html(response)
    [table] = by_class(tree, "cw-anon-unresolved")
    rows = []
    for row in table.xpath(".//tbody/tr"):
        cells = row.xpath("./td")
        rows.append(
            (
                text_of(cells[1]).split("”")[0].lstrip("“"),
                text_of(cells[2]),
                text_of(cells[3]),
                text_of(cells[4]),
                text_of(cells[5]),
                (cells[0].xpath(".//input/@value") or [""])[0],
            )
        )
    return rows


@pytest.mark.django_db
def test_unresolved_candidates_come_first_with_how_many_times_and_where(world, client_for):
    response = client_for(world.reviewer).get(_url(world, "publication_check"))
    text = main_text(response)

    rows = _rows(response)
    assert [r[0] for r in rows] == ["Babatunde Ogun", "Oakfield Primary School", "Elmwood Surgery"]
    uncle = rows[0]
    assert uncle[2] == "2"
    assert uncle[3].endswith("The case in brief")  # the section it is in, by number and title
    # The table comes before the list of every candidate, and the report preview is last,
    # collapsed.
    assert text.index("Unresolved candidates (3)") < text.index("Each candidate")
    tree = html(response)
    [preview] = tree.xpath("//details[@id='report-preview']")
    assert preview.get("open") is None
    assert text.index("Each candidate") < text.index("The report as it would be published")


@pytest.mark.django_db
def test_three_candidates_decided_at_once_by_a_plain_form_post(world, client_for):
    client = client_for(world.reviewer)
    values = [r[5] for r in _rows(client.get(_url(world, "publication_check")))]
    scans_before = PublicationScan.objects.count()

    response = client.post(
        _url(world, "decide_many"),
        {
            "source": "report",
            "candidates": values,
            "decision": "keep",
            "reason": "Named in the published rapid review already",
        },
        follow=True,
    )

    assert response.redirect_chain[-1][0].endswith("#candidates")
    assert "3 decisions recorded" in main_text(response)
    assert "All resolved — a publication version can be exported" in main_text(response)
    assert AnonymisationDecision.objects.filter(review=world.review, decision="keep").count() == 3
    assert PublicationScan.objects.count() == scans_before  # no rescan wait after deciding


@pytest.mark.django_db
def test_several_decided_in_place_with_htmx_using_their_suggested_labels(world, client_for):
    client = client_for(world.reviewer)
    rows = _rows(client.get(_url(world, "publication_check")))
    school, surgery = rows[1], rows[2]

    response = client.post(
        _url(world, "decide_many"),
        {"source": "report", "candidates": [school[5], surgery[5]], "decision": "replace"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    body = response.content.decode()
    # Only the part of the page below the chooser: no page frame.
    assert body.lstrip().startswith('<div id="publication-check-body">')
    assert "<html" not in body
    assert "2 decisions recorded" in body
    decided = dict(
        AnonymisationDecision.objects.filter(review=world.review).values_list("text", "replacement")
    )
    assert decided == {"Oakfield Primary School": school[4], "Elmwood Surgery": surgery[4]}
    assert "1 candidate unresolved" in body


@pytest.mark.django_db
def test_one_label_for_several(world, client_for):
    client = client_for(world.reviewer)
    rows = _rows(client.get(_url(world, "publication_check")))

    client.post(
        _url(world, "decide_many"),
        {
            "source": "report",
            "candidates": [rows[1][5], rows[2][5]],
            "decision": "replace",
            "replacement": "[local service]",
        },
    )

    assert set(
        AnonymisationDecision.objects.filter(review=world.review).values_list(
            "replacement", flat=True
        )
    ) == {"[local service]"}


@pytest.mark.django_db
def test_nothing_selected_or_no_reason_is_refused_with_written_messages(world, client_for):
    client = client_for(world.reviewer)
    rows = _rows(client.get(_url(world, "publication_check")))

    nothing = client.post(_url(world, "decide_many"), {"source": "report", "decision": "keep"})
    no_reason = client.post(
        _url(world, "decide_many"),
        {"source": "report", "candidates": [rows[0][5]], "decision": "keep"},
        HTTP_HX_REQUEST="true",
    )

    assert error_summary(nothing) == [
        "Select the candidates this decision is for",
        "Enter why these texts can stay in the publication version",
    ]
    assert "Enter why these texts can stay in the publication version" in (
        no_reason.content.decode()
    )
    # What was selected stays selected.
    assert f'value="{rows[0][5]}" checked' in no_reason.content.decode()
    assert not AnonymisationDecision.objects.exists()


@pytest.mark.django_db
def test_a_candidate_decided_meanwhile_is_refused_and_nothing_recorded(world, client_for):
    client = client_for(world.reviewer)
    rows = _rows(client.get(_url(world, "publication_check")))
    client.post(
        _url(world, "decide_many"),
        {"source": "report", "candidates": [rows[0][5]], "decision": "replace"},
    )

    again = client.post(
        _url(world, "decide_many"),
        {"source": "report", "candidates": [rows[0][5], rows[1][5]], "decision": "replace"},
    )

    assert "has been decided meanwhile" in error_summary(again)[0]
    assert AnonymisationDecision.objects.count() == 1


@pytest.mark.django_db
def test_a_single_decision_can_be_made_in_place_too(world, client_for):
    client = client_for(world.reviewer)
    page = client.get(_url(world, "publication_check"))
    tree = html(page)
    box = next(b for b in by_class(tree, "cw-anon-candidate") if "Oakfield" in text_of(b))
    prefix = box.xpath(".//input[@name='form_prefix']/@value")[0]

    response = client.post(
        _url(world, "decide"),
        {
            "form_prefix": prefix,
            "source": "report",
            f"{prefix}-text": "Oakfield Primary School",
            f"{prefix}-category": "ORGANISATION",
            f"{prefix}-decision": "keep",
            f"{prefix}-reason": "Closed in 2019",
        },
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    assert "Decision recorded: “Oakfield Primary School” will be kept everywhere." in (
        response.content.decode()
    )
    assert "<html" not in response.content.decode()


@pytest.mark.django_db
def test_observers_see_the_table_without_choices_and_cannot_decide_several(world, client_for):
    page = client_for(world.observer).get(_url(world, "publication_check"))

    assert "Unresolved candidates (3)" in main_text(page)
    assert 'name="candidates"' not in page.content.decode()
    assert 'id="decide-several"' not in page.content.decode()
    response = client_for(world.observer).post(
        _url(world, "decide_many"),
        {"source": "report", "candidates": ["PERSON:Babatunde Ogun"], "decision": "replace"},
    )
    assert response.status_code == 403
