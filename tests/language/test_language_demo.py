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
    dismissal = Dismissal.objects.get(review=review, context_key__startswith="finding:")
    assert dismissal.rule_id == "no-one" and dismissal.reason.startswith("Factual")
    check = LanguageCheck(review)
    assert rule.rule_id in check.rule_ids
    flags = [
        flag
        for obj in review_language_check(review=review, check=check)
        for text in obj.texts
        for flag in text.flags
    ]
    # The finding's "nobody" ("a condition nobody checks"). Maternal grandmother's quoted words
    # (“should have listened”) in the report's own text are no longer flagged at all: the
    # check skips quotations.
    assert [f.phrase.lower() for f in flags if f.dismissed] == ["nobody"]
    assert not [f for f in flags if "listened" in f.sentence]
    assert len(flags) > 1  # the demo's analysis still has wording worth a second look

    demo_load(reset=True)
    assert PartnershipRule.objects.filter(partnership=review.partnership).count() == 1


def test_demo_draft_2_has_wording_to_check_and_its_quotation_is_not_flagged() -> None:
    from casewindow.drafts.models import Draft
    from casewindow.language.selectors import flags_for_report
    from casewindow.reports.assembly import build_report

    review, _created = demo_load()
    draft = Draft.objects.get(review=review, number=2)

    checked = flags_for_report(
        review=review, content=draft.report, context_prefix=f"draft:{draft.uuid}"
    )
    family = f"draft:{draft.uuid}:methodology-family"
    assert [f for t in checked if t.context_key == family for f in t.flags] == []
    open_phrases = [f.phrase for t in checked for f in t.open_flags]
    assert "With hindsight" in open_phrases
    # Nor in the working report: a quotation is the speaker's words, not the reviewer's.
    working = flags_for_report(review=review, content=build_report(review), context_prefix="report")
    assert [
        f for t in working if t.context_key == "report:methodology-family" for f in t.flags
    ] == []
