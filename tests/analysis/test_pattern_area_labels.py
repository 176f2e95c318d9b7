"""A pattern area's finding category is shown beside its name only where it adds something:
the findings pages do not repeat "Family-professional interaction" under "Family-professional
interactions"."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.analysis.framework import pattern_areas
from tests.analysis.factories import FindingFactory
from tests.pages import main_text
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def test_labels_name_the_category_only_where_it_adds_to_the_name() -> None:
    areas = pattern_areas()

    assert areas["family-professional"].label == "Family-professional interactions"
    assert areas["human-tool"].label == "Human-tool operation"
    assert areas["longer-term"].label == "Multi-agency working in assessment and longer-term work"
    assert areas["human-reasoning"].label == (
        "Human judgement and reasoning (Human reasoning (cognitive and emotional biases))"
    )


@pytest.mark.django_db
def test_the_findings_page_does_not_repeat_an_areas_name_in_its_caption(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    finding = FindingFactory(review=review_world.review, pattern_area="family-professional")
    ref = review_world.review.reference

    listing = main_text(
        client_for(review_world.reviewer).get(reverse("analysis:finding_list", args=[ref]))
    )
    detail = main_text(
        client_for(review_world.reviewer).get(
            reverse("analysis:finding_detail", args=[ref, finding.uuid])
        )
    )

    assert "Family-professional interactions" in listing
    assert listing.count("Family-professional interaction") == 1
    assert "Systems finding: Family-professional interactions" in detail
    assert "(Family-professional interaction)" not in detail
