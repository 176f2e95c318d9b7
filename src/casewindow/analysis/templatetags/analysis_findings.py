"""Template tags of the findings and action-plan area."""

from django import template

from casewindow.analysis.selectors.findings import overdue_actions_count as _count
from casewindow.reviews.models import Review

register = template.Library()


@register.simple_tag
def overdue_actions_count(review: Review) -> int:
    """{% overdue_actions_count review as overdue %}: the review's overdue actions."""
    return _count(review=review)
