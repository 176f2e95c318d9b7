from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "casewindow.accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from casewindow.accounts.sessions import session_activity_start

        # Every way in (the sign-in form, the two-factor step, a test's force_login) goes
        # through django.contrib.auth.login, which announces itself only by this signal.
        user_logged_in.connect(
            lambda sender, request, user, **kwargs: session_activity_start(request),
            weak=False,
            dispatch_uid="casewindow.accounts.session_activity_start",
        )
