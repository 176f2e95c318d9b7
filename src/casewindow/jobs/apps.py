from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "casewindow.jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from casewindow.jobs import signals  # noqa: F401 - connects the receivers
