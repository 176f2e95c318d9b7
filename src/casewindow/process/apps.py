from django.apps import AppConfig


class ProcessConfig(AppConfig):
    name = "casewindow.process"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The reviews app comes earlier in the pipeline: it is handed this app's panels.
        from casewindow.process.views.panels import dashboard_meetings, review_home_process
        from casewindow.reviews import panels

        panels.dashboard_panels.register(dashboard_meetings)
        panels.review_home_panels.register(review_home_process)

    def worker_periodic(self) -> None:
        """Called by `casewindow worker` on its schedule: send the reminders that are due. Each
        reminder is recorded under a unique key before it is sent, so several workers (or a
        restarted one) never send the same one twice."""
        from casewindow.process.services.reminders import reminders_send

        reminders_send()
