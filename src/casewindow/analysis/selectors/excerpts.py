"""Reading coded excerpts as the excerpts page and the API show them: with their sources
loaded, and each source named in words."""

from casewindow.analysis.models import Excerpt, ExcerptSource, SoftDeleteQuerySet
from casewindow.analysis.services.excerpts import section_title


def excerpts_with_sources() -> SoftDeleteQuerySet[Excerpt]:
    """Excerpts (removed ones too: `.alive()` for the rest) with their document, conversation
    and practitioner, chronology entry and agency, and who made and changed them."""
    return Excerpt.objects.select_related(
        "document", "conversation__practitioner", "entry__agency", "created_by", "updated_by"
    )


def excerpt_source_label(excerpt: Excerpt) -> str:
    """Where the excerpt was coded, in words: a document's page, a conversation's section or
    an agency's chronology entry."""
    if excerpt.source == ExcerptSource.DOCUMENT and excerpt.document:
        return f"{excerpt.document.title}, page {excerpt.page}"
    if excerpt.source == ExcerptSource.CONVERSATION and excerpt.conversation:
        c = excerpt.conversation
        title = section_title(c, excerpt.section)
        return f"Conversation with {c.practitioner.real_name}, {c.held_on:%-d %B %Y}: {title}"
    if excerpt.entry:
        return f"Chronology entry, {excerpt.entry.agency.name}, {excerpt.entry.date_text}"
    return "Unknown source"
