"""`casewindow check --deploy` with the production settings written in docs/deploy.md (read
from the document itself, so the two cannot drift apart) reports no warning, and every check
silenced has its reason written down."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

REPOSITORY = Path(settings.BASE_DIR)
DEPLOY_DOC = REPOSITORY / "docs" / "deploy.md"
MARKER = "<!-- production environment:"


def documented_environment() -> dict[str, str]:
    text = DEPLOY_DOC.read_text()
    block = re.search(re.escape(MARKER) + r".*?\n```sh\n(.*?)\n```", text, re.DOTALL)
    assert block, f"docs/deploy.md has no production environment block after {MARKER!r}"
    env = {}
    for line in block[1].splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    return env


def run_check(env_changes: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is the browser tests' own setting (tests/browser/conftest.py),
        # not part of a deployment.
        if key
        not in (
            "DATABASE_URL",
            "CASEWINDOW_TESTING",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
        and not key.startswith(("S3_", "CACHE_", "REDIS_", "SECURE_", "SESSION_", "CSRF_"))
    }
    env.update(env_changes)
    env["CASEWINDOW_VAR_DIR"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "casewindow.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def production(**changes: str) -> dict[str, str]:
    env = documented_environment()
    assert env["SECRET_KEY"].startswith("<"), "the document must not hold a real secret"
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env.update(changes)
    return env


def test_the_documented_production_settings_pass_the_deploy_check(tmp_path: Path):
    env = production()
    assert env["DEBUG"] == "false" and env["DATABASE_URL"].startswith("postgres://")
    assert env["S3_BUCKET"] and env["CACHE_URL"]  # the production stack, not the defaults
    result = run_check(env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (1 silenced)." in result.stdout


def test_the_deploy_check_warns_when_there_is_no_shared_cache(tmp_path: Path):
    env = production()
    del env["CACHE_URL"]
    result = run_check(env, tmp_path)
    assert result.returncode != 0
    assert "operations.W001" in result.stdout + result.stderr


def test_the_deploy_check_still_catches_an_insecure_setting(tmp_path: Path):
    result = run_check(production(SECURE_SSL_REDIRECT="false"), tmp_path)
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


def test_every_silenced_check_has_a_written_reason():
    reasons = settings.SILENCED_CHECKS_WITH_REASONS
    assert list(reasons) == settings.SILENCED_SYSTEM_CHECKS
    for check, reason in reasons.items():
        assert len(reason.split()) >= 4, f"{check} is silenced without a reason"
    documented = DEPLOY_DOC.read_text()
    for check in reasons:
        assert check in documented, f"docs/deploy.md does not explain why {check} is silenced"


def settings_seen_by_a_new_process(env_changes: dict[str, str], names: str) -> str:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CASEWINDOW_TESTING", "DJANGO_SETTINGS_MODULE")
        and not key.startswith("EMAIL_")
    }
    env.update(env_changes)
    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'casewindow.settings');"
        "from django.conf import settings as s;"
        f"print(*[getattr(s, n) for n in {names.split()!r}], sep='|')"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter, a fixed program)
        [sys.executable, "-c", code],
        env=env,
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return result.stdout.strip() + result.stderr


def test_an_authenticated_mail_relay_is_configured_from_the_environment(tmp_path: Path) -> None:
    seen = settings_seen_by_a_new_process(
        {
            "CASEWINDOW_VAR_DIR": str(tmp_path),
            "EMAIL_HOST": "smtp.internal",
            "EMAIL_PORT": "587",
            "EMAIL_HOST_USER": "casewindow",
            "EMAIL_HOST_PASSWORD": "relay-secret",
            "EMAIL_USE_TLS": "true",
        },
        "EMAIL_HOST EMAIL_PORT EMAIL_HOST_USER EMAIL_HOST_PASSWORD EMAIL_USE_TLS EMAIL_USE_SSL",
    )
    assert seen == "smtp.internal|587|casewindow|relay-secret|True|False"


def test_starttls_and_implicit_tls_together_are_refused_at_start(tmp_path: Path) -> None:
    seen = settings_seen_by_a_new_process(
        {"CASEWINDOW_VAR_DIR": str(tmp_path), "EMAIL_USE_TLS": "true", "EMAIL_USE_SSL": "true"},
        "EMAIL_USE_TLS",
    )
    assert "not both" in seen


def test_a_new_data_folder_is_made_on_first_start(tmp_path: Path) -> None:
    folder = tmp_path / "not" / "there" / "yet"
    # With SECRET_KEY given, nothing else would make the folder (the key file is not needed).
    seen = settings_seen_by_a_new_process(
        {"CASEWINDOW_VAR_DIR": str(folder), "SECRET_KEY": secrets.token_urlsafe(48)}, "VAR_DIR"
    )
    assert seen == str(folder)
    assert folder.is_dir()
