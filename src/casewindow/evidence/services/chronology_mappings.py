"""Saved column mappings: which column holds what in an agency's chronologies, remembered for
its next file."""

from collections.abc import Mapping

from django.db import transaction

from casewindow.accounts.actors import Actor
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import (
    ChronologyMapping,
)
from casewindow.reviews.models import Agency


def chronology_mapping_for(*, agency: Agency) -> dict[str, str]:
    saved = ChronologyMapping.objects.filter(agency=agency).first()
    return dict(saved.mapping) if saved else {}


@transaction.atomic
def chronology_mapping_save(
    *, actor: Actor, agency: Agency, mapping: Mapping[str, str]
) -> ChronologyMapping:
    """Remember which column holds what in this agency's chronologies, for its next file."""
    saved, created = ChronologyMapping.objects.get_or_create(
        agency=agency, defaults={"mapping": dict(mapping)}
    )
    before = {} if created else dict(saved.mapping)
    if not created:
        saved.mapping = dict(mapping)
        saved.save(update_fields=["mapping", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        summary=f"Saved the chronology column mapping for {agency.name}",
        review=agency.review,
        obj=saved,
        changes={"mapping": [before or None, dict(mapping)]},
    )
    return saved
