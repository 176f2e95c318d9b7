"""The one-to-one conversations with practitioners, read-only, as the review team's pages show
them (evidence.view): the notes under the conversation structure's headings, the practitioner's
own account of how things looked at the time, where the notes stand with the practitioner
(draft, shared, agreed, and whether the agreement still holds), and the comments made on them.
Recording, sharing and agreeing stay on the pages, where the practitioner takes part."""

import datetime
from typing import Any
from uuid import UUID

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema

from casewindow.accounts.access import P
from casewindow.api.views.base import ERRORS, PageMeta, load, load_object, page_of
from casewindow.api.views.paging import Paging
from casewindow.evidence.models import Conversation
from casewindow.evidence.services import conversations as services
from casewindow.reviews.models import Review

router = Router(tags=["conversations"])


class NotesSectionOut(Schema):
    key: str
    title: str
    text: str


class NotesCommentOut(Schema):
    section: str  # a section's key, "account-at-time", or "" for the notes as a whole
    author: str
    text: str
    created_at: datetime.datetime


class ConversationOut(Schema):
    id: UUID
    practitioner: UUID
    practitioner_label: str
    agency: UUID | None
    held_on: datetime.date
    status: str
    agreed: bool  # the practitioner's agreement holds for the notes as they are now
    agreement_withdrawn: bool  # agreed once, then the notes were edited
    version: int
    structure_version: str
    sections: list[NotesSectionOut]
    account_at_time: str
    people: list[UUID]
    comments: list[NotesCommentOut]


class ConversationPage(PageMeta):
    items: list[ConversationOut]


def _conversations(review: Review) -> QuerySet[Conversation]:
    return (
        Conversation.objects.filter(review=review)
        .select_related("practitioner__agency")
        .prefetch_related("people", "comments__author")
        .order_by("held_on", "pk")
    )


def _conversation_out(conversation: Conversation) -> dict[str, Any]:
    practitioner = conversation.practitioner
    return {
        "id": conversation.uuid,
        "practitioner": practitioner.uuid,
        "practitioner_label": practitioner.publication_label,
        "agency": practitioner.agency.uuid if practitioner.agency else None,
        "held_on": conversation.held_on,
        "status": conversation.status,
        "agreed": services.conversation_is_agreed(conversation),
        "agreement_withdrawn": services.conversation_agreement_withdrawn(conversation),
        "version": conversation.version,
        "structure_version": conversation.structure_version,
        "sections": [
            {"key": s["key"], "title": s["title"], "text": conversation.notes.get(s["key"], "")}
            for s in services.sections_for(conversation)
        ],
        "account_at_time": conversation.account_at_time,
        "people": [person.uuid for person in conversation.people.all()],
        "comments": [
            {
                "section": comment.section,
                "author": comment.author.get_full_name() if comment.author else "",
                "text": comment.text,
                "created_at": comment.created_at,
            }
            for comment in conversation.comments.all()
        ],
    }


@router.get(
    "/reviews/{reference}/conversations",
    response={200: ConversationPage, **ERRORS},
    summary="The review's conversations with practitioners, oldest first",
)
def conversation_list(
    request: HttpRequest, reference: str, paging: Query[Paging]
) -> dict[str, Any]:
    review = load(request, reference, P.EVIDENCE_VIEW).review
    return page_of(_conversations(review), paging.limit, paging.offset, _conversation_out)


@router.get(
    "/reviews/{reference}/conversations/{conversation_id}",
    response={200: ConversationOut, **ERRORS},
)
def conversation_detail(
    request: HttpRequest, reference: str, conversation_id: UUID
) -> dict[str, Any]:
    _, conversation = load_object(
        request, reference, P.EVIDENCE_VIEW, _conversations, conversation_id
    )
    return _conversation_out(conversation)
