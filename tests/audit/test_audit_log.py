"""The audit log: what is recorded, that it cannot be changed, and the lead reviewer's view and
CSV download of it."""

import csv
import datetime
import io
from collections.abc import Callable
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.audit.services import audit_record
from tests.factories import PASSWORD, MembershipFactory, UserFactory
from tests.helpers import date_post
from tests.pages import main_text
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
LONDON = ZoneInfo("Europe/London")


def log_url(world: ReviewWorld) -> str:
    return reverse("audit:review_log", args=[world.review.reference])


def csv_url(world: ReviewWorld) -> str:
    return reverse("audit:review_log_csv", args=[world.review.reference])


def record_at(when: datetime.datetime, **kwargs: object) -> AuditEvent:
    """An event as if it had happened at `when` (the log's time is set by the database layer)."""
    with mock.patch("django.utils.timezone.now", return_value=when):
        return audit_record(**kwargs)


def csv_rows(response: object) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff"), "the BOM lets Excel read the file as UTF-8"
    return list(csv.reader(io.StringIO(content[1:])))


# What is recorded -------------------------------------------------------------------------


@pytest.mark.django_db
def test_opening_a_review_page_records_one_view_with_who_where_and_what(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("reviews:review_home", args=[review_world.review.reference])
    client = client_for(review_world.reviewer)
    before = AuditEvent.objects.count()

    client.get(url, REMOTE_ADDR="192.0.2.15", HTTP_USER_AGENT="Firefox/140")

    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.get(action=AuditAction.VIEW)
    assert event.actor == review_world.reviewer
    assert event.actor_label == f"{review_world.reviewer.full_name} <{review_world.reviewer.email}>"
    assert event.review == review_world.review
    assert event.ip_address == "192.0.2.15"
    assert event.user_agent == "Firefox/140"
    assert event.path == url


@pytest.mark.django_db
def test_opening_one_object_records_which_object_was_read(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    person = review_world.person
    url = reverse("reviews:person_detail", args=[review_world.review.reference, person.uuid])

    client_for(review_world.observer).get(url)

    event = AuditEvent.objects.get(action=AuditAction.VIEW)
    assert (event.object_type, event.object_id) == ("reviews.Person", str(person.uuid))
    assert event.actor == review_world.observer


@pytest.mark.django_db
def test_a_refused_page_is_recorded_as_refused_not_as_read(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("reviews:person_list", args=[review_world.review.reference])

    client_for(review_world.participant).get(url)

    assert not AuditEvent.objects.filter(action=AuditAction.VIEW).exists()
    event = AuditEvent.objects.get(action=AuditAction.ACCESS_DENIED)
    assert event.actor == review_world.participant
    assert event.review == review_world.review
    assert "person.view" in event.summary


@pytest.mark.django_db
def test_a_change_records_the_fields_that_changed_with_old_and_new_values(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    agency = review_world.agency
    url = reverse("reviews:agency_edit", args=[review_world.review.reference, agency.uuid])
    old_name = agency.name

    client_for(review_world.reviewer).post(
        url,
        {
            "name": "Eastshire Police",
            "kind": agency.kind,
            "publication_label": "Police",
            "contact": "",
        },
    )

    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert event.changes == {
        "name": [old_name, "Eastshire Police"],
        "publication_label": ["", "Police"],
    }
    assert event.actor == review_world.reviewer
    assert (event.object_type, event.object_id) == ("reviews.Agency", str(agency.uuid))


@pytest.mark.django_db
def test_changing_review_dates_records_them_as_text(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("reviews:review_edit", args=[review_world.review.reference])
    data = {
        "title": review_world.review.title,
        "review_type": review_world.review.review_type,
        **date_post("scope_start", datetime.date(2024, 3, 1)),
    }

    client_for(review_world.lead).post(url, data)

    event = AuditEvent.objects.get(action=AuditAction.UPDATE)
    assert event.changes == {"scope_start": [None, "2024-03-01"]}


@pytest.mark.django_db
def test_saving_without_changing_anything_records_no_change(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    agency = review_world.agency
    url = reverse("reviews:agency_edit", args=[review_world.review.reference, agency.uuid])

    client_for(review_world.reviewer).post(
        url, {"name": agency.name, "kind": agency.kind, "publication_label": "", "contact": ""}
    )

    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


@pytest.mark.django_db
def test_signing_in_and_out_are_recorded(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)

    client.post(
        reverse("accounts:login"),
        {"username": user.email, "password": PASSWORD},
        REMOTE_ADDR="192.0.2.7",
    )
    client.post(reverse("accounts:logout"))

    signed_in = AuditEvent.objects.get(action=AuditAction.SIGN_IN)
    assert (signed_in.actor, signed_in.ip_address) == (user, "192.0.2.7")
    assert signed_in.path == reverse("accounts:login")
    assert AuditEvent.objects.get(action=AuditAction.SIGN_OUT).actor == user


@pytest.mark.django_db
def test_a_failed_sign_in_is_recorded_with_the_address_tried(client_for: ClientFor) -> None:
    user = UserFactory()

    client_for(None).post(
        reverse("accounts:login"), {"username": user.email, "password": "wrong-password"}
    )

    event = AuditEvent.objects.get(action=AuditAction.SIGN_IN_FAILED)
    assert event.actor is None
    assert event.actor_label == user.email
    assert event.summary == f"Failed sign-in for {user.email}"
    assert event.ip_address == "127.0.0.1"


# Append-only ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_audit_event_cannot_be_changed_once_written() -> None:
    event = audit_record(actor=None, action=AuditAction.CREATE, summary="Something happened")
    event.summary = "Something else happened"

    with pytest.raises(PermissionError):
        event.save()
    assert AuditEvent.objects.get(pk=event.pk).summary == "Something happened"


@pytest.mark.django_db
def test_an_audit_event_cannot_be_deleted() -> None:
    event = audit_record(actor=None, action=AuditAction.CREATE, summary="Something happened")

    with pytest.raises(PermissionError):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.django_db
def test_audit_events_cannot_be_updated_or_deleted_in_bulk() -> None:
    audit_record(actor=None, action=AuditAction.CREATE, summary="Something happened")

    with pytest.raises(PermissionError):
        AuditEvent.objects.all().update(summary="Nothing happened")
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(action=AuditAction.CREATE).delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(summary="Nothing happened")
    assert AuditEvent.objects.get().summary == "Something happened"


# The lead reviewer's view of the log ------------------------------------------------------


@pytest.fixture
def dated_events(review_world: ReviewWorld) -> dict[str, AuditEvent]:
    """Events by the reviewer and the observer on three days, plus one in another review."""
    review = review_world.review
    events = {}
    for key, actor, when in [
        (
            "reviewer-jan",
            review_world.reviewer,
            datetime.datetime(2025, 1, 10, 9, 0, tzinfo=LONDON),
        ),
        (
            "reviewer-feb",
            review_world.reviewer,
            datetime.datetime(2025, 2, 10, 9, 0, tzinfo=LONDON),
        ),
        (
            "observer-feb",
            review_world.observer,
            datetime.datetime(2025, 2, 20, 23, 30, tzinfo=LONDON),
        ),
        (
            "reviewer-mar",
            review_world.reviewer,
            datetime.datetime(2025, 3, 10, 0, 30, tzinfo=LONDON),
        ),
    ]:
        events[key] = record_at(
            when, actor=actor, action=AuditAction.UPDATE, summary=f"Event {key}", review=review
        )
    other = MembershipFactory(role=ReviewRole.LEAD_REVIEWER).review
    events["other-review"] = record_at(
        datetime.datetime(2025, 2, 15, 12, 0, tzinfo=LONDON),
        actor=review_world.reviewer,
        action=AuditAction.UPDATE,
        summary="Event other-review",
        review=other,
    )
    return events


@pytest.mark.django_db
def test_the_log_shows_only_this_reviews_events(
    review_world: ReviewWorld, client_for: ClientFor, dated_events: dict[str, AuditEvent]
) -> None:
    text = main_text(client_for(review_world.lead).get(log_url(review_world)))

    for key in ["reviewer-jan", "reviewer-feb", "observer-feb", "reviewer-mar"]:
        assert f"Event {key}" in text
    assert "Event other-review" not in text


@pytest.mark.django_db
def test_the_lead_reviewer_filters_the_log_by_person_and_dates(
    review_world: ReviewWorld, client_for: ClientFor, dated_events: dict[str, AuditEvent]
) -> None:
    query = {
        "actor": review_world.reviewer.pk,
        **date_post("date_from", datetime.date(2025, 2, 1)),
        **date_post("date_to", datetime.date(2025, 3, 9)),
    }

    text = main_text(client_for(review_world.lead).get(log_url(review_world), query))

    assert "Event reviewer-feb" in text
    for key in ["reviewer-jan", "observer-feb", "reviewer-mar", "other-review"]:
        assert f"Event {key}" not in text


@pytest.mark.django_db
def test_the_date_range_includes_the_whole_of_both_days_in_local_time(
    review_world: ReviewWorld, client_for: ClientFor, dated_events: dict[str, AuditEvent]
) -> None:
    query = {
        **date_post("date_from", datetime.date(2025, 2, 20)),
        **date_post("date_to", datetime.date(2025, 3, 10)),
    }

    text = main_text(client_for(review_world.lead).get(log_url(review_world), query))

    assert "Event observer-feb" in text  # 23:30 on the first day
    assert "Event reviewer-mar" in text  # 00:30 on the last day
    assert "Event reviewer-feb" not in text


@pytest.mark.django_db
def test_a_reviewer_cannot_open_the_audit_log(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.reviewer)

    assert client.get(log_url(review_world)).status_code == 403
    assert client.get(csv_url(review_world)).status_code == 403
    assert not AuditEvent.objects.filter(action=AuditAction.DOWNLOAD).exists()


# CSV download -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_csv_download_has_a_header_row_and_the_events(
    review_world: ReviewWorld, client_for: ClientFor, dated_events: dict[str, AuditEvent]
) -> None:
    response = client_for(review_world.lead).get(csv_url(review_world))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="{review_world.review.reference}-audit-log-'
    )
    header, *rows = csv_rows(response)
    assert header == [
        "when",
        "who",
        "action",
        "summary",
        "object type",
        "object id",
        "changes",
        "ip address",
        "path",
    ]
    reviewer = review_world.reviewer
    assert [
        "2025-02-10T09:00:00+00:00",
        f"{reviewer.full_name} <{reviewer.email}>",
        "Changed",
        "Event reviewer-feb",
        "",
        "",
        "",
        "",
        "",
    ] in rows
    assert not any(row[3] == "Event other-review" for row in rows)


@pytest.mark.django_db
def test_the_csv_download_follows_the_filters(
    review_world: ReviewWorld, client_for: ClientFor, dated_events: dict[str, AuditEvent]
) -> None:
    query = {"actor": review_world.observer.pk}

    _header, *rows = csv_rows(client_for(review_world.lead).get(csv_url(review_world), query))

    assert [row[3] for row in rows] == ["Event observer-feb"]


@pytest.mark.django_db
def test_downloading_the_log_is_itself_recorded(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.lead).get(csv_url(review_world))

    event = AuditEvent.objects.get(action=AuditAction.DOWNLOAD)
    assert event.actor == review_world.lead
    assert event.review == review_world.review
    _header, *rows = csv_rows(response)
    assert any(
        row[2] == "Downloaded" and row[3] == "Downloaded the audit log as CSV" for row in rows
    )


@pytest.mark.parametrize(
    "formula", ['=HYPERLINK("http://evil.test","x")', "+1+1", "-1+1", "@SUM(A1)"]
)
@pytest.mark.django_db
def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(
    review_world: ReviewWorld, client_for: ClientFor, formula: str
) -> None:
    audit_record(
        actor=review_world.reviewer,
        action=AuditAction.UPDATE,
        summary=formula,
        review=review_world.review,
    )

    _header, *rows = csv_rows(client_for(review_world.lead).get(csv_url(review_world)))

    summaries = [row[3] for row in rows]
    assert "'" + formula in summaries
    assert formula not in summaries


@pytest.mark.django_db
def test_a_members_name_that_looks_like_a_formula_is_neutralised_in_the_csv(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    # Names are typed in by whoever invites someone, so they are not to be trusted either.
    schemer = UserFactory(full_name='=HYPERLINK("http://evil.test")', email="schemer@example.test")
    MembershipFactory(review=review_world.review, user=schemer, role=ReviewRole.REVIEWER)
    client_for(schemer).get(reverse("reviews:review_home", args=[review_world.review.reference]))

    _header, *rows = csv_rows(client_for(review_world.lead).get(csv_url(review_world)))

    whos = {row[1] for row in rows}
    assert '\'=HYPERLINK("http://evil.test") <schemer@example.test>' in whos
    assert not any(cell.startswith("=") for row in rows for cell in row)
