"""Full-text search over one review's evidence: document pages, conversations and chronology
entries, each indexed as SearchChunk rows.

One function, `search_review`, with two backends behind it: SQLite's FTS5 table (kept in step
with SearchChunk by triggers, see migration 0002) and PostgreSQL's text search (a stored,
GIN-indexed English text search vector, see migration 0003). Both take the same sanitised
query, so what a reviewer types can never be read as query syntax, and both filter by review
in SQL.

Writers of review text (documents, conversations, chronology entries) keep the index current
with `search_index_replace` and `search_index_remove`.

The learning app indexes each review's publication-safe learning (findings, episode summaries,
recommendations, labelled) in the same table under LEARNING_KINDS and searches across the
reviews a user may see with `search_reviews`; `search_review` never returns those kinds, and
`search_reviews` nothing else."""

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from casewindow.evidence.models import SearchChunk
from casewindow.reviews.models import Review

KINDS = {
    "document": "Document",
    "conversation": "Conversation",
    "chronology": "Chronology entry",
}
LEARNING_KINDS = {
    "finding": "Finding",
    "episode": "Key practice episode",
    "recommendation": "Recommendation",
}
# PostgreSQL's English configuration drops these words (the Snowball list); SQLite's FTS5
# would match them. `search_reviews` drops them on both, so both give the same results.
_STOP_TEXT = """a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing don down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own s same she should so some such t than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with you your yours yourself yourselves"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
# Long pages are indexed in pieces so a snippet never has to scan megabytes of text.
CHUNK_CHARS = 12_000
MAX_QUERY_CHARS = 300
MAX_TERMS = 12

# Private-use characters mark the start and end of a match in snippets from the database.
# The snippet is escaped first and only then are the markers turned into <mark> elements.
_START = "\ue000"
_STOP = "\ue001"
_MARK = re.compile(f"([{_START}{_STOP}])")
_QUERY_PART = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    object_uuid: uuid.UUID
    page: int | None
    title: str
    snippet: SafeString  # escaped text with <mark> around the matches
    rank: float  # higher is better
    review_id: int | None = None  # set by search_reviews

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind) or LEARNING_KINDS.get(self.kind, self.kind)


# --- the query -----------------------------------------------------------------------------


def query_terms(query: str) -> list[list[str]]:
    """What the reviewer typed, as a list of terms, each a list of words: a quoted phrase is
    one term of several words; anything else is split into single words. Punctuation and
    operators are dropped, so no input can be read as query syntax."""
    terms: list[list[str]] = []
    for phrase, word in _QUERY_PART.findall(query[:MAX_QUERY_CHARS]):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                terms.append(words)
        else:
            terms.extend([w] for w in _WORD.findall(word))
    return terms[:MAX_TERMS]


def _fts5_query(terms: list[list[str]]) -> str:
    # Each term quoted (words never contain quotes) and all of them required.
    return " AND ".join('"' + " ".join(words) + '"' for words in terms)


# --- results -------------------------------------------------------------------------------


def marked_html(text: str) -> SafeString:
    """Escape the text, then turn the database's match markers into balanced <mark> tags."""
    parts: list[str] = []
    open_mark = False
    for piece in _MARK.split(text):
        if piece == _START:
            if not open_mark:
                parts.append("<mark>")
                open_mark = True
        elif piece == _STOP:
            if open_mark:
                parts.append("</mark>")
                open_mark = False
        elif piece:
            parts.append(str(escape(piece)))
    if open_mark:
        parts.append("</mark>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def highlight(text: str, query: str) -> SafeString:
    """The text, escaped, with the query's terms marked (for reading a page found by a
    search): a quoted phrase where its words appear together, a single word wherever a word
    begins with it, ignoring case."""
    patterns = []
    for words in sorted(query_terms(query), key=lambda t: -sum(map(len, t))):
        if len(words) == 1:
            patterns.append(re.escape(words[0]) + r"\w*")
        else:
            patterns.append(r"\W+".join(re.escape(w) for w in words) + r"\w*")
    clean = text.replace(_START, "").replace(_STOP, "")
    if not patterns:
        return marked_html(clean)
    pattern = re.compile(r"\b(?:" + "|".join(patterns) + ")", re.IGNORECASE)
    return marked_html(pattern.sub(lambda m: f"{_START}{m.group(0)}{_STOP}", clean))


def _hit(row: Sequence[object]) -> SearchHit:
    kind, object_uuid, page, title, snippet, rank, *rest = row
    # A raw database row: the adapter gives ints and a float (or Decimal), typed object here.
    return SearchHit(
        review_id=int(rest[0]) if rest else None,  # type: ignore[call-overload]
        kind=str(kind),
        object_uuid=object_uuid
        if isinstance(object_uuid, uuid.UUID)
        else uuid.UUID(str(object_uuid)),
        page=int(page) if page is not None else None,  # type: ignore[call-overload]
        title=str(title),
        snippet=marked_html(str(snippet or "")),
        rank=float(rank or 0),  # type: ignore[arg-type]
    )


def search_review(
    *, review: Review, query: str, kinds: Iterable[str] | None = None, limit: int = 50
) -> list[SearchHit]:
    """The review's evidence that matches every term of the query, best match first. Only ever
    this review's content. An empty or punctuation-only query matches nothing."""
    terms = query_terms(query)
    kinds = [k for k in (kinds or KINDS) if k in KINDS]
    if not terms or not kinds or limit <= 0:
        return []
    return _search([review.pk], terms, kinds, limit)


def search_reviews(
    *, review_ids: Sequence[int], query: str, kinds: Iterable[str] | None = None, limit: int = 200
) -> list[SearchHit]:
    """The indexed learning (LEARNING_KINDS only) of these reviews that matches every term of
    the query, best match first, each hit with its review's id. The caller passes only the
    reviews the user may see (accounts/access.py decides)."""
    terms = [
        kept
        for kept in (
            [w for w in words if w.casefold() not in STOP_WORDS] for words in query_terms(query)
        )
        if kept
    ]
    kinds = [k for k in (kinds or LEARNING_KINDS) if k in LEARNING_KINDS]
    review_ids = list(review_ids)
    if not terms or not kinds or not review_ids or limit <= 0:
        return []
    return _search(review_ids, terms, kinds, limit)


def _search(
    review_ids: list[int], terms: list[list[str]], kinds: list[str], limit: int
) -> list[SearchHit]:
    if connection.vendor == "postgresql":
        return _search_postgresql(review_ids, terms, kinds, limit)
    if connection.vendor == "sqlite":
        return _search_sqlite(review_ids, terms, kinds, limit)
    raise NotImplementedError(f"Full-text search is not available on {connection.vendor}")


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join(["%s"] * len(values))


def _search_sqlite(
    review_ids: list[int], terms: list[list[str]], kinds: list[str], limit: int
) -> list[SearchHit]:
    # FTS5 sorts its matches by rank itself (CROSS JOIN keeps it the outer loop, so SQLite
    # needs no sorter), and the LIMIT then stops the scan: only the rows returned pay for a
    # snippet. Titles weigh more than body text.
    sql = f"""
        SELECT c.kind, c.object_uuid, c.page, c.title,
               snippet(evidence_searchchunk_fts, 1, %s, %s, '…', 40),
               -evidence_searchchunk_fts.rank, c.review_id
        FROM evidence_searchchunk_fts
        CROSS JOIN evidence_searchchunk c ON c.id = evidence_searchchunk_fts.rowid
        WHERE evidence_searchchunk_fts MATCH %s
          AND evidence_searchchunk_fts.rank MATCH 'bm25(4.0, 1.0)'
          AND c.review_id IN ({_placeholders(review_ids)})
          AND c.kind IN ({_placeholders(kinds)})
        ORDER BY evidence_searchchunk_fts.rank
        LIMIT %s
    """  # noqa: S608 - only placeholders are formatted in
    with connection.cursor() as cursor:
        cursor.execute(sql, [_START, _STOP, _fts5_query(terms), *review_ids, *kinds, limit])
        return [_hit(row) for row in cursor.fetchall()]


def _search_postgresql(
    review_ids: list[int], terms: list[list[str]], kinds: list[str], limit: int
) -> list[SearchHit]:
    # Each term becomes a phrase query; every one must match. search_vector is the stored,
    # GIN-indexed vector of migration 0003 (title weighted above text).
    tsquery = " && ".join(["phraseto_tsquery('english', %s)"] * len(terms))
    phrases = [" ".join(words) for words in terms]
    sql = f"""
        WITH q AS (SELECT ({tsquery}) AS query)
        SELECT c.kind, c.object_uuid, c.page, c.title, c.text, ts_rank(c.search_vector, q.query),
               c.review_id
        FROM evidence_searchchunk c, q
        WHERE c.review_id IN ({_placeholders(review_ids)})
          AND c.kind IN ({_placeholders(kinds)})
          AND c.search_vector @@ q.query
        ORDER BY 6 DESC, c.id
        LIMIT %s
    """  # noqa: S608 - only placeholders are formatted in
    with connection.cursor() as cursor:
        # The query's lexemes (stems) mark the snippets. A query of stop words alone ("the",
        # "and") has none and matches nothing.
        typed = [w for words in terms for w in words]
        # The typed words that are not stop words too ("to", "the" mark nothing).
        not_stop_words = (
            "ARRAY(SELECT w FROM unnest(%s::text[]) AS w "
            "WHERE length(to_tsvector('english', w)) > 0)"
        )
        cursor.execute(
            f"SELECT numnode({tsquery}), tsvector_to_array(to_tsvector('english', %s)), "
            + not_stop_words,
            [*phrases, " ".join(phrases), typed],
        )
        nodes, lexemes, words = cursor.fetchone()
        if not nodes:
            return []
        cursor.execute(sql, [*phrases, *review_ids, *kinds, limit])
        rows = cursor.fetchall()
    # ts_headline would parse each page's whole text again (over 100 ms for 50 pages); a
    # window around the first match, found with the query's stems, reads as well.
    # The words as typed too: a stem such as "nurseri" does not begin "Nursery".
    stems = _stem_pattern([*(lexemes or []), *(words or [])])
    return [_hit((*row[:4], snippet_around(row[4], stems), *row[5:])) for row in rows]


def _stem_pattern(stems: Iterable[str]) -> re.Pattern[str] | None:
    stems = sorted({s for s in stems if s}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


SNIPPET_CHARS = 240


def snippet_around(text: str, pattern: re.Pattern[str] | None, size: int = SNIPPET_CHARS) -> str:
    """About `size` characters of the text around its first match, cut at spaces, with the
    matches between the start and stop markers (escaped and marked up by marked_html)."""
    text = " ".join(text.replace(_START, "").replace(_STOP, "").split())
    first = pattern.search(text) if pattern else None
    start = max(0, (first.start() if first else 0) - size // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    window = text[start:end]
    if pattern:
        window = pattern.sub(lambda m: f"{_START}{m.group(0)}{_STOP}", window)
    return ("…" if start else "") + window + ("…" if end < len(text) else "")


# --- keeping the index current ----------------------------------------------------------------


def split_for_index(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """A long text in pieces of about `size` characters, cut at line or word breaks."""
    if len(text) <= size:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces


@transaction.atomic
def search_index_replace(
    *,
    review: Review,
    kind: str,
    object_uuid: uuid.UUID,
    title: str,
    pages: Iterable[tuple[int | None, str]],
) -> int:
    """Make the index hold exactly these texts for one object: `pages` is (page number or
    None, text) pairs. Returns the number of chunks written."""
    if kind not in KINDS and kind not in LEARNING_KINDS:
        raise ValueError(f"Unknown search kind {kind!r}")
    search_index_remove(review=review, kind=kind, object_uuid=object_uuid)
    chunks = [
        SearchChunk(
            review=review,
            kind=kind,
            object_uuid=object_uuid,
            page=page,
            title=title[:300],
            text=piece,
        )
        for page, text in pages
        for piece in split_for_index(text)
        if piece.strip()
    ]
    SearchChunk.objects.bulk_create(chunks, batch_size=500)
    return len(chunks)


def search_index_remove(*, review: Review, kind: str, object_uuid: uuid.UUID) -> None:
    SearchChunk.objects.filter(review=review, kind=kind, object_uuid=object_uuid).delete()
