"""Middleware guarding signed-in sessions: inactivity limit, two-factor sign-in and no caching
of anything Casewindow shows."""

from collections.abc import Callable

from django.conf import settings
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
    """Someone a partnership requires to use two-factor sign-in, and who has not set it up,
    reaches only the set-up page until it is done. Whether that is so is decided when they
    sign in (accounts/two_factor.py, `two_factor_note_at_sign_in`) and kept in the session, so
    that ordinary requests cost no query. (Sessions that never showed a code cannot exist for
    a user with an authenticator: the sign-in form asks for it, and turning it on or having it
    reset ends every other session.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: object, view_args: object, view_kwargs: object
    ) -> HttpResponse | None:
        from casewindow.accounts.two_factor import SETUP_NEEDED

        if not request.session.get(SETUP_NEEDED) or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in TWO_FACTOR_SETUP_PAGES:
            return None
        # The set-up page says why they are there.
        target = resolve_url("accounts:two_factor_setup")
        if request.headers.get("HX-Request") == "true":
            response = HttpResponse(status=204)
            response["HX-Redirect"] = target
            return response
        return HttpResponseRedirect(target)


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
