from uuid import UUID

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access, invitations, services, two_factor
from casewindow.accounts.forms import (
    GovukPasswordResetForm,
    GovukSetPasswordForm,
    PartnershipForm,
    PartnershipMemberForm,
    SignInForm,
)
from casewindow.accounts.models import Partnership, PartnershipMembership, User
from casewindow.accounts.views import security as views_security
from casewindow.audit import throttle
from casewindow.audit.middleware import client_ip
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.forms import posted


class SignInView(auth_views.LoginView):
    """The password step. Past the per-address limit of failed sign-ins (audit/throttle.py)
    the address is refused outright; a user with an authenticator goes on to the code step
    (accounts/views/security.py) before being signed in."""

    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        address = client_ip(request)
        if throttle.sign_in_address_blocked(address):
            # Once a minute per address: a blocked sprayer must not be able to flood the log.
            if throttle.first_in_minute("sign-in-blocked", address):
                audit_record(
                    actor=None,
                    action=AuditAction.SIGN_IN_FAILED,
                    summary="Sign-in refused: too many failed sign-ins from this address",
                    actor_label=str(request.POST.get("username", ""))[:200],
                )
            return render(request, "accounts/locked_out.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        if form.has_error(NON_FIELD_ERRORS, "invalid_login"):
            throttle.sign_in_address_failed(client_ip(self.request))
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        user = form.get_user()
        if two_factor.two_factor_enabled(user):
            views_security.two_factor_pending_start(self.request, user, self.get_success_url())
            return redirect("accounts:sign_in_code")
        return super().form_valid(form)


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = GovukPasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        # The same event whether or not the address has an account: the log must not become
        # a way to find out which addresses do.
        email = form.cleaned_data["email"][:200]
        audit_record(
            actor=None,
            action=AuditAction.PASSWORD_RESET,
            summary=f"Password reset link asked for {email}",
            actor_label=email,
        )
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = GovukSetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        user = getattr(self, "user", None)
        context["invited"] = user if user is not None and services.user_is_invited(user) else None
        return context

    def form_valid(self, form: "SetPasswordForm[User]") -> HttpResponse:
        # Someone invited to a review chooses their first password here: they are signed in
        # and go to their home page. A forgotten password is reset without signing in (the
        # person signs in afresh, with their code if they use one).
        invited = services.user_is_invited(form.user)
        if invited:
            self.post_reset_login = True
            self.post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
            self.success_url = reverse_lazy("reviews:dashboard")
        response = super().form_valid(form)
        audit_record(
            actor=form.user,
            action=AuditAction.PASSWORD_RESET,
            summary=(
                "Chose a password through an invitation and signed in"
                if invited
                else "Chose a new password through a reset link (other sessions ended)"
            ),
        )
        if invited:
            messages.success(
                self.request,
                "Welcome to Casewindow. Your password is set and you are signed in.",
            )
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


def signed_out(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signed_out.html")


def partnership_list(request: HttpRequest) -> HttpResponse:
    memberships = (
        PartnershipMembership.objects.filter(user=access.signed_in_user(request))
        .select_related("partnership")
        .order_by("partnership__name")
    )
    return render(
        request,
        "accounts/partnership_list.html",
        {
            "memberships": memberships,
            "create_offered": access.partnership_create_offered(request.user),
            "nav_section": "partnerships",
        },
    )


@require_http_methods(["GET", "POST"])
def partnership_create(request: HttpRequest) -> HttpResponse:
    form = PartnershipForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            partnership = services.partnership_create(
                actor=access.signed_in_user(request), name=form.cleaned_data["name"]
            )
        except services.MembershipError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, f"Partnership {partnership.name} created")
            return redirect("accounts:partnership_detail", partnership.uuid)
    return render(
        request, "accounts/partnership_form.html", {"form": form, "nav_section": "partnerships"}
    )


def partnership_detail(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id)
    is_manager = access.partnerships_managed_by(request.user).filter(pk=partnership.pk).exists()
    reviews = partnership.reviews.filter(memberships__user=access.signed_in_user(request)).order_by(
        "-created_at"
    )
    return render(
        request,
        "accounts/partnership_detail.html",
        {
            "partnership": partnership,
            "reviews": reviews,
            "members": partnership.memberships.select_related("user").order_by("user__full_name")
            if is_manager
            else None,
            "is_manager": is_manager,
            "oversees": bool(access.partnership_oversight(request.user, partnership)),
            "invitations": invitations.invitations_waiting(partnership) if is_manager else None,
            "two_factor_people": two_factor.partnership_people_two_factor(partnership)
            if is_manager
            else None,
            "nav_section": "partnerships",
        },
    )


@require_http_methods(["GET", "POST"])
def partnership_member_add(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership: Partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = PartnershipMemberForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            invitation = invitations.partnership_invite(
                actor=access.signed_in_user(request),
                partnership=partnership,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                domain=request.get_host(),
                use_https=request.is_secure(),
            )
        except services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            # The same answer for any address: whether it has an account is not disclosed.
            messages.success(
                request,
                f"Invitation sent to {invitation.email}. They will appear as a member once "
                "they accept it.",
            )
            return redirect("accounts:partnership_detail", partnership.uuid)
    return render(
        request,
        "accounts/partnership_member_form.html",
        {"form": form, "partnership": partnership, "nav_section": "partnerships"},
    )
