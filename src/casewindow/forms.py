"""GOV.UK Design System form rendering for ordinary Django forms.

Every form in Casewindow inherits `GovukForm` (or `GovukModelForm`); fields then render with
GOV.UK labels, hints, error messages and error summary through the templates in
templates/govuk/forms/. Dates use the GOV.UK three-box date input."""

import datetime
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django import forms
from django.db.models import QuerySet
from django.db.models.fields import BLANK_CHOICE_DASH
from django.forms.renderers import TemplatesSetting

_BLANK_CHOICE_LABEL = BLANK_CHOICE_DASH[0][1]

_INPUT_CLASSES: dict[type[forms.Widget], str] = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.FileInput: "govuk-file-upload",
    forms.PasswordInput: "govuk-input",
    forms.TextInput: "govuk-input",
    forms.EmailInput: "govuk-input",
    forms.NumberInput: "govuk-input govuk-input--width-5",
    forms.URLInput: "govuk-input",
}
_ERROR_CLASSES = {
    "govuk-input": "govuk-input--error",
    "govuk-textarea": "govuk-textarea--error",
    "govuk-select": "govuk-select--error",
    "govuk-file-upload": "govuk-file-upload--error",
}


class GovukFormRenderer(TemplatesSetting):
    form_template_name = "govuk/forms/form.html"
    field_template_name = "govuk/forms/field.html"


class GovukDateWidget(forms.MultiWidget):
    """Day, month and year boxes, as the GOV.UK date input pattern asks."""

    template_name = "govuk/forms/widgets/date.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        box = {"inputmode": "numeric", "class": "govuk-input govuk-date-input__input"}
        widgets: dict[str, forms.Widget | type[forms.Widget]] = {
            "day": forms.TextInput({**box, "class": box["class"] + " govuk-input--width-2"}),
            "month": forms.TextInput({**box, "class": box["class"] + " govuk-input--width-2"}),
            "year": forms.TextInput({**box, "class": box["class"] + " govuk-input--width-4"}),
        }
        super().__init__(widgets, attrs)

    # The boxes an error names (set by GovukFormMixin.full_clean); the label and the error
    # summary's link go to the first of them, the day box when none is wrong.
    error_parts: tuple[str, ...] = ()

    def id_for_label(self, id_: str) -> str:
        if not id_:
            return ""
        first = self.error_parts[0] if self.error_parts else "day"
        return f"{id_}_{('day', 'month', 'year').index(first)}"

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        if isinstance(value, str) and value:
            # A form shown again after submission gets back what value_from_datadict made of
            # the boxes: "YYYY-MM-DD" (possibly no real day, e.g. 2024-02-31) or "d/m/y".
            digits = re.fullmatch(r"(\d{4})-(\d+)-(\d+)", value)
            if digits:
                year, month, day = digits.groups()
                return [str(int(day)), str(int(month)), year]
            parts = value.split("/")
            if len(parts) == 3:
                return parts
        return [None, None, None]

    # The date as one text (the field parses it), not the boxes' list the base class returns.
    def value_from_datadict(  # type: ignore[override]
        self, data: Any, files: Any, name: str
    ) -> str | None:
        day, month, year = (
            (part or "").strip() for part in super().value_from_datadict(data, files, name)
        )
        if not (day or month or year):
            return None
        month = month_number(month)
        if (
            day.isdigit()
            and month.isdigit()
            and year.isdigit()
            and len(year) == 4
            and len(day + month) <= 4
        ):
            return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        return f"{day}/{month}/{year}"  # fails validation with a clear message


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def month_number(text: str) -> str:
    """The month box as a number: "3", "03", "Mar", "March" and "Sept" all give "3" (GOV.UK's
    date input asks services to accept month names and their short forms). Anything else is
    returned as it was, to fail validation with the usual message."""
    word = text.strip().rstrip(".").casefold()
    if word.isdigit():
        return word
    if len(word) >= 3:
        for number, name in enumerate(_MONTHS, start=1):
            if name.startswith(word):
                return str(number)
    return text


class GovukGroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes for grouped choices (a select's optgroups): each group is a small fieldset with
    its name as the legend. Used where a multi-select list would need Ctrl-click."""

    template_name = "govuk/forms/widgets/grouped_checkboxes.html"


class GovukDateField(forms.DateField):
    widget = GovukDateWidget

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {}

    def to_python(self, value: Any) -> datetime.date | None:
        if isinstance(value, datetime.date):
            return value
        try:
            return super().to_python(value)
        except forms.ValidationError:
            message, parts = date_problem(str(self.label or "Date"), value)
            # `parts` names the boxes that are wrong: the error summary links to the first of
            # them and only they are marked (GovukFormMixin.full_clean).
            raise forms.ValidationError(message, code="invalid", params={"parts": parts}) from None


_DATE_PARTS = ("day", "month", "year")


def date_problem(label: str, value: str) -> tuple[str, tuple[str, ...]]:
    """What is wrong with a date typed into the three boxes, in GOV.UK's words, and which boxes
    are wrong. `value` is what GovukDateWidget.value_from_datadict made of the boxes."""
    iso = re.fullmatch(r"(\d{4})-(\d+)-(\d+)", value)
    day, month, year = (
        (iso.group(3), iso.group(2), iso.group(1)) if iso else [*value.split("/"), "", "", ""][:3]
    )
    boxes = {"day": day.strip(), "month": month.strip(), "year": year.strip()}
    missing = tuple(part for part in _DATE_PARTS if not boxes[part])
    if missing:
        return f"{label} must include a {' and '.join(missing)}", missing
    wrong = []
    if not _number_between(boxes["day"], 1, 31):
        wrong.append("day")
    if not _number_between(boxes["month"], 1, 12):
        wrong.append("month")
    if not (boxes["year"].isdigit() and len(boxes["year"]) == 4):
        if not wrong:
            return "Year must include 4 numbers", ("year",)
        wrong.append("year")
    if not wrong:
        # Each box is possible on its own, the date is not (31 February): the day is wrong.
        wrong.append("day")
    return f"{label} must be a real date", tuple(wrong)


def _number_between(text: str, low: int, high: int) -> bool:
    # Length first: a box pasted full of digits is not turned into a huge number.
    return text.isdigit() and len(text) <= 2 and low <= int(text) <= high


def _wrong_date_parts(errors: list[forms.ValidationError]) -> tuple[str, ...]:
    """The boxes the field's errors name; all three when an error is about the whole date."""
    parts: list[str] = []
    for error in errors:
        named = (error.params or {}).get("parts") if isinstance(error.params, dict) else None
        if not named:
            return _DATE_PARTS
        parts.extend(part for part in named if part not in parts)
    return tuple(part for part in _DATE_PARTS if part in parts) or _DATE_PARTS


# Widgets rendered as a fieldset (templates/govuk/forms/field.html): their hint and error are
# tied to the fieldset with aria-describedby, not to each input inside it.
_FIELDSET_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple, GovukDateWidget)


# The mixin is only ever mixed into a form: the type checker reads it as one.
if TYPE_CHECKING:
    _FormBase = forms.BaseForm
else:
    _FormBase = object


class GovukFormMixin(_FormBase):
    """Adds GOV.UK classes, hint and error wiring to a form's widgets. `required_messages`
    gives each required field its message, written for the question ("Select whether the factor
    helped or hindered practice", never "Select did it help or hinder?")."""

    required_messages: dict[str, str] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            widget = field.widget
            for widget_class, css in _INPUT_CLASSES.items():
                if type(widget) is widget_class or (
                    isinstance(widget, widget_class) and widget_class is not forms.TextInput
                ):
                    existing = widget.attrs.get("class", "")
                    widget.attrs["class"] = f"{css} {existing}".strip()
                    break
            if field.help_text and not isinstance(widget, _FIELDSET_WIDGETS):
                widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"
            if (
                isinstance(widget, forms.RadioSelect)
                and field.required
                and isinstance(field, forms.ChoiceField)
                and not isinstance(field, forms.ModelChoiceField)
            ):
                # A required question has no "---------" answer (model fields add one).
                field.choices = [c for c in choices_of(field) if c[0] not in ("", None)]
            if isinstance(widget, forms.Select) and not isinstance(widget, forms.SelectMultiple):
                _name_blank_option(field, f"Choose {_lower_first(field.label or name)}")
            # Focus moved on page load makes screen readers skip the heading and the page's
            # explanation (Django's sign-in form asks for it on the e-mail box).
            widget.attrs.pop("autofocus", None)
            if isinstance(field, forms.DateField) and not isinstance(field, GovukDateField):
                raise TypeError(f"Use GovukDateField for {name}")
            written = getattr(self, "required_messages", {}).get(name)
            if written and field.required:
                field.error_messages["required"] = written
            elif (
                field.required and field.error_messages.get("required") == "This field is required."
            ):
                # A fallback for fields made at run time; every declared field has a written
                # message (tests/test_form_messages.py).
                field.error_messages["required"] = f"Enter {_lower_first(field.label or name)}"
                if isinstance(widget, (forms.Select, forms.RadioSelect)):
                    field.error_messages["required"] = f"Select {_lower_first(field.label or name)}"

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            field = self.fields.get(name)
            if field is None:
                continue
            css = field.widget.attrs.get("class", "")
            for base, error_css in _ERROR_CLASSES.items():
                if base in css.split() and error_css not in css:
                    field.widget.attrs["class"] = f"{css} {error_css}"
            if isinstance(field.widget, GovukDateWidget):
                wrong = _wrong_date_parts(self.errors.as_data()[name])
                field.widget.error_parts = wrong
                for part, sub in zip(_DATE_PARTS, field.widget.widgets, strict=True):
                    if part in wrong and "govuk-input--error" not in sub.attrs["class"]:
                        sub.attrs["class"] += " govuk-input--error"
            if isinstance(field.widget, _FIELDSET_WIDGETS):
                continue
            error_id = f"{self[name].auto_id}-error"
            described = field.widget.attrs.get("aria-describedby", "")
            if error_id not in described:
                field.widget.attrs["aria-describedby"] = f"{described} {error_id}".strip()


def _name_blank_option(field: forms.Field, label: str) -> None:
    """Replace Django's "---------" blank choice of a drop-down with words."""
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == _BLANK_CHOICE_LABEL:
            field.empty_label = label
    elif isinstance(field, forms.ChoiceField):
        choices = choices_of(field)
        if any(value == "" and text == _BLANK_CHOICE_LABEL for value, text in choices):
            field.choices = [
                (value, label if value == "" and text == _BLANK_CHOICE_LABEL else text)
                for value, text in choices
            ]


def choices_of(field: forms.ChoiceField) -> list[tuple[Any, Any]]:
    """The field's choices as (value, label) pairs, groups not expanded."""
    # Django keeps set choices as a list of pairs; the stubs give the setter's wider type.
    return list(field.choices)  # type: ignore[arg-type]


def _lower_first(text: object) -> str:
    text = str(text)
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


class GovukForm(GovukFormMixin, forms.Form):
    pass


# ModelForm is generic only in the stubs (subscripting it fails at run time).
if TYPE_CHECKING:
    _ModelForm = forms.ModelForm[Any]
else:
    _ModelForm = forms.ModelForm


class GovukModelForm(GovukFormMixin, _ModelForm):
    pass


def posted(request: Any) -> Any:
    """The submitted data for a form, or None when the page is only being shown. Unlike
    `request.POST or None`, an empty submission still binds the form, so its errors show."""
    return request.POST if request.method == "POST" else None


def uploaded(request: Any) -> Any:
    return request.FILES if request.method == "POST" else None


FieldT = TypeVar("FieldT", bound=forms.Field)


def field_of(form: forms.BaseForm, name: str, kind: type[FieldT]) -> FieldT:
    """The form's field `name`, typed as the kind of field it is declared as (to set its choices
    or queryset at run time); TypeError if it is not one."""
    field = form.fields[name]
    if not isinstance(field, kind):
        raise TypeError(f"{type(form).__name__}.{name} is a {type(field).__name__}")
    return field


def offer(
    form: forms.BaseForm,
    name: str,
    queryset: QuerySet[Any],
    label: Callable[[Any], str] | None = None,
    to_field_name: str | None = None,
) -> None:
    """Set at run time the records the model choice field `name` offers (a review's agencies,
    its members), how each is named in the list, and which of their fields is posted."""
    field = field_of(form, name, forms.ModelChoiceField)
    field.queryset = queryset
    if label is not None:
        # Django's documented hook is a method; this form's field is its own copy.
        field.label_from_instance = label  # type: ignore[method-assign,assignment]
    if to_field_name is not None:
        field.to_field_name = to_field_name


# Model choice fields are generic only in the stubs (subscripting them fails at run time): bases
# for the project's own subclasses.
if TYPE_CHECKING:
    ModelChoiceFieldBase = forms.ModelChoiceField[Any]
    ModelMultipleChoiceFieldBase = forms.ModelMultipleChoiceField[Any]
else:
    ModelChoiceFieldBase = forms.ModelChoiceField
    ModelMultipleChoiceFieldBase = forms.ModelMultipleChoiceField
