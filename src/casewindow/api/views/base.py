"""What every API route shares: the token check, the one error body, pagination, the page
forms as the API's validation, and optimistic-locking versions.

Nothing here decides who may do what: routes load through `accounts.access` (with the token's
own limits in `review_access_for_token`) and write through the apps' services, as the pages do.
"""

import datetime
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Annotated, Any, TypeVar

from django import forms
from django.db import models
from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja import Schema
from ninja.security import HttpBearer
from pydantic import BeforeValidator, Field

from casewindow.accounts import access
from casewindow.accounts.access import Permission, ReviewAccess
from casewindow.api.models import PersonalAccessToken
from casewindow.api.services import tokens
from casewindow.concurrency import StaleEdit, fingerprint, refuse_if_changed
from casewindow.forms import GovukDateWidget
from casewindow.reviews.models import Review

M = TypeVar("M", bound=models.Model)

# --- who is calling -----------------------------------------------------------------------


class TokenAuth(HttpBearer):
    """`Authorization: Bearer cw_…`: a working personal access token makes its owner the
    request's user; anything else is 401."""

    def authenticate(self, request: HttpRequest, token: str) -> PersonalAccessToken | None:
        found = tokens.token_for_secret(token.strip())
        if found is None:
            return None
        request.user = found.user
        tokens.token_note_used(found)
        return found


def token_of(request: HttpRequest) -> PersonalAccessToken:
    token = getattr(request, "auth", None)
    assert isinstance(token, PersonalAccessToken)  # every route is behind TokenAuth
    return token


def load(request: HttpRequest, reference: str, permission: Permission) -> ReviewAccess:
    """The review a route works in, through the gate, within the token's limits."""
    return access.review_access_for_token(request, token_of(request), reference, permission)


def load_object(
    request: HttpRequest,
    reference: str,
    permission: Permission,
    objects: models.QuerySet[M] | Callable[[Review], models.QuerySet[M]],
    object_id: uuid.UUID,
) -> tuple[Review, M]:
    """The review a route works in and one of its objects by id, both through the gate for
    `permission` (the object 404 if it is not the review's). `objects` is the queryset to look
    in, with what the route's answer needs, or the function that makes it for the review."""
    review = load(request, reference, permission).review
    queryset = objects(review) if callable(objects) else objects
    return review, access.review_object_for_user(request, review, queryset, object_id, permission)


# --- errors -------------------------------------------------------------------------------


class ErrorDetail(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


class ErrorOut(Schema):
    error: ErrorDetail


ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {**ERRORS, 400: ErrorOut, 409: ErrorOut}
# A removal answers 204 with no body, or one of the errors.
REMOVE_ANSWERS: dict[int, Any] = {204: None, **WRITE_ERRORS}


class ApiError(Exception):
    """Answer with the one error body: {"error": {"code", "message", "fields"}}."""

    def __init__(
        self, status: int, code: str, message: str, fields: Mapping[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.fields = dict(fields or {})

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


def invalid(message: str, fields: Mapping[str, list[str]] | None = None) -> ApiError:
    return ApiError(422, "invalid", message, fields)


def conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)


# --- values -------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: Any) -> Any:
    """A date is written YYYY-MM-DD: not a number of seconds, nor any other form pydantic
    would otherwise read as one."""
    if isinstance(value, datetime.date) or value is None:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("Write the date as YYYY-MM-DD")


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_only)]


# --- pagination ---------------------------------------------------------------------------

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class PageMeta(Schema):
    count: int
    limit: int
    offset: int


def page_of(
    queryset: models.QuerySet[M], limit: int, offset: int, out: Callable[[M], Any]
) -> dict[str, Any]:
    """One page: a count and the page's rows, each through `out` (the queryset carries the
    select_related/prefetch_related its `out` needs, so the queries do not grow with the page)."""
    count = queryset.count()
    items = [out(obj) for obj in queryset[offset : offset + limit]] if offset < count else []
    return {"count": count, "limit": limit, "offset": offset, "items": items}


# --- the pages' forms as the API's validation ---------------------------------------------


def _uuids_to_pks(field: "forms.ModelChoiceField[Any]", values: Sequence[Any]) -> list[str]:
    """The form's choices are keyed by primary key; the API names objects by UUID. A UUID that
    is not among the choices is passed on as it is, so the form refuses it in its own words."""
    queryset: Any = field.queryset
    wanted = [str(value) for value in values]
    if field.to_field_name == "uuid":  # the form is keyed by UUID already
        return wanted
    known: dict[str, Any] = {}
    if queryset is not None and "uuid" in {f.name for f in queryset.model._meta.fields}:
        valid = []
        for value in wanted:
            try:
                valid.append(str(uuid.UUID(value)))
            except ValueError:
                continue
        known = {str(u): pk for pk, u in queryset.filter(uuid__in=valid).values_list("pk", "uuid")}
    return [str(known.get(value, f"unknown {value}")) for value in wanted]


def form_data(form: forms.BaseForm, values: Mapping[str, Any]) -> MultiValueDict[str, Any]:
    """`values` (JSON: ISO dates, lists of UUIDs, booleans) as the form's fields would post
    them: a date as its day, month and year boxes, a choice of objects as their keys."""
    data: MultiValueDict[str, Any] = MultiValueDict()
    for name, value in values.items():
        field = form.fields.get(name)
        if field is None:
            continue
        key = form.add_prefix(name)
        if isinstance(field.widget, GovukDateWidget):
            if value in (None, ""):
                continue
            text = value.isoformat() if isinstance(value, datetime.date) else str(value)
            year, _, rest = text.partition("-")
            month, _, day = rest.partition("-")
            data[f"{key}_day"], data[f"{key}_month"], data[f"{key}_year"] = day, month, year
        elif isinstance(field, forms.ModelMultipleChoiceField):
            items = value if isinstance(value, (list, tuple)) else [value]
            data.setlist(key, _uuids_to_pks(field, items))
        elif isinstance(field, forms.ModelChoiceField):
            if value not in (None, ""):
                data[key] = _uuids_to_pks(field, [value])[0]
        elif isinstance(field, forms.MultipleChoiceField):
            data.setlist(key, [str(v) for v in (value if isinstance(value, list) else [value])])
        elif isinstance(field, forms.BooleanField):
            if value:
                data[key] = "on"
        elif value is not None:
            data[key] = value if isinstance(value, str) else str(value)
    return data


def _current_values(form: forms.BaseForm) -> dict[str, Any]:
    """What an unbound form shows for the record it edits: the starting point of a PATCH."""
    values: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(field, forms.ModelMultipleChoiceField):
            pks = [getattr(v, "pk", v) for v in (value or [])]
            queryset: Any = field.queryset
            value = [str(u) for u in queryset.filter(pk__in=pks).values_list("uuid", flat=True)]
        elif isinstance(field, forms.ModelChoiceField) and value not in (None, ""):
            queryset = field.queryset
            value = str(
                queryset.filter(pk=getattr(value, "pk", value))
                .values_list("uuid", flat=True)
                .first()
                or ""
            )
        values[name] = value
    return values


F = TypeVar("F", bound=forms.BaseForm)


def bound_form(
    form_class: Callable[..., F],
    values: Mapping[str, Any],
    *,
    partial: bool = False,
    **kwargs: Any,
) -> F:
    """The page's form, bound to the API's values and validated: `invalid` (422, each field's
    messages as the page shows them) if it refuses them. `partial`: fields the request leaves
    out keep the record's saved values (PATCH)."""
    start = _current_values(form_class(**kwargs)) if partial else {}
    merged = {**start, **{k: v for k, v in values.items()}}
    empty = form_class(**kwargs)
    form = form_class(data=form_data(empty, merged), **kwargs)
    if not form.is_valid():
        fields = {
            (name if name != "__all__" else "non_field"): [str(m) for m in messages]
            for name, messages in form.errors.items()
        }
        raise invalid(
            "Check the values sent: "
            + " ".join(str(m) for messages in form.errors.values() for m in messages),
            fields,
        )
    return form


# --- optimistic locking -------------------------------------------------------------------


def version_of(obj: models.Model, names: Iterable[str] | None = None) -> str:
    """A record's version for the API: its `version` number if it has one, else the
    fingerprint of its saved values (casewindow.concurrency), as the page's form carries it."""
    number = getattr(obj, "version", None)
    if isinstance(number, int):
        return str(number)
    assert names is not None
    return fingerprint(obj, names)


def patch_values(payload: Schema) -> tuple[dict[str, Any], int]:
    """A PATCH body: the fields sent, and the version number the record was read at."""
    values = payload.dict(exclude_unset=True)
    return values, expected_number(values.pop("version"))


class Removal(Schema):
    """The query of a DELETE: the version of the record as last read."""

    version: str = Field(
        ...,
        max_length=100,
        description="the `version` of the record as last read: a removal of a record someone "
        "changed since is refused (409)",
    )


def expected_number(version: str) -> int:
    try:
        return int(version)
    except ValueError:
        raise conflict(
            "This version is not the record's: read the record again, then send its version."
        ) from None


def refuse_if_stale(obj: models.Model, names: Iterable[str], version: str) -> None:
    """For records without a version number: 409 unless `version` is the fingerprint of what
    is saved now (the row is locked for the rest of the transaction)."""
    try:
        refuse_if_changed(obj, names, version or "-")
    except StaleEdit:
        raise conflict(
            "Someone changed this after you read it, so your change was not saved. Read it "
            "again, then send your change with its new version."
        ) from None
