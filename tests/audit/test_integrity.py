"""The audit log cannot be changed or emptied through any route, and a change made behind the
database's back (triggers dropped) is found by `casewindow audit_verify`."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError

from casewindow.audit.integrity import append_only_enforce, append_only_lift
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.audit.services import audit_record
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _events(count: int = 3) -> list[AuditEvent]:
    user = UserFactory()
    return [
        audit_record(actor=user, action=AuditAction.UPDATE, summary=f"Event {n}")
        for n in range(count)
    ]


def _refused(action) -> None:
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        action()


def test_the_base_manager_cannot_update_or_delete_events() -> None:
    event = _events(1)[0]

    _refused(lambda: AuditEvent._base_manager.filter(pk=event.pk).update(summary="Nothing"))
    _refused(lambda: AuditEvent._base_manager.filter(pk=event.pk).delete())
    event.refresh_from_db()
    assert event.summary == "Event 0"


def test_raw_delete_is_refused() -> None:
    event = _events(1)[0]

    _refused(lambda: AuditEvent._base_manager.filter(pk=event.pk)._raw_delete(connection.alias))
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_raw_sql_cannot_update_delete_or_empty_the_table() -> None:
    event = _events(1)[0]

    def run(sql: str):
        return lambda: connection.cursor().execute(sql, [event.pk] if "%s" in sql else None)

    _refused(run("UPDATE audit_auditevent SET summary = 'Nothing' WHERE id = %s"))
    _refused(run("DELETE FROM audit_auditevent WHERE id = %s"))
    if connection.vendor == "postgresql":
        _refused(run("TRUNCATE audit_auditevent"))
    assert AuditEvent.objects.get(pk=event.pk).summary == "Event 0"


def test_the_orm_still_refuses_too() -> None:
    event = _events(1)[0]

    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(summary="Nothing")
    with pytest.raises(PermissionError):
        event.delete()


def test_audit_verify_passes_on_an_untouched_log(capsys) -> None:
    _events(5)

    call_command("audit_verify")

    assert "Audit log intact: 5 events checked" in capsys.readouterr().out


def _tamper(sql: str, params: list) -> None:
    """What someone with the database owner's rights could do: drop the triggers, change the
    table, put the triggers back."""
    append_only_lift()
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    finally:
        append_only_enforce()


def test_audit_verify_reports_an_edited_event() -> None:
    events = _events(5)
    _tamper("UPDATE audit_auditevent SET summary = %s WHERE id = %s", ["Harmless", events[2].pk])

    with pytest.raises(CommandError, match=rf"at event {events[2].pk}: its content was changed"):
        call_command("audit_verify")


def test_audit_verify_reports_a_removed_event() -> None:
    events = _events(5)
    _tamper("DELETE FROM audit_auditevent WHERE id = %s", [events[1].pk])

    with pytest.raises(CommandError, match=rf"at event {events[2].pk}: does not follow"):
        call_command("audit_verify")


def test_audit_verify_reports_the_newest_events_removed() -> None:
    events = _events(5)
    _tamper("DELETE FROM audit_auditevent WHERE id >= %s", [events[3].pk])

    with pytest.raises(CommandError, match="after the last event: the newest events were removed"):
        call_command("audit_verify")


def test_audit_verify_reports_a_rehashed_event_that_no_longer_links() -> None:
    # Editing a row and recomputing its own hash is not enough: the next row still points at
    # the old hash.
    from casewindow.audit.integrity import HASHED_FIELDS, event_hash

    events = _events(4)
    row = AuditEvent.objects.filter(pk=events[1].pk).values(*HASHED_FIELDS, "prev_hash").get()
    row["summary"] = "Harmless"
    _tamper(
        "UPDATE audit_auditevent SET summary = %s, row_hash = %s WHERE id = %s",
        ["Harmless", event_hash(row, row["prev_hash"]), events[1].pk],
    )

    with pytest.raises(CommandError, match=rf"at event {events[2].pk}: does not follow"):
        call_command("audit_verify")


def test_a_user_who_acted_cannot_be_deleted_and_the_log_keeps_their_name() -> None:
    user = UserFactory(full_name="Ada Reviewer", email="ada@example.test")
    event = audit_record(actor=user, action=AuditAction.UPDATE, summary="Changed something")

    with pytest.raises(ProtectedError), transaction.atomic():
        user.delete()

    event.refresh_from_db()
    assert event.actor == user
    assert event.actor_label == "Ada Reviewer <ada@example.test>"
    # Switching the account off is the way to stop someone signing in.
    user.is_active = False
    user.save()
    assert AuditEvent.objects.get(pk=event.pk).actor_id == user.pk
