"""`casewindow export_qdpx`: the demo review as a REFI-QDA project that follows the standard's
published schema, with its documents, conversations, codes, coded selections and cases."""

import hashlib
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from lxml import etree

from casewindow.analysis.models import Excerpt
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.interchange.qdpx import NAMESPACE, XSD_PATH, factor_guid, project_schema
from casewindow.reviews.models import Review

pytestmark = pytest.mark.django_db
NS = {"q": NAMESPACE}


def _export(review: Review, tmp_path: Path) -> tuple[zipfile.ZipFile, etree._Element]:
    output = tmp_path / "review.qdpx"
    call_command("export_qdpx", review.reference, "-o", str(output))
    archive = zipfile.ZipFile(output)
    return archive, etree.fromstring(archive.read("project.qde"))


def test_the_schema_is_the_published_refi_qda_schema() -> None:
    digest = hashlib.sha256(XSD_PATH.read_bytes()).hexdigest()
    assert digest == "7841112e27897debf996f76209b9c5a5d074d66c1297a2f19f5ef250d29303bd"
    assert project_schema() is not None


def test_demo_review_exports_as_a_project_that_validates(tmp_path: Path) -> None:
    review, _created = demo_load()
    archive, root = _export(review, tmp_path)

    schema = etree.XMLSchema(etree.parse(str(XSD_PATH)))
    assert schema.validate(root), schema.error_log

    sources = root.findall("q:Sources/q:TextSource", NS)
    names = [source.get("name") for source in sources]
    assert any(name.startswith("Conversation with ") for name in names)
    assert len(sources) >= review.documents.count()
    # Every source's text is in the archive where plainTextPath says.
    texts = {}
    for source in sources:
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        texts[source.get("guid")] = archive.read(f"sources/{source.get('guid')}.txt").decode()

    # Every live excerpt is a selection whose positions give back its quote exactly.
    excerpts = {str(e.uuid): e for e in Excerpt.objects.alive().filter(review=review)}
    selections = root.findall(".//q:PlainTextSelection", NS)
    assert len(selections) == len(excerpts) > 0
    for selection in selections:
        excerpt = excerpts[selection.get("guid")]
        text = texts[selection.getparent().get("guid")]
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert text[start:end] == excerpt.quote

    # Codes: the framework, the episodes and the findings; codings point at codes.
    code_guids = {code.get("guid") for code in root.iter(f"{{{NAMESPACE}}}Code")}
    tops = [code.get("name") for code in root.findall("q:CodeBook/q:Codes/q:Code", NS)]
    assert tops == ["Contributory factors (framework v1)", "Key practice episodes", "Findings"]
    refs = {ref.get("targetGUID") for ref in root.findall(".//q:Coding/q:CodeRef", NS)}
    assert refs and refs <= code_guids
    coded = next(e for e in excerpts.values() if e.factor_keys)
    selection = root.find(f".//q:PlainTextSelection[@guid='{coded.uuid}']", NS)
    assert factor_guid("v1", coded.factor_keys[0]) in {
        ref.get("targetGUID") for ref in selection.findall("q:Coding/q:CodeRef", NS)
    }

    # Memos are notes the selection refers to.
    notes = {note.get("guid"): note for note in root.findall("q:Notes/q:Note", NS)}
    with_memo = next(e for e in excerpts.values() if e.memo.strip())
    selection = root.find(f".//q:PlainTextSelection[@guid='{with_memo.uuid}']", NS)
    note = notes[selection.find("q:NoteRef", NS).get("targetGUID")]
    assert note.findtext("q:PlainTextContent", namespaces=NS) == with_memo.memo

    # People are cases; sets group the codes.
    cases = root.findall("q:Cases/q:Case", NS)
    assert len(cases) == review.people.count()
    set_names = [item.get("name") for item in root.findall("q:Sets/q:Set", NS)]
    assert "Key practice episodes" in set_names and "Findings" in set_names

    event = AuditEvent.objects.filter(review=review, action=AuditAction.EXPORT).latest("pk")
    assert "REFI-QDA" in event.summary


def test_export_refuses_an_existing_file_and_an_unknown_review(tmp_path: Path) -> None:
    output = tmp_path / "taken.qdpx"
    output.write_bytes(b"keep me")
    review, _created = demo_load()
    with pytest.raises(CommandError, match="already exists"):
        call_command("export_qdpx", review.reference, "-o", str(output))
    assert output.read_bytes() == b"keep me"
    with pytest.raises(CommandError, match="No review"):
        call_command("export_qdpx", "NOPE-1", "-o", str(tmp_path / "x.qdpx"))
