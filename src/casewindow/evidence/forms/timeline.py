"""The filter form of the integrated chronology and its timeline (GET parameters)."""

import uuid
from typing import Any

from django import forms

from casewindow.concurrency import OpenedAsField
from casewindow.evidence.selectors.chronology import ChronologyFilters
from casewindow.forms import GovukDateField, GovukForm, field_of, offer
from casewindow.reviews.models import Person, Review


class ChronologyFilterForm(GovukForm):
    text = forms.CharField(label="Words", required=False, max_length=200)
    agency = forms.ChoiceField(label="Agency", required=False)
    person = forms.ChoiceField(label="Person", required=False)
    date_from = GovukDateField(label="From", required=False)
    date_to = GovukDateField(label="To", required=False)

    def __init__(self, *args: Any, review: Review, people_allowed: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agencies = {str(a.uuid): a for a in review.agencies.order_by("name")}
        field_of(self, "agency", forms.ChoiceField).choices = [("", "All agencies")] + [
            (key, agency.name) for key, agency in self.agencies.items()
        ]
        self.people = (
            {str(p.uuid): p for p in review.people.order_by("publication_label")}
            if people_allowed
            else {}
        )
        if people_allowed:
            field_of(self, "person", forms.ChoiceField).choices = [("", "Anyone")] + [
                (key, f"{person.publication_label} ({person.real_name})")
                for key, person in self.people.items()
            ]
        else:
            del self.fields["person"]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "‘To’ must be the same as or after ‘From’")
        return data

    def filters(self) -> ChronologyFilters:
        """The filters from the fields that are valid (an invalid field filters nothing)."""
        if not self.is_bound:
            return ChronologyFilters()
        self.is_valid()
        data = self.cleaned_data
        return ChronologyFilters(
            agency=self.agencies.get(data.get("agency") or ""),
            person=self.people.get(data.get("person") or ""),
            date_from=data.get("date_from"),
            date_to=data.get("date_to") if "date_to" not in self.errors else None,
            text=data.get("text") or "",
        )


MAX_GROUP_ENTRIES = 20


class MergeDecisionForm(GovukForm):
    """The confirm step of a merge, a "not the same" or an un-merge: where to go afterwards."""

    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=1000)


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class AnyEntryField(forms.TypedMultipleChoiceField):
    """Ticked entries offered without a fixed list: any entry UUID may be posted (the view loads
    each one through the access module)."""

    def valid_value(self, value: Any) -> bool:
        return _is_uuid(value)


class MergeGroupForm(GovukForm):
    """A suggested group on the suggestions page: the entries the reviewer ticked and whether
    they are one event ("merge") or not ("reject")."""

    required_messages = {
        "decision": "Select whether the entries are the same event",
    }

    entries = AnyEntryField(
        coerce=str,
        required=True,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Tick at least two entries"},
    )
    decision = forms.ChoiceField(choices=[("merge", "Same event"), ("reject", "Not the same")])
    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=1000)

    def clean_entries(self) -> list[str]:
        entries = list(dict.fromkeys(self.cleaned_data["entries"]))
        if len(entries) < 2:
            raise forms.ValidationError("Tick at least two entries")
        if len(entries) > MAX_GROUP_ENTRIES:
            raise forms.ValidationError(f"Tick at most {MAX_GROUP_ENTRIES} entries")
        return entries


class EntryPeopleForm(GovukForm):
    people: "forms.ModelMultipleChoiceField[Person]" = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="People in the register this entry is about",
        help_text="People named in the entry are suggested below their name.",
    )

    opened_as = OpenedAsField()

    def __init__(
        self, *args: Any, review: Review, named: frozenset[int] = frozenset(), **kwargs: Any
    ) -> None:
        """`named`: the people (by id) named in the entry's text, suggested in their labels."""
        super().__init__(*args, **kwargs)
        offer(
            self,
            "people",
            review.people.order_by("category", "publication_label"),
            label=lambda person: (
                f"{person.publication_label} ({person.real_name})"
                + (" — named in this entry" if person.pk in named else "")
            ),
        )
