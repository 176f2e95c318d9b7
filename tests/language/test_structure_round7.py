"""Issue 14, part 2, seventh round: judgemental wording the earlier rounds missed (passive
dismissals, rhetorical questions, "were it not for") and hard negatives (a rescheduled event's
due date, "instead of", reported feelings, questions), as sentences from
bench/data/language/tune7.jsonl (written before the rules that handle them) or written for these
tests; none from a held-out set."""

import pytest

from casewindow.language import structure
from casewindow.language.engine import check_language

pytestmark = pytest.mark.skipif(
    not structure.parser_available(), reason="the spaCy English model is not installed"
)


def rule_ids(text: str) -> list[str]:
    return [flag.rule_id for flag in check_language(text)]


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        # Judgement in the passive voice.
        ("Repeated opportunities to intervene were squandered.", "missed"),
        ("The concerns raised by the school were brushed aside.", "did-not-bother"),
        ("The referral was dismissed out of hand.", "did-not-bother"),
        ("Crucial information was withheld from the conference.", "did-not-bother"),
        ("The father's violence was downplayed at every stage.", "did-not-bother"),
        ("The plan was allowed to drift for eleven months.", "inadequate"),
        ("The school's concerns were never acted upon.", "did-not-bother"),
        ("The girl's reports of abuse went unheeded for two years.", "did-not-bother"),
        ("Throughout the period the father's role went unchallenged.", "did-not-bother"),
        ("The assessment was slipshod, relying on a single phone call.", "careless"),
        # Moralising about excuses and duty.
        (
            "Staff shortages are a reason, not an excuse, for leaving the referral unread.",
            "no-excuse",
        ),
        ("The council failed in its most basic duty to a child in its care.", "failed-to"),
        ("The boy fell through the cracks between the two authorities.", "inadequate"),
        # Rhetorical questions about the past.
        (
            "How could no one have noticed that the baby had not been seen for two months?",
            "how-could-no-one",
        ),
        (
            "How was it possible that four agencies knew of the injuries and none acted?",
            "how-could-no-one",
        ),
        ("Why was nothing done after the second injury?", "how-could-no-one"),
        # Comparison with a better colleague who would have acted.
        (
            "Unlike her more experienced colleague, the student midwife did not ask about the "
            "bruise.",
            "imagined-professional",
        ),
        # Counterfactuals without "should".
        (
            "Were it not for the delay at the front door, the strategy discussion would have "
            "been held before the weekend.",
            "counterfactual-conditional",
        ),
        (
            "Child P's injuries would have been spotted at the six-week check had the baby been "
            "undressed.",
            "counterfactual-conditional",
        ),
    ],
)
def test_judgemental_wording_is_flagged_by_its_rule(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # A due date beside what happened instead: a fact about a timetable.
        "The appointment should have been on 3 May but was moved to 10 May at the clinic's "
        "request.",
        "The conference, which should have taken place in June, was held in July because the "
        "chair was ill.",
        "The review of the plan, which should have taken place in the summer holidays, was held "
        "in September.",
        "The transfer-in conference should have been held by 1 October but was postponed at the "
        "new authority's request.",
        # The blame set aside, or named as a question.
        "Instead of a hunt for the person who should have acted, the panel explored what made "
        "acting feel risky in that duty team over the winter.",
        "At the practitioner event, people were asked to describe the information on their "
        "desks at the time, not what they should have known.",
        "The review's terms of reference did not include the question of whether any "
        "individual was at fault.",
        "To describe the assessment as complacent would be to ignore the pressure the team was "
        "under.",
        "The delays reflect the design of the referral pathway, not the carelessness of the staff.",
        "Looking back, the review could see a pattern that was not visible to anyone at the time.",
        # Somebody else's view, and questions and duties for the future.
        "The family feel that the professionals failed them.",
        "The girl's mother asked the panel why the police had ignored her calls.",
        "Neither the GP nor the health visitor can be said to have failed the family.",
        "Describing the plan as inadequate would overlook how little the team was told.",
        "We have tried not to write as if the outcome was obvious from the start.",
        "Commissioners should have regard to the findings of this review when the contract is "
        "renewed.",
        "Practitioners should not have to rely on memory to know that a child has a plan.",
        "Is the partnership assured that pharmacies know whom to tell about missed collections?",
        "How could the health visitor have known about the new partner?",
        # Look-alike words used for facts.
        "The pharmacist recorded clearly that the prescription had been collected.",
        "Consent to share the records was withheld by the father.",
        "The father played down his drinking when the health visitor asked about it.",
    ],
)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    assert rule_ids(text) == []


def test_a_due_date_that_was_simply_missed_is_still_flagged() -> None:
    # Only a due date beside what happened instead is a fact; "but was not" is the verdict.
    assert rule_ids("The strategy discussion should have been held on 3 May but was not.")


def test_a_due_date_said_of_a_practitioner_is_still_flagged() -> None:
    assert "should-have" in rule_ids(
        "The social worker should have visited on 3 May but went to another case instead."
    )


def test_a_question_about_the_future_is_not_a_rhetorical_question() -> None:
    assert "how-could-no-one" not in rule_ids(
        "How will the partnership know that no one is waiting more than a week?"
    )


def test_a_better_colleague_who_did_the_same_is_not_a_judgement() -> None:
    assert "imagined-professional" not in rule_ids(
        "Unlike her more experienced colleague, the student midwife asked about the bruise."
    )


def test_a_condition_about_asking_is_not_a_reported_question() -> None:
    assert "counterfactual-conditional" in rule_ids(
        "Had the custody sergeant asked whether there were children at home, the toddler "
        "would not have been left alone overnight."
    )
