"""The partnership's agency directory: agencies kept once and added to reviews from the list."""

from typing import Any

from django.db import transaction

from casewindow.accounts.models import Partnership, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.models import DirectoryAgency
from casewindow.reviews.models import Agency, Review
from casewindow.reviews.services import agency_save

DIRECTORY_FIELDS = ("name", "kind", "safeguarding_lead", "safeguarding_lead_email")


class DirectoryRefused(ValueError):
    pass


@transaction.atomic
def directory_agency_save(
    *,
    actor: User,
    partnership: Partnership,
    values: dict[str, Any],
    agency: DirectoryAgency | None = None,
) -> DirectoryAgency:
    """Add an agency to the partnership's directory, or change one. Names are unique."""
    name = values["name"].strip()
    taken = partnership.directory_agencies.filter(name__iexact=name)
    if agency is not None:
        taken = taken.exclude(pk=agency.pk)
    if taken.exists():
        raise DirectoryRefused(f"The directory already has an agency called {name}")
    creating = agency is None
    agency = agency or DirectoryAgency(partnership=partnership)
    for field in DIRECTORY_FIELDS:
        setattr(agency, field, values.get(field, "") if field != "name" else name)
    agency.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        summary=f"{'Added' if creating else 'Changed'} {name} in the agency directory of "
        f"{partnership.name}",
        obj=agency,
        changes={field: str(getattr(agency, field)) for field in DIRECTORY_FIELDS},
    )
    return agency


def _contact(entry: DirectoryAgency) -> str:
    if entry.safeguarding_lead and entry.safeguarding_lead_email:
        return f"{entry.safeguarding_lead} <{entry.safeguarding_lead_email}>"
    return entry.safeguarding_lead or entry.safeguarding_lead_email


@transaction.atomic
def review_agencies_add_from_directory(
    *, actor: User, review: Review, entries: list[DirectoryAgency]
) -> list[Agency]:
    """Add directory agencies to a review (name, kind, and the named safeguarding lead as the
    review contact). One the review already has, by name, is left as it is."""
    have = {name.lower() for name in review.agencies.values_list("name", flat=True)}
    added = []
    for entry in entries:
        if entry.partnership_id != review.partnership_id:
            raise DirectoryRefused("That agency is not in this partnership's directory")
        if entry.name.lower() in have:
            continue
        added.append(
            agency_save(
                actor=actor,
                review=review,
                values={"name": entry.name, "kind": entry.kind, "contact": _contact(entry)},
            )
        )
        have.add(entry.name.lower())
    return added
