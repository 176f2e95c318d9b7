"""The language check reaches every draft and section: the review's page also checks the
multi-agency narrative and the report's own sections; one draft's wording has its own page
(dismissals hold for that draft only, and its recipients never see a flag); the working
report shows its free-text sections' flags where the team writes them."""

import datetime
from collections.abc import Callable

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.analysis.services import narrative as narrative_services
from casewindow.drafts import services as draft_services
from casewindow.drafts.models import Draft
from casewindow.language.models import Dismissal
from casewindow.reports.services import report_section_save
from tests.pages import by_class, html, text_of
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]

LIMITATIONS = (
    "The review ran alongside a criminal investigation.\n\n"
    "- A locum GP could not be reached.\n"
    "- Early Help records were incomplete, and the service failed to keep paper notes."
)


def _marks(page) -> list[str]:
    return [text_of(mark) for mark in by_class(page, "cw-flag")]


def _write_limitations(world: ReviewWorld, body: str = LIMITATIONS) -> None:
    report_section_save(
        actor=world.lead,
        review=world.review,
        key="methodology-limitations",
        body=body,
        expected_version=None,
    )


def _narrative(world: ReviewWorld) -> tuple:
    section = narrative_services.section_save(
        actor=world.lead,
        review=world.review,
        section=None,
        values={
            "title": "Before the birth",
            "body": "## Pregnancy\n\nThe midwife **clearly** knew about the *new partner*.",
        },
        expected_version=None,
    )
    perspective = narrative_services.perspective_save(
        actor=world.lead,
        section=section,
        perspective=None,
        agency=world.agency,
        body="- Visits went ahead.\n- It was obvious that Mother was struggling.",
        expected_version=None,
    )
    return section, perspective


def _review_check(world: ReviewWorld, **query: str) -> str:
    url = reverse("language:review_check", args=[world.review.reference])
    return url + ("?dismissed=1" if query.get("dismissed") else "")


def _draft_check(world: ReviewWorld, draft: Draft) -> str:
    return reverse("language:draft_check", args=[world.review.reference, draft.uuid])


def _dismiss(client: Client, page, key: str, reason: str):
    form = page.xpath(f"//form[input[@name='context'][@value='{key}']]")[0]
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input")}
    return client.post(form.get("action"), {**fields, "reason": reason})


# --- the review's page --------------------------------------------------------------------


def test_the_review_check_reads_the_narrative_and_the_reports_own_sections(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _write_limitations(review_world)
    section, perspective = _narrative(review_world)
    reference = review_world.review.reference

    page = html(client_for(review_world.lead).get(_review_check(review_world)))

    # The plain text the reader sees: no "**", "- " or "##" left in the checked text.
    assert _marks(page) == ["flagged: clearly", "flagged: It was obvious", "flagged: failed to"]
    texts = [text_of(div) for div in by_class(page, "cw-flagged-text")]
    assert "The midwife flagged: clearly[1] (flag) knew about the new partner." in texts
    assert "flagged: It was obvious[1] (flag) that Mother was struggling." in texts
    assert any(t.startswith("Early Help records were incomplete") for t in texts)
    forms = page.xpath("//form/input[@name='context']/@value")
    assert f"narrative:{section.uuid}:body" in forms
    assert f"perspective:{perspective.uuid}:body" in forms
    assert "report:methodology-limitations" in forms
    links = page.xpath("//a/@href")
    assert reverse("reports:section_edit", args=[reference, "methodology-limitations"]) in links
    assert reverse("analysis:narrative_section_edit", args=[reference, section.uuid]) in links
    assert (
        reverse(
            "analysis:narrative_perspective_edit", args=[reference, section.uuid, perspective.uuid]
        )
        in links
    )
    body = text_of(page)
    assert "1 section of the multi-agency narrative" in body
    assert "1 section of the report written by the review team" in body
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_the_observer_sees_the_flags_without_links_to_change_the_text(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _write_limitations(review_world)
    page = html(client_for(review_world.observer).get(_review_check(review_world)))
    assert _marks(page) == ["flagged: failed to"]
    assert "Change the text" not in text_of(page)


def test_the_review_checks_queries_do_not_grow_with_narrative_and_report_text(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(_review_check(review_world)).status_code == 200
        return len(captured)

    _narrative(review_world)
    _write_limitations(review_world)
    few = queries()
    for _ in range(3):
        _narrative(review_world)
    report_section_save(
        actor=review_world.lead,
        review=review_world.review,
        key="glossary",
        body="- MASH: the hub. It clearly helps.",
        expected_version=None,
    )
    assert queries() == few


# --- one draft ----------------------------------------------------------------------------


def _two_drafts(world: ReviewWorld) -> tuple[Draft, Draft]:
    _write_limitations(world)
    one = draft_services.draft_create(actor=world.lead, review=world.review)
    two = draft_services.draft_create(actor=world.lead, review=world.review)
    return one, two


def test_a_drafts_check_lists_its_flags_by_section_with_counts(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft, _ = _two_drafts(review_world)

    page = html(client_for(review_world.observer).get(_draft_check(review_world, draft)))

    assert _marks(page) == ["flagged: failed to"]
    (heading,) = page.xpath("//section[contains(@class,'cw-language-object')]/h2")
    assert text_of(heading).endswith("Limitations of the review 1 flag to consider")
    counts = {
        text_of(row.xpath("./th")[0]): text_of(row.xpath("./td")[0])
        for row in page.xpath("//table[contains(@class,'cw-flag-counts')]/tbody/tr")
    }
    assert counts["Blame"] == "1" and counts["Hindsight"] == "0"
    assert page.xpath("//form/input[@name='context']/@value") == []  # observers cannot dismiss


def test_dismissing_on_one_draft_leaves_the_other_draft_and_the_report_flagged(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    one, two = _two_drafts(review_world)
    client = client_for(review_world.reviewer)
    page = html(client.get(_draft_check(review_world, one)))

    response = _dismiss(
        client, page, f"draft:{one.uuid}:methodology-limitations", "The agency's own words."
    )

    assert response.status_code == 302
    assert response["Location"] == _draft_check(review_world, one)
    assert Dismissal.objects.get().context_key == f"draft:{one.uuid}:methodology-limitations"
    after = html(client.get(_draft_check(review_world, one)))
    assert _marks(after) == []
    assert "0 flags to consider" in text_of(after)
    assert "Show dismissed flags (1)" in text_of(after)
    shown = html(client.get(_draft_check(review_world, one) + "?dismissed=1"))
    assert _marks(shown) == ["flagged and dismissed: failed to"]
    assert "“The agency's own words.”" in text_of(shown)
    assert _marks(html(client.get(_draft_check(review_world, two)))) == ["flagged: failed to"]
    # The draft pages count the open flags.
    detail = html(
        client.get(reverse("drafts:draft_detail", args=[review_world.review.reference, two.uuid]))
    )
    link = detail.xpath("//a[starts-with(normalize-space(), 'Check the wording')]")[0]
    assert text_of(link) == "Check the wording of this draft (1 flag)"
    assert link.get("href") == _draft_check(review_world, two)
    listing = html(client.get(reverse("drafts:draft_list", args=[review_world.review.reference])))
    assert [text_of(cell) for cell in listing.xpath("//tbody/tr/td[last()]")] == [
        "1 wording flag in draft 2",
        "0 wording flags in draft 1",
    ]


def test_recipients_never_see_flags_and_cannot_open_the_check(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft, _ = _two_drafts(review_world)
    draft_services.draft_share(
        actor=review_world.lead,
        draft=draft,
        users=[review_world.participant],
        closes_on=timezone.localdate() + datetime.timedelta(days=7),
    )
    participant = client_for(review_world.participant)

    shared = participant.get(
        reverse("drafts:shared_draft_detail", args=[review_world.review.reference, draft.uuid])
    )

    assert shared.status_code == 200
    assert "failed to keep paper notes" in text_of(html(shared))
    assert _marks(html(shared)) == []
    assert "language-check" not in shared.content.decode()
    assert participant.get(_draft_check(review_world, draft)).status_code == 403
    assert (
        client_for(review_world.outsider).get(_draft_check(review_world, draft)).status_code == 404
    )


# --- the working report -------------------------------------------------------------------


def test_the_report_shows_a_written_sections_flags_where_it_is_written(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _write_limitations(review_world)
    client = client_for(review_world.reviewer)
    report_url = reverse("reports:report", args=[review_world.review.reference])

    page = html(client.get(report_url))

    (part,) = page.xpath("//section[.//h3[@id='section-methodology-limitations']]")
    assert _marks(part) == ["flagged: failed to"]
    assert "Wording to check: 1 flag" in text_of(part)
    check_url = reverse("language:report_check", args=[review_world.review.reference])
    assert page.xpath("//a[normalize-space()='Check the wording of the whole report']/@href") == [
        check_url
    ]

    response = _dismiss(client, page, "report:methodology-limitations", "Quoted.")

    assert response["Location"] == report_url
    assert _marks(html(client.get(report_url))) == []
    # The same key on the whole report's check: the dismissal holds there too.
    whole = html(client.get(check_url + "?dismissed=1"))
    assert "flagged and dismissed: failed to" in _marks(whole)
