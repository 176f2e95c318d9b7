"""Narrative sections and perspectives, made through the services (so each has its history)."""

from typing import Any

from casewindow.analysis.models import AgencyPerspective, NarrativeSection
from casewindow.analysis.services import narrative as services


def narrative_section(review: Any, actor: Any, **values: Any) -> NarrativeSection:
    defaults = {
        "title": "Pregnancy to birth",
        "period_text": "March to June 2024",
        "period_start": None,
        "period_end": None,
        "body": "The family was known to universal services only.",
    }
    return services.section_save(
        actor=actor,
        review=review,
        section=None,
        values={**defaults, **values},
        expected_version=None,
    )


def narrative_section_with_perspective(review: Any, agency: Any, actor: Any) -> AgencyPerspective:
    section = narrative_section(review, actor)
    return services.perspective_save(
        actor=actor,
        section=section,
        perspective=None,
        agency=agency,
        body="The health visitor saw a tired but coping mother.",
        expected_version=None,
    )
