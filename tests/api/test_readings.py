"""The read-only routes for the coded excerpts and the multi-agency narrative: what their pages
show, to whom their pages show it (analysis.view), removed ones left out."""

from typing import Any

import pytest
from django.utils import timezone

from casewindow.accounts.models import ReviewRole
from casewindow.analysis.services import narrative as narrative_services
from casewindow.evidence.models import ConversationComment, ConversationStatus
from casewindow.evidence.services.conversations import conversation_agree
from tests.api.helpers import ApiClient, token_for
from tests.evidence.factories import ConversationFactory
from tests.url_catalogue import _episode, _excerpt, _merged_entries, _narrative_perspective
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(review_world: ReviewWorld) -> ApiClient:
    return ApiClient(token_for(review_world.lead))


def _ref(world: ReviewWorld) -> str:
    return f"/reviews/{world.review.reference}"


def test_excerpts_are_listed_and_read_with_their_source_codes_and_links(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    excerpt = _excerpt(review_world)
    episode = _episode(review_world)
    excerpt.episodes.add(episode)

    listed = api.get(f"{_ref(review_world)}/excerpts").json()
    detail = api.get(f"{_ref(review_world)}/excerpts/{excerpt.uuid}").json()

    assert listed["count"] == 1 and listed["items"] == [detail]
    assert detail["quote"] == excerpt.quote and detail["memo"] == excerpt.memo
    assert detail["source"] == "document" and detail["document"] == str(excerpt.document.uuid)
    assert detail["source_label"] == f"{excerpt.document.title}, page 1"
    assert detail["factor_keys"] == ["work-conditions"]
    assert detail["episodes"] == [str(episode.uuid)]


def test_excerpts_are_filtered_as_on_the_page_and_removed_ones_left_out(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    excerpt = _excerpt(review_world)
    episode = _episode(review_world)
    base = _ref(review_world)

    assert api.get(f"{base}/excerpts", source="document").json()["count"] == 1
    assert api.get(f"{base}/excerpts", source="conversation").json()["count"] == 0
    assert api.get(f"{base}/excerpts", episode=str(episode.uuid)).json()["count"] == 0
    assert api.get(f"{base}/excerpts", source="poetry").status_code == 422

    excerpt.episodes.add(episode)
    assert api.get(f"{base}/excerpts", episode=str(episode.uuid)).json()["count"] == 1

    excerpt.deleted_at = timezone.now()
    excerpt.save()
    assert api.get(f"{base}/excerpts").json()["count"] == 0
    assert api.get(f"{base}/excerpts/{excerpt.uuid}").status_code == 404


def _section(api: ApiClient, world: ReviewWorld, section_id: Any) -> dict[str, Any]:
    response = api.get(f"{_ref(world)}/narrative/sections/{section_id}")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def test_the_narrative_sections_come_with_their_perspectives_and_chronology(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    perspective = _narrative_perspective(review_world)
    section = perspective.section
    entry = _merged_entries(review_world)[0]
    section.entries.add(entry)

    listed = api.get(f"{_ref(review_world)}/narrative/sections").json()
    detail = _section(api, review_world, section.uuid)

    assert listed["count"] == 1 and listed["items"] == [detail]
    assert detail["title"] == section.title
    assert detail["perspectives"] == [
        {
            "id": str(perspective.uuid),
            "agency": str(review_world.agency.uuid),
            "agency_name": review_world.agency.name,
            "body": "The health visitor saw a tired but coping mother.",
            "body_html": perspective.body_html,
            "version": str(perspective.version),
        }
    ]
    assert [(link["kind"], link["id"]) for link in detail["links"]] == [("entry", str(entry.uuid))]


def test_a_removed_perspective_and_a_removed_section_are_not_shown(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    perspective = _narrative_perspective(review_world)
    section = perspective.section
    lead = review_world.lead

    narrative_services.perspective_remove(actor=lead, perspective=perspective)
    assert _section(api, review_world, section.uuid)["perspectives"] == []

    narrative_services.section_remove(actor=lead, section=section)
    gone = api.get(f"{_ref(review_world)}/narrative/sections/{section.uuid}")
    assert gone.status_code == 404
    assert api.get(f"{_ref(review_world)}/narrative/sections").json()["count"] == 0


def test_a_role_without_analysis_view_is_refused_the_excerpts_and_the_narrative(
    review_world: ReviewWorld,
) -> None:
    _excerpt(review_world)
    client = ApiClient(token_for(review_world.board_reader))

    assert client.get(f"{_ref(review_world)}/excerpts").status_code == 403
    assert client.get(f"{_ref(review_world)}/narrative/sections").status_code == 403


def test_conversations_are_read_with_their_notes_agreement_and_comments(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    participant = review_world.memberships[ReviewRole.PARTICIPANT]
    conversation = ConversationFactory(review=review_world.review, shared_with=participant)
    ConversationComment.objects.create(
        conversation=conversation,
        section="overview",
        author=review_world.participant,
        text="It was April, not March.",
    )
    base = f"{_ref(review_world)}/conversations"

    listed = api.get(base).json()
    detail = api.get(f"{base}/{conversation.uuid}").json()

    assert listed["count"] == 1 and listed["items"] == [detail]
    assert detail["practitioner"] == str(conversation.practitioner.uuid)
    assert (detail["status"], detail["agreed"], detail["agreement_withdrawn"]) == (
        "shared",
        False,
        False,
    )
    sections = {section["key"]: section for section in detail["sections"]}
    assert sections["overview"]["text"] == "I was the allocated social worker from March."
    assert sections["overview"]["title"]  # the structure's own heading
    assert detail["account_at_time"] == conversation.account_at_time
    assert [(c["section"], c["text"]) for c in detail["comments"]] == [
        ("overview", "It was April, not March.")
    ]

    # The practitioner agrees; then the notes are edited, which asks them again.
    conversation_agree(actor=review_world.participant, conversation=conversation, version=1)
    assert api.get(f"{base}/{conversation.uuid}").json()["agreed"] is True
    conversation.refresh_from_db()
    conversation.status, conversation.version = ConversationStatus.SHARED, 2
    conversation.save()
    again = api.get(f"{base}/{conversation.uuid}").json()
    assert (again["agreed"], again["agreement_withdrawn"]) == (False, True)


def test_the_practitioner_reads_their_notes_on_the_pages_not_through_the_api(
    review_world: ReviewWorld,
) -> None:
    """The API is the review team's (evidence.view): a participant whose own conversation was
    shared with them is refused it there, and other reviews' conversations are not found."""
    participant = review_world.memberships[ReviewRole.PARTICIPANT]
    conversation = ConversationFactory(review=review_world.review, shared_with=participant)
    theirs = ApiClient(token_for(review_world.participant))
    path = f"{_ref(review_world)}/conversations/{conversation.uuid}"

    assert theirs.get(path).status_code == 403
    assert theirs.get(f"{_ref(review_world)}/conversations").status_code == 403
    other = ConversationFactory()
    lead = ApiClient(token_for(review_world.lead))
    assert lead.get(f"{_ref(review_world)}/conversations/{other.uuid}").status_code == 404
