"""The review's "Language check" page, dismissing flags with a reason, and `flags_for`."""

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.language.models import Dismissal, PartnershipRule, ShippedRuleSwitchOff
from casewindow.language.selectors import flags_for
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.pages import by_class, error_summary, html, text_of
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
HOW = "The strategy discussion went ahead quickly. The social worker failed to invite the HV."


def _analysis(world: ReviewWorld) -> dict:
    finding = FindingFactory(review=world.review, how_featured=HOW)
    episode = KeyPracticeEpisodeFactory(
        review=world.review,
        what_happened="The GP should have asked about the partner.",
        appraisal_explanation="It was obvious that the baby was at risk.",
    )
    factor = ContributoryFactorFactory(
        episode=episode, explanation="Nobody checked the bail conditions."
    )
    recommendation = RecommendationFactory(
        review=world.review, text="Agencies must stop being complacent about bruising."
    )
    FindingFactory(review=world.review, how_featured="Clean text.", deleted_at="2025-01-01T00:00Z")
    return {"finding": finding, "episode": episode, "factor": factor, "rec": recommendation}


def _url(world: ReviewWorld, **query: str) -> str:
    url = reverse("language:review_check", args=[world.review.reference])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_page_lists_flags_per_object_with_links_and_counts_by_category(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    objects = _analysis(review_world)

    response = client_for(review_world.observer).get(_url(review_world))

    assert response.status_code == 200
    page = html(response)
    marks = [text_of(mark) for mark in by_class(page, "cw-flag")]
    assert marks == [
        "flagged: failed to",
        "flagged: should have",
        "flagged: It was obvious",
        "flagged: Nobody",
        "flagged: complacent",
    ]
    links = page.xpath("//h2/a/@href")
    assert (
        reverse(
            "analysis:finding_detail", args=[review_world.review.reference, objects["finding"].uuid]
        )
        in links
    )
    assert (
        reverse(
            "analysis:episode_detail", args=[review_world.review.reference, objects["episode"].uuid]
        )
        in links
    )
    counts = {
        text_of(row.xpath("./th")[0]): text_of(row.xpath("./td")[0])
        for row in page.xpath("//table[contains(@class,'cw-flag-counts')]/tbody/tr")
    }
    assert counts == {
        "Hindsight": "1",
        "Counterfactual": "1",
        "Blame": "3",
        "Judgement": "0",
        "Certainty": "0",
    }
    body = text_of(page)
    assert "Ask instead: What made not doing this seem reasonable at the time" in body
    assert "Contributory factor:" in body
    # An observer reads the flags but cannot dismiss them.
    assert "Dismiss this flag" not in body


def test_a_reviewer_dismisses_a_flag_with_a_reason_and_it_moves_under_show_dismissed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    objects = _analysis(review_world)
    client = client_for(review_world.reviewer)
    key = f"finding:{objects['finding'].uuid}:how_featured"
    page = html(client.get(_url(review_world)))
    form = page.xpath(f"//form[input[@name='context'][@value='{key}']]")[0]
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input")}

    response = client.post(form.get("action"), {**fields, "reason": "Quoted from the agency."})

    assert response.status_code == 302
    assert response["Location"] == _url(review_world)
    dismissal = Dismissal.objects.get()
    assert (dismissal.context_key, dismissal.rule_id, dismissal.phrase) == (
        key,
        "failed-to",
        "failed to",
    )
    assert dismissal.sentence == "The social worker failed to invite the HV."
    assert dismissal.dismissed_by == review_world.reviewer
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_id=str(dismissal.uuid), summary__contains="Quoted"
    ).exists()
    after = html(client.get(_url(review_world)))
    assert "flagged: failed to" not in [text_of(m) for m in by_class(after, "cw-flag")]
    assert "Show dismissed flags (1)" in text_of(after)
    shown = html(client.get(_url(review_world, dismissed="1")))
    assert "flagged and dismissed: failed to" in [text_of(m) for m in by_class(shown, "cw-flag")]
    assert "“Quoted from the agency.”" in text_of(shown)


def test_a_dismissal_without_a_reason_is_refused_with_an_error(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    objects = _analysis(review_world)
    url = reverse("language:flag_dismiss", args=[review_world.review.reference])
    flag = {
        "context": f"finding:{objects['finding'].uuid}:how_featured",
        "rule": "failed-to",
        "phrase": "failed to",
        "sentence": "The social worker failed to invite the HV.",
    }

    response = client_for(review_world.lead).post(url, {**flag, "reason": "  "})

    assert response.status_code == 200
    assert error_summary(response) == ["Enter why the flag does not apply"]
    assert "“failed to”" in response.content.decode()
    assert not Dismissal.objects.exists()
    tampered = client_for(review_world.lead).post(
        url, {**flag, "rule": "no-such-rule", "reason": "x"}
    )
    assert error_summary(tampered) == [
        "This flag could not be found: go back to the text and try again"
    ]


def test_an_observer_cannot_dismiss_a_flag(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    url = reverse("language:flag_dismiss", args=[review_world.review.reference])
    response = client_for(review_world.observer).post(
        url,
        {
            "context": "finding:x:y",
            "rule": "failed-to",
            "phrase": "a",
            "sentence": "a",
            "reason": "x",
        },
    )
    assert response.status_code == 403
    assert not Dismissal.objects.exists()


def test_a_dismissal_survives_edits_elsewhere_but_not_to_its_own_sentence(
    review_world: ReviewWorld,
) -> None:
    key = "draft:1234:introduction"
    text = "The HV was not invited. The agency failed to reply."
    (flag,) = flags_for(review=review_world.review, context_key=key, text=text)
    Dismissal.objects.create(
        review=review_world.review,
        context_key=key,
        rule_id=flag.rule_id,
        phrase=flag.phrase,
        sentence=flag.sentence,
        reason="The agency's own words.",
    )

    edited_elsewhere = "A new first sentence.  The agency  failed to reply.\nMore."
    rewritten = "The agency failed to reply in time."
    (kept,) = flags_for(review=review_world.review, context_key=key, text=edited_elsewhere)
    (back,) = flags_for(review=review_world.review, context_key=key, text=rewritten)
    (other_place,) = flags_for(review=review_world.review, context_key="draft:1234:x", text=text)

    assert kept.dismissed and kept.dismissal_reason == "The agency's own words."
    assert not back.dismissed
    assert not other_place.dismissed


def test_a_flag_can_be_brought_back(review_world: ReviewWorld, client_for: ClientFor) -> None:
    dismissal = Dismissal.objects.create(
        review=review_world.review,
        context_key="finding:x:summary",
        rule_id="failed-to",
        phrase="failed to",
        sentence="It failed to.",
        reason="x",
    )
    url = reverse(
        "language:dismissal_withdraw", args=[review_world.review.reference, dismissal.uuid]
    )

    response = client_for(review_world.reviewer).post(url, {"next": "https://evil.example/"})

    assert response.status_code == 302
    assert response["Location"] == _url(review_world)  # never sent off-site
    assert not Dismissal.objects.exists()
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, summary__contains="back").exists()


def test_the_review_uses_its_partnerships_rules(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    FindingFactory(
        review=review_world.review,
        how_featured="Mother was non-compliant. The agency failed to reply.",
    )
    PartnershipRule.objects.create(
        partnership=review_world.partnership,
        phrase="non-complian*",
        explanation="Puts the difficulty on the family.",
        prompt="What got in the way of engagement?",
    )
    ShippedRuleSwitchOff.objects.create(
        partnership=review_world.partnership, rule_id="failed-to", reason="Not for us."
    )

    page = html(client_for(review_world.lead).get(_url(review_world)))

    assert [text_of(m) for m in by_class(page, "cw-flag")] == ["flagged: non-compliant"]
    assert "What got in the way of engagement?" in text_of(page)


def test_a_review_with_no_flags_says_so(review_world: ReviewWorld, client_for: ClientFor) -> None:
    FindingFactory(review=review_world.review, how_featured="The HV saw Child J at home.")
    page = html(client_for(review_world.lead).get(_url(review_world)))
    assert "No flags to consider." in text_of(page)


def test_flags_for_report_checks_every_section_with_its_key(review_world: ReviewWorld) -> None:
    from casewindow.language.selectors import flags_for_report
    from casewindow.reports.content import Block, ReportContent, Section

    content = ReportContent(
        title="Child J",
        review_reference=review_world.review.reference,
        partnership="Northbridge",
        status="Draft 1",
        date_text="May 2025",
        sections=(
            Section(
                key="introduction",
                number="1",
                title="Introduction",
                editable=True,
                blocks=(Block(kind="paragraph", text="The HV saw Child J at home."),),
            ),
            Section(
                key="findings",
                number="4",
                title="Findings",
                subsections=(
                    Section(
                        key="finding-1",
                        number="4.1",
                        title="Finding 1",
                        blocks=(Block(kind="list", items=("Nobody checked the bail.",)),),
                    ),
                ),
            ),
        ),
    )

    (checked,) = flags_for_report(
        review=review_world.review, content=content, context_prefix="draft:9"
    )

    assert checked.context_key == "draft:9:finding-1"
    assert checked.label == "4.1 Finding 1"
    assert [f.phrase for f in checked.flags] == ["Nobody"]


def test_the_flagged_text_tag_renders_marks_and_a_dismiss_form_for_reviewers_only(
    review_world: ReviewWorld,
) -> None:
    from django.template import Context, Template
    from django.test import RequestFactory

    from casewindow.accounts.access import review_for_user

    template = Template("{% load language_tags %}{% flagged_text review 'draft:1:intro' text %}")

    def render(user: User) -> str:
        request = RequestFactory().get("/somewhere/?x=1")
        request.user = user
        review = review_for_user(request, review_world.review.reference)
        return template.render(
            Context({"request": request, "review": review, "text": "It <b>failed to</b> act."})
        )

    as_reviewer = html_of(render(review_world.reviewer))
    as_observer = html_of(render(review_world.observer))

    assert [text_of(m) for m in by_class(as_reviewer, "cw-flag")] == ["flagged: failed to"]
    assert "<b>" in text_of(as_reviewer)  # the text is escaped, never markup
    form = as_reviewer.xpath("//form")[0]
    assert form.get("action") == reverse(
        "language:flag_dismiss", args=[review_world.review.reference]
    )
    assert form.xpath(".//input[@name='next']/@value") == ["/somewhere/?x=1"]
    assert form.xpath(".//input[@name='sentence']/@value") == ["It <b>failed to</b> act."]
    assert as_observer.xpath("//form") == []
    assert [text_of(m) for m in by_class(as_observer, "cw-flag")] == ["flagged: failed to"]


def html_of(markup: str):
    import lxml.html

    return lxml.html.fromstring(f"<div>{markup}</div>")


def test_the_pages_queries_do_not_grow_with_the_analysis(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(review_world.lead)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(_url(review_world)).status_code == 200
        return len(captured)

    _analysis(review_world)
    few = queries()
    for _ in range(4):
        _analysis(review_world)
    assert queries() == few
