"""GOV.UK components as template tags: `{% load govuk %}`."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from casewindow.state_tags import tag_for

register = template.Library()


@register.simple_tag
def state_tag(kind: str, state: object, text: str | None = None) -> SafeString:
    """`<strong class="govuk-tag govuk-tag--…">…</strong>` for a state (casewindow/state_tags.py),
    the same markup as govuk/components/tag.html."""
    tag = tag_for(kind, state, text)
    return format_html('<strong class="{}">{}</strong>', tag.css_class, tag.text)
