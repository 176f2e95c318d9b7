from django.apps import AppConfig


class AnonymisationConfig(AppConfig):
    name = "casewindow.anonymisation"
    default_auto_field = "django.db.models.BigAutoField"
