"""The multi-agency narrative: saving with optimistic locking, the version history and its
restore, chronology links, ordering, soft delete and restore, sanitised rich text (a script
stored by one user is never active on another's page), the working copy kept by autosave,
and the narrative as report content."""

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.analysis.models import AgencyPerspective, NarrativeSection, NarrativeWorkingCopy
from casewindow.analysis.richtext import markdown_to_html, sanitise_html
from casewindow.analysis.selectors.narrative import (
    chronology_choices,
    narrative_sections,
    version_diff,
)
from casewindow.analysis.services import narrative as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reports.content import Block
from casewindow.reports.narrative import narrative_for_report
from tests.analysis.factories_narrative import narrative_section
from tests.evidence.factories import ChronologyEntryFactory, EventFactory
from tests.factories import AgencyFactory
from tests.pages import error_summary, html, main_text, notification_banners
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]
D = datetime.date


def _edit(world: ReviewWorld, section: NarrativeSection, version: int | None, actor=None, **v):
    values = {
        "title": section.title,
        "period_text": section.period_text,
        "period_start": section.period_start,
        "period_end": section.period_end,
        "body": section.body,
        **v,
    }
    return services.section_save(
        actor=actor or world.reviewer,
        review=world.review,
        section=section,
        values=values,
        expected_version=version,
    )


def _perspective(world: ReviewWorld, section, agency=None, body="Seen as coping.", actor=None):
    return services.perspective_save(
        actor=actor or world.reviewer,
        section=section,
        perspective=None,
        agency=agency or world.agency,
        body=body,
        expected_version=None,
    )


def _url(world: ReviewWorld, name: str, *args) -> str:
    return reverse(f"analysis:{name}", args=[world.review.reference, *args])


# --- services ---------------------------------------------------------------------------------


def test_sections_are_placed_in_order_and_every_save_is_a_version(
    review_world: ReviewWorld,
) -> None:
    first = narrative_section(review_world.review, review_world.lead, title="Pregnancy")
    second = narrative_section(review_world.review, review_world.lead, title="The first months")
    assert (first.position, second.position) == (1, 2)
    _edit(review_world, first, 1, body="The family moved to Northbridge in 2023.")
    _perspective(review_world, first)

    numbers = list(first.revisions.order_by("number").values_list("number", "note"))
    assert numbers == [
        (1, "Added the section"),
        (2, "Changed the section"),
        (3, f"Added the perspective of {review_world.agency.name}"),
    ]
    latest = first.revisions.get(number=3)
    assert latest.body == "The family moved to Northbridge in 2023."
    assert latest.perspectives == [
        {
            "agency": str(review_world.agency.uuid),
            "agency_name": review_world.agency.name,
            "body": "Seen as coping.",
        }
    ]
    assert AuditEvent.objects.filter(
        action=AuditAction.UPDATE, object_id=str(first.uuid), review=review_world.review
    ).exists()


def test_saving_unchanged_text_makes_no_new_version(review_world: ReviewWorld) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    _edit(review_world, section, 1)
    section.refresh_from_db()
    assert section.version == 1
    assert section.revisions.count() == 1


def test_an_edit_from_an_old_version_is_refused_naming_who_changed_it(
    review_world: ReviewWorld,
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    _edit(review_world, section, 1, actor=review_world.lead, body="The lead's account.")

    with pytest.raises(EditConflict) as refused:
        _edit(review_world, section, 1, body="The reviewer's account.")

    assert "Lead reviewer Person changed this" in str(refused.value)
    section.refresh_from_db()
    assert section.body == "The lead's account.", "the first save is never overwritten silently"


def test_a_perspective_edit_from_an_old_version_is_refused(review_world: ReviewWorld) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    perspective = _perspective(review_world, section)
    services.perspective_save(
        actor=review_world.lead,
        section=section,
        perspective=perspective,
        agency=None,
        body="Lead's version",
        expected_version=1,
    )
    with pytest.raises(EditConflict):
        services.perspective_save(
            actor=review_world.reviewer,
            section=section,
            perspective=perspective,
            agency=None,
            body="Reviewer's version",
            expected_version=1,
        )


def test_one_live_perspective_per_agency_but_a_removed_one_does_not_block(
    review_world: ReviewWorld,
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    first = _perspective(review_world, section)
    with pytest.raises(services.NarrativeError, match="already has a perspective"):
        _perspective(review_world, section)
    services.perspective_remove(actor=review_world.reviewer, perspective=first)
    second = _perspective(review_world, section, body="Written again")
    assert second.pk != first.pk
    with pytest.raises(services.NarrativeError, match="newer perspective"):
        services.perspective_restore(actor=review_world.lead, perspective=first)


def test_an_agency_of_another_review_cannot_be_given_a_perspective(
    review_world: ReviewWorld,
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    with pytest.raises(services.NarrativeError):
        _perspective(review_world, section, agency=AgencyFactory())


def test_restoring_an_old_version_makes_a_new_one_with_its_text_and_perspectives(
    review_world: ReviewWorld,
) -> None:
    other = AgencyFactory(review=review_world.review, name="Little Acorns Day Nursery")
    section = narrative_section(review_world.review, review_world.lead, body="First account.")
    perspective = _perspective(review_world, section, body="Original perspective.")
    # version 2 holds "First account." and the original perspective
    _edit(review_world, section, 1, body="Second account.")
    services.perspective_save(
        actor=review_world.reviewer,
        section=section,
        perspective=perspective,
        agency=None,
        body="Changed perspective.",
        expected_version=1,
    )
    _perspective(review_world, section, agency=other, body="Nursery's view.")
    section.refresh_from_db()

    services.revision_restore(
        actor=review_world.lead,
        section=section,
        revision=section.revisions.get(number=2),
        expected_version=section.version,
    )

    section.refresh_from_db()
    assert section.body == "First account."
    assert "First account." in section.body_html
    live = {
        p.agency.name: p.body for p in AgencyPerspective.objects.alive().filter(section=section)
    }
    assert live == {review_world.agency.name: "Original perspective."}
    assert AgencyPerspective.objects.filter(section=section, agency=other).get().deleted_at
    newest = section.revisions.order_by("-number").first()
    assert (newest.number, newest.note) == (6, "Restored version 2")
    assert section.revisions.count() == 6, "the versions in between stay in the history"


def test_restoring_an_old_version_over_a_newer_save_is_refused(review_world: ReviewWorld) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    _edit(review_world, section, 1, body="Newer")
    with pytest.raises(EditConflict):
        services.revision_restore(
            actor=review_world.lead,
            section=section,
            revision=section.revisions.get(number=1),
            expected_version=1,
        )


def test_the_difference_between_versions_marks_added_and_removed_lines(
    review_world: ReviewWorld,
) -> None:
    section = narrative_section(review_world.review, review_world.lead, body="Line one\nLine two")
    _edit(review_world, section, 1, body="Line one\nLine three")
    old, new = section.revisions.order_by("number")
    parts = {part.label: part for part in version_diff(old, new)}
    text = [(line.kind, line.text) for line in parts["Text"].lines]
    assert ("removed", "Line two") in text and ("added", "Line three") in text
    assert not parts["Title"].changed


def test_moving_sections_swaps_neighbours_and_stops_at_the_ends(review_world: ReviewWorld) -> None:
    a, _b, c = (
        narrative_section(review_world.review, review_world.lead, title=title)
        for title in ("A", "B", "C")
    )
    assert services.section_move(actor=review_world.reviewer, section=c, direction="up")
    assert not services.section_move(actor=review_world.reviewer, section=a, direction="up")
    titles = [row.section.title for row in narrative_sections(review=review_world.review)]
    assert titles == ["A", "C", "B"]


def test_a_removed_section_leaves_the_narrative_and_comes_back_whole(
    review_world: ReviewWorld,
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    _perspective(review_world, section)
    services.section_remove(actor=review_world.reviewer, section=section)
    assert narrative_sections(review=review_world.review) == []
    services.section_restore(actor=review_world.lead, section=section)
    [back] = narrative_sections(review=review_world.review)
    assert [p.agency for p in back.section.live_perspectives] == [review_world.agency]


def test_linking_keeps_links_the_user_did_not_see(review_world: ReviewWorld) -> None:
    review = review_world.review
    section = narrative_section(review, review_world.lead)
    hidden = EventFactory(review=review)
    shown = EventFactory(review=review)
    entry = ChronologyEntryFactory(review=review, agency=review_world.agency)
    section.events.add(hidden)
    foreign = EventFactory()  # another review's: never linked

    added, removed = services.section_link_chronology(
        actor=review_world.reviewer,
        section=section,
        shown_events=[shown, foreign],
        chosen_events=[shown, foreign],
        shown_entries=[entry],
        chosen_entries=[entry],
    )

    assert (added, removed) == (2, 0)
    assert set(section.events.all()) == {hidden, shown}
    assert list(section.entries.all()) == [entry]


def test_the_chronology_offered_is_within_the_dates_and_events_count_by_their_entries(
    review_world: ReviewWorld,
) -> None:
    review = review_world.review
    section = narrative_section(review, review_world.lead)
    event = EventFactory(review=review, title="Strategy discussion")
    ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        event=event,
        date_start=D(2024, 10, 15),
        date_end=D(2024, 10, 15),
    )
    inside = ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        date_start=D(2024, 10, 21),
        date_end=D(2024, 10, 21),
        description="Home visit",
    )
    ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        date_start=D(2024, 3, 5),
        date_end=D(2024, 3, 5),
        description="Earlier visit",
    )
    choices = chronology_choices(
        review=review, section=section, date_from=D(2024, 10, 1), date_to=D(2024, 10, 31)
    )
    assert [link.obj for link in choices.links] == [event, inside]
    words = chronology_choices(
        review=review, section=section, date_from=None, date_to=None, text="earlier"
    )
    assert [link.text for link in words.links] == ["Earlier visit"]


def test_a_removed_entry_is_not_offered_for_linking(review_world: ReviewWorld) -> None:
    review = review_world.review
    section = narrative_section(review, review_world.lead)
    kept = ChronologyEntryFactory(review=review, agency=review_world.agency, description="Kept")
    ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        description="Removed",
        removed_at=timezone.now(),
    )
    choices = chronology_choices(review=review, section=section, date_from=None, date_to=None)
    assert [link.obj for link in choices.links] == [kept]


def test_the_narrative_page_query_count_does_not_grow_with_sections(
    review_world: ReviewWorld,
) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            narrative_sections(review=review_world.review)
        return len(queries)

    section = narrative_section(review_world.review, review_world.lead)
    _perspective(review_world, section)
    section.events.add(EventFactory(review=review_world.review))
    few = count()
    for n in range(5):
        more = narrative_section(review_world.review, review_world.lead, title=f"S{n}")
        _perspective(review_world, more)
        more.entries.add(
            ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
        )
    assert count() == few


# --- rich text ----------------------------------------------------------------------------

HOSTILE = (
    "## Plan\n\n<script>alert('stored')</script>\n\n<img src=x onerror=alert(1)>\n\n"
    '<iframe src="https://evil.example/"></iframe>\n\n<p style="color:red" onclick="x()">styled</p>'
    "\n\n[click me](javascript:alert(1)) [data](data:text/html,<b>x</b>) "
    "[fine](https://example.org/guidance) [mail](mailto:team@example.test)\n"
)


def _active_markup(fragment: str) -> list[str]:
    """Anything in the HTML that a browser would run or load."""
    tree = html_fragment(fragment)
    found = [el.tag for el in tree.iter() if el.tag in ("script", "iframe", "img", "style")]
    for el in tree.iter():
        for name, value in el.attrib.items():
            if name.startswith("on") or name == "style" or name == "src":
                found.append(f"{el.tag}@{name}")
            if name == "href" and not value.startswith(("http://", "https://", "mailto:", "/")):
                found.append(f"href={value}")
    return found


def html_fragment(fragment: str):
    import lxml.html

    return lxml.html.fragment_fromstring(fragment or "<p></p>", create_parent="div")


def test_markdown_keeps_headings_lists_and_safe_links_only() -> None:
    rendered = markdown_to_html("## Heading\n\n- one\n- two\n\n1. first\n\n[link](https://x.test)")
    assert "<h3>Heading</h3>" in rendered, "a heading sits under the section's own heading"
    assert "<ul>" in rendered and "<ol>" in rendered
    assert '<a href="https://x.test" rel="noopener noreferrer">link</a>' in rendered
    assert _active_markup(markdown_to_html(HOSTILE)) == []


def test_stored_html_is_sanitised_again_when_shown() -> None:
    assert (
        _active_markup(
            sanitise_html(
                '<p onclick="x()" style="a">t<script>bad()</script><a href="javascript:x">j</a>'
                '<iframe src="https://evil.example/"></iframe><img src=x onerror=y></p>'
            )
        )
        == []
    )


def test_a_script_stored_by_one_reviewer_is_not_active_on_another_users_page(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    reviewer = client_for(review_world.reviewer)
    response = reviewer.post(
        _url(review_world, "narrative_section_add"),
        {"title": "Birth <script>alert(1)</script>", "body": HOSTILE, "action": "save"},
    )
    assert response.status_code == 302
    section = NarrativeSection.objects.get(review=review_world.review)
    reviewer.post(
        _url(review_world, "narrative_perspective_add", section.uuid),
        {"agency": str(review_world.agency.uuid), "body": HOSTILE, "action": "save"},
    )
    # Even a value put straight into the database is cleaned on the way out.
    AgencyPerspective.objects.filter(section=section).update(
        body_html=AgencyPerspective.objects.get(section=section).body_html
        + '<script>alert("db")</script><a href="javascript:alert(2)">x</a>'
    )

    for user in (review_world.observer, review_world.lead):
        page = client_for(user).get(_url(review_world, "narrative"))
        main = html(page).xpath("//main")[0]
        assert main.xpath(".//script") == []
        assert main.xpath(".//iframe | .//img | .//style | .//*[@style] | .//*[@onclick]") == []
        assert main.xpath(".//*[@onerror]") == []
        hrefs = main.xpath(".//a/@href")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
        assert "https://example.org/guidance" in hrefs
        assert "Birth <script>alert(1)</script>" in main_text(page), "shown as text, inert"


# --- pages --------------------------------------------------------------------------------


def test_a_section_written_with_a_heading_list_and_link_shows_on_the_narrative(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.reviewer)
    response = client.post(
        _url(review_world, "narrative_section_add"),
        {
            "title": "Pregnancy to birth",
            "period_text": "March to June 2024",
            "period_start_day": "1",
            "period_start_month": "3",
            "period_start_year": "2024",
            "body": "## Booking\n\n- Booked late\n- Missed one scan\n\nSee [NICE](https://www.nice.org.uk/)",
            "action": "save",
        },
    )
    assert response.status_code == 302
    page = client_for(review_world.observer).get(_url(review_world, "narrative"))
    tree = html(page)
    assert tree.xpath("//main//h3[normalize-space()='Booking']")
    assert tree.xpath("//main//li[normalize-space()='Missed one scan']")
    assert tree.xpath("//main//a[@href='https://www.nice.org.uk/']")
    assert "March to June 2024" in main_text(page)
    assert "Change the text" not in main_text(page), "an observer only reads"


def test_bad_input_is_answered_with_the_error_summary(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).post(
        _url(review_world, "narrative_section_add"),
        {
            "title": "",
            "period_start_day": "1",
            "period_start_month": "6",
            "period_start_year": "2024",
            "period_end_day": "1",
            "period_end_month": "3",
            "period_end_year": "2024",
            "action": "save",
        },
    )
    assert response.status_code == 200
    assert error_summary(response) == [
        "Enter a title for the section",
        "End of the period must be the same as or after its start",
    ]
    assert not NarrativeSection.objects.exists()


def test_preview_shows_the_rendered_text_without_saving(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).post(
        _url(review_world, "narrative_section_add"),
        {"title": "T", "body": "## Seen\n\n- a list", "action": "preview"},
    )
    assert response.status_code == 200
    preview = html(response).xpath("//*[@id='preview']")[0]
    assert preview.xpath(".//h3[normalize-space()='Seen']")
    assert not NarrativeSection.objects.exists()


def test_a_conflict_shows_their_saved_text_beside_yours_and_saving_again_merges(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead, body="Original.")
    _edit(review_world, section, 1, actor=review_world.lead, body="The lead's text.")
    url = _url(review_world, "narrative_section_edit", section.uuid)
    client = client_for(review_world.reviewer)
    mine = {"title": section.title, "body": "My text.", "version": "1", "action": "save"}

    response = client.post(url, mine)

    assert response.status_code == 200
    assert "Lead reviewer Person changed this" in error_summary(response)[0]
    assert "The lead's text." in main_text(response), "their saved text is shown"
    assert html(response).xpath("//textarea[@name='body']")[0].text.strip() == "My text."
    assert html(response).xpath("//input[@name='version']/@value") == ["2"]
    merged = {**mine, "body": "The lead's text. My text.", "version": "2"}
    assert client.post(url, merged).status_code == 302
    section.refresh_from_db()
    assert section.body == "The lead's text. My text."


def test_autosave_keeps_a_working_copy_offered_back_when_reopening(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    url = _url(review_world, "narrative_section_edit", section.uuid)
    client = client_for(review_world.reviewer)

    kept = client.post(
        url,
        {
            "title": "Half-typed title",
            "body": "Half-typed text",
            "version": "1",
            "period_start_day": "3",
            "period_start_month": "4",
            "period_start_year": "2024",
            "action": "autosave",
        },
    )

    assert kept.status_code == 200 and "Working copy kept at" in kept.content.decode()
    section.refresh_from_db()
    assert section.title != "Half-typed title", "autosave never saves the real thing"
    reopened = client.get(url)
    assert any("You have unsaved changes from" in b for b in notification_banners(reopened))
    restored = html(client.get(url + "?working_copy=restore"))
    assert restored.xpath("//input[@name='title']/@value") == ["Half-typed title"]
    assert restored.xpath("//textarea[@name='body']")[0].text.strip() == "Half-typed text"
    assert restored.xpath("//input[@name='period_start_day']/@value") == ["3"]
    assert restored.xpath("//input[@name='version']/@value") == ["1"]
    # Another user's working copy is theirs alone.
    assert not notification_banners(client_for(review_world.lead).get(url))
    # Saving for real clears the working copy.
    client.post(url, {"title": "Final", "body": "Final text", "version": "1", "action": "save"})
    assert not NarrativeWorkingCopy.objects.exists()


def test_discarding_the_working_copy_removes_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = _url(review_world, "narrative_section_add")
    client = client_for(review_world.reviewer)
    client.post(url, {"title": "Draft", "action": "autosave"})
    assert client.post(url, {"action": "discard"}).status_code == 302
    assert not NarrativeWorkingCopy.objects.exists()
    assert not NarrativeSection.objects.exists()


def test_history_shows_versions_and_an_old_one_can_be_restored_from_its_page(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead, body="Old words.")
    _edit(review_world, section, 1, body="New words.")
    client = client_for(review_world.reviewer)
    history = client.get(_url(review_world, "narrative_history", section.uuid))
    assert "Version 2" in main_text(history) and "Version 1" in main_text(history)
    old = client.get(_url(review_world, "narrative_revision", section.uuid, 1))
    assert "Old words." in main_text(old)
    assert html(old).xpath("//del[contains(., 'Old words.')]")
    assert html(old).xpath("//ins[contains(., 'New words.')]")

    response = client.post(
        _url(review_world, "narrative_revision_restore", section.uuid, 1), {"version": "2"}
    )

    assert response.status_code == 302
    section.refresh_from_db()
    assert (section.body, section.version) == ("Old words.", 3)


def test_removing_asks_first_and_the_lead_restores(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead, title="Birth")
    _perspective(review_world, section)
    reviewer = client_for(review_world.reviewer)
    ask = reviewer.get(_url(review_world, "narrative_section_delete", section.uuid))
    assert "Are you sure you want to remove the section “Birth”?" in main_text(ask)
    assert "1 agency’s perspective" in main_text(ask)
    reviewer.post(_url(review_world, "narrative_section_delete", section.uuid))
    assert "No sections yet." in main_text(reviewer.get(_url(review_world, "narrative")))
    assert reviewer.get(_url(review_world, "narrative_removed")).status_code == 403

    lead = client_for(review_world.lead)
    removed = lead.get(_url(review_world, "narrative_removed"))
    assert "Birth" in main_text(removed)
    lead.post(_url(review_world, "narrative_section_restore", section.uuid))
    back = html(lead.get(_url(review_world, "narrative")))
    assert back.xpath("//main//section//h2[normalize-space()='1. Birth']")


def test_linking_events_from_the_page(review_world: ReviewWorld, client_for: ClientFor) -> None:
    review = review_world.review
    section = narrative_section(
        review, review_world.lead, period_start=D(2024, 10, 1), period_end=D(2024, 10, 31)
    )
    entry = ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        date_start=D(2024, 10, 21),
        date_end=D(2024, 10, 21),
        description="Home visit: bruise seen",
    )
    ChronologyEntryFactory(
        review=review,
        agency=review_world.agency,
        date_start=D(2024, 3, 1),
        date_end=D(2024, 3, 1),
        description="Outside the period",
    )
    client = client_for(review_world.reviewer)
    url = _url(review_world, "narrative_section_events", section.uuid)
    page = client.get(url)
    assert "Home visit: bruise seen" in main_text(page)
    assert "Outside the period" not in main_text(page), "the section's period is the default"

    client.post(
        url, {"shown": [f"entry-{entry.uuid}", "entry-garbage"], "link": [f"entry-{entry.uuid}"]}
    )

    narrative = client.get(_url(review_world, "narrative"))
    link = html(narrative).xpath("//main//a[contains(., 'Home visit: bruise seen')]/@href")[0]
    assert "/chronology/" in link and str(review_world.agency.uuid) in link


# --- report ----------------------------------------------------------------------------------


def test_narrative_for_report_gives_plain_text_sections_in_order(
    review_world: ReviewWorld,
) -> None:
    review = review_world.review
    review_world.agency.publication_label = "Health visiting service"
    review_world.agency.save()
    unlabelled = AgencyFactory(
        review=review, name="Little Acorns Day Nursery", publication_label=""
    )
    second = narrative_section(review, review_world.lead, title="After the birth", period_text="")
    first = narrative_section(
        review,
        review_world.lead,
        title="Pregnancy to birth",
        period_text="March–June 2024",
        body="Intro with [a guide](https://example.org/g).\n\n## Booking\n\n- late\n- one scan"
        "\n\n1. first\n2. second\n\n<script>x()</script>",
    )
    services.section_move(actor=review_world.lead, section=first, direction="up")
    _perspective(review_world, first, body="The health visitor saw **a coping mother**.")
    _perspective(review_world, first, agency=unlabelled, body="- Attended well\n- Happy")
    removed = narrative_section(review, review_world.lead, title="Removed")
    services.section_remove(actor=review_world.lead, section=removed)

    sections = narrative_for_report(review)

    assert [s.key for s in sections] == [f"narrative-{first.uuid}", f"narrative-{second.uuid}"]
    assert [s.number for s in sections] == ["", ""]
    assert sections[0].title == "Pregnancy to birth (March–June 2024)"
    assert sections[1].title == "After the birth"
    assert sections[0].blocks == (
        Block("paragraph", text="Intro with a guide (https://example.org/g)."),
        Block("heading", text="Booking"),
        Block("list", items=("late", "one scan")),
        Block("numbered", items=("first", "second")),
        Block("paragraph", text="<script>x()</script>"),
        # In the order of the agencies' names, as on the narrative page.
        Block("heading", text="Little Acorns Day Nursery"),
        Block("list", items=("Attended well", "Happy")),
        Block("heading", text="Health visiting service"),
        Block("paragraph", text="The health visitor saw a coping mother."),
    )
    assert sections[1].blocks == (
        Block("paragraph", text="The family was known to universal services only."),
    )


def test_a_perspective_conflict_shows_their_text_and_keeps_yours(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    perspective = _perspective(review_world, section, body="First words.")
    services.perspective_save(
        actor=review_world.lead,
        section=section,
        perspective=perspective,
        agency=None,
        body="The lead's words.",
        expected_version=1,
    )
    url = _url(review_world, "narrative_perspective_edit", section.uuid, perspective.uuid)

    response = client_for(review_world.reviewer).post(
        url, {"body": "My words.", "version": "1", "action": "save"}
    )

    assert response.status_code == 200
    assert "Lead reviewer Person changed this" in error_summary(response)[0]
    assert "The lead's words." in main_text(response)
    assert html(response).xpath("//textarea[@name='body']")[0].text.strip() == "My words."
    perspective.refresh_from_db()
    assert perspective.body == "The lead's words."


def test_an_agency_with_a_perspective_is_not_offered_again(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead)
    _perspective(review_world, section)
    page = client_for(review_world.reviewer).get(
        _url(review_world, "narrative_perspective_add", section.uuid)
    )
    assert "Every agency of the review already has a perspective" in main_text(page)
    response = client_for(review_world.reviewer).post(
        _url(review_world, "narrative_perspective_add", section.uuid),
        {"agency": str(review_world.agency.uuid), "body": "Again", "action": "save"},
    )
    assert response.status_code == 200
    assert error_summary(response) == [
        "Choose an agency of the review that has no perspective in this section yet"
    ]
    assert AgencyPerspective.objects.filter(section=section).count() == 1


def test_a_save_without_its_version_is_treated_as_a_conflict_not_an_overwrite(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    section = narrative_section(review_world.review, review_world.lead, body="Saved text.")
    url = _url(review_world, "narrative_section_edit", section.uuid)

    response = client_for(review_world.reviewer).post(
        url, {"title": section.title, "body": "Blind overwrite", "action": "save"}
    )

    assert response.status_code == 200 and error_summary(response)
    section.refresh_from_db()
    assert section.body == "Saved text."
