"""`casewindow import_review`: an export comes back whole, and a bad archive writes nothing."""

import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casewindow.analysis.models import NarrativeRevision
from casewindow.audit.integrity import audit_chain_verify
from casewindow.audit.models import AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.drafts.models import Draft, DraftComment
from casewindow.evidence.models import SearchChunk, SourceDocument
from casewindow.interchange.exporting import SCHEMA_PATH, review_tables
from casewindow.interchange.importing import UUID_TEXT, _import_schema
from casewindow.reviews.models import Review
from tests.interchange.roundtrip import normalised

pytestmark = pytest.mark.django_db


def _export(reference: str, output: Path) -> dict[str, Any]:
    call_command("export_review", reference, "-o", str(output))
    return json.loads(zipfile.ZipFile(output).read("review.json"))


def test_export_import_export_gives_the_same_review(tmp_path: Path) -> None:
    review, _created = demo_load()
    first = _export(review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "COPY-2024-01")
    second = _export("COPY-2024-01", tmp_path / "second.zip")
    assert second["review"]["reference"] == "COPY-2024-01"
    a, b = normalised(first), normalised(second)
    differ = {}
    for label in sorted(set(a["tables"]) | set(b["tables"])):
        rows_a, rows_b = a["tables"].get(label, []), b["tables"].get(label, [])
        assert len(rows_a) == len(rows_b), label
        for row_a, row_b in zip(rows_a, rows_b, strict=True):
            for name in set(row_a) | set(row_b):
                if row_a.get(name) != row_b.get(name):
                    differ[f"{label}.{name}"] = (row_a.get(name), row_b.get(name))
    assert not differ, differ


def test_ids_held_in_text_and_json_columns_follow_the_rows(tmp_path: Path) -> None:
    """A UUID written inside a column (a revision's agencies, a draft's section keys, a
    comment's section, the search index, the audit log's objects) names the copy's row, never
    the original review's."""
    review, _created = demo_load()
    _export(review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "COPY-2024-01")
    copy = Review.objects.get(reference="COPY-2024-01")
    original_uuids = _review_uuids(review)
    copy_uuids = _review_uuids(copy)
    assert original_uuids.isdisjoint(copy_uuids)

    written: list[str] = []
    for revision in NarrativeRevision.objects.filter(section__review=copy):
        written += [perspective["agency"] for perspective in revision.perspectives]
    for draft in Draft.objects.filter(review=copy):
        written += UUID_TEXT.findall(json.dumps(draft.content))
    for comment in DraftComment.objects.filter(draft__review=copy):
        written += UUID_TEXT.findall(comment.section_key)
    written += [str(chunk.object_uuid) for chunk in SearchChunk.objects.filter(review=copy)]
    in_review = {model._meta.label for model, _lookup in review_tables()} | {"reviews.Review"}
    written += [
        event.object_id
        for event in AuditEvent.objects.filter(review=copy)
        if UUID_TEXT.fullmatch(event.object_id) and event.object_type in in_review
    ]
    assert len(written) > 50
    assert not set(written) & original_uuids
    assert set(written) <= copy_uuids


def _review_uuids(review: Review) -> set[str]:
    found = {str(review.uuid)}
    for model, lookup in review_tables():
        if any(field.name == "uuid" for field in model._meta.concrete_fields):
            found |= {
                str(value)
                for value in model._default_manager.filter(**{lookup: review}).values_list(
                    "uuid", flat=True
                )
            }
    return found


def test_small_review_round_trip_restores_the_file(small_review: Review, tmp_path: Path) -> None:
    first = _export(small_review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "SMALL-2")
    second = _export("SMALL-2", tmp_path / "second.zip")
    assert normalised(first) == normalised(second)
    copy = SourceDocument.objects.get(review__reference="SMALL-2")
    assert copy.file.read() == b"Strategy meeting minutes"
    assert copy.uuid != SourceDocument.objects.get(review=small_review).uuid


def test_import_into_the_same_reference_is_refused(small_review: Review, tmp_path: Path) -> None:
    _export(small_review.reference, tmp_path / "r.zip")
    with pytest.raises(CommandError, match="already exists here"):
        call_command("import_review", str(tmp_path / "r.zip"))


def _rewrite(source: Path, target: Path, change: Any) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("newer", "schema version 99"),
        ("tampered", "does not match its checksum"),
        ("not-a-zip", "not a readable zip"),
        ("no-json", "has no review.json"),
        ("bad-json", "not valid JSON"),
        ("off-schema", "does not follow schema version 1"),
    ],
)
def test_bad_archive_fails_clearly_and_writes_nothing(
    small_review: Review, tmp_path: Path, damage: str, message: str
) -> None:
    good = tmp_path / "good.zip"
    _export(small_review.reference, good)
    bad = tmp_path / "bad.zip"

    def change(name: str, content: bytes) -> bytes:
        if name == "review.json":
            document = json.loads(content)
            if damage == "newer":
                document["schema_version"] = 99
            if damage == "off-schema":
                document["files"] = "none"
            if damage == "bad-json":
                return b"{not json"
            return json.dumps(document).encode()
        if damage == "tampered" and name.startswith("files/"):
            return content + b"!"
        return content

    if damage == "not-a-zip":
        bad.write_bytes(b"PK\x03\x04 this is not a zip")
    elif damage == "no-json":
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("other.txt", "x")
    else:
        _rewrite(good, bad, change)
    reviews, documents = Review.objects.count(), SourceDocument.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("import_review", str(bad), "--reference", "BAD-2024-01")
    assert (Review.objects.count(), SourceDocument.objects.count()) == (reviews, documents)


def test_bad_new_reference_is_refused(small_review: Review, tmp_path: Path) -> None:
    _export(small_review.reference, tmp_path / "r.zip")
    with pytest.raises(CommandError, match="Reference must be"):
        call_command("import_review", str(tmp_path / "r.zip"), "--reference", "no spaces!")


def test_imported_audit_log_is_chained_and_the_chain_verifies(tmp_path: Path) -> None:
    review, _created = demo_load()
    _export(review.reference, tmp_path / "first.zip")
    before = AuditEvent.objects.count()
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "COPY-2024-01")
    copy = Review.objects.get(reference="COPY-2024-01")
    assert AuditEvent.objects.filter(review=copy).count() > 100
    assert AuditEvent.objects.count() > before
    report = audit_chain_verify()
    assert report.first_break is None and report.checked == AuditEvent.objects.count()


def test_the_import_check_accepts_exactly_what_the_published_schema_accepts(
    tmp_path: Path,
) -> None:
    """The importer checks rows by a shortcut (docs in `_import_schema`): on the demo export
    and on damaged copies it must agree with the full published schema."""
    review, _created = demo_load()
    document = _export(review.reference, tmp_path / "r.zip")
    full = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))
    quick = jsonschema.Draft202012Validator(_import_schema())
    damaged: list[Any] = [document]
    for change in (
        lambda d: d["tables"]["reviews.Agency"][0].pop("id"),
        lambda d: d["tables"].__setitem__("reviews.Agency", [1, 2]),
        lambda d: d["tables"].__setitem__("Not a label", []),
        lambda d: d["tables"]["reviews.Review"].append(d["tables"]["reviews.Review"][0]),
        lambda d: d["users"].append({"email": "x"}),
        lambda d: d["tables"]["reviews.Agency"][0].__setitem__("name", {"odd": [1, None]}),
    ):
        copy = json.loads(json.dumps(document))
        change(copy)
        damaged.append(copy)
    verdicts = [(full.is_valid(d), quick.is_valid(d)) for d in damaged]
    assert all(a == b for a, b in verdicts), verdicts
    assert [a for a, _b in verdicts] == [True, False, False, False, False, False, True]
