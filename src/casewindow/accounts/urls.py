from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from casewindow.accounts import views
from casewindow.accounts.views import help as views_help
from casewindow.accounts.views import invitation_accept as views_invitations
from casewindow.accounts.views import recovery as recovery_views
from casewindow.accounts.views import security as views_security

app_name = "accounts"
urlpatterns = [
    path("sign-in/", login_not_required(views.SignInView.as_view()), name="login"),
    path("sign-in/code/", login_not_required(views_security.sign_in_code), name="sign_in_code"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("sign-out-everywhere/", views_security.sign_out_everywhere, name="sign_out_everywhere"),
    path("account/", views_security.account, name="account"),
    path("account/two-factor/", views_security.two_factor_setup, name="two_factor_setup"),
    path(
        "account/recovery-codes/",
        recovery_views.recovery_codes_renew,
        name="recovery_codes_renew",
    ),
    path("signed-out/", login_not_required(views.signed_out), name="signed_out"),
    path("help/", views_help.help_contact, name="help"),
    path("accessibility/", views_help.accessibility_statement, name="accessibility"),
    path(
        "password-reset/",
        login_not_required(views.PasswordResetView.as_view()),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        login_not_required(views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        login_not_required(views.PasswordResetConfirmView.as_view()),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/complete/",
        login_not_required(views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
    path(
        "invitations/<uuid:invitation_id>/<str:invitation_token>/",
        login_not_required(views_invitations.invitation_accept),
        name="invitation_accept",
    ),
    path("partnerships/", views.partnership_list, name="partnership_list"),
    path("partnerships/new/", views.partnership_create, name="partnership_create"),
    path(
        "partnerships/<uuid:partnership_id>/", views.partnership_detail, name="partnership_detail"
    ),
    path(
        "partnerships/<uuid:partnership_id>/members/add/",
        views.partnership_member_add,
        name="partnership_member_add",
    ),
    path(
        "partnerships/<uuid:partnership_id>/two-factor/",
        views_security.partnership_two_factor,
        name="partnership_two_factor",
    ),
    path(
        "partnerships/<uuid:partnership_id>/two-factor/reset/<uuid:user_id>/",
        views_security.partnership_two_factor_reset,
        name="partnership_two_factor_reset",
    ),
]
