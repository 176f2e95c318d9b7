"""Anonymisation of a review's report for publication.

`scan` finds every candidate in a report: register people and checked identifiers are replaced
automatically; names the register does not know, named organisations and places wait for the
reviewer's decision. `decision_record` stores a decision (it then holds for that string
everywhere in the review). `anonymise` makes the publication version and refuses while anything
is unresolved; `publication_export` asks for it as a file; `scan_rendered_file` checks an
exported DOCX, PDF or HTML file once more (the render task calls `publication_file_check`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.anonymisation.detection.engine import find_personal_data, finish_detection
from casewindow.anonymisation.detection.identifiers import Span, find_identifiers, org_kind
from casewindow.anonymisation.detection.register import (
    RegisterMatcher,
    RegisterPerson,
    join_hyphenated_breaks,
)
from casewindow.anonymisation.models import AnonymisationDecision, Category, DecisionKind
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reports.content import ReportContent
from casewindow.reports.hooks import PublicationBlocked
from casewindow.reports.models import ReportExport
from casewindow.reports.services import request_export
from casewindow.reviews.models import Person, PersonCategory, Review

# Checked identifiers are replaced by their category label without asking; the reviewer still
# sees each one and may keep it (with a reason).
AUTOMATIC = frozenset(
    {"DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER"}
)
CATEGORY_LABELS = {
    "PERSON": "[name]",
    "DATE_OF_BIRTH": "[date of birth]",
    "ADDRESS": "[address]",
    "POSTCODE": "[postcode]",
    "PHONE": "[phone number]",
    "EMAIL": "[email address]",
    "NHS_NUMBER": "[NHS number]",
    "NI_NUMBER": "[National Insurance number]",
    "OTHER": "[place]",
}


# Names in the text Casewindow itself writes into every report (the methodology's description of
# the systems model): they name no one, so they are shown as kept without asking each review.
STANDARD_TEXT_NAMES = frozenset(
    {"learning together", "the social care institute for excellence", "scie"}
)


def normalise(text: str) -> str:
    """The form a decision is matched on: case, spacing, line breaks and curly apostrophes do
    not matter."""
    joined, _ = join_hyphenated_breaks(text)
    return " ".join(joined.replace("’", "'").split()).casefold()[:300]


def category_label(label: str, text: str) -> str:
    if label == "ORGANISATION":
        return f"[{org_kind(text)}]"
    return CATEGORY_LABELS.get(label, "[redacted]")


@dataclass(frozen=True)
class Candidate:
    """One occurrence of possible personal data in one string of the report."""

    string_index: int
    start: int
    end: int
    text: str
    key: str
    category: str
    state: str  # "register", "automatic", "replaced" (by decision), "kept", "unresolved"
    replacement: str  # what the publication version says instead ("" when kept/unresolved)
    suggestion: str
    source: str
    person: Person | None = None
    decision: AnonymisationDecision | None = None

    @property
    def resolved(self) -> bool:
        return self.state != "unresolved"

    @property
    def replaced(self) -> bool:
        return self.state in ("register", "automatic", "replaced")

    @property
    def category_name(self) -> str:
        return Category(self.category).label


def register_for(review: Review) -> tuple[RegisterMatcher, dict[str, Person]]:
    # Adults first: where people share a surname, "Ms Adebayo" is the mother, not the child.
    people = sorted(review.people.all(), key=lambda p: p.category == PersonCategory.CHILD)
    matcher = RegisterMatcher.from_people(
        RegisterPerson(
            key=str(person.uuid),
            label=person.publication_label,
            names=(person.real_name, *[str(a) for a in person.aliases or ()]),
            date_of_birth=person.date_of_birth,
        )
        for person in people
    )
    return matcher, {str(p.uuid): p for p in people}


def current_decisions(review: Review) -> dict[str, AnonymisationDecision]:
    return {
        d.text_key: d
        for d in AnonymisationDecision.objects.filter(review=review, superseded_at__isnull=True)
    }


def scan_strings(
    review: Review,
    strings: Sequence[str],
    detected: Sequence[Sequence[Span]] | None = None,
) -> list[Candidate]:
    """Candidates in a list of strings, with the review's register and decisions applied.
    `detected`: the detector's spans per string from a stored scan of exactly these strings
    (anonymisation.scans); without it the detector (and its language model) runs now."""
    matcher, people = register_for(review)
    decisions = current_decisions(review)
    # A string once decided "replace" is found wherever it occurs again.
    known = {key: d.category for key, d in decisions.items() if d.decision == DecisionKind.REPLACE}
    if detected is None:
        found = find_personal_data(strings, matcher, candidates=True, extra_strings=known)
    else:
        found = finish_detection(strings, detected, known)
    labels = _labels_regex(
        [p.publication_label for p in people.values()]
        + [d.replacement for d in decisions.values() if d.replacement]
    )
    candidates: list[Candidate] = []
    for index, (text, spans) in enumerate(zip(strings, found, strict=True)):
        # A publication label already in the text ("Child K", "Mother") is not a candidate.
        label_spans = [m.span() for m in labels.finditer(text)] if labels else []
        for span in spans:
            if span.source != "register" and any(
                span.start < end and start < span.end for start, end in label_spans
            ):
                continue
            candidates.append(_candidate(index, text, span, people, decisions))
    return candidates


def _labels_regex(labels: list[str]) -> re.Pattern[str] | None:
    labels = sorted({" ".join(label.split()) for label in labels if label.strip()}, key=len)
    if not labels:
        return None
    parts = [r"\s+".join(re.escape(w) for w in label.split()) for label in reversed(labels)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _candidate(
    index: int,
    text: str,
    span: Span,
    people: dict[str, Person],
    decisions: dict[str, AnonymisationDecision],
) -> Candidate:
    value = text[span.start : span.end]
    key = normalise(value)
    person = people.get(span.person_key) if span.label == "PERSON" else None
    label = span.label if span.label in Category.values else "OTHER"
    suggestion = person.publication_label if person else category_label(label, value)
    decision = decisions.get(key)
    if decision is not None:
        replaced = decision.decision == DecisionKind.REPLACE
        state = "replaced" if replaced else "kept"
        replacement = decision.replacement if replaced else ""
    elif person is not None or (span.source == "register" and label == "DATE_OF_BIRTH"):
        state, replacement = "register", suggestion
    elif label in AUTOMATIC:
        state, replacement = "automatic", suggestion
    elif key in STANDARD_TEXT_NAMES and label in ("OTHER", "ORGANISATION"):
        state, replacement = "kept", ""
    else:
        state, replacement = "unresolved", ""
    return Candidate(
        string_index=index,
        start=span.start,
        end=span.end,
        text=value,
        key=key,
        category=label,
        state=state,
        replacement=replacement,
        suggestion=suggestion,
        source=span.source,
        person=person,
        decision=decision,
    )


def scan(review: Review, content: ReportContent) -> list[Candidate]:
    """Every candidate in a report; `string_index` counts `content.strings()`."""
    return scan_strings(review, list(content.strings()))


def gate_candidates(review: Review, strings: Sequence[str]) -> list[Candidate]:
    """Every candidate in these strings, for the gate: always the content as it is now, the
    register and decisions applied afresh; the detector's spans are reused only for a string
    scanned before with exactly the same text and register (anonymisation.scans)."""
    from casewindow.anonymisation.scans import detections_for

    return scan_strings(review, strings, detections_for(review, strings))


def publication_blockers(review: Review, content: ReportContent) -> list[Candidate]:
    """The unresolved candidates: while there is one, no publication version can be made."""
    return [c for c in gate_candidates(review, list(content.strings())) if not c.resolved]


def rewrite_with(text: str, candidates: Iterable[Candidate]) -> str:
    """`text` with each replaced candidate's replacement. The detector finds an address in its
    parts (flat, building, street), so "Flat 3, 22 Acacia Avenue" would read "[address],
    [address]": parts of one address, apart only by commas and spaces, become one replacement."""
    out, last = [], 0
    previous: Candidate | None = None
    for candidate in sorted(candidates, key=lambda c: c.start):
        if not candidate.replaced:
            continue
        between = text[last : candidate.start]
        same_address = (
            previous is not None
            and candidate.category == previous.category == "ADDRESS"
            and candidate.replacement == previous.replacement
            and not between.strip(" ,\n")
        )
        if not same_address:
            out += [between, candidate.replacement]
        last, previous = candidate.end, candidate
    out.append(text[last:])
    return "".join(out)


def anonymise(review: Review, content: ReportContent) -> ReportContent:
    """The publication version of a report: every replacement made. Raises PublicationBlocked
    while any candidate is unresolved."""
    strings = list(dict.fromkeys(content.strings()))
    candidates = gate_candidates(review, strings)
    blockers = [c for c in candidates if not c.resolved]
    if blockers:
        raise PublicationBlocked(blockers)
    by_string: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_string.setdefault(strings[candidate.string_index], []).append(candidate)
    return content.map_text(lambda text: rewrite_with(text, by_string.get(text, ())))


@transaction.atomic
def decision_record(
    *,
    review: Review,
    actor: Actor,
    text: str,
    category: str,
    decision: str,
    replacement: str = "",
    reason: str = "",
) -> AnonymisationDecision:
    """Records the reviewer's decision on a string (replace with a label, or keep with a
    reason). It supersedes any earlier decision on the same string; both stay in the log."""
    key = normalise(text)
    replacement, reason = replacement.strip(), reason.strip()
    if decision == DecisionKind.KEEP and not reason:
        raise ValueError("Keeping a candidate needs a reason")
    if decision == DecisionKind.REPLACE and not replacement:
        raise ValueError("Replacing a candidate needs a label")
    now = timezone.now()
    previous = (
        AnonymisationDecision.objects.select_for_update()
        .filter(review=review, text_key=key, superseded_at__isnull=True)
        .first()
    )
    if previous is not None:
        previous.superseded_at = now
        previous.save(update_fields=["superseded_at"])
    made = AnonymisationDecision.objects.create(
        review=review,
        text=" ".join(text.split())[:300],
        text_key=key,
        category=category,
        decision=decision,
        replacement=replacement if decision == DecisionKind.REPLACE else "",
        reason=reason,
        decided_by=user_to_record(actor),
        decided_at=now,
    )
    # The audit log is read by more people than the real-name mapping: name the category only.
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE if previous else AuditAction.CREATE,
        summary=f"Anonymisation decision: {made.get_decision_display().lower()} a "
        f"{made.get_category_display().lower()} candidate",
        review=review,
        obj=made,
        changes={"decision": decision, "category": category},
    )
    return made


@transaction.atomic
def decisions_record_many(
    *,
    review: Review,
    actor: Actor,
    decisions: Sequence[tuple[str, str, str]],
    decision: str,
    reason: str = "",
) -> list[AnonymisationDecision]:
    """One decision on several strings at once — (text, category, replacement) each — all
    recorded or none (each as `decision_record` records it)."""
    return [
        decision_record(
            review=review,
            actor=actor,
            text=text,
            category=category,
            decision=decision,
            replacement=replacement if decision == DecisionKind.REPLACE else "",
            reason=reason,
        )
        for text, category, replacement in decisions
    ]


# --- checking a rendered file ---------------------------------------------------------------


@dataclass(frozen=True)
class FileHit:
    where: str  # "body", "word/comments.xml", "metadata", "page 2"…
    text: str
    category: str


def _docx_parts(data: bytes) -> list[tuple[str, str]]:
    import zipfile
    from xml.etree import ElementTree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts: list[tuple[str, str]] = []
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml") or not (
                name.startswith("word/") or name.startswith("docProps/")
            ):
                continue
            root = ElementTree.fromstring(archive.read(name))  # noqa: S314 (our own export)
            if name.startswith("docProps/"):
                texts = [el.text for el in root.iter() if el.text and el.text.strip()]
                parts.append((name, "\n".join(texts)))
                continue
            # Paragraph by paragraph, runs joined (a name may be split over runs), inserted
            # (w:ins, w:t) and deleted (w:del, w:delText) text alike.
            paragraphs = []
            for paragraph in root.iter(f"{w}p"):
                pieces = [
                    el.text or ""
                    for el in paragraph.iter()
                    if el.tag in (f"{w}t", f"{w}delText", f"{w}instrText")
                ]
                if pieces:
                    paragraphs.append("".join(pieces))
            if paragraphs:
                parts.append((name, "\n".join(paragraphs)))
    return parts


def _pdf_parts(data: bytes) -> list[tuple[str, str]]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    metadata = reader.metadata.values() if reader.metadata else []
    parts = [("metadata", "\n".join(str(v) for v in metadata if v))]
    for number, page in enumerate(reader.pages, start=1):
        parts.append((f"page {number}", page.extract_text() or ""))
        for annotation in page.get("/Annots") or ():
            obj = annotation.get_object()
            if obj.get("/Contents"):
                parts.append((f"page {number} annotation", str(obj["/Contents"])))
    return parts


def _html_parts(data: bytes) -> list[tuple[str, str]]:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.pieces: list[str] = []

        def handle_data(self, data: str) -> None:
            self.pieces.append(data)

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if value and name in ("content", "title", "alt", "aria-label"):
                    self.pieces.append("\n" + value + "\n")

    parser = Text()
    parser.feed(data.decode("utf-8", errors="replace"))
    return [("document", "".join(parser.pieces))]


def scan_rendered_file(review: Review, data: bytes, fmt: str) -> list[FileHit]:
    """Personal data left in an exported file: the text extracted back from it (for DOCX also
    headers, footers, comments, tracked changes and the document properties; for PDF the
    metadata), searched for the register's names and aliases, every string decided "replace",
    and checked identifiers not deliberately kept. Any hit must block the download."""
    readers = {"docx": _docx_parts, "pdf": _pdf_parts, "html": _html_parts}
    if fmt not in readers:
        raise ValueError(f"Unknown format {fmt!r}")
    matcher, _ = register_for(review)
    decisions = current_decisions(review)
    replace_keys = [k for k, d in decisions.items() if d.decision == DecisionKind.REPLACE]
    kept = {k for k, d in decisions.items() if d.decision == DecisionKind.KEEP}
    replace_regex = (
        re.compile(
            r"(?<!\w)(?:"
            + "|".join(
                r"\s+".join(re.escape(w) for w in k.split())
                for k in sorted(replace_keys, key=len, reverse=True)
            )
            + r")(?!\w)",
            re.IGNORECASE,
        )
        if replace_keys
        else None
    )
    hits: list[FileHit] = []
    for where, text in readers[fmt](data):
        spans = list(matcher.find(text, lowercase_words=False))
        spans += [s for s in find_identifiers(text) if s.label in AUTOMATIC]
        for span in spans:
            value = text[span.start : span.end]
            if normalise(value) not in kept:
                hits.append(FileHit(where, " ".join(value.split()), span.label))
        if replace_regex is not None:
            flat = text.replace("’", "'")
            for match in replace_regex.finditer(flat):
                hits.append(FileHit(where, " ".join(match.group(0).split()), "decided"))
    return hits


class RenderedFileLeak(Exception):
    """A rendered publication file still holds personal data: its download must be refused."""

    def __init__(self, hits: Sequence[FileHit]) -> None:
        self.hits = list(hits)
        places = ", ".join(sorted({hit.where for hit in self.hits}))
        super().__init__(
            f"The file still holds {len(self.hits)} piece(s) of personal data (in {places}); "
            "it cannot be downloaded"
        )


def publication_file_check(review: Review, data: bytes, fmt: str) -> None:
    """For the export of a publication version: raises RenderedFileLeak (and records the refusal
    in the audit log, without the personal data itself) if the rendered file is not clean."""
    hits = scan_rendered_file(review, data, fmt)
    if hits:
        audit_record(
            actor=None,
            action=AuditAction.EXPORT,
            summary=f"Publication {fmt.upper()} refused: {len(hits)} personal-data hit(s) "
            "found after rendering",
            review=review,
            actor_label="publication check",
        )
        raise RenderedFileLeak(hits)


def publication_file_hits(review: Review, data: bytes, fmt: str) -> list[dict[str, str]]:
    """The check reports runs on every rendered publication file (installed by this app's
    AppConfig.ready): where personal data was still found, and its category (never the text);
    empty when the file is clean."""
    try:
        publication_file_check(review, data, fmt)
    except RenderedFileLeak as leak:
        return [{"where": hit.where, "category": hit.category} for hit in leak.hits]
    return []


PUBLICATION_VERSION = "Publication version"


def publication_label(source: str = "report") -> str:
    """The export's label: "Publication version", or "Publication version (from draft 2)"."""
    from casewindow.anonymisation.scans import WORKING_REPORT, source_label

    if source == WORKING_REPORT:
        return PUBLICATION_VERSION
    return f"{PUBLICATION_VERSION} (from {source_label(source)})"


def publication_export(
    *, review: Review, user: object, fmt: str, source: str = "report"
) -> ReportExport:
    """Asks for the publication version of the review's report as a file: the current report
    (or a draft's frozen content: `source` "draft-<n>"), anonymised (PublicationBlocked, and
    nothing queued, while any candidate is unresolved), then rendered in the background and
    checked once more for personal data before it may be downloaded
    (reports.services.report_export_render). UnknownSource for a draft the review lacks."""
    from casewindow.anonymisation.scans import content_for

    content = content_for(review, source, status=PUBLICATION_VERSION)
    published = anonymise(review, content)
    return request_export(
        review=review,
        user=user,
        content=published,
        fmt=fmt,
        label=publication_label(source),
        publication=True,
    )
