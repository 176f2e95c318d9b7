"""The publication check's scans, made in the background.

Running the detector over a report takes seconds (and loading the language model about five
more the first time in a process), so the publication check page never runs it. `scan_request`
stores a `PublicationScan` of one version of the report (the working report or a draft's frozen
content) and queues `anonymisation.tasks.publication_scan_run`, which stores the detector's
spans per string. The page then shows the last finished scan of exactly the current content
(same strings, same people register, same detector version), with the review's *current*
decisions applied to the stored spans (`scan_candidates`: propagation and matching only, no
model); if the content has changed it queues a new scan and polls.

The gate (`services.anonymise`, before a publication version is made) never relies on a scan
being current: it reads the content as it is at that moment and re-applies the register and
decisions to every string. Stored spans are reused only string by string, for a string with
exactly the same text under the same register and detector version; any other string is run
through the full detector there and then (`detections_for`)."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, replace

from django.conf import settings
from django.utils import timezone

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.anonymisation.detection.engine import detect_many
from casewindow.anonymisation.detection.identifiers import Span
from casewindow.anonymisation.detection.register import RegisterMatcher
from casewindow.anonymisation.models import PublicationScan, ScanStatus
from casewindow.anonymisation.services import Candidate, register_for, scan_strings
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.drafts.models import Draft
from casewindow.reports.assembly import build_report
from casewindow.reports.content import ReportContent
from casewindow.reviews.models import Review

# Bump when the detector changes what it finds: stored scans of an older version are redone.
DETECTOR_VERSION = "2026-12-08.3"
# A scan queued or running for longer than this is taken to have died with its worker.
STALE_AFTER = datetime.timedelta(minutes=15)
WORKING_REPORT = "report"
_DRAFT = re.compile(r"draft-(\d{1,6})")


class UnknownSource(ValueError):
    """Neither the working report nor a draft of this review."""


def source_choices(review: Review) -> list[tuple[str, str]]:

    numbers = (
        Draft.objects.filter(review=review).order_by("number").values_list("number", flat=True)
    )
    return [(WORKING_REPORT, "The working report")] + [
        (f"draft-{n}", f"Draft {n} (as it was made)") for n in numbers
    ]


def source_label(source: str) -> str:
    """How a label or heading names the source: "the working report", "draft 2"."""
    match = _DRAFT.fullmatch(source)
    return f"draft {match.group(1)}" if match else "the working report"


def content_for(review: Review, source: str, *, status: str | None = None) -> ReportContent:
    """The report the publication check or export works on: the working report as it stands
    now, or a draft's frozen content. `status` rewrites what the title page says."""
    if source == WORKING_REPORT:
        return build_report(review, status=status) if status else build_report(review)
    match = _DRAFT.fullmatch(source or "")
    if match is None:
        raise UnknownSource(source)

    draft = Draft.objects.filter(review=review, number=int(match.group(1))).first()
    if draft is None:
        raise UnknownSource(source)
    content = draft.report
    return replace(content, status=status) if status else content


def _register_repr(matcher: RegisterMatcher) -> list:
    return [
        [p.key, p.label, list(p.names), p.date_of_birth.isoformat() if p.date_of_birth else ""]
        for p in matcher.people
    ]


def _digest(value: object) -> str:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def hashes(matcher: RegisterMatcher, strings: Sequence[str]) -> tuple[str, str]:
    """(content hash, register hash). Decisions are in neither: they are applied afresh."""
    register = _digest(
        [DETECTOR_VERSION, settings.ANONYMISATION_SPACY_MODEL, _register_repr(matcher)]
    )
    return _digest([register, list(strings)]), register


def _span_json(span: Span) -> list:
    return [span.start, span.end, span.label, span.source, span.score, span.person_key]


def _span(data: Sequence) -> Span:
    return Span(int(data[0]), int(data[1]), str(data[2]), str(data[3]), float(data[4]), data[5])


def scan_request(
    *, review: Review, source: str, user: Actor = None, content: ReportContent | None = None
) -> PublicationScan:
    """Store a scan of the source's current content and queue it (under tests it runs at
    once). A scan asked for by someone (the "Try again" button) is audit-logged."""
    if content is None:
        content = content_for(review, source)
    matcher, _ = register_for(review)
    content_hash, register_hash = hashes(matcher, list(content.strings()))
    scan = PublicationScan.objects.create(
        review=review,
        source=source,
        content_hash=content_hash,
        register_hash=register_hash,
        content=content.to_json(),
        requested_by=user_to_record(user),
    )
    if user is not None:
        audit_record(
            actor=user,
            action=AuditAction.CREATE,
            summary=f"Asked for a new publication check of {source_label(source)}",
            review=review,
            obj=scan,
        )
    from casewindow.anonymisation.tasks import publication_scan_run

    publication_scan_run.enqueue(scan_id=scan.pk)
    scan.refresh_from_db()
    return scan


def scan_run(*, scan_id: int) -> str:
    """Run the detector over a stored scan's content (the background task). A failure is
    stored on the scan with its message; the scan is never left "running"."""
    scan = PublicationScan.objects.select_related("review").get(pk=scan_id)
    if scan.status != ScanStatus.QUEUED:
        return scan.status
    PublicationScan.objects.filter(pk=scan.pk).update(
        status=ScanStatus.RUNNING, started_at=timezone.now()
    )
    try:
        strings = list(ReportContent.from_json(scan.content).strings())
        matcher, _ = register_for(scan.review)
        detected = detect_many(strings, matcher, candidates=True)
        candidates = scan_strings(scan.review, strings, detected)
    except Exception as error:
        PublicationScan.objects.filter(pk=scan.pk).update(
            status=ScanStatus.FAILED,
            finished_at=timezone.now(),
            error=f"{type(error).__name__}: {error}"[:2000],
        )
        return ScanStatus.FAILED
    PublicationScan.objects.filter(pk=scan.pk).update(
        status=ScanStatus.DONE,
        finished_at=timezone.now(),
        detections=[[_span_json(s) for s in spans] for spans in detected],
        candidates=[_candidate_json(c) for c in candidates],
    )
    return ScanStatus.DONE


def _candidate_json(candidate: Candidate) -> dict:
    data = {
        k: v for k, v in asdict(candidate).items() if k not in ("person", "decision", "suggestion")
    }
    data["person"] = str(candidate.person.uuid) if candidate.person else ""
    return data


def scan_state(
    review: Review, source: str, content: ReportContent
) -> tuple[PublicationScan | None, list[str]]:
    """The scan the page should show for this content: the last finished or still running one
    of exactly this content (a queued or running scan older than STALE_AFTER is marked
    failed), or None when there is none. Also returns the content's strings."""
    strings = list(content.strings())
    matcher, _ = register_for(review)
    content_hash, _ = hashes(matcher, strings)
    scans = PublicationScan.objects.filter(
        review=review, source=source, content_hash=content_hash
    ).defer("content", "candidates")
    scan = scans.filter(status=ScanStatus.DONE).first() or scans.first()
    if scan is not None and not scan.finished and scan.created_at < timezone.now() - STALE_AFTER:
        PublicationScan.objects.filter(pk=scan.pk).update(
            status=ScanStatus.FAILED,
            finished_at=timezone.now(),
            error="The check did not finish (the background worker may have stopped).",
        )
        scan.refresh_from_db()
    return scan, strings


def scan_candidates(review: Review, scan: PublicationScan, strings: list[str]) -> list[Candidate]:
    """The candidates of a finished scan with the register and the current decisions applied
    (no model: the stored spans are reused; `strings` must be the content the scan was made
    from, which the content hash guarantees)."""
    detected = [[_span(s) for s in spans] for spans in scan.detections]
    return scan_strings(review, strings, detected)


def detections_for(review: Review, strings: Sequence[str]) -> list[list[Span]]:
    """The detector's spans for each string, for the gate: a string scanned before with exactly
    the same text under the same register and detector version reuses its stored spans; every
    other string (a name added since the last scan, say) goes through the detector now."""
    matcher, _ = register_for(review)
    _, register_hash = hashes(matcher, ())
    wanted = {s for s in strings if s.strip()}
    known: dict[str, list[Span]] = {}
    scans = PublicationScan.objects.filter(
        review=review, register_hash=register_hash, status=ScanStatus.DONE
    ).only("content", "detections")
    for scan in scans[:5]:
        scanned = list(ReportContent.from_json(scan.content).strings())
        if len(scanned) != len(scan.detections):
            continue
        for text, spans in zip(scanned, scan.detections, strict=True):
            if text in wanted and text not in known:
                known[text] = [_span(s) for s in spans]
        if wanted <= known.keys():
            break
    missing = [s for s in strings if s not in known]
    fresh = dict(zip(missing, detect_many(missing, matcher, candidates=True), strict=True))
    return [known[s] if s in known else fresh.get(s, []) for s in strings]
