"""The annual learning report for a partnership's board, as plain data: the reviews concluded
in a year (published, or whose learning the lead released early), the patterns that recur
across them and the years before, national and neighbouring learning beside the partnership's
own, and the recommendations with their action status.

Which reviews may be read is decided by `accounts/access.py` (`learning_report_reviews_for_user`:
published or released learning only); this module reads what it is given, through the same
publication-safe learning as the learning pages (`review_learning`: labels, never real names;
never evidence). `learning.annual_rendering` turns it into a DOCX and a PDF."""

import datetime
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from casewindow.accounts.models import Partnership
from casewindow.analysis.framework import pattern_areas
from casewindow.learning.models import LearningRelease, NationalReview
from casewindow.learning.selectors.national import national_learning
from casewindow.learning.selectors.patterns import (
    PatternTable,
    categories_by_year,
    pattern_areas_by_year,
    recommendations_by_kind,
)
from casewindow.learning.selectors.repository import (
    FindingItem,
    LearningSource,
    RecommendationItem,
    ReviewLearning,
    review_learning,
)
from casewindow.process.selectors.clock import review_key_dates
from casewindow.reviews.models import Review, ReviewStage

# How many years the trend charts show: the report's year and the ones before it.
TREND_YEARS = 3
PUBLISHED = "Published"
RELEASED = "Learning released before publication"
NATIONAL = "National or neighbouring review"
# The stages of a review past publication (the same pair the statutory clock reads).
_PAST_PUBLICATION = (ReviewStage.ACTION_PLAN, ReviewStage.CLOSED)


@dataclass
class AnnualReview:
    reference: str
    review_type_label: str
    source: str  # the partnership, or the body that published a national review
    national: bool
    concluded: str  # "12 May 2025"; a national review gives its year only
    concluded_on: datetime.date | None
    status: str
    findings: list[FindingItem]
    recommendations: list[RecommendationItem]
    link: str = ""


@dataclass
class RecurringPattern:
    area: str
    references: list[str]  # this year's reviews with a finding in the area
    findings: int  # this year's findings in the area
    earlier_reviews: int  # reviews of the years before with a finding in the area

    @property
    def recurs(self) -> bool:
        return len(self.references) > 1 or (bool(self.references) and self.earlier_reviews > 0)


@dataclass
class AnnualReport:
    partnership: str
    year: int
    made_on: datetime.date
    reviews: list[AnnualReview] = field(default_factory=list)
    recurring: list[RecurringPattern] = field(default_factory=list)
    charts: dict[str, PatternTable] = field(default_factory=dict)

    @property
    def local(self) -> list[AnnualReview]:
        return [r for r in self.reviews if not r.national]

    @property
    def national(self) -> list[AnnualReview]:
        return [r for r in self.reviews if r.national]

    @property
    def title(self) -> str:
        return f"Annual learning report {self.year}"


def _day(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def review_concluded(
    review: Review, released: dict[int, datetime.date]
) -> tuple[datetime.date, str]:
    """When the review's learning reached the partnership, and how: the publication date for a
    review past publication (the target publication date, as the statutory clock counts it, else
    the day it moved past publication), else the day its lead released its learning."""
    if review.stage in _PAST_PUBLICATION:
        published = review_key_dates(review)["published_date"]
        if published is None:
            moves = [
                change.changed_at.date()
                for change in review.stage_changes.all()
                if change.to_stage in _PAST_PUBLICATION
            ]
            published = min(moves) if moves else review.updated_at.date()
        return published, PUBLISHED
    return released.get(review.pk, review.updated_at.date()), RELEASED


def _recurring(
    this_year: Sequence[ReviewLearning], earlier: Sequence[ReviewLearning]
) -> list[RecurringPattern]:
    references: dict[str, list[str]] = defaultdict(list)
    findings: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for review in this_year:
        areas = [f.pattern_area for f in review.findings if f.pattern_area]
        findings.update(areas)
        for area in dict.fromkeys(areas):
            references[area].append(review.reference)
    for review in earlier:
        before.update({f.pattern_area for f in review.findings if f.pattern_area})
    rows = [
        RecurringPattern(area.name, references[key], findings[key], before[key])
        for key, area in pattern_areas().items()
    ]
    return sorted(rows, key=lambda r: (-len(r.references), -r.findings, -r.earlier_reviews))


def _local_beside_national(learning: Sequence[ReviewLearning], year: int) -> PatternTable:
    local: Counter[str] = Counter()
    national: Counter[str] = Counter()
    for review in learning:
        (national if review.national else local).update(
            f.pattern_area for f in review.findings if f.pattern_area
        )
    return PatternTable(
        "local-national",
        f"Findings by pattern area in {year}: ours beside national and neighbouring reviews",
        "How many findings of the partnership's own reviews, and of the national and "
        "neighbouring reviews added to its learning, fall in each pattern area.",
        ["Pattern area", "This partnership's reviews", "National and neighbouring reviews"],
        [(area.name, [local[key], national[key]]) for key, area in pattern_areas().items()],
        "bars",
    )


def annual_learning_report(
    *,
    partnership: Partnership,
    reviews: Sequence[Review],
    year: int,
    today: datetime.date | None = None,
) -> AnnualReport:
    """The report for `year` from the published or released learning of `reviews` (already
    authorised) and the partnership's national and neighbouring reviews."""
    today = today or datetime.date.today()
    reviews = list(
        Review.objects.filter(pk__in=[r.pk for r in reviews]).prefetch_related("stage_changes")
    )
    released = {
        release.review_id: release.released_at.date()
        for release in LearningRelease.objects.filter(review__in=reviews)
    }
    concluded = {r.reference: review_concluded(r, released) for r in reviews}
    local = review_learning([LearningSource(r, False) for r in reviews], today=today)
    # Each review counts in the year its learning reached the partnership.
    dated = [replace(r, year=concluded[r.reference][0].year) for r in local]
    everything = dated + national_learning(partnership=partnership)
    this_year = [r for r in everything if r.year == year]
    earlier = [r for r in everything if r.year is not None and r.year < year]
    trend = [r for r in everything if r.year is not None and year - TREND_YEARS < r.year <= year]

    report = AnnualReport(partnership=partnership.name, year=year, made_on=today)
    for learning in sorted(
        this_year,
        key=lambda r: (
            r.national,
            concluded.get(r.reference, (datetime.date.max, ""))[0],
            r.reference,
        ),
    ):
        if learning.national:
            when, status, day = str(learning.year), NATIONAL, None
        else:
            day, status = concluded[learning.reference]
            when = _day(day)
        report.reviews.append(
            AnnualReview(
                reference=learning.reference,
                review_type_label=learning.review_type_label,
                source=learning.partnership,
                national=learning.national,
                concluded=when,
                concluded_on=day,
                status=status,
                findings=learning.findings,
                recommendations=learning.recommendations,
                link=learning.link,
            )
        )
    report.recurring = _recurring(this_year, earlier)
    first = year - TREND_YEARS + 1
    areas = pattern_areas_by_year(trend)
    categories = categories_by_year(trend)
    report.charts = {
        "pattern-areas": replace(
            areas,
            title=f"Findings by pattern area, {first} to {year}",
            description="How many findings each pattern area held in the reviews concluded "
            "each year (the partnership's own and national or neighbouring reviews).",
        ),
        "finding-categories": replace(
            categories,
            title=f"Findings by category, {first} to {year}",
            description="Systems findings (underlying patterns) and case-specific findings in "
            "the reviews concluded each year.",
        ),
        "local-national": _local_beside_national(this_year, year),
        "recommendations": replace(
            recommendations_by_kind([r for r in this_year if not r.national]),
            title=f"Recommendations of {year} by kind and action status",
        ),
    }
    return report


@dataclass(frozen=True)
class AnnualYear:
    year: int
    reviews: int  # the partnership's reviews whose learning reached it that year
    national: int  # national and neighbouring reviews of that year


def annual_report_years(
    *, partnership: Partnership, reviews: Sequence[Review], today: datetime.date | None = None
) -> list[AnnualYear]:
    """The years a report can be made for, newest first, with what each holds: this year and
    last, and every year in which a review's learning reached the partnership or a national
    review was published."""
    today = today or datetime.date.today()
    released = {
        release.review_id: release.released_at.date()
        for release in LearningRelease.objects.filter(review__in=list(reviews))
    }
    local = Counter(review_concluded(r, released)[0].year for r in reviews)
    national = Counter(
        NationalReview.objects.filter(partnership=partnership).values_list("year", flat=True)
    )
    years = {today.year, today.year - 1, *local, *national}
    return [
        AnnualYear(year, local[year], national[year])
        for year in sorted((y for y in years if y <= today.year), reverse=True)
    ]
