import csv
import datetime
from collections.abc import Iterator

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.audit.selectors import audit_events_for_review
from casewindow.audit.services import audit_record
from casewindow.reviews.forms.audit_log import AuditFilterForm
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

PAGE_SIZE = 50


def _filtered(request: HttpRequest, review: Review) -> tuple[AuditFilterForm, QuerySet[AuditEvent]]:
    form = AuditFilterForm(request.GET or None, review=review)
    actor_id: int | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        actor_id = int(data["actor"]) if data.get("actor") else None
        date_from = data.get("date_from")
        date_to = data.get("date_to")
    events = audit_events_for_review(
        review=review, actor_id=actor_id, date_from=date_from, date_to=date_to
    )
    return form, events


def review_log(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.AUDIT_VIEW)
    form, events = _filtered(request, review)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return review_page(
        request,
        "audit/review_log.html",
        review,
        "audit",
        form=form,
        page=page,
        query=query.urlencode(),
    )


def review_log_csv(request: HttpRequest, reference: str) -> StreamingHttpResponse:
    review = access.review_for_user(request, reference, P.AUDIT_VIEW)
    _form, events = _filtered(request, review)
    audit_record(
        actor=request.user,
        action=AuditAction.DOWNLOAD,
        summary="Downloaded the audit log as CSV",
        review=review,
        obj=review,
    )

    class Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Echo())
    header = [
        "when",
        "who",
        "action",
        "summary",
        "object type",
        "object id",
        "changes",
        "ip address",
        "path",
    ]

    def rows() -> Iterator[str]:
        yield "\ufeff" + writer.writerow(header)  # BOM so that Excel reads UTF-8
        for event in events.iterator(chunk_size=1000):
            yield writer.writerow(
                [
                    timezone.localtime(event.at).isoformat(timespec="seconds"),
                    _safe_cell(event.actor_label),  # names are typed in by people too
                    event.get_action_display(),
                    _safe_cell(event.summary),
                    event.object_type,
                    event.object_id,
                    _safe_cell(str(event.changes) if event.changes else ""),
                    event.ip_address or "",
                    _safe_cell(event.path),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = (
        f'attachment; filename="{review.reference}-audit-log-{stamp}.csv"'
    )
    return response


def _safe_cell(text: str) -> str:
    """Stop a spreadsheet from treating a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
