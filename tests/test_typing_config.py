"""mypy is strict on `accounts/access.py`, every service, selector and form (issue 9).

Read from pyproject.toml, so a module put back on an `ignore_errors` list, or a strict flag
dropped from the domain's override, fails here before anyone reads the mypy output."""

import fnmatch
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "casewindow"
STRICT_PARTS = {"services", "selectors", "forms"}
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
)


def _overrides() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    overrides: list[dict[str, Any]] = config["tool"]["mypy"]["overrides"]
    return overrides


def _modules(override: dict[str, Any]) -> list[str]:
    module = override["module"]
    return [module] if isinstance(module, str) else list(module)


def _matches(pattern: str, module: str) -> bool:
    """mypy's rule: `a.*` matches `a` and everything under it; `*` elsewhere stands for parts."""
    if pattern.endswith(".*") and module == pattern[:-2]:
        return True
    return fnmatch.fnmatchcase(module, pattern)


def _domain_modules() -> list[str]:
    """Every services, selectors and forms module in the source, as a dotted name."""
    names = []
    for path in SOURCE.rglob("*.py"):
        parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if STRICT_PARTS & set(parts):
            names.append(".".join(parts))
    return sorted(names)


def _is_domain(module: str) -> bool:
    parts = module.removesuffix(".*").split(".")
    return bool(STRICT_PARTS & set(parts)) or module.startswith("casewindow.*.")


def test_the_walk_finds_the_services_and_selectors() -> None:
    modules = _domain_modules()
    assert "casewindow.analysis.services.episodes" in modules
    assert "casewindow.anonymisation.selectors" in modules
    assert "casewindow.operations.services" in modules
    assert "casewindow.forms" in modules
    assert "casewindow.evidence.forms.conversations" in modules


def test_no_service_selector_or_form_is_on_an_ignore_errors_list() -> None:
    ignored = [
        module
        for override in _overrides()
        if override.get("ignore_errors")
        for module in _modules(override)
        if _is_domain(module)
    ]
    assert ignored == [], (
        f"services, selectors and forms must pass mypy strictly; type them, not ignore: {ignored}"
    )


def test_every_service_selector_and_form_gets_every_strict_flag() -> None:
    loose = {}
    for module in [*_domain_modules(), "casewindow.accounts.access"]:
        applying = [o for o in _overrides() if any(_matches(p, module) for p in _modules(o))]
        missing = [flag for flag in STRICT_FLAGS if not any(o.get(flag) for o in applying)]
        if missing:
            loose[module] = missing
    assert loose == {}


def test_no_override_relaxes_a_strict_flag_for_the_domain() -> None:
    relaxed = [
        (module, flag)
        for override in _overrides()
        for module in _modules(override)
        if _is_domain(module)
        for flag in STRICT_FLAGS
        if override.get(flag) is False
    ]
    assert relaxed == []


# Modules taken off the ignore_errors lists (issue 9 part 5): each stays checked by mypy.
TYPED_MODULES = (
    "casewindow.accounts.apps",
    "casewindow.accounts.invitations",
    "casewindow.accounts.models",
    "casewindow.accounts.two_factor",
    "casewindow.accounts.views",
    "casewindow.accounts.views.invitation_accept",
    "casewindow.accounts.views.security",
    "casewindow.reviews.views",
)
# The pure engines (personal-data detection, merging): typed with the strict flags too.
TYPED_ENGINES = (
    "casewindow.anonymisation.detection.engine",
    "casewindow.anonymisation.detection.identifiers",
    "casewindow.anonymisation.detection.register",
    "casewindow.evidence.merging",
)


def test_typed_modules_are_on_no_ignore_errors_list() -> None:
    ignored = {
        module
        for override in _overrides()
        if override.get("ignore_errors")
        for pattern in _modules(override)
        for module in TYPED_MODULES + TYPED_ENGINES
        if _matches(pattern, module)
    }
    assert ignored == set(), (
        f"these modules were typed; type a change to them, not ignore: {ignored}"
    )


def test_typed_views_and_engines_get_every_strict_flag() -> None:
    views = [m for m in TYPED_MODULES if ".views" in m or ".accounts." in m]
    for module in views + list(TYPED_ENGINES):
        applying = [o for o in _overrides() if any(_matches(p, module) for p in _modules(o))]
        assert [flag for flag in STRICT_FLAGS if not any(o.get(flag) for o in applying)] == []


def test_no_module_is_on_an_ignore_errors_list() -> None:
    """Every module is typed (the detection and merging engines were the last ones off)."""
    ignored = [_modules(o) for o in _overrides() if o.get("ignore_errors")]
    assert ignored == []
