"""Middleware guarding signed-in sessions: inactivity limit, two-factor sign-in and no caching
of anything Casewindow shows."""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.cache import patch_cache_control

from casewindow.accounts.sessions import session_idle_expired

# Pages someone who must set up two-factor sign-in can still reach.
TWO_FACTOR_SETUP_PAGES = {
    "accounts:two_factor_setup",
    "accounts:logout",
    "accounts:signed_out",
    "accounts:login",
    "accounts:sign_in_code",
}


def _to_sign_in(request: HttpRequest) -> HttpResponse:
    login_url = resolve_url(settings.LOGIN_URL)
    htmx = request.headers.get("HX-Request") == "true"
    if request.method == "GET" and not htmx:
        return redirect_to_login(request.get_full_path(), login_url)
    if htmx:
        # htmx would swap the sign-in page into a fragment; send the whole page there instead.
        response = HttpResponse(status=204)
        response["HX-Redirect"] = login_url
        return response
    return HttpResponseRedirect(login_url)


class SessionIdleMiddleware:
    """Ends a session idle for longer than SESSION_IDLE_MINUTES (see accounts/sessions.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and session_idle_expired(request):
            return _to_sign_in(request)
        return self.get_response(request)


class TwoFactorMiddleware:
    """Two-factor sign-in, enforced on every request (after django-otp's middleware):
    - a user with an authenticator whose session did not show a code (one from before they
      turned it on, elsewhere) is signed out;
    - a user whom a partnership requires to use it, and who has none, reaches only the set-up
      page until it is done."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: object, view_args: object, view_kwargs: object
    ) -> HttpResponse | None:
        from casewindow.accounts.access import two_factor_required
        from casewindow.accounts.two_factor import two_factor_enabled

        user = request.user
        if not user.is_authenticated:
            return None
        if two_factor_enabled(user):
            if not user.is_verified():
                logout(request)
                messages.info(request, "Sign in again with your authenticator app.")
                return _to_sign_in(request)
            return None
        match = request.resolver_match
        if match is not None and match.view_name in TWO_FACTOR_SETUP_PAGES:
            return None
        if two_factor_required(user):
            # The set-up page says why they are there.
            target = resolve_url("accounts:two_factor_setup")
            if request.headers.get("HX-Request") == "true":
                response = HttpResponse(status=204)
                response["HX-Redirect"] = target
                return response
            return HttpResponseRedirect(target)
        return None


class NoStoreMiddleware:
    """`Cache-Control: private, no-store` on every response Django makes: pages, CSVs, exports
    and documents all show review content about children, which must never be kept by a
    browser's or a proxy's cache (a shared computer's back button, a corporate proxy). Static
    files never reach this middleware: WhiteNoise answers them first, with its own caching."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        patch_cache_control(response, private=True, no_store=True)
        return response
