"""Letters: the partnership edits its templates; the lead reviewer makes a letter per person
(DOCX) and records when it was sent."""

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.forms import posted
from casewindow.process.forms import LetterMakeForm, LetterTemplateForm
from casewindow.process.letters import LETTER_TITLES, PLACEHOLDERS, LetterKind
from casewindow.process.models import LetterRecord
from casewindow.process.services import letters as services
from casewindow.process.views.partnership import partnership_page
from casewindow.reviews.pages import review_page

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _kind(letter_kind: str) -> LetterKind:
    try:
        return LetterKind(letter_kind)
    except ValueError:
        raise Http404("No such letter") from None


def letter_templates(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    templates = [
        (kind, title, services.letter_template_body(partnership, kind)[1])
        for kind, title in LETTER_TITLES.items()
    ]
    return partnership_page(
        request, "process/letter_templates.html", partnership, templates=templates
    )


@require_http_methods(["GET", "POST"])
def letter_template_edit(
    request: HttpRequest, partnership_id: UUID, letter_kind: str
) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    kind = _kind(letter_kind)
    body, version = services.letter_template_body(partnership, kind)
    form = LetterTemplateForm(posted(request), initial={"body": body})
    if request.method == "POST" and form.is_valid():
        services.letter_template_save(
            actor=access.signed_in_user(request),
            partnership=partnership,
            kind=kind,
            body=form.cleaned_data["body"],
        )
        messages.success(request, f"{LETTER_TITLES[kind]} saved")
        return redirect("process:letter_templates", partnership.uuid)
    return partnership_page(
        request,
        "process/letter_template_form.html",
        partnership,
        form=form,
        title=LETTER_TITLES[kind],
        version=version,
        placeholders=PLACEHOLDERS.items(),
    )


@require_http_methods(["GET", "POST"])
def letters(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    members = review.memberships.select_related("user", "agency").order_by("user__full_name")
    form = LetterMakeForm(posted(request), members=members)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record, content = services.letter_make(
            actor=access.signed_in_user(request),
            review=review,
            kind=LetterKind(data["kind"]),
            recipient=data["recipient"],
            details={
                name: data[name]
                for name in ("conversation_when", "conversation_where", "conversation_attendees")
            },
        )
        response = HttpResponse(content, content_type=DOCX_TYPE)
        name = f"{review.reference}-{record.kind}-{record.recipient_name}".replace(" ", "-")
        safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_")[:120]
        response["Content-Disposition"] = f'attachment; filename="{safe}.docx"'
        return response
    return review_page(
        request,
        "process/letters.html",
        review,
        "members",
        form=form,
        records=LetterRecord.objects.filter(review=review).select_related("made_by", "sent_by"),
        titles=LETTER_TITLES,
    )


def letter_mark_sent(request: HttpRequest, reference: str, letter_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    record = access.review_object_for_user(
        request, review, LetterRecord.objects.select_related("review"), letter_id, P.MEMBER_MANAGE
    )
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    services.letter_mark_sent(actor=access.signed_in_user(request), record=record)
    messages.success(request, f"Recorded as sent to {record.recipient_name}")
    return redirect("process:letters", review.reference)
