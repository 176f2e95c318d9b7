"""Demo language check for the Child J review: Northbridge's own phrase ("non-compliant", which
puts the difficulty on the family) and one flag the lead reviewer dismissed with a reason.
Everything is invented."""

from typing import Any

from casewindow.accounts.models import User
from casewindow.analysis.models import Finding
from casewindow.language import services
from casewindow.language.models import PartnershipRule
from casewindow.language.selectors import flags_for
from casewindow.reports.models import ReportSection
from casewindow.reports.sections import text_blocks
from casewindow.reviews.models import Review

PARTNERSHIP_RULE = {
    "phrase": "non-complian*",
    "category": "judgement",
    "explanation": "“Non-compliant” puts the difficulty on the family and hides what the "
    "services asked of them. The partnership agreed in 2024 to describe engagement instead.",
    "prompt": "What got in the way of engagement, for the family and for the service?",
    "active": True,
}
DISMISSAL_REASON = (
    "Factual: the police confirmed no agency was told the bail conditions had ended. The "
    "sentence describes the gap in the system, not a person's failure."
)


QUOTATION_REASON = (
    "Maternal grandmother's own words, quoted with her agreement: the report gives her view, "
    "it does not judge the practitioners."
)


def demo_dismiss_quotation(*, review: Review, lead: User, context_key: str, texts: Any) -> None:
    """Dismiss the "should have" in Maternal grandmother's quoted words, in one place (the
    working report's family section, or a draft's)."""
    for text in texts:
        for flag in flags_for(review=review, context_key=context_key, text=text):
            if flag.rule_id == "should-have" and "listened" in flag.sentence and not flag.dismissed:
                services.flag_dismiss(
                    actor=lead,
                    review=review,
                    context_key=context_key,
                    rule_id=flag.rule_id,
                    phrase=flag.phrase,
                    sentence=flag.sentence,
                    reason=QUOTATION_REASON,
                )
                return


def demo_load_language(*, review: Review, users: dict[str, User], lead: User) -> None:
    # The partnership outlives a reset of the demo review: add its phrase once.
    if not PartnershipRule.objects.filter(
        partnership=review.partnership, phrase=PARTNERSHIP_RULE["phrase"]
    ).exists():
        services.partnership_rule_save(
            actor=lead, partnership=review.partnership, rule=None, values=PARTNERSHIP_RULE
        )
    family = ReportSection.objects.filter(review=review, key="methodology-family").first()
    if family is not None:
        demo_dismiss_quotation(
            review=review,
            lead=lead,
            context_key="report:methodology-family",
            texts=[text for block in text_blocks(family.body) for text in block.strings()],
        )
    finding = Finding.objects.alive().filter(review=review, statement__icontains="bail").first()
    if finding is None:
        return
    # The check no longer flags "Nobody in the network knew …" (a verb of knowing: the gap in
    # the system); the lead dismissed the first "nobody" it still flags in the finding.
    for field in ("how_featured", "why_it_matters"):
        context_key = f"finding:{finding.uuid}:{field}"
        text = getattr(finding, field)
        for flag in flags_for(review=review, context_key=context_key, text=text):
            if flag.rule_id == "no-one" and not flag.dismissed:
                services.flag_dismiss(
                    actor=lead,
                    review=review,
                    context_key=context_key,
                    rule_id=flag.rule_id,
                    phrase=flag.phrase,
                    sentence=flag.sentence,
                    reason=DISMISSAL_REASON,
                )
                return
            if flag.rule_id == "no-one":
                return
