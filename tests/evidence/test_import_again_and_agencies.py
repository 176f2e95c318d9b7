"""The same chronology file imported twice is stopped (command line and browser) unless the
reviewer says it is meant; agencies can be added from the command line."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from casewindow.evidence.models import ChronologyImport
from casewindow.evidence.services.chronology_import import chronology_import_file
from casewindow.reviews.models import Agency, AgencyKind
from tests.evidence.data import chronologies as files
from tests.factories import AgencyFactory, ReviewFactory


@pytest.fixture
def review(db: None):
    return ReviewFactory(reference="LCSPR-2025-09")


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_the_same_file_twice_is_refused_naming_the_earlier_import_unless_allowed(
    review, tmp_path: Path
) -> None:
    AgencyFactory(review=review, name="Northshire Police")
    path = tmp_path / "police.csv"
    path.write_bytes(files.police_csv())
    run("import_chronology", review.reference, str(path), "--agency", "Northshire Police")

    with pytest.raises(CommandError, match=r"already imported on .* for Northshire Police"):
        run("import_chronology", review.reference, str(path), "--agency", "Northshire Police")
    assert ChronologyImport.objects.count() == 1

    run(
        "import_chronology",
        review.reference,
        str(path),
        "--agency",
        "Northshire Police",
        "--allow-duplicate",
    )
    assert ChronologyImport.objects.count() == 2


def test_import_can_create_the_agency_with_its_kind(review, tmp_path: Path) -> None:
    path = tmp_path / "police.csv"
    path.write_bytes(files.police_csv())
    with pytest.raises(CommandError, match="add --create-agency"):
        run("import_chronology", review.reference, str(path), "--agency", "Northshire Police")

    out = run(
        "import_chronology",
        review.reference,
        str(path),
        "--agency",
        "Northshire Police",
        "--create-agency",
        "--kind",
        "police",
    )

    assert "Imported 6 entries for Northshire Police" in out
    agency = Agency.objects.get(review=review)
    assert (agency.name, agency.kind) == ("Northshire Police", AgencyKind.POLICE)


def test_a_failed_import_does_not_leave_a_created_agency_behind(review, tmp_path: Path) -> None:
    path = tmp_path / "nothing.docx"
    path.write_bytes(files.docx_without_table())
    with pytest.raises(CommandError):
        run("import_chronology", review.reference, str(path), "--agency", "X", "--create-agency")
    assert not Agency.objects.filter(review=review).exists()


def test_add_agency_command(review) -> None:
    assert "Added Oakfield Primary School" in run(
        "add_agency", review.reference, "Oakfield Primary School", "--kind", "education"
    )
    assert Agency.objects.get(review=review).kind == AgencyKind.EDUCATION
    with pytest.raises(CommandError, match="already has an agency"):
        run("add_agency", review.reference, "oakfield primary school")
    with pytest.raises(CommandError, match="Unknown agency kind"):
        run("add_agency", review.reference, "Someone", "--kind", "wizards")
    with pytest.raises(CommandError, match="No review"):
        run("add_agency", "NOPE-1", "Someone")


def test_browser_upload_of_the_same_file_is_refused_until_the_box_is_ticked(
    review_world, client_for, memory_storage
) -> None:
    world = review_world
    chronology_import_file(
        review=world.review,
        agency=world.agency,
        fileobj=io.BytesIO(files.police_csv()),
        filename="police.csv",
    )
    client = client_for(world.reviewer)
    url = reverse("evidence:chronology_import_start", args=[world.review.reference])

    def post(**extra: str):
        data = {"agency": str(world.agency.uuid), **extra}
        data["file"] = SimpleUploadedFile("police-again.csv", files.police_csv())  # type: ignore[assignment]
        return client.post(url, data)

    again = post()
    page = again.content.decode()
    assert again.status_code == 200
    assert "This file was already imported on" in page and f"for {world.agency.name}" in page

    allowed = post(allow_duplicate="on")
    assert allowed.status_code == 302
    upload_id = allowed["Location"].rstrip("/").split("/")[-1]
    check = reverse("evidence:chronology_import_check", args=[world.review.reference, upload_id])
    assert client.post(check).status_code == 302
    assert ChronologyImport.objects.filter(review=world.review).count() == 2


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("police.csv", files.police_csv, "Oakfield"),
        ("health.xlsx", files.health_xlsx, None),
        ("school.docx", files.school_docx, None),
    ],
)
def test_the_imported_chronology_file_has_its_text_read_like_any_document(
    review_world, memory_storage, django_capture_on_commit_callbacks, name, make, words
) -> None:
    from casewindow.evidence.models import ExtractionStatus
    from casewindow.evidence.search import search_review

    with django_capture_on_commit_callbacks(execute=True):
        imported = chronology_import_file(
            review=review_world.review,
            agency=review_world.agency,
            fileobj=io.BytesIO(make()),
            filename=name,
        ).chronology_import
    assert imported is not None
    document = imported.document
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count >= 1 and document.pages.exists()
    assert document.pages.first().text.strip()
    if words:
        hits = search_review(review=review_world.review, query=words, kinds=["document"])
        assert any(hit.kind == "document" and hit.object_uuid == document.uuid for hit in hits)


def test_a_chronology_file_imported_before_text_was_read_is_not_called_scanned(
    review_world, client_for
) -> None:
    from casewindow.evidence.models import DocumentKind, ExtractionStatus
    from tests.evidence.factories import SourceDocumentFactory

    document = SourceDocumentFactory(
        review=review_world.review,
        kind=DocumentKind.CHRONOLOGY,
        extraction_status=ExtractionStatus.DONE,
        page_count=0,
    )
    document.pages.all().delete()
    client = client_for(review_world.reviewer)
    page = client.get(
        reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])
    ).content.decode()
    assert "scanned" not in page and "has not been read yet" in page
    listing = client.get(
        reverse("evidence:document_list", args=[review_world.review.reference])
    ).content.decode()
    assert "0 pages" not in listing and "Text not read yet" in listing


def test_a_dry_run_of_a_file_imported_before_checks_it_and_says_so(review, tmp_path: Path) -> None:
    AgencyFactory(review=review, name="Northshire Police")
    path = tmp_path / "police.csv"
    path.write_bytes(files.police_csv())
    run("import_chronology", review.reference, str(path), "--agency", "Northshire Police")

    out = run(
        "import_chronology", review.reference, str(path), "--agency", "Northshire Police",
        "--dry-run",
    )  # fmt: skip

    assert "Note: This file was already imported on" in out and "Dry run: 6 entries" in out
    assert ChronologyImport.objects.count() == 1
