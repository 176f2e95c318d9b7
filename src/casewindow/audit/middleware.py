from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from casewindow.audit.context import AuditContext, current_context
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record


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
            read = getattr(request, "audit_read", None)
            if read and request.method in ("GET", "HEAD") and response.status_code < 400:
                review, obj = read
                audit_record(
                    actor=request.user,
                    action=AuditAction.VIEW,
                    summary=f"{obj._meta.verbose_name} {obj}"[:500],
                    review=review,
                    obj=obj,
                )
            return response
        finally:
            current_context.reset(token)
