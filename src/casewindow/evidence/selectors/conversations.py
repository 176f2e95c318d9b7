"""Reads for a practitioner's side of conversations: the notes waiting for them to agree."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from casewindow.evidence.models import Conversation, ConversationStatus


@dataclass(frozen=True)
class NotesToAgree:
    """Notes shared with a practitioner that they have not agreed as they stand now."""

    conversation: Conversation
    changed_since_agreed: bool  # they agreed an earlier version; the notes have changed since
    comment_count: int  # the practitioner's own comments on them


def conversations_to_agree(*, conversations: QuerySet[Conversation]) -> list[NotesToAgree]:
    """Of `conversations` (already limited to the practitioner's own by accounts.access), those
    shared and not yet agreed, oldest conversation first."""
    waiting = (
        conversations.filter(status=ConversationStatus.SHARED)
        .select_related("review")
        .annotate(comment_count=Count("comments"))
        .order_by("held_on", "created_at")
    )
    return [
        NotesToAgree(
            conversation=conversation,
            changed_since_agreed=conversation.agreed_version is not None
            and conversation.agreed_version < conversation.version,
            comment_count=conversation.comment_count,
        )
        for conversation in waiting
    ]
