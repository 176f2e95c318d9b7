"""Forms for uploading documents, changing their details and people, and searching."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest

from casewindow.concurrency import OpenedAsField
from casewindow.evidence import extraction
from casewindow.evidence.models import DocumentKind, SourceDocument
from casewindow.evidence.search import KINDS
from casewindow.evidence.selectors.documents import PersonSuggestion
from casewindow.evidence.services import documents as services
from casewindow.forms import GovukForm, ModelMultipleChoiceFieldBase, field_of
from casewindow.reviews.models import Agency, Person, Review


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one <input type="file" multiple> (Django's recipe for it)."""

    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else [data]
        files = [f for f in files if f]
        if not files:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        return files


def _upload_limit() -> str:
    megabytes = settings.CASEWINDOW_MAX_UPLOAD_BYTES / (1024 * 1024)
    return f"{megabytes:g} MB"


class UploadSizeLimitHandler(FileUploadHandler):
    """Stops taking a file the moment it passes the size limit, so an oversized file is never
    held in memory or written to disk; its name is kept for the error message. Must be first
    in request.upload_handlers, before anything reads request.POST."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.over_limit: list[str] = []

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.over_limit.append(str(self.file_name))
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


class DocumentUploadForm(GovukForm):
    # A declared field (moved into base_fields by the form metaclass), not BaseForm.files.
    files = MultipleFileField(label="Files", required=False)  # type: ignore[assignment]
    kind = forms.ChoiceField(
        label="What kind of documents are these?",
        choices=DocumentKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select what kind of documents these are"},
    )
    agency = forms.ModelChoiceField(
        label="Agency",
        queryset=Agency.objects.none(),
        required=False,
        empty_label="Not from one agency",
        help_text="The agency the documents come from",
    )

    def __init__(
        self, *args: Any, review: Review, over_limit: list[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.review = review
        # The handler's own list: it fills as the request body is read, which may be later.
        self.over_limit = over_limit if over_limit is not None else []
        field_of(self, "agency", forms.ModelChoiceField).queryset = review.agencies.all()
        self.fields["files"].help_text = (
            f"PDF, Word (DOCX), Excel (XLSX), CSV or text files, each smaller than "
            f"{_upload_limit()}. You can choose several at once."
        )
        # The hint is set after GovukForm tied hints to their boxes: tie this one here, to the
        # id the field template gives it (else Django points at an id no element has).
        self.fields["files"].widget.attrs.update(
            {
                "accept": extraction.ACCEPT,
                "multiple": True,
                "aria-describedby": f"{self['files'].auto_id}-hint",
            }
        )

    def clean_files(self) -> list[services.CheckedUpload]:
        # Files over the limit never arrived (see UploadSizeLimitHandler); refuse the upload.
        limit = _upload_limit()
        problems = [
            f"{name} is larger than {limit}: files must be smaller than {limit}."
            for name in self.over_limit
        ]
        files = self.cleaned_data["files"]
        if not files and not problems:
            raise forms.ValidationError("Select one or more files to upload", code="required")
        checked: list[services.CheckedUpload] = []
        try:
            checked = services.document_check_uploads(review=self.review, files=files)
        except services.DocumentError as error:
            problems.extend(error.messages)
        if problems:
            raise forms.ValidationError(problems)
        return checked


class PeopleField(ModelMultipleChoiceFieldBase):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *args: Any, suggestions: list[PersonSuggestion], **kwargs: Any) -> None:
        self.mentions = {s.person.pk: s.mentions for s in suggestions}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Person) -> str:
        label = f"{obj.real_name} ({obj.publication_label})"
        mentions = self.mentions.get(obj.pk)
        if mentions:
            label += f", named {mentions} time{'s' if mentions != 1 else ''} in the text"
        return label


class DocumentEditForm(GovukForm):
    required_messages = {
        "title": "Enter the document's title",
        "kind": "Select the kind of document",
    }
    title = forms.CharField(label="Title", max_length=300)
    kind = forms.ChoiceField(
        label="Kind of document", choices=DocumentKind.choices, widget=forms.RadioSelect
    )
    agency = forms.ModelChoiceField(
        label="Agency",
        queryset=Agency.objects.none(),
        required=False,
        empty_label="Not from one agency",
    )

    opened_as = OpenedAsField()

    def __init__(
        self,
        *args: Any,
        document: SourceDocument,
        suggestions: list[PersonSuggestion],
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault(
            "initial",
            {
                "title": document.title,
                "kind": document.kind,
                "agency": document.agency,
                "people": list(document.people.all()),
            },
        )
        super().__init__(*args, **kwargs)
        review = document.review
        field_of(self, "agency", forms.ModelChoiceField).queryset = review.agencies.all()
        suggested = [s.person.pk for s in suggestions]
        # People named in the text first (most mentioned first), then the rest of the register.
        people = sorted(
            review.people.all(),
            key=lambda p: (
                suggested.index(p.pk) if p.pk in suggested else len(suggested),
                p.publication_label,
            ),
        )
        field = PeopleField(
            queryset=review.people.all(),
            suggestions=suggestions,
            required=False,
            label="People this document is about or mentions",
            help_text=(
                "People named in the text come first, with how often a name or alias appears. "
                "Tick each person you confirm."
                if suggestions
                else "No one in the people register is named in the text. Tick anyone it is about."
            ),
        )
        field.choices = [(p.pk, field.label_from_instance(p)) for p in people]
        self.fields["people"] = field


class SearchForm(GovukForm):
    q = forms.CharField(label="Search for", max_length=300, required=False)
    kinds = forms.MultipleChoiceField(
        label="Search in",
        choices=[
            ("document", "Documents"),
            ("conversation", "Conversations"),
            ("chronology", "Chronology entries"),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def chosen_kinds(self) -> list[str]:
        kinds = self.cleaned_data.get("kinds") or []
        return [k for k in kinds if k in KINDS] or list(KINDS)
