from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "casewindow.accounts"
    default_auto_field = "django.db.models.BigAutoField"
