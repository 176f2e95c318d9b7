"""Importing a chronology in the browser, page by page, through Django's test client: the
wizard keeps the file server-side between steps, bad files get a clear message on the upload
page (never a 500), nothing is imported until the user confirms, and the pages answer only to
members whose role allows them."""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    ChronologyMapping,
    SourceDocument,
)
from casewindow.evidence.services.chronology_upload import chronology_upload_get
from tests.evidence.data import chronologies as files
from tests.evidence.factories import (
    ChronologyEntryFactory,
    ChronologyImportFactory,
    chronology_upload_for,
)
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


@pytest.fixture(autouse=True)
def media(settings, tmp_path: Path) -> Path:
    # These tests look at the files on disk: use a real folder instead of the in-memory
    # storage the rest of the suite uses.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


def url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"evidence:{name}", args=[world.review.reference, *args])


def upload(client: Client, world: ReviewWorld, name: str, data: bytes):
    return client.post(
        url("chronology_import_start", world),
        {"agency": str(world.agency.uuid), "file": SimpleUploadedFile(name, data)},
    )


def stored_files(media: Path) -> list[Path]:
    return [p for p in media.rglob("*") if p.is_file()]


def test_the_whole_import_step_by_step(
    review_world: ReviewWorld,
    client_for: ClientFor,
    media: Path,
    django_capture_on_commit_callbacks,
) -> None:
    client = client_for(review_world.reviewer)
    assert client.get(url("chronology_import_start", review_world)).status_code == 200

    response = upload(client, review_world, "police.csv", files.police_csv())
    assert response.status_code == 302
    upload_id = response["Location"].rstrip("/").split("/")[-1]
    assert response["Location"] == url("chronology_import_preview", review_world, upload_id)
    assert ChronologyEntry.objects.count() == 0  # nothing imported yet

    preview = client.get(response["Location"])
    text = preview.content.decode()
    assert preview.status_code == 200
    assert "Windows-1252" in text and "Child J\u2019s teacher" in text and "Zoë" in text
    assert "Row 1, above the column headings, was not imported" in text

    columns = client.get(url("chronology_import_columns", review_world, upload_id))
    assert columns.status_code == 200
    assert "For example: 03/03/2025 14:30" in columns.content.decode()
    chosen = {
        "column_0": "date", "column_1": "ignore", "column_2": "description", "column_3": "action",
        "column_4": "source", "save_mapping": "on",
    }  # fmt: skip
    response = client.post(url("chronology_import_columns", review_world, upload_id), chosen)
    assert response["Location"] == url("chronology_import_check", review_world, upload_id)

    check = client.get(response["Location"]).content.decode()
    assert "Entries to import" in check and "Import 6 entries" in check
    assert "The date “31/02/2025” is not a real date" in check
    assert "Looks the same as" in check or "Row 4" in check
    assert ChronologyEntry.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("chronology_import_check", review_world, upload_id))
    imported = ChronologyImport.objects.get()
    assert response["Location"] == url("chronology_import_detail", review_world, imported.uuid)
    assert imported.entries_created == 6 and imported.imported_by == review_world.reviewer
    assert imported.mapping["Incident type"] == "ignore"
    assert ChronologyEntry.objects.get(row_number=4).description.startswith("Call from Oakfield")
    assert ChronologyMapping.objects.get(agency=review_world.agency).mapping == imported.mapping
    # The upload is let go of; the kept file is the document's.
    assert chronology_upload_get(review=review_world.review, upload_uuid=upload_id) is None
    assert stored_files(media) == [Path(imported.document.file.path)]

    detail = client.get(response["Location"]).content.decode()
    assert "Imported 6 entries from police.csv" in detail
    assert "31/02/2025" in detail and "Unreadable" in detail


def test_a_saved_mapping_is_offered_for_the_agencys_next_file(review_world, client_for) -> None:
    ChronologyMapping.objects.create(
        agency=review_world.agency, mapping={"Incident type": "people"}
    )
    client = client_for(review_world.lead)
    upload_id = (
        upload(client, review_world, "p.csv", files.police_csv())["Location"]
        .rstrip("/")
        .split("/")[-1]
    )
    page = client.get(url("chronology_import_columns", review_world, upload_id)).content.decode()
    assert '<option value="people" selected>' in page


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.csv", lambda: b"", "The selected file is empty"),
        (
            "headings.csv",
            lambda: b"Date,Event,Action\r\n",
            "has column headings (Date, Event, Action) but no rows",
        ),
        ("police.csv", lambda: files.police_csv("cp1252")[:0] + b"Date,Event\r\n", "but no rows"),
        (
            "truncated.xlsx",
            lambda: files.truncated(files.health_xlsx()),
            "is damaged or incomplete",
        ),
        ("corrupt.docx", files.corrupt_docx, "is damaged or incomplete"),
        ("secret.docx", files.encrypted_office, "is password-protected"),
        ("chronology.csv", files.pdf, "is a PDF document (although its name ends “.csv”)"),
        ("notes.docx", files.docx_without_table, "has no table"),
    ],
)
def test_a_bad_file_is_refused_on_the_upload_page_and_nothing_is_kept(
    review_world, client_for, media: Path, name, make, message
) -> None:
    existing = ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
    client = client_for(review_world.lead)

    response = upload(client, review_world, name, make())

    assert response.status_code == 200
    page = response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    assert "There is a problem" in page and message in page
    assert "<title>Error: " in page
    assert list(ChronologyEntry.objects.all()) == [existing]
    assert not stored_files(media) and not SourceDocument.objects.exists()


def test_a_file_over_the_size_limit_is_refused(review_world, client_for, settings, media) -> None:
    settings.CASEWINDOW_MAX_UPLOAD_BYTES = 200
    response = upload(client_for(review_world.lead), review_world, "p.csv", files.police_csv())
    assert response.status_code == 200
    assert "it must be smaller than 200" in response.content.decode()
    assert not stored_files(media)


def test_a_file_whose_extension_lies_is_read_by_content_with_a_note(
    review_world, client_for
) -> None:
    client = client_for(review_world.lead)
    response = upload(client, review_world, "police.xlsx", files.police_csv())
    page = client.get(response["Location"]).content.decode()
    assert "ends “.xlsx” but it holds text in columns (CSV)" in page


def test_spreadsheet_with_formulas_and_merged_cells_is_explained_on_the_check_page(
    review_world, client_for
) -> None:
    client = client_for(review_world.lead)
    upload_id = (
        upload(client, review_world, "health.xlsx", files.health_xlsx())["Location"]
        .rstrip("/")
        .split("/")[-1]
    )
    page = client.get(url("chronology_import_check", review_world, upload_id)).content.decode()
    assert "merged cells (A5:A6)" in page and "hold formulas" in page
    assert "Import 5 entries" in page


def test_a_mapping_without_a_date_is_refused_with_a_message(review_world, client_for) -> None:
    client = client_for(review_world.lead)
    upload_id = chronology_upload_for(review_world.review, review_world.agency)
    response = client.post(
        url("chronology_import_columns", review_world, upload_id),
        {"column_0": "ignore", "column_1": "description", "column_2": "action"},
    )
    assert response.status_code == 200
    assert "Choose the column that holds the date" in response.content.decode()


def test_cancel_removes_the_upload_and_imports_nothing(review_world, client_for, media) -> None:
    client = client_for(review_world.lead)
    upload_id = chronology_upload_for(review_world.review, review_world.agency)
    assert client.get(url("chronology_import_cancel", review_world, upload_id)).status_code == 200
    response = client.post(url("chronology_import_cancel", review_world, upload_id))
    assert response["Location"] == url("chronology_import_list", review_world)
    assert not stored_files(media) and not ChronologyImport.objects.exists()
    assert client.get(url("chronology_import_check", review_world, upload_id)).status_code == 404


def test_an_upload_of_another_review_is_not_found(review_world, client_for) -> None:
    from tests.factories import MembershipFactory, ReviewFactory

    other = ReviewFactory()
    MembershipFactory(review=other, user=review_world.lead, role="lead_reviewer")
    upload_id = chronology_upload_for(other)
    client = client_for(review_world.lead)
    for name in (
        "chronology_import_preview",
        "chronology_import_columns",
        "chronology_import_check",
    ):
        assert client.get(url(name, review_world, upload_id)).status_code == 404
        assert client.post(url(name, review_world, upload_id)).status_code == 404
    assert ChronologyImport.objects.count() == 0


@pytest.mark.parametrize(
    ("who", "start", "imports"),
    [
        ("lead", 200, 200),
        ("reviewer", 200, 200),
        ("observer", 403, 200),
        ("participant", 403, 403),
        ("board_reader", 403, 403),
        ("outsider", 404, 404),
    ],
)
def test_who_may_import_and_who_may_read_past_imports(
    review_world, client_for, who, start, imports
) -> None:
    past = ChronologyImportFactory(review=review_world.review, agency=review_world.agency)
    upload_id = chronology_upload_for(review_world.review, review_world.agency)
    client = client_for(getattr(review_world, who))
    assert client.get(url("chronology_import_start", review_world)).status_code == start
    assert client.get(url("chronology_import_check", review_world, upload_id)).status_code == start
    assert client.post(url("chronology_import_check", review_world, upload_id)).status_code in {
        start,
        302,
    }
    assert client.get(url("chronology_import_list", review_world)).status_code == imports
    assert (
        client.get(url("chronology_import_detail", review_world, past.uuid)).status_code == imports
    )
    if start != 200:
        assert not ChronologyEntry.objects.exists()


def test_past_import_of_another_review_is_not_found(review_world, client_for) -> None:
    past = ChronologyImportFactory()
    response = client_for(review_world.lead).get(
        url("chronology_import_detail", review_world, past.uuid)
    )
    assert response.status_code == 404
