"""A small review with an uploaded document, quicker than the demo for the checks that need a
file."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from casewindow.evidence.models import SourceDocument
from casewindow.reviews.models import Review
from tests.factories import AgencyFactory, MembershipFactory, ReviewFactory


@pytest.fixture
def media(settings: pytest.FixtureRequest, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"  # type: ignore[attr-defined]
    return tmp_path / "media"


@pytest.fixture
def small_review(media: Path) -> Review:
    review = ReviewFactory(reference="SMALL-1")
    MembershipFactory(review=review)
    agency = AgencyFactory(review=review)
    document = SourceDocument(
        review=review,
        agency=agency,
        kind="other",
        title="Strategy meeting minutes",
        original_filename="minutes.txt",
        file_type="txt",
        size=24,
        sha256="0" * 64,
    )
    document.file.save("minutes.txt", ContentFile(b"Strategy meeting minutes"), save=False)
    document.save()
    return review
