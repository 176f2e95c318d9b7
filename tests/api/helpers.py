"""Tokens and an API client for the API tests."""

from typing import Any
from urllib.parse import urlencode

from django.test import Client

from casewindow.accounts.models import User
from casewindow.api.models import TokenAccess
from casewindow.api.services.tokens import token_create
from casewindow.reviews.models import Review


def token_for(
    user: User, *, writes: bool = True, review: Review | None = None, days: int = 30
) -> str:
    _, secret = token_create(
        actor=user,
        name="test",
        access=TokenAccess.READ_WRITE if writes else TokenAccess.READ,
        review=review,
        lifetime_days=days,
    )
    return secret


class ApiClient:
    """Django's test client speaking JSON with a bearer token."""

    def __init__(self, secret: str | None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get("/api/v1" + path, params, headers=self.headers)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> Any:
        if "data" in kwargs:  # multipart
            return self.client.post("/api/v1" + path, kwargs["data"], headers=self.headers)
        return self.client.post(
            "/api/v1" + path, body or {}, content_type="application/json", headers=self.headers
        )

    def patch(self, path: str, body: Any) -> Any:
        return self.client.patch(
            "/api/v1" + path, body, content_type="application/json", headers=self.headers
        )

    def delete(self, path: str, **params: Any) -> Any:
        query = f"?{urlencode(params)}" if params else ""
        return self.client.delete("/api/v1" + path + query, headers=self.headers)
