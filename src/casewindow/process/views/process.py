"""Process templates (partnership) and a review's progress through its steps."""

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.forms import posted
from casewindow.process.forms import ProcessTemplateForm, ReviewStepForm
from casewindow.process.models import ReviewStep
from casewindow.process.selectors.process import review_progress
from casewindow.process.services import process_templates as services
from casewindow.process.stages_text import stages_to_text
from casewindow.process.views.partnership import partnership_page
from casewindow.reviews.models import ReviewType
from casewindow.reviews.pages import review_page


def process_templates(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    rows = [
        (value, label, services.template_current(partnership, value))
        for value, label in ReviewType.choices
    ]
    return partnership_page(request, "process/process_templates.html", partnership, rows=rows)


@require_http_methods(["GET", "POST"])
def process_template_edit(
    request: HttpRequest, partnership_id: UUID, review_type: str
) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    if review_type not in ReviewType.values:
        raise Http404("No such type of review")
    current = services.template_current(partnership, review_type)
    form = ProcessTemplateForm(posted(request), initial={"text": stages_to_text(current.stages)})
    if request.method == "POST" and form.is_valid():
        template = services.process_template_save(
            actor=access.signed_in_user(request),
            partnership=partnership,
            review_type=review_type,
            text=form.cleaned_data["text"],
        )
        messages.success(request, f"Saved {template}. Reviews already under way keep theirs.")
        return redirect("process:process_templates", partnership.uuid)
    return partnership_page(
        request,
        "process/process_template_form.html",
        partnership,
        form=form,
        current=current,
        type_label=ReviewType(review_type).label,
    )


def review_process(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference)
    progress = review_progress(review)
    return review_page(
        request,
        "process/review_process.html",
        review,
        "overview",
        progress=progress,
        next_template=None
        if progress
        else services.template_current(review.partnership, review.review_type),
    )


def review_process_start(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    try:
        template = services.review_process_start(
            actor=access.signed_in_user(request), review=review
        )
    except services.ProcessRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"The review follows {template}")
    return redirect("process:review_process", review.reference)


@require_http_methods(["GET", "POST"])
def review_step_edit(request: HttpRequest, reference: str, step_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    step = access.review_object_for_user(
        request, review, ReviewStep.objects.select_related("review"), step_id, P.REVIEW_EDIT
    )
    members = review.memberships.select_related("user").order_by("user__full_name")
    form = ReviewStepForm(
        posted(request),
        members=members,
        initial={
            "status": step.status,
            "reason": step.reason,
            "assignee": step.assignee,
            "due_date": step.due_date,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.review_step_update(
                actor=access.signed_in_user(request), step=step, **form.cleaned_data
            )
        except services.ProcessRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"“{step.title}” saved")
            return redirect("process:review_process", review.reference)
    return review_page(
        request, "process/review_step_form.html", review, "overview", form=form, step=step
    )
