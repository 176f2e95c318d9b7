"""The e-mails sent when someone is added to a review name the review by its reference and
title (never the names of the people in it), the role and who added them; people with an
account are told too; the lead can send an invitation again; the invitation's link signs the
person in once they have chosen a password."""

import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import MembershipFactory, UserFactory
from tests.pages import main_text, notification_banners
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
NEW_PASSWORD = "a-brand-new-password-77"


def _add(world: ReviewWorld, client: Client, email: str, **data: object) -> object:
    post = {
        "email": email,
        "full_name": "A Colleague",
        "job_title": "",
        "role": ReviewRole.PARTICIPANT,
    }
    return client.post(
        reverse("reviews:member_add", args=[world.review.reference]), {**post, **data}
    )


def _link(message: mail.EmailMessage) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


@pytest.mark.django_db
def test_the_invitation_names_the_review_the_role_and_who_added_them(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review = review_world.review
    review_world.person.real_name = "Kayden Smith"
    review_world.person.save()

    _add(review_world, client_for(review_world.lead), "sam.new@example.test", full_name="Sam New")

    [message] = mail.outbox
    assert message.subject == f"You have been added to review {review.reference} in Casewindow"
    assert f"{review.reference}: {review.title}" in message.body
    assert "as case group participant" in message.body
    assert f"{review_world.lead.full_name} has added you" in message.body
    assert "Kayden" not in message.body and "Smith" not in message.body


@pytest.mark.django_db
def test_someone_with_an_account_is_told_they_were_added_with_a_link_to_the_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    colleague = UserFactory(email="kim@agency.example")

    response = _add(review_world, client_for(review_world.lead), colleague.email)

    [message] = mail.outbox
    review = review_world.review
    assert message.to == [colleague.email]
    assert message.subject == f"You have been added to review {review.reference} in Casewindow"
    assert f"{review.reference}: {review.title}" in message.body
    assert f"{review_world.lead.full_name} has added you" in message.body
    assert _link(message) == reverse("reviews:review_home", args=[review.reference])
    assert "password" not in message.body.lower()
    assert response.status_code == 302


@pytest.mark.django_db
def test_the_lead_can_send_an_invitation_again_with_a_link_that_works(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    lead = client_for(review_world.lead)
    _add(review_world, lead, "sam.new@example.test", full_name="Sam New")
    membership = Membership.objects.get(user__email="sam.new@example.test")
    members = reverse("reviews:member_list", args=[review_world.review.reference])
    resend = reverse(
        "reviews:member_invitation_resend", args=[review_world.review.reference, membership.uuid]
    )
    assert "Invited: no password yet" in main_text(lead.get(members))
    assert resend in lead.get(members).content.decode()
    mail.outbox.clear()

    response = lead.post(resend, follow=True)

    assert notification_banners(response) == [
        "Invitation sent again to sam.new@example.test. The new link works for 3 days."
    ]
    [message] = mail.outbox
    assert review_world.review.reference in message.subject
    assert AuditEvent.objects.filter(
        action=AuditAction.UPDATE, summary="Sent the invitation to Sam New again"
    ).exists()
    browser = client_for(None)
    form_page = browser.get(_link(message), follow=True)
    assert "Choose your password" in main_text(form_page)
    saved = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert saved.redirect_chain[-1][0] == reverse("reviews:dashboard")
    assert "Your password is set and you are signed in" in notification_banners(saved)[0]
    assert review_world.review.title in main_text(saved)


@pytest.mark.django_db
def test_no_invitation_is_sent_again_to_someone_who_has_chosen_a_password(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    membership = review_world.memberships[ReviewRole.OBSERVER]
    resend = reverse(
        "reviews:member_invitation_resend", args=[review_world.review.reference, membership.uuid]
    )

    response = client_for(review_world.lead).post(resend, follow=True)

    assert mail.outbox == []
    assert "has already chosen a password" in main_text(response)


@pytest.mark.django_db
def test_only_the_lead_can_send_an_invitation_again(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    invited = MembershipFactory(
        review=review_world.review, user=UserFactory(password=None), role=ReviewRole.PARTICIPANT
    )
    invited.user.set_unusable_password()
    invited.user.save()
    resend = reverse(
        "reviews:member_invitation_resend", args=[review_world.review.reference, invited.uuid]
    )

    assert client_for(review_world.reviewer).post(resend).status_code == 403
    assert client_for(review_world.outsider).post(resend).status_code == 404
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_forgotten_password_reset_does_not_sign_the_person_in(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    browser = client_for(None)
    browser.post(reverse("accounts:password_reset"), {"email": review_world.observer.email})
    [message] = mail.outbox
    form_page = browser.get(_link(message), follow=True)
    assert "Choose a new password" in main_text(form_page)

    saved = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert saved["Location"] == reverse("accounts:password_reset_complete")
    assert browser.get(reverse("reviews:dashboard")).status_code == 302
