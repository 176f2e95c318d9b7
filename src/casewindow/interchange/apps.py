from django.apps import AppConfig


class InterchangeConfig(AppConfig):
    """Whole-review export (and later import, the API, REFI-QDA): reads the other apps."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "casewindow.interchange"
