"""`casewindow import_qdpx`: a REFI-QDA project made elsewhere becomes documents with coded
excerpts (codes mapped to contributory factors by name, others kept as memo tags); Casewindow's
own export comes back with the same documents and excerpts; a bad file is refused with a clear
message and leaves nothing behind."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casewindow.analysis.models import Excerpt
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.evidence.models import DocumentPage, ExtractionStatus, SearchChunk, SourceDocument
from casewindow.interchange.qdpx import PAGE_JOIN, QdpxSummary, qdpx_export
from casewindow.interchange.qdpx_import import QdpxImportError, qdpx_import
from casewindow.reviews.models import Review, ReviewStage
from tests.factories import ReviewFactory
from tests.interchange.qdpx_files import INTERVIEW, MEETING, project_qde, qdpx_bytes

pytestmark = pytest.mark.django_db


def _import(review: Review, content: bytes, label: str = "project.qdpx") -> None:
    qdpx_import(actor=None, review=review, fileobj=io.BytesIO(content), label=label)


def _exported(review: Review) -> tuple[bytes, QdpxSummary]:
    buffer = io.BytesIO()
    summary = qdpx_export(actor=None, review=review, target=buffer)
    return buffer.getvalue(), summary


def _stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def test_a_project_made_in_qualcoder_becomes_documents_and_coded_excerpts(
    media: Path, tmp_path: Path
) -> None:
    review = ReviewFactory()
    path = tmp_path / "Child J interviews.qdpx"
    path.write_bytes(qdpx_bytes())
    out = io.StringIO()
    call_command("import_qdpx", str(review.reference).lower(), str(path), stdout=out)
    assert "2 documents, 6 coded excerpts" in out.getvalue()
    assert "1 source(s) that are not text" in out.getvalue()  # the genogram picture

    documents = {d.title: d for d in SourceDocument.objects.filter(review=review)}
    assert set(documents) == {"Interview HV1.txt", "Team meeting notes.txt"}
    interview = documents["Interview HV1.txt"]
    assert interview.extraction_status == ExtractionStatus.DONE
    text = DocumentPage.objects.get(document=interview, number=1).text
    assert text.startswith("Interview with the health visitor")
    assert interview.file.read().decode() == text
    assert SearchChunk.objects.filter(review=review, object_uuid=interview.uuid).exists()

    excerpts = {e.quote: e for e in Excerpt.objects.filter(review=review)}
    assert len(excerpts) == 6
    workload = excerpts["I had thirty-one visits that week"]
    assert workload.factor_keys == ["work-conditions/workload"]
    assert workload.memo == "Thirty-one visits in one week: compare with the caseload figures."
    assert (text[workload.start : workload.end], workload.page) == (workload.quote, 1)
    # A name differing only in case or spacing still matches its factor.
    assert excerpts["covering for a colleague who was off sick"].factor_keys == [
        "work-conditions/workload",
        "work-conditions/managerial-support",
    ]
    assert excerpts["Supervision had been cancelled twice in February"].factor_keys == [
        "own-team/getting-help-advice-and-supervision"
    ]
    # A memo written as a note (NVivo's annotations) is the excerpt's memo.
    bail = excerpts["Nobody told me they had ended."]
    assert bail.factor_keys == ["inter-agency/sharing-information-what-when-how-with-whom"]
    assert bail.memo.startswith("The police told children's social care only")
    # Codes that are not factors are kept as tags in the memo.
    hopeful = excerpts["Mum was really engaged at the clinic"]
    assert hopeful.factor_keys == []
    assert hopeful.memo == "Codes from the QDA project: Hopeful moments"
    handover = excerpts["Handover between the two health visitors was by e-mail only."]
    assert handover.memo == "Only by e-mail.\n\nCodes from the QDA project: Handovers"

    event = AuditEvent.objects.filter(review=review, action=AuditAction.IMPORT).get()
    assert "Child J interviews" in event.summary and "6 coded excerpts" in event.summary
    assert AuditEvent.objects.filter(review=review, action=AuditAction.CREATE).count() == 2


def test_round_trip_gives_back_the_same_documents_and_excerpts(media: Path) -> None:
    source, _created = demo_load()
    content, summary = _exported(source)
    assert summary.unplaced == 0
    copy = ReviewFactory()
    _import(copy, content, "demo.qdpx")

    imported = {d.title: d.pages.get(number=1).text for d in copy.documents.all()}
    for document in source.documents.filter(extraction_status=ExtractionStatus.DONE):
        pages = [page.text for page in document.pages.order_by("number")]
        assert imported[document.title] == PAGE_JOIN.join(pages)
    assert sum(name.startswith("Conversation with ") for name in imported) == (
        source.conversations.count()
    )

    def key(excerpt: Excerpt) -> tuple[str, tuple[str, ...]]:
        return excerpt.quote, tuple(excerpt.factor_keys)

    originals = sorted(Excerpt.objects.alive().filter(review=source), key=key)
    copies = sorted(Excerpt.objects.filter(review=copy), key=key)
    assert [key(e) for e in copies] == [key(e) for e in originals]
    for original, again in zip(originals, copies, strict=True):
        # The memo comes back, followed by the episodes and findings it was linked to (this
        # review has none of them, so they are tags).
        assert again.memo.startswith(original.memo)
        for episode in original.episodes.all():
            assert f"KPE {episode.number}: {episode.title}" in again.memo

    # Exported again, the copy gives the same selections of the same texts.
    _again, again_summary = _exported(copy)
    assert again_summary.selections == summary.selections


def test_importing_into_the_same_review_links_its_own_episodes_and_findings(media: Path) -> None:
    review, _created = demo_load()
    content, _summary = _exported(review)
    linked = next(e for e in Excerpt.objects.alive().filter(review=review) if e.episodes.exists())
    _import(review, content)
    again = Excerpt.objects.filter(review=review, quote=linked.quote).exclude(pk=linked.pk).first()
    assert again is not None
    # The codes are this review's own episodes and findings: linked, not tags.
    assert set(again.episodes.all()) == set(linked.episodes.all())
    assert set(again.findings.all()) == set(linked.findings.all())
    assert "Codes from the QDA project" not in again.memo
    # A second import of the same project is refused whole: its texts are already here.
    before = (SourceDocument.objects.count(), Excerpt.objects.count())
    with pytest.raises(QdpxImportError, match="already in this review"):
        _import(review, content)
    assert (SourceDocument.objects.count(), Excerpt.objects.count()) == before


def _qde_with(old: str, new: str) -> bytes:
    text = project_qde()
    assert old in text
    return text.replace(old, new, 1).encode()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_FILES = {
    "not a zip": (b"%PDF-1.7 not a project", "not a readable zip file"),
    "empty": (b"", "is empty"),
    "no project.qde": (_zip({"readme.txt": b"hello"}), "has no project.qde"),
    "not XML": (qdpx_bytes(replace={"project.qde": b"<Project"}), "not well-formed XML"),
    "off the schema": (
        qdpx_bytes(replace={"project.qde": _qde_with(' isCodable="true" color="#9FF781"', "")}),
        "does not follow the REFI-QDA project schema",
    ),
    "another namespace": (
        qdpx_bytes(
            replace={"project.qde": _qde_with("urn:QDA-XML:project:1.0", "urn:QDA-XML:project:0.4")}
        ),
        "not a REFI-QDA 1.0 project",
    ),
    "a source missing": (qdpx_bytes(leave_out=(MEETING,)), "lacks the text of the source"),
    "a source outside the project": (
        qdpx_bytes(
            replace={
                "project.qde": _qde_with("internal://0f9e8d7c", "absolute:///home/someone/0f9e8d7c")
            }
        ),
        "outside the project",
    ),
    "a selection beyond the text": (
        qdpx_bytes(replace={INTERVIEW: b"Interview with the health visitor"}),
        "lies outside its text",
    ),
    "text not UTF-8": (
        qdpx_bytes(replace={MEETING: "Réunion d'équipe".encode("latin-1")}),
        "not UTF-8",
    ),
    "a DTD with entities": (
        qdpx_bytes(
            replace={
                "project.qde": _qde_with(
                    '<?xml version="1.0" encoding="utf-8"?>',
                    '<?xml version="1.0" encoding="utf-8"?>\n'
                    '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
                )
            }
        ),
        "DTD",
    ),
    "a zip bomb": (
        qdpx_bytes(replace={"sources/padding.txt": b"0" * (20 * 1024 * 1024)}),
        "was refused",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_project_is_refused_with_a_clear_message_and_nothing_written(
    case: str, media: Path, tmp_path: Path
) -> None:
    content, message = BAD_FILES[case]
    review = ReviewFactory()
    path = tmp_path / "project.qdpx"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as refused:
        call_command("import_qdpx", review.reference, str(path))
    assert "nothing was written" in str(refused.value)
    assert not SourceDocument.objects.filter(review=review).exists()
    assert not Excerpt.objects.filter(review=review).exists()
    assert not AuditEvent.objects.filter(review=review, action=AuditAction.IMPORT).exists()
    assert _stored_files(media) == []


def test_too_large_a_file_is_refused_before_it_is_opened(
    settings: pytest.FixtureRequest, media: Path
) -> None:
    settings.CASEWINDOW_MAX_UPLOAD_BYTES = 1000  # type: ignore[attr-defined]
    with pytest.raises(QdpxImportError, match="imports projects of up to"):
        _import(ReviewFactory(), qdpx_bytes())


def test_a_failure_while_writing_leaves_no_document_or_file(
    media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = ReviewFactory()

    def broken(**_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("casewindow.interchange.qdpx_import.audit_record", broken)
    with pytest.raises(RuntimeError):
        _import(review, qdpx_bytes())
    assert not SourceDocument.objects.filter(review=review).exists()
    assert _stored_files(media) == []


def test_a_closed_review_is_not_imported_into(media: Path) -> None:
    review = ReviewFactory(stage=ReviewStage.CLOSED)
    with pytest.raises(QdpxImportError, match="closed"):
        _import(review, qdpx_bytes())
