"""The demo review's report: every part present, the reviewers' free-text sections written,
and no professional or member of the review team named."""

import re

import pytest

from casewindow.accounts.models import User
from casewindow.demo.loader import demo_load
from casewindow.demo.when import Y
from casewindow.reports.assembly import NOT_WRITTEN, build_report
from casewindow.reports.sections import FREE_TEXT
from casewindow.reviews.models import PersonCategory

pytestmark = pytest.mark.django_db


def test_demo_report_is_complete_and_names_no_professional():
    review, _created = demo_load()
    content = build_report(review)
    for key in FREE_TEXT:
        assert content.section(key).blocks[0].text != NOT_WRITTEN, key
    assert content.section("introduction-why").blocks[0].text.startswith(Y("In February 2025"))
    assert len(content.section("findings").subsections) == 4
    assert [s.number for s in content.section("recommendations").subsections] == [
        "8.1",
        "8.2",
        "8.3",
    ]
    text = "\n".join(content.strings())
    for person in review.people.filter(category=PersonCategory.PROFESSIONAL):
        for name in (person.real_name, *person.aliases):
            assert not re.search(rf"\b{re.escape(name)}\b", text), name
    for user in User.objects.filter(memberships__review=review):
        assert user.full_name not in text
