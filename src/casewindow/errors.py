"""GOV.UK-style error pages, and how refusals are logged."""

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", {"reason": str(exception or "")}, status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No request context: the page must render even when the database is unavailable.
    return HttpResponse(render_to_string("errors/500.html"), status=500)


class RefusalFilter(logging.Filter):
    """Drops Django's "Forbidden (Permission denied)" record, with its traceback, for a 403:
    refusing a page is the access rules working, not an error. Each refusal is already in the
    review's audit log (who, what, where), and the server's access line shows the 403."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name == "django.request" and getattr(record, "status_code", 0) == 403)
