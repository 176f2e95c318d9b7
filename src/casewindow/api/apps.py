from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API under /api/v1/ and the personal access tokens that open it (docs/api.md).
    Web layer over the other apps: the same access loaders, selectors and services as the
    pages; its own tables are the tokens only."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "casewindow.api"
