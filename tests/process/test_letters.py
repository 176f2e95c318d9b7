"""Letters: partnership-editable templates whose placeholders are checked, merged per person
into DOCX, with a record of what was made and sent to whom and when."""

import io
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import ReviewRole, User
from casewindow.process.letters import (
    DEFAULT_TEMPLATES,
    TemplateRefused,
    letter_merge,
    template_placeholders,
)
from casewindow.process.models import LetterRecord
from tests.world import ReviewWorld


def _text(content: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)


def test_shipped_templates_use_only_known_placeholders() -> None:
    for body in DEFAULT_TEMPLATES.values():
        assert "recipient_name" in template_placeholders(body)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Dear {recipient_nam},", "{recipient_nam}"),
        ("{partnership} and {child_name}", "{child_name}"),
        ("An open { brace", "brace"),
        ("{partnership!r}", "{partnership}"),
    ],
)
def test_an_unknown_or_malformed_placeholder_is_refused_with_its_name(
    body: str, named: str
) -> None:
    with pytest.raises(TemplateRefused, match=named.replace("{", r"\{").replace("}", r"\}")):
        template_placeholders(body)


def test_merge_fills_placeholders_and_keeps_doubled_braces() -> None:
    assert letter_merge("Dear {recipient_name} {{x}}", {"recipient_name": "Sam"}) == "Dear Sam {x}"


def test_lead_makes_an_introductory_letter_for_a_participant_as_docx(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    child = review_world.person  # a child in the register, with a real name and a label
    participant = review_world.memberships[ReviewRole.PARTICIPANT]
    url = reverse("process:letters", args=[review_world.review.reference])
    response = client_for(review_world.lead).post(
        url, {"kind": "introduction", "recipient": participant.pk}
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    text = _text(response.content)
    assert f"Dear {review_world.participant.full_name}," in text
    assert f"{child.publication_label}'s case" in text
    assert review_world.partnership.name in text
    assert child.real_name not in text

    record = LetterRecord.objects.get(review=review_world.review)
    assert (record.recipient_name, record.template_version) == (
        review_world.participant.full_name,
        0,
    )
    sent = reverse("process:letter_mark_sent", args=[review_world.review.reference, record.uuid])
    client_for(review_world.lead).post(sent)
    record.refresh_from_db()
    assert record.sent_at is not None and record.sent_by == review_world.lead


def test_partnership_edits_a_template_and_an_unknown_placeholder_is_refused(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    manager = client_for(review_world.lead)
    url = reverse(
        "process:letter_template_edit", args=[review_world.partnership.uuid, "introduction"]
    )
    refused = manager.post(url, {"body": "Dear {recipient_name}, about {childs_name}"})
    assert refused.status_code == 200
    assert "Unknown placeholder {childs_name}" in refused.content.decode()

    assert (
        manager.post(url, {"body": "Hello {recipient_name} from {partnership}."}).status_code == 302
    )
    participant = review_world.memberships[ReviewRole.PARTICIPANT]
    letter = manager.post(
        reverse("process:letters", args=[review_world.review.reference]),
        {"kind": "introduction", "recipient": participant.pk},
    )
    assert _text(letter.content).endswith(
        f"Hello {review_world.participant.full_name} from {review_world.partnership.name}."
    )
    assert LetterRecord.objects.get().template_version == 1


def test_only_the_lead_reviewer_makes_letters(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("process:letters", args=[review_world.review.reference])
    assert client_for(review_world.reviewer).get(url).status_code == 403
