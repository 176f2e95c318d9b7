"""Issue 14, part 2, sixth round: structures of judgemental wording the earlier rounds missed,
and hard negatives, as sentences from bench/data/language/tune6.jsonl (written before the rules
that handle them) or written for these tests; none from a held-out set."""

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
        # Counterfactuals without "should".
        (
            "Any check of the police database would have turned up his previous conviction.",
            "counterfactual-conditional",
        ),
        (
            "Had the two teams spoken to each other, Child U need not have died.",
            "counterfactual-conditional",
        ),
        (
            "But for the decision to close the case, Child J would have stayed on the health "
            "visitor's caseload.",
            "counterfactual-conditional",
        ),
        (
            "Child S would still be with us had the school shared its concerns.",
            "counterfactual-conditional",
        ),
        (
            "If the two GP practices had shared the records, nobody would have missed the "
            "pattern of bruising.",
            "counterfactual-conditional",
        ),
        # An imagined better professional, or a better-run setting.
        ("Other nurseries would have reported the bruising at once.", "imagined-professional"),
        (
            "Another school might well have made the referral on the first day.",
            "imagined-professional",
        ),
        (
            "Colleagues in a better-run team would have picked up the referral within the day.",
            "imagined-professional",
        ),
        (
            "Under a more assertive team leader, the plan would have been questioned.",
            "imagined-professional",
        ),
        (
            "In a properly run service, the referral would have been allocated the same day.",
            "imagined-professional",
        ),
        (
            "The situation called for a social worker with far more courage than the one "
            "allocated.",
            "imagined-professional",
        ),
        # Moralising about excuses and duty.
        (
            "Pointing to the new computer system does not absolve the service of its "
            "responsibility for the lost referral.",
            "no-excuse",
        ),
        ("That a teenager was left to sleep in a police station is a disgrace.", "no-excuse"),
        ("Each agency must accept its share of the blame for what happened.", "no-excuse"),
        ("The probation service must own its part in what happened to Child E.", "no-excuse"),
        (
            "Child R had a right to expect that the adults around her would protect her.",
            "no-excuse",
        ),
        (
            "Whatever the pressures, the safety of a child must come first, and here it did not.",
            "no-excuse",
        ),
        ("Child O's welfare was supposed to be paramount, and it was not.", "no-excuse"),
        (
            "Busy though the team was, that is no reason to leave a disclosure unanswered.",
            "no-excuse",
        ),
        ("The local authority has to answer for the drift in this case.", "no-excuse"),
        ("It beggars belief that the baby was discharged to a cold flat.", "no-excuse"),
        ("No amount of workload pressure excuses leaving a baby unseen.", "no-excuse"),
        ("The midwife had every reason to ask, and did not.", "no-excuse"),
        (
            "A moment's thought would have told the officer that the child was at risk.",
            "counterfactual-conditional",
        ),
        (
            "Child V might be alive today if the ambulance had been sent.",
            "counterfactual-conditional",
        ),
        # Inadequacy intensified.
        ("The visits were too infrequent to give any real picture of the home.", "not-enough"),
        (
            "The visits were neither frequent enough nor long enough to see the child properly.",
            "not-enough",
        ),
    ],
)
def test_judgemental_wording_is_flagged_by_its_rule(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # The blame negated, or set against the system.
        "Nobody at the sports club can fairly be said to have ignored the warning signs, since "
        "the club had no designated officer at all.",
        "Nobody was negligent; the referral form simply had no place to record the address.",
        "Nobody ignored the school's email; it went to a shared inbox that no one was monitoring.",
        "Blaming the receptionist would miss the fact that the booking system hid cancellations.",
        # The review's own method.
        "The methodology guards against counterfactual reasoning of the kind that asks what "
        "would have happened if someone had acted differently.",
        "The systems approach looks for the conditions that made good practice difficult rather "
        "than for individuals at fault.",
        "The panel asked what a practitioner could reasonably have known with the information "
        "available then.",
        "The reviewers took care not to assume that a different decision would have led to a "
        "different outcome.",
        "Looking back, the injuries can seem to form an obvious pattern, but they were seen by "
        "different people months apart.",
        "This report does not set out what practitioners should have done.",
        # Someone else's view or admission, reported without quotation marks.
        "The aunt's view was that the social worker had let the family down.",
        "In the mother's account, the health visitor ignored her.",
        "The consultant accepted that she should have asked for a skeletal survey.",
        # Another review's or inspection's finding, and doubt that anyone could have known.
        "The 2015 serious case review concluded that agencies had failed to share information.",
        "The inspection report described the front door's practice as inadequate.",
        "It is unlikely that any practitioner could have predicted the assault.",
        # Look-alikes of the new structures: a circumstance, a family's plans, a busier team.
        "Other agencies would have needed the parents' consent to share.",
        "Another hospital would have taken the baby if the unit had been full.",
        "Another agency would have been better placed to assess the father.",
        "Practitioners in a busier team would have seen more cases like this.",
        "The father was meant to attend the course, but did not.",
        "The mother had the chance to move to a refuge but did not.",
        "That is no reason to think the mother was lying.",
        "The plan called for a social worker to visit weekly.",
        # Factual look-alikes.
        "Child L missed the first week of term because of chickenpox.",
        "The social worker was clearly upset when she described the visit.",
        "The mother failed her driving theory test twice that year.",
        "If the mother had moved to the refuge, the children would have changed school.",
        "The father did not attend enough of the contact sessions to progress to unsupervised "
        "contact.",
        "With a more experienced manager in post, the team would have had more supervision.",
        "One would expect the form to ask about other children in the household.",
    ],
)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    assert rule_ids(text) == []


def test_this_reviews_own_finding_is_still_checked() -> None:
    # Only another review's words are reported speech; this review's own are judged.
    assert "failed-to" in rule_ids("The review concluded that agencies had failed to share it.")


def test_the_review_asking_why_practice_failed_is_still_checked() -> None:
    # An open question ("what could they have known") is method; "why … failed" presumes it.
    assert rule_ids("The panel asked what the nurse could reasonably have known.") == []
    assert "failed-to" in rule_ids("The panel asked why the school had failed to refer.")


def test_a_generic_one_is_not_a_sweeping_no_one() -> None:
    # "One would expect an experienced nurse to …" compares with an imagined professional;
    # only "no one" makes the sweeping point that takes blame back.
    assert rule_ids("One would expect an experienced nurse to ask about the bruise.") == [
        "expected-of-competent"
    ]
