"""A case-group participant signs in and their home page says what waits for them: the draft
open for their comments (with the day comments close) and the notes of their conversation to
read and agree; they follow each link, agree the notes, and the notes leave the list."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.drafts import services as draft_services
from casewindow.evidence.models import Conversation, ConversationStatus
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, Person, PersonCategory, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "quiet-orchard-lamp-93"
REFERENCE = "LCSPR-2025-31"


@pytest.fixture
def participant() -> User:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child K: neglect over several years",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    police = Agency.objects.create(review=review, name="Northshire Police", kind=AgencyKind.POLICE)
    user = User.objects.create_user(
        email="sam.taylor@police.example", password=PASSWORD, full_name="Sam Taylor"
    )
    membership = Membership.objects.create(
        review=review, user=user, role=ReviewRole.PARTICIPANT, agency=police
    )
    practitioner = Person.objects.create(
        review=review,
        real_name="Sam Taylor",
        category=PersonCategory.PROFESSIONAL,
        publication_label="Police officer",
        agency=police,
    )
    Conversation.objects.create(
        review=review,
        practitioner=practitioner,
        held_on=timezone.localdate() - datetime.timedelta(days=9),
        notes={"overview": "I attended the address twice in March."},
        status=ConversationStatus.SHARED,
        shared_with=membership,
    )
    draft = draft_services.draft_create(actor=lead, review=review)
    draft_services.draft_share(
        actor=lead,
        draft=draft,
        users=[user],
        closes_on=timezone.localdate() + datetime.timedelta(days=10),
    )
    return user


def test_participant_home_lists_the_open_draft_and_notes_to_agree(
    page: Page, page_watch: PageWatch, participant: User
):
    sign_in(page, participant.email, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("What is waiting for you")
    closes = timezone.localdate() + datetime.timedelta(days=10)
    drafts = page.locator(".cw-waiting").nth(1)
    expect(drafts).to_contain_text("Draft 1 of the report")
    expect(drafts).to_contain_text("Open for your comments")
    expect(drafts).to_contain_text(f"Comments close on {closes.day} {closes:%B %Y} (in 10 days)")
    expect(drafts).to_contain_text(REFERENCE)
    held = timezone.localdate() - datetime.timedelta(days=9)
    notes_link = page.get_by_role("link", name=f"Notes of your conversation on {held.day}")
    expect(notes_link).to_be_visible()
    expect(page.get_by_role("button", name="Create a partnership")).to_have_count(0)
    check_page(page, "participant-home-01-waiting")

    drafts.get_by_role("link", name="Draft 1 of the report").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Draft 1")
    check_page(page, "participant-home-02-draft")

    page.get_by_role("link", name="Your reviews").first.click()
    page.get_by_role("link", name=f"Notes of your conversation on {held.day}").click()
    page.get_by_role("button", name="I agree these notes are an accurate record").click()
    expect(page.get_by_role("alert")).to_contain_text("You have agreed the notes")
    check_page(page, "participant-home-03-agreed")

    page.get_by_role("link", name="Your reviews").first.click()
    expect(page.get_by_text("Conversation notes to read and agree")).to_have_count(0)
    expect(page.get_by_text("Draft 1 of the report")).to_be_visible()
    check_page(page, "participant-home-04-after")

    page.get_by_role("link", name="Partnerships").click()
    expect(page.get_by_role("button", name="Create a partnership")).to_have_count(0)
