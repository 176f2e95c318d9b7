"""Key practice episodes: the services (numbering, locking, reordering, soft delete), the table
(filter, constant query count), the pages, the edit-conflict merge and the exports."""

import csv
import datetime
import io
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import User
from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.selectors import episodes as selectors
from casewindow.analysis.services import episodes as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction, AuditEvent
from tests.analysis.factories import ContributoryFactorFactory, KeyPracticeEpisodeFactory
from tests.evidence.factories import ConversationFactory
from tests.factories import AgencyFactory
from tests.world import ReviewWorld

NODE = "work-conditions"
FAMILY = "family"

pytestmark = pytest.mark.django_db


def _create(world: ReviewWorld, title: str, **extra) -> KeyPracticeEpisode:
    return services.episode_create(actor=world.reviewer, review=world.review, title=title, **extra)


def test_new_episodes_get_the_next_number_and_are_audited(review_world: ReviewWorld) -> None:
    first = _create(review_world, "Referral closed to Early Help")
    second = _create(review_world, "ED attendance without health visitor liaison")
    assert (first.number, second.number) == (1, 2)
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_id=str(second.uuid), review=review_world.review
    ).exists()


def test_an_edit_from_an_old_version_is_refused_naming_who_changed_it(
    review_world: ReviewWorld,
) -> None:
    episode = _create(review_world, "Home visit on 21 October")
    services.episode_update(
        actor=review_world.lead, episode=episode, expected_version=1, title="Lead's title"
    )
    with pytest.raises(EditConflict) as raised:
        services.episode_update(
            actor=review_world.reviewer, episode=episode, expected_version=1, title="Mine"
        )
    assert review_world.lead.full_name in str(raised.value) or str(review_world.lead) in str(
        raised.value
    )
    episode.refresh_from_db()
    assert episode.title == "Lead's title" and episode.version == 2


def test_move_and_renumber_by_date(review_world: ReviewWorld) -> None:
    late = _create(review_world, "Late", date_start=datetime.date(2024, 11, 28))
    early = _create(review_world, "Early", date_start=datetime.date(2024, 3, 4))
    undated = _create(review_world, "Undated")
    assert services.episode_move(actor=review_world.reviewer, episode=undated, direction="up")
    numbers = dict(KeyPracticeEpisode.objects.values_list("title", "number"))
    assert numbers == {"Late": 1, "Undated": 2, "Early": 3}
    assert not services.episode_move(actor=review_world.reviewer, episode=late, direction="up")
    changed = services.episodes_renumber(actor=review_world.reviewer, review=review_world.review)
    numbers = dict(KeyPracticeEpisode.objects.values_list("title", "number"))
    assert numbers == {"Early": 1, "Late": 2, "Undated": 3}
    assert changed == 3
    assert early.pk


def test_soft_delete_and_restore_keeps_links(review_world: ReviewWorld) -> None:
    episode = _create(review_world, "Step-down without knowing bail had ended")
    services.factor_add(
        actor=review_world.reviewer, episode=episode, node_key=NODE, effect="hindered"
    )
    assert services.episode_has_links(episode=episode)
    services.episode_delete(actor=review_world.reviewer, episode=episode)
    assert not selectors.episode_table(review=review_world.review)
    assert list(selectors.episodes_removed(review=review_world.review)) == [episode]
    episode.refresh_from_db()
    services.episode_restore(actor=review_world.lead, episode=episode)
    table = selectors.episode_table(review=review_world.review)
    assert table == [episode] and len(table[0].factor_rows) == 1


def test_unknown_factor_node_is_refused(review_world: ReviewWorld) -> None:
    episode = _create(review_world, "Strategy discussion")
    with pytest.raises(services.EpisodeError):
        services.factor_add(
            actor=review_world.reviewer, episode=episode, node_key="nonsense", effect="helped"
        )


def test_filter_by_node_or_layer(review_world: ReviewWorld) -> None:
    family = _create(review_world, "Family")
    work = _create(review_world, "Work")
    services.factor_add(
        actor=review_world.reviewer,
        episode=family,
        node_key="family/communication-and-language",
        effect="hindered",
    )
    services.factor_add(actor=review_world.reviewer, episode=work, node_key=NODE, effect="both")
    assert selectors.episode_table(review=review_world.review, factor_key=FAMILY) == [family]
    assert selectors.episode_table(review=review_world.review, factor_key=NODE) == [work]
    assert selectors.episode_table(
        review=review_world.review, factor_key="family/communication-and-language"
    ) == [family]


def _episodes(world: ReviewWorld, count: int) -> None:
    agency = AgencyFactory(review=world.review)
    for _ in range(count):
        episode = KeyPracticeEpisodeFactory(review=world.review)
        episode.agencies.add(agency)
        ContributoryFactorFactory(episode=episode)
        ContributoryFactorFactory(episode=episode, node_key=FAMILY, effect="helped")


def test_table_query_count_does_not_grow_with_episodes(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(review_world.reviewer)
    url = reverse("analysis:episode_list", args=[review_world.review.reference])
    _episodes(review_world, 5)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    _episodes(review_world, 45)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.count(b'id="episode-') == 50
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_add_edit_and_factor_through_the_pages(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(review_world.reviewer)
    reference = review_world.review.reference
    conversation = ConversationFactory(
        review=review_world.review, account_at_time="I thought it was an accident."
    )
    response = client.post(
        reverse("analysis:episode_add", args=[reference]),
        {
            "title": "Home visit on 21 October",
            "date_start_day": "21",
            "date_start_month": "10",
            "date_start_year": "2024",
            "appraisal": "problematic",
            "agencies": [review_world.agency.pk],
            "conversations": [conversation.pk],
            "what_happened": "A bruise on the cheek was explained as a fall against the cot.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    episode = KeyPracticeEpisode.objects.get()
    assert episode.date_start == datetime.date(2024, 10, 21)
    add_factor = reverse("analysis:factor_add", args=[reference, episode.uuid])
    assert client.post(add_factor, {"node_key": "", "effect": "helped"}).status_code == 200
    response = client.post(
        add_factor,
        {"node_key": NODE, "effect": "hindered", "explanation": "No time to <b>check</b>."},
    )
    assert response.status_code == 302
    factor = ContributoryFactor.objects.get()
    assert factor.coder is None and factor.framework_version == "v1"
    page = client.get(reverse("analysis:episode_detail", args=[reference, episode.uuid]))
    text = page.content.decode()
    assert "I thought it was an accident." in text
    assert "&lt;b&gt;check&lt;/b&gt;" in text
    # Two reviewers open the same episode; the second save shows the conflict, keeps the text.
    edit = reverse("analysis:episode_edit", args=[reference, episode.uuid])
    base = {"title": "Lead's view", "appraisal": "mixed", "version": "1"}
    assert client_for(review_world.lead).post(edit, base).status_code == 302
    response = client.post(edit, {**base, "title": "Reviewer's view", "appraisal": "good"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "changed this since you opened it" in text and "Reviewer&#x27;s view" in text
    assert "Lead&#x27;s view" in text
    assert 'name="version" value="2"' in text
    assert 'name="date_start_year" value="2024"' not in text  # the edit did not send a date
    episode.refresh_from_db()
    assert episode.title == "Lead's view"
    # Saving again after seeing the conflict goes through.
    assert client.post(edit, {**base, "title": "Merged", "version": "2"}).status_code == 302
    episode.refresh_from_db()
    assert episode.title == "Merged" and episode.version == 3


def test_factor_edit_conflict_and_delete(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    factor = ContributoryFactorFactory(episode=episode)
    reference = review_world.review.reference
    edit = reverse("analysis:factor_edit", args=[reference, episode.uuid, factor.uuid])
    data = {"node_key": FAMILY, "effect": "helped", "explanation": "x", "version": "1"}
    assert client_for(review_world.lead).post(edit, data).status_code == 302
    response = client_for(review_world.reviewer).post(edit, {**data, "explanation": "mine"})
    assert response.status_code == 200 and b"since you opened it" in response.content
    remove = reverse("analysis:factor_delete", args=[reference, episode.uuid, factor.uuid])
    client = client_for(review_world.reviewer)
    assert b"Are you sure" in client.get(remove).content
    assert client.post(remove).status_code == 302
    factor.refresh_from_db()
    assert factor.deleted_at is not None
    lead = client_for(review_world.lead)
    removed = lead.get(reverse("analysis:episode_removed", args=[reference]))
    assert b"Removed contributory factors" in removed.content
    restore = reverse("analysis:factor_restore", args=[reference, episode.uuid, factor.uuid])
    assert client.post(restore).status_code == 403
    assert lead.post(restore).status_code == 302
    factor.refresh_from_db()
    assert factor.deleted_at is None


def test_delete_asks_then_lead_restores(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    ContributoryFactorFactory(episode=episode)
    reference = review_world.review.reference
    remove = reverse("analysis:episode_delete", args=[reference, episode.uuid])
    client = client_for(review_world.reviewer)
    assert b"This episode has links" in client.get(remove).content
    assert client.post(remove).status_code == 302
    lead = client_for(review_world.lead)
    removed = lead.get(reverse("analysis:episode_removed", args=[reference]))
    assert episode.title.encode() in removed.content
    restore = reverse("analysis:episode_restore", args=[reference, episode.uuid])
    assert lead.post(restore).status_code == 302
    episode.refresh_from_db()
    assert episode.deleted_at is None


def test_exports_are_audited_safe_and_anonymous(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review, title="=HYPERLINK(1)")
    ContributoryFactorFactory(episode=episode)
    reference = review_world.review.reference
    client = client_for(review_world.observer)
    response = client.get(reverse("analysis:episode_export_csv", args=[reference]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "No." and rows[1][1] == "'=HYPERLINK(1)"
    assert "Caseloads left no time" in rows[1][-1]
    response = client.get(reverse("analysis:episode_export_docx", args=[reference]))
    document = Document(io.BytesIO(response.content))
    assert document.core_properties.author == ""
    assert document.core_properties.last_modified_by == ""
    assert document.paragraphs[0].style.name == "Heading 1"
    assert any(p.text == f"KPE {episode.number}: =HYPERLINK(1)" for p in document.paragraphs)
    assert (
        AuditEvent.objects.filter(action=AuditAction.EXPORT, review=review_world.review).count()
        == 2
    )


def test_move_and_renumber_through_the_table(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    reference = review_world.review.reference
    late = _create(review_world, "Late", date_start=datetime.date(2025, 1, 2))
    early = _create(review_world, "Early", date_start=datetime.date(2024, 3, 5))
    client = client_for(review_world.reviewer)
    table = client.get(reverse("analysis:episode_list", args=[reference])).content.decode()
    assert f'formaction="/reviews/{reference}/episodes/{early.uuid}/move/"' in table
    move = reverse("analysis:episode_move", args=[reference, early.uuid])
    assert client.post(move, {"direction": "up"}).status_code == 302
    late.refresh_from_db()
    assert late.number == 2
    assert client.get(move).status_code == 405
    assert client.post(move, {"direction": "up"}).status_code == 302  # already first: no-op
    services.episode_move(actor=review_world.reviewer, episode=early, direction="down")
    renumber = reverse("analysis:episode_renumber", args=[reference])
    assert client.post(renumber).status_code == 302
    assert list(KeyPracticeEpisode.objects.values_list("title", flat=True)) == ["Early", "Late"]
    assert AuditEvent.objects.filter(summary__startswith="Renumbered").exists()


def test_detail_lists_linked_excerpts_and_findings(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from tests.analysis.factories import ExcerptFactory
    from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory

    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    document = SourceDocumentFactory(review=review_world.review, agency=review_world.agency)
    DocumentPageFactory(document=document, number=1)
    excerpt = ExcerptFactory(review=review_world.review, document=document)
    excerpt.episodes.add(episode)
    page = client_for(review_world.observer).get(
        reverse("analysis:episode_detail", args=[review_world.review.reference, episode.uuid])
    )
    assert excerpt.quote in page.content.decode()
    assert b"Change the episode" not in page.content  # an observer only reads


def test_a_reshown_form_keeps_the_typed_dates(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(review_world.reviewer).post(
        reverse("analysis:episode_add", args=[review_world.review.reference]),
        {
            "title": "",
            "appraisal": "good",
            "date_start_day": "21",
            "date_start_month": "10",
            "date_start_year": "2024",
            "date_end_day": "31",
            "date_end_month": "2",
            "date_end_year": "2024",
        },
    )
    text = response.content.decode()
    assert response.status_code == 200 and "Enter a short title for the episode" in text
    assert 'name="date_start_year" value="2024"' in text
    assert 'name="date_end_day" value="31"' in text  # an impossible date, kept as typed


def test_a_factor_is_linked_to_the_episodes_excerpts_as_its_evidence(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from tests.analysis.factories import ExcerptFactory

    review = review_world.review
    episode = _create(review_world, "Home visit")
    on_episode = ExcerptFactory(review=review, quote="Mother said he fell against the cot.")
    on_episode.episodes.add(episode)
    elsewhere = ExcerptFactory(review=review, quote="Unrelated passage about school.")
    client = client_for(review_world.reviewer)
    add = reverse("analysis:factor_add", args=[review.reference, episode.uuid])
    form = client.get(add).content.decode()
    assert "Mother said he fell against the cot." in form
    assert "Unrelated passage about school." not in form  # only the episode's excerpts
    response = client.post(
        add,
        {
            "node_key": NODE,
            "effect": "hindered",
            "explanation": "Caseloads",
            "excerpts": [on_episode.pk, elsewhere.pk],  # a forged choice is refused
        },
    )
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    client.post(
        add,
        {
            "node_key": NODE,
            "effect": "hindered",
            "explanation": "Caseloads",
            "excerpts": [on_episode.pk],
        },
    )
    factor = ContributoryFactor.objects.get(episode=episode)
    assert list(factor.excerpts.all()) == [on_episode]

    edit = reverse("analysis:factor_edit", args=[review.reference, episode.uuid, factor.uuid])
    opened = client.get(edit).content.decode()
    assert "checked" in opened and "Caseloads</textarea>" in opened  # the saved values
    client.post(
        edit,
        {
            "version": factor.version,
            "node_key": NODE,
            "effect": "hindered",
            "explanation": "Caseloads",
        },
    )
    assert not factor.excerpts.exists()
    event = AuditEvent.objects.filter(action=AuditAction.UPDATE, object_id=str(factor.uuid)).last()
    assert event is not None and "excerpts" in event.changes


def test_factor_form_without_episode_excerpts_says_how_to_link_them(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    episode = _create(review_world, "Home visit")
    add = reverse("analysis:factor_add", args=[review_world.review.reference, episode.uuid])
    html = client_for(review_world.reviewer).get(add).content.decode()
    assert "No coded excerpts are linked to this episode yet" in html


def test_docx_export_has_one_two_column_table_per_episode_and_no_author(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from casewindow.analysis.exports import DOCX_ROWS

    review = review_world.review
    first = _create(review_world, "Home visit", what_happened="Seen at home.\nBruise on the cheek.")
    second = _create(review_world, "Strategy discussion")
    services.factor_add(
        actor=review_world.reviewer,
        episode=first,
        node_key=NODE,
        effect="hindered",
        explanation="Caseload of 600 families.",
    )
    response = client_for(review_world.lead).get(
        reverse("analysis:episode_export_docx", args=[review.reference])
    )
    document = Document(io.BytesIO(response.content))
    properties = document.core_properties
    assert (properties.author, properties.last_modified_by, properties.comments) == ("", "", "")
    section = document.sections[0]
    assert section.page_height > section.page_width  # portrait: the tables are narrow
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [
        f"KPE {first.number}: Home visit",
        f"KPE {second.number}: Strategy discussion",
    ]
    assert len(document.tables) == 2
    for table in document.tables:
        assert len(table.columns) == 2
        assert [row.cells[0].text for row in table.rows] == DOCX_ROWS
        assert table.columns[1].width > 2 * table.columns[0].width  # room for the content
    content = {row.cells[0].text: row.cells[1] for row in document.tables[0].rows}
    assert [p.text for p in content["What happened"].paragraphs] == [
        "Seen at home.",
        "Bruise on the cheek.",
    ]
    assert "Caseload of 600 families." in content["Contributory factors"].text
    assert content["What was good"].text == "—"  # empty fields are visibly empty
