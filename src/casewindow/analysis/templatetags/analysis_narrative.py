from django import template
from django.utils.safestring import SafeString, mark_safe

from casewindow.analysis.richtext import sanitise_html

register = template.Library()


@register.filter
def richtext(html: str) -> SafeString:
    """Stored narrative HTML, sanitised again as it is shown (it was sanitised when saved)."""
    return mark_safe(sanitise_html(html or ""))  # noqa: S308 (sanitised by nh3 just now)
