"""Choosing a new password by e-mail, without letting anyone find out which addresses have
accounts."""

import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from tests.factories import PASSWORD, UserFactory
from tests.pages import error_summary, main_text

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
RESET = reverse("accounts:password_reset")
NEW_PASSWORD = "a-brand-new-password-77"


def link_in(message: mail.EmailMessage) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_asking_for_a_reset_emails_a_link(client_for: ClientFor) -> None:
    user = UserFactory()

    response = client_for(None).post(RESET, {"email": user.email})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    [message] = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "Reset your Casewindow password"
    assert "/accounts/password-reset/" in link_in(message)


def test_the_link_lets_you_choose_a_new_password_and_sign_in_with_it(client_for: ClientFor) -> None:
    user = UserFactory()
    browser = client_for(None)
    browser.post(RESET, {"email": user.email})
    [message] = mail.outbox

    form_page = browser.get(link_in(message), follow=True)
    assert "Choose a new password" in main_text(form_page)
    saved = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert saved["Location"] == reverse("accounts:password_reset_complete")
    old = client_for(None).post(
        reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )
    assert old.status_code == 200
    new = client_for(None).post(
        reverse("accounts:login"), {"username": user.email, "password": NEW_PASSWORD}
    )
    assert new.status_code == 302


def test_the_link_works_only_once(client_for: ClientFor) -> None:
    user = UserFactory()
    client_for(None).post(RESET, {"email": user.email})
    link = link_in(mail.outbox[0])
    browser = client_for(None)
    form_page = browser.get(link, follow=True)
    browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    again = client_for(None).get(link, follow=True)

    assert "This link has expired" in main_text(again)


def test_a_weak_new_password_is_refused(client_for: ClientFor) -> None:
    user = UserFactory()
    browser = client_for(None)
    browser.post(RESET, {"email": user.email})
    form_page = browser.get(link_in(mail.outbox[0]), follow=True)

    response = browser.post(
        form_page.redirect_chain[-1][0], {"new_password1": "short", "new_password2": "short"}
    )

    assert response.status_code == 200
    assert error_summary(response)
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_an_unknown_address_gets_the_same_answer_and_no_email(client_for: ClientFor) -> None:
    user = UserFactory()

    known = client_for(None).post(RESET, {"email": user.email}, follow=True)
    mail.outbox.clear()
    unknown = client_for(None).post(RESET, {"email": "nobody@example.test"}, follow=True)

    assert mail.outbox == []
    assert unknown.redirect_chain == known.redirect_chain
    assert main_text(unknown) == main_text(known)
    assert "Check your e-mail" in main_text(unknown)


def test_a_tampered_link_is_refused(client_for: ClientFor) -> None:
    user = UserFactory()
    client_for(None).post(RESET, {"email": user.email})
    link = link_in(mail.outbox[0])

    response = client_for(None).get(link.rstrip("/")[:-3] + "abc/", follow=True)

    assert "This link has expired" in main_text(response)


def test_asking_for_a_reset_is_recorded_the_same_whether_or_not_the_address_has_an_account(
    client_for: ClientFor,
) -> None:
    from casewindow.audit.models import AuditAction, AuditEvent

    user = UserFactory()
    client_for(None).post(RESET, {"email": user.email})
    client_for(None).post(RESET, {"email": "nobody@example.test"})

    known, unknown = AuditEvent.objects.filter(action=AuditAction.PASSWORD_RESET).order_by("id")
    assert known.summary == f"Password reset link asked for {user.email}"
    assert unknown.summary == "Password reset link asked for nobody@example.test"
    for event in (known, unknown):
        assert event.actor is None
        assert event.actor_label == event.summary.rsplit(" ", 1)[1]
        assert event.object_type == "" and event.object_id == "" and event.changes == {}


def test_choosing_a_new_password_through_the_link_is_recorded(client_for: ClientFor) -> None:
    from casewindow.audit.models import AuditAction, AuditEvent

    user = UserFactory()
    browser = client_for(None)
    browser.post(RESET, {"email": user.email})
    [message] = mail.outbox
    form_page = browser.get(link_in(message), follow=True)
    browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    event = AuditEvent.objects.get(actor=user, action=AuditAction.PASSWORD_RESET)
    assert event.summary.startswith("Chose a new password through a reset link")
