"""The demo review's language check: Northbridge's own phrase and one dismissed flag."""

import pytest

from casewindow.demo.loader import demo_load
from casewindow.language.models import Dismissal, PartnershipRule
from casewindow.language.selectors import LanguageCheck, review_language_check

pytestmark = pytest.mark.django_db


def test_demo_has_a_partnership_phrase_and_a_dismissed_flag() -> None:
    review, _created = demo_load()

    rule = PartnershipRule.objects.get(partnership=review.partnership)
    assert rule.phrase == "non-complian*" and rule.active
    dismissal = Dismissal.objects.get(review=review)
    assert dismissal.rule_id == "no-one" and dismissal.reason.startswith("Factual")
    check = LanguageCheck(review)
    assert rule.rule_id in check.rule_ids
    flags = [
        flag
        for obj in review_language_check(review=review, check=check)
        for text in obj.texts
        for flag in text.flags
    ]
    assert [f.phrase for f in flags if f.dismissed] == ["Nobody"]
    assert len(flags) > 1  # the demo's analysis still has wording worth a second look

    demo_load(reset=True)
    assert PartnershipRule.objects.filter(partnership=review.partnership).count() == 1
