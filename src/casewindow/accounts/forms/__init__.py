from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.validators import MaxLengthValidator

from casewindow.accounts.models import PartnershipRole, User
from casewindow.forms import GovukForm, GovukFormMixin

if TYPE_CHECKING:
    _SetPasswordForm = SetPasswordForm[User]  # generic only in the type stubs
else:
    _SetPasswordForm = SetPasswordForm


class SignInForm(GovukFormMixin, AuthenticationForm):
    required_messages = {
        "username": "Enter your e-mail address",
        "password": "Enter your password",
    }
    error_messages = {
        "invalid_login": "Enter a correct e-mail address and password. Both are case-sensitive.",
        "inactive": "This account has been switched off.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        assert isinstance(username, forms.CharField)
        self.fields["username"].label = "E-mail address"
        self.fields["username"].widget.attrs.update(autocomplete="username", spellcheck="false")
        self.fields["username"].error_messages["required"] = "Enter your e-mail address"
        # Django sets the field's max_length after creating it, so it is never checked; an
        # over-long address would reach django-axes, whose log column holds 255 characters.
        limit = username.max_length or EMAIL_MAX_LENGTH
        self.fields["username"].validators.append(
            MaxLengthValidator(limit, f"E-mail address must be {limit} characters or fewer")
        )
        self.fields["password"].error_messages["required"] = "Enter your password"


class GovukPasswordResetForm(GovukFormMixin, PasswordResetForm):
    required_messages = {
        "email": "Enter your e-mail address",
    }
    pass


class GovukSetPasswordForm(GovukFormMixin, _SetPasswordForm):
    required_messages = {
        "new_password1": "Enter a new password",
        "new_password2": "Enter the new password again",
    }
    pass


# Django's form field allows 320 characters, the account's column 254.
EMAIL_MAX_LENGTH = 254


class PartnershipForm(GovukForm):
    required_messages = {
        "name": "Enter the name of the partnership",
    }
    name = forms.CharField(label="Name of the partnership", max_length=200)


class PartnershipMemberForm(GovukForm):
    required_messages = {
        "email": "Enter the e-mail address of the person to invite",
        "role": "Select the role they will have in the partnership",
    }
    email = forms.EmailField(
        label="E-mail address",
        max_length=EMAIL_MAX_LENGTH,
        help_text="They will be e-mailed an invitation, and join once they accept it",
    )
    role = forms.ChoiceField(
        choices=PartnershipRole.choices, widget=forms.RadioSelect, label="Role"
    )


class TwoFactorCodeForm(GovukForm):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text=(
            "The 6-digit code your authenticator app shows now, or one of your recovery codes"
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false"}),
        error_messages={"required": "Enter the code from your authenticator app"},
    )


class TwoFactorConfirmForm(GovukForm):
    code = forms.CharField(
        label="Code from your app",
        max_length=10,
        help_text="The 6-digit code your authenticator app shows for Casewindow",
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
                "class": "govuk-input govuk-input--width-10",
            }
        ),
        error_messages={"required": "Enter the 6-digit code from your authenticator app"},
    )


class PartnershipTwoFactorForm(GovukForm):
    require_two_factor = forms.BooleanField(
        label="Require two-factor sign-in for every member of the partnership and its reviews",
        required=False,
    )


class InvitationAccountForm(GovukForm):
    """An invitee without an account chooses their name and password."""

    required_messages = {
        "full_name": "Enter your full name",
        "new_password1": "Enter a password",
        "new_password2": "Enter the password again",
    }

    full_name = forms.CharField(label="Your full name", max_length=200)
    new_password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 12 characters; not a common password",
    )
    new_password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self) -> dict[str, Any]:
        from django.contrib.auth import password_validation

        from casewindow.accounts.models import User

        super().clean()

        data = self.cleaned_data
        first, second = data.get("new_password1"), data.get("new_password2")
        if first and second and first != second:
            self.add_error("new_password2", "The two passwords are not the same")
        elif first:
            try:
                password_validation.validate_password(
                    first, User(email=self.email, full_name=data.get("full_name", ""))
                )
            except forms.ValidationError as error:
                self.add_error("new_password1", error)
        return data
