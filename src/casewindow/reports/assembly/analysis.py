"""The parts drawn from the analysis: appraisal of practice (one part per key practice episode),
findings and recommendations."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict

from casewindow.analysis.framework import pattern_areas
from casewindow.analysis.models import Appraisal, Finding, KeyPracticeEpisode, RecommendationKind
from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.episodes import episode_when
from casewindow.analysis.selectors.findings import recommendations_overview
from casewindow.reports.assembly.common import agency_label, and_list, paragraphs, part_number
from casewindow.reports.content import Block, Section
from casewindow.reviews.models import Review

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


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


def _factor_items(episode: KeyPracticeEpisode) -> tuple[str, ...]:
    return tuple(
        f"{row.label} ({row.factor.get_effect_display().lower()})"
        + (f": {row.factor.explanation}" if row.factor.explanation else "")
        for row in episode.factor_rows
    )


def appraisal_part(episodes: Sequence[KeyPracticeEpisode], hidden: Mapping[int, int]) -> Section:
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
        agencies = and_list(agency_label(a) for a in episode.agencies.all())
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
                blocks += [Block("heading", text=heading), *paragraphs(text)]
        blocks.append(
            Block("heading", text=f"Appraisal: {episode.get_appraisal_display().lower()}")
        )
        for heading, text in (
            ("What was good", episode.appraisal_good),
            ("What was problematic", episode.appraisal_problematic),
            ("Explanation", episode.appraisal_explanation),
        ):
            if text.strip():
                blocks += [Block("paragraph", text=f"{heading}:"), *paragraphs(text)]
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


def findings_part(
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
                        f"{and_list(numbers)} (section {part_number('appraisal')}).",
                    )
                )
            if text.strip() or extra:
                blocks += [Block("heading", text=heading), *paragraphs(text), *extra]
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


def recommendations_part(review: Review, positions: dict[int, int]) -> Section:
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
            owner = agency_label(rec.owner_agency) or rec.owner_text or "Not yet decided"
            linked = [str(positions[f.pk]) for f in rec.alive_findings if f.pk in positions]
            blocks += [
                Block("heading", text=f"Recommendation {rec.number}"),
                *paragraphs(rec.text),
                Block(
                    "list",
                    items=(
                        f"Owner: {owner}",
                        f"Finding{'s' if len(linked) > 1 else ''}: {and_list(linked)}"
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
