"""Coding evidence as excerpts: the service's checks, the coding pages (with and without the
browser's offsets), the list and its filters, changing, removing and restoring."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casewindow.analysis.models import Excerpt, Finding, KeyPracticeEpisode
from casewindow.analysis.services import excerpts as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditEvent
from tests.analysis.factories import ExcerptFactory
from tests.evidence.factories import (
    ChronologyEntryFactory,
    ConversationFactory,
    DocumentPageFactory,
    SourceDocumentFactory,
)

TEXT = (
    "Home visit on 3 March. Mother said the baby had been unsettled.\n"
    "The health visitor saw a mark on the cheek. Mother said he rolled into the cot.\n"
    "The health visitor saw a mark on the cheek again on 10 March."
)
QUOTE = "saw a mark on the cheek"


@pytest.fixture
def document(review_world):
    document = SourceDocumentFactory(review=review_world.review, agency=review_world.agency)
    DocumentPageFactory(document=document, number=1, text=TEXT)
    return document


def _code_url(world, document, page=1):
    return reverse(
        "analysis:excerpt_code_document", args=[world.review.reference, document.uuid, page]
    )


def test_create_checks_the_quote_is_the_text_at_the_offsets(review_world, document):
    unit = services.unit_for_document(document, document.pages.get())
    start = TEXT.index(QUOTE)
    with pytest.raises(services.ExcerptError):
        services.excerpt_create(
            actor=review_world.lead,
            review=review_world.review,
            unit=unit,
            start=start + 1,
            end=start + 1 + len(QUOTE),
            quote=QUOTE,
        )
    excerpt = services.excerpt_create(
        actor=review_world.lead,
        review=review_world.review,
        unit=unit,
        start=start,
        end=start + len(QUOTE),
        quote=QUOTE,
        memo="Seen, and explained by mother",
        factor_keys=["personal", "work-conditions"],
    )
    assert excerpt.prefix == TEXT[max(0, start - 40) : start]
    assert excerpt.suffix == TEXT[start + len(QUOTE) : start + len(QUOTE) + 40]
    assert AuditEvent.objects.filter(review=review_world.review, action="create").exists()
    with pytest.raises(services.ExcerptError):
        services.excerpt_create(
            actor=review_world.lead,
            review=review_world.review,
            unit=unit,
            start=start,
            end=start + len(QUOTE),
            quote=QUOTE,
            factor_keys=["no-such-node"],
        )


def test_code_without_javascript_finds_the_typed_passage(review_world, client_for, document):
    client = client_for(review_world.reviewer)
    url = _code_url(review_world, document)
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"passage": QUOTE, "occurrence": "2", "memo": "Second sighting", "factor_keys": ["family"]},
    )
    assert response.status_code == 302
    excerpt = Excerpt.objects.get()
    assert excerpt.start == TEXT.index(QUOTE, TEXT.index(QUOTE) + 1)
    assert excerpt.quote == QUOTE
    assert excerpt.factor_keys == ["family"]
    assert excerpt.created_by == review_world.reviewer


def test_code_with_browser_offsets_and_line_breaks_as_spaces(review_world, client_for, document):
    client = client_for(review_world.reviewer)
    start = TEXT.index("unsettled.")
    end = TEXT.index(" Mother said he")
    response = client.post(
        _code_url(review_world, document),
        {"passage": TEXT[start:end], "start": start, "end": end},
    )
    assert response.status_code == 302
    assert Excerpt.objects.get().quote == TEXT[start:end]
    # A pasted passage whose line break became a space is still found.
    response = client.post(
        _code_url(review_world, document),
        {"passage": "unsettled. The health visitor"},
    )
    assert response.status_code == 302
    assert Excerpt.objects.count() == 2


def test_offsets_from_the_browser_are_not_trusted(review_world, client_for, document):
    client = client_for(review_world.reviewer)
    response = client.post(
        _code_url(review_world, document),
        {"passage": "not in the text at all", "start": 0, "end": 22},
    )
    assert response.status_code == 200
    assert "The passage is not in the text" in response.content.decode()
    assert not Excerpt.objects.exists()
    response = client.post(_code_url(review_world, document), {"passage": QUOTE, "occurrence": 3})
    assert "does not appear that many times" in response.content.decode()


def test_code_from_a_conversation_and_an_entry(review_world, client_for):
    client = client_for(review_world.reviewer)
    conversation = ConversationFactory(
        review=review_world.review, account_at_time="I had 31 visits that week."
    )
    url = reverse(
        "analysis:excerpt_code_conversation",
        args=[review_world.review.reference, conversation.uuid, "account_at_time"],
    )
    assert client.post(url, {"passage": "31 visits"}).status_code == 302
    detail = client.get(client.post(url, {"passage": "31 visits"})["Location"]).content.decode()
    assert f"{conversation.uuid}/#place-" in detail
    bad = url.replace("account_at_time", "nonsense")
    assert client.get(bad).status_code == 404
    entry = ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        description="Body map completed at nursery; not shared.",
    )
    url = reverse("analysis:excerpt_code_entry", args=[review_world.review.reference, entry.uuid])
    assert client.post(url, {"passage": "not shared"}).status_code == 302
    sources = sorted(Excerpt.objects.values_list("source", flat=True))
    assert sources == ["chronology", "conversation", "conversation"]


def test_detail_marks_the_passage_after_the_text_changed(review_world, client_for, document):
    excerpt = ExcerptFactory(review=review_world.review, document=document)
    page = document.pages.get()
    page.text = "Re-read:\n" + TEXT.replace("saw a mark", "saw  a mark")
    page.save()
    excerpt.quote, excerpt.start = QUOTE, 5
    excerpt.save()
    client = client_for(review_world.observer)
    url = reverse("analysis:excerpt_detail", args=[review_world.review.reference, excerpt.uuid])
    html = client.get(url).content.decode()
    assert '<mark id="excerpt" class="cw-excerpt-mark">saw  a mark on the cheek</mark>' in html
    page.text = "Nothing relevant left."
    page.save()
    html = client.get(url).content.decode()
    assert services.NOT_FOUND.replace("'", "&#x27;") in html


def test_detail_escapes_the_text(review_world, client_for):
    document = SourceDocumentFactory(review=review_world.review)
    DocumentPageFactory(document=document, number=1, text="<b>bold</b> said <script>x</script>")
    client = client_for(review_world.reviewer)
    client.post(_code_url(review_world, document), {"passage": "said"})
    excerpt = Excerpt.objects.get()
    url = reverse("analysis:excerpt_detail", args=[review_world.review.reference, excerpt.uuid])
    html = client.get(url).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt; <mark" in html
    assert "<script>x" not in html


def test_list_filters(review_world, client_for, document):
    review = review_world.review
    episode = KeyPracticeEpisode.objects.create(review=review, number=1, title="The bruise")
    finding = Finding.objects.create(review=review, number=1, statement="Body maps stay put")
    one = ExcerptFactory(review=review, document=document, factor_keys=["personal"], memo="one")
    two = ExcerptFactory(review=review, document=document, factor_keys=["inter-agency"], memo="two")
    one.episodes.add(episode)
    two.findings.add(finding)
    client = client_for(review_world.observer)
    url = reverse("analysis:excerpt_list", args=[review.reference])

    def memos(**params):
        html = client.get(url, params).content.decode()
        return [m for m in ("one", "two") if f"<p>{m}</p>" in html]

    assert memos() == ["one", "two"]
    assert memos(factor="personal") == ["one"]
    assert memos(episode=str(episode.uuid)) == ["one"]
    assert memos(finding=str(finding.uuid)) == ["two"]
    assert memos(source="conversation") == []
    html = client.get(url).content.decode()
    assert f"?episode={episode.uuid}" in html and "?factor=inter-agency" in html


def test_list_query_count_does_not_grow(review_world, client_for, document):
    review = review_world.review
    episode = KeyPracticeEpisode.objects.create(review=review, number=1, title="The bruise")
    client = client_for(review_world.observer)
    url = reverse("analysis:excerpt_list", args=[review.reference])

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    for _ in range(5):
        ExcerptFactory(review=review, document=document).episodes.add(episode)
    five = count()
    for _ in range(45):
        ExcerptFactory(review=review, document=document).episodes.add(episode)
    assert count() == five


def test_edit_with_conflict_keeps_both(review_world, client_for, document):
    excerpt = ExcerptFactory(review=review_world.review, document=document, memo="first")
    services.excerpt_update(
        actor=review_world.lead,
        excerpt=excerpt,
        expected_version=1,
        memo="the lead's memo",
        factor_keys=["role"],
        episodes=[],
        findings=[],
    )
    with pytest.raises(EditConflict):
        services.excerpt_update(
            actor=review_world.reviewer,
            excerpt=excerpt,
            expected_version=1,
            memo="x",
            factor_keys=[],
            episodes=[],
            findings=[],
        )
    client = client_for(review_world.reviewer)
    url = reverse("analysis:excerpt_edit", args=[review_world.review.reference, excerpt.uuid])
    response = client.post(url, {"version": 1, "memo": "my memo"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "after you opened it" in html
    assert "the lead&#x27;s memo" in html and "my memo" in html
    response = client.post(url, {"version": 2, "memo": "my memo"})
    assert response.status_code == 302
    excerpt.refresh_from_db()
    assert excerpt.memo == "my memo" and excerpt.version == 3


def test_remove_asks_first_and_the_lead_restores(review_world, client_for, document):
    excerpt = ExcerptFactory(review=review_world.review, document=document)
    reference = review_world.review.reference
    client = client_for(review_world.reviewer)
    delete = reverse("analysis:excerpt_delete", args=[reference, excerpt.uuid])
    assert "Remove this excerpt?" in client.get(delete).content.decode()
    excerpt.refresh_from_db()
    assert excerpt.deleted_at is None
    assert client.post(delete).status_code == 302
    excerpt.refresh_from_db()
    assert excerpt.deleted_at is not None
    detail = reverse("analysis:excerpt_detail", args=[reference, excerpt.uuid])
    assert client.get(detail).status_code == 404
    restore = reverse("analysis:excerpt_restore", args=[reference, excerpt.uuid])
    assert client.post(restore).status_code == 403
    lead = client_for(review_world.lead)
    removed = reverse("analysis:excerpt_removed", args=[reference])
    assert excerpt.quote in lead.get(removed).content.decode()
    assert lead.post(restore).status_code == 302
    excerpt.refresh_from_db()
    assert excerpt.deleted_at is None


def test_coding_link_on_the_evidence_pages(review_world, client_for, document):
    html = (
        client_for(review_world.reviewer)
        .get(
            reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])
        )
        .content.decode()
    )
    assert _code_url(review_world, document) in html
    html = (
        client_for(review_world.observer)
        .get(
            reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])
        )
        .content.decode()
    )
    assert "Code a passage" not in html


def test_coding_links_on_conversations_and_the_chronology(review_world, client_for):
    review = review_world.review
    conversation = ConversationFactory(review=review, account_at_time="I had 31 visits.")
    entry = ChronologyEntryFactory(review=review, agency=review_world.agency)
    client = client_for(review_world.reviewer)
    html = client.get(
        reverse("evidence:conversation_detail", args=[review.reference, conversation.uuid])
    ).content.decode()
    link = reverse(
        "analysis:excerpt_code_conversation",
        args=[review.reference, conversation.uuid, "account-at-time"],
    )
    assert link in html
    assert client.get(link).status_code == 200
    html = client.get(reverse("evidence:chronology", args=[review.reference])).content.decode()
    assert reverse("analysis:excerpt_code_entry", args=[review.reference, entry.uuid]) in html


def test_a_chronology_excerpt_opens_the_chronology_page_at_its_row(review_world, client_for):
    """The chronology shows 100 lines a page: the source link names the page and the row."""
    from casewindow.evidence.models import Event
    from tests.evidence.factories import ChronologyEntryFactory

    review, agency = review_world.review, review_world.agency
    entries = ChronologyEntryFactory.create_batch(150, review=review, agency=agency)
    # An event of two entries is one line, placed at its earliest entry (the 10th).
    event = Event.objects.create(review=review, title="Strategy discussion")
    for entry in (entries[9], entries[140]):
        entry.event = event
        entry.save(update_fields=["event"])
    late = entries[130]  # line 130 once the event's second entry is folded in: page 2
    grouped = entries[140]  # shown with its event, on page 1
    client = client_for(review_world.reviewer)
    for entry, page in ((late, 2), (grouped, 1), (entries[0], 1)):
        excerpt = Excerpt.objects.create(
            review=review, source="chronology", entry=entry, start=0, end=4, quote="Home"
        )
        detail = reverse("analysis:excerpt_detail", args=[review.reference, excerpt.uuid])
        html = client.get(detail).content.decode()
        chronology = reverse("evidence:chronology", args=[review.reference])
        query = f"?page={page}" if page > 1 else ""
        link = f"{chronology}{query}#entry-{entry.uuid}"
        assert f'href="{link}"' in html, (entry.date_start, page)
        shown = client.get(f"{chronology}{query}").content.decode()
        assert f'id="entry-{entry.uuid}"' in shown
