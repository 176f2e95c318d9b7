"""One-to-one conversations with practitioners.

Team pages (evidence.view to read, evidence.edit to write) record the conversations, share
them, keep the questions to put to each practitioner and link the people the notes mention.
Practitioner pages (conversation.respond) show a case-group participant only the conversations
shared with them; any other conversation gives 404."""

import uuid
from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.forms import BaseForm, ModelChoiceField
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.concurrency import StaleEdit, refuse_if_changed, start_editing
from casewindow.evidence.forms.conversations import (
    AgreeForm,
    CommentForm,
    ConversationForm,
    PeopleForm,
    PractitionerQuestionForm,
    QuestionsAskedForm,
    ShareForm,
)
from casewindow.evidence.models import (
    Conversation,
    ConversationStatus,
    PractitionerQuestion,
)
from casewindow.evidence.services import conversations as services
from casewindow.evidence.services.people_links import people_suggest
from casewindow.forms import posted
from casewindow.reviews.models import Person, PersonCategory, Review
from casewindow.reviews.pages import confirm_removal
from casewindow.reviews.pages import review_page as _page

TEAM = "conversations"
PRACTITIONER = "my_conversations"


def _post_only() -> HttpResponse:
    # Checked after the access loaders, so an outsider gets 404 whatever the method.
    return HttpResponseNotAllowed(["POST"])


def _status_state(conversation: Conversation, *, for_practitioner: bool = False) -> str:
    """Where a conversation stands, for its tag (the "conversation" kind of state_tags.py)."""
    if services.conversation_is_agreed(conversation):
        return "agreed"
    if services.conversation_agreement_withdrawn(conversation):
        return "changed_since_agreed"
    if conversation.status == ConversationStatus.SHARED:
        return "waiting_for_you" if for_practitioner else "shared"
    return "draft"


def _tagged(conversations: Any, *, for_practitioner: bool = False) -> list[Conversation]:
    tagged = list(conversations)
    for conversation in tagged:
        conversation.tag_state = _status_state(conversation, for_practitioner=for_practitioner)
    return tagged


def _team_conversation(
    request: HttpRequest, reference: str, conversation_id: Any, permission: P
) -> tuple[Review, Conversation]:
    review = access.review_for_user(request, reference, permission)
    conversation = access.review_object_for_user(
        request,
        review,
        Conversation.objects.select_related("practitioner__agency", "shared_with__user"),
        conversation_id,
        permission,
    )
    return review, conversation


def _offers_any(form: BaseForm, name: str) -> bool:
    """Whether the form's choice of objects `name` offers anything to choose."""
    field = form.fields[name]
    assert isinstance(field, ModelChoiceField)
    return field.queryset is not None and field.queryset.exists()


def _practitioner_url(request: HttpRequest, conversation: Conversation) -> str:
    return request.build_absolute_uri(
        reverse(
            "evidence:my_conversation_detail",
            args=[conversation.review.reference, conversation.uuid],
        )
    )


def _sections_with_notes(
    conversation: Conversation, *, for_practitioner: bool = False
) -> list[dict[str, Any]]:
    """Each heading with its notes and the comments made on it, then the practitioner's own
    account, then comments on the notes as a whole."""
    comments: dict[str, list[Any]] = defaultdict(list)
    for comment in conversation.comments.select_related("author"):
        comments[comment.section].append(comment)
    places = [
        {"key": s["key"], "title": s["title"], "text": conversation.notes.get(s["key"], "")}
        for s in services.sections_for(conversation)
    ]
    places.append(
        {
            "key": services.ACCOUNT_KEY,
            "title": (
                "Your account of how things looked at the time"
                if for_practitioner
                else "How things looked at the time, in the practitioner's own words"
            ),
            "text": conversation.account_at_time,
        }
    )
    places.append(
        {"key": services.GENERAL_KEY, "title": "Comments on the notes as a whole", "text": None}
    )
    for place in places:
        place["comments"] = comments.get(place["key"], [])
    return [p for p in places if p["text"] is not None or p["comments"]]


# Team pages ------------------------------------------------------------------------------


def conversation_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    conversations = _tagged(
        Conversation.objects.filter(review=review).select_related("shared_with__user")
    )
    by_practitioner: dict[int, list[Conversation]] = defaultdict(list)
    for conversation in conversations:
        by_practitioner[conversation.practitioner_id].append(conversation)
    question_counts = {
        row["practitioner"]: row
        for row in PractitionerQuestion.objects.filter(review=review)
        .values("practitioner")
        .annotate(total=Count("pk"), asked_count=Count("pk", filter=Q(asked=True)))
    }
    practitioners = (
        review.people.filter(Q(category=PersonCategory.PROFESSIONAL) | Q(pk__in=by_practitioner))
        .select_related("agency")
        .order_by("real_name")
    )
    groups: list[dict[str, Any]] = [
        {
            "person": person,
            "conversations": by_practitioner.get(person.pk, []),
            "questions": question_counts.get(person.pk, {"total": 0, "asked_count": 0}),
        }
        for person in practitioners
    ]
    # Practitioners already spoken to first, then those with questions waiting.
    groups.sort(key=lambda g: (not g["conversations"], not g["questions"]["total"]))
    return _page(
        request, "evidence/conversation_list.html", review, TEAM,
        groups=groups, conversation_count=len(conversations),
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def conversation_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    initial: dict[str, Any] = {"conducted_by": [request.user.pk]}
    chosen = request.GET.get("practitioner", "")
    person = review.people.filter(uuid=chosen).first() if _is_uuid(chosen) else None
    if person is not None:
        initial["practitioner"] = person.pk
    form = ConversationForm(posted(request), review=review, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            conversation = services.conversation_create(
                actor=access.signed_in_user(request),
                review=review,
                practitioner=form.cleaned_data["practitioner"],
                held_on=form.cleaned_data["held_on"],
                conducted_by=form.cleaned_data["conducted_by"],
                notes=form.notes(),
                account_at_time=form.cleaned_data["account_at_time"],
            )
        except services.ConversationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Conversation recorded")
            return redirect("evidence:conversation_detail", review.reference, conversation.uuid)
    return _page(
        request, "evidence/conversation_form.html", review, TEAM, form=form, conversation=None,
        has_practitioners=_offers_any(form, "practitioner"),
    )  # fmt: skip


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


@require_http_methods(["GET", "POST"])
def conversation_edit(request: HttpRequest, reference: str, conversation_id: Any) -> HttpResponse:
    review, conversation = _team_conversation(request, reference, conversation_id, P.EVIDENCE_EDIT)
    form = ConversationForm(posted(request), review=review, conversation=conversation)
    # The notes carry a version: an edit made by someone else after this form was opened is
    # never overwritten silently (and the practitioner never agrees notes that changed).
    start_editing(form, conversation, ["version"])
    if request.method == "POST" and form.is_valid():
        try:
            was_agreed = services.conversation_is_agreed(conversation)
            with transaction.atomic():
                refuse_if_changed(conversation, ["version"], form.cleaned_data["opened_as"])
                conversation = services.conversation_update(
                    actor=access.signed_in_user(request),
                    conversation=conversation,
                    practitioner=form.cleaned_data["practitioner"],
                    held_on=form.cleaned_data["held_on"],
                    conducted_by=form.cleaned_data["conducted_by"],
                    notes=form.notes(),
                    account_at_time=form.cleaned_data["account_at_time"],
                    practitioner_url=_practitioner_url(request, conversation),
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.ConversationError as error:
            form.add_error(None, str(error))
        else:
            if was_agreed and not services.conversation_is_agreed(conversation):
                messages.success(
                    request,
                    "Notes saved. The practitioner's agreement was withdrawn and they have been "
                    "asked to read and agree the notes again.",
                )
            else:
                messages.success(request, "Notes saved")
            return redirect("evidence:conversation_detail", review.reference, conversation.uuid)
    return _page(
        request, "evidence/conversation_form.html", review, TEAM, form=form,
        conversation=conversation, has_practitioners=True,
        is_agreed=services.conversation_is_agreed(conversation),
    )  # fmt: skip


def conversation_detail(request: HttpRequest, reference: str, conversation_id: Any) -> HttpResponse:
    review, conversation = _team_conversation(request, reference, conversation_id, P.EVIDENCE_VIEW)
    can_edit = P.EVIDENCE_EDIT in access.can(request, review)
    return _page(
        request, "evidence/conversation_detail.html", review, TEAM,
        conversation=_tagged([conversation])[0],
        places=_sections_with_notes(conversation),
        conducted_by=list(conversation.conducted_by.all()),
        is_agreed=services.conversation_is_agreed(conversation),
        withdrawn=services.conversation_agreement_withdrawn(conversation),
        people_rows=_people_rows(review, conversation),
        questions=_question_rows(conversation) if can_edit else [],
        can_edit=can_edit,
    )  # fmt: skip


def _people_rows(review: Review, conversation: Conversation) -> list[dict[str, Any]]:
    """People suggested from the notes and people already confirmed, for confirm checkboxes."""
    confirmed = {p.pk: p for p in conversation.people.all()}
    rows: list[dict[str, Any]] = []
    for match in people_suggest(review=review, text=services.conversation_text(conversation)):
        rows.append(
            {
                "person": match.person,
                "names_found": match.names_found,
                "times": len(match.spans),
                "checked": match.person.pk in confirmed,
            }
        )
    suggested = {row["person"].pk for row in rows}
    for person in confirmed.values():
        if person.pk not in suggested:
            rows.append({"person": person, "names_found": [], "times": 0, "checked": True})
    return rows


def _question_rows(conversation: Conversation) -> list[dict[str, Any]]:
    return [
        {"question": q, "checked": q.asked and q.conversation_id == conversation.pk}
        for q in services.questions_for_conversation(conversation)
    ]


def conversation_people(request: HttpRequest, reference: str, conversation_id: Any) -> HttpResponse:
    review, conversation = _team_conversation(request, reference, conversation_id, P.EVIDENCE_EDIT)
    if request.method != "POST":
        return _post_only()
    form = PeopleForm(request.POST, review=review)
    if form.is_valid():
        services.conversation_people_set(
            actor=access.signed_in_user(request),
            conversation=conversation,
            people=form.cleaned_data["people"],
        )
        messages.success(request, "People mentioned saved")
    else:
        messages.error(request, "Those people are not in this review's register")
    return redirect(
        reverse("evidence:conversation_detail", args=[review.reference, conversation.uuid])
        + "#people"
    )


def conversation_questions_asked(
    request: HttpRequest, reference: str, conversation_id: Any
) -> HttpResponse:
    review, conversation = _team_conversation(request, reference, conversation_id, P.EVIDENCE_EDIT)
    if request.method != "POST":
        return _post_only()
    form = QuestionsAskedForm(request.POST, conversation=conversation)
    if form.is_valid():
        services.practitioner_questions_mark_asked(
            actor=access.signed_in_user(request),
            conversation=conversation,
            asked=form.cleaned_data["questions"],
        )
        messages.success(request, "Questions asked saved")
    else:
        messages.error(request, "Those questions cannot be ticked in this conversation")
    return redirect(
        reverse("evidence:conversation_detail", args=[review.reference, conversation.uuid])
        + "#questions"
    )


@require_http_methods(["GET", "POST"])
def conversation_share(request: HttpRequest, reference: str, conversation_id: Any) -> HttpResponse:
    review, conversation = _team_conversation(request, reference, conversation_id, P.EVIDENCE_EDIT)
    form = ShareForm(
        posted(request),
        review=review,
        initial={"membership": conversation.shared_with.uuid if conversation.shared_with else None},
    )
    start_editing(form, conversation, ["shared_with"])
    if request.method == "POST" and form.is_valid():
        membership = form.cleaned_data["membership"]
        try:
            with transaction.atomic():
                refuse_if_changed(conversation, ["shared_with"], form.cleaned_data["opened_as"])
                services.conversation_share(
                    actor=access.signed_in_user(request),
                    conversation=conversation,
                    membership=membership,
                    practitioner_url=_practitioner_url(request, conversation),
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.ConversationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"The notes are shared with {membership.user.full_name}, who has been e-mailed "
                "to read and agree them",
            )
            return redirect("evidence:conversation_detail", review.reference, conversation.uuid)
    return _page(
        request, "evidence/conversation_share.html", review, TEAM, form=form,
        conversation=conversation,
        has_participants=_offers_any(form, "membership"),
    )  # fmt: skip


# Questions for practitioners --------------------------------------------------------------


def _practitioner(
    request: HttpRequest, review: Review, practitioner_id: Any, permission: P
) -> Person:
    return access.review_object_for_user(
        request,
        review,
        Person.objects.filter(category=PersonCategory.PROFESSIONAL).select_related("agency"),
        practitioner_id,
        permission,
    )


def practitioner_question_list(
    request: HttpRequest, reference: str, practitioner_id: Any
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    practitioner = _practitioner(request, review, practitioner_id, P.EVIDENCE_VIEW)
    questions = PractitionerQuestion.objects.filter(
        review=review, practitioner=practitioner
    ).select_related("conversation")
    return _page(
        request, "evidence/question_list.html", review, TEAM,
        practitioner=practitioner, questions=questions,
        conversations=_tagged(practitioner.conversations.filter(review=review)),
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def practitioner_question_add(
    request: HttpRequest, reference: str, practitioner_id: Any
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    practitioner = _practitioner(request, review, practitioner_id, P.EVIDENCE_EDIT)
    return _question_form(request, review, practitioner, None)


@require_http_methods(["GET", "POST"])
def practitioner_question_edit(
    request: HttpRequest, reference: str, practitioner_question_id: Any
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    question = access.review_object_for_user(
        request,
        review,
        PractitionerQuestion.objects.select_related("practitioner"),
        practitioner_question_id,
        P.EVIDENCE_EDIT,
    )
    return _question_form(request, review, question.practitioner, question)


QUESTION_FIELDS = ["text", "prepared_from"]


def _question_form(
    request: HttpRequest,
    review: Review,
    practitioner: Person,
    question: PractitionerQuestion | None,
) -> HttpResponse:
    initial = {"text": question.text, "prepared_from": question.prepared_from} if question else None
    form = PractitionerQuestionForm(posted(request), initial=initial)
    if question is not None:
        start_editing(form, question, QUESTION_FIELDS)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                if question is not None:
                    refuse_if_changed(question, QUESTION_FIELDS, form.cleaned_data["opened_as"])
                services.practitioner_question_save(
                    actor=access.signed_in_user(request),
                    review=review,
                    practitioner=practitioner,
                    text=form.cleaned_data["text"],
                    prepared_from=form.cleaned_data["prepared_from"],
                    question=question,
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.ConversationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Question saved" if question else "Question added")
            return redirect(
                "evidence:practitioner_question_list", review.reference, practitioner.uuid
            )
    return _page(
        request, "evidence/question_form.html", review, TEAM, form=form,
        practitioner=practitioner, question=question,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def practitioner_question_delete(
    request: HttpRequest, reference: str, practitioner_question_id: Any
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    question = access.review_object_for_user(
        request,
        review,
        PractitionerQuestion.objects.select_related("practitioner", "review"),
        practitioner_question_id,
        P.EVIDENCE_EDIT,
    )
    practitioner = question.practitioner
    back = reverse(
        "evidence:practitioner_question_list", args=[review.reference, practitioner.uuid]
    )
    return confirm_removal(
        request, review, TEAM,
        thing=f"this question for {practitioner.real_name}", detail=question.text,
        remove=lambda: services.practitioner_question_delete(
            actor=access.signed_in_user(request), question=question
        ),
        removed="Question removed", done_url=back, cancel_url=back,
    )  # fmt: skip


# Practitioner pages ----------------------------------------------------------------------


def my_conversation_list(request: HttpRequest, reference: str) -> HttpResponse:
    allowed = access.review_access_for_user(request, reference, P.CONVERSATION_RESPOND)
    review = allowed.review
    conversations = _tagged(
        access.conversations_shared_with(allowed),
        for_practitioner=True,
    )
    return _page(
        request, "evidence/conversation_mine_list.html", review, PRACTITIONER,
        conversations=conversations,
    )  # fmt: skip


def _my_conversation(
    request: HttpRequest, reference: str, conversation_id: uuid.UUID
) -> tuple[Review, Conversation]:
    """The conversation shared with the signed-in practitioner. As for any object of a review,
    one that does not exist is 404 before the role is checked (403 for the review team)."""
    review = access.review_for_user(request, reference, P.REVIEW_VIEW)
    return review, access.shared_conversation_for_user(request, review, conversation_id)


def my_conversation_detail(
    request: HttpRequest, reference: str, conversation_id: Any
) -> HttpResponse:
    review, conversation = _my_conversation(request, reference, conversation_id)
    return _page(
        request, "evidence/conversation_mine_detail.html", review, PRACTITIONER,
        conversation=_tagged([conversation], for_practitioner=True)[0],
        places=_sections_with_notes(conversation, for_practitioner=True),
        conducted_by=list(conversation.conducted_by.all()),
        is_agreed=services.conversation_is_agreed(conversation),
        withdrawn=services.conversation_agreement_withdrawn(conversation),
        agree_form=AgreeForm(initial={"version": conversation.version}),
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def my_conversation_comment(
    request: HttpRequest, reference: str, conversation_id: Any
) -> HttpResponse:
    review, conversation = _my_conversation(request, reference, conversation_id)
    places = services.comment_places(conversation)
    chosen = request.GET.get("section")
    initial = {"section": chosen or "whole"} if chosen in places else None
    form = CommentForm(posted(request), conversation=conversation, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.conversation_comment_add(
                actor=access.signed_in_user(request),
                conversation=conversation,
                section=form.section_key(),
                text=form.cleaned_data["text"],
            )
        except services.ConversationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Comment added. The review team will see it.")
            return redirect("evidence:my_conversation_detail", review.reference, conversation.uuid)
    return _page(
        request, "evidence/conversation_mine_comment.html", review, PRACTITIONER, form=form,
        conversation=conversation,
    )  # fmt: skip


def my_conversation_agree(
    request: HttpRequest, reference: str, conversation_id: Any
) -> HttpResponse:
    review, conversation = _my_conversation(request, reference, conversation_id)
    if request.method != "POST":
        return _post_only()
    form = AgreeForm(request.POST)
    version = form.cleaned_data["version"] if form.is_valid() else 0
    try:
        services.conversation_agree(
            actor=access.signed_in_user(request), conversation=conversation, version=version
        )
    except services.ConversationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Thank you. You have agreed the notes as an accurate record.")
    return redirect("evidence:my_conversation_detail", review.reference, conversation.uuid)
