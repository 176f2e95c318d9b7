"""The language check pages: a review's "Language check" (every piece of analysis text with its
flags), dismissing a flag with a reason, and a partnership's language rules (business managers
only). Every view loads what it shows through the access module; writes go through
language.services."""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.selectors.agreement import hidden_episode_rounds
from casewindow.forms import posted
from casewindow.language import services
from casewindow.language.engine import CATEGORIES, shipped_rule, shipped_rules
from casewindow.language.forms import DismissForm, PartnershipRuleForm, SwitchOffForm
from casewindow.language.models import Dismissal, PartnershipRule, ShippedRuleSwitchOff
from casewindow.language.selectors import (
    CheckedText,
    LanguageCheck,
    category_counts,
    flags_for_report,
    report_flags_by_section,
    review_language_check,
)
from casewindow.reports.assembly import build_report
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

_review_page = partial(review_page, review_section="language")


def _safe_next(request: HttpRequest, candidate: str, fallback: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def _hidden(request: HttpRequest, review: Review) -> dict[int, int]:

    return hidden_episode_rounds(review=review, user=request.user)


def _hidden_factors_note(objects: list[Any]) -> str:
    """Which episodes' factors were left out of the check (the viewer codes them blind)."""
    notes = [obj.hidden_note for obj in objects if obj.hidden_note]
    return " ".join(notes)


def review_check(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    check = LanguageCheck(review)
    # A reviewer coding episodes blind in an agreement check does not see their factors.
    hidden = _hidden(request, review)
    objects = review_language_check(review=review, check=check, hidden=hidden)
    show_dismissed = request.GET.get("dismissed") == "1"
    every_flag = [flag for obj in objects for text in obj.texts for flag in text.flags]
    open_flags = [flag for flag in every_flag if not flag.dismissed]
    shown = [
        obj
        for obj in objects
        if any(text.open_flags or (show_dismissed and text.flags) for text in obj.texts)
    ]
    return _review_page(
        request,
        "language/review_check.html",
        review,
        objects=shown,
        counts=category_counts(open_flags),
        open_count=len(open_flags),
        dismissed_count=len(every_flag) - len(open_flags),
        checked=Counter(obj.area for obj in objects),
        show_dismissed=show_dismissed,
        can_dismiss=P.REPORT_EDIT in access.can(request, review),
        next_url=request.get_full_path(),
        hidden_factors=_hidden_factors_note(objects),
    )


def _report_check_page(
    request: HttpRequest, review: Review, checked: list[CheckedText], **context: Any
) -> HttpResponse:
    """A whole report's wording (a draft's frozen content, or the working report), grouped by
    section; dismissals hold for the context keys of that report only."""
    show_dismissed = request.GET.get("dismissed") == "1"
    every_flag = [flag for text in checked for flag in text.flags]
    open_flags = [flag for flag in every_flag if not flag.dismissed]
    sections = [
        section
        for section in report_flags_by_section(checked)
        if section.open_count or show_dismissed
    ]
    return _review_page(
        request,
        "language/report_check.html",
        review,
        sections=sections,
        counts=category_counts(open_flags),
        open_count=len(open_flags),
        dismissed_count=len(every_flag) - len(open_flags),
        show_dismissed=show_dismissed,
        can_dismiss=P.REPORT_EDIT in access.can(request, review),
        next_url=request.get_full_path(),
        **context,
    )


def draft_check(request: HttpRequest, reference: str, draft_id: UUID) -> HttpResponse:
    """The language check of one draft's frozen content: for the review team only (a draft's
    recipients never see flags)."""
    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_VIEW)
    review = draft.review
    checked = flags_for_report(
        review=review, content=draft.report, context_prefix=f"draft:{draft.uuid}"
    )
    return _report_check_page(
        request,
        review,
        checked,
        draft=draft,
        review_section="drafts",
        heading=f"Draft {draft.number}: language check",
        back_url=reverse("drafts:draft_detail", args=[review.reference, draft.uuid]),
        back_text=f"Back to draft {draft.number}",
        page_url=reverse("language:draft_check", args=[review.reference, draft.uuid]),
    )


def report_check(request: HttpRequest, reference: str) -> HttpResponse:
    """The language check of the working report, assembled now: the free-text sections and
    everything drawn from the analysis, as the report prints them."""

    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    # A reviewer coding episodes blind in an agreement check does not see their factors.
    hidden = _hidden(request, review)
    checked = flags_for_report(
        review=review, content=build_report(review, hidden=hidden), context_prefix="report"
    )
    rounds = sorted(set(hidden.values()))
    hidden_factors = (
        "The contributory factors of the episodes you are coding are left out: they are "
        f"hidden while you code them in agreement check {', '.join(map(str, rounds))}."
        if rounds
        else ""
    )
    return _report_check_page(
        request,
        review,
        checked,
        review_section="report",
        heading="Report: language check",
        back_url=reverse("reports:report", args=[review.reference]),
        back_text="Back to the report",
        page_url=reverse("language:report_check", args=[review.reference]),
        hidden_factors=hidden_factors,
    )


def flag_dismiss(request: HttpRequest, reference: str) -> HttpResponse:
    """Dismiss one flag with a reason. The flag's forms post here from any page; an invalid
    post (no reason) is answered with this page, showing the flag and the error."""
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    check = LanguageCheck(review)
    fallback = reverse("language:review_check", args=[review.reference])
    data = request.POST if request.method == "POST" else None
    initial = {
        name: request.GET.get(name, "")[:20000]
        for name in ("context", "rule", "phrase", "sentence", "next")
    }
    form = DismissForm(data, initial=initial, rule_ids=check.rule_ids)
    if form.is_valid():
        values = form.cleaned_data
        services.flag_dismiss(
            actor=access.signed_in_user(request),
            review=review,
            context_key=values["context"],
            rule_id=values["rule"],
            phrase=values["phrase"],
            sentence=values["sentence"],
            reason=values["reason"],
        )
        messages.success(request, f"Flag “{values['phrase']}” dismissed")
        return redirect(_safe_next(request, values.get("next", ""), fallback))
    source = form.data if form.is_bound else initial
    rule = next((r for r in check.rules if r.id == source.get("rule")), None)
    return _review_page(
        request,
        "language/flag_dismiss.html",
        review,
        form=form,
        rule=rule,
        phrase=str(source.get("phrase", ""))[:200],
        sentence=str(source.get("sentence", ""))[:20000],
        back_url=_safe_next(request, str(source.get("next", "")), fallback),
    )


def dismissal_withdraw(request: HttpRequest, reference: str, dismissal_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    dismissal = access.review_object_for_user(
        request, review, Dismissal.objects.all(), dismissal_id, P.REPORT_EDIT
    )
    if request.method != "POST":
        # Checked after the access loaders, so an outsider gets 404 whatever the method.
        return HttpResponseNotAllowed(["POST"])
    services.dismissal_withdraw(
        actor=access.signed_in_user(request), review=review, dismissal=dismissal
    )
    messages.success(request, f"Flag “{dismissal.phrase}” brought back")
    fallback = reverse("language:review_check", args=[review.reference])
    return redirect(_safe_next(request, request.POST.get("next", ""), fallback))


# --- a partnership's rules ------------------------------------------------------------------


def _partnership_page(
    request: HttpRequest, template: str, partnership: Any, **context: Any
) -> HttpResponse:
    return render(
        request,
        template,
        {"partnership": partnership, "nav_section": "partnerships", **context},
    )


def partnership_rules(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    switched_off = {
        s.rule_id: s
        for s in ShippedRuleSwitchOff.objects.filter(partnership=partnership).select_related(
            "switched_off_by"
        )
    }
    return _partnership_page(
        request,
        "language/partnership_rules.html",
        partnership,
        shipped=[(rule, switched_off.get(rule.id)) for rule in shipped_rules()],
        own_rules=PartnershipRule.objects.filter(partnership=partnership),
        categories=CATEGORIES,
    )


def _rule_form_page(
    request: HttpRequest, partnership: Any, form: PartnershipRuleForm, rule: Any
) -> HttpResponse:
    return _partnership_page(
        request, "language/partnership_rule_form.html", partnership, form=form, rule=rule
    )


def partnership_rule_add(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = PartnershipRuleForm(posted(request), initial={"active": True})
    if form.is_valid():
        rule = services.partnership_rule_save(
            actor=access.signed_in_user(request),
            partnership=partnership,
            rule=None,
            values=form.cleaned_data,
        )
        messages.success(request, f"Rule “{rule.phrase}” added")
        return redirect("language:partnership_rules", partnership.uuid)
    return _rule_form_page(request, partnership, form, None)


def partnership_rule_edit(
    request: HttpRequest, partnership_id: UUID, language_rule_id: UUID
) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    rule = access.object_of(
        partnership, PartnershipRule.objects.all(), via="partnership", uuid=language_rule_id
    )
    form = PartnershipRuleForm(posted(request), instance=rule)
    if form.is_valid():
        services.partnership_rule_save(
            actor=access.signed_in_user(request),
            partnership=partnership,
            rule=rule,
            values=form.cleaned_data,
        )
        messages.success(request, f"Rule “{rule.phrase}” saved")
        return redirect("language:partnership_rules", partnership.uuid)
    return _rule_form_page(request, partnership, form, rule)


def shipped_rule_switch(request: HttpRequest, partnership_id: UUID, rule_key: str) -> HttpResponse:
    """Switch a shipped rule off (with a reason) or back on, for the partnership's reviews."""
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    rule = shipped_rule(rule_key)
    if rule is None:
        raise Http404("No such rule")
    switch_off = ShippedRuleSwitchOff.objects.filter(
        partnership=partnership, rule_id=rule.id
    ).first()
    form = None
    if switch_off is None:
        form = SwitchOffForm(posted(request))
        if form.is_valid():
            services.shipped_rule_switch_off(
                actor=access.signed_in_user(request),
                partnership=partnership,
                rule_id=rule.id,
                reason=form.cleaned_data["reason"],
            )
            messages.success(request, f"Rule {rule.title} switched off")
            return redirect("language:partnership_rules", partnership.uuid)
    elif request.method == "POST":
        services.shipped_rule_switch_on(
            actor=access.signed_in_user(request), partnership=partnership, rule_id=rule.id
        )
        messages.success(request, f"Rule {rule.title} switched back on")
        return redirect("language:partnership_rules", partnership.uuid)
    return _partnership_page(
        request,
        "language/shipped_rule_switch.html",
        partnership,
        rule=rule,
        switch_off=switch_off,
        form=form,
    )
