"""`casewindow import_chronology`: imports all or nothing, keeps every original row and the
file, says what was wrong with a bad file in one line (or as JSON), and leaves the review's
existing data untouched when it refuses."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    ChronologyMapping,
    DocumentKind,
    SearchChunk,
    SourceDocument,
)
from tests.evidence.data import chronologies as files
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import AgencyFactory, ReviewFactory


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


@pytest.fixture
def review(db: None):
    return ReviewFactory(reference="LCSPR-2025-04")


@pytest.fixture
def police(review):
    return AgencyFactory(review=review, name="Northshire Police")


@pytest.fixture
def existing(review, police) -> Iterator[list[ChronologyEntry]]:
    """What the review already holds: nothing a failed import may touch."""
    return [ChronologyEntryFactory(review=review, agency=police) for _ in range(3)]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run(*args: str) -> tuple[str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    call_command("import_chronology", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot(review) -> tuple:
    return (
        list(ChronologyEntry.objects.filter(review=review).order_by("pk").values()),
        ChronologyImport.objects.count(),
        SourceDocument.objects.count(),
        SearchChunk.objects.count(),
    )


def test_import_a_csv_keeps_rows_verbatim_links_the_file_and_indexes_the_entries(
    review, police, tmp_path: Path, media: Path
) -> None:
    path = write(tmp_path, "police.csv", files.police_csv())

    out, _ = run(review.reference, str(path), "--agency", "northshire police")

    assert "Imported 6 entries for Northshire Police into LCSPR-2025-04" in out
    assert "Row 7 (Date/Time): The date “31/02/2025” is not a real date" in out
    imported = ChronologyImport.objects.get()
    assert (imported.rows_read, imported.entries_created) == (6, 6)
    assert {
        "kind": "duplicate",
        "row": 9,
        "column": "",
        "message": "Looks the same as row 4",
    } in imported.problems
    document = imported.document
    assert document.kind == DocumentKind.CHRONOLOGY and document.file_type == "csv"
    assert Path(document.file.path).read_bytes() == files.police_csv()  # the bytes, unchanged
    entries = list(imported.entries.order_by("row_number"))
    first = entries[0]
    assert first.row_number == 4
    assert first.original_row == dict(zip(files.POLICE_HEADINGS, files.POLICE_ROWS[0], strict=True))
    assert str(first.date_start) == "2025-03-03" and str(first.time) == "14:30:00"
    assert first.description.startswith(
        "Concern for welfare\nCall from Oakfield Primary: Child J\u2019s"
    )
    assert first.action == "Referred to CSC (MASH)" and first.source == "PC 1234 Smith"
    bad = entries[3]
    assert (bad.date_precision, bad.date_start, bad.date_text) == ("unknown", None, "31/02/2025")
    week = entries[1]
    assert (week.date_precision, str(week.date_start), str(week.date_end)) == (
        "approximate",
        "2025-03-10",
        "2025-03-16",
    )
    chunk = SearchChunk.objects.get(object_uuid=first.uuid)
    assert chunk.kind == "chronology" and chunk.title == "Northshire Police 03/03/2025 14:30"
    assert "Referred to CSC" in chunk.text
    event = AuditEvent.objects.get(action=AuditAction.IMPORT)
    assert event.review == review and event.changes["entries"] == [None, 6]
    assert event.actor_label == "casewindow import_chronology (command line)"


@pytest.mark.parametrize(
    ("name", "make", "entries"),
    [("health.xlsx", files.health_xlsx, 5), ("school.docx", files.school_docx, 4)],
)
def test_import_spreadsheets_and_word_tables(review, police, tmp_path, name, make, entries) -> None:
    out, _ = run(review.reference, str(write(tmp_path, name, make())), "--agency", police.name)
    assert f"Imported {entries} entries" in out
    assert ChronologyEntry.objects.count() == entries


def test_json_summary_lists_every_problem_with_its_row(review, police, tmp_path: Path) -> None:
    out, _ = run(
        review.reference,
        str(write(tmp_path, "p.csv", files.police_csv())),
        "--agency",
        police.name,
        "--json",
    )
    summary = json.loads(out)
    assert summary["ok"] is True and summary["imported"] is True
    assert summary["entries_imported"] == 6 and summary["rows_read"] == 6
    assert summary["problems"] == [
        {
            "row": 7,
            "column": "Date/Time",
            "message": "The date “31/02/2025” is not a real date (February 2025 has 28 days)",
        }
    ]
    assert summary["duplicates"] == [{"row": 9, "same_as_row": 4}]
    assert summary["import_uuid"] == str(ChronologyImport.objects.get().uuid)


def test_dry_run_reports_and_saves_nothing(review, police, existing, tmp_path: Path, media) -> None:
    before = snapshot(review)
    out, _ = run(
        review.reference,
        str(write(tmp_path, "p.csv", files.police_csv())),
        "--agency",
        police.name,
        "--dry-run",
        "--json",
    )
    summary = json.loads(out)
    assert summary["ok"] is True and summary["imported"] is False and summary["entries"] == 6
    assert snapshot(review) == before
    assert not any(media.rglob("*.*"))


def test_mapping_file_chooses_the_columns(review, police, tmp_path: Path) -> None:
    mapping = write(
        tmp_path,
        "m.json",
        json.dumps({"Date/Time": "date", "Details": "description", "Officer": "people"}).encode(),
    )
    run(
        review.reference,
        str(write(tmp_path, "p.csv", files.police_csv())),
        "--agency",
        police.name,
        "--mapping",
        str(mapping),
    )
    entry = ChronologyEntry.objects.get(row_number=4)
    assert entry.description.startswith("Call from Oakfield")  # "Incident type" left out
    assert entry.action == "" and entry.people_text == "PC 1234 Smith"
    assert entry.original_row["Incident type"] == "Concern for welfare"  # yet kept verbatim


def test_the_agencys_saved_mapping_is_used_when_none_is_given(
    review, police, tmp_path: Path
) -> None:
    ChronologyMapping.objects.create(
        agency=police, mapping={"Incident type": "ignore", "Officer": "source"}
    )
    run(
        review.reference, str(write(tmp_path, "p.csv", files.police_csv())), "--agency", police.name
    )
    assert ChronologyEntry.objects.get(row_number=4).description.startswith("Call from Oakfield")


BAD_FILES = [
    ("empty.csv", lambda: b"", "is empty"),
    ("headings.csv", lambda: b"Date,Event,Action\r\n", "column headings but no rows"),
    ("truncated.xlsx", lambda: files.truncated(files.health_xlsx()), "damaged or incomplete"),
    ("truncated.docx", lambda: files.truncated(files.school_docx()), "damaged or incomplete"),
    ("corrupt.docx", files.corrupt_docx, "damaged or incomplete"),
    ("secret.docx", files.encrypted_office, "password-protected"),
    ("secret.xlsx", files.encrypted_office, "password-protected"),
    ("report.csv", files.pdf, "is a PDF document (although its name ends “.csv”)"),
    ("notes.docx", files.docx_without_table, "has no table"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_FILES)
def test_a_bad_file_is_refused_in_one_line_and_nothing_changes(
    review, police, existing, tmp_path: Path, media: Path, name, make, message
) -> None:
    before = snapshot(review)
    with pytest.raises(CommandError) as caught:
        run(review.reference, str(write(tmp_path, name, make())), "--agency", police.name)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert snapshot(review) == before
    assert not any(p.is_file() for p in media.rglob("*"))


def test_a_bad_file_with_json_prints_the_error_as_json(review, police, tmp_path: Path) -> None:
    import io

    out = io.StringIO()
    with pytest.raises(CommandError):
        path = write(tmp_path, "h.csv", b"Date,Event\r\n")
        call_command(
            "import_chronology", review.reference, str(path), "--agency", police.name, "--json",
            stdout=out,
        )  # fmt: skip
    summary = json.loads(out.getvalue())
    assert summary["ok"] is False and "no rows" in summary["error"]


def test_a_file_over_the_size_limit_is_refused(
    review, police, existing, tmp_path, settings
) -> None:
    settings.CASEWINDOW_MAX_UPLOAD_BYTES = 100
    before = snapshot(review)
    with pytest.raises(CommandError, match="the largest file Casewindow accepts is"):
        run(
            review.reference,
            str(write(tmp_path, "p.csv", files.police_csv())),
            "--agency",
            police.name,
        )
    assert snapshot(review) == before


def test_a_failure_part_way_through_leaves_nothing(
    review, police, existing, tmp_path, media, monkeypatch
) -> None:
    """All or nothing: if saving fails after some batches were written, none of them stay."""
    from casewindow.evidence.services import chronology_import as chronology

    monkeypatch.setattr(chronology, "BATCH_SIZE", 2)
    calls = {"n": 0}
    real = chronology._EntryWriter._write_fast

    def failing(self, rows):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(self, rows)

    monkeypatch.setattr(chronology._EntryWriter, "_write_fast", failing)
    before = snapshot(review)
    path = write(tmp_path, "p.csv", files.police_csv())
    with pytest.raises(RuntimeError):
        run(review.reference, str(path), "--agency", police.name)
    assert calls["n"] == 2
    assert snapshot(review) == before
    assert not any(p.is_file() for p in media.rglob("*"))


def test_entries_are_written_the_same_way_if_the_models_gain_a_column(
    review, police, tmp_path, monkeypatch
) -> None:
    """The fast writer knows the tables' columns; with any other columns it uses the ORM."""
    from casewindow.evidence.services import chronology_import as chronology

    path = write(tmp_path, "p.csv", files.police_csv())
    run(review.reference, str(path), "--agency", police.name)
    fast = [
        (e.row_number, e.date_start, e.time, e.date_precision, e.description, e.original_row)
        for e in ChronologyEntry.objects.order_by("row_number")
    ]
    ChronologyImport.objects.all().delete()
    SearchChunk.objects.all().delete()
    monkeypatch.setattr(chronology._EntryWriter, "ENTRY_COLUMNS", ("uuid", "a_new_column"))
    run(review.reference, str(path), "--agency", police.name)
    orm = [
        (e.row_number, e.date_start, e.time, e.date_precision, e.description, e.original_row)
        for e in ChronologyEntry.objects.order_by("row_number")
    ]
    assert orm == fast
    assert SearchChunk.objects.filter(kind="chronology").count() == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["NOPE-1", "x.csv", "--agency", "Police"], "No review with reference NOPE-1"),
        (["LCSPR-2025-04", "x.csv", "--agency", "Health"], "No agency named “Health”"),
        (
            ["LCSPR-2025-04", "missing.csv", "--agency", "Northshire Police"],
            "No file at missing.csv",
        ),
    ],
)
def test_wrong_arguments_get_a_clear_message(review, police, args, message) -> None:
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_a_mapping_naming_a_missing_column_is_refused(review, police, tmp_path) -> None:
    mapping = write(tmp_path, "m.json", b'{"When": "date", "Details": "description"}')
    with pytest.raises(CommandError, match="the file does not have: “When”"):
        run(
            review.reference,
            str(write(tmp_path, "p.csv", files.police_csv())),
            "--agency",
            police.name,
            "--mapping",
            str(mapping),
        )
    assert ChronologyEntry.objects.count() == 0
