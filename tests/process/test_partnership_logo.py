"""The partnership's logo on its reports' title page: a business manager uploads it (checked
and re-encoded, never kept as uploaded), every report format shows it with a text alternative,
and anything that is not a readable PNG or JPEG of sensible size is refused with a message."""

import io
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from docx import Document
from PIL import Image

from casewindow.accounts.models import User
from casewindow.audit.models import AuditEvent
from casewindow.reports.assembly import build_report
from casewindow.reports.rendering.html import render_html
from casewindow.reports.rendering.word import render_docx
from tests.pages import error_summary
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def _image(fmt: str, size: tuple[int, int] = (1200, 300), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "navy" if mode == "RGB" else 1).save(out, format=fmt)
    return out.getvalue()


def _upload(world: ReviewWorld, client: Client, data: bytes, name: str = "logo.png"):
    return client.post(
        reverse("process:partnership_logo", args=[world.partnership.uuid]),
        {"logo": SimpleUploadedFile(name, data)},
        follow=True,
    )


def test_a_manager_uploads_a_logo_and_every_report_format_shows_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    jpeg = _image("JPEG")
    _upload(review_world, client_for(review_world.lead), jpeg, "logo.jpg")

    review_world.partnership.refresh_from_db()
    stored = bytes(review_world.partnership.logo_png)
    with Image.open(io.BytesIO(stored)) as kept:
        assert kept.format == "PNG" and kept.width <= 800 and kept.height <= 400
    assert stored != jpeg
    assert AuditEvent.objects.filter(summary__startswith="Set the report logo").exists()

    content = build_report(review_world.review)
    html = render_html(content).decode()
    name = review_world.partnership.name
    assert '<img src="data:image/png;base64,' in html and f'alt="{name} logo"' in html
    document = Document(io.BytesIO(render_docx(content)))
    [picture] = document.inline_shapes
    assert picture._inline.docPr.get("descr") == f"{name} logo"


def test_a_draft_keeps_the_logo_it_was_made_with(review_world: ReviewWorld) -> None:
    content = build_report(review_world.review)
    assert content.logo == ""
    assert type(content).from_json(content.to_json()) == content


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not an image at all", "The file is not a PNG or JPEG image that can be read"),
        (_image("GIF"), "The logo must be a PNG or JPEG image"),
        (_image("PNG", (6000, 6000), mode="1"), "The logo is too large"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "The file is not a PNG or JPEG image that can be read"),
        (b"0" * (2 * 1024 * 1024 + 1), "The logo must be smaller than 2 MB"),
    ],
    ids=["text", "gif", "bomb", "broken-png", "too-big"],
)
def test_what_is_not_a_sensible_image_is_refused_with_a_message(
    review_world: ReviewWorld, client_for: ClientFor, data: bytes, message: str
) -> None:
    response = _upload(review_world, client_for(review_world.lead), data)

    assert response.status_code == 200
    assert error_summary(response)[0].startswith(message)
    review_world.partnership.refresh_from_db()
    assert bytes(review_world.partnership.logo_png) == b""


def test_the_logo_can_be_removed(review_world: ReviewWorld, client_for: ClientFor) -> None:
    client = client_for(review_world.lead)
    _upload(review_world, client, _image("PNG"))
    client.post(
        reverse("process:partnership_logo", args=[review_world.partnership.uuid]), {"remove": "1"}
    )
    review_world.partnership.refresh_from_db()
    assert bytes(review_world.partnership.logo_png) == b""
