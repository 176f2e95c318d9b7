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
