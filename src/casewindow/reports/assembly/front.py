"""The report's opening parts: introduction, terms of reference, methodology (which says only
what the review's own data shows) and the case in brief."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, Q
from django.utils.formats import date_format

from casewindow.analysis.models import AgreementRound
from casewindow.evidence.models import Conversation, ConversationStatus, Event
from casewindow.reports.assembly.common import (
    agency_label,
    and_list,
    free_section,
    narrative_sections,
    paragraphs,
    team_rows,
)
from casewindow.reports.content import Block, Section
from casewindow.reviews.models import Agency, PersonCategory, Review

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

SYSTEMS_MODEL_TEXT = (
    "This review used the Learning Together systems model developed by the Social Care "
    "Institute for Excellence (SCIE). The model looks beyond what individual professionals did "
    "to understand why practice unfolded as it did: what made it easier or harder to work "
    "safely at the time, seen as far as possible from the viewpoint of those involved and "
    "without the benefit of hindsight.",
    "The review team identified key practice episodes — points at which practice significantly "
    "shaped how the case developed — appraised practice in each, and looked for the "
    "contributory factors behind it. From these it drew findings: underlying patterns in the "
    "local system that are not unique to this case and that make safe practice harder (or "
    "easier) for any professional in a similar position.",
)


def introduction_part(review: Review, written: dict[str, str]) -> Section:
    family = [
        person for person in review.people.all() if person.category != PersonCategory.PROFESSIONAL
    ]
    order = list(PersonCategory.values)
    family.sort(key=lambda p: (order.index(p.category), p.publication_label))
    blocks: tuple[Block, ...] = (
        Block(
            "paragraph",
            text="The report refers to the child and family by these labels, not by name, "
            "to protect their privacy:",
        ),
        Block(
            "list",
            items=tuple(
                f"{p.publication_label} ({p.get_category_display().lower()})" for p in family
            ),
        ),
    )
    if not family:
        blocks = (Block("paragraph", text="No family members are recorded yet."),)
    return Section(
        "introduction",
        "3",
        "Introduction",
        subsections=(
            free_section("introduction-why", "3.1", written),
            Section("introduction-family", "3.2", "The child and family", blocks),
        ),
    )


def terms_of_reference_part(review: Review) -> Section:
    blocks = paragraphs(review.terms_of_reference)
    if review.scope_start and review.scope_end:
        blocks += (
            Block(
                "paragraph",
                text="The review looked at the period from "
                f"{date_format(review.scope_start, 'F Y')} to "
                f"{date_format(review.scope_end, 'F Y')}.",
            ),
        )
    questions = [q.text for q in review.research_questions.order_by("number")]
    if questions:
        blocks += (
            Block("heading", text="Research questions"),
            Block("numbered", items=tuple(questions)),
        )
    return Section("terms-of-reference", "4", "Terms of reference and research questions", blocks)


# --- what the methodology says: only what the review's own data shows -------------------------


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _team_sentence(review: Review, team: tuple[tuple[str, ...], ...]) -> str:
    members = [row for row in team if row[0] == "Case group"]
    agencies = sorted({row[2] for row in members if row[2]})
    if not members:
        return (
            "The review team led the review. No case group members are recorded in the review "
            "yet. The review team and case group are listed by role."
        )
    return (
        "The review team led the review with a case group of "
        + _plural(len(members), "practitioner or manager", "practitioners and managers")
        + (f" from {and_list(agencies)}" if agencies else "")
        + ". They are listed by role."
    )


class AgencyCounts(TypedDict):
    """What `methodology` counts onto each agency."""

    document_count: int
    entry_count: int


def _evidence_sentence(
    review: Review, agencies: "Sequence[WithAnnotations[Agency, AgencyCounts]]"
) -> str:
    with_chronology = [a for a in agencies if a.entry_count]
    entries = sum(a.entry_count for a in agencies)
    if not with_chronology:
        return "No agency chronology has been added to the review yet."
    sentence = (
        f"{len(with_chronology)} of {_plural(len(agencies), 'agency', 'agencies')} provided a "
        f"chronology of their involvement ({_plural(entries, 'entry', 'entries')} in all)"
    )
    shared = (
        Event.objects.filter(review=review)
        .annotate(
            agencies=Count(
                "entries__agency",
                distinct=True,
                filter=Q(entries__removed_at__isnull=True, entries__out_of_scope=False),
            )
        )
        .filter(agencies__gt=1)
        .count()
    )
    if shared:
        sentence += (
            f"; in the integrated multi-agency chronology, {_plural(shared, 'event')} recorded by "
            "more than one agency " + ("was" if shared == 1 else "were") + " brought together"
        )
    return sentence + "."


def _conversations_sentence(conversations: list[Conversation]) -> str:
    labels = sorted({c.practitioner.publication_label for c in conversations})
    agreed = sum(c.status == ConversationStatus.AGREED for c in conversations)
    total = len(conversations)
    sentence = (
        f"The review team held {_plural(total, 'structured one-to-one conversation')} with "
        f"practitioners ({and_list(labels)}). "
    )
    if agreed == total:
        return sentence + (
            "The practitioner agreed the notes of the conversation."
            if total == 1
            else "Each practitioner agreed the notes of their own conversation."
        )
    return sentence + (
        f"{agreed} of {total} agreed the notes of their conversation; {total - agreed} had not yet."
    )


def _agreement_sentence(review: Review) -> str:
    rounds = list(
        AgreementRound.objects.alive()
        .filter(review=review, closed_at__isnull=False)
        .annotate(episode_count=Count("episodes", distinct=True))
        .order_by("number")
    )
    if not rounds:
        return ""
    episodes = sum(r.episode_count for r in rounds)
    return (
        "To check the coding of contributory factors, two reviewers coded "
        f"{_plural(episodes, 'episode')} independently and then agreed a shared coding "
        f"({_plural(len(rounds), 'agreement check')})."
    )


def methodology_part(review: Review, written: dict[str, str]) -> Section:
    team = team_rows(review)
    team_blocks: tuple[Block, ...] = (Block("paragraph", text=_team_sentence(review, team)),)
    if team:
        team_blocks += (Block("table", rows=(("Part", "Role", "Agency"), *team)),)

    agencies = list(
        review.agencies.annotate(
            document_count=Count("documents", distinct=True),
            # Entries that count: not removed, not out of scope, not from a withdrawn import.
            entry_count=Count(
                "chronology_entries",
                distinct=True,
                filter=Q(
                    chronology_entries__removed_at__isnull=True,
                    chronology_entries__out_of_scope=False,
                    chronology_entries__chronology_import__withdrawn_at__isnull=True,
                ),
            ),
        ).order_by("name")
    )
    conversations = list(
        review.conversations.select_related("practitioner").order_by("held_on", "pk")
    )
    evidence_rows = tuple(
        (
            agency_label(a),
            str(a.entry_count) if a.entry_count else "None",
            str(a.document_count) if a.document_count else "None",
        )
        for a in agencies
        if a.entry_count or a.document_count
    )
    evidence: tuple[Block, ...] = (Block("paragraph", text=_evidence_sentence(review, agencies)),)
    if evidence_rows:
        evidence += (
            Block(
                "table",
                rows=(("Agency", "Chronology entries", "Documents"), *evidence_rows),
            ),
        )
    if conversations:
        evidence += (Block("paragraph", text=_conversations_sentence(conversations)),)
    if agreement := _agreement_sentence(review):
        evidence += (Block("paragraph", text=agreement),)
    return Section(
        "methodology",
        "5",
        "Methodology",
        subsections=(
            Section(
                "methodology-model",
                "5.1",
                "The systems model",
                tuple(Block("paragraph", text=t) for t in SYSTEMS_MODEL_TEXT),
            ),
            Section("methodology-team", "5.2", "Review team and case group", team_blocks),
            Section("methodology-evidence", "5.3", "Evidence used", evidence),
            free_section("methodology-family", "5.4", written),
            free_section("methodology-limitations", "5.5", written),
        ),
    )


def case_in_brief_part(review: Review) -> Section:
    blocks = paragraphs(review.summary)
    subsections = tuple(
        Section(s.key, f"6.{i}", s.title, s.blocks, s.subsections, s.editable)
        for i, s in enumerate(narrative_sections(review), start=1)
    )
    return Section("case-in-brief", "6", "The case in brief", blocks, subsections)
