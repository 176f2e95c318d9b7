"""The invitee's side of a partnership invitation: the link from the e-mail."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from casewindow.accounts import invitations
from casewindow.accounts.forms import InvitationAccountForm
from casewindow.accounts.models import User
from casewindow.accounts.services import MembershipError
from casewindow.forms import posted


@require_http_methods(["GET", "POST"])
def invitation_accept(
    request: HttpRequest, invitation_id: UUID, invitation_token: str
) -> HttpResponse:
    invitation = invitations.invitation_for_link(invitation_id, invitation_token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    account = invitations.invitation_account(invitation)
    user = (
        request.user if isinstance(request.user, User) and request.user.is_authenticated else None
    )
    context = {"invitation": invitation}
    if user is not None and user.email.lower() != invitation.email.lower():
        return render(request, "accounts/invitation_other_account.html", context)
    if account is not None:
        if user is None:
            messages.info(request, f"Sign in as {invitation.email} to accept the invitation.")
            return redirect_to_login(request.get_full_path())
        if request.method == "POST":
            try:
                invitations.invitation_accept(invitation=invitation, user=user)
            except MembershipError as error:
                messages.info(request, str(error))
            else:
                messages.success(request, f"You have joined {invitation.partnership}")
            return redirect("accounts:partnership_detail", invitation.partnership.uuid)
        return render(request, "accounts/invitation_accept.html", context)
    form = InvitationAccountForm(posted(request), email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.invitation_accept_new_account(
                invitation=invitation,
                full_name=form.cleaned_data["full_name"],
                password=form.cleaned_data["new_password1"],
            )
        except MembershipError as error:
            form.add_error(None, str(error))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request, f"Welcome to Casewindow. You have joined {invitation.partnership}"
            )
            return redirect("accounts:partnership_detail", invitation.partnership.uuid)
    return render(request, "accounts/invitation_new_account.html", {**context, "form": form})
