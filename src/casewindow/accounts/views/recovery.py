"""New recovery codes: a user with two-factor sign-in on makes ten new codes (the old ones stop
working) after typing a current code from their app; the new ones are shown once."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access, two_factor
from casewindow.accounts.forms import TwoFactorConfirmForm
from casewindow.forms import posted


@require_http_methods(["GET", "POST"])
def recovery_codes_renew(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    if not two_factor.two_factor_enabled(user):
        messages.info(request, "Turn on two-factor sign-in first: recovery codes come with it.")
        return redirect("accounts:account")
    form = TwoFactorConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.recovery_codes_renew(user=user, code=form.cleaned_data["code"])
        except two_factor.TwoFactorError as error:
            form.add_error("code", str(error))
        else:
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "renewed": True, "nav_section": "account"},
            )
    return render(
        request,
        "accounts/recovery_codes_renew.html",
        {
            "form": form,
            "left": two_factor.recovery_codes_left(user),
            "nav_section": "account",
        },
    )
