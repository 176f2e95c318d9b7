"""Rendering a page inside a review: every such page gets the review, the user's membership and
what their role allows (for the review navigation) and which part of the review it belongs to."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casewindow.accounts import access
from casewindow.reviews.models import Review


def review_page(
    request: HttpRequest, template: str, review: Review, review_section: str, **context: Any
) -> HttpResponse:
    return render(
        request,
        template,
        {
            "review": review,
            "membership": request.review_membership,  # type: ignore[attr-defined]
            "can": access.permissions_for(request),
            "review_section": review_section,
            "nav_section": "reviews",
            **context,
        },
    )
