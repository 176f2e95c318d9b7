"""Personal access tokens: made and revoked on the account pages, shown once, stored hashed,
audit-logged; a revoked or expired token gets 401, a token for one review opens only that one,
a read-only token changes nothing."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.api.models import PersonalAccessToken
from casewindow.api.services.tokens import token_hash
from casewindow.audit.models import AuditAction, AuditEvent
from tests.api.helpers import ApiClient, token_for
from tests.pages import html
from tests.world import ReviewWorld, build_review_world

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]


def _create(client: Client, **overrides: str) -> tuple[object, str]:
    data = {"name": "Case system export", "access": "read_write", "scope": "all", "lifetime": "30"}
    response = client.post(reverse("api:token_create"), {**data, **overrides})
    assert response.status_code == 200
    secrets = html(response).xpath("//code[@id='token-secret']/text()")
    return response, secrets[0] if secrets else ""


def test_a_token_made_in_the_browser_is_shown_once_stored_hashed_and_opens_the_api(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)
    assert client.get(reverse("accounts:account")).content.decode().count("api-tokens") == 1
    assert client.get(reverse("api:token_create")).status_code == 200

    _, secret = _create(client)

    assert secret.startswith("cw_")
    token = PersonalAccessToken.objects.get(user=review_world.lead)
    assert token.token_hash == token_hash(secret) and secret not in token.token_hash
    listing = client.get(reverse("api:token_list")).content.decode()
    assert token.prefix in listing and secret not in listing
    assert AuditEvent.objects.filter(
        actor=review_world.lead, action=AuditAction.SECURITY, summary__contains="Created API token"
    ).exists()
    answer = ApiClient(secret).get("/reviews")
    assert answer.status_code == 200
    assert [r["reference"] for r in answer.json()["items"]] == [review_world.review.reference]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_the_form_says_what_is_missing(review_world: ReviewWorld, client_for: ClientFor) -> None:
    response = client_for(review_world.lead).post(reverse("api:token_create"), {})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter what the token is for" in page
    assert "Select which reviews the token opens" in page
    assert not PersonalAccessToken.objects.exists()


def test_a_review_the_user_is_not_a_member_of_cannot_be_chosen(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    other = build_review_world()
    _, secret = _create(client_for(review_world.lead), scope=other.review.reference)

    assert secret == ""
    assert not PersonalAccessToken.objects.exists()


def test_a_revoked_token_gets_401_and_the_revocation_is_logged(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)
    _, secret = _create(client)
    token = PersonalAccessToken.objects.get()
    url = reverse("api:token_revoke", args=[token.uuid])
    assert client.get(url).status_code == 200

    response = client.post(url)

    assert response.status_code == 302
    answer = ApiClient(secret).get("/reviews")
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorised"
    assert answer["WWW-Authenticate"] == "Bearer"
    assert AuditEvent.objects.filter(
        action=AuditAction.SECURITY, summary__contains="Revoked API token"
    ).exists()
    assert "Revoked" in client.get(reverse("api:token_list")).content.decode()


def test_someone_else_cannot_revoke_a_token(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    secret = token_for(review_world.lead)
    token = PersonalAccessToken.objects.get()

    response = client_for(review_world.reviewer).post(
        reverse("api:token_revoke", args=[token.uuid])
    )

    assert response.status_code == 404
    assert ApiClient(secret).get("/reviews").status_code == 200


def test_an_expired_token_gets_401(review_world: ReviewWorld) -> None:
    secret = token_for(review_world.lead)
    PersonalAccessToken.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))

    assert ApiClient(secret).get("/reviews").status_code == 401


@pytest.mark.parametrize(
    "header", ["", "Bearer", "Bearer cw_nothing", "Basic abc", "Bearer x" * 50]
)
def test_a_missing_or_unknown_token_gets_401(review_world: ReviewWorld, header: str) -> None:
    response = Client().get("/api/v1/reviews", headers={"Authorization": header} if header else {})

    assert response.status_code == 401
    assert set(response.json()["error"]) == {"code", "message", "fields"}


def test_a_token_of_a_switched_off_account_gets_401(review_world: ReviewWorld) -> None:
    secret = token_for(review_world.lead)
    User.objects.filter(pk=review_world.lead.pk).update(is_active=False)

    assert ApiClient(secret).get("/reviews").status_code == 401


def test_a_token_for_one_review_opens_only_that_review(review_world: ReviewWorld) -> None:
    other = build_review_world()
    # The same person leads both reviews; the token is for the other one.
    from tests.factories import MembershipFactory

    MembershipFactory(review=other.review, user=review_world.lead, role="lead_reviewer")
    api = ApiClient(token_for(review_world.lead, review=other.review))

    listed = api.get("/reviews").json()["items"]
    answer = api.get(f"/reviews/{review_world.review.reference}/agencies")

    assert [r["reference"] for r in listed] == [other.review.reference]
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"
    assert api.get(f"/reviews/{other.review.reference}/agencies").status_code == 200


def test_a_read_only_token_reads_but_changes_nothing(review_world: ReviewWorld) -> None:
    api = ApiClient(token_for(review_world.lead, writes=False))
    reference = review_world.review.reference

    read = api.get(f"/reviews/{reference}/agencies")
    write = api.post(f"/reviews/{reference}/agencies", {"name": "Police", "kind": "police"})

    assert read.status_code == 200
    assert write.status_code == 403
    assert "read-only" in write.json()["error"]["message"]
    assert AuditEvent.objects.filter(
        actor=review_world.lead, action=AuditAction.ACCESS_DENIED, summary__contains="read-only"
    ).exists()
    assert review_world.review.agencies.count() == 1


def test_a_whole_review_export_carries_no_token() -> None:
    from casewindow.interchange.exporting import review_tables

    assert PersonalAccessToken not in [model for model, _ in review_tables()]
