"""`make serve`: the production stack, locally. PostgreSQL (DATABASE_URL, default the database
`casewindow` on 127.0.0.1:5432, created if missing), `migrate`, `collectstatic`, the demo (unless
DEMO=0), then gunicorn with several processes (WEB_CONCURRENCY, default 4) and the job worker
(WORKERS of them, default 1), all stopped together by Ctrl+C.

Production runs the same commands under a service manager, behind a TLS proxy (docs/deploy.md).
Here it is plain HTTP on loopback, so the cookies are not marked Secure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/casewindow"


def ensure_database(url: str) -> None:
    import dj_database_url
    import psycopg

    settings = dj_database_url.parse(url)
    if settings["ENGINE"] != "django.db.backends.postgresql":
        raise SystemExit(f"make serve runs on PostgreSQL; DATABASE_URL is {url!r}")
    server = url.rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [settings["NAME"]]
        ).fetchone()
        if not exists:
            print(f"Creating the database {settings['NAME']}")
            admin.execute(f'CREATE DATABASE "{settings["NAME"]}"')


def main() -> None:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DATABASE)
    env.setdefault("DEBUG", "0")
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    env.setdefault("SESSION_COOKIE_SECURE", "0")  # plain HTTP on loopback only
    env.setdefault("CSRF_COOKIE_SECURE", "0")
    env.setdefault("DATABASE_CONN_MAX_AGE", "60")
    env.setdefault("WEB_CONCURRENCY", "4")
    env.setdefault("WEB_BIND", f"{env.get('HOST', '127.0.0.1')}:{env.get('PORT', '8000')}")
    ensure_database(env["DATABASE_URL"])
    (ROOT / "var").mkdir(exist_ok=True)
    casewindow = str(BIN / "casewindow")
    steps = [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
    if env.get("DEMO", "1") != "0":
        steps.append(["load_demo"])
    for step in steps:
        subprocess.run([casewindow, *step], env=env, check=True)  # noqa: S603

    processes = [
        subprocess.Popen(  # noqa: S603
            [str(BIN / "gunicorn"), "-c", "python:casewindow.gunicorn_conf"], env=env
        )
    ]
    for _ in range(int(env.get("WORKERS", "1"))):
        processes.append(subprocess.Popen([casewindow, "worker", "--no-reload"], env=env))  # noqa: S603
    print(
        f"gunicorn ({env['WEB_CONCURRENCY']} processes) on http://{env['WEB_BIND']} and "
        f"{len(processes) - 1} job worker(s) on {env['DATABASE_URL']} (Ctrl+C stops them all)"
    )

    def stop(*_: object) -> None:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
        sys.exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    while all(process.poll() is None for process in processes):
        time.sleep(1)
    print("A process stopped; stopping the others.", file=sys.stderr)
    stop()


if __name__ == "__main__":
    main()
