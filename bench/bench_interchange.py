"""Whole-review export and import (issue 13): a generated review with 5,000 chronology entries
(each with its original row, two people and a search chunk) and 300 documents (a 40 KB file and
three pages of extracted text each), plus agencies, people, episodes, findings and 2,000 audit
events.

`casewindow export_review` and `casewindow import_review` each run in their own subprocess, as
an administrator would run them, so the figures are honest: wall time of the whole process
(Python start-up and Django set-up included) and its peak resident memory (ru_maxrss of that
child alone, from wait4). Targets: each ≤ 30 s and ≤ 500 MB."""

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTRIES = 5_000
DOCUMENTS = 300
DOCUMENT_BYTES = 40_000
PAGES = 3
AUDIT_EVENTS = 2_000
WALL_TARGET_S = 30
MEMORY_TARGET_MB = 500
REFERENCE = "BENCH-ARCHIVE"


def _review(media: Path) -> None:
    """The review, made with bulk inserts (the bench measures the export and the import)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import FileSystemStorage
    from django.utils import timezone

    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.analysis.models import Finding, KeyPracticeEpisode
    from casewindow.audit.models import AuditEvent
    from casewindow.audit.services import audit_chain_imported_many
    from casewindow.evidence.models import (
        ChronologyEntry,
        DocumentPage,
        SearchChunk,
        SourceDocument,
    )
    from casewindow.reviews.models import Agency, Person, Review

    storage = FileSystemStorage(location=str(media))
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    lead = User.objects.create_user("bench.lead@example.test", password=None, full_name="Lead")
    review = Review.objects.create(
        partnership=partnership, reference=REFERENCE, title="Bench", review_type="lcspr_lt"
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = Agency.objects.bulk_create(
        Agency(review=review, name=f"Agency {n}", kind="other", publication_label=f"Agency {n}")
        for n in range(12)
    )
    people = Person.objects.bulk_create(
        Person(
            review=review,
            real_name=f"Person {n} Surname",
            aliases=[f"P{n}"],
            category="child" if n < 3 else "adult",
            publication_label=f"Person {n}",
        )
        for n in range(40)
    )
    start = dt.date(2020, 1, 1)
    entries = ChronologyEntry.objects.bulk_create(
        ChronologyEntry(
            review=review,
            agency=agencies[n % len(agencies)],
            row_number=n + 2,
            date_start=start + dt.timedelta(days=n % 1500),
            date_end=start + dt.timedelta(days=n % 1500),
            date_precision="day",
            date_text=f"{start + dt.timedelta(days=n % 1500):%d/%m/%Y}",
            description=f"Contact {n}: home visit to the family; concerns discussed about the "
            "home conditions, the children's school attendance and Mother's health — "
            "seen with Person 1 and Person 2 (café, naïve, Zoë).",
            action=f"Referral {n % 13} made, plan reviewed at supervision",
            source=f"Practitioner {n % 40}",
            original_row={
                "Date": f"{start + dt.timedelta(days=n % 1500):%d/%m/%Y}",
                "Event": f"Contact {n}: home visit",
                "Worker": f"Practitioner {n % 40}",
            },
        )
        for n in range(ENTRIES)
    )
    through = ChronologyEntry.people.through
    through.objects.bulk_create(
        through(chronologyentry_id=entry.pk, person_id=people[(n + k) % len(people)].pk)
        for n, entry in enumerate(entries)
        for k in (0, 1)
    )
    SearchChunk.objects.bulk_create(
        SearchChunk(
            review=review,
            kind="chronology",
            object_uuid=entry.uuid,
            title=entry.date_text,
            text=entry.description,
        )
        for entry in entries
    )
    documents = []
    for n in range(DOCUMENTS):
        content = (f"Document {n}. " + "Minutes of the strategy meeting. " * 2000).encode()[
            :DOCUMENT_BYTES
        ]
        name = storage.save(f"documents/bench/{n}.txt", ContentFile(content))
        documents.append(
            SourceDocument(
                review=review,
                agency=agencies[n % len(agencies)],
                kind="other",
                title=f"Document {n}",
                original_filename=f"{n}.txt",
                file=name,
                file_type="txt",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                extraction_status="done",
                page_count=PAGES,
            )
        )
    documents = SourceDocument.objects.bulk_create(documents)
    DocumentPage.objects.bulk_create(
        DocumentPage(document=document, number=page, text=f"Page {page}. " + "Text. " * 500)
        for document in documents
        for page in range(1, PAGES + 1)
    )
    episodes = KeyPracticeEpisode.objects.bulk_create(
        KeyPracticeEpisode(review=review, number=n + 1, title=f"Episode {n + 1}") for n in range(60)
    )
    for n in range(20):
        finding = Finding.objects.create(review=review, number=n + 1, statement=f"Finding {n}")
        finding.episodes.set(episodes[n * 3 : n * 3 + 3])
    audit_chain_imported_many(
        [
            AuditEvent(
                at=timezone.now(),
                actor=lead,
                actor_label="Lead <bench.lead@example.test>",
                action="update",
                review=review,
                object_type="evidence.ChronologyEntry",
                object_id=str(entries[n].uuid),
                summary=f"Changed chronology entry {n}",
                changes={"description": ["before", "after"], "entry": str(entries[n].uuid)},
            )
            for n in range(AUDIT_EVENTS)
        ]
    )


def _command(var: Path, *arguments: str) -> tuple[float, float, str]:
    """Run one casewindow command in a subprocess: (wall s, peak MB of that process alone,
    stdout). The child is reaped with wait4, which gives its own resource usage."""
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "bench-" + "x" * 40)
    env["CASEWINDOW_VAR_DIR"] = str(var)
    # Not the tests' settings: files on disk under var/media (tests keep them in memory).
    env["CASEWINDOW_TESTING"] = "0"
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(  # noqa: S603 - our own command, arguments we made
            [
                sys.executable,
                "-c",
                "import sys; from casewindow.cli import main; sys.argv[0] = 'casewindow'; main()",
                *arguments,
            ],
            env=env,
            stdout=out,
            stderr=err,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{arguments[0]} failed: {stderr or stdout}")
    return wall, usage.ru_maxrss / 1024, stdout.strip()  # ru_maxrss is in kB on Linux


def run() -> list[dict]:
    from django.db import connection

    from casewindow.evidence.models import ChronologyEntry, SourceDocument

    folder = Path(tempfile.mkdtemp(prefix="casewindow-bench-interchange-"))
    var = folder / "var"
    media = var / "media"
    media.mkdir(parents=True)
    made = time.perf_counter()
    _review(media)
    made = time.perf_counter() - made
    # The subprocesses open their own connection; let them see what was made here.
    connection.close()

    archive = folder / "review.zip"
    export_wall, export_peak, export_out = _command(
        var, "export_review", REFERENCE, "-o", str(archive)
    )
    size_mb = archive.stat().st_size / (1024 * 1024)
    import_wall, import_peak, import_out = _command(
        var, "import_review", str(archive), "--reference", "BENCH-COPY"
    )
    copies = ChronologyEntry.objects.filter(review__reference="BENCH-COPY").count()
    documents = SourceDocument.objects.filter(review__reference="BENCH-COPY").count()
    assert copies == ENTRIES and documents == DOCUMENTS, (copies, documents)
    shutil.rmtree(folder, ignore_errors=True)
    return [
        {
            "name": "making the review (bulk inserts, not measured)",
            "value": round(made, 1),
            "unit": "s",
        },
        {"name": "archive size", "value": round(size_mb, 1), "unit": "MB", "note": export_out},
        {
            "name": "export_review: wall time (whole process)",
            "value": round(export_wall, 2),
            "unit": "s",
            "target": f"≤ {WALL_TARGET_S}",
        },
        {
            "name": "export_review: peak memory (ru_maxrss)",
            "value": round(export_peak, 1),
            "unit": "MB",
            "target": f"≤ {MEMORY_TARGET_MB}",
        },
        {
            "name": "import_review: wall time (whole process)",
            "value": round(import_wall, 2),
            "unit": "s",
            "target": f"≤ {WALL_TARGET_S}",
            "note": import_out,
        },
        {
            "name": "import_review: peak memory (ru_maxrss)",
            "value": round(import_peak, 1),
            "unit": "MB",
            "target": f"≤ {MEMORY_TARGET_MB}",
        },
    ]
