from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "casewindow.evidence"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The reviews app comes earlier in the pipeline: it is handed this app's panels.
        from casewindow.evidence.views.panels import dashboard_notes_to_agree
        from casewindow.reviews import panels

        panels.dashboard_panels.register(dashboard_notes_to_agree)
