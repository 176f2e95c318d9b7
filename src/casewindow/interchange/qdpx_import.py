"""REFI-QDA import: a `.qdpx` project made elsewhere (NVivo, ATLAS.ti, MAXQDA, QualCoder, or
Casewindow) brought into a review as documents with coded excerpts.

Everything is checked before anything is written (`qdpx_read`, no database): the file's size,
the zip (damaged, password-protected, or expanding far beyond a real project: the same archive
guard as every upload), that it holds a `project.qde` in the QDA-XML 1.0 namespace which
parses (no DTD, no entities, no network) and follows the standard's schema, that every text
source's text is inside the project and readable, and that every selection lies within its
source's text. Any failure raises QdpxImportError with a message for the user.

The writing (`qdpx_import`) is one transaction: each text source becomes a document of the
review (its text as a .txt file and as the document's one page, searchable at once), each
coded selection an excerpt of it. A code is mapped to a node of the contributory-factor
framework when its GUID is that node's (a Casewindow export) or its name is the node's name
(a parent code named as the layer settles a name two layers share); a code that is one of this
review's key practice episodes, findings or contributory factors (by GUID) links the excerpt to
it; any other code is kept as a tag in the excerpt's memo, after the selection's own memo and
notes. Sources other than text (pictures, PDFs, audio, video) are counted and left out."""

import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from lxml import etree

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.analysis.anchoring import context_around
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import (
    ContributoryFactor,
    Excerpt,
    ExcerptSource,
    Finding,
    KeyPracticeEpisode,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence import search
from casewindow.evidence.importing.archives import ArchiveLimits, ArchiveRefused, archive_check
from casewindow.evidence.models import DocumentKind, DocumentPage, ExtractionStatus, SourceDocument
from casewindow.interchange.qdpx import NAMESPACE, factor_guid, schema_errors
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Review, ReviewStage

# project.qde is parsed whole: a real project's XML (the text is usually in sources/) is a few
# MB; one with every text inline and thousands of codings stays well under this.
QDE_MAX_BYTES = 64 * 1024 * 1024
TAGS_LABEL = "Codes from the QDA project"
_OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
_SPACE = re.compile(r"\s+")


class QdpxImportError(Exception):
    """A project that cannot be imported; the message is written for users."""


@dataclass
class Selection:
    guid: str
    start: int
    end: int
    quote: str
    memo: str
    codes: list[str]  # code GUIDs


@dataclass
class Source:
    guid: str
    name: str
    text: str
    selections: list[Selection] = field(default_factory=list)


@dataclass
class Code:
    guid: str
    name: str
    parent: str  # the parent code's name, "" at the top


@dataclass
class Project:
    name: str
    sources: list[Source]
    codes: dict[str, Code]
    skipped_sources: int = 0
    empty_selections: int = 0


@dataclass(frozen=True)
class QdpxImportSummary:
    documents: list[SourceDocument]
    excerpts: int
    mapped: int  # codings mapped to framework factors, episodes, findings or factors
    tags: int  # codings kept as memo tags
    skipped_sources: int


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _normal(name: str) -> str:
    return _SPACE.sub(" ", name).strip().casefold()


# --- reading (no database) ------------------------------------------------------------------


def _open(fileobj: IO[bytes], label: str) -> zipfile.ZipFile:
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(0)
    limit = settings.CASEWINDOW_MAX_UPLOAD_BYTES
    if size > limit:
        raise QdpxImportError(
            f"{label} is {size / 1024 / 1024:,.0f} MB: Casewindow imports projects of up to "
            f"{limit // (1024 * 1024)} MB. Export the project without its audio and video."
        )
    if size == 0:
        raise QdpxImportError(f"{label} is empty. Choose the .qdpx file the program exported.")
    try:
        archive_check(fileobj, label, limits=ArchiveLimits.from_settings())
    except ArchiveRefused as refused:
        if refused.reason == "damaged":
            raise QdpxImportError(
                f"{label} is not a REFI-QDA project (.qdpx): it is not a readable zip file. "
                "Export the project again from the program that made it."
            ) from None
        raise QdpxImportError(str(refused)) from None
    return zipfile.ZipFile(fileobj)


def _project_member(archive: zipfile.ZipFile, label: str) -> zipfile.ZipInfo:
    infos = [info for info in archive.infolist() if not info.is_dir()]
    exact = [info for info in infos if info.filename.lower() == "project.qde"]
    candidates = exact or [
        info
        for info in infos
        if info.filename.lower().endswith(".qde") and "/" not in info.filename
    ]
    if len(candidates) != 1:
        raise QdpxImportError(
            f"{label} is not a REFI-QDA project: it has no project.qde"
            + (" (it has several .qde files)" if len(candidates) > 1 else "")
            + ". Export the project again as a REFI-QDA project (.qdpx)."
        )
    info = candidates[0]
    if info.file_size > QDE_MAX_BYTES:
        raise QdpxImportError(
            f"{info.filename} in {label} is {info.file_size / 1024 / 1024:,.0f} MB: Casewindow "
            f"reads project files of up to {QDE_MAX_BYTES // (1024 * 1024)} MB."
        )
    return info


def _parse(raw: bytes, name: str) -> Any:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(raw, parser=parser).getroottree()
    except etree.XMLSyntaxError as error:
        raise QdpxImportError(f"{name} is not well-formed XML ({error}).") from None
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise QdpxImportError(f"{name} declares a DTD, which a REFI-QDA project never has.")
    root = tree.getroot()
    if root.tag != _q("Project"):
        found = etree.QName(root).namespace or "no namespace"
        raise QdpxImportError(
            f"{name} is not a REFI-QDA 1.0 project: its root is "
            f"<{etree.QName(root).localname}> in {found}, not <Project> in {NAMESPACE}."
        )
    errors = schema_errors(root)
    if errors:
        raise QdpxImportError(
            f"{name} does not follow the REFI-QDA project schema (QDA-XML 1.0): "
            + "; ".join(errors[:3])
            + ("; …" if len(errors) > 3 else "")
        )
    return root


def _members_by_name(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    return {info.filename.lower(): info for info in archive.infolist() if not info.is_dir()}


def _internal_text(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    path: str,
    what: str,
) -> str:
    if not path.startswith("internal://"):
        raise QdpxImportError(
            f"The text of {what} is outside the project ({path}). Export the project with its "
            "sources inside (internal files), then import it again."
        )
    name = path.removeprefix("internal://").lstrip("/")
    info = members.get(f"sources/{name}".lower())
    if info is None:
        raise QdpxImportError(
            f"The project lacks the text of {what}: sources/{name} is not in it. Export the "
            "project again with its sources."
        )
    return _decode(archive.read(info), what)


def _decode(raw: bytes, what: str) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QdpxImportError(
            f"The text of {what} is not UTF-8 text, as REFI-QDA requires."
        ) from None
    if len(text) > settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS:
        raise QdpxImportError(
            f"The text of {what} is longer than Casewindow reads "
            f"({settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS:,} characters)."
        )
    return text


def _codes(root: Any) -> dict[str, Code]:
    codes: dict[str, Code] = {}

    def walk(element: Any, parent: str) -> None:
        for child in element.findall(_q("Code")):
            guid = child.get("guid", "").strip("{}").lower()
            codes[guid] = Code(guid=guid, name=child.get("name", ""), parent=parent)
            walk(child, child.get("name", ""))

    book = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
    if book is not None:
        walk(book, "")
    return codes


def _notes(
    root: Any, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]
) -> dict[str, str]:
    notes: dict[str, str] = {}
    for note in root.findall(f"{_q('Notes')}/{_q('Note')}"):
        guid = note.get("guid", "").strip("{}").lower()
        text = note.findtext(_q("PlainTextContent"))
        if text is None and note.get("plainTextPath"):
            label = f"the note “{note.get('name') or guid}”"
            text = _internal_text(archive, members, note.get("plainTextPath", ""), label)
        notes[guid] = (text or "").strip()
    return notes


def _memo(element: Any, notes: dict[str, str]) -> str:
    """A selection's memo: its description, then the notes it and its codings refer to."""
    parts = [(element.findtext(_q("Description")) or "").strip()]
    refs = element.findall(_q("NoteRef")) + element.findall(f"{_q('Coding')}/{_q('NoteRef')}")
    for ref in refs:
        parts.append(notes.get(ref.get("targetGUID", "").strip("{}").lower(), ""))
    return "\n\n".join(dict.fromkeys(part for part in parts if part))


def qdpx_read(fileobj: IO[bytes], label: str) -> Project:
    """The project checked whole and read into plain data, or QdpxImportError."""
    archive = _open(fileobj, label)
    with archive:
        info = _project_member(archive, label)
        root = _parse(archive.read(info), info.filename)
        members = _members_by_name(archive)
        codes = _codes(root)
        notes = _notes(root, archive, members)
        project = Project(name=root.get("name", "") or label, sources=[], codes=codes)
        sources = root.find(_q("Sources"))
        if sources is None:
            sources = etree.Element(_q("Sources"))
        for tag in _OTHER_SOURCES:
            project.skipped_sources += len(sources.findall(_q(tag)))
        for number, element in enumerate(sources.findall(_q("TextSource")), 1):
            name = (element.get("name") or "").strip() or f"Source {number}"
            what = f"the source “{name}”"
            inline = element.findtext(_q("PlainTextContent"))
            if inline is not None:
                text = inline
            elif element.get("plainTextPath"):
                text = _internal_text(archive, members, element.get("plainTextPath", ""), what)
            else:
                raise QdpxImportError(
                    f"The project has no plain text for {what} (only a rich-text file). Export "
                    "it again with plain text, as REFI-QDA asks."
                )
            source = Source(guid=element.get("guid", ""), name=name, text=text)
            for selection in element.findall(_q("PlainTextSelection")):
                start = int(selection.get("startPosition"))
                end = int(selection.get("endPosition"))
                if not 0 <= start < end <= len(text):
                    raise QdpxImportError(
                        f"A coded selection of {what} lies outside its text (characters "
                        f"{start} to {end} of {len(text):,}): the project is damaged or its "
                        "text was changed after coding."
                    )
                quote = text[start:end]
                if not quote.strip():
                    project.empty_selections += 1
                    continue
                source.selections.append(
                    Selection(
                        guid=selection.get("guid", ""),
                        start=start,
                        end=end,
                        quote=quote,
                        memo=_memo(selection, notes),
                        codes=[
                            ref.get("targetGUID", "").strip("{}").lower()
                            for ref in selection.findall(f"{_q('Coding')}/{_q('CodeRef')}")
                        ],
                    )
                )
            project.sources.append(source)
    if not project.sources:
        raise QdpxImportError(
            f"{label} has no text sources to import"
            + (
                f" (only {project.skipped_sources} pictures, PDFs, audio or video)"
                if project.skipped_sources
                else ""
            )
            + "."
        )
    return project


# --- mapping codes --------------------------------------------------------------------------


@dataclass
class _Mapping:
    factor_keys: list[str] = field(default_factory=list)
    episodes: list[KeyPracticeEpisode] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    factors: list[ContributoryFactor] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


class _Mapper:
    def __init__(self, review: Review, codes: dict[str, Code]) -> None:
        self.codes = codes
        nodes = factor_nodes(CURRENT_VERSION)
        self.by_guid = {factor_guid(CURRENT_VERSION, key): key for key in nodes}
        self.by_name: dict[str, list[str]] = {}
        self.layer_of: dict[str, str] = {}
        for key, node in nodes.items():
            self.by_name.setdefault(_normal(node.name), []).append(key)
            self.layer_of[key] = _normal(node.layer_name)
        self.episodes = {
            str(e.uuid): e for e in KeyPracticeEpisode.objects.alive().filter(review=review)
        }
        self.findings = {str(f.uuid): f for f in Finding.objects.alive().filter(review=review)}
        self.factors = {
            str(f.uuid): f
            for f in ContributoryFactor.objects.alive().filter(episode__review=review)
        }

    def factor_key(self, code: Code) -> str | None:
        if code.guid in self.by_guid:
            return self.by_guid[code.guid]
        keys = self.by_name.get(_normal(code.name), [])
        if len(keys) > 1:
            keys = [key for key in keys if self.layer_of[key] == _normal(code.parent)]
        return keys[0] if len(keys) == 1 else None

    def map(self, guids: list[str]) -> _Mapping:
        mapping = _Mapping()
        for guid in dict.fromkeys(guids):
            code = self.codes.get(guid)
            if guid in self.episodes:
                mapping.episodes.append(self.episodes[guid])
            elif guid in self.findings:
                mapping.findings.append(self.findings[guid])
            elif guid in self.factors:
                mapping.factors.append(self.factors[guid])
            elif code is not None and (key := self.factor_key(code)) is not None:
                if key not in mapping.factor_keys:
                    mapping.factor_keys.append(key)
            elif code is not None and code.name.strip():
                mapping.tags.append(code.name.strip())
        return mapping


# --- writing --------------------------------------------------------------------------------


def _with_tags(memo: str, tags: list[str]) -> str:
    if not tags:
        return memo
    line = f"{TAGS_LABEL}: " + "; ".join(tags)
    return f"{memo}\n\n{line}" if memo else line


def qdpx_import(
    *, actor: Actor, review: Review, fileobj: IO[bytes], label: str, via: str = "console"
) -> QdpxImportSummary:
    """Import the project into the review, all or nothing (QdpxImportError if refused)."""
    if review.stage == ReviewStage.CLOSED:
        raise QdpxImportError(f"{review.reference} is closed: reopen it before importing into it.")
    project = qdpx_read(fileobj, label)
    encoded = [source.text.encode("utf-8") for source in project.sources]
    digests = [hashlib.sha256(raw).hexdigest() for raw in encoded]
    known = dict(
        SourceDocument.objects.filter(review=review, sha256__in=digests).values_list(
            "sha256", "title"
        )
    )
    for source, digest in zip(project.sources, digests, strict=True):
        if digest in known:
            raise QdpxImportError(
                f"The source “{source.name}” is already in this review, as “{known[digest]}”: "
                "the project may have been imported before. Nothing was imported."
            )
    mapper = _Mapper(review, project.codes)
    user = user_to_record(actor)
    stored: list[str] = []
    documents: list[SourceDocument] = []
    excerpts = mapped = tags = 0
    try:
        with transaction.atomic():
            for source, raw, digest in zip(project.sources, encoded, digests, strict=True):
                document = SourceDocument(
                    review=review,
                    kind=DocumentKind.OTHER,
                    title=source.name[:300],
                    original_filename=f"{source.name[:290]}.txt",
                    file_type="txt",
                    size=len(raw),
                    sha256=digest,
                    uploaded_by=user,
                    extraction_status=ExtractionStatus.DONE,
                    extraction_progress=100,
                    page_count=1,
                )
                document.file.save(f"{source.name[:100]}.txt", ContentFile(raw), save=False)
                if document.file.name:
                    stored.append(document.file.name)
                document.save()
                DocumentPage.objects.create(document=document, number=1, text=source.text)
                search.search_index_replace(
                    review=review,
                    kind="document",
                    object_uuid=document.uuid,
                    title=document.title,
                    pages=[(1, source.text)],
                )
                for selection in source.selections:
                    mapping = mapper.map(selection.codes)
                    prefix, suffix = context_around(source.text, selection.start, selection.end)
                    excerpt = Excerpt.objects.create(
                        review=review,
                        source=ExcerptSource.DOCUMENT,
                        document=document,
                        page=1,
                        start=selection.start,
                        end=selection.end,
                        quote=selection.quote,
                        prefix=prefix,
                        suffix=suffix,
                        memo=_with_tags(selection.memo, mapping.tags),
                        framework_version=CURRENT_VERSION,
                        factor_keys=mapping.factor_keys,
                        created_by=user,
                        updated_by=user,
                    )
                    excerpt.episodes.set(mapping.episodes)
                    excerpt.findings.set(mapping.findings)
                    excerpt.factors.set(mapping.factors)
                    excerpts += 1
                    mapped += (
                        len(mapping.factor_keys)
                        + len(mapping.episodes)
                        + len(mapping.findings)
                        + len(mapping.factors)
                    )
                    tags += len(mapping.tags)
                audit_record(
                    actor=actor,
                    actor_label="" if user else "console (casewindow import_qdpx)",
                    action=AuditAction.CREATE,
                    summary=(
                        f"Imported document {document.title} from the REFI-QDA project "
                        f"{project.name}, with {len(source.selections)} coded excerpts"
                    ),
                    review=review,
                    obj=document,
                    changes={"file_type": [None, "txt"], "sha256": [None, digest]},
                )
                documents.append(document)
            audit_record(
                actor=actor,
                actor_label="" if user else "console (casewindow import_qdpx)",
                action=AuditAction.IMPORT,
                summary=(
                    f"Imported the REFI-QDA project {project.name} ({label}): "
                    f"{len(documents)} documents, {excerpts} coded excerpts"
                ),
                review=review,
                obj=review,
                changes={
                    "format": "REFI-QDA 1.0",
                    "via": via,
                    "codes_mapped": mapped,
                    "codes_kept_as_tags": tags,
                    "sources_skipped": project.skipped_sources,
                },
            )
    except Exception:
        for name in stored:
            default_storage.delete(name)
        raise
    return QdpxImportSummary(
        documents=documents,
        excerpts=excerpts,
        mapped=mapped,
        tags=tags,
        skipped_sources=project.skipped_sources,
    )
