"""No lost update on any edit form: a page is opened, someone else saves a change to the same
record, then the first editor saves the page as they had it. The save is refused with a clear
message, their values are kept on the page, and the other change is still there; saving the
page again — now knowingly — goes through. The form is filled exactly as a browser would post
it, read from the page's own HTML."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.concurrency import MESSAGE
from tests.pages import error_summary
from tests.url_catalogue import (
    _document,
    _merged_entries,
    _practitioner_question,
    _shared_conversation,
)
from tests.world import ReviewWorld, world_drafts

ClientFor = Callable[[User | None], Client]


class _FormReader(HTMLParser):
    """What a browser would post from the page's form that holds the `opened_as` field."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[list[tuple[str, str]]] = []
        self._fields: list[tuple[str, str]] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "").lower() == "post":
            self._fields = []
        elif self._fields is None or ("name" not in a and tag != "option"):
            return
        elif tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self._fields.append((a["name"], a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea":
            self._textarea, self._text = a["name"], []
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self._fields.append((self._select, a.get("value", "")))

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea" and self._fields is not None and self._textarea is not None:
            self._fields.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._fields is not None:
            self.forms.append(self._fields)
            self._fields = None


def posted_form(html: str) -> dict[str, list[str]]:
    reader = _FormReader()
    reader.feed(html)
    [fields] = [f for f in reader.forms if any(name == "opened_as" for name, _ in f)]
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data


@dataclass(frozen=True)
class Case:
    url: Callable[[ReviewWorld], str]
    record: Callable[[ReviewWorld], Any]
    # Someone else's change, made straight to the record (and how to see it is still there).
    change: Callable[[Any], None]
    kept: Callable[[Any], bool]
    who: str = ReviewRole.LEAD_REVIEWER
    # What the editor adds to the page before saving, where the page needs a choice.
    fill: Callable[[ReviewWorld, dict[str, list[str]]], None] = lambda w, data: None


def _r(name: str, *args: Callable[[ReviewWorld], Any]) -> Callable[[ReviewWorld], str]:
    return lambda w: reverse(name, args=[w.review.reference, *(arg(w) for arg in args)])


def _set(**values: Any) -> Callable[[Any], None]:
    def change(obj: Any) -> None:
        type(obj).objects.filter(pk=obj.pk).update(**values)

    return change


def _has(**values: Any) -> Callable[[Any], bool]:
    def kept(obj: Any) -> bool:
        obj.refresh_from_db()
        return all(getattr(obj, name) == value for name, value in values.items())

    return kept


def _entry_people_change(entry: Any) -> None:
    entry.people.add(entry.review.people.first())


def _comment(w: ReviewWorld) -> Any:
    return world_drafts(w)[0].comments.first()


LATER = timezone.localdate() + datetime.timedelta(days=30)

CASES = {
    "review details": Case(
        _r("reviews:review_edit"),
        lambda w: w.review,
        _set(title="Renamed by someone else"),
        _has(title="Renamed by someone else"),
    ),
    "research question": Case(
        _r("reviews:question_edit", lambda w: w.question.uuid),
        lambda w: w.question,
        _set(text="Reworded by someone else"),
        _has(text="Reworded by someone else"),
    ),
    "agency": Case(
        _r("reviews:agency_edit", lambda w: w.agency.uuid),
        lambda w: w.agency,
        _set(contact="Someone else's contact"),
        _has(contact="Someone else's contact"),
    ),
    "person": Case(
        _r("reviews:person_edit", lambda w: w.person.uuid),
        lambda w: w.person,
        _set(notes="Someone else's note"),
        _has(notes="Someone else's note"),
    ),
    "member": Case(
        _r("reviews:member_edit", lambda w: w.memberships[ReviewRole.OBSERVER].uuid),
        lambda w: w.memberships[ReviewRole.OBSERVER],
        _set(role=ReviewRole.REVIEWER),
        _has(role=ReviewRole.REVIEWER),
    ),
    "conversation notes": Case(
        _r("evidence:conversation_edit", lambda w: _shared_conversation(w).uuid),
        _shared_conversation,
        _set(account_at_time="Someone else's wording", version=99),
        _has(account_at_time="Someone else's wording"),
    ),
    "conversation share": Case(
        _r("evidence:conversation_share", lambda w: _shared_conversation(w).uuid),
        _shared_conversation,
        _set(shared_with=None),
        _has(shared_with=None),
    ),
    "practitioner question": Case(
        _r("evidence:practitioner_question_edit", lambda w: _practitioner_question(w).uuid),
        _practitioner_question,
        _set(text="Someone else's question"),
        _has(text="Someone else's question"),
    ),
    "document": Case(
        _r("evidence:document_edit", lambda w: _document(w).uuid),
        _document,
        _set(title="Someone else's title"),
        _has(title="Someone else's title"),
    ),
    "entry people": Case(
        _r("evidence:entry_people", lambda w: _merged_entries(w)[0].uuid),
        lambda w: _merged_entries(w)[0],
        _entry_people_change,
        lambda entry: entry.people.exists(),
    ),
    "draft share": Case(
        _r("drafts:draft_share", lambda w: world_drafts(w)[0].uuid),
        lambda w: world_drafts(w)[0],
        _set(comments_close_on=LATER),
        _has(comments_close_on=LATER),
        fill=lambda w, data: data.update(members=[str(w.memberships[ReviewRole.PARTICIPANT].uuid)]),
    ),
    "comment reply": Case(
        _r("drafts:comment_respond", lambda w: world_drafts(w)[0].uuid, lambda w: _comment(w).uuid),
        _comment,
        _set(status="accepted", reason=""),
        _has(status="accepted"),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_save_over_someone_elses_change_is_refused_then_can_be_made_knowingly(
    review_world: ReviewWorld, client_for: ClientFor, name: str
) -> None:
    case = CASES[name]
    record = case.record(review_world)
    url = case.url(review_world)
    client = client_for(review_world.users[case.who])
    opened = client.get(url)
    assert opened.status_code == 200
    data = posted_form(opened.content.decode())
    assert data["opened_as"][0], "the page must carry the record's fingerprint"
    case.fill(review_world, data)

    case.change(record)
    refused = client.post(url, data)

    assert refused.status_code == 200, f"{name}: the stale save was not refused"
    assert MESSAGE in error_summary(refused)
    assert case.kept(record), f"{name}: the other change was overwritten"

    data = posted_form(refused.content.decode())
    case.fill(review_world, data)
    again = client.post(url, data)
    assert again.status_code == 302, f"{name}: saving knowingly should go through"
