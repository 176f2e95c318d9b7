"""Every required question of every form has an error message written for it ("Select whether
the factor helped or hindered practice"), never one built from its label ("Select did it help or
hinder?", "Enter owner")."""

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from django import forms

import casewindow
from casewindow.forms import GovukFormMixin


def _form_classes() -> Iterator[type]:
    for module in pkgutil.walk_packages(casewindow.__path__, "casewindow."):
        if ".forms" in module.name and "migrations" not in module.name:
            importlib.import_module(module.name)

    def below(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    yield from dict.fromkeys(below(GovukFormMixin))


def _unwritten() -> list[str]:
    missing = []
    for cls in _form_classes():
        if not cls.__module__.startswith("casewindow."):
            continue
        written = getattr(cls, "required_messages", {})
        for name, field in getattr(cls, "base_fields", {}).items():
            if not field.required or isinstance(field.widget, forms.HiddenInput):
                continue
            if field.error_messages.get(
                "required"
            ) == "This field is required." and not written.get(name):
                missing.append(f"{cls.__module__}.{cls.__name__}.{name} ({field.label!r})")
    return missing


def test_every_required_field_has_a_written_message() -> None:
    assert _unwritten() == []


@pytest.mark.django_db
def test_the_factor_form_says_what_is_missing_in_words() -> None:
    from casewindow.analysis.forms.episodes import FactorForm

    form = FactorForm({})
    form.is_valid()

    assert form.errors["effect"] == ["Select whether the factor helped or hindered practice"]


def test_the_action_form_asks_for_its_owner_in_words() -> None:
    from casewindow.analysis.forms.findings import ActionForm

    assert ActionForm.required_messages["owner"] == (
        "Enter who owns the action: a person, team or agency"
    )
