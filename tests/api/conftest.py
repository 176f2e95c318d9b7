from collections.abc import Callable

import pytest

from casewindow.accounts.models import User
from tests.api.helpers import ApiClient, token_for


@pytest.fixture
def api_for(db: None) -> Callable[..., ApiClient]:
    def make(user: User, **kwargs: object) -> ApiClient:
        return ApiClient(token_for(user, **kwargs))  # type: ignore[arg-type]

    return make
