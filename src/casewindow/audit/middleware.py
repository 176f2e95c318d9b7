import html
import re
from collections.abc import Callable

from django.conf import settings
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

from casewindow.audit.context import AuditContext, current_context
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_read_of, audit_record


def client_ip(request: HttpRequest) -> str | None:
    if settings.CASEWINDOW_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR") or None


class AuditContextMiddleware:
    """Sets the audit context for the request, and writes one `view` event for each successful
    GET that showed review content (the access loaders note what was read)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_context.set(
            AuditContext(
                ip_address=client_ip(request),
                user_agent=request.META.get("HTTP_USER_AGENT", ""),
                path=request.get_full_path(),
            )
        )
        try:
            response = self.get_response(request)
            if response.status_code == 404:
                _note_probe(request)
            read = audit_read_of(request)
            if read and request.method in ("GET", "HEAD") and response.status_code < 400:
                review, obj = read
                audit_record(
                    actor=request.user,
                    action=AuditAction.VIEW,
                    summary=viewed_summary(page_title(response), review, obj)[:500],
                    review=review,
                    obj=obj,
                )
            return response
        finally:
            current_context.reset(token)


_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_SITE_SUFFIX = " – Casewindow"


def page_title(response: HttpResponse) -> str:
    """The title of the HTML page a response showed (as the browser's tab names it, without the
    site's name), or "" for a file, a partial or anything else."""
    if getattr(response, "streaming", False):
        return ""
    if "text/html" not in response.get("Content-Type", ""):
        return ""
    match = _TITLE.search(response.content[:4000].decode("utf-8", errors="replace"))
    if match is None:
        return ""
    title = " ".join(html.unescape(match.group(1)).split())
    title = title.removeprefix("Error: ")
    return title.removesuffix(_SITE_SUFFIX).strip()


def viewed_summary(title: str, review: Model, obj: Model) -> str:
    """What the log says was viewed, in words: the page by its title (the review's own
    reference taken out, since the log is the review's), and the object read on it when it is
    more than the review — "page “Integrated chronology”", "page “Key practice episode 3”, key
    practice episode “3. The strategy discussion”"."""
    reference = str(getattr(review, "reference", ""))
    page = title
    if reference:
        page = page.replace(f" – {reference}", "").replace(f"{reference}: ", "")
        if page == str(getattr(review, "title", "")):
            page = "Overview"
    described = f"{obj._meta.verbose_name} “{obj}”" if obj is not review else ""
    if not page:
        return described or f"{review._meta.verbose_name} {review}"
    if described and (str(obj) in page or page in str(obj)):
        return f"page of {described}"  # the page is named after the object
    return f"page “{page}”" + (f", {described}" if described else "")


# Where a "not found" is worth recording: inside a review or a partnership, where an outsider
# guessing references or ids would look.
PROBED_PREFIXES = ("/reviews/", "/accounts/partnerships/")


def _note_probe(request: HttpRequest) -> None:
    """A signed-in user's 404 inside a review or partnership URL, as a security event (not in
    any review's log: that would tie the probe to a review that exists). At most one a minute
    per user and review (or partnership), so a scan cannot flood the log. The response is not
    touched: it stays the same 404 whether or not the review exists."""
    from casewindow.audit.throttle import first_in_minute

    user = request.user
    path = request.path
    if not user.is_authenticated or not path.startswith(PROBED_PREFIXES):
        return
    # /reviews/<reference> or /accounts/partnerships/<id>
    depth = 3 if path.startswith("/reviews/") else 4
    place = "/".join(path.split("/")[:depth])[:200]
    if first_in_minute("probe", user.pk, place):
        audit_record(
            actor=user,
            action=AuditAction.SECURITY,
            summary=f"Page not found inside a review or partnership: {path}"[:500],
        )
