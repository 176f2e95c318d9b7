"""Reads for the language check: the rules in force for a partnership or a review, and the
flags of a text with the reviewers' dismissals applied.

Other pages call `flags_for(review=..., context_key=..., text=...)` (or build one
`LanguageCheck` for a page that checks many texts) and render the result with the
`language/_flagged_text.html` include or the `{% flagged_text %}` tag."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from casewindow.analysis.selectors.texts import analysis_texts
from casewindow.language.engine import (
    CATEGORIES,
    Flag,
    Rule,
    RulesError,
    check_language,
    phrase_pattern,
    shipped_rules,
)
from casewindow.language.models import Dismissal, PartnershipRule, ShippedRuleSwitchOff
from casewindow.reports.selectors.texts import report_section_texts
from casewindow.reviews.models import Review
from casewindow.reviews.texts import ReviewTextSource


def partnership_rule_as_rule(rule: PartnershipRule) -> Rule:
    return Rule.build(
        id=rule.rule_id,
        category=rule.category,
        title=f"“{rule.phrase}” (your partnership)",
        patterns=(phrase_pattern(rule.phrase),),
        explanation=rule.explanation,
        prompt=rule.prompt,
        source="partnership",
    )


def rules_for_partnership(partnership: Any) -> tuple[Rule, ...]:
    """The shipped rules the partnership has not switched off, then its own active rules."""
    if partnership is None:
        return shipped_rules()
    switched_off = set(
        ShippedRuleSwitchOff.objects.filter(partnership=partnership).values_list(
            "rule_id", flat=True
        )
    )
    rules = [rule for rule in shipped_rules() if rule.id not in switched_off]
    for own in PartnershipRule.objects.filter(partnership=partnership, active=True):
        try:
            rules.append(partnership_rule_as_rule(own))
        except RulesError:
            continue  # a phrase saved before a validation change; the rules page shows it
    return tuple(rules)


def rules_for_review(review: Review) -> tuple[Rule, ...]:
    return rules_for_partnership(getattr(review, "partnership", None))


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _dismissal_key(
    context_key: str, rule_id: str, phrase: str, sentence: str
) -> tuple[str, str, str, str]:
    return (context_key, rule_id, _normalise(phrase), _normalise(sentence))


class LanguageCheck:
    """The rules and dismissals of one review, loaded once, for checking many texts."""

    def __init__(self, review: Review, *, rules: tuple[Rule, ...] | None = None) -> None:
        self.review = review
        self.rules = rules if rules is not None else rules_for_review(review)
        self.rule_ids = {rule.id for rule in self.rules}
        self._dismissals: dict[tuple[str, str, str, str], Dismissal] = {}
        for dismissal in Dismissal.objects.filter(review=review).select_related("dismissed_by"):
            key = _dismissal_key(
                dismissal.context_key, dismissal.rule_id, dismissal.phrase, dismissal.sentence
            )
            self._dismissals.setdefault(key, dismissal)

    def flags(self, context_key: str, text: str) -> list[Flag]:
        """Every flag of `text`, each marked dismissed (with its dismissal) or not."""
        result = []
        for flag in check_language(text or "", self.rules):
            dismissal = self._dismissals.get(
                _dismissal_key(context_key, flag.rule_id, flag.phrase, flag.sentence)
            )
            result.append(replace(flag, dismissed=True, dismissal=dismissal) if dismissal else flag)
        return result


def flags_for(*, review: Review, context_key: str, text: str) -> list[Flag]:
    """The flags of one text of a review (shipped rules + the partnership's), with `dismissed`
    and `dismissal` (reason, who, when) set for those a reviewer has dismissed."""
    return LanguageCheck(review).flags(context_key, text)


def category_counts(flags: list[Flag]) -> list[tuple[str, str, int]]:
    """(category key, label, count) for every category, in the documented order."""
    counts = Counter(flag.category for flag in flags)
    return [(key, label, counts.get(key, 0)) for key, label in CATEGORIES.items()]


@dataclass(frozen=True)
class Segment:
    text: str
    flag: Flag | None = None
    number: int = 0


def segments(text: str, flags: list[Flag]) -> list[Segment]:
    """The text cut into plain pieces and flagged phrases (numbered from 1), for marking up."""
    pieces: list[Segment] = []
    position = 0
    for number, flag in enumerate(flags, start=1):
        if flag.start > position:
            pieces.append(Segment(text[position : flag.start]))
        pieces.append(Segment(text[flag.start : flag.end], flag, number))
        position = flag.end
    if position < len(text):
        pieces.append(Segment(text[position:]))
    return pieces


# --- every text of the review -------------------------------------------------------------


@dataclass
class CheckedText:
    label: str
    context_key: str
    text: str
    flags: list[Flag]
    part: int = 0  # which piece of the key's text (paragraph, item), for unique page anchors
    edit_url: str = ""  # where this text is changed, when that is not its object's page

    @property
    def open_flags(self) -> list[Flag]:
        return [flag for flag in self.flags if not flag.dismissed]


@dataclass
class CheckedObject:
    kind: str  # shown: "Finding", "Case-specific learning", "Key practice episode"…
    area: str  # "finding", "episode", "recommendation", "report" or "narrative"
    title: str
    url: str
    texts: list[CheckedText]
    edit_url: str = ""  # where the text is changed, if not at `url`
    edit_permission: str = ""  # what changing it needs (the page shows the link only then)
    hidden_note: str = ""  # why some of its texts were left out of the check


def block_texts(
    *, check: LanguageCheck, context_key: str, label: str, strings: Any
) -> list[CheckedText]:
    """One entry per piece of text (paragraph, heading, list item) a reader sees, all under one
    context key, each with its flags; `part` numbers them so each has its own page anchor."""
    return [
        CheckedText(
            label=label,
            context_key=context_key,
            text=text,
            flags=check.flags(context_key, text),
            part=part,
        )
        for part, text in enumerate(strings, start=1)
    ]


def _checked(source: ReviewTextSource, check: LanguageCheck) -> CheckedObject:
    texts: list[CheckedText] = []
    for text in source.texts:
        if text.numbered:
            pieces = block_texts(
                check=check, context_key=text.context_key, label=text.label, strings=text.pieces
            )
        else:
            pieces = [
                CheckedText(
                    label=text.label,
                    context_key=text.context_key,
                    text=text.pieces[0],
                    flags=check.flags(text.context_key, text.pieces[0]),
                )
            ]
        for piece in pieces:
            piece.edit_url = text.edit_url
        texts.extend(pieces)
    return CheckedObject(
        kind=source.kind,
        area=source.area,
        title=source.title,
        url=source.url,
        texts=texts,
        edit_url=source.edit_url,
        edit_permission=source.edit_permission,
        hidden_note=source.hidden_note,
    )


def review_language_check(
    *, review: Review, check: LanguageCheck, hidden: Mapping[int, int] | None = None
) -> list[CheckedObject]:
    """Every text the review has today, as each app offers it (the analysis: findings, key
    practice episodes with their contributory factors, recommendations and the multi-agency
    narrative; the report: its free-text sections), each with its flags. The factors of the
    episodes in `hidden` (episode id -> agreement check number) are left out: the viewer codes
    them blind."""
    sources = analysis_texts(review=review, hidden=hidden) + report_section_texts(review=review)
    return [_checked(source, check) for source in sources]


def flags_for_report(
    *, review: Review, content: Any, context_prefix: str, check: LanguageCheck | None = None
) -> list[CheckedText]:
    """The flags of every piece of text of a report (`reports.content.ReportContent`), one
    entry per paragraph, heading, list item or table cell that has any, keyed
    "<context_prefix>:<section key>" (e.g. "draft:<uuid>:introduction"). Every section is
    checked, not only the editable ones: the whole report is what a reader sees."""
    check = check or LanguageCheck(review)
    result: list[CheckedText] = []
    for section in content.walk():
        key = f"{context_prefix}:{section.key}"
        for part, text in enumerate(section.strings(), start=1):
            flags = check.flags(key, text)
            if flags:
                result.append(
                    CheckedText(
                        label=f"{section.number} {section.title}".strip(),
                        context_key=key,
                        text=text,
                        flags=flags,
                        part=part,
                    )
                )
    return result


@dataclass
class CheckedSection:
    """One section of a report with the pieces of its text that have flags."""

    label: str
    context_key: str
    texts: list[CheckedText]

    @property
    def open_count(self) -> int:
        return sum(len(text.open_flags) for text in self.texts)


def report_flags_by_section(checked: list[CheckedText]) -> list[CheckedSection]:
    """`flags_for_report`'s entries grouped by section, in report order."""
    sections: list[CheckedSection] = []
    for text in checked:
        if not sections or sections[-1].context_key != text.context_key:
            sections.append(CheckedSection(text.label, text.context_key, []))
        sections[-1].texts.append(text)
    return sections


def open_flag_count(checked: list[CheckedText]) -> int:
    return sum(len(text.open_flags) for text in checked)


class ReportWordingCheck:
    """The language check of one review as the report and draft pages ask it
    (reports.hooks.WordingCheck, handed to reports in language/apps.py)."""

    def __init__(self, review: Review) -> None:
        self.review = review
        self.check = LanguageCheck(review)

    def block_texts(self, *, context_key: str, label: str, strings: Any) -> list[CheckedText]:
        return block_texts(check=self.check, context_key=context_key, label=label, strings=strings)

    def open_flag_count(self, *, content: Any, context_prefix: str) -> int:
        return open_flag_count(
            flags_for_report(
                review=self.review, content=content, context_prefix=context_prefix, check=self.check
            )
        )
