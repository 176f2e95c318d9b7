"""REFI-QDA: a review as a `.qdpx` project that NVivo, ATLAS.ti, MAXQDA and QualCoder open.

A `.qdpx` is a zip holding `project.qde` (XML in the namespace `urn:QDA-XML:project:1.0`,
following the standard's published schema, `schema/Project-mrt2019.xsd`) and the text of each
source under `sources/<guid>.txt`. The mapping (docs/interchange.md, "REFI-QDA"):

- each document with extracted text, each conversation's notes and (if any passage of them is
  coded) the coded chronology entries are a **TextSource**; a document's pages are joined by a
  blank line, a conversation's sections follow one another under their headings;
- the contributory-factor framework (each version the review codes with), the key practice
  episodes with their contributory factors, and the findings are **Codes** in three trees;
  **Sets** group them (the framework, the episodes, the findings, and each finding's episodes);
- each excerpt is a **PlainTextSelection** of its source, at its character positions in the
  source's text (found again if the text was read again since), with a **Coding** for each of
  its codes and its memo as a **Note** (NoteRef);
- each person of the register is a **Case**, referring to the sources they appear in and the
  episodes they are part of;
- the accounts that coded are **Users**.

Every GUID is the object's own UUID where it has one, or a UUID derived from a stable name
(`guid_for`), so exporting twice gives the same GUIDs and an import can recognise the framework's
codes by GUID as well as by name. The export is checked against the schema before it is written."""

import datetime
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from django.utils import timezone
from lxml import etree

from casewindow.accounts.actors import Actor
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import (
    ContributoryFactor,
    Excerpt,
    ExcerptSource,
    Finding,
    KeyPracticeEpisode,
)
from casewindow.analysis.services.excerpts import (
    ACCOUNT_SECTION,
    conversation_section_keys,
    excerpt_locate,
    section_title,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import (
    ChronologyEntry,
    Conversation,
    DocumentPage,
    ExtractionStatus,
    SourceDocument,
)
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Person, Review

NAMESPACE = "urn:QDA-XML:project:1.0"
XSD_PATH = Path(__file__).resolve().parent / "schema" / "Project-mrt2019.xsd"
# Names derived GUIDs: uuid5(GUID_NAMESPACE, "casewindow:<what>:<stable key>").
GUID_NAMESPACE = uuid.UUID("5d3c0b8e-6a43-4f0e-9d8e-2f6c1b7a9e41")
PAGE_JOIN = "\n\n"
SOURCES_FOLDER = "sources"
FRAMEWORK_ROOT = "Contributory factors (framework {version})"
EPISODES_ROOT = "Key practice episodes"
FINDINGS_ROOT = "Findings"


class QdpxError(Exception):
    """A project that cannot be written or read; the message is written for users."""


def guid_for(kind: str, key: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, f"casewindow:{kind}:{key}"))


def factor_guid(version: str, key: str) -> str:
    """The GUID of a framework node's code: the same in every review and every export."""
    return guid_for("factor", f"{version}:{key}")


@cache
def project_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_PATH)))


def schema_errors(root: Any) -> list[str]:
    """What is wrong with a project.qde tree against the standard's schema (empty if valid)."""
    schema = project_schema()
    if schema.validate(root):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _when(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _sub(parent: Any, tag: str, text: str | None = None, **attributes: str | None) -> Any:
    element = etree.SubElement(
        parent, _q(tag), {k: v for k, v in attributes.items() if v is not None}
    )
    if text is not None:
        element.text = text
    return element


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters other than tab and line breaks dropped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ch >= " ")


@dataclass
class TextSource:
    guid: str
    name: str
    text: str
    description: str = ""
    created: datetime.datetime | None = None
    selections: list[Any] = field(default_factory=list)  # (excerpt, start, end)


@dataclass(frozen=True)
class QdpxSummary:
    sources: int
    selections: int
    codes: int
    cases: int
    unplaced: int  # excerpts whose passage is no longer in their source's text


class _Builder:
    def __init__(self, review: Review) -> None:
        self.review = review
        self.users: dict[int, tuple[str, str]] = {}
        self.sources: list[TextSource] = []
        self.source_guid_of: dict[tuple[str, int], str] = {}
        self.unplaced = 0
        self.code_count = 0

    def user_guid(self, user: Any) -> str | None:
        if user is None:
            return None
        guid = guid_for("user", user.email.casefold())
        self.users[user.pk] = (guid, user.full_name or user.email)
        return guid

    # --- sources ---------------------------------------------------------------------------

    def build_sources(self, excerpts: list[Excerpt]) -> None:
        by_document: dict[int, list[Excerpt]] = {}
        by_conversation: dict[int, list[Excerpt]] = {}
        by_entry: dict[int, list[Excerpt]] = {}
        for excerpt in excerpts:
            if excerpt.source == ExcerptSource.DOCUMENT and excerpt.document_id:
                by_document.setdefault(excerpt.document_id, []).append(excerpt)
            elif excerpt.source == ExcerptSource.CONVERSATION and excerpt.conversation_id:
                by_conversation.setdefault(excerpt.conversation_id, []).append(excerpt)
            elif excerpt.source == ExcerptSource.CHRONOLOGY and excerpt.entry_id:
                by_entry.setdefault(excerpt.entry_id, []).append(excerpt)
            else:
                self.unplaced += 1
        self._documents(by_document)
        self._conversations(by_conversation)
        self._entries(by_entry)

    def _place(self, source: TextSource, excerpt: Excerpt, unit_text: str, offset: int) -> None:
        span = excerpt_locate(excerpt, unit_text)
        if span is None:
            self.unplaced += 1
            return
        source.selections.append((excerpt, offset + span[0], offset + span[1]))

    def _documents(self, by_document: dict[int, list[Excerpt]]) -> None:
        documents = (
            SourceDocument.objects.filter(
                review=self.review, extraction_status=ExtractionStatus.DONE
            )
            .select_related("agency")
            .order_by("uploaded_at", "pk")
        )
        pages: dict[int, list[DocumentPage]] = {}
        for page in DocumentPage.objects.filter(document__in=documents).order_by("number"):
            pages.setdefault(page.document_id, []).append(page)
        for document in documents:
            parts: list[str] = []
            offsets: dict[int, tuple[int, str]] = {}
            position = 0
            for page in pages.get(document.pk, []):
                if parts:
                    position += len(PAGE_JOIN)
                offsets[page.number] = (position, page.text)
                parts.append(page.text)
                position += len(page.text)
            details = [document.get_kind_display()]
            if document.agency:
                details.append(document.agency.name)
            details.append(f"original file {document.original_filename}")
            if document.page_count > 1:
                details.append(f"{document.page_count} pages, joined by a blank line")
            source = TextSource(
                guid=str(document.uuid),
                name=document.title,
                text=PAGE_JOIN.join(parts),
                description="; ".join(details),
                created=document.uploaded_at,
            )
            for excerpt in by_document.pop(document.pk, []):
                found = offsets.get(excerpt.page or 1)
                if found is None:
                    self.unplaced += 1
                    continue
                self._place(source, excerpt, found[1], found[0])
            self.sources.append(source)
            self.source_guid_of[("document", document.pk)] = source.guid
        self.unplaced += sum(len(rest) for rest in by_document.values())

    def _conversations(self, by_conversation: dict[int, list[Excerpt]]) -> None:
        conversations = (
            Conversation.objects.filter(review=self.review)
            .select_related("practitioner")
            .order_by("held_on", "created_at", "pk")
        )
        for conversation in conversations:
            name = (
                f"Conversation with {conversation.practitioner.real_name}, "
                f"{conversation.held_on:%-d %B %Y}"
            )
            text = name + "\n\n"
            offsets: dict[str, tuple[int, str]] = {}
            for key in conversation_section_keys(conversation):
                body = (
                    conversation.account_at_time
                    if key == ACCOUNT_SECTION
                    else str(conversation.notes.get(key, "") or "")
                )
                if not body.strip():
                    continue
                text += section_title(conversation, key) + "\n"
                offsets[key] = (len(text), body)
                text += body + "\n\n"
            source = TextSource(
                guid=str(conversation.uuid),
                name=name,
                text=text.rstrip("\n") + "\n",
                description=(
                    f"Notes of a conversation with a practitioner "
                    f"({conversation.get_status_display()})"
                ),
                created=conversation.created_at,
            )
            for excerpt in by_conversation.pop(conversation.pk, []):
                found = offsets.get(excerpt.section)
                if found is None:
                    self.unplaced += 1
                    continue
                self._place(source, excerpt, found[1], found[0])
            self.sources.append(source)
            self.source_guid_of[("conversation", conversation.pk)] = source.guid
        self.unplaced += sum(len(rest) for rest in by_conversation.values())

    def _entries(self, by_entry: dict[int, list[Excerpt]]) -> None:
        if not by_entry:
            return
        entries = (
            ChronologyEntry.objects.filter(review=self.review, pk__in=by_entry)
            .select_related("agency")
            .order_by("date_start", "pk")
        )
        source = TextSource(
            guid=guid_for("chronology", str(self.review.uuid)),
            name="Coded chronology entries",
            text="",
            description="The chronology entries with coded passages, one paragraph each",
        )
        text = ""
        for entry in entries:
            text += f"{entry.date_text}, {entry.agency.name}\n"
            offset = len(text)
            text += entry.description + "\n\n"
            for excerpt in by_entry.pop(entry.pk, []):
                self._place(source, excerpt, entry.description, offset)
        source.text = text.rstrip("\n") + "\n"
        self.sources.append(source)
        self.unplaced += sum(len(rest) for rest in by_entry.values())


def _code(parent: Any, guid: str, name: str, description: str = "", *, codable: bool = True) -> Any:
    """One code of a code tree (a root is not codable), with its description if it has one."""
    code = _sub(parent, "Code", guid=guid, name=name, isCodable="true" if codable else "false")
    if description.strip():
        _sub(code, "Description", _clean(description))
    return code


def _codebook(
    root: Any,
    versions: Iterable[str],
    episodes: list[KeyPracticeEpisode],
    factors: dict[int, list[ContributoryFactor]],
    findings: list[Finding],
) -> int:
    """The three code trees; returns how many codes."""
    codes = _sub(_sub(root, "CodeBook"), "Codes")
    count = 0
    for version in versions:
        top = _code(
            codes,
            guid_for("framework", version),
            FRAMEWORK_ROOT.format(version=version),
            "The Learning Together contributory-factor framework, "
            f"version {version}: layers, and the factors of each layer.",
            codable=False,
        )
        count += 1
        layers: dict[str, Any] = {}
        for node in factor_nodes(version).values():
            guid = factor_guid(version, node.key)
            if node.key == node.layer_key:
                layers[node.key] = _code(
                    top, guid, node.name, f"{node.name} (the layer as a whole)"
                )
            else:
                _code(layers[node.layer_key], guid, node.name)
            count += 1
    if episodes:
        top = _code(codes, guid_for("episodes", "root"), EPISODES_ROOT, codable=False)
        count += 1
        for episode in episodes:
            code = _code(
                top,
                str(episode.uuid),
                f"KPE {episode.number}: {episode.title}",
                episode.what_happened,
            )
            count += 1
            for factor in factors.get(episode.pk, []):
                found = factor_nodes(factor.framework_version).get(factor.node_key)
                label = found.name if found else factor.node_key
                _code(
                    code,
                    str(factor.uuid),
                    f"KPE {episode.number} factor: {label} ({factor.get_effect_display()})",
                    factor.explanation,
                )
                count += 1
    if findings:
        top = _code(codes, guid_for("findings", "root"), FINDINGS_ROOT, codable=False)
        count += 1
        for finding in findings:
            _code(
                top,
                str(finding.uuid),
                f"Finding {finding.number}: {finding.statement}",
                finding.summary,
            )
            count += 1
    return count


def qdpx_build(review: Review, *, actor: Actor = None) -> tuple[Any, list[TextSource], QdpxSummary]:
    """The project.qde tree of the review and its text sources (not yet checked or written)."""
    builder = _Builder(review)
    excerpts = list(
        Excerpt.objects.alive()
        .filter(review=review)
        .select_related("created_by", "updated_by")
        .prefetch_related("episodes", "findings", "factors")
        .order_by("created_at", "pk")
    )
    builder.build_sources(excerpts)
    episodes = list(KeyPracticeEpisode.objects.alive().filter(review=review).order_by("number"))
    factor_rows = (
        ContributoryFactor.objects.alive()
        .filter(episode__in=episodes)
        .order_by("episode__number", "pk")
    )
    factors: dict[int, list[ContributoryFactor]] = {}
    for factor in factor_rows:
        factors.setdefault(factor.episode_id, []).append(factor)
    findings = list(
        Finding.objects.alive()
        .filter(review=review)
        .prefetch_related("episodes")
        .order_by("number")
    )
    versions = sorted({CURRENT_VERSION, *(e.framework_version for e in excerpts)})
    versions = [v for v in versions if factor_nodes(v)]
    known_codes = {str(e.uuid) for e in episodes} | {str(f.uuid) for f in findings}
    known_codes |= {str(f.uuid) for rows in factors.values() for f in rows}
    known_codes |= {factor_guid(v, key) for v in versions for key in factor_nodes(v)}

    root = etree.Element(
        _q("Project"),
        {
            "name": f"{review.reference} {review.title}"[:500],
            "origin": "Casewindow",
            "creationDateTime": _when(timezone.now()) or "",
        },
        nsmap={None: NAMESPACE},
    )
    creator = builder.user_guid(actor) if getattr(actor, "is_authenticated", False) else None
    if creator:
        root.set("creatingUserGUID", creator)
    users = _sub(root, "Users")  # filled (or removed) once every selection is written
    code_count = _codebook(root, versions, episodes, factors, findings)

    # Cases: the people register.
    people = list(Person.objects.filter(review=review).select_related("agency").order_by("pk"))
    if people:
        sources_of = _person_sources(review, builder.source_guid_of)
        episodes_of: dict[int, list[str]] = {}
        for episode in episodes:
            for person in episode.people.all():
                episodes_of.setdefault(person.pk, []).append(str(episode.uuid))
        cases = _sub(root, "Cases")
        for person in people:
            case = _sub(cases, "Case", guid=str(person.uuid), name=person.real_name)
            details = [person.get_category_display()]
            if person.job_title:
                details.append(person.job_title)
            if person.agency:
                details.append(person.agency.name)
            details.append(f"in publications: {person.publication_label}")
            _sub(case, "Description", _clean("; ".join(details)))
            for guid in episodes_of.get(person.pk, []):
                _sub(case, "CodeRef", targetGUID=guid)
            for guid in sorted(set(sources_of.get(person.pk, []))):
                _sub(case, "SourceRef", targetGUID=guid)

    # Sources with their coded selections; memos become notes.
    notes: list[tuple[str, str, str, Excerpt]] = []
    selection_count = 0
    if builder.sources:
        sources = _sub(root, "Sources")
        for source in builder.sources:
            element = _sub(
                sources,
                "TextSource",
                guid=source.guid,
                name=source.name,
                plainTextPath=f"internal://{source.guid}.txt",
                creationDateTime=_when(source.created),
            )
            if source.description:
                _sub(element, "Description", _clean(source.description))
            for excerpt, start, end in sorted(source.selections, key=lambda s: (s[1], s[2])):
                selection = _sub(
                    element,
                    "PlainTextSelection",
                    guid=str(excerpt.uuid),
                    name=_clean(" ".join(excerpt.quote.split()))[:80],
                    startPosition=str(start),
                    endPosition=str(end),
                    creatingUser=builder.user_guid(excerpt.created_by),
                    creationDateTime=_when(excerpt.created_at),
                    modifyingUser=builder.user_guid(excerpt.updated_by),
                    modifiedDateTime=_when(excerpt.updated_at),
                )
                targets = [
                    factor_guid(excerpt.framework_version, key)
                    for key in excerpt.factor_keys
                    if key in factor_nodes(excerpt.framework_version)
                ]
                targets += [str(e.uuid) for e in excerpt.episodes.all()]
                targets += [str(f.uuid) for f in excerpt.findings.all()]
                targets += [str(f.uuid) for f in excerpt.factors.all()]
                for target in dict.fromkeys(targets):
                    if target not in known_codes:
                        continue
                    coding = _sub(
                        selection,
                        "Coding",
                        guid=guid_for("coding", f"{excerpt.uuid}:{target}"),
                        creatingUser=builder.user_guid(excerpt.created_by),
                        creationDateTime=_when(excerpt.created_at),
                    )
                    _sub(coding, "CodeRef", targetGUID=target)
                if excerpt.memo.strip():
                    note_guid = guid_for("memo", str(excerpt.uuid))
                    _sub(selection, "NoteRef", targetGUID=note_guid)
                    notes.append((note_guid, source.name, excerpt.memo, excerpt))
                selection_count += 1
    if notes:
        element = _sub(root, "Notes")
        for note_guid, source_name, memo, excerpt in notes:
            note = _sub(
                element,
                "Note",
                guid=note_guid,
                name=f"Memo: {_clean(' '.join(excerpt.quote.split()))[:60]}",
                creatingUser=builder.user_guid(excerpt.created_by),
                creationDateTime=_when(excerpt.created_at),
            )
            _sub(note, "Description", f"Memo on a passage of {_clean(source_name)}")
            _sub(note, "PlainTextContent", _clean(memo))

    sets = _sets(versions, episodes, findings)
    if sets:
        element = _sub(root, "Sets")
        for guid, name, description, members in sets:
            item = _sub(element, "Set", guid=guid, name=name)
            _sub(item, "Description", description)
            for member in members:
                _sub(item, "MemberCode", targetGUID=member)
    _sub(
        root,
        "Description",
        _clean(
            f"Exported from Casewindow: review {review.reference}, {review.title}. Documents and "
            "conversation notes are text sources; the contributory-factor framework, key practice "
            "episodes and findings are codes; coded excerpts are selections with their memos as "
            "notes; the people register is the cases."
        ),
    )
    if builder.users:
        for guid, name in sorted(set(builder.users.values())):
            _sub(users, "User", guid=guid, name=_clean(name))
    else:
        root.remove(users)
    summary = QdpxSummary(
        sources=len(builder.sources),
        selections=selection_count,
        codes=code_count,
        cases=len(people),
        unplaced=builder.unplaced,
    )
    return root, builder.sources, summary


def _person_sources(
    review: Review, source_guid_of: dict[tuple[str, int], str]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for document_id, person_id in SourceDocument.people.through.objects.filter(
        sourcedocument__review=review
    ).values_list("sourcedocument_id", "person_id"):
        guid = source_guid_of.get(("document", document_id))
        if guid:
            found.setdefault(person_id, []).append(guid)
    for conversation in Conversation.objects.filter(review=review).prefetch_related("people"):
        guid = source_guid_of.get(("conversation", conversation.pk))
        if guid is None:
            continue
        found.setdefault(conversation.practitioner_id, []).append(guid)
        for person in conversation.people.all():
            found.setdefault(person.pk, []).append(guid)
    return found


def _sets(
    versions: list[str], episodes: list[KeyPracticeEpisode], findings: list[Finding]
) -> list[tuple[str, str, str, list[str]]]:
    sets: list[tuple[str, str, str, list[str]]] = []
    for version in versions:
        sets.append(
            (
                guid_for("set-framework", version),
                f"Contributory-factor framework {version}",
                "Every layer and factor of the framework",
                [factor_guid(version, key) for key in factor_nodes(version)],
            )
        )
    if episodes:
        sets.append(
            (
                guid_for("set-episodes", "all"),
                "Key practice episodes",
                "The review's key practice episodes, in order",
                [str(e.uuid) for e in episodes],
            )
        )
    if findings:
        sets.append(
            (
                guid_for("set-findings", "all"),
                "Findings",
                "The review's findings, in order",
                [str(f.uuid) for f in findings],
            )
        )
        alive = {e.pk for e in episodes}
        for finding in findings:
            members = [str(e.uuid) for e in finding.episodes.all() if e.pk in alive]
            if members:
                sets.append(
                    (
                        guid_for("set-finding-episodes", str(finding.uuid)),
                        f"Finding {finding.number}: its key practice episodes",
                        f"The episodes behind finding {finding.number}",
                        members,
                    )
                )
    return sets


def qdpx_write(review: Review, target: IO[bytes], *, actor: Actor = None) -> QdpxSummary:
    """Write the review as a .qdpx zip into `target`, checked against the schema first."""
    root, sources, summary = qdpx_build(review, actor=actor)
    errors = schema_errors(root)
    if errors:  # a fault of this module, never of the review: say so plainly
        raise QdpxError(
            "The REFI-QDA project would not follow the standard's schema: " + "; ".join(errors[:3])
        )
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for source in sources:
            archive.writestr(f"{SOURCES_FOLDER}/{source.guid}.txt", source.text.encode("utf-8"))
    return summary


def qdpx_export(
    *, actor: Actor, review: Review, target: IO[bytes], via: str = "console"
) -> QdpxSummary:
    """Write the review as a .qdpx into `target` and record it in the review's audit log."""
    summary = qdpx_write(review, target, actor=actor)
    audit_record(
        actor=actor,
        actor_label="" if actor else "console (casewindow export_qdpx)",
        action=AuditAction.EXPORT,
        summary=(
            f"Exported {review.reference} as a REFI-QDA project (.qdpx): {summary.sources} "
            f"sources, {summary.selections} coded selections, {summary.cases} cases"
        ),
        review=review,
        obj=review,
        changes={"format": "REFI-QDA 1.0", "via": via, "unplaced_excerpts": summary.unplaced},
    )
    return summary


def qdpx_export_file(*, actor: Actor, review: Review, output: Path) -> QdpxSummary:
    """`qdpx_export` to a new file, written as `.partial` and renamed once complete."""
    if output.exists():
        raise QdpxError(f"{output} already exists; choose a new file.")
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("wb") as handle:
            summary = qdpx_export(actor=actor, review=review, target=handle)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(output)
    return summary
