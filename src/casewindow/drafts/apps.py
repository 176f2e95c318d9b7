from django.apps import AppConfig


class DraftsConfig(AppConfig):
    name = "casewindow.drafts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The reviews app comes earlier in the pipeline: it is handed this app's panels.
        from casewindow.drafts.views.panels import dashboard_drafts
        from casewindow.reviews import panels

        panels.dashboard_panels.register(dashboard_drafts)
