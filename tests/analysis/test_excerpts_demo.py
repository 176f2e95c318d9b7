"""The demo's coded excerpts load from the demo review's evidence."""

import pytest

from casewindow.analysis.models import Excerpt, ExcerptSource
from casewindow.analysis.services.excerpts import excerpt_locate, unit_for_excerpt
from casewindow.demo.analysis_excerpts import EXCERPTS
from casewindow.demo.loader import demo_load


@pytest.mark.django_db
def test_demo_excerpts_load_from_every_kind_of_source():
    review, _ = demo_load()  # codes the excerpts through demo_load_excerpts
    created = list(Excerpt.objects.filter(review=review))
    assert len(created) == len(EXCERPTS)
    assert 8 <= len(created) <= 12
    sources = set(Excerpt.objects.filter(review=review).values_list("source", flat=True))
    assert sources == {ExcerptSource.DOCUMENT, ExcerptSource.CONVERSATION, ExcerptSource.CHRONOLOGY}
    for excerpt in created:
        unit = unit_for_excerpt(excerpt)
        assert unit is not None
        assert excerpt_locate(excerpt, unit.text) == (excerpt.start, excerpt.end)
        assert excerpt.memo and excerpt.factor_keys
