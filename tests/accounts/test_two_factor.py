"""Two-factor sign-in: turning it on with a code, signing in with a code or a recovery code
(each usable once), a partnership requiring it, and a business manager's audited reset."""

import re
import time
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from casewindow.accounts.models import RecoveryCode, User
from casewindow.accounts.two_factor import two_factor_enabled
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import PASSWORD, UserFactory
from tests.pages import error_summary
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
SIGN_IN = reverse("accounts:login")
CODE = reverse("accounts:sign_in_code")
SETUP = reverse("accounts:two_factor_setup")
DASHBOARD = reverse("reviews:dashboard")


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows (`steps_ahead` 30-second steps from now), computed
    from the stored secret. A code once accepted is never accepted again, so a sign-in right
    after set-up uses the next step's code, which the server accepts for clock drift."""
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits)
    generator.time = time.time() + steps_ahead * device.step
    return f"{generator.token():0{device.digits}d}"


def turn_on(client: Client, user: User) -> list[str]:
    """Turn two-factor sign-in on through the pages; the recovery codes shown."""
    assert client.get(SETUP).status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"code": code_for(device)})
    assert response.status_code == 200
    return re.findall(r"<code>([A-Z0-9]{5}-[A-Z0-9]{5})</code>", response.content.decode())


def user_with_two_factor() -> tuple[User, list[str]]:
    user = UserFactory()
    client = Client()
    client.force_login(user)
    return user, turn_on(client, user)


def password_step(client: Client, user: User) -> object:
    return client.post(SIGN_IN, {"username": user.email, "password": PASSWORD})


def test_turning_on_needs_a_right_code_and_shows_ten_recovery_codes_once(
    client_for: ClientFor,
) -> None:
    user = UserFactory()
    client = client_for(user)
    page = client.get(SETUP).content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert 'src="data:image/svg+xml;base64,' in page  # the QR code, drawn here
    assert "otpauth://totp/" in page

    wrong = client.post(SETUP, {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert error_summary(wrong) == [
        "The code is not right: enter the 6-digit code your app shows now"
    ]
    assert not two_factor_enabled(user)

    codes = turn_on(client, user)

    assert two_factor_enabled(user)
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = RecoveryCode.objects.filter(user=user)
    assert stored.count() == 10
    for code in codes:  # only salted hashes are kept
        assert not stored.filter(code_hash__icontains=code.replace("-", "")).exists()
        assert code.replace("-", "") not in str(list(stored.values()))
    assert AuditEvent.objects.filter(actor=user, summary="Turned on two-factor sign-in").exists()
    # The set-up page does not show the codes again.
    assert client.get(SETUP).status_code == 302
    assert client.get(DASHBOARD).status_code == 200  # this session showed the code


def test_sign_in_asks_for_the_code_after_the_password() -> None:
    user, _codes = user_with_two_factor()
    client = Client()

    response = password_step(client, user)

    assert response["Location"] == CODE
    assert client.get(DASHBOARD).status_code == 302  # not signed in yet
    device = TOTPDevice.objects.get(user=user)
    response = client.post(CODE, {"code": code_for(device, 1)})
    assert response["Location"] == DASHBOARD
    assert client.get(DASHBOARD).status_code == 200
    assert AuditEvent.objects.filter(actor=user, action=AuditAction.SIGN_IN).exists()


def test_a_wrong_code_is_refused_and_five_send_you_back_to_the_password() -> None:
    user, _codes = user_with_two_factor()
    client = Client()
    password_step(client, user)
    device = TOTPDevice.objects.get(user=user)
    wrong = "000000" if "000000" not in {code_for(device), code_for(device, 1)} else "111111"

    response = client.post(CODE, {"code": wrong})
    assert error_summary(response) == ["The code is not right. Enter the code your app shows now"]
    for _ in range(4):
        response = client.post(CODE, {"code": wrong})

    assert response["Location"] == SIGN_IN
    assert client.get(DASHBOARD).status_code == 302
    assert client.get(CODE)["Location"] == SIGN_IN
    assert AuditEvent.objects.filter(
        action=AuditAction.SIGN_IN_FAILED, summary=f"Wrong two-factor code for {user.email}"
    ).exists()


def test_the_code_page_without_the_password_step_goes_back_to_sign_in() -> None:
    response = Client().post(CODE, {"code": "123456"})

    assert response["Location"] == SIGN_IN


def test_a_code_cannot_be_used_twice() -> None:
    user, _codes = user_with_two_factor()
    device = TOTPDevice.objects.get(user=user)
    code = code_for(device, 1)
    first, second = Client(), Client()
    password_step(first, user)
    password_step(second, user)

    assert first.post(CODE, {"code": code})["Location"] == DASHBOARD
    assert second.post(CODE, {"code": code}).status_code == 200  # refused: already used


def test_each_recovery_code_signs_in_once() -> None:
    user, codes = user_with_two_factor()
    client = Client()
    password_step(client, user)

    assert client.post(CODE, {"code": codes[3].lower()})["Location"] == DASHBOARD
    again = Client()
    password_step(again, user)
    assert again.post(CODE, {"code": codes[3]}).status_code == 200
    assert again.post(CODE, {"code": codes[4]})["Location"] == DASHBOARD
    assert RecoveryCode.objects.filter(user=user, used_at__isnull=True).count() == 8


def test_a_session_from_before_two_factor_was_turned_on_is_signed_out() -> None:
    user = UserFactory()
    old_session = Client()
    old_session.force_login(user)
    assert old_session.get(DASHBOARD).status_code == 200

    new_session = Client()
    new_session.force_login(user)
    turn_on(new_session, user)

    assert old_session.get(DASHBOARD).status_code == 302
    assert new_session.get(DASHBOARD).status_code == 200


def _require(world: ReviewWorld, client_for: ClientFor) -> None:
    manager = client_for(world.lead)
    response = manager.post(
        reverse("accounts:partnership_two_factor", args=[world.partnership.uuid]),
        {"require_two_factor": "on"},
    )
    assert response.status_code == 302
    world.partnership.refresh_from_db()
    assert world.partnership.require_two_factor


def test_when_a_partnership_requires_it_members_of_its_reviews_can_reach_only_set_up(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _require(review_world, client_for)
    assert AuditEvent.objects.filter(
        actor=review_world.lead, summary__startswith="Required two-factor sign-in"
    ).exists()
    # The reviewer is in a review of the partnership, not in the partnership itself.
    reviewer = client_for(review_world.reviewer)
    review_home = reverse("reviews:review_home", args=[review_world.review.reference])

    assert reviewer.get(review_home)["Location"] == SETUP
    assert reviewer.get(DASHBOARD)["Location"] == SETUP
    assert reviewer.get(reverse("accounts:account"))["Location"] == SETUP
    assert reviewer.get(SETUP).status_code == 200
    turn_on(reviewer, review_world.reviewer)
    assert reviewer.get(review_home).status_code == 200
    # The outsider is not affected.
    assert client_for(review_world.users["non_member"]).get(DASHBOARD).status_code == 200


def test_only_a_business_manager_can_require_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("accounts:partnership_two_factor", args=[review_world.partnership.uuid])

    assert (
        client_for(review_world.board_reader).post(url, {"require_two_factor": "on"}).status_code
        == 403
    )
    assert (
        client_for(review_world.reviewer).post(url, {"require_two_factor": "on"}).status_code == 404
    )
    review_world.partnership.refresh_from_db()
    assert not review_world.partnership.require_two_factor


def test_a_business_manager_resets_a_lost_device_and_it_is_audited(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    member = review_world.board_reader
    member_client = Client()
    member_client.force_login(member)
    turn_on(member_client, member)
    url = reverse(
        "accounts:partnership_two_factor_reset", args=[review_world.partnership.uuid, member.uuid]
    )

    assert client_for(review_world.reviewer).post(url).status_code == 404
    response = client_for(review_world.lead).post(url)

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not RecoveryCode.objects.filter(user=member).exists()
    assert member_client.get(DASHBOARD).status_code == 302  # signed out everywhere
    event = AuditEvent.objects.get(summary__startswith="Reset two-factor sign-in")
    assert event.actor == review_world.lead
    assert member.email in event.summary
    # Next sign-in is by password alone (and set-up again if the partnership requires it).
    assert password_step(Client(), member)["Location"] == DASHBOARD


def test_a_manager_cannot_reset_someone_outside_the_partnership(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    outsider, _ = user_with_two_factor()
    url = reverse(
        "accounts:partnership_two_factor_reset",
        args=[review_world.partnership.uuid, outsider.uuid],
    )

    assert client_for(review_world.lead).post(url).status_code == 404
    assert TOTPDevice.objects.filter(user=outsider).exists()
