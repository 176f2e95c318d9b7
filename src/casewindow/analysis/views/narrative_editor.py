"""What the narrative's section and perspective editors share: the working copy kept by
autosave (and offered back, restored or discarded), the preview and the version the editor
started from."""

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.datastructures import MultiValueDict

from casewindow.analysis.richtext import markdown_to_html
from casewindow.analysis.services import narrative as services
from casewindow.reviews.models import Review


def autosave_response(request: HttpRequest, copy: Any) -> HttpResponse:
    return render(request, "analysis/narrative_autosaved.html", {"copy": copy})


def _form_text(form: forms.Form, data: Any) -> dict[str, str]:
    """The posted values that belong to the form's fields (date boxes included)."""
    names = [n for n in form.fields if n != "version"]
    return {
        key: value
        for key, value in data.items()
        if any(key == n or key.startswith(f"{n}_") for n in names)
    }


def version_from(data: Any) -> int | None:
    value = str(data.get("version", "")).strip()
    return int(value) if value.isdigit() and len(value) < 10 else None


def _restored_initial(form_class: type[forms.Form], copy: Any, **kwargs: Any) -> dict[str, Any]:
    """A form's initial values from a working copy (as typed, dates included)."""
    probe = form_class(**kwargs)
    initial: dict[str, Any] = {"version": copy.base_version}
    for name, field in probe.fields.items():
        if name == "version":
            continue
        if isinstance(field.widget, forms.MultiWidget):
            initial[name] = field.widget.value_from_datadict(copy.data, MultiValueDict(), name)
        elif name in copy.data:
            initial[name] = copy.data[name]
    return initial


class Editor:
    """What the section and perspective editors share: the working copy (autosave, restore,
    discard), the preview and the conflict display."""

    def __init__(self, request: HttpRequest, review: Review, key: str) -> None:
        self.request, self.review, self.key = request, review, key
        self.action = request.POST.get("action", "") if request.method == "POST" else ""

    def handle_working_copy(
        self, form_class: type[forms.Form], **kwargs: Any
    ) -> HttpResponse | None:
        """A response for the autosave and discard actions, else None."""
        request = self.request
        if self.action == "autosave":
            copy = services.working_copy_keep(
                user=request.user,
                review=self.review,
                key=self.key,
                data=_form_text(form_class(**kwargs), request.POST),
                base_version=version_from(request.POST),
            )
            return autosave_response(request, copy)
        if self.action == "discard":
            services.working_copy_discard(user=request.user, review=self.review, key=self.key)
            messages.success(request, "Your unsaved changes were discarded.")
            return redirect(request.path)
        return None

    def initial(self, form_class: type[forms.Form], saved: dict[str, Any], **kwargs: Any) -> Any:
        """Initial values: the working copy's if the user asked to restore it."""
        if self.request.GET.get("working_copy") == "restore":
            copy = self.working_copy()
            if copy is not None:
                return _restored_initial(form_class, copy, **kwargs), True
        return saved, False

    def working_copy(self) -> Any:
        return services.working_copy_for(user=self.request.user, review=self.review, key=self.key)

    def context(self, form: forms.Form, *, restored: bool = False) -> dict[str, Any]:
        preview = None
        if self.action == "preview":
            preview = markdown_to_html(str(form.data.get("body", ""))[:200_000])
        copy = None if (restored or self.request.method == "POST") else self.working_copy()
        return {
            "form": form,
            "preview": preview,
            "working_copy": copy,
            "restored": restored,
            "unsaved": self.request.method == "POST" or restored,
        }

    def saved(self) -> None:
        services.working_copy_discard(user=self.request.user, review=self.review, key=self.key)
