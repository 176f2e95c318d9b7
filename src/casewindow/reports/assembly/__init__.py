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

from collections.abc import Iterable, Mapping
from dataclasses import replace

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format

from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.analysis.selectors.episodes import factor_rows, shared_factors
from casewindow.reports.assembly.analysis import appraisal_part, findings_part, recommendations_part
from casewindow.reports.assembly.appendices import appendices_part
from casewindow.reports.assembly.common import NOT_WRITTEN, PARTS, free_section, free_text
from casewindow.reports.assembly.front import (
    case_in_brief_part,
    introduction_part,
    methodology_part,
    terms_of_reference_part,
)
from casewindow.reports.content import ReportContent, Section
from casewindow.reviews.models import Agency, Review

__all__ = ["NOT_WRITTEN", "PARTS", "build_report"]


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
    written = free_text(review)
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
        free_section("executive-summary", "", written),
        introduction_part(review, written),
        terms_of_reference_part(review),
        methodology_part(review, written),
        case_in_brief_part(review),
        appraisal_part(episodes, hidden),
        findings_part(findings, positions),
        recommendations_part(review, positions),
        appendices_part(review, episodes, written),
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
