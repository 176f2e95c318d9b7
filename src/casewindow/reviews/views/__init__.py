"""Review set-up pages. Each view starts by loading (and so authorising) what it shows
through the access module; business rules live in services."""

from uuid import UUID

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts import services as account_services
from casewindow.accounts.access import Permission as P
from casewindow.accounts.models import ROLE_DESCRIPTIONS, Membership, ReviewRole
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.concurrency import StaleEdit, opened_as, refuse_if_changed
from casewindow.forms import posted
from casewindow.reviews import panels, selectors, services
from casewindow.reviews.forms import (
    AgencyForm,
    PersonForm,
    ResearchQuestionForm,
    ReviewCreateForm,
    ReviewDetailsForm,
)
from casewindow.reviews.forms.memberships import MembershipAddForm, MembershipChangeForm
from casewindow.reviews.models import Agency, Person, PersonCategory, ResearchQuestion, Review
from casewindow.reviews.pages import confirm_removal, review_page
from casewindow.reviews.services import memberships as membership_services

_page = review_page
MEMBERSHIP_FIELDS = ["role", "agency"]
PERSON_FIELDS = [
    "real_name",
    "aliases",
    "category",
    "publication_label",
    "agency",
    "job_title",
    "date_of_birth",
    "notes",
]


def dashboard(request: HttpRequest) -> HttpResponse:
    """The signed-in user's home: what waits for them (drafts open for their comments, notes
    of their conversations to agree, answers to their comments), then their reviews. Only what
    accounts.access lets them see is gathered."""
    user = access.signed_in_user(request)
    return render(
        request,
        "reviews/dashboard.html",
        {
            "memberships": selectors.reviews_for_user(user=user),
            "can_create": access.partnerships_managed_by(user).exists(),
            # Drafts, notes to agree, meetings: the panels later apps register (reviews/panels.py).
            **panels.panels_context(panels.dashboard_panels, user),
            "overseen": access.partnerships_overseen_by(user),
            "nav_section": "reviews",
        },
    )


@require_http_methods(["GET", "POST"])
def review_create(request: HttpRequest) -> HttpResponse:
    partnerships = access.partnerships_for_review_create(request)
    form = ReviewCreateForm(posted(request), partnerships=partnerships)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            review = services.review_create(actor=access.signed_in_user(request), **data)
        except services.ReviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Review {review.reference} created. You are its lead reviewer."
            )
            return redirect("reviews:review_home", review.reference)
    if getattr(form, "reference_used_elsewhere", False):
        audit_record(
            actor=access.signed_in_user(request),
            action=AuditAction.SECURITY,
            summary=(
                f"Tried to start a review with reference {form.data.get('reference', '')[:40]}, "
                "which another partnership uses"
            ),
        )
    return render(request, "reviews/review_create.html", {"form": form, "nav_section": "reviews"})


def review_home(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference)
    next_stage = selectors.review_next_stage(review=review)
    return _page(
        request,
        "reviews/review_home.html",
        review,
        "overview",
        next_stage=next_stage.label if next_stage else None,
        questions=review.research_questions.all(),
        **panels.panels_context(panels.review_home_panels, review),
        counts={
            "agencies": review.agencies.count(),
            "people": review.people.count(),
            "members": review.memberships.count(),
        },
    )


@require_http_methods(["GET", "POST"])
def review_edit(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    fields = ReviewDetailsForm.Meta.fields
    form = ReviewDetailsForm(
        posted(request),
        instance=Review.objects.get(pk=review.pk),
        initial=opened_as(review, fields),
    )
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in fields}
        try:
            with transaction.atomic():
                refuse_if_changed(review, fields, form.cleaned_data["opened_as"])
                services.review_update(
                    actor=access.signed_in_user(request), review=review, **values
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        else:
            messages.success(request, "Review details saved")
            return redirect("reviews:review_home", review.reference)
    return _page(request, "reviews/review_edit.html", review, "overview", form=form)


# Research questions ---------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def question_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    form = ResearchQuestionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        question = services.research_question_save(
            actor=access.signed_in_user(request), review=review, text=form.cleaned_data["text"]
        )
        messages.success(request, f"Research question {question.number} added")
        return redirect("reviews:review_home", review.reference)
    return _page(
        request, "reviews/question_form.html", review, "overview", form=form, question=None
    )


@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, reference: str, question_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    question = access.review_object_for_user(
        request, review, ResearchQuestion.objects.all(), question_id, P.REVIEW_EDIT
    )
    form = ResearchQuestionForm(
        posted(request), initial={"text": question.text, **opened_as(question, ["text"])}
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                refuse_if_changed(question, ["text"], form.cleaned_data["opened_as"])
                services.research_question_save(
                    actor=access.signed_in_user(request),
                    review=review,
                    text=form.cleaned_data["text"],
                    question=question,
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        else:
            messages.success(request, f"Research question {question.number} saved")
            return redirect("reviews:review_home", review.reference)
    return _page(
        request, "reviews/question_form.html", review, "overview", form=form, question=question
    )


@require_http_methods(["GET", "POST"])
def question_delete(request: HttpRequest, reference: str, question_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    question = access.review_object_for_user(
        request, review, ResearchQuestion.objects.all(), question_id, P.REVIEW_EDIT
    )
    home = reverse("reviews:review_home", args=[review.reference])
    return confirm_removal(
        request,
        review,
        "overview",
        thing=f"research question {question.number}",
        detail=question.text,
        remove=lambda: services.research_question_delete(
            actor=access.signed_in_user(request), question=question
        ),
        removed=f"Research question {question.number} removed",
        done_url=home,
        cancel_url=home,
    )


# Agencies -------------------------------------------------------------------------------


def agency_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AGENCY_VIEW)
    return _page(
        request, "reviews/agency_list.html", review, "agencies", agencies=review.agencies.all()
    )


@require_http_methods(["GET", "POST"])
def agency_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AGENCY_EDIT)
    return _agency_form(request, review, None)


@require_http_methods(["GET", "POST"])
def agency_edit(request: HttpRequest, reference: str, agency_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AGENCY_EDIT)
    agency = access.review_object_for_user(
        request, review, Agency.objects.all(), agency_id, P.AGENCY_EDIT
    )
    return _agency_form(request, review, agency)


def _agency_form(request: HttpRequest, review: Review, agency: Agency | None) -> HttpResponse:
    fields = AgencyForm.Meta.fields
    form = AgencyForm(
        posted(request), instance=agency, initial=opened_as(agency, fields) if agency else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                if agency is not None:
                    refuse_if_changed(agency, fields, form.cleaned_data["opened_as"])
                saved = services.agency_save(
                    actor=access.signed_in_user(request),
                    review=review,
                    values=form.cleaned_data,
                    agency=agency,
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.ReviewError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, f"Agency {saved.name} saved")
            return redirect("reviews:agency_list", review.reference)
    return _page(request, "reviews/agency_form.html", review, "agencies", form=form, agency=agency)


@require_http_methods(["GET", "POST"])
def agency_delete(request: HttpRequest, reference: str, agency_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AGENCY_EDIT)
    agency = access.review_object_for_user(
        request, review, Agency.objects.all(), agency_id, P.AGENCY_EDIT
    )
    agencies = reverse("reviews:agency_list", args=[review.reference])
    return confirm_removal(
        request,
        review,
        "agencies",
        thing=f"the agency {agency.name}",
        blocked=services.agency_removal_blocker(agency=agency),
        detail=(
            f"{agency.professionals.count()} people in the register are linked to it; "
            "they will keep their entries without an agency."
        ),
        remove=lambda: services.agency_delete(actor=access.signed_in_user(request), agency=agency),
        refusals=(services.ReviewError,),
        removed=f"Agency {agency.name} removed",
        done_url=agencies,
        cancel_url=agencies,
    )


# People register ------------------------------------------------------------------------


def person_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.PERSON_VIEW)
    people = review.people.select_related("agency")
    groups = [
        (label, [p for p in people if p.category == value])
        for value, label in PersonCategory.choices
    ]
    return _page(
        request,
        "reviews/person_list.html",
        review,
        "people",
        groups=[(label, members) for label, members in groups if members],
        total=len(people),
    )


def person_detail(request: HttpRequest, reference: str, person_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.PERSON_VIEW)
    person = access.review_object_for_user(
        request, review, Person.objects.select_related("agency"), person_id, P.PERSON_VIEW
    )
    return _page(request, "reviews/person_detail.html", review, "people", person=person)


@require_http_methods(["GET", "POST"])
def person_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.PERSON_EDIT)
    return _person_form(request, review, None)


@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, reference: str, person_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.PERSON_EDIT)
    person = access.review_object_for_user(
        request, review, Person.objects.all(), person_id, P.PERSON_EDIT
    )
    return _person_form(request, review, person)


def _person_form(request: HttpRequest, review: Review, person: Person | None) -> HttpResponse:
    fields = PERSON_FIELDS
    form = PersonForm(
        posted(request),
        instance=person,
        review=review,
        initial=opened_as(person, fields) if person else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                if person is not None:
                    refuse_if_changed(person, fields, form.cleaned_data["opened_as"])
                saved = services.person_save(
                    actor=access.signed_in_user(request),
                    review=review,
                    values=form.values(),
                    person=person,
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.ReviewError as error:
            form.add_error("publication_label", str(error))
        else:
            messages.success(request, f"{saved.publication_label} saved in the people register")
            return redirect("reviews:person_list", review.reference)
    return _page(request, "reviews/person_form.html", review, "people", form=form, person=person)


@require_http_methods(["GET", "POST"])
def person_delete(request: HttpRequest, reference: str, person_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.PERSON_EDIT)
    person = access.review_object_for_user(
        request, review, Person.objects.all(), person_id, P.PERSON_EDIT
    )
    return confirm_removal(
        request,
        review,
        "people",
        thing=f"{person.publication_label} from the people register",
        detail="Published texts will no longer replace this person's name with their label.",
        remove=lambda: services.person_delete(actor=access.signed_in_user(request), person=person),
        refusals=(services.ReviewError,),
        removed=f"{person.publication_label} removed from the people register",
        done_url=reverse("reviews:person_list", args=[review.reference]),
        cancel_url=reverse("reviews:person_detail", args=[review.reference, person.uuid]),
    )


# Review team and case group -------------------------------------------------------------


def member_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_VIEW)
    memberships = review.memberships.select_related("user", "agency")
    groups = [
        (
            ReviewRole(role).label,
            ROLE_DESCRIPTIONS[ReviewRole(role)],
            [m for m in memberships if m.role == role],
        )
        for role in ReviewRole.values
    ]
    return _page(request, "reviews/member_list.html", review, "members", groups=groups)


@require_http_methods(["GET", "POST"])
def member_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    form = MembershipAddForm(posted(request), review=review)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, _created = account_services.user_find_or_invite(
                email=data["email"], full_name=data["full_name"], job_title=data["job_title"]
            )
            membership = membership_services.membership_add(
                actor=access.signed_in_user(request),
                review=review,
                user=user,
                role=data["role"],
                agency=data["agency"],
            )
        except account_services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            membership_services.membership_tell(
                actor=access.signed_in_user(request),
                membership=membership,
                domain=request.get_host(),
                use_https=request.is_secure(),
            )
            # The same words whether or not the address had an account: what the lead typed,
            # never the account's stored name (docs/security.md).
            messages.success(
                request,
                f"{data['full_name']} ({data['email']}) added to the review as "
                f"{membership.get_role_display().lower()}. They have been e-mailed about it.",
            )
            return redirect("reviews:member_list", review.reference)
    return _page(
        request,
        "reviews/member_form.html",
        review,
        "members",
        form=form,
        membership_obj=None,
        role_descriptions=ROLE_DESCRIPTIONS.items(),
    )


def member_invitation_resend(
    request: HttpRequest, reference: str, membership_id: UUID
) -> HttpResponse:
    """Send the invitation again to a member who has not chosen a password yet (POST only; a
    review that does not exist is 404 whatever the method)."""
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    membership = access.review_object_for_user(
        request, review, Membership.objects.select_related("user"), membership_id, P.MEMBER_MANAGE
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        membership_services.membership_invitation_resend(
            actor=access.signed_in_user(request),
            membership=membership,
            domain=request.get_host(),
            use_https=request.is_secure(),
        )
    except account_services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            f"Invitation sent again to {membership.user.email}. The new link works for 3 days.",
        )
    return redirect("reviews:member_list", review.reference)


@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, reference: str, membership_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    membership = access.review_object_for_user(
        request, review, Membership.objects.select_related("user"), membership_id, P.MEMBER_MANAGE
    )
    form = MembershipChangeForm(
        posted(request),
        review=review,
        initial={
            "role": membership.role,
            "agency": membership.agency,
            **opened_as(membership, MEMBERSHIP_FIELDS),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                refuse_if_changed(membership, MEMBERSHIP_FIELDS, form.cleaned_data["opened_as"])
                membership_services.membership_change(
                    actor=access.signed_in_user(request),
                    membership=membership,
                    role=form.cleaned_data["role"],
                    agency=form.cleaned_data["agency"],
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except account_services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"{membership.user}'s membership saved")
            return redirect("reviews:member_list", review.reference)
    return _page(
        request,
        "reviews/member_form.html",
        review,
        "members",
        form=form,
        membership_obj=membership,
        role_descriptions=ROLE_DESCRIPTIONS.items(),
    )


@require_http_methods(["GET", "POST"])
def member_remove(request: HttpRequest, reference: str, membership_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.MEMBER_MANAGE)
    membership = access.review_object_for_user(
        request, review, Membership.objects.select_related("user"), membership_id, P.MEMBER_MANAGE
    )
    members = reverse("reviews:member_list", args=[review.reference])
    return confirm_removal(
        request,
        review,
        "members",
        thing=f"{membership.user} ({membership.get_role_display()}) from this review",
        detail="They will no longer be able to open anything in this review.",
        remove=lambda: membership_services.membership_remove(
            actor=access.signed_in_user(request), membership=membership
        ),
        refusals=(account_services.MembershipError,),
        removed=f"{membership.user} removed from the review",
        done_url=members,
        cancel_url=members,
    )
