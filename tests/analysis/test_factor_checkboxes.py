"""Contributory factors are chosen with checkboxes grouped by layer, never a multi-select that
needs Ctrl-click."""

import pytest

from casewindow.analysis.forms.excerpts import ExcerptCodeForm
from tests.world import ReviewWorld


@pytest.mark.django_db
def test_factors_are_checkboxes_under_their_layer(review_world: ReviewWorld) -> None:
    html = str(ExcerptCodeForm(review=review_world.review)["factor_keys"].as_field_group())

    assert "<select" not in html
    assert "Ctrl" not in html
    assert 'type="checkbox" value="personal/mindset-and-reasoning-at-the-time"' in html
    assert 'cw-checkbox-group__legend">Personal (staff) aspects</legend>' in html


@pytest.mark.django_db
def test_ticked_factors_are_kept_when_the_form_is_shown_again(review_world: ReviewWorld) -> None:
    form = ExcerptCodeForm(
        {"passage": "", "factor_keys": ["family", "personal"]}, review=review_world.review
    )
    assert not form.is_valid()

    html = str(form["factor_keys"].as_field_group())

    assert 'value="family" checked' in html
    assert 'value="personal" checked' in html
    assert 'value="role" checked' not in html
