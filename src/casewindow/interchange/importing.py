"""`review_import`: an archive written by `review_export` (on this or another instance) restored
as a new review. Everything is checked before anything is written — the archive, the schema
version, the JSON against the schema, every file against its checksum — and the writing is one
transaction, so a refused or failed import leaves nothing behind.

Rows get new ids (and new UUIDs, which are ids too); references between them follow, including
those held as text: every UUID of an archived row found in a text or JSON column (an audit
event's object, a draft's section keys, a narrative revision's agencies, a search chunk's
object) is replaced by the row's new UUID, and an audit event naming an archived row by its
integer id gets the row's new id. Accounts
are matched by e-mail or created without a usable password (no invitation is sent). A reference
to a row outside the review (the partnership, shared reference data) is matched by id and label,
then by label alone. The imported audit events keep their content and are chained onto this
instance's audit log; the import itself is recorded after them."""

import datetime
import hashlib
import json
import re
import uuid
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.utils.dateparse import parse_date, parse_datetime, parse_time

from casewindow.accounts.actors import Actor
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.audit.services import audit_chain_imported_many, audit_record
from casewindow.interchange.exporting import SCHEMA_PATH, SCHEMA_VERSION
from casewindow.reviews.models import Review, reference_validator

BATCH = 500
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ReviewImportError(Exception):
    """An archive that cannot be imported; the message is written for users."""


@dataclass(frozen=True)
class ImportSummary:
    review: Review
    rows: int
    files: int
    users_created: int


def _read_archive(path: Path) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ReviewImportError(f"{path} does not exist.") from None
    except (zipfile.BadZipFile, OSError):
        raise ReviewImportError(
            f"{path} is not a review archive (not a readable zip file)."
        ) from None
    try:
        raw = archive.read("review.json")
    except KeyError:
        raise ReviewImportError(f"{path} has no review.json: it is not a review archive.") from None
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ReviewImportError(f"review.json in {path} cannot be read ({error}).") from None
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise ReviewImportError(f"review.json in {path} is not valid JSON ({error}).") from None
    if not isinstance(document, dict):
        raise ReviewImportError("review.json is not a review export (not a JSON object).")
    return archive, document


def archive_check(*, path: Path) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    """The archive opened and every check passed, or ReviewImportError saying what is wrong."""
    archive, document = _read_archive(path)
    if document.get("kind") == "anonymised":
        raise ReviewImportError(
            "This is an anonymised archive (learning only, no evidence): it cannot become a "
            "review here. Add it to a partnership's learning repository instead (National and "
            "neighbouring reviews, or `casewindow import_national_reviews`)."
        )
    version = document.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ReviewImportError(
            f"This archive uses schema version {version}; this Casewindow reads version "
            f"{SCHEMA_VERSION} and earlier. Upgrade Casewindow to import it."
        )
    validator = jsonschema.Draft202012Validator(
        _import_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise ReviewImportError(
            f"review.json does not follow schema version {SCHEMA_VERSION} at {where}: "
            f"{error.message[:300]}"
        )
    for entry in document["files"]:
        # Read in pieces: an archive's documents together may be larger than memory.
        digest, size = hashlib.sha256(), 0
        try:
            with archive.open(entry["path"]) as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
                    size += len(chunk)
        except KeyError:
            raise ReviewImportError(
                f"The archive lacks {entry['path']}, which review.json names."
            ) from None
        except (zipfile.BadZipFile, OSError) as error:
            raise ReviewImportError(f"{entry['path']} cannot be read ({error}).") from None
        if digest.hexdigest() != entry["sha256"] or size != entry["size"]:
            raise ReviewImportError(
                f"{entry['path']} does not match its checksum: the archive has been changed or "
                "damaged. Nothing was imported."
            )
    return archive, document


def _import_schema() -> dict[str, Any]:
    """The published schema, with one shortcut that accepts exactly the same documents: a
    row's column values are checked as "any JSON value" instead of against `$defs/value`,
    whose last alternatives (any array, any object: a JSON column's content) already accept
    any JSON value. Checking every value of 10,000 rows against its alternatives took over a
    minute; the rows' shape (an object with an `id`) is still checked, and the references
    inside them are checked as they are written."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text())
    value = schema["$defs"]["value"]["anyOf"]
    if {"type": "array"} in value and any(
        alternative.get("type") == "object" and set(alternative) <= {"type", "description"}
        for alternative in value
    ):
        schema["$defs"]["row"] = {"type": "object", "required": ["id"]}
    return schema


def _labelled(label: str) -> type[models.Model]:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        raise ReviewImportError(
            f"review.json has a table this Casewindow lacks: {label}."
        ) from None


def _order(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Tables so that every table comes after those its references point to."""
    needs: dict[str, set[str]] = defaultdict(set)
    for label, rows in tables.items():
        for row in rows:
            for value in row.values():
                if isinstance(value, dict) and "ref" in value and value["ref"] != label:
                    needs[label].add(value["ref"])
    # Audit events are written once and never changed, and may name any other row: last.
    if AuditEvent._meta.label in tables:
        needs[AuditEvent._meta.label] |= set(tables) - {AuditEvent._meta.label}
    ordered: list[str] = []
    done: set[str] = set()
    pending = sorted(tables)
    while pending:
        ready = [label for label in pending if needs[label] <= done]
        if not ready:
            raise ReviewImportError(
                "review.json's tables refer to one another in a circle: " + ", ".join(pending)
            )
        for label in ready:
            ordered.append(label)
            done.add(label)
        pending = [label for label in pending if label not in done]
    return ordered


def _plain(field: models.Field[Any, Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        return parse_datetime(value)
    if isinstance(field, models.DateField):
        return parse_date(value)
    if isinstance(field, models.TimeField):
        return parse_time(value)
    if isinstance(field, models.DurationField):
        return datetime.timedelta(seconds=value)
    if isinstance(field, models.BinaryField):
        return bytes.fromhex(value)
    return value


def review_import(
    *, actor: Actor, path: Path, reference: str | None = None, log: Any = None
) -> ImportSummary:
    """Import the archive at `path` as a new review (under `reference` if given)."""
    archive, document = archive_check(path=path)
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    models_by_label = {label: _labelled(label) for label in tables}
    new_reference = reference or document["review"]["reference"]
    if Review.objects.filter(reference=new_reference).exists():
        raise ReviewImportError(
            f"A review with the reference {new_reference} already exists here; choose another "
            "with --reference."
        )
    try:
        reference_validator(new_reference)
    except ValidationError as error:
        raise ReviewImportError(f"{new_reference!r}: {' '.join(error.messages)}") from None
    stored: dict[str, str] = {}  # sha256 → name in storage
    try:
        with transaction.atomic():
            return _write(
                actor=actor,
                archive=archive,
                document=document,
                models_by_label=models_by_label,
                reference=new_reference,
                stored=stored,
            )
    except BaseException:
        # The rows are rolled back; the files saved so far would be orphans.
        for name in stored.values():
            default_storage.delete(name)
        raise


def _write(
    *,
    actor: Actor,
    archive: zipfile.ZipFile,
    document: dict[str, Any],
    models_by_label: dict[str, type[models.Model]],
    reference: str,
    stored: dict[str, str],
) -> ImportSummary:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    users: dict[str, Any] = {}
    created = 0
    for entry in document["users"]:
        user = user_model._default_manager.filter(email__iexact=entry["email"]).first()
        if user is None:
            user = user_model._default_manager.create_user(
                entry["email"], password=None, full_name=entry["name"]
            )
            created += 1
        users[entry["email"]] = user
    new_ids: dict[str, dict[Any, Any]] = defaultdict(dict)
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    renumber = _Renumber(tables, models_by_label)
    rows_written = 0
    deferred: list[tuple[models.Model, str, str, Any]] = []  # self-references, set afterwards
    for label in _order(tables):
        model = models_by_label[label]
        instances: list[models.Model] = []
        for row in tables[label]:
            instance = model()
            for field in model._meta.concrete_fields:
                if field.primary_key or field.name not in row:
                    continue
                value = row[field.name]
                if isinstance(field, models.ForeignKey):
                    if value is None:
                        setattr(instance, field.attname, None)
                    elif "user" in value:
                        setattr(instance, field.attname, users[value["user"]].pk)
                    elif "ref" in value:
                        if value["ref"] == label:
                            deferred.append((instance, field.attname, label, value["id"]))
                            setattr(instance, field.attname, None)
                        else:
                            setattr(instance, field.attname, _new_id(new_ids, value))
                    else:
                        setattr(instance, field.attname, _external(field, value))
                elif isinstance(field, models.FileField):
                    setattr(instance, field.attname, _file(archive, value, stored))
                elif isinstance(instance, Review) and field.name == "reference":
                    instance.reference = reference
                elif isinstance(field, models.UUIDField) and field.unique:
                    setattr(instance, field.attname, renumber.new_uuid(value))
                elif model is AuditEvent and field.name == "object_id":
                    setattr(instance, field.attname, renumber.object_id(row, new_ids))
                elif isinstance(field, models.CharField | models.TextField | models.UUIDField):
                    setattr(instance, field.attname, renumber.text(_plain(field, value)))
                elif isinstance(field, models.JSONField):
                    setattr(instance, field.attname, renumber.json(value))
                else:
                    setattr(instance, field.attname, _plain(field, value))
            instances.append(instance)
        if model is AuditEvent:
            # Every instance is an AuditEvent here; the comprehension tells the type checker.
            audit_chain_imported_many([i for i in instances if isinstance(i, AuditEvent)])
        else:
            model._default_manager.bulk_create(instances, batch_size=BATCH)
            # bulk_create stamps auto_now(_add) columns with the time of the import; put back
            # the times the archive holds.
            stamped = [
                field.attname
                for field in model._meta.concrete_fields
                if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            ]
            if stamped:
                for instance, row in zip(instances, tables[label], strict=True):
                    for attname in stamped:
                        stamp = model._meta.get_field(attname)
                        assert isinstance(stamp, models.Field)
                        setattr(instance, attname, _plain(stamp, row.get(stamp.name)))
                model._default_manager.bulk_update(instances, stamped, batch_size=BATCH)
        for instance, row in zip(instances, tables[label], strict=True):
            new_ids[label][row["id"]] = instance.pk
        rows_written += len(instances)
    for instance, attname, label, old_id in deferred:
        new_id = _new_id(new_ids, {"ref": label, "id": old_id})
        type(instance)._default_manager.filter(pk=instance.pk).update(**{attname: new_id})
    for label, rows in tables.items():
        model = models_by_label[label]
        for field in model._meta.many_to_many:
            through: Any = field.remote_field.through
            if not through._meta.auto_created:
                continue
            related = field.related_model
            assert isinstance(related, type)
            target = related._meta.label
            source_column = f"{field.m2m_field_name()}_id"
            target_column = f"{field.m2m_reverse_field_name()}_id"
            links = {
                (new_ids[label][row["id"]], _m2m_target(field, item, target, new_ids, users))
                for row in rows
                for item in row.get(field.name) or ()
            }
            through._default_manager.bulk_create(
                (through(**{source_column: a, target_column: b}) for a, b in sorted(links)),
                batch_size=BATCH,
            )
    review = Review.objects.get(pk=new_ids[Review._meta.label][tables["reviews.Review"][0]["id"]])
    audit_record(
        actor=actor,
        actor_label="" if actor else "console (casewindow import_review)",
        action=AuditAction.IMPORT,
        summary=f"Imported the whole review from an archive of {document['review']['reference']}",
        review=review,
        obj=review,
        changes={"schema_version": document["schema_version"], "rows": rows_written},
    )
    return ImportSummary(review=review, rows=rows_written, files=len(stored), users_created=created)


class _Renumber:
    """The new UUID of every archived row, given before any row is written, so that text naming
    a row by its UUID (or an audit event naming one by its id) can follow it."""

    def __init__(
        self, tables: dict[str, list[dict[str, Any]]], models_by_label: dict[str, Any]
    ) -> None:
        self.uuids: dict[str, str] = {}
        for label, rows in tables.items():
            unique = [
                field.name
                for field in models_by_label[label]._meta.concrete_fields
                if isinstance(field, models.UUIDField) and field.unique
            ]
            for row in rows:
                for name in unique:
                    old = row.get(name)
                    if isinstance(old, str) and old.lower() not in self.uuids:
                        self.uuids[old.lower()] = str(uuid.uuid4())

    def new_uuid(self, old: Any) -> str:
        return self.uuids.get(str(old).lower(), "") or str(uuid.uuid4())

    def _swap(self, found: re.Match[str]) -> str:
        return self.uuids.get(found.group(0), found.group(0))

    def text(self, value: Any) -> Any:
        if isinstance(value, str) and len(value) >= 36 and "-" in value:
            return UUID_TEXT.sub(self._swap, value)
        return value

    def json(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, dict):
            return {self.text(key): self.json(item) for key, item in value.items()}
        return value

    def object_id(self, row: dict[str, Any], new_ids: dict[str, dict[Any, Any]]) -> str:
        """An audit event's object: a UUID follows its row; an integer id of an archived row
        becomes that row's new id (the audit log is written after every other table)."""
        value = str(row.get("object_id") or "")
        renamed = self.text(value)
        if renamed != value or not value.isdigit():
            return str(renamed)
        table = new_ids.get(str(row.get("object_type") or ""), {})
        new = table.get(int(value), table.get(value))
        return str(new) if new is not None else value


def _new_id(new_ids: dict[str, dict[Any, Any]], value: dict[str, Any]) -> Any:
    try:
        return new_ids[value["ref"]][value["id"]]
    except KeyError:
        raise ReviewImportError(
            f"review.json refers to {value['ref']} row {value['id']}, which it does not hold."
        ) from None


def _m2m_target(
    field: Any, item: Any, target: str, new_ids: dict[str, dict[Any, Any]], users: dict[str, Any]
) -> Any:
    if isinstance(item, dict) and "user" in item:
        return users[item["user"]].pk
    if isinstance(item, dict) and "external" in item:
        return _external(field, item)
    return _new_id(new_ids, {"ref": target, "id": item})


def _external(field: Any, value: dict[str, Any]) -> Any:
    target: Any = field.related_model
    same = target._default_manager.filter(pk=value["id"]).first()
    if same is not None and str(same) == value["label"]:
        return same.pk
    for candidate in target._default_manager.all():
        if str(candidate) == value["label"]:
            return candidate.pk
    if getattr(field, "null", False) and not field.many_to_many:
        return None
    raise ReviewImportError(
        f"The review needs {target._meta.verbose_name} “{value['label']}”, which this "
        "Casewindow does not have. Create it first, then import again."
    )


def _file(archive: zipfile.ZipFile, value: dict[str, Any] | None, stored: dict[str, str]) -> str:
    if not value:
        return ""
    digest = value["sha256"]
    if digest is None:
        return str(value["name"])
    if digest not in stored:
        name = Path(value["name"]).name or digest
        folder = str(Path(value["name"]).parent)
        with archive.open(f"files/{digest}") as handle:
            stored[digest] = default_storage.save(
                f"{folder}/{name}" if folder != "." else name, File(handle, name=name)
            )
    return stored[digest]
