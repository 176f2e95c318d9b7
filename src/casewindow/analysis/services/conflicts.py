"""What an editor sees when EditConflict refuses their save (see editing.py): their form again,
now based on the version saved in between (so saving once more, after merging, overwrites it
knowingly), and the two versions side by side, field by field — link checkboxes (agencies,
people, episodes, findings, excerpts…) listed by name. One helper for every analysis form."""

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django import forms
from django.db.models import Model
from django.forms.models import model_to_dict
from django.http import HttpRequest

from casewindow.analysis.services.editing import EditConflict

F = TypeVar("F", bound=forms.BaseForm)


@dataclass
class ConflictRow:
    label: str
    theirs: list[str]  # one line per value (a link field lists one name per line)
    yours: list[str]
    differs: bool


@dataclass
class ConflictView:
    who: Any  # who saved the version now current
    rows: list[ConflictRow] = field(default_factory=list)

    @property
    def differing(self) -> list[ConflictRow]:
        return [row for row in self.rows if row.differs]


def _flat_choices(choices: Iterable[Any]) -> dict[str, str]:
    """Value → label of a choice list, optgroups included."""
    flat: dict[str, str] = {}
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            flat.update(_flat_choices(label))
        else:
            flat[str(value)] = str(label)
    return flat


def _objects(field_: "forms.ModelChoiceField[Any]", value: Any) -> list[Any]:
    """Model instances for a model choice field's value (instances, a queryset or keys)."""
    values = list(value) if isinstance(value, (list, tuple)) or hasattr(value, "all") else [value]
    keys = [v for v in values if not isinstance(v, Model) and v not in (None, "")]
    found = {}
    if keys and field_.queryset is not None:  # a field offers no records until given some
        queryset = field_.queryset.model._default_manager.filter(pk__in=keys)
        found = {str(o.pk): o for o in queryset}
    return [
        v if isinstance(v, Model) else found.get(str(v), v) for v in values if v not in (None, "")
    ]


def _lines(field_: forms.Field, value: Any) -> list[str]:
    """The value as the editor would read it: names, not keys."""
    if isinstance(field_, forms.ModelChoiceField):  # and ModelMultipleChoiceField
        label = getattr(field_, "label_from_instance", str)
        return sorted(
            (label(o) if isinstance(o, Model) else str(o)) for o in _objects(field_, value)
        )
    if value in (None, "", [], ()):
        return []
    if isinstance(value, datetime.date):
        return [value.strftime("%-d %B %Y")]
    choices = getattr(field_, "choices", None)
    if choices:
        names = _flat_choices(choices)
        values = value if isinstance(value, (list, tuple)) else [value]
        return [names.get(str(v), str(v)) for v in values]
    return [str(value).replace("\r\n", "\n").strip()]


def _initial_of(form_class: type[forms.BaseForm], current: Model) -> Mapping[str, Any]:
    """The saved object's values, keyed by form field: the form's `initial_for`, or the model's
    fields for a model form."""
    initial_for: Callable[[Any], Mapping[str, Any]] | None = getattr(
        form_class, "initial_for", None
    )
    if initial_for is not None:
        return initial_for(current)
    return model_to_dict(current)


def conflict_rows(submitted: forms.BaseForm, theirs: Mapping[str, Any]) -> list[ConflictRow]:
    """Each field of the form in both versions: the saved one (`theirs`) and the editor's
    (`submitted`, already validated)."""
    mine = getattr(submitted, "cleaned_data", {})
    rows = []
    for name, field_ in submitted.fields.items():
        if name == "version" or isinstance(field_.widget, forms.HiddenInput):
            continue
        if name not in theirs and name not in mine:
            continue
        their_lines = _lines(field_, theirs.get(name))
        your_lines = _lines(field_, mine.get(name))
        rows.append(
            ConflictRow(
                label=str(field_.label or name.replace("_", " ").capitalize()),
                theirs=their_lines,
                yours=your_lines,
                differs=their_lines != your_lines,
            )
        )
    return rows


def conflict_form(
    form_class: type[F],
    request: HttpRequest,
    conflict: EditConflict[Any],
    *,
    submitted: forms.BaseForm,
    **form_kwargs: Any,
) -> tuple[F, ConflictView]:
    """The editor's form again, stating the version now saved, with the conflict as its error;
    and the comparison of the saved version with what the editor submitted. `form_kwargs` are
    passed to the form (e.g. `review`, or `instance` of a model form)."""
    current = conflict.current
    # Compare before rebinding: validating a model form writes its data into its instance.
    view = ConflictView(
        who=getattr(current, "updated_by", None),
        rows=conflict_rows(submitted, _initial_of(form_class, current)),
    )
    data = request.POST.copy()
    data["version"] = str(conflict.version)
    form = form_class(data, **form_kwargs)
    form.is_valid()
    form.add_error(None, str(conflict))
    return form, view
