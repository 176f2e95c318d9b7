"""Audit the pinned dependencies for known vulnerabilities: `make audit` (run by .ci/run).

Python: pip-audit over every pin in constraints.txt (PyPI's JSON API by default; AUDIT_SERVICE=osv
for OSV). npm: `npm audit` over package-lock.json, runtime packages and build-only ones.

Fails (exit 1) on a known vulnerability that has a fixed version, unless audit-ignore.toml lists
its id with a reason. A vulnerability with no fix yet is printed and lets the audit pass: there is
nothing to upgrade to. When the vulnerability data cannot be reached at all the audit cannot say
anything: it exits 3, or only warns with --allow-unreachable (how .ci/run calls it, so an outage
of PyPI or the npm registry does not fail a build whose tests passed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORE_FILE = ROOT / "audit-ignore.toml"
VULNERABLE, UNREACHABLE = 1, 3


@dataclass(frozen=True)
class Finding:
    ecosystem: str
    package: str
    version: str
    ids: tuple[str, ...]  # the advisory's id first, then its aliases
    fixed_in: tuple[str, ...]
    summary: str = ""

    @property
    def fixable(self) -> bool:
        return bool(self.fixed_in)

    def line(self) -> str:
        fix = f"fixed in {', '.join(self.fixed_in)}" if self.fixed_in else "no fix released"
        return f"{self.ecosystem} {self.package} {self.version}: {' / '.join(self.ids)} ({fix})"


@dataclass
class Result:
    findings: list[Finding]
    not_audited: list[str]  # packages the service knows nothing about (e.g. not on PyPI)
    unreachable: str = ""  # why no vulnerability data could be read at all


def load_ignored(path: Path = IGNORE_FILE) -> dict[str, str]:
    """Advisory id → reason. Every entry needs both."""
    entries = tomllib.loads(path.read_text()).get("ignore", []) if path.exists() else []
    ignored = {}
    for entry in entries:
        if not entry.get("id") or not entry.get("reason", "").strip():
            raise SystemExit(f"{path.name}: every [[ignore]] needs an id and a reason: {entry}")
        ignored[entry["id"]] = entry["reason"].strip()
    return ignored


def parse_pip_audit(report: dict) -> Result:
    """pip-audit's JSON report (`--format json`) as findings."""
    findings, not_audited = [], []
    dependencies = report.get("dependencies", [])
    for dependency in dependencies:
        if "skip_reason" in dependency:
            not_audited.append(dependency["name"])
            continue
        for vuln in dependency.get("vulns", []):
            findings.append(
                Finding(
                    "PyPI",
                    dependency["name"],
                    dependency["version"],
                    (vuln["id"], *vuln.get("aliases", [])),
                    tuple(vuln.get("fix_versions", [])),
                    vuln.get("description", "")[:200],
                )
            )
    unreachable = ""
    if dependencies and len(not_audited) == len(dependencies):
        unreachable = "the vulnerability service knew none of the pinned packages"
    return Result(findings, not_audited, unreachable)


def parse_npm_audit(report: dict) -> Result:
    """`npm audit --json` (npm 7 or later) as findings, one per advisory."""
    if "vulnerabilities" not in report:
        return Result([], [], report.get("message") or report.get("error", {}).get("summary", "?"))
    findings = []
    for name, vulnerability in report["vulnerabilities"].items():
        for via in vulnerability.get("via", []):
            if not isinstance(via, dict):  # vulnerable only through another package listed too
                continue
            advisory = via.get("url", "").rstrip("/").rsplit("/", 1)[-1] or str(via.get("source"))
            fix = vulnerability.get("fixAvailable")
            fixed_in = ()
            if isinstance(fix, dict):
                fixed_in = (f"{fix.get('name')} {fix.get('version')}",)
            elif fix:
                fixed_in = ("a version npm can install",)
            findings.append(
                Finding(
                    "npm",
                    name,
                    via.get("range", ""),
                    (advisory,),
                    fixed_in,
                    via.get("title", ""),
                )
            )
    return Result(findings, [])


def run_pip_audit(service: str) -> Result:
    pip_audit = ROOT / ".venv" / "bin" / "pip-audit"
    command = [
        str(pip_audit if pip_audit.exists() else "pip-audit"),
        *("--requirement", str(ROOT / "constraints.txt")),
        # Every pin is exact, so nothing needs resolving or installing: ask about each pin as is.
        *("--no-deps", "--disable-pip"),
        *("--vulnerability-service", service),
        *("--format", "json", "--progress-spinner", "off"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    try:
        return parse_pip_audit(json.loads(done.stdout))
    except json.JSONDecodeError:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Result([], [], f"pip-audit failed: {reason[:300]}")


def run_npm_audit(omit_dev: bool) -> Result:
    npm = shutil.which("npm")
    if npm is None:
        return Result([], [], "npm is not installed")
    command = [npm, "audit", "--json", *(["--omit=dev"] if omit_dev else [])]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)  # noqa: S603
    try:
        return parse_npm_audit(json.loads(done.stdout))
    except json.JSONDecodeError:
        return Result([], [], f"npm audit failed: {done.stderr.strip()[-300:]}")


def judge(name: str, result: Result, ignored: dict[str, str]) -> tuple[bool, bool]:
    """Print one audit's outcome; (failed on a fixable vulnerability, could not be run)."""
    if result.unreachable:
        print(f"!! {name}: could not be audited: {result.unreachable}")
        return False, True
    failed = False
    for finding in result.findings:
        reason = next((ignored[i] for i in finding.ids if i in ignored), None)
        if reason:
            print(f"   {name}: ignored {finding.line()} — {reason}")
        elif finding.fixable:
            print(f"!! {name}: VULNERABLE {finding.line()} {finding.summary}")
            failed = True
        else:
            print(f"   {name}: known, no fix yet: {finding.line()}")
    if result.not_audited:
        print(f"   {name}: not known to the service: {', '.join(result.not_audited)}")
    if not failed:
        print(f"== {name}: no known vulnerability with a fix available")
    return failed, False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--allow-unreachable",
        action="store_true",
        help="only warn when the vulnerability data cannot be reached",
    )
    args = parser.parse_args(argv)
    ignored = load_ignored()
    service = os.environ.get("AUDIT_SERVICE", "pypi")
    audits = [
        (f"Python ({service})", lambda: run_pip_audit(service)),
        ("npm runtime", lambda: run_npm_audit(omit_dev=True)),
        ("npm build tools", lambda: run_npm_audit(omit_dev=False)),
    ]
    vulnerable = unreachable = False
    for name, audit in audits:
        failed, unreached = judge(name, audit(), ignored)
        vulnerable |= failed
        unreachable |= unreached
    if vulnerable:
        print("Upgrade the packages above, or list the advisory in audit-ignore.toml with why.")
        return VULNERABLE
    if unreachable and not args.allow_unreachable:
        return UNREACHABLE
    return 0


if __name__ == "__main__":
    sys.exit(main())
