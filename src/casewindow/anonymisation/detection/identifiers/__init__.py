"""Rule-based recognisers for the personal data a case review holds that a general-purpose
detector misses or over-reports: UK identifiers with their check rules (NHS number modulus 11,
National Insurance number prefix rules, postcode format), UK phone numbers, e-mail addresses,
dates of birth told apart from the ordinary dates of events, street addresses and named
schools, GP practices and hospitals.

Each function takes the text and yields `Span`s with character offsets into it. The functions
are plain Python (fast, testable alone); `engine.py` wraps them as a Presidio recogniser."""

from __future__ import annotations

from casewindow.anonymisation.detection.identifiers.addresses import find_addresses
from casewindow.anonymisation.detection.identifiers.codes import (
    find_dates_of_birth,
    find_emails,
    find_nhs_numbers,
    find_ni_numbers,
    find_online_handles,
    find_phone_numbers,
    nhs_number_valid,
    ni_number_valid,
)
from casewindow.anonymisation.detection.identifiers.organisations import (
    find_organisations,
    org_kind,
)
from casewindow.anonymisation.detection.identifiers.postcodes import (
    find_outward_codes,
    find_postcodes,
)
from casewindow.anonymisation.detection.identifiers.spans import LABELS, Span

__all__ = [
    "LABELS",
    "RECOGNISERS",
    "Span",
    "find_addresses",
    "find_dates_of_birth",
    "find_emails",
    "find_identifiers",
    "find_nhs_numbers",
    "find_ni_numbers",
    "find_online_handles",
    "find_organisations",
    "find_outward_codes",
    "find_phone_numbers",
    "find_postcodes",
    "nhs_number_valid",
    "ni_number_valid",
    "org_kind",
]


RECOGNISERS = (
    find_nhs_numbers,
    find_ni_numbers,
    find_postcodes,
    find_outward_codes,
    find_phone_numbers,
    find_emails,
    find_dates_of_birth,
    find_addresses,
    find_organisations,
    find_online_handles,
)


def find_identifiers(text: str) -> list[Span]:
    spans: list[Span] = []
    for recogniser in RECOGNISERS:
        spans.extend(recogniser(text))
    return spans
