"""A partnership's language rules: business managers add and change phrases and switch shipped
rules off and on; other members get 403, outsiders 404; the review check follows."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditEvent
from casewindow.language.models import PartnershipRule, ShippedRuleSwitchOff
from casewindow.language.selectors import flags_for, rules_for_partnership
from tests.pages import error_summary, html, text_of
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
NEW_RULE = {
    "phrase": "non-complian*",
    "category": "judgement",
    "explanation": "Puts the difficulty on the family.",
    "prompt": "What got in the way of engagement?",
    "active": "on",
}


def _urls(world: ReviewWorld) -> dict[str, str]:
    p = world.partnership.uuid
    return {
        "list": reverse("language:partnership_rules", args=[p]),
        "add": reverse("language:partnership_rule_add", args=[p]),
        "switch": reverse("language:shipped_rule_switch", args=[p, "simply"]),
    }


@pytest.mark.parametrize(
    ("who", "status"), [("lead", 200), ("board_reader", 403), ("outsider", 404), ("reviewer", 404)]
)
def test_only_business_managers_open_the_rules_pages(
    review_world: ReviewWorld, client_for: ClientFor, who: str, status: int
) -> None:
    client = client_for(getattr(review_world, who))
    for url in _urls(review_world).values():
        assert client.get(url).status_code == status
        if status != 200:
            assert client.post(url, NEW_RULE).status_code == status
    assert not PartnershipRule.objects.exists()
    assert not ShippedRuleSwitchOff.objects.exists()


def test_a_manager_adds_a_phrase_that_then_flags_the_partnerships_reviews(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)
    before = flags_for(review=review_world.review, context_key="x:1", text="She was non-compliant.")

    response = client.post(_urls(review_world)["add"], NEW_RULE)

    assert response.status_code == 302
    rule = PartnershipRule.objects.get()
    assert rule.created_by == review_world.lead
    (flag,) = flags_for(
        review=review_world.review, context_key="x:1", text="She was non-compliant."
    )
    assert before == []
    assert (flag.phrase, flag.rule_id, flag.prompt) == (
        "non-compliant",
        rule.rule_id,
        "What got in the way of engagement?",
    )
    listing = text_of(html(client.get(_urls(review_world)["list"])))
    assert "“non-complian*”" in listing
    assert AuditEvent.objects.filter(summary__contains="Added language rule").exists()


def test_a_manager_switches_a_phrase_off_by_editing_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    rule = PartnershipRule.objects.create(
        partnership=review_world.partnership, **{k: v for k, v in NEW_RULE.items() if k != "active"}
    )
    url = reverse("language:partnership_rule_edit", args=[review_world.partnership.uuid, rule.uuid])
    client = client_for(review_world.lead)
    assert 'value="non-complian*"' in client.get(url).content.decode()

    response = client.post(url, {**NEW_RULE, "active": ""})

    assert response.status_code == 302
    rule.refresh_from_db()
    assert not rule.active
    assert flags_for(review=review_world.review, context_key="x:1", text="non-compliant") == []
    event = AuditEvent.objects.get(summary__contains="Changed language rule")
    assert event.changes == {"active": [True, False]}


def test_a_phrase_must_have_letters_and_the_other_fields_are_required(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.lead).post(
        _urls(review_world)["add"], {"phrase": "**", "category": "judgement"}
    )

    assert response.status_code == 200
    assert error_summary(response) == [
        "Enter a phrase of at least two letters",
        "Enter why the phrase is flagged",
        "Enter a question that helps the writer put it another way",
    ]


def test_a_rule_of_another_partnership_gives_404(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from tests.world import build_review_world

    other = build_review_world()
    rule = PartnershipRule.objects.create(
        partnership=other.partnership, **{k: v for k, v in NEW_RULE.items() if k != "active"}
    )
    url = reverse("language:partnership_rule_edit", args=[review_world.partnership.uuid, rule.uuid])
    assert client_for(review_world.lead).get(url).status_code == 404


def test_a_manager_switches_a_shipped_rule_off_with_a_reason_and_back_on(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)
    url = _urls(review_world)["switch"]
    text = "She simply forgot."
    assert client.post(url, {"reason": ""}).status_code == 200
    assert not ShippedRuleSwitchOff.objects.exists()

    assert client.post(url, {"reason": "Our reports quote practitioners a lot."}).status_code == 302

    switch_off = ShippedRuleSwitchOff.objects.get()
    assert (switch_off.rule_id, switch_off.switched_off_by) == ("simply", review_world.lead)
    assert "simply" not in {r.id for r in rules_for_partnership(review_world.partnership)}
    assert flags_for(review=review_world.review, context_key="x:1", text=text) == []
    assert "Our reports quote practitioners a lot." in text_of(
        html(client.get(_urls(review_world)["list"]))
    )

    assert client.post(url).status_code == 302

    assert not ShippedRuleSwitchOff.objects.exists()
    assert [
        f.phrase for f in flags_for(review=review_world.review, context_key="x", text=text)
    ] == ["simply"]
    assert AuditEvent.objects.filter(summary__contains="back on").exists()


def test_an_unknown_shipped_rule_gives_404(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse(
        "language:shipped_rule_switch", args=[review_world.partnership.uuid, "no-such-rule"]
    )
    assert client_for(review_world.lead).get(url).status_code == 404


def test_the_partnership_page_links_managers_to_the_rules(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("accounts:partnership_detail", args=[review_world.partnership.uuid])
    rules_url = _urls(review_world)["list"]
    assert rules_url in client_for(review_world.lead).get(url).content.decode()
    assert rules_url not in client_for(review_world.board_reader).get(url).content.decode()
