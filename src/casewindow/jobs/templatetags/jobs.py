"""`{{ object|job_stuck }}`: whether the background job behind a document's text, a report
export or a publication scan is stuck (its worker died), so the page offers "Try again" and
stops polling. A read for the page, from `jobs.selectors`."""

from typing import Any

from django import template

from casewindow.jobs.selectors import progress_row_stuck

register = template.Library()


@register.filter
def job_stuck(obj: Any) -> bool:
    return progress_row_stuck(obj)
