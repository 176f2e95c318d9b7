"""Who acts and on which review are typed (issue 9 part 5): no `actor: Any` or `review: Any`.

A service that takes `actor: Any` lets a view pass anything (a membership, a user's id) where a
user is meant, and mypy cannot see it. Actors are `accounts.actors.Actor` (a user, the anonymous
user of a public page, or None for a task) or `User` where someone must be signed in; reviews are
`reviews.models.Review`. The source is read with `ast`, so a parameter is found wherever it is
declared: a function, a method, keyword-only or not."""

import ast
from collections.abc import Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "casewindow"
TYPED_NAMES = {"actor", "review"}
# Parts still being written elsewhere when the rest was typed (none now): type them when they
# are next touched, and take them off this list.
NOT_YET: set[str] = set()


def _is_any(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.strip() in {"Any", "typing.Any"}
    return (isinstance(annotation, ast.Name) and annotation.id == "Any") or (
        isinstance(annotation, ast.Attribute) and annotation.attr == "Any"
    )


def untyped_parameters(path: Path, root: Path) -> Iterator[str]:
    """`file:line name` for each `actor` or `review` parameter annotated `Any` in one file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        arguments = node.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
            if argument.arg in TYPED_NAMES and _is_any(argument.annotation):
                yield f"{path.relative_to(root)}:{argument.lineno} {argument.arg}: Any"


def _found(root: Path) -> list[str]:
    return [
        found
        for path in sorted(root.rglob("*.py"))
        if "migrations" not in path.parts
        for found in untyped_parameters(path, root)
    ]


def test_no_actor_or_review_is_typed_any() -> None:
    found = [f for f in _found(SOURCE) if f.split(":")[0] not in NOT_YET]
    assert found == [], (
        "type actors as Actor (accounts/actors.py) or User, reviews as Review:\n" + "\n".join(found)
    )


def test_the_walk_finds_an_any_in_every_form_it_takes(tmp_path: Path) -> None:
    root = tmp_path / "casewindow"
    (root / "x").mkdir(parents=True)
    (root / "x" / "services.py").write_text(
        "from typing import Any\n"
        "import typing\n"
        "def a(*, actor: Any, review: 'Any') -> None: ...\n"
        "class F:\n"
        "    def __init__(self, review: typing.Any, user: Any) -> None: ...\n"
        "def b(actor: object, review: int) -> None: ...\n"
    )
    assert _found(root) == [
        "x/services.py:3 actor: Any",
        "x/services.py:3 review: Any",
        "x/services.py:5 review: Any",
    ]
