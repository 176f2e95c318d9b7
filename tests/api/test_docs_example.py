"""docs/api.md's example — a client adding an agency and its chronology to a review with a
token, then reading the integrated chronology — runs as written against a running Casewindow
(only its address, token and review are this test's), and prints what the page says it prints."""

import contextlib
import io
import re
from pathlib import Path

from casewindow.evidence.models import ChronologyEntry
from tests.api.helpers import token_for
from tests.world import ReviewWorld

DOC = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text(encoding="utf-8")


def _example() -> tuple[str, str]:
    section = DOC.split("## Example", 1)[1]
    code, printed = re.findall(r"```(?:python)?\n(.*?)```", section, flags=re.DOTALL)[:2]
    return code, printed


def _pointed_at(code: str, *, base: str, token: str, review: str) -> str:
    for name, value in (("BASE", base), ("TOKEN", token), ("REVIEW", review)):
        code, count = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", code, flags=re.MULTILINE)
        assert count == 1, f"the example should set {name} once"
    return code


def test_the_example_in_docs_api_md_creates_a_chronology_through_the_api(
    live_server: object, review_world: ReviewWorld
) -> None:
    code, printed = _example()
    token = token_for(review_world.lead, review=review_world.review)
    runnable = _pointed_at(
        code,
        base=f"{live_server}/api/v1",
        token=token,
        review=review_world.review.reference,
    )
    output = io.StringIO()

    with contextlib.redirect_stdout(output):
        exec(compile(runnable, "docs/api.md", "exec"), {"__name__": "example"})  # noqa: S102

    assert output.getvalue() == printed
    entries = ChronologyEntry.objects.filter(review=review_world.review, agency__name="Police")
    assert entries.count() == 2
    assert all(entry.chronology_import is not None for entry in entries)
