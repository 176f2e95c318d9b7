from django.apps import AppConfig


class LanguageConfig(AppConfig):
    name = "casewindow.language"
    default_auto_field = "django.db.models.BigAutoField"
