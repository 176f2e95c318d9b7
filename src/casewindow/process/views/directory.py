"""The partnership's agency directory, and adding its agencies to a review."""

from uuid import UUID

from django.contrib import messages
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.forms import posted
from casewindow.process.forms import AgenciesFromDirectoryForm, DirectoryAgencyForm
from casewindow.process.models import DirectoryAgency
from casewindow.process.services import directory
from casewindow.process.views.partnership import partnership_page
from casewindow.reviews.pages import review_page


@require_http_methods(["GET", "POST"])
def agency_directory(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = DirectoryAgencyForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            entry = directory.directory_agency_save(
                actor=access.signed_in_user(request),
                partnership=partnership,
                values=form.cleaned_data,
            )
        except directory.DirectoryRefused as refused:
            form.add_error("name", str(refused))
        else:
            messages.success(request, f"{entry.name} added to the directory")
            return redirect("process:agency_directory", partnership.uuid)
    return partnership_page(
        request,
        "process/agency_directory.html",
        partnership,
        form=form,
        entries=DirectoryAgency.objects.filter(partnership=partnership),
    )


@require_http_methods(["GET", "POST"])
def directory_agency_edit(
    request: HttpRequest, partnership_id: UUID, directory_agency_id: UUID
) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    entry = access.object_of(
        partnership, DirectoryAgency.objects.all(), via="partnership", uuid=directory_agency_id
    )
    form = DirectoryAgencyForm(posted(request), instance=DirectoryAgency.objects.get(pk=entry.pk))
    if request.method == "POST" and form.is_valid():
        try:
            directory.directory_agency_save(
                actor=access.signed_in_user(request),
                partnership=partnership,
                values=form.cleaned_data,
                agency=entry,
            )
        except directory.DirectoryRefused as refused:
            form.add_error("name", str(refused))
        else:
            messages.success(request, "Agency changed")
            return redirect("process:agency_directory", partnership.uuid)
    return partnership_page(
        request, "process/directory_agency_form.html", partnership, form=form, entry=entry
    )


@require_http_methods(["GET", "POST"])
def agencies_from_directory(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AGENCY_EDIT)
    have = [name.lower() for name in review.agencies.values_list("name", flat=True)]
    choices = (
        DirectoryAgency.objects.filter(partnership=review.partnership)
        .annotate(lower_name=Lower("name"))
        .exclude(lower_name__in=have)
    )
    form = AgenciesFromDirectoryForm(posted(request), choices=choices)
    if request.method == "POST" and form.is_valid():
        added = directory.review_agencies_add_from_directory(
            actor=access.signed_in_user(request),
            review=review,
            entries=list(form.cleaned_data["agencies"]),
        )
        messages.success(request, f"Added {', '.join(a.name for a in added)}")
        return redirect("reviews:agency_list", review.reference)
    return review_page(
        request,
        "process/agencies_from_directory.html",
        review,
        "agencies",
        form=form,
        has_choices=choices.exists(),
    )
