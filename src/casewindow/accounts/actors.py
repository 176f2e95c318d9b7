"""Who did something: the `actor` that services take and write to the audit log.

A view passes `request.user` (a user, or the anonymous user of a public page); a background
task or the demo loader passes None. Services store the actor only when it is a signed-in user."""

from django.contrib.auth.models import AnonymousUser

from casewindow.accounts.models import User

Actor = User | AnonymousUser | None


def user_to_record(actor: object) -> User | None:
    """The actor as a user to record (`created_by`, `decided_by`, …), or None when nobody
    signed in did it."""
    return actor if isinstance(actor, User) and actor.is_authenticated else None
