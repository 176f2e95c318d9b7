"""The security events of a partnership's people, for its business managers: failed sign-ins
and lock-outs under their e-mail addresses, refused requests in the partnership's reviews,
probes and other security events, password resets and two-factor changes. Only events about
the partnership's own people and reviews: never another partnership's."""

import datetime

from django.db.models import Q, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone

from casewindow.accounts.models import Membership, Partnership, PartnershipMembership, User
from casewindow.audit.models import AuditAction, AuditEvent

DAYS = 90
KINDS = {
    "sign-in": ("Failed sign-ins and lock-outs", Q(action=AuditAction.SIGN_IN_FAILED)),
    "refused": (
        "Refused requests in the partnership's reviews",
        Q(action=AuditAction.ACCESS_DENIED),
    ),
    "security": ("Probes and other security events", Q(action=AuditAction.SECURITY)),
    "password": ("Password resets", Q(action=AuditAction.PASSWORD_RESET)),
    "two-factor": (
        "Two-factor sign-in and recovery codes",
        Q(summary__icontains="two-factor") | Q(summary__icontains="recovery code"),
    ),
}


def partnership_people(partnership: Partnership) -> QuerySet[User]:
    """Everyone in the partnership or in one of its reviews."""
    return User.objects.filter(
        Q(pk__in=PartnershipMembership.objects.filter(partnership=partnership).values("user"))
        | Q(pk__in=Membership.objects.filter(review__partnership=partnership).values("user"))
    )


def security_events(partnership: Partnership, *, kind: str = "") -> QuerySet[AuditEvent]:
    """The last DAYS days of security events about the partnership's people, newest first."""
    since = timezone.now() - datetime.timedelta(days=DAYS)
    people = partnership_people(partnership)
    emails = people.annotate(lowered=Lower("email")).values("lowered")
    about_people = Q(actor__in=people) | Q(actor__isnull=True, lowered_label__in=emails)
    in_reviews = Q(review__partnership=partnership, action=AuditAction.ACCESS_DENIED)
    every_kind = Q()
    for _label, condition in KINDS.values():
        every_kind |= condition
    chosen = KINDS[kind][1] if kind in KINDS else every_kind
    return (
        AuditEvent.objects.annotate(lowered_label=Lower("actor_label"))
        .filter(at__gte=since)
        .filter((about_people & ~Q(action=AuditAction.ACCESS_DENIED)) | in_reviews)
        .filter(chosen)
        .select_related("actor", "review")
        .order_by("-at", "-id")
    )
