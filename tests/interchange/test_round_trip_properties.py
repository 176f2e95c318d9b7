"""Property: whatever a review holds — text in any script, empty, very long, JSON columns with
odd keys — export → import → export gives the same JSON (ids and this instance's audit chain
aside)."""

import datetime
import itertools
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.evidence.models import ChronologyEntry, DatePrecision
from casewindow.reviews.models import Agency, AgencyKind, Person, PersonCategory, Review
from tests.factories import PartnershipFactory
from tests.interchange.roundtrip import normalised

pytestmark = pytest.mark.django_db

# Any Unicode a browser can send and PostgreSQL can store: no surrogates, no NUL.
CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


def text(max_size: int) -> st.SearchStrategy[str]:
    """Empty, short, or (for long columns) long text."""
    short = st.text(CHARACTERS, max_size=min(max_size, 40))
    if max_size <= 200:
        return short
    long = st.text(CHARACTERS, min_size=1, max_size=20).map(lambda s: (s * 2000)[:max_size])
    return st.one_of(st.just(""), short, long)


def required(max_size: int) -> st.SearchStrategy[str]:
    return text(max_size).filter(lambda s: s.strip() != "")


ENTRY = st.fixed_dictionaries(
    {
        "description": required(10_000),
        "action": text(5_000),
        "source": text(300),
        "date_text": text(100),
        "original_row": st.dictionaries(
            st.text(CHARACTERS, max_size=30), st.text(CHARACTERS, max_size=60), max_size=4
        ),
    }
)
REVIEW = st.fixed_dictionaries(
    {
        "title": required(200),
        "summary": text(5_000),
        "agency": required(200),
        "person": required(200),
        "aliases": st.lists(st.text(CHARACTERS, min_size=1, max_size=30), max_size=3),
        "entries": st.lists(ENTRY, min_size=0, max_size=4),
        "episode_title": required(200),
        "finding": required(500),
        "why_it_matters": text(5_000),
    }
)
_numbers = itertools.count(1)


def _export(reference: str, output: Path) -> dict[str, Any]:
    call_command("export_review", reference, "-o", str(output))
    return json.loads(zipfile.ZipFile(output).read("review.json"))


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(content=REVIEW)
def test_any_review_content_survives_export_import_export(content: dict[str, Any]) -> None:
    number = next(_numbers)
    review = Review.objects.create(
        partnership=PartnershipFactory(),
        reference=f"PROP-{number}",
        title=content["title"],
        summary=content["summary"],
        review_type="lcspr_lt",
    )
    agency = Agency.objects.create(
        review=review, name=content["agency"], kind=AgencyKind.OTHER, publication_label="Agency A"
    )
    person = Person.objects.create(
        review=review,
        real_name=content["person"],
        aliases=content["aliases"],
        category=PersonCategory.CHILD,
        publication_label="Child A",
    )
    for row, entry in enumerate(content["entries"], 2):
        made = ChronologyEntry.objects.create(
            review=review,
            agency=agency,
            row_number=row,
            date_start=datetime.date(2024, 1, row),
            date_end=datetime.date(2024, 1, row),
            date_precision=DatePrecision.DAY,
            **entry,
        )
        made.people.add(person)
    episode = KeyPracticeEpisode.objects.create(
        review=review, number=1, title=content["episode_title"]
    )
    finding = Finding.objects.create(
        review=review,
        number=1,
        statement=content["finding"],
        why_it_matters=content["why_it_matters"],
    )
    finding.episodes.add(episode)

    with tempfile.TemporaryDirectory() as folder:
        first = _export(review.reference, Path(folder) / "first.zip")
        call_command(
            "import_review", str(Path(folder) / "first.zip"), "--reference", f"COPY-{number}"
        )
        second = _export(f"COPY-{number}", Path(folder) / "second.zip")
    assert normalised(first) == normalised(second)
    copy = Review.objects.get(reference=f"COPY-{number}")
    assert copy.title == content["title"]
    assert list(copy.people.values_list("aliases", flat=True)) == [content["aliases"]]
    assert sorted(copy.chronology_entries.values_list("description", flat=True)) == sorted(
        entry["description"] for entry in content["entries"]
    )
