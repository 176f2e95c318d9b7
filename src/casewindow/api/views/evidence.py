"""Evidence."""

from ninja import Router

router = Router(tags=["evidence"])
