"""Schemathesis against the API's own OpenAPI schema: it generates requests for every
operation, valid and not (with a working read-and-write token of the review's lead reviewer),
and checks that no answer is a server error and that every answer — status, content type and
body — is one the schema declares, and that invalid requests are refused (4xx). Its coverage
phase (each operation's boundary values, valid and not) runs first, then a few generated
examples per operation; the number of requests is printed at the end (`-s`): 2,505 over 50
operations when last measured."""

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from casewindow.api.views.v1 import api
from casewindow.wsgi import application
from tests.api.helpers import token_for
from tests.url_catalogue import KWARG_VALUES
from tests.world import ReviewWorld

# 40–100 s on the shared 2-core machine, by its load: its coverage phase tries each
# operation's boundaries, then EXAMPLES_PER_OPERATION generated requests each.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES_PER_OPERATION = 5

schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = application
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
calls = {"count": 0}


@pytest.fixture(autouse=True)
def _keep_the_tests_connection() -> Any:
    """The requests go straight to the WSGI application, whose request signals close "old"
    database connections: on PostgreSQL that closes the test's own connection, inside its
    transaction. Django's test client holds them off the same way while it sends a request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world_token(review_world: ReviewWorld) -> tuple[ReviewWorld, str]:
    return review_world, token_for(review_world.lead)


def _use_the_worlds_records(case: Any, world: ReviewWorld) -> None:
    """Most requests name the world's review and, half the time, its real records (chosen by
    the generated id itself, so a run repeats), so that they reach the routes' own work rather
    than stopping at 404."""
    parameters = case.path_parameters or {}
    if "reference" in parameters:
        parameters["reference"] = world.review.reference
    for name, value in list(parameters.items()):
        if name.endswith("_id") and name in KWARG_VALUES and str(value)[:1] in "02468ace":
            parameters[name] = str(KWARG_VALUES[name](world))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_answers_as_its_schema_says(
    case: Any, world_token: tuple[ReviewWorld, str]
) -> None:
    world, token = world_token
    _use_the_worlds_records(case, world)
    calls["count"] += 1
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)


@pytest.fixture(autouse=True, scope="module")
def _report_the_figure() -> Any:
    yield
    print(f"\nschemathesis: {calls['count']} requests over {len(OPERATIONS)} operations")


OPERATIONS = [(method, path) for path, ops in schema.raw_schema["paths"].items() for method in ops]


def test_no_two_response_schemas_share_a_name() -> None:
    """The OpenAPI document names each schema by its class name, so two classes of one name
    in different route modules silently describe one route with the other's fields."""
    import inspect
    from collections import Counter

    from ninja import Schema

    from casewindow.api.views import base, conversations, evidence, narrative, reviews
    from casewindow.api.views.analysis import (
        episodes,
        excerpts,
        findings,
        recommendations,
        traceability,
    )

    modules = (base, conversations, evidence, narrative, reviews)
    modules += (episodes, excerpts, findings, recommendations, traceability)
    names = Counter(
        name
        for module in modules
        for name, value in vars(module).items()
        if inspect.isclass(value)
        and issubclass(value, Schema)
        and value.__module__ == module.__name__
    )
    assert [name for name, count in names.items() if count > 1] == []
