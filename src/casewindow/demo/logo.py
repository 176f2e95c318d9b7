"""The demo partnership's logo (drawn here: a fictional partnership has no real one), set
through the same service as the business manager's upload page."""

import io

from PIL import Image, ImageDraw

from casewindow.accounts.models import Partnership, User
from casewindow.process.services.logo import partnership_logo_set


def _drawn_logo() -> bytes:
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    # Three overlapping circles (the partners) beside a bar: plain shapes, no text to translate.
    for index, colour in enumerate(("#1d70b8", "#00703c", "#f47738")):
        left = 20 + index * 55
        draw.ellipse((left, 30, left + 100, 130), outline=colour, width=10)
    draw.rectangle((250, 60, 460, 100), fill="#1d70b8")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def demo_load_logo(*, partnership: Partnership, lead: User) -> None:
    partnership_logo_set(actor=lead, partnership=partnership, data=_drawn_logo())
