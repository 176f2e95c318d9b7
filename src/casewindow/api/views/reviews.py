"""Reviews, agencies and the people register."""

import datetime
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.api.views.base import (
    ERRORS,
    REMOVE_ANSWERS,
    WRITE_ERRORS,
    IsoDate,
    PageMeta,
    Removal,
    bound_form,
    conflict,
    invalid,
    load,
    load_object,
    page_of,
    refuse_if_stale,
    token_of,
    version_of,
)
from casewindow.api.views.paging import Paging
from casewindow.reviews import services
from casewindow.reviews.forms import AgencyForm, PersonForm
from casewindow.reviews.models import Agency, Person, Review
from casewindow.reviews.selectors import reviews_for_user
from casewindow.reviews.services import PERSON_FIELDS

router = Router(tags=["reviews"])
AGENCY_FIELDS = AgencyForm.Meta.fields


class ReviewOut(Schema):
    reference: str
    title: str
    review_type: str
    stage: str
    role: str
    scope_start: datetime.date | None
    scope_end: datetime.date | None


class ReviewPage(PageMeta):
    items: list[ReviewOut]


def _review_out(review: Review, role: str) -> dict[str, object]:
    return {
        "reference": review.reference,
        "title": review.title,
        "review_type": review.review_type,
        "stage": review.stage,
        "role": role,
        "scope_start": review.scope_start,
        "scope_end": review.scope_end,
    }


@router.get("/reviews", response={200: ReviewPage, **ERRORS}, summary="Reviews you may see")
def review_list(request: HttpRequest, paging: Query[Paging]) -> dict[str, object]:
    token = token_of(request)
    memberships = reviews_for_user(user=access.signed_in_user(request))
    if token.review_id is not None:
        memberships = memberships.filter(review_id=token.review_id)
    return page_of(
        memberships, paging.limit, paging.offset, lambda m: _review_out(m.review, m.role)
    )


@router.get("/reviews/{reference}", response={200: ReviewOut, **ERRORS}, summary="A review")
def review_detail(request: HttpRequest, reference: str) -> dict[str, object]:
    allowed = load(request, reference, P.REVIEW_VIEW)
    return _review_out(allowed.review, allowed.membership.role)


# --- agencies -----------------------------------------------------------------------------


class AgencyOut(Schema):
    id: UUID
    name: str
    kind: str
    publication_label: str
    contact: str
    version: str


class AgencyPage(PageMeta):
    items: list[AgencyOut]


class AgencyIn(Schema):
    name: str
    kind: str
    publication_label: str = ""
    contact: str = ""


class AgencyPatch(Schema):
    version: str
    name: str | None = None
    kind: str | None = None
    publication_label: str | None = None
    contact: str | None = None


def _agency_out(agency: Agency) -> dict[str, object]:
    return {
        "id": agency.uuid,
        "name": agency.name,
        "kind": agency.kind,
        "publication_label": agency.publication_label,
        "contact": agency.contact,
        "version": version_of(agency, AGENCY_FIELDS),
    }


@router.get("/reviews/{reference}/agencies", response={200: AgencyPage, **ERRORS})
def agency_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, object]:
    review = load(request, reference, P.AGENCY_VIEW).review
    agencies = Agency.objects.filter(review=review).order_by("name", "pk")
    return page_of(agencies, paging.limit, paging.offset, _agency_out)


@router.get("/reviews/{reference}/agencies/{agency_id}", response={200: AgencyOut, **ERRORS})
def agency_detail(request: HttpRequest, reference: str, agency_id: UUID) -> dict[str, object]:
    _, agency = load_object(request, reference, P.AGENCY_VIEW, Agency.objects.all(), agency_id)
    return _agency_out(agency)


def _agency_save(
    request: HttpRequest, review: Review, values: dict[str, object], agency: Agency | None
) -> Agency:
    form = bound_form(AgencyForm, values, partial=agency is not None, instance=agency)
    try:
        return services.agency_save(
            actor=access.signed_in_user(request),
            review=review,
            values=form.cleaned_data,
            agency=agency,
        )
    except services.ReviewError as error:
        raise invalid(str(error), {"name": [str(error)]}) from None


@router.post("/reviews/{reference}/agencies", response={201: AgencyOut, **WRITE_ERRORS})
def agency_create(
    request: HttpRequest, reference: str, payload: AgencyIn
) -> Status[dict[str, object]]:
    review = load(request, reference, P.AGENCY_EDIT).review
    return Status(201, _agency_out(_agency_save(request, review, payload.dict(), None)))


@router.patch(
    "/reviews/{reference}/agencies/{agency_id}", response={200: AgencyOut, **WRITE_ERRORS}
)
def agency_update(
    request: HttpRequest, reference: str, agency_id: UUID, payload: AgencyPatch
) -> dict[str, object]:
    review, agency = load_object(request, reference, P.AGENCY_EDIT, Agency.objects.all(), agency_id)
    values = payload.dict(exclude_unset=True)
    with transaction.atomic():
        refuse_if_stale(agency, AGENCY_FIELDS, values.pop("version"))
        saved = _agency_save(request, review, values, agency)
    return _agency_out(saved)


@router.delete(
    "/reviews/{reference}/agencies/{agency_id}",
    response=REMOVE_ANSWERS,
    summary="Remove an agency (refused while its chronology is in the review)",
)
def agency_delete(
    request: HttpRequest,
    reference: str,
    agency_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, agency = load_object(request, reference, P.AGENCY_EDIT, Agency.objects.all(), agency_id)
    with transaction.atomic():
        refuse_if_stale(agency, AGENCY_FIELDS, removal.version)
        try:
            services.agency_delete(actor=access.signed_in_user(request), agency=agency)
        except services.ReviewError as error:
            raise conflict(str(error)) from None
    return Status(204, None)


# --- the people register ------------------------------------------------------------------


class PersonOut(Schema):
    id: UUID
    real_name: str
    aliases: list[str]
    category: str
    publication_label: str
    agency: UUID | None
    job_title: str
    date_of_birth: datetime.date | None
    notes: str
    version: str


class PersonPage(PageMeta):
    items: list[PersonOut]


class PersonIn(Schema):
    real_name: str
    category: str
    publication_label: str
    aliases: list[str] = []
    agency: UUID | None = None
    job_title: str = ""
    date_of_birth: IsoDate | None = None
    notes: str = ""


class PersonPatch(Schema):
    version: str
    real_name: str | None = None
    category: str | None = None
    publication_label: str | None = None
    aliases: list[str] | None = None
    agency: UUID | None = None
    job_title: str | None = None
    date_of_birth: IsoDate | None = None
    notes: str | None = None


def _person_out(person: Person) -> dict[str, object]:
    return {
        "id": person.uuid,
        "real_name": person.real_name,
        "aliases": person.aliases,
        "category": person.category,
        "publication_label": person.publication_label,
        "agency": person.agency.uuid if person.agency else None,
        "job_title": person.job_title,
        "date_of_birth": person.date_of_birth,
        "notes": person.notes,
        "version": version_of(person, PERSON_FIELDS),
    }


def _person_values(values: dict[str, object]) -> dict[str, object]:
    """The API's `aliases` list as the page's one-per-line box."""
    if "aliases" in values:
        aliases = values.pop("aliases") or []
        assert isinstance(aliases, list)
        values["aliases_text"] = "\n".join(str(a) for a in aliases)
    return values


@router.get("/reviews/{reference}/people", response={200: PersonPage, **ERRORS})
def person_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, object]:
    review = load(request, reference, P.PERSON_VIEW).review
    people = Person.objects.filter(review=review).select_related("agency").order_by("pk")
    return page_of(people, paging.limit, paging.offset, _person_out)


@router.get("/reviews/{reference}/people/{person_id}", response={200: PersonOut, **ERRORS})
def person_detail(request: HttpRequest, reference: str, person_id: UUID) -> dict[str, object]:
    _, person = load_object(
        request, reference, P.PERSON_VIEW, Person.objects.select_related("agency"), person_id
    )
    return _person_out(person)


def _person_save(
    request: HttpRequest, review: Review, values: dict[str, object], person: Person | None
) -> Person:
    form = bound_form(
        PersonForm,
        _person_values(values),
        partial=person is not None,
        instance=person,
        review=review,
    )
    try:
        return services.person_save(
            actor=access.signed_in_user(request),
            review=review,
            values=form.values(),
            person=person,
        )
    except services.ReviewError as error:
        raise invalid(str(error), {"publication_label": [str(error)]}) from None


@router.post("/reviews/{reference}/people", response={201: PersonOut, **WRITE_ERRORS})
def person_create(
    request: HttpRequest, reference: str, payload: PersonIn
) -> Status[dict[str, object]]:
    review = load(request, reference, P.PERSON_EDIT).review
    return Status(201, _person_out(_person_save(request, review, payload.dict(), None)))


@router.patch("/reviews/{reference}/people/{person_id}", response={200: PersonOut, **WRITE_ERRORS})
def person_update(
    request: HttpRequest, reference: str, person_id: UUID, payload: PersonPatch
) -> dict[str, object]:
    review, person = load_object(request, reference, P.PERSON_EDIT, Person.objects.all(), person_id)
    values = payload.dict(exclude_unset=True)
    with transaction.atomic():
        refuse_if_stale(person, PERSON_FIELDS, values.pop("version"))
        saved = _person_save(request, review, values, person)
    return _person_out(saved)


@router.delete(
    "/reviews/{reference}/people/{person_id}",
    response=REMOVE_ANSWERS,
    summary="Remove someone from the people register (refused while conversations with them "
    "are recorded)",
)
def person_delete(
    request: HttpRequest,
    reference: str,
    person_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, person = load_object(request, reference, P.PERSON_EDIT, Person.objects.all(), person_id)
    with transaction.atomic():
        refuse_if_stale(person, PERSON_FIELDS, removal.version)
        try:
            services.person_delete(actor=access.signed_in_user(request), person=person)
        except services.ReviewError as error:
            raise conflict(str(error)) from None
    return Status(204, None)
