"""Every permission a template asks about exists. Django's `{% if %}` turns any error into
False, so a misspelt `'analysis.edti' in can` would quietly hide a link or a button from
everyone; `Can` raises on the name in Python, and this test reads the templates for it."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from casewindow.accounts.access import Can, Permission

SOURCE = Path(__file__).resolve().parents[2] / "src" / "casewindow"
# 'x' in can, "x" not in can (a quoted name; variables are checked where they are made)
NAMED = re.compile(r"""(['"])([^'"]+)\1\s+(?:not\s+)?in\s+can\b""")
# can|allows:"x" (govuk.py: a permission as a value, for a column only some readers get)
ALLOWS = re.compile(r"""\bcan\|allows:(['"])([^'"]+)\1""")


def permissions_named_in_templates() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(SOURCE.rglob("templates/**/*.html")):
        text = path.read_text(encoding="utf-8")
        for match in [*NAMED.finditer(text), *ALLOWS.finditer(text)]:
            found.setdefault(match.group(2), set()).add(str(path.relative_to(SOURCE)))
    return found


def test_every_permission_named_in_a_template_exists() -> None:
    named = permissions_named_in_templates()
    known = {str(permission) for permission in Permission}
    unknown = {name: sorted(files) for name, files in named.items() if name not in known}
    assert not unknown, f"templates ask `can` about permissions that do not exist: {unknown}"


def test_the_template_reading_sees_the_permissions_templates_ask_about() -> None:
    """Guards the guard: if the pattern broke, the test above would pass on nothing."""
    named = permissions_named_in_templates()
    assert {"analysis.edit", "evidence.edit", "member.manage"} <= set(named)
    assert NAMED.search("{% if 'analysis.edti' not in can %}").group(2) == "analysis.edti"
    assert ALLOWS.search('{% with may=can|allows:"agency.edti" %}').group(2) == "agency.edti"


def test_a_misspelt_permission_fails_loudly_outside_a_template() -> None:
    with pytest.raises(ImproperlyConfigured):
        _ = "analysis.edti" in Can(Permission)
