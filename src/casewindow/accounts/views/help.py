"""Help and contact, and the accessibility statement: public pages (no sign-in needed) linked
from every page's footer. What they say about the deployment comes from settings."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def _contact() -> dict[str, str]:
    return {
        "organisation": settings.CASEWINDOW_ORGANISATION,
        "help_email": settings.CASEWINDOW_HELP_EMAIL,
        "help_phone": settings.CASEWINDOW_HELP_PHONE,
        "help_hours": settings.CASEWINDOW_HELP_HOURS,
    }


@login_not_required
def help_contact(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/help.html", _contact())


@login_not_required
def accessibility_statement(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/accessibility.html",
        {**_contact(), "tested": settings.CASEWINDOW_ACCESSIBILITY_TESTED},
    )
