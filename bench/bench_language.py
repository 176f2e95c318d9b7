"""The language check of a long report: 30,000 words of believable review prose with hindsight
and blame wording sprinkled through it, checked with the shipped rules plus a partnership's
phrases. Target: well under a second (300 ms)."""

import statistics
import time

WORDS = 30_000
REPEATS = 7
TARGET_MS = 300

_PARAGRAPH = (
    "The health visitor saw Child J and Mother at home on 3 October and noted that a new "
    "partner was staying. The social worker failed to invite the health visitor to the "
    "strategy discussion, which went ahead by telephone within two hours. With hindsight the "
    "risk was plain to see, but at the time the records did not mention the partner. Child J "
    "missed two appointments at the clinic in November. No one agency held the whole picture, "
    "and nobody checked whether the bail conditions were still in force. The GP should have "
    "asked about the new partner. Mother was described as non-compliant in the case notes.\n"
)


def _report() -> str:
    per = len(_PARAGRAPH.split())
    return _PARAGRAPH * (WORDS // per + 1)


def run() -> list[dict]:
    from casewindow.language.engine import Rule, check_language, phrase_pattern, shipped_rules

    rules = (
        *shipped_rules(),
        Rule.build(
            id="local-bench",
            category="judgement",
            title="non-compliant",
            patterns=(phrase_pattern("non-complian*"),),
            explanation="Puts the difficulty on the family.",
            prompt="What got in the way of engagement?",
        ),
    )
    text = _report()
    words = len(text.split())
    timings = []
    flags = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        flags = check_language(text, rules)
        timings.append((time.perf_counter() - started) * 1000)
    clean = "The health visitor saw Child J at home and recorded the visit. " * (WORDS // 12)
    clean_timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        check_language(clean, rules)
        clean_timings.append((time.perf_counter() - started) * 1000)
    return [
        {"name": "report size", "value": words, "unit": "words"},
        {"name": "rules", "value": len(rules), "unit": "rules"},
        {"name": "flags found", "value": len(flags), "unit": "flags"},
        {
            "name": "check, median (report with many flags)",
            "value": statistics.median(timings),
            "unit": "ms",
            "target": TARGET_MS,
        },
        {
            "name": "check, median (clean report)",
            "value": statistics.median(clean_timings),
            "unit": "ms",
            "target": TARGET_MS,
        },
    ]
