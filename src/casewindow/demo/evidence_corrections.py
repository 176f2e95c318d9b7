"""The demo's corrections to the evidence, made through the same services a reviewer uses: the
chronology files' own text read (as the worker would), one GP entry whose date the practice
corrected, and the nursery's import withdrawn (thought to be the wrong file) and restored."""

import datetime as dt

from casewindow.accounts.models import User
from casewindow.evidence.models import ChronologyEntry, DocumentKind
from casewindow.evidence.services import chronology_entries as entries
from casewindow.evidence.services import chronology_withdrawal as withdrawal
from casewindow.evidence.services import documents as document_services
from casewindow.reviews.models import Review

GP = "Riverside Medical Practice"
NURSERY = "Little Acorns Day Nursery"


def demo_load_corrections(*, review: Review, users: dict[str, User], lead: User) -> None:
    # The imported files are documents too: read their text now, as for the other documents.
    for document in review.documents.filter(kind=DocumentKind.CHRONOLOGY):
        document_services.document_extract_text(document_id=document.pk)

    immunisations = (
        ChronologyEntry.objects.filter(
            review=review, agency__name=GP, description__icontains="immunisations"
        )
        .order_by("row_number")
        .first()
    )
    if immunisations is not None and immunisations.date_start is not None:
        given = immunisations.date_start - dt.timedelta(days=3)
        entries.entry_correct(
            actor=lead,
            entry=immunisations,
            expected_version=immunisations.version,
            values=entries.EntryValues(
                date_text=f"{given:%d/%m/%Y}",
                time=dt.time(10, 40),
                description=immunisations.description,
                action=immunisations.action,
                source=(
                    f"{immunisations.source}; date corrected from the practice's record "
                    "(the chronology gave the day the entry was coded)"
                ).lstrip("; "),
                people_text=immunisations.people_text,
            ),
        )

    nursery = review.chronology_imports.filter(agency__name=NURSERY).first()
    if nursery is not None:
        withdrawal.chronology_import_withdraw(actor=lead, chronology_import=nursery)
        withdrawal.chronology_import_restore(actor=lead, chronology_import=nursery)
