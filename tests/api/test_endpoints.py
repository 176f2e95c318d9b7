"""What the API's routes do: lists, reads and writes of each kind of record, through the pages'
own checks and services (the same audit events, the same refusals), with versions that stop a
lost update and one error body shape."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import ChronologyEntry, ChronologyImport, SourceDocument
from casewindow.reviews.models import ReviewStage
from tests.api.helpers import ApiClient, token_for
from tests.url_catalogue import _action, _episode, _finding
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(review_world: ReviewWorld) -> ApiClient:
    return ApiClient(token_for(review_world.lead))


def _ref(world: ReviewWorld) -> str:
    return f"/reviews/{world.review.reference}"


def _error(response: object) -> dict[str, object]:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fields"}
    return body["error"]


def test_agencies_are_listed_added_and_changed_with_their_version(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    made = api.post(f"{base}/agencies", {"name": "Police", "kind": "police"})
    assert made.status_code == 201
    agency = made.json()
    assert AuditEvent.objects.filter(action=AuditAction.CREATE, summary="Added agency Police")

    changed = api.patch(
        f"{base}/agencies/{agency['id']}", {"version": agency["version"], "contact": "DS Lee"}
    )
    stale = api.patch(
        f"{base}/agencies/{agency['id']}", {"version": agency["version"], "contact": "DC Roe"}
    )

    assert changed.status_code == 200 and changed.json()["contact"] == "DS Lee"
    assert changed.json()["version"] != agency["version"]
    assert stale.status_code == 409 and _error(stale)["code"] == "conflict"
    names = [a["name"] for a in api.get(f"{base}/agencies").json()["items"]]
    assert "Police" in names


def test_an_agency_name_taken_is_refused_in_the_pages_words(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    response = api.post(
        f"{_ref(review_world)}/agencies", {"name": review_world.agency.name.upper(), "kind": "gp"}
    )

    assert response.status_code == 422
    assert "already has an agency called" in _error(response)["fields"]["name"][0]


def test_an_unknown_kind_is_refused_by_the_pages_form(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    response = api.post(f"{_ref(review_world)}/agencies", {"name": "X", "kind": "wizards"})

    assert response.status_code == 422
    assert "kind" in _error(response)["fields"]


def test_people_are_added_with_their_agency_by_id_and_a_real_date(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    body = {
        "real_name": "Jay Smith",
        "category": "child",
        "publication_label": "Child J",
        "aliases": ["JJ"],
        "agency": str(review_world.agency.uuid),
        "date_of_birth": "2020-02-03",
    }
    made = api.post(f"{base}/people", body)
    not_a_date = api.post(
        f"{base}/people", {**body, "publication_label": "B", "date_of_birth": "x"}
    )
    other_agency = api.post(
        f"{base}/people",
        {**body, "publication_label": "C", "agency": "00000000-0000-0000-0000-000000000000"},
    )

    assert made.status_code == 201, made.content
    assert made.json()["aliases"] == ["JJ"] and made.json()["agency"] == str(
        review_world.agency.uuid
    )
    assert not_a_date.status_code == 422
    assert other_agency.status_code == 422 and "agency" in _error(other_agency)["fields"]


def test_chronology_entries_are_created_in_bulk_through_the_importers_checks(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    body = {
        "agency": str(review_world.agency.uuid),
        "entries": [
            {"date": "12/03/2024", "time": "14:30", "description": "Home visit by health visitor"},
            {"date": "March 2024", "description": "Strategy discussion", "source": "DS Lee"},
        ],
    }
    checked = api.post(f"{base}/chronology/entries", {**body, "dry_run": True})
    assert checked.status_code == 200 and checked.json()["entries_created"] == 0
    assert not ChronologyEntry.objects.exists()

    made = api.post(f"{base}/chronology/entries", body)
    again = api.post(f"{base}/chronology/entries", body)

    assert made.status_code == 201 and made.json()["entries_created"] == 2
    imported = ChronologyImport.objects.get(uuid=made.json()["import_id"])
    assert imported.agency == review_world.agency and imported.entries_created == 2
    assert AuditEvent.objects.filter(action=AuditAction.IMPORT, review=review_world.review)
    assert again.status_code == 409  # the same entries again need allow_duplicate
    listed = api.get(f"{base}/chronology/entries").json()
    assert [e["date_standard"] for e in listed["items"]] == ["Mar 2024", "12 Mar 2024"]
    assert listed["items"][1]["original_row"]["Description"] == "Home visit by health visitor"
    assert listed["items"][1]["time"] == "14:30:00"


def test_entries_the_importer_cannot_take_are_refused_whole_naming_the_entry(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    response = api.post(
        f"{_ref(review_world)}/chronology/entries",
        {"agency": str(review_world.agency.uuid), "entries": [{"date": "", "description": ""}]},
    )

    assert response.status_code == 422
    assert not ChronologyEntry.objects.exists()
    assert _error(response)["message"]


def test_an_entry_is_corrected_with_its_version_and_a_stale_one_is_409(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    api.post(
        f"{base}/chronology/entries",
        {
            "agency": str(review_world.agency.uuid),
            "entries": [{"date": "1/2/2024", "description": "Visit"}],
        },
    )
    entry = api.get(f"{base}/chronology/entries").json()["items"][0]

    fixed = api.patch(
        f"{base}/chronology/entries/{entry['id']}",
        {"version": entry["version"], "date_text": "2/2/2024"},
    )
    stale = api.patch(
        f"{base}/chronology/entries/{entry['id']}",
        {"version": entry["version"], "description": "Other"},
    )

    assert fixed.status_code == 200 and fixed.json()["date_start"] == "2024-02-02"
    assert fixed.json()["description"] == "Visit"  # left out, so kept
    assert stale.status_code == 409


def test_the_integrated_chronology_shows_events_with_their_agencies(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    from tests.url_catalogue import _merged_entries

    first, _ = _merged_entries(review_world)

    body = api.get(f"{_ref(review_world)}/chronology/integrated").json()

    assert body["entries_count"] == 2 and body["lines_count"] == 1
    line = body["lines"][0]
    assert line["event"] == str(first.event.uuid) and len(line["agencies"]) == 2


def test_documents_are_uploaded_with_the_upload_pages_checks(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    text = SimpleUploadedFile("notes.txt", b"Notes of the strategy meeting.", "text/plain")
    fake = SimpleUploadedFile("scan.pdf", b"Not a PDF at all.", "application/pdf")

    made = api.post(
        f"{base}/documents",
        data={"kind": "other", "agency": str(review_world.agency.uuid), "files": [text]},
    )
    refused = api.post(f"{base}/documents", data={"kind": "other", "files": [fake]})
    empty = api.post(f"{base}/documents", data={"kind": "other"})

    assert made.status_code == 201, made.content
    document = SourceDocument.objects.get(uuid=made.json()["documents"][0]["id"])
    assert document.agency == review_world.agency
    assert refused.status_code == 422 and "PDF" in _error(refused)["message"]
    assert empty.status_code == 422
    assert api.get(f"{base}/documents/{document.uuid}").json()["title"] == "notes"


def test_episodes_and_their_factors_are_added_and_changed(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    made = api.post(
        f"{base}/episodes",
        {
            "title": "Referral after a head injury",
            "appraisal": "good",
            "date_start": "2024-03-12",
            "agencies": [str(review_world.agency.uuid)],
        },
    )
    assert made.status_code == 201, made.content
    episode = made.json()
    node = next(iter(factor_nodes()))
    factor = api.post(
        f"{base}/episodes/{episode['id']}/factors",
        {"node_key": node, "effect": "helped", "explanation": "Clear guidance"},
    )
    unknown = api.post(
        f"{base}/episodes/{episode['id']}/factors",
        {"node_key": "no/such/node", "effect": "helped", "explanation": "x"},
    )
    changed = api.patch(
        f"{base}/episodes/{episode['id']}", {"version": episode["version"], "title": "Referral"}
    )

    assert factor.status_code == 201, factor.content
    assert unknown.status_code == 422 and "node_key" in _error(unknown)["fields"]
    assert changed.status_code == 200
    assert changed.json()["agencies"] == [str(review_world.agency.uuid)]  # kept
    assert [f["node_key"] for f in changed.json()["factors"]] == [node]
    stale = api.patch(
        f"{base}/episodes/{episode['id']}/factors/{factor.json()['id']}",
        {"version": "7", "explanation": "Later"},
    )
    assert stale.status_code == 409


def test_findings_recommendations_and_actions(review_world: ReviewWorld, api: ApiClient) -> None:
    base = _ref(review_world)
    episode = _episode(review_world)
    area = next(iter(pattern_areas()))
    finding = api.post(
        f"{base}/findings",
        {
            "kind": "systems",
            "pattern_area": area,
            "statement": "Referrals are not followed up",
            "episodes": [str(episode.uuid)],
        },
    )
    no_area = api.post(f"{base}/findings", {"kind": "systems", "statement": "x"})
    assert finding.status_code == 201, finding.content
    assert no_area.status_code == 422 and "pattern_area" in _error(no_area)["fields"]
    recommendation = api.post(
        f"{base}/recommendations",
        {"kind": 1, "text": "Audit referrals", "findings": [finding.json()["id"]]},
    )
    assert recommendation.status_code == 422  # no owner: the form asks for one
    recommendation = api.post(
        f"{base}/recommendations",
        {"kind": 1, "text": "Audit referrals", "owner_agency": str(review_world.agency.uuid)},
    )
    assert recommendation.status_code == 201, recommendation.content
    rid = recommendation.json()["id"]
    action = api.post(
        f"{base}/recommendations/{rid}/actions",
        {"text": "Run the audit", "owner": "Head of service", "due_date": "2030-01-31"},
    )
    assert action.status_code == 201, action.content
    done_without_evidence = api.patch(
        f"{base}/actions/{action.json()['id']}/progress",
        {"version": action.json()["version"], "status": "done"},
    )
    done = api.patch(
        f"{base}/actions/{action.json()['id']}/progress",
        {"version": action.json()["version"], "status": "done", "evidence_of_completion": "Audit"},
    )
    assert done_without_evidence.status_code == 422
    assert done.status_code == 200 and done.json()["completed_on"] == str(datetime.date.today())
    listed = api.get(f"{base}/recommendations").json()["items"]
    assert listed[0]["actions"][0]["status"] == "done"
    assert api.get(f"{base}/findings").json()["items"][0]["episodes"] == [str(episode.uuid)]


def test_the_board_reader_records_progress_but_cannot_change_an_action(
    review_world: ReviewWorld,
) -> None:
    action = _action(review_world)
    api = ApiClient(token_for(review_world.board_reader))
    base = _ref(review_world)

    edit = api.patch(f"{base}/actions/{action.uuid}", {"version": "1", "text": "Other"})
    progress = api.patch(
        f"{base}/actions/{action.uuid}/progress",
        {"version": str(action.version), "status": "in_progress"},
    )

    assert edit.status_code == 403 and _error(edit)["code"] == "forbidden"
    assert progress.status_code == 200


def test_the_traceability_map(review_world: ReviewWorld, api: ApiClient) -> None:
    finding = _finding(review_world)

    body = api.get(f"{_ref(review_world)}/traceability").json()

    assert [f["id"] for f in body["findings"]] == [str(finding.uuid)]
    assert body["findings"][0]["episodes"][0]["id"] == str(_episode(review_world).uuid)
    factor = _episode(review_world).factors.get()
    assert [f["id"] for f in body["findings"][0]["episodes"][0]["factors"]] == [str(factor.uuid)]
    assert body["gaps"]["findings_without_episodes"] == []


def test_a_closed_review_refuses_changes_as_the_pages_do(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    review_world.review.stage = ReviewStage.CLOSED
    review_world.review.save()

    read = api.get(f"{_ref(review_world)}/agencies")
    write = api.post(f"{_ref(review_world)}/agencies", {"name": "Police", "kind": "police"})

    assert read.status_code == 200
    assert write.status_code == 403 and "closed" in _error(write)["message"]


def test_lists_page_with_limit_and_offset(review_world: ReviewWorld, api: ApiClient) -> None:
    from tests.factories import AgencyFactory

    for _ in range(4):
        AgencyFactory(review=review_world.review)

    page = api.get(f"{_ref(review_world)}/agencies", limit=2, offset=2).json()
    too_big = api.get(f"{_ref(review_world)}/agencies", limit=100_000)

    assert page["count"] == 5 and len(page["items"]) == 2 and page["offset"] == 2
    assert too_big.status_code == 422 and "limit" in _error(too_big)["fields"]


def test_reads_are_in_the_audit_log_like_the_pages(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    url = f"/api/v1{_ref(review_world)}/agencies"
    api.get(f"{_ref(review_world)}/agencies")

    assert AuditEvent.objects.filter(
        actor=review_world.lead, action=AuditAction.VIEW, review=review_world.review, path=url
    ).exists()


def test_an_unknown_id_and_a_malformed_one_answer_in_the_one_error_shape(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    unknown = api.get(f"{_ref(review_world)}/agencies/00000000-0000-0000-0000-000000000000")
    malformed = api.get(f"{_ref(review_world)}/agencies/not-a-uuid")
    no_review = api.get("/reviews/NO-SUCH-REVIEW/agencies")

    assert unknown.status_code == 404 and _error(unknown)["code"] == "not_found"
    assert malformed.status_code == 422 and _error(malformed)["code"] == "invalid"
    assert no_review.status_code == 404


def test_the_docs_and_schema_load_nothing_from_other_hosts(client) -> None:  # type: ignore[no-untyped-def]
    from tests.pages import html

    schema = client.get("/api/v1/openapi.json")
    docs = client.get("/api/v1/docs")

    assert schema.status_code == 200 and schema.json()["info"]["title"] == "Casewindow API"
    tree = html(docs)
    sources = tree.xpath("//script/@src | //link/@href")
    assert sources and all(s.startswith("/static/") for s in sources)
    assert not [s for s in tree.xpath("//script[not(@src)]") if s.get("type") != "application/json"]
    assert "Content-Security-Policy" in docs
