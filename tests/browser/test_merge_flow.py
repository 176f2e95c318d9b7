"""A reviewer reads the integrated chronology and its timeline, merges two agencies' accounts of
the same strategy meeting (which they date differently) into one event, sees both versions side
by side, and takes one back out. Every page on the way is screenshotted and checked with axe."""

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.evidence.models import ChronologyEntry, DatePrecision, Event
from casewindow.reviews.models import Agency, Person, Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-83"
REFERENCE = "LCSPR-2025-07"


def _entry(
    review: Review, agency: Agency, day: datetime.date, description: str, **extra
) -> ChronologyEntry:
    extra.setdefault("date_end", day)
    extra.setdefault("date_precision", DatePrecision.DAY)
    extra.setdefault("date_text", f"{day:%d/%m/%Y}")
    return ChronologyEntry.objects.create(
        review=review,
        agency=agency,
        date_start=day,
        description=description,
        original_row={"Date": extra["date_text"], "Event": description},
        **extra,
    )


@pytest.fixture
def reviewer() -> User:
    user = User.objects.create_user(
        email="rita.reviewer@northshire.example", password=PASSWORD, full_name="Rita Reviewer"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = Review.objects.create(
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: neglect over two years",
        review_type="lcspr_lt",
        scope_start=datetime.date(2024, 1, 1),
        scope_end=datetime.date(2024, 12, 31),
    )
    Membership.objects.create(review=review, user=user, role=ReviewRole.REVIEWER)
    police = Agency.objects.create(review=review, name="Northshire Police", kind="police")
    csc = Agency.objects.create(review=review, name="Children's social care", kind="csc")
    health = Agency.objects.create(review=review, name="Health visiting", kind="health_visiting")
    Person.objects.create(
        review=review, real_name="Jade Smith", publication_label="Child J", category="child"
    )
    _entry(
        review,
        health,
        datetime.date(2024, 2, 12),
        "Home visit: Child J weighed, weight below expected.",
        people_text="Child J, Mother",
    )
    _entry(
        review,
        police,
        datetime.date(2024, 3, 1),
        "Several calls to the address about noise.",
        date_end=datetime.date(2024, 3, 31),
        date_precision=DatePrecision.MONTH,
        date_text="March 2024",
    )
    _entry(
        review,
        csc,
        datetime.date(2024, 5, 1),
        "Strategy meeting held about Child J. Section 47 enquiries agreed.",
        people_text="Child J",
        time=datetime.time(10, 0),
    )
    _entry(
        review,
        police,
        datetime.date(2024, 5, 2),
        "Strategy meeting held about Child J, section 47 enquiries agreed.",
        people_text="Child J",
        date_text="2 May 2024",
    )
    _entry(
        review,
        health,
        datetime.date(2024, 8, 20),
        "Telephone call to mother: no answer.",
        people_text="Mother",
    )
    return user


def test_reviewer_merges_two_agencies_accounts_of_one_meeting(page: Page, reviewer: User) -> None:
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(reverse("reviews:review_home", args=[REFERENCE]))

    # The integrated chronology: every agency in date order, the agency on every line.
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Chronology"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Integrated chronology")
    table = page.get_by_role("table")
    expect(table.get_by_role("row")).to_have_count(1 + 5)
    expect(table.get_by_role("row").nth(2)).to_contain_text("March 2024 Month")
    expect(table.get_by_role("row").nth(2)).to_contain_text("Northshire Police")
    check_page(page, "merge-01-chronology")

    # Filtering by agency keeps the page compact and the results right.
    page.get_by_label("Agency").select_option(label="Health visiting")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("table").get_by_role("row")).to_have_count(1 + 2)
    check_page(page, "merge-02-chronology-filtered")

    # The timeline picture, with the list as its accessible alternative.
    page.get_by_role("link", name="Show as a timeline picture").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Timeline of the chronology")
    picture = page.get_by_role("img", name=re.compile("Timeline of the integrated chronology"))
    expect(picture).to_be_visible()
    expect(picture.locator("text").first).to_have_text(re.compile("^Health visiting"))
    check_page(page, "merge-03-timeline-filtered")
    page.get_by_role("link", name="Clear filters").click()
    expect(picture.locator("circle")).to_have_count(4)
    expect(picture.locator("rect[fill-opacity]")).to_have_count(1)  # March 2024: a bar
    check_page(page, "merge-04-timeline")
    page.get_by_role("link", name="Read the same entries as a list").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Integrated chronology")

    # The app suggests the pair; the reviewer confirms it.
    page.get_by_role("link", name="Entries that may be the same event").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Entries that may be the same event")
    suggestion = page.locator(".govuk-summary-card").first
    expect(suggestion).to_contain_text("Children's social care, Northshire Police")
    expect(suggestion).to_contain_text("Dates differ")
    expect(suggestion).to_contain_text("Both involve Child J")
    check_page(page, "merge-05-suggestions")
    suggestion.get_by_role("button", name=re.compile("^Same event: merge")).click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Merged: 2 entries (Children's social care, Northshire Police) are now one event"
    )
    expect(page.get_by_text("No suggestions.")).to_be_visible()
    check_page(page, "merge-06-suggestions-after-merge")
    event = Event.objects.get()
    assert sorted(event.entries.values_list("agency__name", flat=True)) == [
        "Children's social care",
        "Northshire Police",
    ]

    # In the chronology the two entries sit together under their event.
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Chronology"
    ).click()
    group = page.get_by_role("rowgroup").filter(
        has_text="recorded by Children's social care, Northshire Police"
    )
    expect(group.get_by_role("row")).to_have_count(3)
    expect(group).to_contain_text("Dates differ")
    check_page(page, "merge-07-chronology-with-event")

    # The event shows both versions side by side and the disagreement as a finding.
    group.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("^Strategy meeting held about Child J")
    )
    expect(page.get_by_text("The agencies disagree about when this happened")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("^Read as Differs"))).to_contain_text(
        "1 May 2024"
    )
    expect(page.get_by_role("row", name=re.compile("^Read as Differs"))).to_contain_text(
        "2 May 2024"
    )
    check_page(page, "merge-08-event")

    # The confirmation pages answer a GET, for uniform access checks; they too must be clean.
    police_entry = event.entries.get(agency__name="Northshire Police")
    page.goto(reverse("evidence:entry_unmerge", args=[REFERENCE, police_entry.uuid]))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Take the Northshire Police entry out of this event?"
    )
    check_page(page, "merge-09-unmerge-confirm")
    page.go_back()

    # Un-merge: the police entry goes back to a line of its own; the event is dissolved.
    page.get_by_role("button", name=re.compile("^Take out the Northshire Police entry")).click()
    expect(page.get_by_role("alert")).to_contain_text("is no longer part of the event")
    expect(page.get_by_role("heading", level=1)).to_have_text("Integrated chronology")
    expect(page.get_by_role("rowgroup").filter(has_text="recorded by")).to_have_count(0)
    assert not Event.objects.exists()
    check_page(page, "merge-10-chronology-after-unmerge")

    # The pair is not suggested again; the merge confirmation page reads well on its own.
    page.goto(reverse("evidence:merge_suggestions", args=[REFERENCE]))
    expect(page.get_by_text("No suggestions.")).to_be_visible()
    csc_entry = ChronologyEntry.objects.get(agency__name="Children's social care")
    page.goto(reverse("evidence:entry_merge", args=[REFERENCE, csc_entry.uuid, police_entry.uuid]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Merge these entries into one event?")
    check_page(page, "merge-11-merge-confirm")
    page.get_by_role("button", name="Yes, merge them").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Strategy meeting held"))
    assert Event.objects.count() == 1


def test_reviewer_confirms_a_group_of_three_agencies_as_one_event(
    page: Page, reviewer: User
) -> None:
    review = Review.objects.get(reference=REFERENCE)
    csc = review.agencies.get(name="Children's social care")
    police = review.agencies.get(name="Northshire Police")
    health = review.agencies.get(name="Health visiting")
    school = Agency.objects.create(review=review, name="Oak Primary School", kind="education")
    ChronologyEntry.objects.filter(review=review).delete()
    _entry(
        review,
        csc,
        datetime.date(2024, 6, 10),
        "Strategy discussion held with police, health and school. Threshold met for s47.",
        people_text="Child J",
    )
    _entry(
        review,
        police,
        datetime.date(2024, 6, 10),
        "Strat disc attended by DS Carter. Section 47 enquiries agreed.",
        people_text="Child J",
    )
    _entry(
        review,
        health,
        datetime.date(2024, 6, 13),
        "Minutes of strategy meeting received from MASH; HV contribution recorded.",
        people_text="Child J",
    )
    _entry(
        review,
        school,
        datetime.date(2024, 6, 10),
        "Child J in school, PE kit forgotten.",
        people_text="Child J",
    )
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(reverse("evidence:merge_suggestions", args=[REFERENCE]))
    suggestion = page.locator(".govuk-summary-card")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_contain_text("3 entries from 3 agencies")
    expect(suggestion).to_contain_text("Same kind of happening: strategy discussion")
    expect(suggestion).to_contain_text("minutes and outcomes are typed and sent days after")
    expect(suggestion.get_by_role("checkbox")).to_have_count(3)
    expect(suggestion).not_to_contain_text("PE kit")
    check_page(page, "merge-12-group-of-three")
    suggestion.get_by_role("button", name=re.compile("^Same event: merge")).click()
    expect(page.get_by_role("alert")).to_contain_text("Merged: 3 entries")
    expect(page.get_by_text("No suggestions.")).to_be_visible()

    page.goto(reverse("evidence:chronology", args=[REFERENCE]))
    group = page.get_by_role("rowgroup").filter(has_text="recorded by")
    expect(group).to_have_count(1)
    expect(group.get_by_role("row")).to_have_count(4)
    check_page(page, "merge-13-chronology-with-group-event")
    event = Event.objects.get()
    assert sorted(event.entries.values_list("agency__name", flat=True)) == [
        "Children's social care",
        "Health visiting",
        "Northshire Police",
    ]
