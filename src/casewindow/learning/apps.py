from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "casewindow.learning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The analysis app comes earlier in the pipeline: it is handed this app's panels and
        # its pattern-area suggestion.
        from casewindow.analysis import panels
        from casewindow.learning.views.panels import (
            episode_seen_before_panel,
            finding_seen_before_panel,
            pattern_area_suggestions,
        )

        panels.finding_panels.register(finding_seen_before_panel)
        panels.episode_panels.register(episode_seen_before_panel)
        panels.pattern_area_suggester.provide(pattern_area_suggestions)

        # A review's pooled learning is rebuilt after any change to what it is built from.
        from casewindow.learning import signals

        signals.connect()

        # The jobs app comes earlier and cannot name this app's task: it is told how an annual
        # report's row follows when a dead worker's job is run again or given up. Making one is
        # safe to run again: it lays out a new file and replaces the row's state.
        from casewindow.jobs.kinds import KINDS, JobKind
        from casewindow.learning.services.annual_jobs import (
            TASK,
            annual_file_failed,
            annual_file_requeued,
        )

        KINDS.setdefault(
            TASK, JobKind("making this annual report", annual_file_requeued, annual_file_failed)
        )
