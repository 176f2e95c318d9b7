from django.apps import AppConfig


class LanguageConfig(AppConfig):
    name = "casewindow.language"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Reports (and drafts) come earlier in the pipeline: they are handed the check.
        from casewindow.language.selectors import ReportWordingCheck
        from casewindow.reports import hooks

        hooks.wording_check.provide(ReportWordingCheck)
