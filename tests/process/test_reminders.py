"""Reminders: sent once each, to the right people, never naming the child or family; a user
sees and turns off their own; two workers at once never send one twice (PostgreSQL)."""

import datetime
import threading
from collections.abc import Callable

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.process.models import Reminder, ReminderKind, ReminderOptOut
from casewindow.process.services.reminders import reminders_send
from tests.analysis.factories import ActionItemFactory, RecommendationFactory
from tests.factories import PersonFactory
from tests.world import ReviewWorld, build_review_world, world_drafts


def _today() -> datetime.date:
    """Today where the app reckons it (the local date), read at the moment of use: a module
    constant goes stale when a run crosses midnight."""
    return timezone.localdate()


def _overdue_action(world: ReviewWorld) -> None:
    """An overdue action owned by the reviewer (written as their name), in a review whose title
    and register name the child."""
    world.review.title = "Review of the care of Ava Thornbury"
    world.review.save()
    PersonFactory(review=world.review, real_name="Ava Thornbury", publication_label="Child A")
    recommendation = RecommendationFactory(review=world.review, owner_agency=world.agency)
    ActionItemFactory(
        recommendation=recommendation,
        text="Ava Thornbury's school to be invited to every strategy meeting",
        owner=world.reviewer.full_name,
        due_date=_today() - datetime.timedelta(days=10),
    )


@pytest.mark.django_db
def test_an_overdue_action_reminds_its_owner_and_the_lead_once(review_world: ReviewWorld) -> None:
    _overdue_action(review_world)

    assert reminders_send() == 2
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([review_world.lead.email, review_world.reviewer.email])
    assert "is overdue by" in mail.outbox[0].subject

    assert reminders_send() == 0  # a second run sends nothing new
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_reminder_emails_never_name_the_child_or_family(review_world: ReviewWorld) -> None:
    _overdue_action(review_world)
    reminders_send()
    for message in mail.outbox:
        text = message.subject + message.body
        assert "Ava" not in text and "Thornbury" not in text
        assert review_world.review.reference in text


@pytest.mark.django_db
def test_a_comment_window_closing_reminds_only_recipients_who_have_not_commented(
    review_world: ReviewWorld,
) -> None:
    shared, _ = world_drafts(review_world)
    # Closing tomorrow-or-so: within 2 working days whatever today is.
    closes = _today()
    shared.comments_close_on = closes
    shared.save()

    reminders_send()
    comment_mails = [m for m in mail.outbox if "comment window" in m.subject]
    # The participant commented already; the board reader has not.
    assert [m.to[0] for m in comment_mails] == [review_world.board_reader.email]


@pytest.mark.django_db
def test_an_approaching_statutory_date_reminds_the_lead_and_business_manager(
    review_world: ReviewWorld,
) -> None:
    # The world's lead is also its business manager; add a second manager.
    from casewindow.accounts.models import PartnershipRole
    from tests.factories import PartnershipMembershipFactory

    manager = PartnershipMembershipFactory(
        partnership=review_world.partnership, role=PartnershipRole.MANAGER
    ).user
    review_world.review.notification_date = _today() - datetime.timedelta(days=19)
    review_world.review.save()

    reminders_send()
    statutory = {m.to[0] for m in mail.outbox if "Rapid review" in m.subject}
    assert statutory == {review_world.lead.email, manager.email}


@pytest.mark.django_db
def test_a_user_who_turned_a_kind_off_gets_none_and_sees_their_own(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _overdue_action(review_world)
    client = client_for(review_world.reviewer)
    client.post(
        reverse("process:reminder_settings"),
        {"kinds": [ReminderKind.COMMENT_WINDOW, ReminderKind.STATUTORY_DATE]},
    )
    assert ReminderOptOut.objects.filter(user=review_world.reviewer, kind="action_due").exists()

    reminders_send()
    assert [m.to[0] for m in mail.outbox] == [review_world.lead.email]
    lead_page = client_for(review_world.lead).get(reverse("process:reminder_settings"))
    assert "is overdue by" in lead_page.content.decode()
    assert "is overdue by" not in client.get(reverse("process:reminder_settings")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_never_send_the_same_reminder_twice() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrent workers need PostgreSQL (run with DATABASE_URL=postgres://…)")
    worlds = [build_review_world() for _ in range(3)]
    for world in worlds:
        recommendation = RecommendationFactory(review=world.review, owner_agency=world.agency)
        for n in range(20):
            ActionItemFactory(
                recommendation=recommendation,
                text=f"Action {n}",
                owner=world.reviewer.full_name,
                due_date=_today() - datetime.timedelta(days=n),
            )
    start = threading.Barrier(2)
    counts: list[int] = []

    def worker() -> None:
        try:
            start.wait()
            counts.append(reminders_send())
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    sent = [(m.to[0], m.subject) for m in mail.outbox]
    assert sum(counts) == len(sent) == Reminder.objects.count() == 3 * 20 * 2
    keys = set(Reminder.objects.values_list("kind", "object_key", "due_date", "recipient"))
    assert len(keys) == Reminder.objects.count()
    assert reminders_send() == 0
