"""Handing a stored file of a review to the browser: as an attachment, never cached on the way
or guessed at by the browser, and a clear 404 (not a 500) when the storage has lost it. The
caller has already asked `accounts/access.py`; `record` writes its audit event once the file is
open, so a missing file records no download."""

from collections.abc import Callable
from typing import IO, Any

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404


def attachment(stream: IO[Any], *, filename: str, content_type: str) -> FileResponse:
    """`stream` as a download named `filename` that nothing caches and nothing sniffs."""
    response = FileResponse(
        stream, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def stored_attachment(
    stored: FieldFile,
    *,
    filename: str,
    content_type: str,
    record: Callable[[], None],
    missing: str = "The file is missing",
) -> FileResponse:
    """The stored file as an attachment (see `attachment`), its download recorded by `record`;
    Http404 with `missing` when the storage cannot open it."""
    try:
        stream = stored.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404(missing) from None
    record()
    return attachment(stream, filename=filename, content_type=content_type)
