"""The partnership's logo for its reports' title page. An upload is checked with Pillow (a real
PNG or JPEG, not too large, not a decompression bomb), then re-encoded as a PNG no larger than
800 × 400 pixels: nothing of the uploaded file but its pixels is kept."""

import io
import warnings

from PIL import Image, UnidentifiedImageError

from casewindow.accounts.actors import Actor
from casewindow.accounts.models import Partnership
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 25_000_000
MAX_SIZE = (800, 400)
FORMATS = {"PNG", "JPEG"}


class LogoRefused(ValueError):
    pass


def logo_checked(data: bytes) -> bytes:
    """The logo as a clean PNG, or LogoRefused with a message for the person uploading it."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise LogoRefused("The logo must be smaller than 2 MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in FORMATS:
                    raise LogoRefused("The logo must be a PNG or JPEG image")
                if probe.width * probe.height > MAX_PIXELS:
                    raise LogoRefused("The logo is too large: use an image under 5,000 × 5,000")
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                picture = image.convert("RGBA")
    except LogoRefused:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ):
        raise LogoRefused("The file is not a PNG or JPEG image that can be read") from None
    picture.thumbnail(MAX_SIZE)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def partnership_logo_set(*, actor: Actor, partnership: Partnership, data: bytes) -> None:
    partnership.logo_png = logo_checked(data)
    partnership.save(update_fields=["logo_png"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Set the report logo of {partnership.name}",
        obj=partnership,
    )


def partnership_logo_remove(*, actor: Actor, partnership: Partnership) -> None:
    partnership.logo_png = b""
    partnership.save(update_fields=["logo_png"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Removed the report logo of {partnership.name}",
        obj=partnership,
    )
