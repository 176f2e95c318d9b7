"""The owner's pages for personal access tokens, under their account: the list, making one
(its secret shown once, on the page that answers) and revoking one."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.api.forms import TokenForm
from casewindow.api.models import PersonalAccessToken
from casewindow.api.services import tokens
from casewindow.forms import posted


def token_list(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    return render(
        request,
        "api/token_list.html",
        {
            "tokens": PersonalAccessToken.objects.filter(user=user).select_related("review"),
            "nav_section": "account",
        },
    )


@require_http_methods(["GET", "POST"])
def token_create(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    form = TokenForm(posted(request), user=user)
    if request.method == "POST" and form.is_valid():
        try:
            token, secret = tokens.token_create(
                actor=user,
                name=form.cleaned_data["name"],
                access=form.cleaned_data["access"],
                review=form.chosen_review(),
                lifetime_days=form.cleaned_data["lifetime"],
            )
        except tokens.TokenError as error:
            form.add_error(None, str(error))
        else:
            # Shown on this answer only: the page is never cached (NoStoreMiddleware) and the
            # secret is kept nowhere.
            return render(
                request,
                "api/token_created.html",
                {"token": token, "secret": secret, "nav_section": "account"},
            )
    return render(request, "api/token_form.html", {"form": form, "nav_section": "account"})


@require_http_methods(["GET", "POST"])
def token_revoke(request: HttpRequest, token_id: UUID) -> HttpResponse:
    user = access.signed_in_user(request)
    token = access.personal_token_of_user(request, token_id)
    if request.method == "POST":
        tokens.token_revoke(actor=user, token=token)
        messages.success(request, f"Token “{token.name}” revoked: it no longer works")
        return redirect("api:token_list")
    return render(request, "api/token_revoke.html", {"token": token, "nav_section": "account"})
