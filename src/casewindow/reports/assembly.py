"""Builds a review's report (`ReportContent`) from its own data, in the order of
learning-together/report-structure.md, after the (unnumbered) title page and contents:

 1 Executive summary (free text)
 2 Introduction — why the review was held (free text), the child and family (labels)
 3 Terms of reference and research questions
 4 Methodology — the systems model, review team and case group (roles only), evidence used,
   family involvement and limitations (free text)
 5 The case in brief — the review's summary, then the multi-agency narrative
 6 Appraisal of practice — one part per key practice episode
 7 Findings — one part per finding ("finding-<uuid>", 7.1, 7.2…) with the findings.md headings
 8 Recommendations — grouped by the three kinds, each with its owner and findings
 9 Appendices — key practice episode table, action plan, contributors, glossary, independence

Parts are numbered by their place (`_numbered`), so the numbers always run 1, 2, 3….
Everything except the free-text sections (reports.sections.FREE_TEXT) is drawn from the
analysis each time, so the report cannot drift from it. People appear by publication label
and agencies by theirs; the review team and case group appear by role, never by name."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.formats import date_format

from casewindow.accounts.models import Membership, ReviewRole
from casewindow.analysis.framework import pattern_areas
from casewindow.analysis.models import (
    ActionItem,
    AgreementRound,
    Appraisal,
    Finding,
    KeyPracticeEpisode,
    RecommendationKind,
)
from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.episodes import episode_when, factor_rows, shared_factors
from casewindow.analysis.selectors.findings import recommendations_overview
from casewindow.evidence.models import Conversation, ConversationStatus, Event
from casewindow.reports.content import Block, ReportContent, Section
from casewindow.reports.models import ReportSection
from casewindow.reports.narrative import narrative_for_report
from casewindow.reports.sections import FREE_TEXT, text_blocks
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

FINDING_HEADINGS = (
    ("introduction", "Introduction"),
    ("how_featured", "How did the issue feature in this case?"),
    (
        "why_not_unique",
        "How do we know it is an underlying issue and not something unique to this case?",
    ),
    ("how_widespread", "What is known about how widespread the pattern is?"),
    ("why_it_matters", "Why does it matter?"),
    ("summary", "Summary"),
    ("questions", "Questions for the partnership to consider"),
)

KIND_INTRODUCTIONS = {
    RecommendationKind.CLEAR_CUT: (
        "Clear-cut, local action",
        "Where the way forward is clear and within the agencies' own control.",
    ),
    RecommendationKind.COMPETING_PRIORITIES: (
        "Competing priorities: decisions for senior management",
        "Where any response means weighing one priority against another, so senior managers "
        "of the partnership must decide.",
    ),
    RecommendationKind.RESEARCH: (
        "Research and development",
        "Where no ready answer is known: the issue needs research or development, possibly "
        "nationally.",
    ),
}

NOT_WRITTEN = "Not written yet."

# The numbered parts, in order (the title page and contents come before them, unnumbered).
PARTS = (
    "executive-summary",
    "introduction",
    "terms-of-reference",
    "methodology",
    "case-in-brief",
    "appraisal",
    "findings",
    "recommendations",
    "appendices",
)


def part_number(key: str) -> str:
    return str(PARTS.index(key) + 1)


def _numbered(sections: Iterable[Section], prefix: str = "") -> tuple[Section, ...]:
    """Each section numbered by its place: 1, 2… and within them 2.1, 2.2…."""
    return tuple(
        replace(
            section,
            number=f"{prefix}{index}",
            subsections=_numbered(section.subsections, f"{prefix}{index}."),
        )
        for index, section in enumerate(sections, start=1)
    )


KPE_TABLE_COLUMNS = ("No.", "Episode", "Date or period", "Agencies involved", "Appraisal")
ACTION_PLAN_COLUMNS = ("Recommendation", "Action", "Owner", "Due", "Status")


def _paragraphs(text: str) -> tuple[Block, ...]:
    return text_blocks(text)


def _agency_label(agency: Agency | None) -> str:
    if agency is None:
        return ""
    return agency.publication_label or agency.name


def _and_list(words: Iterable[str]) -> str:
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _free_text(review: Review) -> dict[str, str]:
    return dict(
        ReportSection.objects.filter(review=review, key__in=FREE_TEXT).values_list("key", "body")
    )


def _free_section(key: str, number: str, written: dict[str, str]) -> Section:
    blocks = text_blocks(written.get(key, "")) or (Block("paragraph", text=NOT_WRITTEN),)
    return Section(key, number, FREE_TEXT[key].title, blocks, editable=True)


def _narrative_sections(review: Review) -> tuple[Section, ...]:
    """The multi-agency narrative, as subsections of the case in brief."""
    return tuple(narrative_for_report(review))


# --- the parts ------------------------------------------------------------------------------


def _introduction(review: Review, written: dict[str, str]) -> Section:
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
            _free_section("introduction-why", "3.1", written),
            Section("introduction-family", "3.2", "The child and family", blocks),
        ),
    )


def _terms_of_reference(review: Review) -> Section:
    blocks = _paragraphs(review.terms_of_reference)
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


def _team_rows(review: Review) -> tuple[tuple[str, ...], ...]:
    """The review team and case group by role, job title and agency — never by name."""
    memberships = (
        Membership.objects.filter(
            review=review,
            role__in=(ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.PARTICIPANT),
        )
        .select_related("user", "agency")
        .order_by("role", "agency__name", "user__job_title")
    )
    order: list[str] = [ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.PARTICIPANT]
    rows = sorted(
        (
            order.index(m.role),
            "Review team" if m.role != ReviewRole.PARTICIPANT else "Case group",
            m.user.job_title or m.get_role_display(),
            _agency_label(m.agency) or ("Independent" if m.role != ReviewRole.PARTICIPANT else ""),
        )
        for m in memberships
    )
    return tuple(row[1:] for row in rows)


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
        + (f" from {_and_list(agencies)}" if agencies else "")
        + ". They are listed by role."
    )


class AgencyCounts(TypedDict):
    """What `_methodology` counts onto each agency."""

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
        f"practitioners ({_and_list(labels)}). "
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


def _methodology(review: Review, written: dict[str, str]) -> Section:
    team = _team_rows(review)
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
            _agency_label(a),
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
            _free_section("methodology-family", "5.4", written),
            _free_section("methodology-limitations", "5.5", written),
        ),
    )


def _case_in_brief(review: Review) -> Section:
    blocks = _paragraphs(review.summary)
    subsections = tuple(
        Section(s.key, f"6.{i}", s.title, s.blocks, s.subsections, s.editable)
        for i, s in enumerate(_narrative_sections(review), start=1)
    )
    return Section("case-in-brief", "6", "The case in brief", blocks, subsections)


def _factor_items(episode: KeyPracticeEpisode) -> tuple[str, ...]:
    return tuple(
        f"{row.label} ({row.factor.get_effect_display().lower()})"
        + (f": {row.factor.explanation}" if row.factor.explanation else "")
        for row in episode.factor_rows
    )


def _appraisal(episodes: Sequence[KeyPracticeEpisode], hidden: Mapping[int, int]) -> Section:
    counts = {value: 0 for value in Appraisal.values}
    for episode in episodes:
        counts[episode.appraisal] += 1
    if episodes:
        summary = (
            f"The review identified {len(episodes)} key practice episode"
            f"{'s' if len(episodes) != 1 else ''}: "
            f"{counts[Appraisal.GOOD]} of good practice, "
            f"{counts[Appraisal.PROBLEMATIC]} of problematic practice and "
            f"{counts[Appraisal.MIXED]} where practice was mixed"
            + (
                f" ({counts[Appraisal.NOT_APPRAISED]} not yet appraised)"
                if counts[Appraisal.NOT_APPRAISED]
                else ""
            )
            + ". Each is described below as it looked to those involved at the time, then "
            "appraised, with the factors that explain the practice."
        )
    else:
        summary = "No key practice episodes have been identified yet."
    subsections = []
    for position, episode in enumerate(episodes, start=1):
        when = episode_when(episode)
        agencies = _and_list(_agency_label(a) for a in episode.agencies.all())
        blocks: list[Block] = []
        facts = "; ".join(
            part for part in (when, f"agencies involved: {agencies}" if agencies else "") if part
        )
        if facts:
            blocks.append(Block("paragraph", text=facts[:1].upper() + facts[1:] + "."))
        for heading, text in (
            ("What happened", episode.what_happened),
            ("How it looked at the time", episode.how_it_looked),
        ):
            if text.strip():
                blocks += [Block("heading", text=heading), *_paragraphs(text)]
        blocks.append(
            Block("heading", text=f"Appraisal: {episode.get_appraisal_display().lower()}")
        )
        for heading, text in (
            ("What was good", episode.appraisal_good),
            ("What was problematic", episode.appraisal_problematic),
            ("Explanation", episode.appraisal_explanation),
        ):
            if text.strip():
                blocks += [Block("paragraph", text=f"{heading}:"), *_paragraphs(text)]
        factors = _factor_items(episode)
        hidden_round = hidden.get(episode.pk)
        if hidden_round is not None:
            note = hidden_note(hidden_round)
            blocks.append(
                Block("paragraph", text=f"Contributory factors: {note[:1].lower()}{note[1:]}.")
            )
        elif factors:
            blocks += [
                Block("paragraph", text="Contributory factors:"),
                Block("list", items=factors),
            ]
        subsections.append(
            Section(
                f"episode-{episode.uuid}",
                f"7.{position}",
                f"Key practice episode {episode.number}: {episode.title}",
                tuple(blocks),
            )
        )
    return Section(
        "appraisal",
        "7",
        "Appraisal of practice",
        (Block("paragraph", text=summary),),
        tuple(subsections),
    )


class FindingEpisodes(TypedDict):
    """What `build_report` fetches onto each finding besides its fields."""

    alive_episodes: list[KeyPracticeEpisode]


def _findings(
    findings: "Sequence[WithAnnotations[Finding, FindingEpisodes]]", positions: dict[int, int]
) -> Section:
    areas = pattern_areas()
    subsections = []
    for finding in findings:
        position = positions[finding.pk]
        blocks: list[Block] = []
        area = areas.get(finding.pattern_area)
        if not finding.is_systems_finding:
            blocks.append(
                Block(
                    "paragraph",
                    text="Case-specific learning: this point concerns this case, not an "
                    "underlying pattern in the system.",
                )
            )
        elif area:
            blocks.append(
                Block("paragraph", text=f"Pattern area: {area.name} ({area.finding_category}).")
            )
        for field_name, heading in FINDING_HEADINGS:
            text = getattr(finding, field_name)
            extra: list[Block] = []
            if field_name == "how_featured" and finding.alive_episodes:
                numbers = [str(e.number) for e in finding.alive_episodes]
                extra.append(
                    Block(
                        "paragraph",
                        text=f"Key practice episode{'s' if len(numbers) > 1 else ''} "
                        f"{_and_list(numbers)} (section {part_number('appraisal')}).",
                    )
                )
            if text.strip() or extra:
                blocks += [Block("heading", text=heading), *_paragraphs(text), *extra]
        subsections.append(
            Section(
                f"finding-{finding.uuid}",
                f"8.{position}",
                f"Finding {position}: {finding.statement}",
                tuple(blocks),
            )
        )
    blocks_intro = (
        Block(
            "paragraph",
            text="Each finding describes an underlying pattern in the local system that this "
            "case shows but that is not unique to it, and ends with questions for the "
            "partnership to consider."
            if findings
            else "No findings have been written yet.",
        ),
    )
    return Section("findings", "8", "Findings", blocks_intro, tuple(subsections))


def _recommendations(review: Review, positions: dict[int, int]) -> Section:
    recommendations = recommendations_overview(review=review)
    subsections = []
    number = 0
    for kind in RecommendationKind:
        of_kind = [r for r in recommendations if r.kind == kind]
        if not of_kind:
            continue
        number += 1
        title, explanation = KIND_INTRODUCTIONS[kind]
        blocks: list[Block] = [Block("paragraph", text=explanation)]
        for rec in of_kind:
            owner = _agency_label(rec.owner_agency) or rec.owner_text or "Not yet decided"
            linked = [str(positions[f.pk]) for f in rec.alive_findings if f.pk in positions]
            blocks += [
                Block("heading", text=f"Recommendation {rec.number}"),
                *_paragraphs(rec.text),
                Block(
                    "list",
                    items=(
                        f"Owner: {owner}",
                        f"Finding{'s' if len(linked) > 1 else ''}: {_and_list(linked)}"
                        if linked
                        else "Findings: none linked",
                    ),
                ),
            ]
        subsections.append(
            Section(f"recommendations-kind-{int(kind)}", f"9.{number}", title, tuple(blocks))
        )
    intro = (
        "The partnership's response to the findings, grouped by the three kinds of "
        "recommendation: clear-cut local action, decisions for senior management, and research "
        "and development."
        if recommendations
        else "No recommendations have been written yet."
    )
    return Section(
        "recommendations",
        "9",
        "Recommendations and the partnership's response",
        (Block("paragraph", text=intro),),
        tuple(subsections),
    )


def _appendices(
    review: Review, episodes: Sequence[KeyPracticeEpisode], written: dict[str, str]
) -> Section:
    rows = tuple(
        (
            str(e.number),
            e.title,
            episode_when(e) or "Not dated",
            ", ".join(_agency_label(a) for a in e.agencies.all()),
            e.get_appraisal_display(),
        )
        for e in episodes
    )
    kpe_blocks = (
        (Block("table", rows=(KPE_TABLE_COLUMNS, *rows)),)
        if rows
        else (Block("paragraph", text="No key practice episodes yet."),)
    )
    agencies = [_agency_label(a) for a in review.agencies.order_by("name")]
    actions = [
        (
            f"Recommendation {action.recommendation.number}",
            action.text,
            action.owner,
            date_format(action.due_date, "j M Y"),
            action.get_status_display(),
        )
        for action in ActionItem.objects.alive()
        .filter(recommendation__review=review, recommendation__deleted_at__isnull=True)
        .select_related("recommendation")
        .order_by("recommendation__number", "due_date", "pk")
    ]
    action_blocks = (
        (
            Block(
                "paragraph",
                text="What the partnership's agencies will do about each recommendation, by "
                "when, and where each action stood when this report was made.",
            ),
            Block("table", rows=(ACTION_PLAN_COLUMNS, *actions)),
        )
        if actions
        else (Block("paragraph", text="No actions have been agreed yet."),)
    )
    contributors: list[Block] = [
        Block("paragraph", text="These agencies contributed to the review:"),
        Block("list", items=tuple(agencies)),
    ]
    team = _team_rows(review)
    if team:
        contributors += [
            Block("paragraph", text="The review team and case group, by role:"),
            Block("table", rows=(("Part", "Role", "Agency"), *team)),
        ]
    return Section(
        "appendices",
        "10",
        "Appendices",
        subsections=(
            Section("kpe-table", "10.1", "Key practice episodes", kpe_blocks),
            Section("action-plan", "", "Action plan", action_blocks),
            Section("contributors", "10.2", "Contributors", tuple(contributors)),
            _free_section("glossary", "10.3", written),
            _free_section("independence", "10.4", written),
        ),
    )


def build_report(
    review: Review, *, status: str = "Working copy", hidden: Mapping[int, int] | None = None
) -> ReportContent:
    """The review's report as it stands: drawn from the analysis, with the reviewers' own
    free-text sections. `status` is what the title page says ("Working copy", "Draft 2").
    The contributory factors of the episodes in `hidden` (episode id -> agreement check number,
    from analysis.selectors.agreement.hidden_episode_rounds) are left out, with a note: the
    viewer codes them blind. Drafts and exports, which others read, are built without it."""
    hidden = hidden or {}
    review = (
        Review.objects.select_related("partnership").prefetch_related("people").get(pk=review.pk)
    )
    written = _free_text(review)
    episodes = list(
        KeyPracticeEpisode.objects.alive()
        .filter(review=review)
        .order_by("number")
        .prefetch_related(
            Prefetch("factors", queryset=shared_factors(), to_attr="shared_factors"),
            Prefetch("agencies", queryset=Agency.objects.order_by("name")),
        )
    )
    for episode in episodes:
        episode.factor_rows = [] if episode.pk in hidden else factor_rows(episode.shared_factors)
    findings = list(
        Finding.objects.alive()
        .filter(review=review)
        .prefetch_related(
            Prefetch(
                "episodes",
                queryset=KeyPracticeEpisode.objects.alive().order_by("number"),
                to_attr="alive_episodes",
            )
        )
        .order_by("-is_systems_finding", "number")
    )
    # The one number of each finding (analysis.services.numbering keeps it in this order).
    positions = {finding.pk: finding.number for finding in findings}
    sections = (
        _free_section("executive-summary", "", written),
        _introduction(review, written),
        _terms_of_reference(review),
        _methodology(review, written),
        _case_in_brief(review),
        _appraisal(episodes, hidden),
        _findings(findings, positions),
        _recommendations(review, positions),
        _appendices(review, episodes, written),
    )
    return ReportContent(
        title=review.title,
        review_reference=review.reference,
        partnership=review.partnership.name,
        status=status,
        date_text=date_format(timezone.localdate(), "j F Y"),
        sections=_numbered(sections),
        logo=review.partnership.logo_data_uri(),
    )
