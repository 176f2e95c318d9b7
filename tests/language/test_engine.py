"""The matcher: offsets into the original text, case, word boundaries, no overlaps."""

import itertools

from casewindow.language.engine import (
    Rule,
    check_language,
    line_and_column,
    phrase_pattern,
    sentence_around,
)


def test_offsets_point_into_the_original_text() -> None:
    text = "Line one.\n  The HV Failed To visit; it was OBVIOUS, said nobody.\r\nEnd."

    flags = check_language(text)

    assert [(f.phrase, f.rule_id) for f in flags] == [
        ("Failed To", "failed-to"),
        ("it was OBVIOUS", "obvious-at-the-time"),
        ("nobody", "no-one"),
    ]
    for flag in flags:
        assert text[flag.start : flag.end] == flag.phrase


def test_offsets_count_characters_not_bytes() -> None:
    text = "Ça—«naïve» 😀 failed to"
    (first, second) = check_language(text)
    assert text[first.start : first.end] == "naïve"
    assert text[second.start : second.end] == "failed to"


def test_matches_stop_at_word_boundaries() -> None:
    assert check_language("She relaxed. The lacquer was unfailing. Missedmeaning.") == []
    assert [f.phrase for f in check_language("It was lax.")] == ["lax"]


def test_flags_never_overlap_and_the_longer_phrase_wins() -> None:
    text = "It was obviously clear it was obvious and should have been obvious."
    flags = check_language(text)
    for before, after in itertools.pairwise(flags):
        assert before.end <= after.start
    phrases = [f.phrase for f in flags]
    assert "it was obvious" in phrases
    assert "should have been obvious" in phrases


def test_each_flag_carries_its_rule_explanation_prompt_and_sentence() -> None:
    text = "First sentence. The worker missed the bruise! Last one."
    (flag,) = check_language(text)

    assert flag.rule_id == "missed"
    assert flag.category == "blame"
    assert flag.explanation and flag.prompt
    assert flag.sentence == "The worker missed the bruise!"
    assert flag.to_json() == {
        "start": text.index("missed"),
        "end": text.index("missed") + len("missed"),
        "phrase": "missed",
        "rule": "missed",
        "category": "blame",
        "explanation": flag.explanation,
        "prompt": flag.prompt,
    }


def test_empty_text_has_no_flags() -> None:
    assert check_language("") == []


def test_a_partnership_phrase_matches_any_case_spacing_and_ending() -> None:
    rule = Rule.build(
        id="local-1",
        category="judgement",
        title="non-compliant",
        patterns=(phrase_pattern("non-complian*"),),
        explanation="x",
        prompt="What got in the way of engagement?",
    )
    text = "Mother was NON-COMPLIANT; her non-compliance was noted. Compliant later."

    assert [f.phrase for f in check_language(text, [rule])] == ["NON-COMPLIANT", "non-compliance"]
    two_words = Rule.build(
        id="local-2",
        category="blame",
        title="x",
        patterns=(phrase_pattern("didn't engage"),),
        explanation="x",
        prompt="x?",
    )
    assert len(check_language("She didn’t   engage.", [two_words])) == 1


def test_line_and_column_are_one_based() -> None:
    text = "ab\ncd failed to"
    assert line_and_column(text, text.index("failed")) == (2, 4)
    assert line_and_column(text, 0) == (1, 1)


def test_sentence_around_tidies_spaces() -> None:
    text = "One.  Two  words\n here. Three."
    assert sentence_around(text, text.index("Two"), text.index("Two") + 3) == "Two words"


def test_offsets_hold_when_lower_case_changes_a_characters_length() -> None:
    text = "İstanbul office: the worker FAILED TO visit."
    (flag,) = check_language(text)
    assert text[flag.start : flag.end] == "FAILED TO"


def test_a_rule_pattern_with_capitals_is_refused() -> None:
    import pytest

    from casewindow.language.engine import RulesError

    with pytest.raises(RulesError, match="lower case"):
        Rule.build(
            id="x", category="blame", title="x", patterns=("Failed",), explanation="", prompt=""
        )
    # An escape such as \S is not a capital letter.
    Rule.build(id="y", category="blame", title="y", patterns=(r"a\Sb",), explanation="", prompt="")


def test_literal_anchors_skip_no_match_that_the_full_scan_finds() -> None:
    """A pattern is skipped when none of its literal anchors is in the text; the anchors are
    sound: the flags are the same as with every pattern scanned."""
    import dataclasses

    from casewindow.language.engine import check_language, shipped_rules

    rules = shipped_rules()
    plain = tuple(dataclasses.replace(rule, anchors=()) for rule in rules)
    texts = [text for rule in rules for text in (*rule.examples_flag, *rule.examples_pass)]
    texts.append(" ".join(texts))
    for text in texts:
        assert [(f.start, f.end, f.rule_id) for f in check_language(text, rules)] == [
            (f.start, f.end, f.rule_id) for f in check_language(text, plain)
        ]
    assert sum(a is not None for rule in rules for a in rule.anchors) > 0.9 * sum(
        len(rule.patterns) for rule in rules
    )
