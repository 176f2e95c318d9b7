"""Forms of the partnership layer."""

from django import forms

from casewindow.forms import GovukDateField, GovukForm, GovukModelForm
from casewindow.process.models import DirectoryAgency


class ClosureDayForm(GovukForm):
    date = GovukDateField(label="Date", help_text="For example, 29 12 2026")
    reason = forms.CharField(
        label="Why the partnership is closed",
        max_length=200,
        help_text="For example, office closure",
    )


class DirectoryAgencyForm(GovukModelForm):
    class Meta:
        model = DirectoryAgency
        fields = ["name", "kind", "safeguarding_lead", "safeguarding_lead_email"]
        labels = {"name": "Name of the agency", "kind": "Kind of agency"}

    def _post_clean(self) -> None:
        # Uniqueness of the name is the service's to check (with a message in words).
        pass


class AgenciesFromDirectoryForm(GovukForm):
    agencies = forms.ModelMultipleChoiceField(
        label="Agencies to add",
        queryset=DirectoryAgency.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one agency to add"},
    )

    def __init__(self, *args: object, choices: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["agencies"]
        field.queryset = choices  # type: ignore[attr-defined]
        field.label_from_instance = lambda entry: (  # type: ignore[attr-defined]
            f"{entry.name} ({entry.get_kind_display()})"
            + (f" — safeguarding lead {entry.safeguarding_lead}" if entry.safeguarding_lead else "")
        )
