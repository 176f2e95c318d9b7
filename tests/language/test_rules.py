"""The shipped rules: every rule's examples behave as the rules file says (flagged and not
flagged), the file is well-formed, and docs/language-rules.md lists exactly these rules."""

import pytest

from casewindow.language import engine
from casewindow.language.docs import DOC_PATH, rules_markdown
from casewindow.language.engine import CATEGORIES, RulesError, check_language, shipped_rules

RULES = shipped_rules()
FLAG_CASES = [
    pytest.param(rule.id, text, id=f"{rule.id}-flags-{i}")
    for rule in RULES
    for i, text in enumerate(rule.examples_flag)
]
PASS_CASES = [
    pytest.param(rule.id, text, id=f"{rule.id}-passes-{i}")
    for rule in RULES
    for i, text in enumerate(rule.examples_pass)
]


def test_every_rule_has_examples_on_both_sides_and_a_known_category() -> None:
    assert len(RULES) >= 15
    for rule in RULES:
        assert rule.examples_flag, f"{rule.id} has no example it flags"
        assert rule.examples_pass, f"{rule.id} has no example it lets pass"
        assert rule.category in CATEGORIES
        assert rule.explanation and rule.prompt.endswith("?"), rule.id
    assert {rule.category for rule in RULES} == set(CATEGORIES)


@pytest.mark.parametrize(("rule_id", "text"), FLAG_CASES)
def test_the_rule_flags_its_example(rule_id: str, text: str) -> None:
    flags = check_language(text, RULES)

    assert rule_id in [flag.rule_id for flag in flags], (
        f"{rule_id} should flag: {text!r}; got {[(f.phrase, f.rule_id) for f in flags]}"
    )


@pytest.mark.parametrize(("rule_id", "text"), PASS_CASES)
def test_the_rule_lets_its_factual_example_pass(rule_id: str, text: str) -> None:
    flags = check_language(text, RULES)

    assert rule_id not in [flag.rule_id for flag in flags], (
        f"{rule_id} should not flag: {text!r}; got {[(f.phrase, f.rule_id) for f in flags]}"
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The police failed to tell anyone.", "failed to"),
        ("The GP should’ve asked.", "should’ve"),
        ("The GP shouldn't have closed it.", "shouldn't have"),
        ("It was obvious.", "It was obvious"),
        ("She inexplicably left.", "inexplicably"),
        ("A lack of curiosity.", "lack of"),
        ("The team was negligent.", "negligent"),
        ("Nobody asked.", "Nobody"),
        ("They simply forgot.", "simply"),
        ("It was careless.", "careless"),
        ("He didn’t bother to call.", "didn’t bother"),
        ("With hindsight the plan was late.", "With hindsight"),
    ],
)
def test_the_words_the_issue_names_are_flagged_as_written(text: str, phrase: str) -> None:
    assert [flag.phrase for flag in check_language(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Child J missed appointments in March and April.",
        "Mother did not attend the clinic.",
        "The police opened a missing person enquiry.",
        "The registrar noted failure to thrive.",
        "Child T's weight had failed to increase between the six and eight week checks.",
        "The bruising failed to heal, so the GP referred her to the paediatrician.",
    ],
)
def test_factual_uses_are_not_flagged_at_all(text: str) -> None:
    assert check_language(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The health visitor failed to increase the frequency of visits.",
        "The school failed to respond to Mother's email.",
        "The agencies failed to progress the plan.",
    ],
)
def test_a_professional_failing_to_change_something_is_still_flagged(text: str) -> None:
    assert [flag.rule_id for flag in check_language(text)] == ["failed-to"]


def test_a_rule_with_a_broken_pattern_is_refused_with_its_id() -> None:
    data = {
        "version": 1,
        "rules": [
            {"id": "broken", "category": "blame", "patterns": ["fail(ed"], "explanation": "x"}
        ],
    }
    with pytest.raises(RulesError, match="broken"):
        engine._parse_rules(data)


def test_a_rule_with_an_unknown_category_or_a_repeated_id_is_refused() -> None:
    rule = {"id": "a", "category": "blame", "patterns": ["x"], "explanation": "x"}
    with pytest.raises(RulesError, match="category"):
        engine._parse_rules({"rules": [{**rule, "category": "rudeness"}]})
    with pytest.raises(RulesError, match="repeated"):
        engine._parse_rules({"rules": [rule, rule]})


def test_a_pattern_that_matches_empty_text_is_refused() -> None:
    with pytest.raises(RulesError, match="empty"):
        engine._parse_rules(
            {"rules": [{"id": "e", "category": "blame", "patterns": ["x?"], "explanation": "x"}]}
        )


def test_docs_language_rules_md_is_in_sync_with_the_rules_file() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/language-rules.md is out of date: run .venv/bin/python -m casewindow.language.docs"
    )
    text = DOC_PATH.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"(`{rule.id}`)" in text
