from django.apps import AppConfig


class AnonymisationConfig(AppConfig):
    name = "casewindow.anonymisation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Reports renders every export, publication versions included, but comes earlier in the
        # pipeline and must not import this app: it is handed the read-back check instead.
        from casewindow.anonymisation.services import publication_file_hits
        from casewindow.reports.services import publication_file_check_install

        publication_file_check_install(publication_file_hits)
        # Its pages offer and make the publication version from what this app knows.
        from casewindow.anonymisation.scans import source_choices
        from casewindow.anonymisation.services import publication_export
        from casewindow.reports import hooks

        hooks.publication_sources.provide(source_choices)
        hooks.publication_export.provide(publication_export)

    def worker_warm_up(self) -> None:
        """Called by `casewindow worker` before it starts: load the publication check's
        language model, so the first "Checking the report…" does not wait for it."""
        from casewindow.anonymisation.detection.engine import warm_up

        warm_up()
