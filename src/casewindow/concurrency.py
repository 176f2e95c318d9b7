"""No lost update on a form whose record has no version number: the form carries a fingerprint
of the record's saved values as the editor opened it (`opened_as`, a hidden field); saving
re-reads the row under a lock in the same transaction and refuses if the fingerprint changed —
someone saved in between. The editor's text is kept on the page with a message; saving again
(having seen the other change) goes through. Records with a `version` (analysis objects,
chronology entries, conversation notes) use it instead (analysis.services.editing).

    form = AgencyForm(posted(request), instance=agency, initial=opened_as(agency, FIELDS))
    ...
    try:
        with transaction.atomic():
            refuse_if_changed(agency, FIELDS, form.cleaned_data["opened_as"])
            services.agency_save(...)
    except StaleEdit as stale:
        stale.keep_editing(form)
"""

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from django import forms
from django.db import models

FIELD = "opened_as"
MESSAGE = (
    "Someone else saved a change to this after you opened it, so your changes have not been "
    "saved yet. Your text is kept below: check it against the saved version (open the page "
    "again in another tab to see it), then save again to replace it."
)


class OpenedAsField(forms.CharField):
    """The hidden fingerprint. Not required: a request without one is not checked (the page
    always sends it)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, max_length=64, widget=forms.HiddenInput, **kwargs)


def _value(obj: models.Model, name: str) -> Any:
    field = obj._meta.get_field(name)
    if field.many_to_many:
        return sorted(str(pk) for pk in getattr(obj, name).values_list("pk", flat=True))
    if isinstance(field, models.ForeignKey):
        return str(getattr(obj, field.attname))
    value = getattr(obj, name)
    return (
        value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)
    )


def fingerprint(obj: models.Model, names: Iterable[str]) -> str:
    """A digest of the record's saved values of these fields."""
    values = {name: _value(obj, name) for name in sorted(names)}
    data = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode()).hexdigest()


def opened_as(obj: models.Model, names: Iterable[str]) -> dict[str, str]:
    """The form's initial fingerprint, from the record as it is saved now."""
    fresh = type(obj)._default_manager.get(pk=obj.pk)
    return {FIELD: fingerprint(fresh, names)}


def start_editing(form: forms.BaseForm, obj: models.Model, names: Iterable[str]) -> None:
    """Give an unbound form the record's fingerprint (a bound form keeps what was posted)."""
    if not form.is_bound:
        form.initial.update(opened_as(obj, names))


class StaleEdit(Exception):
    """The record changed after the editor opened it."""

    def __init__(self, current: str) -> None:
        super().__init__(MESSAGE)
        self.current = current

    def keep_editing(self, form: forms.BaseForm) -> None:
        """Show the form again with the editor's values and the message; its fingerprint is now
        the saved record's, so saving again replaces it knowingly."""
        data = dict(form.data.items()) if not hasattr(form.data, "copy") else form.data.copy()
        data[form.add_prefix(FIELD)] = self.current
        form.data = data
        form.add_error(None, str(self))


def refuse_if_changed(obj: models.Model, names: Iterable[str], expected: str | None) -> None:
    """Lock the record's row for this transaction and refuse (StaleEdit) if its saved values
    are no longer those the form was opened with. Call inside transaction.atomic, before the
    save."""
    names = list(names)
    current = fingerprint(type(obj)._default_manager.select_for_update().get(pk=obj.pk), names)
    if expected and current != expected:
        raise StaleEdit(current)
