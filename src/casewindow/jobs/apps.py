from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "casewindow.jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Evidence comes earlier in the pipeline and must not import this app: it is handed the
        # step that gives up a stale reading before a document is read again.
        from casewindow.evidence import hooks as evidence_hooks
        from casewindow.jobs.retry import extraction_abandon

        evidence_hooks.before_extract_again.register(extraction_abandon)
