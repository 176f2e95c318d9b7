"""Coded excerpts: a passage of a text unit (a document page, a section of conversation notes,
a chronology entry's description) saved with a memo and linked to contributory-factor nodes,
key practice episodes and findings.

The server never trusts where the browser says the passage is: the quote must be exactly the
text at those offsets, or it is looked for in the text. Every change is audited."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from casewindow.accounts.models import User
from casewindow.analysis.anchoring import anchor, context_around, whitespace_spans
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import Excerpt, ExcerptSource, Finding, KeyPracticeEpisode
from casewindow.analysis.services.editing import lock_for_edit, mark_edited, restore, soft_delete
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import ChronologyEntry, Conversation, DocumentPage, SourceDocument
from casewindow.evidence.services.conversations import sections_for
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Review

ACCOUNT_SECTION = "account_at_time"
NOT_FOUND = "Excerpt's passage no longer found in the source"


class ExcerptError(ValueError):
    """The passage cannot be coded as given (not in the text, empty…)."""


@dataclass
class TextUnit:
    """One piece of evidence text that passages are coded from."""

    source: str
    text: str
    label: str
    document: SourceDocument | None = None
    page: int | None = None
    conversation: Conversation | None = None
    section: str = ""
    entry: ChronologyEntry | None = None


def section_title(conversation: Conversation, section: str) -> str:
    if section == ACCOUNT_SECTION:
        return "How things looked at the time"
    for item in sections_for(conversation):
        if item["key"] == section:
            return str(item["title"])
    return section


def conversation_section_keys(conversation: Conversation) -> list[str]:
    return [str(s["key"]) for s in sections_for(conversation)] + [ACCOUNT_SECTION]


def unit_for_document(document: SourceDocument, page: DocumentPage) -> TextUnit:
    label = f"{document.title}, page {page.number}" if document.page_count > 1 else document.title
    return TextUnit(
        source=ExcerptSource.DOCUMENT,
        text=page.text,
        label=label,
        document=document,
        page=page.number,
    )


def unit_for_conversation(conversation: Conversation, section: str) -> TextUnit | None:
    """The section's notes, or None if the conversation has no such section."""
    if section == "account-at-time":  # the key the conversation pages use for it
        section = ACCOUNT_SECTION
    if section not in conversation_section_keys(conversation):
        return None
    text = (
        conversation.account_at_time
        if section == ACCOUNT_SECTION
        else str(conversation.notes.get(section, "") or "")
    )
    return TextUnit(
        source=ExcerptSource.CONVERSATION,
        text=text,
        label=(
            f"Conversation with {conversation.practitioner.real_name}, "
            f"{conversation.held_on:%-d %B %Y}: {section_title(conversation, section)}"
        ),
        conversation=conversation,
        section=section,
    )


def unit_for_entry(entry: ChronologyEntry) -> TextUnit:
    return TextUnit(
        source=ExcerptSource.CHRONOLOGY,
        text=entry.description,
        label=f"Chronology entry, {entry.agency.name}, {entry.date_text}",
        entry=entry,
    )


def unit_for_excerpt(excerpt: Excerpt) -> TextUnit | None:
    """The text unit an excerpt was coded from, as it is now (None if it has gone)."""
    if excerpt.source == ExcerptSource.DOCUMENT and excerpt.document is not None:
        page = (
            DocumentPage.objects.filter(document=excerpt.document, number=excerpt.page).first()
            if excerpt.page is not None
            else None
        )
        return unit_for_document(excerpt.document, page) if page else None
    if excerpt.source == ExcerptSource.CONVERSATION and excerpt.conversation is not None:
        return unit_for_conversation(excerpt.conversation, excerpt.section)
    if excerpt.source == ExcerptSource.CHRONOLOGY and excerpt.entry is not None:
        return unit_for_entry(excerpt.entry)
    return None


def excerpt_locate(excerpt: Excerpt, text: str) -> tuple[int, int] | None:
    """Where the excerpt's passage is in the text now (the text may have been read again)."""
    return anchor(text, excerpt.quote, excerpt.prefix, excerpt.suffix, excerpt.start)


def passage_find(text: str, passage: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The `occurrence`-th place (from 1) the typed or pasted passage is in the text: exactly,
    or else allowing its white space to differ."""
    passage = passage.strip()
    if not passage:
        return None
    spans = []
    position = text.find(passage)
    while position != -1:
        spans.append((position, position + len(passage)))
        position = text.find(passage, position + 1)
    if not spans:
        spans = whitespace_spans(text, passage)
    if 1 <= occurrence <= len(spans):
        return spans[occurrence - 1]
    return None


def passage_count(text: str, passage: str) -> int:
    passage = passage.strip()
    if not passage:
        return 0
    return text.count(passage) or len(whitespace_spans(text, passage))


def _clean_keys(factor_keys: Iterable[str]) -> list[str]:
    nodes = factor_nodes(CURRENT_VERSION)
    keys = list(dict.fromkeys(factor_keys))
    unknown = [k for k in keys if k not in nodes]
    if unknown:
        raise ExcerptError(f"Unknown contributory factor: {', '.join(unknown)}")
    return keys


def _check_links(review: Review, episodes: Iterable[Any], findings: Iterable[Any]) -> None:
    for item in [*episodes, *findings]:
        if item.review_id != review.pk or item.deleted_at is not None:
            raise ExcerptError("An episode or finding is not part of this review")


@transaction.atomic
def excerpt_create(
    *,
    actor: User,
    review: Review,
    unit: TextUnit,
    start: int,
    end: int,
    quote: str,
    memo: str = "",
    factor_keys: Iterable[str] = (),
    episodes: Iterable[KeyPracticeEpisode] = (),
    findings: Iterable[Finding] = (),
) -> Excerpt:
    """Code the passage text[start:end] of the unit. The quote must be exactly that text."""
    if not (0 <= start < end <= len(unit.text)) or unit.text[start:end] != quote:
        raise ExcerptError("The passage is not in the text at that place")
    if not quote.strip():
        raise ExcerptError("The passage is empty")
    episodes, findings = list(episodes), list(findings)
    _check_links(review, episodes, findings)
    prefix, suffix = context_around(unit.text, start, end)
    excerpt = Excerpt.objects.create(
        review=review,
        source=unit.source,
        document=unit.document,
        page=unit.page,
        conversation=unit.conversation,
        section=unit.section,
        entry=unit.entry,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        memo=memo,
        framework_version=CURRENT_VERSION,
        factor_keys=_clean_keys(factor_keys),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        updated_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    excerpt.episodes.set(episodes)
    excerpt.findings.set(findings)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Coded an excerpt from {unit.label}",
        review=review,
        obj=excerpt,
        changes={"quote": quote, "factor_keys": excerpt.factor_keys},
    )
    return excerpt


@transaction.atomic
def excerpt_update(
    *,
    actor: User,
    excerpt: Excerpt,
    expected_version: int | None,
    memo: str,
    factor_keys: Iterable[str],
    episodes: Iterable[KeyPracticeEpisode],
    findings: Iterable[Finding],
) -> Excerpt:
    """Change an excerpt's memo and codes; EditConflict if someone saved it meanwhile."""
    current = lock_for_edit(excerpt, expected_version=expected_version)
    episodes, findings = list(episodes), list(findings)
    _check_links(current.review, episodes, findings)
    current.memo = memo
    current.factor_keys = _clean_keys(factor_keys)
    mark_edited(current, actor=actor)
    current.save()
    current.episodes.set(episodes)
    current.findings.set(findings)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Changed the memo or codes of excerpt {current}",
        review=current.review,
        obj=current,
        changes={"memo": memo, "factor_keys": current.factor_keys},
    )
    return current


def excerpt_delete(*, actor: User, excerpt: Excerpt) -> None:
    soft_delete(
        actor=actor, obj=excerpt, review=excerpt.review, summary=f"Removed excerpt {excerpt}"
    )


def excerpt_restore(*, actor: User, excerpt: Excerpt) -> None:
    restore(actor=actor, obj=excerpt, review=excerpt.review, summary=f"Restored excerpt {excerpt}")
