"""`review_export_anonymised`: only what may be pooled with other reviews' learning, in an
archive of its own schema (`review-anonymised-1.json`, documented in docs/interchange.md).

What goes in is exactly what the learning repository shows of a published review
(`learning.selectors.repository.review_learning`): the findings, the key practice episodes'
titles and summaries with their contributory factors (framework node and effect, never the
coders' explanations), and the recommendations — every text with the register's real names,
aliases and dates of birth replaced by publication labels and the "replace" decisions applied.
Never evidence, people, agencies' names, members, files or the audit log.

As a last gate the finished JSON is searched for every real name and alias of the register;
one found stops the export (nothing is written) and says which text holds it."""

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from django.utils import timezone

from casewindow.accounts.actors import Actor
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.interchange.exporting import ExportError, ExportSummary, Progress, _no_progress
from casewindow.learning.selectors.repository import LearningSource, review_learning
from casewindow.reviews.models import Review

ANONYMISED_VERSION = 1
ANONYMISED_SCHEMA_PATH = (
    Path(__file__).resolve().parent / "schema" / f"review-anonymised-{ANONYMISED_VERSION}.json"
)
ANONYMISED_SCHEMA_ID = (
    f"https://casewindow.example/schema/review-anonymised-{ANONYMISED_VERSION}.json"
)


def anonymised_document(*, review: Review) -> dict[str, Any]:
    """The review's poolable learning as the JSON document of the anonymised schema."""
    (learning,) = review_learning([LearningSource(review=review, sees_unpublished=False)])
    document = {
        "schema": ANONYMISED_SCHEMA_ID,
        "schema_version": ANONYMISED_VERSION,
        "kind": "anonymised",
        "exported_at": timezone.now().isoformat(),
        "review": {
            "reference": learning.reference,
            "source": learning.partnership,
            "review_type": learning.review_type,
            "year": learning.year,
            "age_band": learning.age_band,
            "agency_kinds": sorted(learning.agency_kinds),
        },
        "findings": [
            {
                "number": finding.number,
                "pattern_area": finding.pattern_area,
                "category": finding.category,
                "statement": finding.statement,
                "text": finding.text,
            }
            for finding in learning.findings
        ],
        "episodes": [
            {
                "number": episode.number,
                "title": episode.title,
                "summary": episode.summary,
                "factors": [
                    {"key": factor.key, "effect": factor.effect} for factor in episode.factors
                ],
            }
            for episode in learning.episodes
        ],
        "recommendations": [
            {"number": rec.number, "kind": rec.kind, "text": rec.text, "status": rec.status}
            for rec in learning.recommendations
        ],
    }
    _no_real_names(review, document)
    return document


def _no_real_names(review: Review, document: dict[str, Any]) -> None:
    names = {
        str(name).strip()
        for person in review.people.all()
        for name in (person.real_name, *(person.aliases or ()))
        if str(name).strip()
    }
    if not names:
        return
    pattern = re.compile(
        r"\b(?:"
        + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        + r")\b",
        re.IGNORECASE,
    )
    for where, text in _strings(document, ""):
        if pattern.search(text):
            raise ExportError(
                f"A real name from the register is still in {where} after labelling; correct "
                "the text or the register, then export again. Nothing was written."
            )


def _strings(value: Any, where: str) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(where or "the document", value)]
    if isinstance(value, list):
        return [
            found for i, item in enumerate(value, 1) for found in _strings(item, f"{where} {i}")
        ]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _strings(item, f"{where}/{key}")]
    return []


def review_export_anonymised(
    *, actor: Actor, review: Review, output: Path, progress: Progress = _no_progress
) -> ExportSummary:
    """Write the review's poolable learning to a new zip at `output` (review.json only)."""
    if output.exists():
        raise ExportError(f"{output} already exists; choose a new file.")
    progress(10, "Labelling the findings, episodes and recommendations")
    document = anonymised_document(review=review)
    progress(80, "Writing review.json")
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("review.json", json.dumps(document, indent=1, sort_keys=True))
    partial.replace(output)
    audit_record(
        actor=actor,
        actor_label="" if actor else "console (casewindow export_review --anonymised)",
        action=AuditAction.EXPORT,
        summary=f"Exported the anonymised learning of {review.reference} "
        f"({len(document['findings'])} findings, {len(document['episodes'])} episodes, "
        f"{len(document['recommendations'])} recommendations)",
        review=review,
        obj=review,
        changes={"schema_version": ANONYMISED_VERSION, "anonymised": True},
    )
    rows = len(document["findings"]) + len(document["episodes"]) + len(document["recommendations"])
    return ExportSummary(path=output, tables=3, rows=rows, files=0)
