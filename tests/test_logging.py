"""A refused page (403) does not print tracebacks in the server's terminal; any other error
reaches exactly one handler (Django's default printed each twice under DEBUG)."""

import logging

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from casewindow.audit.models import AuditAction, AuditEvent


def _emitting_handlers(record: logging.LogRecord) -> list[logging.Handler]:
    """The handlers that would print this record, following propagation from its logger."""
    found = []
    logger: logging.Logger | None = logging.getLogger(record.name)
    while logger is not None:
        if logger.isEnabledFor(record.levelno):
            found += [
                h
                for h in logger.handlers
                # pytest's own capturing handlers are not the terminal's.
                if not type(h).__module__.startswith("_pytest")
                and h.level <= record.levelno
                and h.filter(record)
            ]
        logger = logger.parent if logger.propagate else None
    return found


def _record(status: int, level: int, exc: Exception) -> logging.LogRecord:
    record = logging.getLogger("django.request").makeRecord(
        "django.request",
        level,
        __file__,
        1,
        "Refused: %s",
        ("/reviews/X/",),
        (type(exc), exc, None),
    )
    record.status_code = status
    return record


def test_a_refusal_is_not_logged_with_a_traceback() -> None:
    record = _record(403, logging.WARNING, PermissionDenied("no"))

    assert _emitting_handlers(record) == []


def test_a_server_error_is_printed_once() -> None:
    record = _record(500, logging.ERROR, RuntimeError("broken"))

    assert len(_emitting_handlers(record)) == 1


@pytest.mark.django_db
def test_a_refusal_is_still_in_the_audit_log(review_world, client_for) -> None:
    url = reverse("reviews:person_list", args=[review_world.review.reference])

    assert client_for(review_world.participant).get(url).status_code == 403
    assert AuditEvent.objects.filter(action=AuditAction.ACCESS_DENIED).exists()
