"""A partnership's closure days, which the statutory clock does not count as working days."""

import datetime

from django.db import IntegrityError, transaction

from casewindow.accounts.actors import Actor
from casewindow.accounts.models import Partnership
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.models import ClosureDay


class ClosureRefused(ValueError):
    pass


@transaction.atomic
def closure_day_add(
    *, actor: Actor, partnership: Partnership, date: datetime.date, reason: str
) -> ClosureDay:
    """Record a day the partnership's offices are closed."""
    try:
        with transaction.atomic():
            closure = ClosureDay.objects.create(partnership=partnership, date=date, reason=reason)
    except IntegrityError:
        raise ClosureRefused(f"{date:%-d %B %Y} is already a closure day") from None
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added closure day {date:%-d %B %Y} to {partnership.name}",
        obj=closure,
        changes={"date": date.isoformat(), "reason": reason},
    )
    return closure


@transaction.atomic
def closure_day_remove(*, actor: Actor, closure: ClosureDay) -> None:
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed closure day {closure.date:%-d %B %Y} of {closure.partnership.name}",
        obj=closure,
    )
    closure.delete()
