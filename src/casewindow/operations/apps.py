from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running Casewindow: backup and restore, and the deployment checks (no tables)."""

    name = "casewindow.operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from casewindow.operations import checks  # noqa: F401 - registers the checks
