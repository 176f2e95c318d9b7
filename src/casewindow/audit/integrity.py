"""Making the audit log trustworthy beyond the ORM.

1. Append-only in the database: triggers refuse UPDATE and DELETE on the audit table (and
   TRUNCATE on PostgreSQL), whatever the route — `_base_manager`, `_raw_delete`, raw SQL.
   The migration audit/0002 installs them; `append_only_lift`/`append_only_enforce` exist for
   tests that must tamper (or flush the database) on purpose.
2. A hash chain: each event stores SHA-256 over its canonical content and the previous event's
   hash. Someone with the database owner's rights can drop the triggers and edit a row, but
   cannot then make the chain add up without rewriting every later row and the chain head;
   `casewindow audit_verify` reports the first break."""

import datetime
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import connection as default_connection
from django.db.backends.base.base import BaseDatabaseWrapper

TABLE = "audit_auditevent"
HASHED_FIELDS = (
    "uuid",
    "at",
    "actor_id",
    "actor_label",
    "action",
    "review_id",
    "object_type",
    "object_id",
    "summary",
    "changes",
    "ip_address",
    "user_agent",
    "path",
)
REFUSAL = "The audit log is append-only"

_SQL = {
    "sqlite": (
        [
            f"CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
            f"CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
        ],
        [
            "DROP TRIGGER IF EXISTS audit_event_no_update",
            "DROP TRIGGER IF EXISTS audit_event_no_delete",
        ],
    ),
    "postgresql": (
        [
            "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$",
            f"CREATE OR REPLACE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
            f"CREATE OR REPLACE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON {TABLE} "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
        ],
        [
            f"DROP TRIGGER IF EXISTS audit_event_no_change ON {TABLE}",
            f"DROP TRIGGER IF EXISTS audit_event_no_truncate ON {TABLE}",
            "DROP FUNCTION IF EXISTS audit_event_append_only()",
        ],
    ),
}


def append_only_sql(vendor: str) -> tuple[list[str], list[str]]:
    """(statements that install the triggers, statements that remove them) for a database."""
    return _SQL.get(vendor, ([], []))


def append_only_enforce(connection: BaseDatabaseWrapper = default_connection) -> None:
    with connection.cursor() as cursor:
        for statement in append_only_sql(connection.vendor)[0]:
            cursor.execute(statement)


def append_only_lift(connection: BaseDatabaseWrapper = default_connection) -> None:
    with connection.cursor() as cursor:
        for statement in append_only_sql(connection.vendor)[1]:
            cursor.execute(statement)


def _canonical_value(name: str, value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat(timespec="microseconds")
    if name == "uuid":
        return str(value)
    return value


def event_hash(values: dict[str, Any], prev_hash: str) -> str:
    """SHA-256 over the event's content (as stored) and the previous event's hash."""
    canonical = {name: _canonical_value(name, values[name]) for name in HASHED_FIELDS}
    canonical["prev_hash"] = prev_hash
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    event_id: int | None
    reason: str


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_break: ChainBreak | None


def _rows() -> Iterator[dict[str, Any]]:
    from casewindow.audit.models import AuditEvent

    yield from (
        AuditEvent._base_manager.order_by("id")
        .values("id", "prev_hash", "row_hash", *HASHED_FIELDS)
        .iterator(chunk_size=5000)
    )


def audit_chain_verify() -> ChainReport:
    """Walk the log in order, recomputing each event's hash; the first event whose content,
    link to its predecessor or position does not add up, or a chain head that does not match
    the newest event."""
    from casewindow.audit.models import AuditChainHead

    previous, last_id, checked = "", None, 0
    for row in _rows():
        if row["prev_hash"] != previous:
            return ChainReport(
                checked,
                ChainBreak(
                    row["id"],
                    "does not follow the event before it (an event was removed or inserted)",
                ),
            )
        if event_hash(row, previous) != row["row_hash"]:
            return ChainReport(
                checked, ChainBreak(row["id"], "its content was changed after it was written")
            )
        previous, last_id = row["row_hash"], row["id"]
        checked += 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if (head.last_hash if head else "") != previous or (
        head is not None and head.last_event_id != last_id
    ):
        return ChainReport(
            checked,
            ChainBreak(None, "the newest events were removed (the chain head is further on)"),
        )
    return ChainReport(checked, None)
