"""docs/security.md is the information-governance lead's sign-off sheet: every control in its
tables names the test that proves it, and every test, file or parametrised case it names
exists — so a renamed or deleted test cannot leave the sheet pointing at nothing."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
TESTS = list((ROOT / "tests").rglob("test_*.py"))
DEFINED = {name for path in TESTS for name in re.findall(r"def (test_\w+)", path.read_text())}


def _control_rows() -> list[tuple[str, str]]:
    """(control, test cell) of every table whose header has a "test that proves it" column."""
    rows = []
    column = None
    for line in DOC.splitlines():
        if not line.startswith("|"):
            column = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if "test that proves it" in cells:
            column = cells.index("test that proves it")
        elif column is not None and not set(cells[0]) <= set("-: "):
            rows.append((cells[0], cells[column]))
    return rows


ROWS = _control_rows()


def test_the_sheet_has_its_controls() -> None:
    assert len(ROWS) >= 30


def test_every_control_names_a_test() -> None:
    missing = [
        control[:80] for control, cell in ROWS if not re.search(r"test_\w+|\[[\w.-]+\]", cell)
    ]
    assert not missing, missing


def test_every_test_named_exists() -> None:
    """A name may be shortened at its end in the sheet ("test_turning_on_…")."""
    named = {
        name
        for _control, cell in ROWS
        for name in re.findall(r"\b(test_[a-z0-9_]+)(?![a-z0-9_]|\.py)", cell)
    }
    unknown = sorted(n for n in named if not any(d.startswith(n) for d in DEFINED))
    assert not unknown, f"docs/security.md names tests that do not exist: {unknown}"


def test_every_test_file_named_exists() -> None:
    files = set(re.findall(r"tests/[\w/]+\.py", DOC))
    assert files
    assert not sorted(f for f in files if not (ROOT / f).exists())
