"""`review_export`: a whole review as one zip: `review.json` (schema `review-1.json`, documented
in docs/interchange.md) and every uploaded file beside it under `files/<sha256>`.

The review's tables are found by walking foreign keys, so a table added later is exported
without a change here: every model of a Casewindow app with a chain of foreign keys to
`reviews.Review` belongs to the review. Users are written by e-mail, never by id; a foreign key
to another exported row keeps that row's id (ids are local to the archive); a foreign key to a
row outside the review (reference data) is written as its model and id with its label."""

import datetime
import decimal
import hashlib
import json
import shutil
import uuid
import zipfile
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

from casewindow.accounts.actors import Actor
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reviews.models import Review

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / f"review-{SCHEMA_VERSION}.json"
MAX_DEPTH = 4
Progress = Callable[[int, str], None]  # (percent, what is being done)


def _no_progress(percent: int, step: str) -> None:
    """Progress is not reported (the console command)."""


class ExportError(Exception):
    """A review could not be exported; the message is written for users."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    tables: int
    rows: int
    files: int


def review_tables() -> list[tuple[type[models.Model], str]]:
    """Every Casewindow model that belongs to a review, with the lookup from it to the review,
    in dependency order (a model after those its foreign keys point to, where possible)."""
    found: list[tuple[type[models.Model], str]] = []
    for model in apps.get_models():
        if not model.__module__.startswith("casewindow.") or model is Review:
            continue
        if model._meta.app_label == "interchange":
            continue  # the archives themselves: an archive never holds earlier archives
        if getattr(model, "not_review_content", False):  # e.g. API tokens: keys, not content
            continue
        lookup = _path_to_review(model)
        if lookup is not None:
            found.append((model, lookup))
    found.sort(key=lambda pair: (pair[1].count("__"), pair[0]._meta.label))
    return found


def _path_to_review(model: type[models.Model]) -> str | None:
    queue: deque[tuple[type[models.Model], str, int]] = deque([(model, "", 0)])
    while queue:
        current, prefix, depth = queue.popleft()
        if depth >= MAX_DEPTH:
            continue
        for field in current._meta.concrete_fields:
            if not isinstance(field, models.ForeignKey):
                continue
            target = field.related_model
            lookup = f"{prefix}{field.name}"
            if target is Review:
                return lookup
            if isinstance(target, type) and target.__module__.startswith("casewindow."):
                queue.append((target, f"{lookup}__", depth + 1))
    return None


def _value(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def review_document(
    *, review: Review, progress: Progress = _no_progress
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The review as the JSON document of the schema, and the files it names by checksum."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    users: dict[int, dict[str, Any]] = {}
    files: dict[str, Any] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    exported_labels = {model._meta.label for model, _ in review_tables()} | {Review._meta.label}

    emails: dict[Any, str] = {}  # user pk → e-mail
    labels: dict[tuple[str, Any], str] = {}  # (table, pk) → label of a row outside the review

    def email(pk: Any) -> str:
        if pk not in emails:
            user = user_model._base_manager.get(pk=pk)
            users[user.pk] = {"email": user.email, "name": user.full_name}
            emails[pk] = user.email
        return emails[pk]

    def external(target: Any, pk: Any) -> dict[str, Any]:
        key = (target._meta.label, pk)
        if key not in labels:
            labels[key] = str(target._base_manager.get(pk=pk))
        return {"external": target._meta.label, "id": _value(pk), "label": labels[key]}

    def links(field: Any, lookup: str) -> dict[Any, list[Any]]:
        """Every link of a many-to-many column of the review's rows, in one query."""
        through: Any = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        owner = field.m2m_field_name() + (f"__{lookup}" if lookup else "")
        found: dict[Any, list[Any]] = defaultdict(list)
        for a, b in (
            through._base_manager.filter(**{owner: review})
            .order_by(source, target)
            .values_list(source, target)
            .iterator(chunk_size=5000)
        ):
            found[a].append(b)
        return found

    def rows_of(model: type[models.Model], queryset: Any, lookup: str) -> list[dict[str, Any]]:
        fields = model._meta.concrete_fields
        many = [(field, links(field, lookup)) for field in model._meta.many_to_many]
        out_rows = []
        for instance in queryset.order_by("pk").iterator(chunk_size=2000):
            out: dict[str, Any] = {}
            for field in fields:
                if isinstance(field, models.ForeignKey):
                    key = getattr(instance, field.attname)
                    target: Any = field.related_model
                    if key is None:
                        out[field.name] = None
                    elif target is user_model:
                        out[field.name] = {"user": email(key)}
                    elif target._meta.label in exported_labels:
                        out[field.name] = {"ref": target._meta.label, "id": _value(key)}
                    else:
                        out[field.name] = external(target, key)
                elif isinstance(field, models.FileField):
                    stored = getattr(instance, field.attname)
                    out[field.name] = _file(stored, files) if stored else None
                else:
                    out[field.name] = _value(field.value_from_object(instance))
            for field, linked in many:
                others = linked.get(instance.pk, [])
                related: Any = field.related_model
                if related is user_model:
                    out[field.name] = [{"user": email(pk)} for pk in others]
                elif related._meta.label in exported_labels:
                    out[field.name] = [_value(pk) for pk in others]
                else:
                    out[field.name] = [external(related, pk) for pk in others]
            out_rows.append(out)
        return out_rows

    tables[Review._meta.label] = rows_of(Review, Review._base_manager.filter(pk=review.pk), "")
    every = review_tables()
    for done, (model, lookup) in enumerate(every):
        progress(5 + 60 * done // len(every), f"Reading {model._meta.verbose_name_plural}")
        rows = rows_of(model, model._default_manager.filter(**{lookup: review}), lookup)
        if rows:
            tables[model._meta.label] = rows
    document = {
        "schema": f"https://casewindow.example/schema/review-{SCHEMA_VERSION}.json",
        "schema_version": SCHEMA_VERSION,
        "exported_at": timezone.now().isoformat(),
        "review": {"reference": review.reference, "title": review.title},
        "users": sorted(users.values(), key=lambda user: user["email"]),
        "tables": tables,
        "files": [
            {"sha256": digest, "path": f"files/{digest}", "size": size}
            for digest, (_storage, _name, size) in sorted(files.items())
        ],
    }
    return document, files


def _file(stored: Any, files: dict[str, Any]) -> dict[str, Any]:
    """Read through the storage (local folder or object storage), never by local path."""
    digest = hashlib.sha256()
    size = 0
    try:
        with stored.storage.open(stored.name, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
    except (FileNotFoundError, OSError):
        return {"name": stored.name, "sha256": None}
    files[digest.hexdigest()] = (stored.storage, stored.name, size)
    return {"name": stored.name, "sha256": digest.hexdigest()}


def review_export(
    *, actor: Actor, review: Review, output: Path, progress: Progress = _no_progress
) -> ExportSummary:
    """Write the whole review to a new zip at `output`: review.json and files by checksum."""
    if output.exists():
        raise ExportError(f"{output} already exists; choose a new file.")
    document, files = review_document(review=review, progress=progress)
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        progress(65, "Writing review.json")
        # Compact: the indenting encoder is pure Python and took half the export of a large review.
        archive.writestr("review.json", json.dumps(document, sort_keys=True, separators=(",", ":")))
        for done, (digest, (storage, name, _size)) in enumerate(files.items()):
            if done % 10 == 0:
                progress(70 + 25 * done // len(files), f"Adding file {done + 1} of {len(files)}")
            with storage.open(name, "rb") as source, archive.open(f"files/{digest}", "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
    partial.replace(output)
    audit_record(
        actor=actor,
        actor_label="" if actor else "console (casewindow export_review)",
        action=AuditAction.EXPORT,
        summary=f"Exported the whole review {review.reference} ({len(files)} files)",
        review=review,
        obj=review,
        changes={"schema_version": SCHEMA_VERSION},
    )
    return ExportSummary(
        path=output,
        tables=len(document["tables"]),
        rows=sum(len(rows) for rows in document["tables"].values()),
        files=len(files),
    )
