"""The drafts' panels on the signed-in user's home (registered in drafts/apps.py)."""

from typing import Any

from django.utils import timezone

from casewindow.accounts import access
from casewindow.accounts.models import User
from casewindow.drafts import selectors


def dashboard_drafts(user: User) -> dict[str, Any]:
    """Drafts open for the user's comments, and answers to their comments."""
    shared_drafts = access.drafts_shared_with_user(user)
    return {
        "drafts": selectors.drafts_for_recipient(
            drafts=shared_drafts, user=user, today=timezone.localdate()
        ),
        "answered": selectors.comments_answered(drafts=shared_drafts, user=user),
    }
