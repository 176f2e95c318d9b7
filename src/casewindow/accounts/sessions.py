"""How long a sign-in lasts: it ends after SESSION_IDLE_MINUTES without activity (default 30),
and at most SESSION_COOKIE_AGE after signing in; "sign out everywhere" ends all of a user's
sessions at once.

What counts as activity: every request the person makes, except htmx GET requests. Pages that
wait for a background job poll the server every two seconds with htmx GETs; if those counted, a
page left open on an unattended desk would keep the session alive for ever. Typing that saves,
filtering or opening a page is a full request or a POST, and does count."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest

LAST_ACTIVITY = "casewindow_last_activity"
# Writing the session on every request would cost a database write per request; a minute's
# precision is plenty for a 30-minute limit.
RESOLUTION_SECONDS = 60


def session_activity_start(request: HttpRequest) -> None:
    """Start the inactivity clock (at sign-in)."""
    request.session[LAST_ACTIVITY] = int(time.time())


def session_idle_expired(request: HttpRequest) -> bool:
    """True (and the session ended) when the signed-in session has been idle too long;
    otherwise note this request as activity where it counts."""
    now = int(time.time())
    last = request.session.get(LAST_ACTIVITY)
    idle_limit = settings.CASEWINDOW_SESSION_IDLE_MINUTES * 60
    if last is not None and now - int(last) > idle_limit:
        logout(request)
        messages.info(
            request,
            f"You were signed out after {settings.CASEWINDOW_SESSION_IDLE_MINUTES} minutes "
            "without activity. Sign in again to carry on.",
        )
        return True
    background = request.method == "GET" and request.headers.get("HX-Request") == "true"
    if last is None or (not background and now - int(last) >= RESOLUTION_SECONDS):
        request.session[LAST_ACTIVITY] = now
    return False
