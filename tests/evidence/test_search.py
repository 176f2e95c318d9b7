"""Search across a review's documents, conversations and chronology entries: only ever that
review's content, any input is safe, and matches are highlighted without trusting the text."""

import uuid
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.evidence import search
from casewindow.evidence.models import SearchChunk
from casewindow.evidence.selectors import search as selectors
from tests.conftest import ReviewWorld
from tests.evidence.factories import (
    ChronologyEntryFactory,
    ConversationFactory,
    DocumentPageFactory,
    SourceDocumentFactory,
)
from tests.factories import ReviewFactory
from tests.pages import html, main_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("memory_storage")]


def index(
    review, text: str, *, kind: str = "document", title: str = "Report", page: int | None = 1
):
    object_uuid = uuid.uuid4()
    search.search_index_replace(
        review=review, kind=kind, object_uuid=object_uuid, title=title, pages=[(page, text)]
    )
    return object_uuid


def test_finds_the_pages_that_contain_every_word() -> None:
    review = ReviewFactory()
    wanted = index(review, "The health visitor saw bruising on the child's arm.")
    index(review, "The health visitor was not told about the move.")
    hits = search.search_review(review=review, query="bruising visitor")
    assert [h.object_uuid for h in hits] == [wanted]
    assert hits[0].kind == "document" and hits[0].page == 1 and hits[0].title == "Report"


def test_words_match_their_other_forms() -> None:
    review = ReviewFactory()
    wanted = index(review, "Mother said she had visited the GP twice.")
    assert [h.object_uuid for h in search.search_review(review=review, query="visits")] == [wanted]


def test_a_quoted_phrase_matches_the_words_together_only() -> None:
    review = ReviewFactory()
    together = index(review, "A home visit was made on Tuesday.")
    index(review, "The visit was at school, not at home.")
    apart = {h.object_uuid for h in search.search_review(review=review, query="home visit")}
    assert together in apart and len(apart) == 2
    phrase = search.search_review(review=review, query='"home visit"')
    assert [h.object_uuid for h in phrase] == [together]


def test_search_never_returns_another_reviews_content() -> None:
    review, other = ReviewFactory(), ReviewFactory()
    mine = index(review, "Strategy discussion held with police.")
    index(other, "Strategy discussion held with police.")
    index(other, "Strategy discussion, another one.")
    hits = search.search_review(review=review, query="strategy discussion")
    assert [h.object_uuid for h in hits] == [mine]


def test_kinds_narrow_the_search() -> None:
    review = ReviewFactory()
    document = index(review, "Neglect concerns raised", kind="document")
    entry = index(review, "Neglect referral made", kind="chronology", page=None)
    conversation = index(review, "We discussed neglect", kind="conversation", page=None)
    every = {h.object_uuid for h in search.search_review(review=review, query="neglect")}
    assert every == {document, entry, conversation}
    only = search.search_review(review=review, query="neglect", kinds=["chronology"])
    assert [h.object_uuid for h in only] == [entry]
    assert search.search_review(review=review, query="neglect", kinds=["nonsense"]) == []


def test_a_match_in_the_title_ranks_above_one_in_the_text() -> None:
    review = ReviewFactory()
    in_text = index(review, "The referral mentioned housing once.", title="Police report")
    in_title = index(review, "Notes about repairs and rent arrears.", title="Housing report")
    hits = search.search_review(review=review, query="housing")
    assert [h.object_uuid for h in hits] == [in_title, in_text]


def test_the_limit_keeps_the_best_matches() -> None:
    review = ReviewFactory()
    for n in range(8):
        index(review, f"Entry {n}: school attendance fell.")
    assert len(search.search_review(review=review, query="attendance", limit=3)) == 3


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND (",
        "NOT",
        "OR OR",
        "a AND (b OR",
        "*",
        "visit*",
        "NEAR(a b)",
        "title:visit",
        "-visit",
        "^visit",
        "'; DROP TABLE evidence_searchchunk; --",
        "%",
        "_",
        "\\",
        "\x00",
        '"unbalanced phrase',
        "visit" * 200,
        " ".join(["word"] * 100),
        "ça marche — naïve",
        "!!! ??? ...",
    ],
)
def test_no_input_can_break_the_search(query: str) -> None:
    review = ReviewFactory()
    index(review, "A home visit. A visit at school. Title visit.")
    hits = search.search_review(review=review, query=query)
    assert isinstance(hits, list)


def test_empty_and_punctuation_only_queries_find_nothing() -> None:
    review = ReviewFactory()
    index(review, "Anything at all")
    for query in ("", "   ", '"', "()", "!!!"):
        assert search.search_review(review=review, query=query) == []


def test_operators_typed_by_the_reviewer_are_searched_as_words() -> None:
    review = ReviewFactory()
    near = index(review, "Police NEAR the school gates.")
    index(review, "Police at the school.")
    hits = search.search_review(review=review, query="police NEAR school")
    assert [h.object_uuid for h in hits] == [near]


def test_snippets_are_escaped_and_only_the_matches_are_marked() -> None:
    review = ReviewFactory()
    index(review, 'Note <script>alert("x")</script> & <b>bold</b> about neglect.')
    (hit,) = search.search_review(review=review, query="neglect")
    assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
    # SQLite keeps the tags as text (escaped); PostgreSQL's parser leaves tags out of snippets.
    assert "&lt;script&gt;" in hit.snippet or "script" not in hit.snippet
    assert "&amp;" in hit.snippet and "&quot;x&quot;" in hit.snippet
    assert "<mark>neglect</mark>" in hit.snippet


def test_markers_hidden_in_the_text_cannot_unbalance_the_markup() -> None:
    marked = search.marked_html("a \ue001 b \ue000<i>c\ue000 d")
    assert marked == "a  b <mark>&lt;i&gt;c d</mark>"


def test_highlight_marks_query_words_in_escaped_text() -> None:
    marked = search.highlight("Visits <b>and</b> the visitor's visit.", "visit")
    assert (
        marked == "<mark>Visits</mark> &lt;b&gt;and&lt;/b&gt; the "
        "<mark>visitor</mark>&#x27;s <mark>visit</mark>."
    )
    assert search.highlight("<x>", "") == "&lt;x&gt;"


def test_query_terms_keep_phrases_and_drop_punctuation() -> None:
    assert search.query_terms('home "strategy meeting" AND (police)') == [
        ["home"],
        ["strategy", "meeting"],
        ["AND"],
        ["police"],
    ]
    assert search.query_terms('"') == []


def test_replacing_an_objects_index_removes_its_old_text() -> None:
    review = ReviewFactory()
    object_uuid = uuid.uuid4()
    search.search_index_replace(
        review=review, kind="document", object_uuid=object_uuid, title="T", pages=[(1, "old words")]
    )
    search.search_index_replace(
        review=review, kind="document", object_uuid=object_uuid, title="T", pages=[(1, "new words")]
    )
    assert search.search_review(review=review, query="old") == []
    assert len(search.search_review(review=review, query="new")) == 1
    search.search_index_remove(review=review, kind="document", object_uuid=object_uuid)
    assert search.search_review(review=review, query="new") == []


def test_long_pages_are_indexed_in_pieces_that_all_find_their_page() -> None:
    review = ReviewFactory()
    text = ("filler words here " * 2000) + "needle at the end"
    object_uuid = uuid.uuid4()
    written = search.search_index_replace(
        review=review, kind="document", object_uuid=object_uuid, title="Long", pages=[(7, text)]
    )
    assert written > 1
    assert (
        "".join(
            SearchChunk.objects.filter(object_uuid=object_uuid)
            .order_by("id")
            .values_list("text", flat=True)
        )
        == text
    )
    (hit,) = search.search_review(review=review, query="needle")
    assert hit.page == 7


# --- the search page ---------------------------------------------------------------------------


def test_the_search_page_lists_hits_with_kind_page_agency_and_links(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    document = SourceDocumentFactory(review=review, agency=review_world.agency, title="GP letter")
    DocumentPageFactory(document=document, number=23, text="Concerns about neglect & <b>harm</b>.")
    search.search_index_replace(
        review=review,
        kind="document",
        object_uuid=document.uuid,
        title=document.title,
        pages=[(23, "Concerns about neglect & <b>harm</b>.")],
    )
    entry = ChronologyEntryFactory(
        review=review, agency=review_world.agency, description="Neglect referral"
    )
    index_entry = search.search_index_replace(
        review=review,
        kind="chronology",
        object_uuid=entry.uuid,
        title="Police 01/02/2024",
        pages=[(None, entry.description)],
    )
    conversation = ConversationFactory(review=review)
    search.search_index_replace(
        review=review,
        kind="conversation",
        object_uuid=conversation.uuid,
        title="Conversation with SW1",
        pages=[(None, "We spoke about neglect.")],
    )
    assert index_entry == 1

    response = client_for(review_world.observer).get(
        reverse("evidence:search", args=[review.reference]), {"q": "neglect"}
    )

    assert response.status_code == 200
    tree = html(response)
    results = tree.xpath("//li[contains(@class, 'cw-search-result')]")
    assert len(results) == 3
    text = main_text(response)
    assert "3 results for “neglect”" in text
    assert "Page 23 · " + review_world.agency.name in text
    assert "Chronology entry" in text and "Conversation" in text
    marks = tree.xpath("//li[contains(@class, 'cw-search-result')]//mark/text()")
    assert {m.lower() for m in marks} == {"neglect"}
    assert "<mark>neglect</mark> &amp;" in response.content.decode()
    assert "<b>" not in response.content.decode()
    links = tree.xpath("//li[contains(@class, 'cw-search-result')]//h3/a/@href")
    document_url = reverse("evidence:document_detail", args=[review.reference, document.uuid])
    assert f"{document_url}?screen=2&q=neglect#page-23" in links
    assert reverse("evidence:chronology", args=[review.reference]) + "?q=neglect" in links
    assert (
        reverse("evidence:conversation_detail", args=[review.reference, conversation.uuid]) in links
    )


def test_hits_whose_object_has_gone_are_left_out(review_world: ReviewWorld) -> None:
    index(review_world.review, "Orphaned neglect text")
    assert selectors.search_results(review=review_world.review, query="neglect") == []


def test_the_search_page_without_a_query_shows_only_the_form(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(review_world.reviewer).get(
        reverse("evidence:search", args=[review_world.review.reference])
    )
    assert response.status_code == 200
    assert "result" not in main_text(response).lower()


def test_the_search_page_says_when_nothing_matches(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("evidence:search", args=[review_world.review.reference])
    client = client_for(review_world.reviewer)
    assert "No results for “zebra”" in main_text(client.get(url, {"q": "zebra"}))
    assert "has no letters or numbers" in main_text(client.get(url, {"q": '"()'}))


def test_the_search_page_searches_only_the_chosen_kinds(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    entry = ChronologyEntryFactory(review=review, agency=review_world.agency)
    search.search_index_replace(
        review=review,
        kind="chronology",
        object_uuid=entry.uuid,
        title="Entry",
        pages=[(None, "truancy")],
    )
    url = reverse("evidence:search", args=[review.reference])
    client = client_for(review_world.reviewer)
    assert "1 result for" in main_text(client.get(url, {"q": "truancy", "kinds": "chronology"}))
    assert "No results" in main_text(client.get(url, {"q": "truancy", "kinds": "document"}))


def test_participants_and_board_readers_cannot_search(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("evidence:search", args=[review_world.review.reference])
    for user in (review_world.participant, review_world.board_reader):
        assert client_for(user).get(url, {"q": "anything"}).status_code == 403
    assert client_for(review_world.outsider).get(url, {"q": "anything"}).status_code == 404


def test_a_snippet_is_a_window_around_the_first_match() -> None:
    text = ("Opening words. " * 40) + "The health visitor saw bruising. " + ("Closing words. " * 40)
    pattern = search._stem_pattern(["bruis"])
    snippet = search.snippet_around(text, pattern)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\ue000bruising\ue001" in snippet
    assert len(snippet) <= search.SNIPPET_CHARS + 2
    assert search.marked_html(snippet).count("<mark>") == 1
    assert search.snippet_around("Short text", None) == "Short text"


def test_a_phrase_is_highlighted_only_where_its_words_are_together() -> None:
    marked = search.highlight("Home, then a visit. A home visit.", '"home visit"')
    assert marked == "Home, then a visit. A <mark>home visit</mark>."
