"""The REST API, version 1: one NinjaAPI mounted at /api/v1/ (casewindow/urls.py), its
OpenAPI at /api/v1/openapi.json and its browsable docs at /api/v1/docs (Swagger UI from the
django-ninja package's own static files, nothing from another host). docs/api.md describes it."""

from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.operation import Operation

from casewindow.api.views import analysis, conversations, evidence, narrative, reviews
from casewindow.api.views.base import ApiError, TokenAuth


class CasewindowApi(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        """Each operation by its function's name ("agency_list"), for generated clients."""
        return str(operation.view_func.__name__)


api = CasewindowApi(
    title="Casewindow API",
    version="1",
    description=(
        "Reviews, evidence and analysis of the Casewindow reviews a personal access token "
        "opens. Send the token as `Authorization: Bearer cw_…`. Every error answers "
        '`{"error": {"code", "message", "fields"}}`. See docs/api.md.'
    ),
    urls_namespace="api_v1",
    auth=TokenAuth(),
    docs=Swagger(settings={"validatorUrl": None}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)


def _answer(request: HttpRequest, error: ApiError) -> HttpResponse:
    return api.create_response(request, error.body(), status=error.status)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return _answer(request, exc)


@api.exception_handler(AuthenticationError)
def _unauthorised(request: HttpRequest, exc: Exception) -> HttpResponse:
    response = _answer(
        request,
        ApiError(
            401,
            "unauthorised",
            "Send a working personal access token as `Authorization: Bearer <token>`: this "
            "one is missing, unknown, revoked or expired.",
        ),
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _answer(request, ApiError(404, "not_found", "Not found."))


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _answer(request, ApiError(403, "forbidden", str(exc) or "Not allowed."))


# Where ninja says a value was (its first place in an error's location): not part of its name.
_WHERE = {
    "body",
    "payload",
    "query",
    "path",
    "form",
    "file",
    "header",
    "cookie",
    "paging",
    "filters",
}


@api.exception_handler(NinjaValidationError)
def _invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    fields: dict[str, list[str]] = {}
    for problem in exc.errors:
        location = [str(part) for part in problem.get("loc", ()) if part not in _WHERE]
        fields.setdefault(".".join(location) or "non_field", []).append(str(problem.get("msg")))
    return _answer(
        request, ApiError(422, "invalid", "The request does not match the API's schema.", fields)
    )


@api.exception_handler(RequestDataTooBig)
def _too_large(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _answer(
        request,
        ApiError(
            400, "too_large", "The request is too large: send the entries in smaller batches."
        ),
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = {400: "bad_request", 405: "method_not_allowed"}.get(exc.status_code, "error")
    return _answer(request, ApiError(exc.status_code, code, str(exc)))


api.add_router("", reviews.router)
api.add_router("", evidence.router)
for router in analysis.routers:
    api.add_router("", router)
api.add_router("", narrative.router)
api.add_router("", conversations.router)


def urls() -> Any:
    """The API's URL patterns, each opened without a session: the token is the key (the
    project's LoginRequiredMiddleware would send a program to the sign-in page)."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback.login_required = False  # type: ignore[union-attr]
    return patterns, app_name, namespace
