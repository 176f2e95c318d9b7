"""Analysis."""

from ninja import Router

router = Router(tags=["analysis"])
