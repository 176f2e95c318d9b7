"""Template pieces for showing flagged text on any page.

`{% flagged_text review context_key text %}` checks the text with the review's rules and renders
it with its flags (language/_flagged_text.html): the flagged phrases marked and numbered, and
under the text each flag's explanation, reframing prompt and a form to dismiss it (for those who
may: report.edit)."""

import hashlib
from typing import Any

from django import template
from django.template import Context

from casewindow.accounts import access
from casewindow.language.selectors import flags_for, segments
from casewindow.reviews.models import Review

register = template.Library()


@register.simple_tag
def flag_anchor(context_key: str, part: Any = "") -> str:
    """A short id prefix, unique per piece of text, for the marks and forms of its flags.
    `part` tells apart the pieces (paragraphs, items) that share one context key."""
    key = f"{context_key}#{part}" if part else context_key
    return "flag-" + hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:10]


@register.simple_tag
def flag_segments(text: str, flags: list, show_dismissed: bool = False) -> list:
    shown = [flag for flag in flags if show_dismissed or not flag.dismissed]
    return segments(text or "", shown)


@register.inclusion_tag("language/_flagged_text.html", takes_context=True)
def flagged_text(
    context: Context, review: Review, context_key: str, text: str, show_dismissed: bool = False
) -> dict[str, Any]:
    request = context["request"]
    # A review page has `can` already; anywhere else it is asked once here.
    can = context.get("can")
    if not isinstance(can, access.Can):
        can = access.can(request, review)
    return {
        "review": review,
        "text": text,
        "context_key": context_key,
        "flags": flags_for(review=review, context_key=context_key, text=text),
        "can_dismiss": access.Permission.REPORT_EDIT in can,
        "next_url": request.get_full_path(),
        "show_dismissed": show_dismissed,
        "csrf_token": context.get("csrf_token"),
    }
