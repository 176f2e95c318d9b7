"""Forms of the partnership layer."""

from django import forms

from casewindow.forms import GovukDateField, GovukForm


class ClosureDayForm(GovukForm):
    date = GovukDateField(label="Date", help_text="For example, 29 12 2026")
    reason = forms.CharField(
        label="Why the partnership is closed",
        max_length=200,
        help_text="For example, office closure",
    )
