from django import forms

from casewindow.forms import GovukForm

WHOLE, ANONYMISED = "whole", "anonymised"


class ArchiveRequestForm(GovukForm):
    required_messages = {"kind": "Select what the archive holds: the whole review or its learning"}

    kind = forms.ChoiceField(
        label="What the archive holds",
        choices=[
            (WHOLE, "The whole review: every record, file and the audit log"),
            (ANONYMISED, "The anonymised learning only, to pool with other reviews"),
        ],
        widget=forms.RadioSelect,
        help_text="The whole review is for moving it to another Casewindow or archiving it: keep "
        "it as safe as the review. The anonymised learning holds labelled findings, episodes, "
        "factors and recommendations, never names or evidence.",
    )
