"""National and neighbouring reviews: adding one by hand, or many from a CSV or JSON file
(format in docs/learning.md), or one from another Casewindow's anonymised archive
(`casewindow export_review --anonymised`, docs/interchange.md). A file is checked whole first:
every bad row is reported by its number and nothing is imported unless every row is good."""

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.accounts.models import Partnership
from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.analysis.models import FactorEffect
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.learning.models import (
    NationalEpisode,
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
    # (title, summary, [{key, effect}])
    episodes: list[tuple[str, str, list[dict[str, str]]]] = field(default_factory=list)


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
        review = _check_item(item, f"Review {number}", problems)
        if review:
            reviews.append(review)
    if problems:
        raise NationalImportError(problems)
    return reviews


def _check_episodes(
    item: dict[str, Any], where: str, review: NationalData | None, problems: list[str]
) -> None:
    nodes = factor_nodes()
    for e_number, episode in enumerate(item.get("episodes") or [], 1):
        at = f"{where}, episode {e_number}"
        if not isinstance(episode, dict) or not str(episode.get("title") or "").strip():
            problems.append(f"{at}: give the episode's title")
            continue
        factors = []
        for factor in episode.get("factors") or []:
            key = str(factor.get("key") or "") if isinstance(factor, dict) else ""
            effect = str(factor.get("effect") or "") if isinstance(factor, dict) else ""
            if key not in nodes:
                problems.append(f"{at}: unknown factor {key!r} (use a node key of the framework)")
            elif effect and effect not in FactorEffect.values:
                problems.append(f"{at}: the effect must be one of {', '.join(FactorEffect.values)}")
            else:
                factors.append({"key": key, "effect": effect})
        if review:
            review.episodes.append(
                (
                    str(episode["title"]).strip()[:200],
                    str(episode.get("summary") or "").strip(),
                    factors,
                )
            )


def _check_item(item: Any, where: str, problems: list[str]) -> NationalData | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: not an object")
        return None
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
    _check_episodes(item, where, review, problems)
    return review


def parse_anonymised(raw: bytes) -> list[NationalData]:
    """One review from another Casewindow's anonymised archive (a zip holding review.json of
    the schema review-anonymised-1.json): labelled findings, episodes with their factors and
    recommendations. A whole-review archive (evidence, names) is refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            content = archive.read("review.json")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise NationalImportError(
            ["The zip file is not a Casewindow anonymised archive (it has no readable review.json)"]
        ) from None
    try:
        document = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NationalImportError([f"review.json in the archive is not JSON: {error}"]) from None
    if not isinstance(document, dict) or document.get("kind") != "anonymised":
        raise NationalImportError(
            [
                "This archive is not anonymised: a whole review (with evidence and names) cannot "
                "be added to the learning repository. Export it with --anonymised."
            ]
        )
    if document.get("schema_version") != 1:
        raise NationalImportError(
            [
                f"The archive uses anonymised schema version {document.get('schema_version')}; "
                "this Casewindow reads version 1."
            ]
        )
    head: dict[str, Any] = document.get("review") or {}
    if not isinstance(head, dict):
        head = {}
    exported = str(document.get("exported_at") or "")
    item = {
        "reference": head.get("reference"),
        "source": head.get("source"),
        "year": head.get("year") or exported[:4],
        "type": head.get("review_type"),
        "findings": [
            {"pattern_area": f.get("pattern_area"), "statement": f.get("statement")}
            if isinstance(f, dict)
            else f
            for f in document.get("findings") or []
        ],
        "recommendations": document.get("recommendations") or [],
        "episodes": document.get("episodes") or [],
    }
    problems: list[str] = []
    review = _check_item(item, "The archive", problems)
    if problems or review is None:
        raise NationalImportError(problems)
    return [review]


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


def parse_national_file(name: str, raw: bytes) -> list[NationalData]:
    if len(raw) > MAX_BYTES:
        raise NationalImportError(["The file is larger than 5 MB"])
    if name.lower().endswith(".json"):
        return parse_json(raw)
    if name.lower().endswith(".csv"):
        return parse_csv(raw)
    if name.lower().endswith(".zip"):
        return parse_anonymised(raw)
    raise NationalImportError(["Choose a .csv, .json or anonymised archive (.zip) file"])


@transaction.atomic
def national_reviews_add(
    *, actor: Actor, partnership: Partnership, reviews: list[NationalData], actor_label: str = ""
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
            added_by=user_to_record(actor),
        )
        NationalFinding.objects.bulk_create(
            NationalFinding(review=review, number=n, pattern_area=area, statement=text)
            for n, (area, text) in enumerate(data.findings, 1)
        )
        NationalRecommendation.objects.bulk_create(
            NationalRecommendation(review=review, number=n, kind=kind, text=text)
            for n, (kind, text) in enumerate(data.recommendations, 1)
        )
        NationalEpisode.objects.bulk_create(
            NationalEpisode(review=review, number=n, title=title, summary=summary, factors=factors)
            for n, (title, summary, factors) in enumerate(data.episodes, 1)
        )
        made.append(review)
    audit_record(
        actor=actor,
        actor_label=actor_label,
        action=AuditAction.IMPORT,
        summary=f"Added {len(made)} national or neighbouring review(s) to {partnership.name}: "
        + ", ".join(r.reference for r in made)[:400],
    )
    return made
