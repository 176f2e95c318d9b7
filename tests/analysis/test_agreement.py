"""The agreement check: starting a round, blind independent coding, completion, the figures and
disagreements, settling the shared coding (with concurrent settling refused), the pages per
role, and that independent codings never leak into the shared coding's readers."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.analysis.models import AgreementRound, ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.selectors import episodes as selectors
from casewindow.analysis.selectors.agreement import (
    coding_visible_to,
    episodes_hidden_from,
    figures_for,
    round_comparison,
)
from casewindow.analysis.selectors.findings import findings_annotated
from casewindow.analysis.selectors.traceability import traceability_map
from casewindow.analysis.services import agreement as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction, AuditEvent
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.factories import MembershipFactory
from tests.pages import error_summary, main_text
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]

CONTACT = "role/how-often-they-had-contact-with-the-family"
WORKLOAD = "work-conditions/workload"
SHARING = "inter-agency/sharing-information-what-when-how-with-whom"
SUPERVISION = "own-team/getting-help-advice-and-supervision"


def _round(world: ReviewWorld, episodes: int = 2) -> AgreementRound:
    made = [KeyPracticeEpisodeFactory(review=world.review) for _ in range(episodes)]
    return services.agreement_round_start(
        actor=world.lead,
        review=world.review,
        coder_a=world.lead,
        coder_b=world.reviewer,
        episodes=made,
    )


def _episodes(agreement_round: AgreementRound) -> list[KeyPracticeEpisode]:
    return list(agreement_round.episodes.order_by("number"))


def _code(user: User, agreement_round: AgreementRound, episode, node: str, effect: str, why: str):
    return services.agreement_code_add(
        actor=user,
        agreement_round=agreement_round,
        episode=episode,
        node_key=node,
        effect=effect,
        explanation=why,
    )


def _coded_round(world: ReviewWorld) -> AgreementRound:
    """Both coders complete. Episode 1: both coded CONTACT (helped); only A coded WORKLOAD.
    Episode 2: both coded SHARING with a different effect; only B coded SUPERVISION."""
    r = _round(world)
    first, second = _episodes(r)
    _code(world.lead, r, first, CONTACT, "helped", "A: regular visits built trust")
    _code(world.lead, r, first, WORKLOAD, "hindered", "A: caseload of 30")
    _code(world.reviewer, r, first, CONTACT, "helped", "B: she knew the family")
    _code(world.lead, r, second, SHARING, "hindered", "A: body map not sent")
    _code(world.reviewer, r, second, SHARING, "both", "B: shared late but shared")
    _code(world.reviewer, r, second, SUPERVISION, "hindered", "B: no supervision for weeks")
    services.agreement_complete(actor=world.lead, agreement_round=r)
    return services.agreement_complete(actor=world.reviewer, agreement_round=r)


# --- starting --------------------------------------------------------------------------------


def test_a_round_needs_two_different_coders_from_the_review_team(review_world: ReviewWorld):
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    for a, b in [
        (review_world.lead, review_world.lead),
        (review_world.lead, review_world.observer),
        (review_world.lead, review_world.outsider),
    ]:
        with pytest.raises(services.AgreementError):
            services.agreement_round_start(
                actor=review_world.lead,
                review=review_world.review,
                coder_a=a,
                coder_b=b,
                episodes=[episode],
            )
    assert not AgreementRound.objects.exists()


def test_the_start_page_offers_every_episode_ticked_and_starts_a_round(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    episodes = [KeyPracticeEpisodeFactory(review=review_world.review) for _ in range(3)]
    client = client_for(review_world.reviewer)
    url = reverse("analysis:agreement_start", args=[review_world.review.reference])

    page = client.get(url).content.decode()
    assert page.count('name="episodes"') == 3 and page.count("checked") == 3

    response = client.post(
        url,
        {
            "coder_a": review_world.lead.uuid,
            "coder_b": review_world.reviewer.uuid,
            "episodes": [e.uuid for e in episodes[:2]],
        },
    )
    agreement_round = AgreementRound.objects.get()
    assert response.status_code == 302
    assert set(agreement_round.episodes.all()) == set(episodes[:2])
    assert (agreement_round.coder_a, agreement_round.coder_b) == (
        review_world.lead,
        review_world.reviewer,
    )
    assert agreement_round.number == 1
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_id=str(agreement_round.uuid)
    ).exists()


def test_the_start_page_refuses_the_same_coder_twice_and_an_observer(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    client = client_for(review_world.lead)
    url = reverse("analysis:agreement_start", args=[review_world.review.reference])

    same = client.post(
        url,
        {
            "coder_a": review_world.lead.uuid,
            "coder_b": review_world.lead.uuid,
            "episodes": [episode.uuid],
        },
    )
    observer = client.post(
        url,
        {"coder_a": review_world.lead.uuid, "coder_b": review_world.observer.uuid, "episodes": []},
    )

    assert "Choose a second coder who is not the first coder" in error_summary(same)
    assert "Choose the second coder from the review team" in error_summary(observer)
    assert "Select at least one key practice episode" in error_summary(observer)
    assert not AgreementRound.objects.exists()


# --- blind coding ----------------------------------------------------------------------------


def test_each_coder_sees_only_their_own_coding_until_both_are_complete(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    _code(review_world.lead, r, first, CONTACT, "helped", "LEAD-SECRET explanation")
    _code(review_world.reviewer, r, first, WORKLOAD, "hindered", "REVIEWER-SECRET explanation")
    assert coding_visible_to(r, review_world.lead) == {"a"}
    assert coding_visible_to(r, review_world.observer) == set()

    lead, reviewer, observer = (
        client_for(u) for u in (review_world.lead, review_world.reviewer, review_world.observer)
    )
    ref = review_world.review.reference
    my_page = reverse("analysis:agreement_code_episode", args=[ref, r.uuid, first.uuid])
    pages = [
        reverse("analysis:agreement_detail", args=[ref, r.uuid]),
        reverse("analysis:agreement_disagreements", args=[ref, r.uuid]),
        reverse("analysis:agreement_settle", args=[ref, r.uuid]),
        reverse("analysis:agreement_coding", args=[ref, r.uuid]),
        my_page,
    ]
    for url in pages:
        assert "REVIEWER-SECRET" not in lead.get(url).content.decode(), url
        assert "LEAD-SECRET" not in reviewer.get(url).content.decode(), url
    for url in pages[:3]:
        text = observer.get(url).content.decode()
        assert "SECRET" not in text, url
    assert "LEAD-SECRET" in lead.get(my_page).content.decode()
    # Nothing in the audit log the lead reviewer reads names the reviewer's factor.
    summaries = " ".join(AuditEvent.objects.values_list("summary", flat=True))
    assert "orkload" not in summaries and "SECRET" not in summaries

    services.agreement_complete(actor=review_world.lead, agreement_round=r)
    assert "REVIEWER-SECRET" not in lead.get(pages[1]).content.decode()
    services.agreement_complete(actor=review_world.reviewer, agreement_round=r)
    both = lead.get(pages[1]).content.decode()
    assert "REVIEWER-SECRET" in both and "LEAD-SECRET" in both
    assert "REVIEWER-SECRET" in observer.get(pages[1]).content.decode()


def test_a_coder_still_coding_does_not_see_the_shared_coding_of_the_rounds_episodes(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    ContributoryFactorFactory(episode=first, node_key=WORKLOAD, explanation="SHARED-CODING")
    ref = review_world.review.reference
    table = reverse("analysis:episode_list", args=[ref])
    detail = reverse("analysis:episode_detail", args=[ref, first.uuid])
    filtered = table + "?factor=work-conditions"
    lead, observer = client_for(review_world.lead), client_for(review_world.observer)

    assert episodes_hidden_from(review=review_world.review, user=review_world.lead) == {
        e.pk for e in _episodes(r)
    }
    assert "Hidden while you code this episode" in lead.get(table).content.decode()
    assert "SHARED-CODING" not in lead.get(detail).content.decode()
    assert first.title not in lead.get(filtered).content.decode()
    assert "SHARED-CODING" in observer.get(detail).content.decode()
    assert first.title in observer.get(filtered).content.decode()

    services.agreement_complete(actor=review_world.lead, agreement_round=r)
    assert "SHARED-CODING" in lead.get(detail).content.decode()


def test_someone_who_is_not_a_coder_gets_403_on_the_coding_pages(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    other_reviewer = MembershipFactory(review=review_world.review, role=ReviewRole.REVIEWER).user
    client = client_for(other_reviewer)
    ref = review_world.review.reference
    for name, args in [
        ("analysis:agreement_coding", [ref, r.uuid]),
        ("analysis:agreement_complete", [ref, r.uuid]),
        ("analysis:agreement_code_episode", [ref, r.uuid, first.uuid]),
        ("analysis:agreement_code_remove", [ref, r.uuid, first.uuid]),
    ]:
        url = reverse(name, args=args)
        assert client.get(url).status_code == 403, name
        assert client.post(url, {"node_key": CONTACT, "effect": "helped"}).status_code == 403
    assert not ContributoryFactor.objects.exists()
    assert AuditEvent.objects.filter(
        actor=other_reviewer, action=AuditAction.ACCESS_DENIED
    ).exists()
    with pytest.raises(services.AgreementError):
        _code(other_reviewer, r, first, CONTACT, "helped", "")


def test_a_coder_cannot_remove_the_other_coders_factor(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    theirs = _code(review_world.reviewer, r, first, CONTACT, "helped", "B's")
    url = reverse(
        "analysis:agreement_code_remove", args=[review_world.review.reference, r.uuid, first.uuid]
    )

    client_for(review_world.lead).post(url, {"factor": theirs.uuid})

    theirs.refresh_from_db()
    assert theirs.deleted_at is None
    with pytest.raises(services.AgreementError):
        services.agreement_code_remove(actor=review_world.lead, agreement_round=r, factor=theirs)


def test_coding_through_the_page_adds_and_removes_own_factors(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    client = client_for(review_world.reviewer)
    ref = review_world.review.reference
    url = reverse("analysis:agreement_code_episode", args=[ref, r.uuid, first.uuid])

    added = client.post(url, {"node_key": CONTACT, "effect": "helped", "explanation": "Visits"})
    again = client.post(url, {"node_key": CONTACT, "effect": "hindered", "explanation": "Twice"})
    empty = client.post(url, {"node_key": "", "effect": "", "explanation": ""})

    assert added.status_code == 302
    factor = ContributoryFactor.objects.get()
    assert (factor.coder, factor.agreement_round, factor.node_key) == (
        review_world.reviewer,
        r,
        CONTACT,
    )
    assert "You have already coded this factor for this episode" in error_summary(again)
    assert "Select the contributory factor" in error_summary(empty)
    remove = reverse("analysis:agreement_code_remove", args=[ref, r.uuid, first.uuid])
    assert client.post(remove, {"factor": factor.uuid}).status_code == 302
    factor.refresh_from_db()
    assert factor.deleted_at is not None


def test_an_episode_outside_the_round_cannot_be_coded_in_it(review_world: ReviewWorld):
    r = _round(review_world)
    outside = KeyPracticeEpisodeFactory(review=review_world.review)
    with pytest.raises(services.AgreementError):
        _code(review_world.lead, r, outside, CONTACT, "helped", "")


# --- completion ------------------------------------------------------------------------------


def test_a_complete_coding_can_no_longer_change(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world)
    first, _ = _episodes(r)
    mine = _code(review_world.lead, r, first, CONTACT, "helped", "")
    client = client_for(review_world.lead)
    ref = review_world.review.reference

    assert (
        client.post(reverse("analysis:agreement_complete", args=[ref, r.uuid])).status_code == 302
    )
    r.refresh_from_db()
    assert r.a_completed_at is not None and r.b_completed_at is None
    with pytest.raises(services.AgreementError):
        _code(review_world.lead, r, first, WORKLOAD, "helped", "")
    with pytest.raises(services.AgreementError):
        services.agreement_code_remove(actor=review_world.lead, agreement_round=r, factor=mine)
    page = client.post(
        reverse("analysis:agreement_code_episode", args=[ref, r.uuid, first.uuid]),
        {"node_key": WORKLOAD, "effect": "helped", "explanation": "late"},
    )
    assert "Your coding is complete, so it can no longer change" in error_summary(page)
    assert ContributoryFactor.objects.filter(coder=review_world.lead).count() == 1


# --- figures and disagreements ---------------------------------------------------------------


def test_the_comparison_sorts_agreements_and_disagreements(review_world: ReviewWorld) -> None:
    r = _coded_round(review_world)

    first, second = round_comparison(r)

    assert [i.node_key for i in first.agreed] == [CONTACT]
    assert [i.node_key for i in first.only_a] == [WORKLOAD]
    assert [i.node_key for i in second.different_effect] == [SHARING]
    assert [i.node_key for i in second.only_b] == [SUPERVISION]
    assert (first.disagreements, second.disagreements) == (1, 2)


def test_the_results_page_shows_kappa_per_area_with_its_interpretation(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _coded_round(review_world)
    figures = figures_for(r)
    role = next(a for a in figures.areas if a.key == "role")
    family = next(a for a in figures.areas if a.key == "family")
    # role: 2 episodes × 4 nodes, both coded CONTACT on episode 1 and nothing else: kappa 1.
    assert (role.units, role.kappa, role.band) == (8, 1.0, "Almost perfect")
    assert family.kappa is None
    work = next(a for a in figures.areas if a.key == "work-conditions")
    assert work.kappa == pytest.approx(0.0)  # A coded one node B never used: p_o = p_e

    page = main_text(
        client_for(review_world.observer).get(
            reverse("analysis:agreement_detail", args=[review_world.review.reference, r.uuid])
        )
    )

    assert "Conditions of work 0.00 Slight" in page
    assert "Aspects of the role 1.00 Almost perfect 100.0% (8 of 8)" in page
    assert "Aspects of the family Not defined Neither coder used this area" in page
    assert f"All areas {figures.overall.kappa_text}" in page


def test_the_disagreements_page_shows_each_coders_explanation_side_by_side(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _coded_round(review_world)

    page = main_text(
        client_for(review_world.lead).get(
            reverse(
                "analysis:agreement_disagreements", args=[review_world.review.reference, r.uuid]
            )
        )
    )

    assert "3 disagreements across 2 episodes" in page
    assert "Only the first coder Hindered A: caseload of 30 Not coded" in page
    assert "Different effect Hindered A: body map not sent Both B: shared late but shared" in page
    assert "Only the second coder Not coded Hindered B: no supervision for weeks" in page


# --- settling --------------------------------------------------------------------------------


def _settle_post(agreement_round: AgreementRound, choices: dict[str, tuple[str, str, str]]):
    """A settling post: node key -> (decision, effect, explanation), for every item."""
    items = [i for c in round_comparison(agreement_round, with_shared=True) for i in c.items]
    data = {"version": agreement_round.version}
    for item in items:
        decision, effect, explanation = choices[f"{item.episode.number}:{item.node_key}"]
        n = item.index
        data.update(
            {
                f"key_{n}": item.key,
                f"decision_{n}": decision,
                f"effect_{n}": effect,
                f"explanation_{n}": explanation,
            }
        )
    return data


def test_settling_writes_the_shared_coding_and_closes_the_round(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _coded_round(review_world)
    first, second = _episodes(r)
    old_shared = ContributoryFactorFactory(episode=second, node_key="family", explanation="old")
    n1, n2 = first.number, second.number
    url = reverse("analysis:agreement_settle", args=[review_world.review.reference, r.uuid])
    client = client_for(review_world.lead)
    assert f"Episode {n2}: Aspects of the family" in main_text(client.get(url))

    missing = client.post(url, {"version": r.version})
    assert error_summary(missing)
    r.refresh_from_db()
    assert r.closed_at is None

    response = client.post(
        url,
        _settle_post(
            r,
            {
                f"{n1}:{CONTACT}": ("keep", "helped", "Regular visits built trust"),
                f"{n1}:{WORKLOAD}": ("leave", "", ""),
                f"{n2}:{SHARING}": ("keep", "hindered", "The body map was not sent"),
                f"{n2}:{SUPERVISION}": ("keep", "hindered", "No supervision for six weeks"),
                f"{n2}:family": ("leave", "", ""),
            },
        ),
    )

    assert response.status_code == 302
    shared = {
        (f.episode_id, f.node_key): (f.effect, f.explanation) for f in selectors.shared_factors()
    }
    assert shared == {
        (first.pk, CONTACT): ("helped", "Regular visits built trust"),
        (second.pk, SHARING): ("hindered", "The body map was not sent"),
        (second.pk, SUPERVISION): ("hindered", "No supervision for six weeks"),
    }
    old_shared.refresh_from_db()
    assert old_shared.deleted_at is not None  # left out: removed, and restorable
    r.refresh_from_db()
    assert r.closed_at is not None and r.closed_by == review_world.lead
    assert r.figures["overall"]["units"] > 0
    # In framework order: role, work conditions; then family, own team, inter-agency.
    assert [d["keep"] for d in r.decisions] == [True, False, False, True, True]
    assert AuditEvent.objects.filter(
        object_id=str(r.uuid), summary__startswith="Settled agreement check 1: 3 factors kept"
    ).exists()
    # The independent codings are kept as the record, still out of the shared coding.
    assert ContributoryFactor.objects.filter(coder__isnull=False).count() == 6
    # A closed round is read-only.
    assert "has been settled and is closed" in main_text(client.get(url))
    again = client.post(url, _settle_post_after_close(r))
    assert again.status_code == 200
    assert selectors.shared_factors().count() == 3
    with pytest.raises(services.AgreementError):
        _code(review_world.lead, r, first, WORKLOAD, "helped", "")


def _settle_post_after_close(r: AgreementRound) -> dict:
    return {"version": r.version, "decision_0": "keep", "effect_0": "helped"}


def test_two_reviewers_settling_at_once_cannot_both_win(review_world: ReviewWorld) -> None:
    r = _coded_round(review_world)
    items = [i for c in round_comparison(r, with_shared=True) for i in c.items]
    keep_all = [
        services.Decision(key=i.key, keep=True, effect="helped", explanation="x") for i in items
    ]
    opened_at = r.version

    services.agreement_settle(
        actor=review_world.lead, agreement_round=r, expected_version=opened_at, decisions=keep_all
    )
    with pytest.raises(EditConflict):
        services.agreement_settle(
            actor=review_world.reviewer,
            agreement_round=r,
            expected_version=opened_at,
            decisions=[services.Decision(key=i.key, keep=False) for i in items],
        )
    assert selectors.shared_factors().count() == len(items)


def test_a_settling_opened_before_the_shared_coding_changed_is_refused(
    review_world: ReviewWorld,
) -> None:
    r = _coded_round(review_world)
    items = [i for c in round_comparison(r, with_shared=True) for i in c.items]
    ContributoryFactorFactory(episode=_episodes(r)[0], node_key="family")

    with pytest.raises(services.AgreementError, match="changed while you were settling"):
        services.agreement_settle(
            actor=review_world.lead,
            agreement_round=r,
            expected_version=r.version,
            decisions=[services.Decision(key=i.key, keep=False) for i in items],
        )


def test_a_round_cannot_be_settled_before_both_coders_are_complete(review_world: ReviewWorld):
    r = _round(review_world)
    services.agreement_complete(actor=review_world.lead, agreement_round=r)
    with pytest.raises(services.AgreementError, match="Both coders"):
        services.agreement_settle(
            actor=review_world.lead, agreement_round=r, expected_version=None, decisions=[]
        )


# --- independent codings stay out of the shared coding's readers ----------------------------


def test_independent_codings_never_reach_the_table_filters_exports_map_or_findings(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _round(review_world, episodes=1)
    (episode,) = _episodes(r)
    finding = FindingFactory(review=review_world.review)
    finding.episodes.add(episode)
    coded = _code(review_world.reviewer, r, episode, WORKLOAD, "hindered", "INDEPENDENT-ONLY")
    # The lead (a coder, complete) and an observer read everything the shared coding feeds.
    services.agreement_complete(actor=review_world.lead, agreement_round=r)
    ref = review_world.review.reference

    rows = selectors.episode_table(review=review_world.review, full_text=True)
    assert rows[0].factor_rows == []
    assert selectors.episode_table(review=review_world.review, factor_key="work-conditions") == []
    assert selectors.episode_detail(episode=episode)["factor_rows"] == []
    trace = traceability_map(review=review_world.review)
    assert [e.factors for e in trace.episodes] == [[]]
    assert not findings_annotated(review=review_world.review).get().has_evidence
    for client in (client_for(review_world.observer), client_for(review_world.lead)):
        for name in (
            "analysis:episode_list",
            "analysis:episode_export_csv",
            "analysis:traceability",
            "analysis:finding_list",
        ):
            body = client.get(reverse(name, args=[ref])).content.decode()
            assert "INDEPENDENT-ONLY" not in body, name
        detail = client.get(reverse("analysis:episode_detail", args=[ref, episode.uuid]))
        assert "INDEPENDENT-ONLY" not in detail.content.decode()
    # Nor can the shared coding's own pages change an independent coding.
    edit = reverse("analysis:factor_edit", args=[ref, episode.uuid, coded.uuid])
    assert client_for(review_world.lead).get(edit).status_code == 404
    coded.deleted_at = coded.updated_at
    coded.save()
    assert selectors.factors_removed(review=review_world.review) == []


def test_the_episode_table_links_to_the_agreement_check(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    ref = review_world.review.reference
    page = client_for(review_world.observer).get(reverse("analysis:episode_list", args=[ref]))
    assert reverse("analysis:agreement_list", args=[ref]) in page.content.decode()


def test_a_tampered_or_nonsense_settling_post_is_answered_with_errors(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    r = _coded_round(review_world)
    url = reverse("analysis:agreement_settle", args=[review_world.review.reference, r.uuid])
    client = client_for(review_world.lead)
    good = _settle_post(
        r,
        {
            key: ("keep", "helped", "Kept")
            for key in (
                f"{i.episode.number}:{i.node_key}"
                for c in round_comparison(r, with_shared=True)
                for i in c.items
            )
        },
    )

    nonsense = client.post(url, {**good, "decision_0": "maybe", "effect_1": "sideways"})
    tampered = client.post(url, {**good, "key_0": "someone-else/family"})
    no_explanation = client.post(url, {**good, "explanation_2": "   "})

    assert "Select a valid choice. maybe is not one of the available choices." in error_summary(
        nonsense
    )
    assert any("changed while you were settling" in e for e in error_summary(tampered))
    assert any(e.startswith("Enter an explanation for") for e in error_summary(no_explanation))
    r.refresh_from_db()
    assert r.closed_at is None and not selectors.shared_factors().exists()


def test_a_closed_round_keeps_its_figures_even_if_an_episode_is_removed_later(
    review_world: ReviewWorld,
) -> None:
    r = _coded_round(review_world)
    items = [i for c in round_comparison(r, with_shared=True) for i in c.items]
    services.agreement_settle(
        actor=review_world.lead,
        agreement_round=r,
        expected_version=r.version,
        decisions=[services.Decision(key=i.key, keep=False) for i in items],
    )
    before = figures_for(r)

    KeyPracticeEpisode.objects.filter(pk=_episodes(r)[1].pk).update(deleted_at=r.closed_at)

    r.refresh_from_db()
    assert figures_for(r) == before
    assert before.episodes == 2
