"""The query parameters of a list."""

from ninja import Schema
from pydantic import Field

from casewindow.api.views.base import DEFAULT_LIMIT, MAX_LIMIT


class Paging(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=10_000_000)
