"""Finding a coded passage again after its text has changed."""

from casewindow.analysis.anchoring import anchor, context_around

TEXT = (
    "The health visitor called on Monday. Mother said the baby had been unsettled. "
    "The health visitor noted a small bruise on the baby's cheek and was told he had "
    "rolled into the cot bars. She had 31 visits that week and did not refer."
)
QUOTE = "noted a small bruise on the baby's cheek"


def _coded(text: str = TEXT, quote: str = QUOTE) -> tuple[int, str, str]:
    start = text.index(quote)
    prefix, suffix = context_around(text, start, start + len(quote))
    return start, prefix, suffix


def test_exact_at_the_old_place():
    start, prefix, suffix = _coded()
    assert anchor(TEXT, QUOTE, prefix, suffix, start) == (start, start + len(QUOTE))


def test_text_shifted_by_an_insertion_before():
    start, prefix, suffix = _coded()
    changed = "Summary of contact. " + TEXT
    found = anchor(changed, QUOTE, prefix, suffix, start)
    assert found is not None
    assert changed[found[0] : found[1]] == QUOTE


def test_several_occurrences_context_decides():
    text = "She was seen. The health visitor called. Later the social worker called."
    quote = "called"
    second = text.rindex(quote)
    prefix, suffix = context_around(text, second, second + len(quote))
    shifted = "Note. " + text
    found = anchor(shifted, quote, prefix, suffix, second)
    assert found == (shifted.rindex(quote), shifted.rindex(quote) + len(quote))


def test_several_occurrences_without_context_nearest_to_hint():
    text = "called x called y called"
    assert anchor(text, "called", "", "", 15) == (18, 24)
    assert anchor(text, "called", "", "", 7) == (9, 15)


def test_whitespace_changed_by_re_extraction():
    start, prefix, suffix = _coded()
    changed = TEXT.replace("small bruise on", "small\nbruise  on")
    found = anchor(changed, QUOTE, prefix, suffix, start)
    assert found is not None
    assert changed[found[0] : found[1]] == "noted a small\nbruise  on the baby's cheek"


def test_a_word_changed_is_found_fuzzily():
    start, prefix, suffix = _coded()
    changed = TEXT.replace("small bruise", "little bruise")
    found = anchor(changed, QUOTE, prefix, suffix, start)
    assert found is not None
    assert "bruise on the baby" in changed[found[0] : found[1]]


def test_passage_deleted_is_not_found():
    start, prefix, suffix = _coded()
    changed = TEXT.replace(
        "The health visitor noted a small bruise on the baby's cheek and was told he had "
        "rolled into the cot bars. ",
        "",
    )
    assert anchor(changed, QUOTE, prefix, suffix, start) is None


def test_empty_text_or_quote():
    assert anchor("", QUOTE) is None
    assert anchor(TEXT, "") is None


def test_hint_beyond_the_end_of_shorter_text():
    start, prefix, suffix = _coded()
    assert anchor(QUOTE, QUOTE, prefix, suffix, start) == (0, len(QUOTE))


def test_short_quote_not_matched_fuzzily():
    assert anchor(TEXT, "cheeks", "", "", 0) is None
