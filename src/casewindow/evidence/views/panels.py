"""The evidence panels on the signed-in user's home (registered in evidence/apps.py)."""

from typing import Any

from casewindow.accounts import access
from casewindow.accounts.models import User
from casewindow.evidence.selectors import conversations


def dashboard_notes_to_agree(user: User) -> dict[str, Any]:
    """Notes of the user's conversations waiting for them to agree."""
    return {
        "notes_to_agree": conversations.conversations_to_agree(
            conversations=access.conversations_shared_with_user(user)
        )
    }
