"""National and neighbouring reviews: adding one by hand, or many from a CSV or JSON file
(format in docs/learning.md), or one from another Casewindow's anonymised archive
(`export_review --anonymised`, format in docs/interchange.md). A file is checked whole first:
every bad row is reported by its number and nothing is imported unless every row is good."""

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from django.db import transaction

from casewindow.accounts.models import Partnership
from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.analysis.models import FactorEffect
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.learning.models import (
    NationalEpisode,
    NationalFactor,
    NationalFinding,
    NationalRecommendation,
    NationalReview,
)
from casewindow.reviews.models import ReviewType

CSV_COLUMNS = (
    "reference",
    "source",
    "year",
    "type",
    "summary",
    "link",
    "item",
    "pattern_area",
    "kind",
    "text",
)
MAX_BYTES = 5 * 1024 * 1024
# The anonymised archive's format, owned here (the learning repository reads it); the
# interchange app writes it.
ANONYMISED_FORMAT = "casewindow-anonymised-review"
ANONYMISED_VERSION = 1
ANONYMISED_SCHEMA_PATH = (
    Path(__file__).resolve().parent.parent / "schema" / "anonymised-review-1.json"
)


class NationalImportError(Exception):
    """What is wrong with a file, row by row, written for the person importing it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems[:5]))


@dataclass
class NationalData:
    reference: str
    source: str
    year: int
    review_type: str
    summary: str = ""
    link: str = ""
    findings: list[tuple[str, str]] = field(default_factory=list)  # (pattern area, statement)
    recommendations: list[tuple[int | None, str]] = field(default_factory=list)  # (kind, text)
    # From an anonymised archive only:
    case_specific: set[int] = field(default_factory=set)  # indexes of case-specific findings
    episodes: list["EpisodeData"] = field(default_factory=list)
    age_band: str = ""
    agency_kinds: list[str] = field(default_factory=list)
    from_archive: bool = False


@dataclass
class EpisodeData:
    title: str
    summary: str
    factors: list[tuple[str, str]]  # (framework key, effect)


def _year(value: Any) -> int | None:
    text = str(value).strip()
    return int(text) if text.isdigit() and 1990 <= int(text) <= 2100 else None


def _check_review(data: dict[str, Any], where: str, problems: list[str]) -> NationalData | None:
    reference = str(data.get("reference") or "").strip()
    source = str(data.get("source") or data.get("partnership") or "").strip()
    year = _year(data.get("year") or "")
    review_type = str(data.get("type") or "").strip()
    link = str(data.get("link") or "").strip()
    before = len(problems)
    if not reference or len(reference) > 60:
        problems.append(f"{where}: give a reference of up to 60 characters")
    if not source:
        problems.append(f"{where}: give the partnership or body that published the review")
    if year is None:
        problems.append(f"{where}: give the year as four digits, for example 2023")
    if review_type not in ReviewType.values:
        problems.append(f"{where}: the type must be one of {', '.join(ReviewType.values)}")
    if link and not link.startswith(("https://", "http://")):
        problems.append(f"{where}: the link must start with https://")
    if len(problems) > before:
        return None
    return NationalData(
        reference=reference,
        source=source[:200],
        year=year or 0,
        review_type=review_type,
        summary=str(data.get("summary") or "").strip(),
        link=link[:500],
    )


def _check_finding(area: str, text: str, where: str, problems: list[str]) -> bool:
    if area and area not in pattern_areas():
        problems.append(f"{where}: unknown pattern area {area!r} (use a key of patterns.yaml)")
        return False
    if not text.strip():
        problems.append(f"{where}: the finding has no text")
        return False
    return True


def _kind(value: Any, where: str, problems: list[str]) -> tuple[bool, int | None]:
    text = str(value if value is not None else "").strip()
    if not text:
        return True, None
    if text not in ("1", "2", "3"):
        problems.append(f"{where}: the recommendation kind must be 1, 2 or 3")
        return False, None
    return True, int(text)


def parse_json(raw: bytes) -> list[NationalData]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NationalImportError([f"The file is not JSON: {error}"]) from error
    if isinstance(data, dict):
        data = data.get("reviews")
    if not isinstance(data, list):
        raise NationalImportError(['The file must hold a list of reviews (or {"reviews": [...]})'])
    problems: list[str] = []
    reviews: list[NationalData] = []
    for number, item in enumerate(data, 1):
        where = f"Review {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: not an object")
            continue
        review = _check_review(item, where, problems)
        for f_number, finding in enumerate(item.get("findings") or [], 1):
            at = f"{where}, finding {f_number}"
            if not isinstance(finding, dict):
                problems.append(f"{at}: not an object")
                continue
            area = str(finding.get("pattern_area") or "").strip()
            text = str(finding.get("statement") or finding.get("text") or "")
            if _check_finding(area, text, at, problems) and review:
                review.findings.append((area, text.strip()))
        for r_number, rec in enumerate(item.get("recommendations") or [], 1):
            at = f"{where}, recommendation {r_number}"
            if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
                problems.append(f"{at}: give the recommendation's text")
                continue
            ok, kind = _kind(rec.get("kind"), at, problems)
            if ok and review:
                review.recommendations.append((kind, str(rec["text"]).strip()))
        if review:
            reviews.append(review)
    if problems:
        raise NationalImportError(problems)
    return reviews


def parse_csv(raw: bytes) -> list[NationalData]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NationalImportError(["The file is not UTF-8 text"]) from error
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise NationalImportError([f"Row 1 (headings): missing column(s) {', '.join(missing)}"])
    problems: list[str] = []
    reviews: dict[str, NationalData] = {}
    for number, row in enumerate(reader, 2):
        where = f"Row {number}"
        row = {k: (v or "") for k, v in row.items() if k}
        reference = row["reference"].strip()
        review = reviews.get(reference)
        if review is None:
            review = _check_review(row, where, problems)
            if review is None:
                continue
            reviews[reference] = review
        item = row["item"].strip().lower()
        if item == "finding":
            if _check_finding(row["pattern_area"].strip(), row["text"], where, problems):
                review.findings.append((row["pattern_area"].strip(), row["text"].strip()))
        elif item == "recommendation":
            ok, kind = _kind(row["kind"], where, problems)
            if not row["text"].strip():
                problems.append(f"{where}: the recommendation has no text")
            elif ok:
                review.recommendations.append((kind, row["text"].strip()))
        elif item:
            problems.append(f"{where}: item must be 'finding' or 'recommendation' (or empty)")
    if problems:
        raise NationalImportError(problems)
    return list(reviews.values())


def _anonymised_document(raw: bytes) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = archive.getinfo("review.json")
            if info.file_size > MAX_BYTES:
                raise NationalImportError(["review.json in the archive is larger than 5 MB"])
            content = archive.read(info)
    except KeyError:
        raise NationalImportError(["The archive has no review.json"]) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise NationalImportError(["The file is not a readable zip archive"]) from None
    try:
        document = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NationalImportError([f"review.json is not JSON: {error}"]) from None
    if not isinstance(document, dict) or document.get("format") != ANONYMISED_FORMAT:
        raise NationalImportError(
            [
                "The archive is not an anonymised review (made with export_review "
                "--anonymised); a whole-review archive holds evidence and cannot be pooled"
            ]
        )
    version = document.get("schema_version")
    if isinstance(version, int) and version > ANONYMISED_VERSION:
        raise NationalImportError(
            [
                f"The archive uses version {version} of the format; this Casewindow reads "
                f"version {ANONYMISED_VERSION}"
            ]
        )
    schema = json.loads(ANONYMISED_SCHEMA_PATH.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for wrong in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))[:20]:
        where = "/".join(str(part) for part in wrong.absolute_path) or "the top level"
        problems.append(f"review.json at {where}: {wrong.message[:200]}")
    if problems:
        raise NationalImportError(problems)
    return document


def parse_anonymised(raw: bytes) -> list[NationalData]:
    """The review in an anonymised archive, checked against its schema and this Casewindow's
    pattern areas and factor framework."""
    document = _anonymised_document(raw)
    about = document["review"]
    problems: list[str] = []
    types = dict(ReviewType.choices)
    review = NationalData(
        reference=about["reference"].strip(),
        source=about["partnership"].strip(),
        year=about["year"] or 0,
        review_type=about["review_type"],
        summary="",
        age_band=about.get("age_band", ""),
        agency_kinds=list(about.get("agency_kinds", [])),
        from_archive=True,
    )
    if not about["year"]:
        problems.append("The review has no year")
    if about["review_type"] not in types:
        problems.append(f"Unknown review type {about['review_type']!r}")
    for finding in document["findings"]:
        where = f"Finding {finding['number']}"
        if _check_finding(finding["pattern_area"], finding["statement"], where, problems):
            review.findings.append((finding["pattern_area"], finding["statement"].strip()))
            if not finding["systems"]:
                review.case_specific.add(len(review.findings) - 1)
    nodes = factor_nodes()
    effects = set(FactorEffect.values)
    for episode in document["episodes"]:
        factors = []
        for factor in episode["factors"]:
            where = f"Episode {episode['number']}, factor {factor['key']}"
            if factor["key"] not in nodes:
                problems.append(f"{where}: not in this Casewindow's factor framework")
            elif factor["effect"] not in effects:
                problems.append(f"{where}: the effect must be one of {', '.join(sorted(effects))}")
            else:
                factors.append((factor["key"], factor["effect"]))
        review.episodes.append(EpisodeData(episode["title"], episode["summary"], factors))
    for rec in document["recommendations"]:
        review.recommendations.append((rec.get("kind"), rec["text"].strip()))
    if problems:
        raise NationalImportError(problems)
    return [review]


def parse_national_file(name: str, raw: bytes) -> list[NationalData]:
    if len(raw) > MAX_BYTES:
        raise NationalImportError(["The file is larger than 5 MB"])
    if name.lower().endswith(".json"):
        return parse_json(raw)
    if name.lower().endswith(".csv"):
        return parse_csv(raw)
    if name.lower().endswith(".zip"):
        return parse_anonymised(raw)
    raise NationalImportError(
        ["Choose a .csv or .json file, or a .zip made with export_review --anonymised"]
    )


@transaction.atomic
def national_reviews_add(
    *, actor: Any, partnership: Partnership, reviews: list[NationalData]
) -> list[NationalReview]:
    """Add the reviews, all or none. A reference the partnership already holds is refused."""
    taken = set(
        NationalReview.objects.filter(
            partnership=partnership, reference__in=[r.reference for r in reviews]
        ).values_list("reference", flat=True)
    )
    seen: set[str] = set()
    problems = []
    for number, data in enumerate(reviews, 1):
        if data.reference in taken or data.reference in seen:
            problems.append(f"Review {number} ({data.reference}): this reference is already added")
        seen.add(data.reference)
    if problems:
        raise NationalImportError(problems)
    made = []
    for data in reviews:
        review = NationalReview.objects.create(
            partnership=partnership,
            reference=data.reference,
            source=data.source,
            year=data.year,
            review_type=data.review_type,
            summary=data.summary,
            link=data.link,
            age_band=data.age_band,
            agency_kinds=data.agency_kinds,
            from_archive=data.from_archive,
            added_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        NationalFinding.objects.bulk_create(
            NationalFinding(
                review=review,
                number=n,
                pattern_area=area,
                statement=text,
                is_systems_finding=n - 1 not in data.case_specific,
            )
            for n, (area, text) in enumerate(data.findings, 1)
        )
        for n, episode in enumerate(data.episodes, 1):
            made_episode = NationalEpisode.objects.create(
                review=review, number=n, title=episode.title[:300], summary=episode.summary
            )
            NationalFactor.objects.bulk_create(
                NationalFactor(episode=made_episode, node_key=key, effect=effect)
                for key, effect in episode.factors
            )
        NationalRecommendation.objects.bulk_create(
            NationalRecommendation(review=review, number=n, kind=kind, text=text)
            for n, (kind, text) in enumerate(data.recommendations, 1)
        )
        made.append(review)
    audit_record(
        actor=actor,
        action=AuditAction.IMPORT,
        summary=f"Added {len(made)} national or neighbouring review(s) to {partnership.name}: "
        + ", ".join(r.reference for r in made)[:400],
    )
    return made
