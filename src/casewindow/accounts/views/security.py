"""Pages for signing in safely: the two-factor step of sign-in, the account page (turning
two-factor sign-in on, signing out everywhere) and the business manager's two-factor controls
for a partnership."""

import time
from typing import Any
from uuid import UUID

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout, update_session_auth_hash
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from casewindow.accounts import access, two_factor
from casewindow.accounts.forms import (
    PartnershipTwoFactorForm,
    TwoFactorCodeForm,
    TwoFactorConfirmForm,
)
from casewindow.accounts.models import Partnership, User
from casewindow.audit import throttle
from casewindow.audit.middleware import client_ip
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.forms import posted

# Between the password and the code: who passed the password, how, when and where to go next.
PENDING = "casewindow_two_factor_pending"
PENDING_SECONDS = 5 * 60
PENDING_ATTEMPTS = 5


def two_factor_pending_start(request: HttpRequest, user: User, next_url: str) -> None:
    """The password was right and the user has an authenticator: remember them (not signed in
    yet) for the code page."""
    request.session[PENDING] = {
        "user": user.pk,
        "backend": user.backend,
        "at": int(time.time()),
        "next": next_url,
        "attempts": 0,
    }


def _pending_user(request: HttpRequest) -> tuple[User | None, dict[str, Any]]:
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return None, {}
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    return user, pending


@require_http_methods(["GET", "POST"])
def sign_in_code(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: the code from the authenticator app (or a recovery code)."""
    user, pending = _pending_user(request)
    if user is None:
        messages.info(request, "Enter your e-mail address and password first.")
        return redirect("accounts:login")
    form = TwoFactorCodeForm(posted(request))
    if request.method == "POST":
        if throttle.sign_in_address_blocked(client_ip(request)):
            return render(request, "accounts/locked_out.html", status=429)
        if form.is_valid():
            device, accepted = two_factor.two_factor_check(
                user=user, code=form.cleaned_data["code"]
            )
            if accepted:
                del request.session[PENDING]
                user.backend = pending["backend"]
                login(request, user, backend=pending["backend"])
                django_otp.login(request, device)
                next_url = pending["next"]
                if not url_has_allowed_host_and_scheme(
                    next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
                ):
                    next_url = resolve_url(settings.LOGIN_REDIRECT_URL)
                return redirect(next_url or settings.LOGIN_REDIRECT_URL)
            throttle.sign_in_address_failed(client_ip(request))
            audit_record(
                actor=None,
                action=AuditAction.SIGN_IN_FAILED,
                summary=f"Wrong two-factor code for {user.email}",
                actor_label=user.email,
            )
            pending["attempts"] += 1
            if pending["attempts"] >= PENDING_ATTEMPTS:
                del request.session[PENDING]
                messages.info(request, "Too many wrong codes. Sign in again.")
                return redirect("accounts:login")
            request.session[PENDING] = pending
            form.add_error("code", "The code is not right. Enter the code your app shows now")
    return render(request, "accounts/sign_in_code.html", {"form": form})


def account(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    return render(
        request,
        "accounts/account.html",
        {
            "two_factor_on": two_factor.two_factor_enabled(user),
            "two_factor_required": access.two_factor_required(user),
            "recovery_codes_left": two_factor.recovery_codes_left(user),
            "nav_section": "account",
        },
    )


@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Turn on two-factor sign-in: scan the QR code (or type the secret), then type a code back
    to show the app works. The recovery codes are shown once, on the page that answers."""
    user = access.signed_in_user(request)
    if two_factor.two_factor_enabled(user):
        messages.info(request, "Two-factor sign-in is already on for your account.")
        return redirect("accounts:account")
    device = two_factor.two_factor_device(user, confirmed=False)
    if device is None:
        device = two_factor.two_factor_setup_start(user=user)
    form = TwoFactorConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.two_factor_confirm(
                user=user, device=device, code=form.cleaned_data["code"]
            )
        except two_factor.TwoFactorError as error:
            form.add_error("code", str(error))
        else:
            # This session has just shown the second factor; every other one was ended.
            update_session_auth_hash(request, user)
            django_otp.login(request, device)
            request.session.pop(two_factor.SETUP_NEEDED, None)
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "nav_section": "account"},
            )
    uri = two_factor.provisioning_uri(device)
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "secret": two_factor.secret_base32(device),
            "qr_code": two_factor.qr_code_data_uri(uri),
            "uri": uri,
            "required": access.two_factor_required(user),
            "nav_section": "account",
        },
    )


@require_POST
def sign_out_everywhere(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    two_factor.user_sign_out_everywhere(user=user)
    logout(request)
    messages.info(request, "You have been signed out on every device, this one included.")
    return redirect("accounts:login")


def partnership_two_factor(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    # Not @require_POST: a partnership that does not exist is 404 whatever the method.
    partnership: Partnership = access.partnership_for_user(request, partnership_id, manage=True)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = PartnershipTwoFactorForm(request.POST)
    form.is_valid()
    required = bool(form.cleaned_data.get("require_two_factor"))
    if required != partnership.require_two_factor:
        partnership.require_two_factor = required
        partnership.save(update_fields=["require_two_factor"])
        audit_record(
            actor=request.user,
            action=AuditAction.UPDATE,
            summary=(
                f"{'Required' if required else 'Stopped requiring'} two-factor sign-in "
                f"for partnership {partnership}"
            ),
            obj=partnership,
            changes={"require_two_factor": [not required, required]},
        )
        if required and not two_factor.two_factor_enabled(access.signed_in_user(request)):
            # The manager is a member too: her own set-up comes first.
            request.session[two_factor.SETUP_NEEDED] = True
        messages.success(
            request,
            "Two-factor sign-in is now required: members without it set it up when they next "
            "sign in."
            if required
            else "Two-factor sign-in is no longer required (members who use it keep it).",
        )
    return redirect("accounts:partnership_detail", partnership.uuid)


@require_http_methods(["GET", "POST"])
def partnership_two_factor_reset(
    request: HttpRequest, partnership_id: UUID, user_id: UUID
) -> HttpResponse:
    """A business manager resets the two-factor sign-in of someone who lost their phone."""
    partnership: Partnership = access.partnership_for_user(request, partnership_id, manage=True)
    person = access.partnership_person_for_two_factor_reset(request, partnership, user_id)
    enabled = two_factor.two_factor_enabled(person)
    if request.method == "POST":
        if enabled:
            two_factor.two_factor_reset(
                actor=access.signed_in_user(request), user=person, partnership=partnership
            )
            messages.success(
                request,
                f"Two-factor sign-in reset for {person.email}. They have been signed out and "
                "will set up a new authenticator when they next sign in.",
            )
        return redirect("accounts:partnership_detail", partnership.uuid)
    return render(
        request,
        "accounts/two_factor_reset.html",
        {
            "partnership": partnership,
            "person": person,
            "enabled": enabled,
            "nav_section": "partnerships",
        },
    )
