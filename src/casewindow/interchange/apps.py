from django.apps import AppConfig


class InterchangeConfig(AppConfig):
    """Whole-review export and import, and the anonymised learning archive: reads the other
    apps."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "casewindow.interchange"

    def ready(self) -> None:
        # The jobs app comes earlier and cannot name this app's task: it is told here how an
        # archive's row follows when a dead worker's job is run again or given up. Making an
        # archive is safe to run again: it writes a new file and replaces the row's state.
        from casewindow.interchange.services import archive_failed, archive_requeued
        from casewindow.jobs.kinds import KINDS, JobKind

        KINDS.setdefault(
            "casewindow.interchange.tasks.review_archive_make",
            JobKind("making this archive", archive_requeued, archive_failed),
        )
