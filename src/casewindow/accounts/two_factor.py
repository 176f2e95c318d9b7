"""Two-factor sign-in: a time-based code from an authenticator app (TOTP, RFC 6238, through
django-otp) after the password, and ten single-use recovery codes for a lost phone.

A user has two-factor sign-in when they have a *confirmed* TOTP device: one whose first code
they have typed back. Setting up makes an unconfirmed device; confirming it makes the recovery
codes, which are shown once and kept only as salted hashes."""

import base64
import hashlib
import secrets
from io import BytesIO

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import constant_time_compare, get_random_string
from django_otp.plugins.otp_totp.models import TOTPDevice

from casewindow.accounts.models import Partnership, RecoveryCode, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record

RECOVERY_CODES = 10
# No 0/O or 1/I/L: codes are read off paper and typed.
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
DEVICE_NAME = "Authenticator app"
# Set in the session at sign-in when a partnership requires two-factor sign-in and the user
# has not set it up (accounts/middleware.py then allows only the set-up page).
SETUP_NEEDED = "casewindow_two_factor_setup_needed"


class TwoFactorError(ValueError):
    """A request the rules refuse; the message is shown to the user as it is."""


def two_factor_device(user: User, *, confirmed: bool = True) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def two_factor_note_at_sign_in(request: HttpRequest, user: User, *, required: bool) -> None:
    """At sign-in: remember in the session whether the user must set up two-factor sign-in
    before going anywhere else. `required` is the access rule's answer for the user
    (`access.two_factor_required`), asked by the caller: this module comes before the gate."""
    if required and not two_factor_enabled(user):
        request.session[SETUP_NEEDED] = True
    else:
        request.session.pop(SETUP_NEEDED, None)


def two_factor_enabled(user: User) -> bool:
    return bool(TOTPDevice.objects.filter(user=user, confirmed=True).exists())


def two_factor_setup_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed authenticator for the user (replacing any earlier unconfirmed one)."""
    if two_factor_enabled(user):
        raise TwoFactorError("Two-factor sign-in is already on for your account")
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def secret_base32(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it when typed in: base32, in groups of four."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def provisioning_uri(device: TOTPDevice) -> str:
    return str(device.config_url)


def qr_code_data_uri(text: str) -> str:
    """A QR code of `text` as an SVG data: URI for an <img> (drawn here, never fetched)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    out = BytesIO()
    image.save(out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def _hash_code(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


def _normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


def recovery_codes_create(*, user: User) -> list[str]:
    """Ten new recovery codes (replacing any earlier ones); the codes themselves are returned
    once, to be shown, and never stored."""
    RecoveryCode.objects.filter(user=user).delete()
    codes = [get_random_string(10, _RECOVERY_ALPHABET) for _ in range(RECOVERY_CODES)]
    rows = []
    for code in codes:
        salt = secrets.token_hex(16)
        rows.append(RecoveryCode(user=user, salt=salt, code_hash=_hash_code(salt, code)))
    RecoveryCode.objects.bulk_create(rows)
    return [f"{code[:5]}-{code[5:]}" for code in codes]


@transaction.atomic
def two_factor_confirm(*, user: User, device: TOTPDevice, code: str) -> list[str]:
    """Turn two-factor sign-in on once the user has typed a code from their new authenticator;
    returns the recovery codes to show them."""
    if device.user_id != user.pk or device.confirmed:
        raise TwoFactorError("Start setting up two-factor sign-in again")
    if not device.verify_token(_normalise_code(code)):
        raise TwoFactorError("The code is not right: enter the 6-digit code your app shows now")
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = recovery_codes_create(user=user)
    # Sessions signed in elsewhere never showed a code: end them (the view keeps this one).
    user_sessions_end(user=user)
    audit_record(actor=user, action=AuditAction.UPDATE, summary="Turned on two-factor sign-in")
    return codes


def two_factor_check(*, user: User, code: str) -> tuple[TOTPDevice | None, bool]:
    """Check a code typed at sign-in: a current authenticator code, or an unused recovery code
    (which is then used up). Returns (the device, True) when accepted, (None, False) if not."""
    device = two_factor_device(user)
    if device is None:
        return None, False
    typed = _normalise_code(code)
    if typed.isdigit() and len(typed) == device.digits:
        return (device, True) if device.verify_token(typed) else (None, False)
    with transaction.atomic():
        for recovery in RecoveryCode.objects.select_for_update().filter(
            user=user, used_at__isnull=True
        ):
            if constant_time_compare(recovery.code_hash, _hash_code(recovery.salt, typed)):
                recovery.used_at = timezone.now()
                recovery.save(update_fields=["used_at"])
                left = RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()
                audit_record(
                    actor=user,
                    action=AuditAction.SIGN_IN,
                    summary=f"Used a recovery code to sign in ({left} left)",
                )
                return device, True
    return None, False


@transaction.atomic
def recovery_codes_renew(*, user: User, code: str) -> list[str]:
    """Ten new recovery codes for a user with two-factor sign-in on, once they have shown a
    current code from their authenticator app (a recovery code will not do: the old ones stop
    working here). Returns the codes to show once."""
    device = two_factor_device(user)
    if device is None:
        raise TwoFactorError("Two-factor sign-in is not on for your account")
    if not device.verify_token(_normalise_code(code)):
        raise TwoFactorError("The code is not right: enter the 6-digit code your app shows now")
    codes = recovery_codes_create(user=user)
    audit_record(
        actor=user,
        action=AuditAction.UPDATE,
        summary="Made new recovery codes (the earlier ones no longer work)",
    )
    return codes


def recovery_codes_left(user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


@transaction.atomic
def two_factor_reset(*, actor: User, user: User, partnership: Partnership) -> None:
    """A business manager's reset for someone who lost their phone (and recovery codes): the
    authenticator and codes are removed and every session of theirs is ended; they set up a
    new authenticator at their next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    RecoveryCode.objects.filter(user=user).delete()
    user_sessions_end(user=user)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Reset two-factor sign-in for {user.email} (partnership {partnership})",
        obj=user,
    )


def user_sessions_end(*, user: User) -> None:
    """End every session of the user, wherever they are signed in: each session carries a hash
    made with the old token (see User._get_session_auth_hash), so it no longer matches."""
    user.session_token = secrets.token_hex(16)
    user.save(update_fields=["session_token"])


def user_sign_out_everywhere(*, user: User) -> None:
    user_sessions_end(user=user)
    audit_record(actor=user, action=AuditAction.SIGN_OUT, summary="Signed out everywhere")


def partnership_people_two_factor(partnership: Partnership) -> list[tuple[User, bool]]:
    """Everyone in the partnership or one of its reviews, with whether they use two-factor
    sign-in (for the business manager's page)."""
    from django.db.models import Exists, OuterRef, Q

    people = (
        User.objects.filter(
            Q(partnership_memberships__partnership=partnership)
            | Q(memberships__review__partnership=partnership)
        )
        .distinct()
        .annotate(
            two_factor_on=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True))
        )
        .order_by("full_name", "email")
    )
    return [(person, person.two_factor_on) for person in people]
