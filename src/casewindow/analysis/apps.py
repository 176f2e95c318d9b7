from django.apps import AppConfig


class AnalysisConfig(AppConfig):
    name = "casewindow.analysis"
    default_auto_field = "django.db.models.BigAutoField"
