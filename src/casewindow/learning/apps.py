from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "casewindow.learning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # A review's pooled learning is rebuilt after any change to what it is built from.
        from casewindow.learning import signals

        signals.connect()
