"""Hostile uploads (zip bombs: plain, in a workbook, diluted by a big incompressible part, with a
lying declared size, nested, and archives of thousands of parts) are refused by the one archive
guard on every path that takes a file — the chronology import in the browser, the
`import_chronology` command and the documents upload — with a clear message and nothing kept;
and no file, refused or accepted, takes a reading process over 300 MB."""

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse

from casewindow.evidence.importing.archives import ArchiveLimits, ArchiveRefused, archive_check
from casewindow.evidence.models import ChronologyEntry, ChronologyImport, SourceDocument
from tests.evidence import hostile_files
from tests.evidence.sample_files import upload
from tests.pages import error_summary

MEMORY_CEILING_MB = 300
HOSTILE = sorted(hostile_files.HOSTILE)
XLSX_STREAMED = ("xl/worksheets/",)


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every hostile and genuine file, made once (about four seconds) in a temporary folder."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, (make, _message) in hostile_files.HOSTILE.items():
        make(folder / name)
    for name, make in hostile_files.GENUINE.items():
        make(folder / name)
    for name, (make, _message) in hostile_files.HOSTILE_PDF.items():
        make(folder / name)
    return folder


def refusal(name: str) -> str:
    return {**hostile_files.HOSTILE, **hostile_files.HOSTILE_PDF}[name][1]


# --- the guard itself --------------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
def test_the_guard_refuses_each_hostile_file_naming_it(hostile_dir: Path, name: str) -> None:
    with (hostile_dir / name).open("rb") as handle, pytest.raises(ArchiveRefused) as caught:
        archive_check(handle, name, streamed=XLSX_STREAMED, limits=ArchiveLimits())
        assert handle.tell() == 0
    assert str(caught.value).startswith(f"{name} was refused: ")
    assert refusal(name) in str(caught.value)


def test_the_old_whole_file_ratio_would_have_passed_the_diluted_bomb(hostile_dir: Path) -> None:
    """What the per-part ratio adds: over the whole file the diluted bomb looks ordinary."""
    import zipfile

    with zipfile.ZipFile(hostile_dir / "diluted.docx") as archive:
        infos = archive.infolist()
    ratio = sum(i.file_size for i in infos) / sum(i.compress_size for i in infos)
    assert ratio < 200  # the documents path's former limit, over the whole file


@pytest.mark.parametrize("name", sorted(hostile_files.GENUINE))
def test_the_guard_accepts_large_genuine_files(hostile_dir: Path, name: str) -> None:
    with (hostile_dir / name).open("rb") as handle:
        archive_check(handle, name, streamed=XLSX_STREAMED, limits=ArchiveLimits())


def test_a_workbook_embedded_in_a_word_document_is_accepted(tmp_path: Path) -> None:
    """Word keeps a chart's data as a workbook inside the document: one level of nesting is
    normal, and is checked rather than refused."""
    workbook = hostile_files.large_xlsx(tmp_path / "chart.xlsx", rows=10)
    path = tmp_path / "with-chart.docx"
    with hostile_files.ZipWriter(path) as writer:
        for part, data in hostile_files._parts(hostile_files._docx_skeleton()):
            writer.add(part, data)
        writer.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook.read_bytes())
    with path.open("rb") as handle:
        archive_check(handle, "with-chart.docx", limits=ArchiveLimits())


def test_a_damaged_part_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    with hostile_files.ZipWriter(path) as writer:
        writer.add("word/document.xml", b"<w:document/>" * 1000)
    data = bytearray(path.read_bytes())
    data[60:70] = b"\xff" * 10  # inside the compressed body
    with pytest.raises(ArchiveRefused) as caught:
        archive_check(io.BytesIO(bytes(data)), "damaged.docx", limits=ArchiveLimits())
    assert caught.value.reason == "damaged"
    assert "damaged or incomplete" in str(caught.value)


def test_the_limits_come_from_the_settings(settings) -> None:
    settings.CASEWINDOW_ARCHIVE_MAX_MEMBERS = 3
    with pytest.raises(ArchiveRefused, match="holds more than 3 parts"):
        archive_check(io.BytesIO(hostile_files._docx_skeleton()), "letter.docx")


# --- every upload path -------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


def nothing_kept(media: Path) -> bool:
    return (
        not SourceDocument.objects.exists()
        and not ChronologyEntry.objects.exists()
        and not ChronologyImport.objects.exists()
        and not [p for p in media.rglob("*") if p.is_file()]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", HOSTILE)
def test_the_chronology_import_page_refuses_each_hostile_file(
    review_world, client_for, media: Path, hostile_dir: Path, name: str
) -> None:
    client = client_for(review_world.lead)
    response = client.post(
        reverse("evidence:chronology_import_start", args=[review_world.review.reference]),
        {
            "agency": str(review_world.agency.uuid),
            "file": upload(name, (hostile_dir / name).read_bytes()),
        },
    )
    assert response.status_code == 200
    problems = error_summary(response)
    assert len(problems) == 1 and problems[0].startswith(f"“{name}” was refused: "), problems
    assert refusal(name) in problems[0]
    assert nothing_kept(media)


@pytest.mark.django_db
@pytest.mark.parametrize("name", HOSTILE)
def test_the_import_command_refuses_each_hostile_file_in_one_line(
    review_world, media: Path, hostile_dir: Path, name: str
) -> None:
    with pytest.raises(CommandError) as caught:
        call_command(
            "import_chronology",
            review_world.review.reference,
            str(hostile_dir / name),
            "--agency",
            review_world.agency.name,
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    message = str(caught.value)
    assert "\n" not in message and refusal(name) in message
    assert nothing_kept(media)


@pytest.mark.django_db
@pytest.mark.usefixtures("memory_storage")
@pytest.mark.parametrize("name", HOSTILE + sorted(hostile_files.HOSTILE_PDF))
def test_the_documents_upload_refuses_each_hostile_file(
    review_world, client_for, hostile_dir: Path, name: str
) -> None:
    client = client_for(review_world.lead)
    response = client.post(
        reverse("evidence:document_upload", args=[review_world.review.reference]),
        {"files": [upload(name, (hostile_dir / name).read_bytes())], "kind": "case_record"},
    )
    assert response.status_code == 200
    problems = error_summary(response)
    assert len(problems) == 1 and problems[0].startswith(f"{name} was refused: "), problems
    assert refusal(name) in problems[0]
    assert not SourceDocument.objects.exists()
    assert default_storage.listdir("") == ([], [])


# --- memory ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", HOSTILE + sorted(hostile_files.HOSTILE_PDF) + sorted(hostile_files.GENUINE)
)
def test_reading_any_file_stays_under_the_memory_ceiling(hostile_dir: Path, name: str) -> None:
    """Each file read both ways in a fresh process (the chronology reader row by row; the
    documents check and text extraction): the process's own peak stays under the ceiling."""
    found = hostile_files.read_in_a_fresh_process(hostile_dir / name)
    print(f"{name}: peak {found['peak_mb']:.0f} MB", found)
    assert found["peak_mb"] < MEMORY_CEILING_MB, found
    if name in hostile_files.HOSTILE:
        assert refusal(name) in found["chronology"] and refusal(name) in found["documents"]
    elif name in hostile_files.HOSTILE_PDF:
        assert "is a PDF document" in found["chronology"] and refusal(name) in found["documents"]
    else:
        assert found["chronology"] > 10_000 and found["documents"] > 1_000_000


# --- PDFs --------------------------------------------------------------------------------------


def test_a_pdf_with_more_pages_than_the_limit_is_refused(settings) -> None:
    from casewindow.evidence import extraction
    from tests.evidence import sample_files

    settings.CASEWINDOW_PDF_MAX_PAGES = 2
    data = sample_files.pdf_bytes(["One", "Two", "Three"])
    with pytest.raises(extraction.UnreadableFile, match=r"^long.pdf has 3 pages: .* up to 2 pages"):
        extraction.check_readable(io.BytesIO(data), "pdf", "long.pdf")


def test_text_beyond_the_character_limit_is_refused_not_cut_short(settings) -> None:
    from casewindow.evidence import extraction
    from tests.evidence import sample_files

    settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS = 20
    data = sample_files.pdf_bytes(["A first page of text.", "A second page of text."])
    with pytest.raises(extraction.UnreadableFile, match=r"more text than Casewindow reads"):
        extraction.extract_pages(io.BytesIO(data), "pdf", "wordy.pdf")
