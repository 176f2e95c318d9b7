from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running Casewindow: backup and restore (no tables, only `casewindow` commands)."""

    name = "casewindow.operations"
    default_auto_field = "django.db.models.BigAutoField"
