"""The audit log's hash chain: time for `casewindow audit_verify` over 100,000 events, and
the cost the chain adds to writing one event (audit_record, 1,000 writes)."""

import statistics
import time
import uuid

from django.utils import timezone

EVENTS = 100_000
WRITES = 1_000


def _bulk_chain(count: int) -> None:
    """Events as audit_record would have written them, chained, inserted in bulk."""
    from casewindow.audit.integrity import HASHED_FIELDS, event_hash
    from casewindow.audit.models import AuditChainHead, AuditEvent

    previous, batch, last = "", [], None
    now = timezone.now()
    for n in range(count):
        event = AuditEvent(
            uuid=uuid.uuid4(),
            at=now,
            actor_label="Bench Person <bench@example.test>",
            action="view",
            object_type="reviews.Person",
            object_id=str(uuid.uuid4()),
            summary=f"person Child {n}",
            changes={"field": ["old", "new"]} if n % 10 == 0 else {},
            ip_address="192.0.2.1",
            user_agent="Mozilla/5.0 bench",
            path=f"/reviews/BENCH-1/people/{n}/",
        )
        event.prev_hash = previous
        event.row_hash = event_hash({f: getattr(event, f) for f in HASHED_FIELDS}, previous)
        previous = event.row_hash
        batch.append(event)
        if len(batch) == 5000:
            last = AuditEvent.objects.bulk_create(batch)[-1]
            batch = []
    if batch:
        last = AuditEvent.objects.bulk_create(batch)[-1]
    AuditChainHead.objects.update_or_create(
        pk=1, defaults={"last_event_id": last.pk, "last_hash": previous}
    )


def run() -> list[dict]:
    from casewindow.audit.integrity import audit_chain_verify
    from casewindow.audit.models import AuditAction
    from casewindow.audit.services import audit_record

    _bulk_chain(EVENTS)
    started = time.perf_counter()
    report = audit_chain_verify()
    verify_s = time.perf_counter() - started
    assert report.first_break is None and report.checked == EVENTS, report

    times = []
    for n in range(WRITES):
        started = time.perf_counter()
        audit_record(actor=None, action=AuditAction.VIEW, summary=f"Bench write {n}")
        times.append((time.perf_counter() - started) * 1000)
    report = audit_chain_verify()
    assert report.first_break is None, report
    return [
        {"name": f"audit_verify over {EVENTS:,} events", "value": round(verify_s, 2), "unit": "s"},
        {
            "name": "audit_record, one event with the chain (p50)",
            "value": round(statistics.median(times), 2),
            "unit": "ms",
        },
        {
            "name": "audit_record, one event with the chain (p95)",
            "value": round(sorted(times)[int(WRITES * 0.95)], 2),
            "unit": "ms",
        },
    ]
