"""The interchange forms: asking for an archive of the review, and the upload of a REFI-QDA
project (.qdpx) into a review."""

from typing import Any

from django import forms
from django.conf import settings

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


def upload_limit() -> str:
    return f"{settings.CASEWINDOW_MAX_UPLOAD_BYTES / (1024 * 1024):g} MB"


class QdpxImportForm(GovukForm):
    required_messages = {"file": "Choose the REFI-QDA project (.qdpx) to import"}

    file = forms.FileField(label="REFI-QDA project (.qdpx)")

    def __init__(self, *args: Any, over_limit: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The upload handler's own list: it fills as the request body is read.
        self.over_limit = over_limit if over_limit is not None else []
        self.fields["file"].help_text = (
            f"The .qdpx file NVivo, ATLAS.ti, MAXQDA or QualCoder exported, smaller than "
            f"{upload_limit()}."
        )
        self.fields["file"].widget.attrs.update(
            {"accept": ".qdpx", "aria-describedby": f"{self['file'].auto_id}-hint"}
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.over_limit:
            self.errors.pop("file", None)
            self.add_error(
                "file",
                f"{self.over_limit[0]} is larger than {upload_limit()}: export the project "
                "without its audio and video, or in parts.",
            )
        return cleaned
