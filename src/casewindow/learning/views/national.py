"""National and neighbouring reviews: the list, adding one by hand and importing a file."""

import json
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from casewindow.accounts import access
from casewindow.accounts.models import Partnership
from casewindow.forms import posted
from casewindow.learning.forms import NationalImportForm, NationalReviewForm
from casewindow.learning.models import NationalReview
from casewindow.learning.services.national import (
    NationalImportError,
    national_reviews_add,
    parse_json,
    parse_national_file,
)


def _page(request: HttpRequest, partnership: Partnership, **context: Any) -> HttpResponse:
    return render(
        request,
        "learning/national.html",
        {
            "partnership": partnership,
            "nav_section": "partnerships",
            "is_manager": True,
            "national_reviews": NationalReview.objects.filter(partnership=partnership),
            **context,
        },
    )


def _lines_as_json(cleaned: dict[str, Any]) -> dict[str, Any]:
    findings = []
    for line in cleaned["findings"].splitlines():
        area, sep, text = line.partition(":")
        if sep and area.strip() and " " not in area.strip():
            findings.append({"pattern_area": area.strip(), "statement": text.strip()})
        elif line.strip():
            findings.append({"pattern_area": "", "statement": line.strip()})
    recommendations = []
    for line in cleaned["recommendations"].splitlines():
        kind, sep, text = line.partition(":")
        if sep and kind.strip() in ("1", "2", "3"):
            recommendations.append({"kind": kind.strip(), "text": text.strip()})
        elif line.strip():
            recommendations.append({"text": line.strip()})
    return {
        "reference": cleaned["reference"],
        "source": cleaned["source"],
        "year": cleaned["year"],
        "type": cleaned["review_type"],
        "summary": cleaned["summary"],
        "link": cleaned["link"],
        "findings": findings,
        "recommendations": recommendations,
    }


def national_reviews(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = NationalReviewForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            data = parse_json(json.dumps([_lines_as_json(form.cleaned_data)]).encode())
            national_reviews_add(actor=request.user, partnership=partnership, reviews=data)
        except NationalImportError as error:
            for problem in error.problems:
                form.add_error(None, problem.removeprefix("Review 1: "))
        else:
            messages.success(request, "National or neighbouring review added")
            return redirect("learning:national_reviews", partnership.uuid)
    return _page(request, partnership, form=form, import_form=NationalImportForm())


def national_import(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    import_form = NationalImportForm(posted(request), request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and import_form.is_valid():
        upload = import_form.cleaned_data["file"]
        try:
            data = parse_national_file(upload.name, upload.read())
            made = national_reviews_add(actor=request.user, partnership=partnership, reviews=data)
        except NationalImportError as error:
            problems = error.problems
        else:
            messages.success(request, f"{len(made)} review{'s' if len(made) != 1 else ''} imported")
            return redirect("learning:national_reviews", partnership.uuid)
    return _page(
        request, partnership, form=NationalReviewForm(), import_form=import_form, problems=problems
    )
