"""`casewindow import_review`: an export comes back whole, and a bad archive writes nothing."""

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from casewindow.analysis.models import NarrativeRevision
from casewindow.audit.models import AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.evidence.models import SourceDocument
from casewindow.reviews.models import Agency, Review

pytestmark = pytest.mark.django_db

# Columns that are ids on the instance (a new one is given on import) or the hash chain of this
# instance's audit log.
INSTANCE_COLUMNS = {"id", "uuid", "prev_hash", "row_hash"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def _normalised(document: dict[str, Any]) -> dict[str, Any]:
    """The document with ids replaced by each row's position in its table, and the import's own
    audit event left out, so two exports of the same review compare equal."""
    tables = dict(document["tables"])
    tables["audit.AuditEvent"] = [
        row
        for row in tables.get("audit.AuditEvent", [])
        if not (row["action"] == "import" and row["summary"].startswith("Imported the whole"))
    ]
    position = {
        (label, row["id"]): index
        for label, rows in tables.items()
        for index, row in enumerate(rows)
    }

    # Each row's UUID, wherever it is written (a JSON column, a key, an audit event's object),
    # becomes the row's place, so a reference that was not carried over to the copy's new
    # UUIDs shows as a difference.
    place_of_uuid = {
        str(row["uuid"]).lower(): f"<{label}#{index}>"
        for label, rows in tables.items()
        for index, row in enumerate(rows)
        if row.get("uuid")
    }

    def placed(item: Any) -> Any:
        if isinstance(item, str):
            return UUID.sub(lambda m: place_of_uuid.get(m.group(0).lower(), m.group(0)), item)
        if isinstance(item, list):
            return [placed(part) for part in item]
        if isinstance(item, dict):
            return {placed(k): placed(v) for k, v in item.items()}
        return item

    def value(item: Any) -> Any:
        if isinstance(item, dict) and "ref" in item:
            return {"ref": item["ref"], "at": position[(item["ref"], item["id"])]}
        if isinstance(item, dict) and set(item) == {"name", "sha256"}:
            return {"sha256": item["sha256"]}
        return placed(item)

    def m2m(label: str, name: str, item: Any) -> Any:
        field = next((f for f in apps.get_model(label)._meta.many_to_many if f.name == name), None)
        if field is None or not isinstance(item, list):
            return value(item)
        target = field.related_model._meta.label
        return sorted(
            position.get((target, other), other) if not isinstance(other, dict) else str(other)
            for other in item
        )

    out = {
        label: [
            {
                name: m2m(label, name, item)
                for name, item in row.items()
                if name not in INSTANCE_COLUMNS
            }
            for row in rows
        ]
        for label, rows in tables.items()
    }
    for row in out["reviews.Review"]:
        row.pop("reference")
    return {"users": document["users"], "tables": out, "files": document["files"]}


def _export(reference: str, output: Path) -> dict[str, Any]:
    call_command("export_review", reference, "-o", str(output))
    return json.loads(zipfile.ZipFile(output).read("review.json"))


def test_export_import_export_gives_the_same_review(tmp_path: Path) -> None:
    review, _created = demo_load()
    first = _export(review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "COPY-2024-01")
    second = _export("COPY-2024-01", tmp_path / "second.zip")
    assert second["review"]["reference"] == "COPY-2024-01"
    a, b = _normalised(first), _normalised(second)
    differ = {}
    for label in sorted(set(a["tables"]) | set(b["tables"])):
        rows_a, rows_b = a["tables"].get(label, []), b["tables"].get(label, [])
        assert len(rows_a) == len(rows_b), label
        for row_a, row_b in zip(rows_a, rows_b, strict=True):
            for name in set(row_a) | set(row_b):
                if row_a.get(name) != row_b.get(name):
                    differ[f"{label}.{name}"] = (row_a.get(name), row_b.get(name))
    assert not differ, differ


def test_references_written_inside_json_and_text_follow_the_new_uuids(tmp_path: Path) -> None:
    """A narrative perspective names its agency, a draft its sections and an audit event its
    object by UUID: in the copy they name the copy's rows, never the original's."""
    review, _created = demo_load()
    _export(review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "COPY-2024-02")
    copy = Review.objects.get(reference="COPY-2024-02")

    copy_agencies = {
        str(u) for u in Agency.objects.filter(review=copy).values_list("uuid", flat=True)
    }
    old_agencies = {
        str(u) for u in Agency.objects.filter(review=review).values_list("uuid", flat=True)
    }
    named = [
        perspective["agency"]
        for revision in NarrativeRevision.objects.filter(section__review=copy)
        for perspective in revision.perspectives
    ]
    assert named and set(named) <= copy_agencies
    copied_events = AuditEvent.objects.filter(review=copy).exclude(object_id="")
    assert copied_events.exists()
    assert not copied_events.filter(object_id__in=old_agencies).exists()


def test_small_review_round_trip_restores_the_file(small_review: Review, tmp_path: Path) -> None:
    first = _export(small_review.reference, tmp_path / "first.zip")
    call_command("import_review", str(tmp_path / "first.zip"), "--reference", "SMALL-2")
    second = _export("SMALL-2", tmp_path / "second.zip")
    assert _normalised(first) == _normalised(second)
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
