"""`review_export_anonymised`: what a review may pool with other partnerships, in one zip that
another Casewindow's learning repository imports as a review from elsewhere.

Only the learning the learning pages show — findings, key practice episode titles and
summaries with their contributory factors, recommendations — each text as the learning
repository gives it: with the register's real names replaced by publication labels and every
"replace" decision of the publication check applied. No evidence (chronology, documents,
conversations), no members, no audit log, no ids of this instance. The format is the learning
app's (`learning/schema/anonymised-review-1.json`, docs/interchange.md); the archive is checked
against it, and refused if any real name or alias of the register is still in it."""

import datetime
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
from django.utils import timezone

from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.interchange.exporting import ExportError
from casewindow.learning.selectors.repository import LearningSource, review_learning
from casewindow.learning.services.national import (
    ANONYMISED_FORMAT,
    ANONYMISED_SCHEMA_PATH,
    ANONYMISED_VERSION,
)
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Review

# Names this short are initials or fragments; a word-bounded search for them would refuse
# ordinary words.
SHORTEST_NAME_CHECKED = 3


def anonymised_document(
    *, review: Review, published: bool, today: datetime.date | None = None
) -> dict[str, Any]:
    """The review's poolable learning as the anonymised format's JSON document. `published`:
    whether its learning is published or released (the caller asks the access module)."""
    (learning,) = review_learning(
        [LearningSource(review=review, sees_unpublished=True)], today=today
    )
    return {
        "format": ANONYMISED_FORMAT,
        "schema_version": ANONYMISED_VERSION,
        "exported_at": timezone.now().isoformat(),
        "framework_version": CURRENT_VERSION,
        "review": {
            "reference": learning.reference,
            "partnership": learning.partnership,
            "review_type": learning.review_type,
            "year": learning.year,
            "published": published,
            "age_band": learning.age_band,
            "agency_kinds": sorted(learning.agency_kinds),
        },
        "findings": [
            {
                "number": finding.number,
                "statement": finding.statement,
                "text": finding.text,
                "pattern_area": finding.pattern_area,
                "systems": finding.category == "systems",
            }
            for finding in learning.findings
        ],
        "episodes": [
            {
                "number": episode.number,
                "title": episode.title,
                "summary": episode.summary,
                "factors": [
                    {"key": factor.key, "name": factor.name, "effect": factor.effect}
                    for factor in episode.factors
                ],
            }
            for episode in learning.episodes
        ],
        "recommendations": [
            {
                "number": rec.number,
                "kind": rec.kind or None,
                "text": rec.text,
                "status": str(rec.status),
            }
            for rec in learning.recommendations
        ],
    }


def real_names_in(*, review: Review, text: str) -> list[str]:
    """The publication labels of the register's people whose real name or an alias is still
    written in `text` (whole words, any case)."""
    found = []
    for person in review.people.all():
        names = [person.real_name, *(person.aliases or [])]
        for name in names:
            name = (name or "").strip()
            if len(name) < SHORTEST_NAME_CHECKED:
                continue
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
                found.append(person.publication_label)
                break
    return found


def review_export_anonymised(*, actor: Any, review: Review, output: Path, published: bool) -> Path:
    """Write the anonymised archive (one review.json) to a new file at `output`."""
    if output.exists():
        raise ExportError(f"{output} already exists; choose a new file.")
    document = anonymised_document(review=review, published=published)
    schema = json.loads(ANONYMISED_SCHEMA_PATH.read_text())
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(document)
    )
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise ExportError(
            f"The anonymised review does not follow its schema at {where}: {error.message}"
        )
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False)
    if leaked := real_names_in(review=review, text=text):
        raise ExportError(
            "Not written: the real name of "
            + ", ".join(leaked)
            + " is still in the review's findings, episodes or recommendations. Add the name to "
            "the register (or decide it in the publication check) and export again."
        )
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("review.json", text)
    partial.replace(output)
    audit_record(
        actor=actor,
        actor_label="" if actor else "console (casewindow export_review --anonymised)",
        action=AuditAction.EXPORT,
        summary=f"Exported the anonymised learning of {review.reference} for pooling",
        review=review,
        obj=review,
        changes={"format": ANONYMISED_FORMAT, "schema_version": ANONYMISED_VERSION},
    )
    return output
