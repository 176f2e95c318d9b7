"""Issue 14, part 2, eighth round: blame verbs used of things and of a family's timetable, not
of anyone's practice, from bench/data/language/tune8.jsonl (written before these rules) or
written for these tests; none from a held-out set. The same verbs used of practice stay
flagged."""

import pytest

from casewindow.language import structure
from casewindow.language.engine import check_language

pytestmark = pytest.mark.skipif(
    not structure.parser_available(), reason="the spaCy English model is not installed"
)


def rule_ids(text: str) -> list[str]:
    return [flag.rule_id for flag in check_language(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A tool, record or process as the subject
        "The police system failed to link the two addresses because one postcode was mistyped.",
        "The electronic record failed to show the alert to the ambulance crew.",
        "The referral pathway failed to capture concerns raised out of hours.",
        # A child's or family's timetable
        "Child K missed four of the six dental appointments offered between May and September.",
        "The case was closed after the family missed the second early help review.",
        "Mother missed the bus and arrived late to the conference.",
        "The missed-appointment letter was sent to the old address.",
        # Living conditions, and a method sentence where "to" opens the next question
        "A lack of heating, food and clean clothing was recorded on the first visit.",
        "The focus moves from who failed to why practice unfolded as it did.",
        # Method text about the question itself, a trap named, a tool that "simply" lacked
        "Asking why a professional missed something tends to close the inquiry too early.",
        "Reviews can slip into asking why someone failed to act.",
        "A common trap in reviews is to list every point at which someone could have acted"
        " differently.",
        "The practice's recall list simply did not include children in temporary housing.",
        # A word argued against, and a reading set aside
        "To call the GP's response inadequate would ignore the ten-minute appointment she had.",
        "The panel took care not to treat earlier signs as obvious.",
    ],
)
def test_blame_words_not_about_practice_are_not_flagged(text: str) -> None:
    assert rule_ids(text) == []


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("The social worker failed to see the children alone.", "failed-to"),
        ("The health visitor missed the significance of the weight loss.", "missed"),
        ("The assessment failed to consider the new partner.", "failed-to"),
        ("Mother missed the signs that her partner was violent.", "missed"),
        ("The school failed to tell the social worker that Child K had left.", "failed-to"),
        ("Professionals missed the opportunity to see the baby at home.", "missed"),
        ("There was a lack of professional curiosity about the new partner.", "lack-of"),
        ("The panel asked why the social worker had failed to visit.", "failed-to"),
        ("The social worker could simply have phoned the police.", "simply"),
        ("To call the assessment inadequate would be fair.", "inadequate"),
    ],
)
def test_the_same_words_about_practice_stay_flagged(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)
