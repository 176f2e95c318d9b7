"""A one-to-one conversation in the browser: the lead reviewer prepares questions, records the
conversation under the structure's headings, links the people it mentions and shares it; the
practitioner reads, comments and agrees; an edit withdraws the agreement and asks again.
Every page on the way is screenshotted and checked with axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.evidence.models import Conversation, ConversationStatus, PractitionerQuestion
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, Person, PersonCategory, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-09"


@pytest.fixture
def people() -> dict[str, User]:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child C: a baby's injuries",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    csc = Agency.objects.create(
        review=review, name="Northshire Children's Services", kind=AgencyKind.CHILDRENS_SOCIAL_CARE
    )
    Person.objects.create(
        review=review,
        real_name="Samir Haddad",
        category=PersonCategory.PROFESSIONAL,
        publication_label="Social Worker 1",
        agency=csc,
        job_title="Social worker",
    )
    Person.objects.create(
        review=review,
        real_name="Chloe Smith",
        aliases=["Clo"],
        category=PersonCategory.CHILD,
        publication_label="Child C",
    )
    practitioner = User.objects.create_user(
        email="samir.haddad@northshire.example", password=PASSWORD, full_name="Samir Haddad"
    )
    Membership.objects.create(
        review=review, user=practitioner, role=ReviewRole.PARTICIPANT, agency=csc
    )
    colleague = User.objects.create_user(
        email="other.worker@northshire.example", password=PASSWORD, full_name="Other Worker"
    )
    Membership.objects.create(review=review, user=colleague, role=ReviewRole.PARTICIPANT)
    return {"lead": lead, "practitioner": practitioner, "colleague": colleague}


def nav(page: Page, name: str):
    """A link of the review's navigation."""
    return page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name=name, exact=True
    )


def switch_user(page: Page, user: User) -> None:
    page.context.clear_cookies()
    sign_in(page, user.email, PASSWORD)
    # The home page: "What is waiting for you" first when something is, then "Your reviews".
    expect(page.get_by_role("heading", name="Your reviews")).to_be_visible()


def test_a_conversation_is_recorded_shared_and_agreed(
    page: Page, page_watch: PageWatch, people, mailoutbox
):
    sign_in(page, people["lead"].email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    nav(page, "Conversations").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Conversations with practitioners")
    expect(page.get_by_text("No conversation recorded yet")).to_be_visible()
    check_page(page, "conversations-01-list-empty")

    # Questions prepared from the records before the conversation.
    page.get_by_role("link", name=re.compile(r"^Questions \(0 of 0 asked\)")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Questions to put to Samir Haddad")
    check_page(page, "conversations-02-questions-empty")
    page.get_by_role("button", name="Add a question").click()
    check_page(page, "conversations-03-question-add")
    page.get_by_role("button", name="Add question").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the question")
    check_page(page, "conversations-04-question-add-errors")
    page.get_by_label("Question").fill("What did you make of the bruise reported in March?")
    page.get_by_label("Prepared from (optional)").fill("GP records, March 2024")
    page.get_by_role("button", name="Add question").click()
    expect(page.get_by_role("cell", name="What did you make of the bruise")).to_be_visible()
    check_page(page, "conversations-05-questions")
    page.get_by_role("link", name="Change question 1").click()
    check_page(page, "conversations-06-question-edit")
    page.get_by_role("link", name="Cancel").click()
    page.get_by_role("link", name="Remove question 1").click()
    check_page(page, "conversations-07-question-delete")
    page.get_by_role("link", name="No, go back").click()

    # Recording the conversation: first without a date, to see the errors.
    page.get_by_role("link", name="Record a conversation with Samir Haddad").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a conversation")
    expect(page.get_by_label("Practitioner", exact=True)).to_have_value(
        str(Person.objects.get(real_name="Samir Haddad").pk)
    )
    expect(page.get_by_text("What else was occupying you at the time?")).to_be_visible()
    check_page(page, "conversations-08-record")
    page.get_by_role("button", name="Record conversation").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(["Enter the date of the conversation"])
    check_page(page, "conversations-09-record-errors")

    held_on = page.get_by_role("group", name="Date of the conversation")
    held_on.get_by_label("Day").fill("14")
    held_on.get_by_label("Month").fill("5")
    held_on.get_by_label("Year").fill("2025")
    page.get_by_label("Overview", exact=True).fill(
        "I held the case from March. Chloe's mother was keen to work with us."
    )
    page.get_by_label("How it looked at the time").fill(
        "I thought the bruise was accidental; Clo was crawling by then."
    )
    page.get_by_label("The practitioner's own account of how things looked at the time").fill(
        "It looked like a family coping with a lot, and getting better."
    )
    page.get_by_role("button", name="Record conversation").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Samir Haddad (Social Worker 1)")
    expect(page.locator(".govuk-tag").first).to_have_text("Draft")
    check_page(page, "conversations-10-detail")

    # People mentioned: suggested from names and aliases, confirmed by a tick.
    chloe = page.get_by_label("Chloe Smith (Child C)")
    expect(chloe).not_to_be_checked()
    expect(page.get_by_text("Found as “Chloe”, “Clo” (2 times)")).to_be_visible()
    chloe.check()
    page.get_by_role("button", name="Save people mentioned").click()
    expect(page.get_by_label("Chloe Smith (Child C)")).to_be_checked()
    # The question is ticked off in this conversation.
    page.get_by_label("What did you make of the bruise reported in March?").check()
    page.get_by_role("button", name="Save questions asked").click()
    expect(page.get_by_label("What did you make of the bruise reported in March?")).to_be_checked()
    conversation = Conversation.objects.get()
    assert [p.real_name for p in conversation.people.all()] == ["Chloe Smith"]
    assert PractitionerQuestion.objects.get().conversation == conversation

    # Sharing with the practitioner's case-group membership.
    page.get_by_role("button", name="Share with the practitioner").click()
    check_page(page, "conversations-11-share")
    page.get_by_role("button", name="Share the notes").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select who the practitioner is")
    check_page(page, "conversations-12-share-errors")
    page.get_by_label(re.compile(r"^Samir Haddad \(samir")).check()
    page.get_by_role("button", name="Share the notes").click()
    expect(page.get_by_text("The notes are shared with Samir Haddad")).to_be_visible()
    assert [m.to for m in mailoutbox] == [[people["practitioner"].email]]
    nav(page, "Conversations").click()
    expect(page.get_by_role("cell", name="Shared")).to_be_visible()
    check_page(page, "conversations-13-list")

    # The practitioner reads, comments and agrees.
    switch_user(page, people["practitioner"])
    page.goto(f"/reviews/{REFERENCE}/")
    expect(nav(page, "Conversations")).to_have_count(0)
    nav(page, "My conversations").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your conversations")
    check_page(page, "conversations-14-mine")
    page.get_by_role("link", name="Conversation on 14 May 2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your conversation on 14 May 2025")
    expect(page.get_by_text("Chloe's mother was keen to work with us.")).to_be_visible()
    check_page(page, "conversations-15-mine-detail")
    page.get_by_role("link", name="Comment on this part about Overview").click()
    expect(page.get_by_label("Overview", exact=True)).to_be_checked()
    check_page(page, "conversations-16-comment")
    page.get_by_role("button", name="Add comment").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your comment")
    check_page(page, "conversations-17-comment-errors")
    page.get_by_label("Your comment").fill("I took the case over in April, not March.")
    page.get_by_role("button", name="Add comment").click()
    expect(page.get_by_text("I took the case over in April, not March.")).to_be_visible()
    page.get_by_role("button", name="I agree these notes are an accurate record").click()
    expect(page.get_by_text("You have agreed the notes as an accurate record")).to_be_visible()
    check_page(page, "conversations-18-agreed")

    # Nobody else in the case group can open it.
    conversation_url = page.url
    switch_user(page, people["colleague"])
    page_watch.expect_console_error(r"status of 404 .*/my-conversations/")
    response = page.goto(conversation_url)
    assert response is not None and response.status == 404

    # The lead corrects the notes: the agreement is withdrawn and asked for again.
    switch_user(page, people["lead"])
    page.goto(f"/reviews/{REFERENCE}/conversations/{conversation.uuid}/")
    expect(page.get_by_text("I took the case over in April, not March.")).to_be_visible()
    expect(page.get_by_text("Agreed as an accurate record")).to_be_visible()
    page.get_by_role("button", name="Change the notes").click()
    expect(page.get_by_text("their agreement is withdrawn")).to_be_visible()
    check_page(page, "conversations-19-edit")
    page.get_by_label("Overview", exact=True).fill(
        "I held the case from April. Chloe's mother was keen to work with us."
    )
    page.get_by_role("button", name="Save notes").click()
    expect(page.get_by_text("The practitioner's agreement was withdrawn")).to_be_visible()
    expect(page.get_by_role("strong").filter(has_text="Changed since agreed")).to_be_visible()
    assert "changed after you agreed" in mailoutbox[-1].body
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.SHARED and conversation.version == 2

    switch_user(page, people["practitioner"])
    page.goto(conversation_url)
    expect(
        page.get_by_text("The notes changed after you agreed them: please read and agree again.")
    ).to_be_visible()
    check_page(page, "conversations-20-changed-since-agreed")
    page.get_by_role("button", name="I agree these notes are an accurate record").click()
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.AGREED and conversation.agreed_version == 2
