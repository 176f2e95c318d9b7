from django.apps import AppConfig
from django.http import HttpRequest


class AccountsConfig(AppConfig):
    name = "casewindow.accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from casewindow.accounts.access import two_factor_required
        from casewindow.accounts.models import User
        from casewindow.accounts.sessions import session_activity_start
        from casewindow.accounts.two_factor import two_factor_note_at_sign_in

        def signed_in(sender: object, request: HttpRequest, user: User, **kwargs: object) -> None:
            session_activity_start(request)
            two_factor_note_at_sign_in(request, user, required=two_factor_required(user))

        # Every way in (the sign-in form, the two-factor step, a test's force_login) goes
        # through django.contrib.auth.login, which announces itself only by this signal.
        user_logged_in.connect(signed_in, weak=False, dispatch_uid="casewindow.accounts.signed_in")
