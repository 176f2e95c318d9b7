"""Load bench (not a CI test): the locust scenario in bench/load/ against gunicorn with 4 worker
processes on PostgreSQL, on loopback only. `make load`, or:

    .venv/bin/python bench/load/run_load.py                   # 50 users × 2 min, then steps
    .venv/bin/python bench/load/run_load.py --steps 50,100 --step-time 30

It (1) rebuilds its own database (LOAD_DATABASE, default h_load; never `test`): migrate, the demo,
1,500 more chronology entries and 40 key practice episodes in all; (2) collects static files and
starts gunicorn on 127.0.0.1; (3) runs headless locust, which stops by itself; (4) counts what was
stored against what the server accepted; (5) runs locust again adding users step by step (the
users already signed in stay) to find where p95 passes 1 s.
Figures are printed and written to bench/results/load.json and bench/results/load.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
BIN = ROOT / ".venv" / "bin"
REFERENCE = "NSCP-2025-03"
EXTRA_ENTRIES = 1_500
EPISODES = 40
TARGET_P95_MS = 500
LIMIT_P95_MS = 1_000


# ---------------------------------------------------------------- database and data


def server_env(database_url: str, var_dir: Path, conn_max_age: int) -> dict[str, str]:
    """The environment of a production-style process, on plain HTTP over loopback (a TLS proxy
    would sit in front in production, hence the cookie settings)."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": str(conn_max_age),
        "CASEWINDOW_VAR_DIR": str(var_dir),
        "DEBUG": "0",
        "SECRET_KEY": "load-bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "DJANGO_SETTINGS_MODULE": "casewindow.settings",
    }


def recreate_database(url: str) -> None:
    import dj_database_url

    db = dj_database_url.parse(url)
    if db["NAME"] in ("test", "test_test", "postgres"):
        raise SystemExit(f"refusing to rebuild the database {db['NAME']!r}")
    conn = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432)]
    conn += ["-U", db["USER"] or "postgres"]
    for tool in (["dropdb", "--if-exists", "--force"], ["createdb"]):
        subprocess.run([*tool, *conn, db["NAME"]], check=True)  # noqa: S603


def prepare(env: dict[str, str]) -> None:
    """migrate, static files, the demo, then the extra data (in this process, Django set up)."""
    casewindow = str(BIN / "casewindow")
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_demo"],
    ):
        subprocess.run(  # noqa: S603
            [casewindow, *command], env=env, check=True, stdout=subprocess.DEVNULL
        )
    os.environ.update(env)
    import django

    django.setup()
    add_entries()
    add_episodes()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def add_entries() -> None:
    """More agency chronology entries for the demo review: a realistic year of contacts."""
    import random

    from django.apps import apps

    review = apps.get_model("reviews", "Review").objects.get(reference=REFERENCE)
    entry_model = apps.get_model("evidence", "ChronologyEntry")
    agencies = list(review.agencies.all())
    rng = random.Random(7)  # noqa: S311 (made-up data)
    start, days = review.scope_start, (review.scope_end - review.scope_start).days
    texts = [
        "Home visit by {role}. {who} seen; discussed {topic}.",
        "Telephone call from {role} about {topic}.",
        "{who} did not attend the appointment about {topic}.",
        "Strategy discussion; {role} shared information about {topic}.",
        "Letter sent to {who} about {topic}.",
    ]
    roles = ["the health visitor", "the GP", "the social worker", "a police officer", "the nurse"]
    topics = ["feeding", "sleep", "housing", "a new adult in the home", "bruising", "school"]
    people = ["Mother", "Adult M", "Child J", "Child K"]
    row = entry_model.objects.filter(review=review).count()
    entries = []
    for i in range(EXTRA_ENTRIES):
        day = start + datetime.timedelta(days=rng.randrange(days + 1))
        who = rng.choice(people)
        text = rng.choice(texts).format(role=rng.choice(roles), who=who, topic=rng.choice(topics))
        entries.append(
            entry_model(
                review=review,
                agency=rng.choice(agencies),
                row_number=row + i + 1,
                date_start=day,
                date_end=day,
                date_precision="day",
                date_text=day.strftime("%d/%m/%Y"),
                description=text,
                people_text=who,
                original_row={"Date": day.isoformat(), "Event": text},
            )
        )
    entry_model.objects.bulk_create(entries, batch_size=500)


def add_episodes() -> None:
    """Key practice episodes up to EPISODES, added through the page as the lead reviewer would."""
    from django.apps import apps
    from django.test import Client

    sys.path.insert(0, str(BENCH / "load"))
    from htmlforms import form_with, replace

    lead = apps.get_model("accounts", "User").objects.get(email="lead@demo.casewindow.test")
    client = Client()
    client.force_login(lead)
    url = f"/reviews/{REFERENCE}/episodes/add/"
    existing = apps.get_model("analysis", "KeyPracticeEpisode").objects.filter(
        review__reference=REFERENCE
    )
    for n in range(existing.count(), EPISODES):
        action, values = form_with(client.get(url).content.decode(), "what_happened")
        values = replace(values, "title", f"Contact {n + 1} after the referral")
        values = replace(values, "what_happened", f"The agency's record of contact {n + 1}. " * 8)
        data: dict[str, list[str]] = {}
        for name, value in values:
            data.setdefault(name, []).append(value)
        response = client.post(action or url, data)
        assert response.status_code == 302, response.content.decode()[:2000]


def snapshot() -> dict:
    """What the load's writes can change: episode versions and texts, the load's comments."""
    from django.apps import apps
    from django.db import connection

    episodes = {
        str(e.uuid): (e.version, e.what_happened)
        for e in apps.get_model("analysis", "KeyPracticeEpisode").objects.filter(
            review__reference=REFERENCE
        )
    }
    comments = list(
        apps.get_model("drafts", "DraftComment")
        .objects.filter(text__contains="[load ")
        .values_list("text", flat=True)
    )
    audit = apps.get_model("audit", "AuditEvent").objects.count()
    connection.close()
    return {"episodes": episodes, "comments": comments, "audit_events": audit}


def check_writes(before: dict, after: dict, writes: list[dict]) -> dict:
    """Writes the server accepted against what is stored: none may be missing. A write still in
    flight when locust stopped may be stored without the client hearing back: not lost."""
    sent = [w for w in writes if w["kind"] == "episode sent"]
    saved = [w for w in writes if w["kind"] == "episode"]
    conflicts = [w for w in writes if w["kind"] == "episode conflict"]
    comments_sent = [w for w in writes if w["kind"] == "comment sent"]
    comments = [w for w in writes if w["kind"] == "comment"]
    version_rise = sum(
        after["episodes"][k][0] - before["episodes"][k][0] for k in before["episodes"]
    )

    def episode_of(write: dict) -> str:
        return re.search(r"episodes/([0-9a-f-]{36})/", write["url"])[1]

    # Optimistic locking orders the saves of one episode by the version each was made from: the
    # text stored must be the last accepted save's, or a later one's still in flight.
    newest: dict[str, int] = {}
    for write in saved:
        newest[episode_of(write)] = max(newest.get(episode_of(write), 0), write["version"])
    wrong_text = []
    for episode, version in newest.items():
        allowed = {w["tag"] for w in sent if episode_of(w) == episode and w["version"] >= version}
        stored = re.search(r"\[load ([0-9a-f]{12})\]$", after["episodes"][episode][1])
        if not stored or stored[1] not in allowed:
            wrong_text.append(episode)
    new_comments = [c for c in after["comments"] if c not in before["comments"]]
    stored_tags = {m for c in new_comments for m in re.findall(r"\[load ([0-9a-f]{12})\]", c)}
    missing_comments = [w["tag"] for w in comments if w["tag"] not in stored_tags]
    return {
        "episode_saves_sent": len(sent),
        "episode_saves_accepted": len(saved),
        "episode_versions_added": version_rise,
        "episode_conflicts_refused": len(conflicts),
        "episodes_with_wrong_last_text": len(wrong_text),
        "comments_sent": len(comments_sent),
        "comments_accepted": len(comments),
        "comments_stored": len(new_comments),
        "comments_missing": len(missing_comments),
        "lost_writes": max(0, len(saved) - version_rise) + len(wrong_text) + len(missing_comments),
    }


# ---------------------------------------------------------------- server and load


def start_server(env: dict[str, str], port: int, workers: int, log: Path) -> subprocess.Popen:
    command = [
        str(BIN / "gunicorn"),
        "casewindow.wsgi:application",
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
        *("--timeout", "60", "--error-logfile", str(log)),
    ]
    server = subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True)  # noqa: S603
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/sign-in/") as r:
                if r.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    raise SystemExit(f"gunicorn did not answer on 127.0.0.1:{port}; see {log}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def cpu_seconds(pids: list[int]) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def run_locust(
    users: int,
    run_time: str,
    port: int,
    out: Path,
    env: dict[str, str],
    steps: str = "",
    spawn_rate: float = 5,
) -> list:
    """One headless locust run (stops by itself); the requests and writes it logged. With
    `steps` ("50,100:60": user counts, seconds each) locust adds users step by step instead."""
    log = out.with_suffix(".jsonl")
    log.unlink(missing_ok=True)
    command = [
        str(BIN / "locust"),
        *("-f", str(BENCH / "load" / "locustfile.py")),
        "--headless",
        *("--users", str(users), "--spawn-rate", str(spawn_rate)),
        *("--run-time", run_time, "--stop-timeout", "15"),
        *("--host", f"http://127.0.0.1:{port}"),
        *("--csv", str(out), "--only-summary"),
        *("--exit-code-on-error", "0", "--loglevel", "WARNING"),
    ]
    locust_env = {
        **env, "LOAD_WRITES_LOG": str(log), "LOAD_REFERENCE": REFERENCE, "LOAD_STEPS": steps,
        "LOAD_SPAWN_RATE": str(spawn_rate),
    }  # fmt: skip
    subprocess.run(command, env=locust_env, cwd=BENCH / "load", check=True)  # noqa: S603
    return [json.loads(line) for line in log.read_text().splitlines()]


SIGN_IN = {"sign-in page", "sign in"}


def summary(requests: list[dict], span: float | None = None) -> dict:
    times = sorted(r["ms"] for r in requests)
    failures = sum(not r["ok"] for r in requests)
    if len(times) < 2:
        nothing = {"rps": 0.0, "p50_ms": 0, "p95_ms": 0, "p99_ms": 0, "max_ms": 0}
        return {"requests": len(times), "failures": failures, **nothing}
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    span = span or max(r["at"] for r in requests) - min(r["at"] for r in requests)
    return {
        "requests": len(times),
        "failures": failures,
        "rps": round(len(times) / span, 1) if span else 0.0,
        "p50_ms": round(cuts[49]),
        "p95_ms": round(cuts[94]),
        "p99_ms": round(cuts[98]),
        "max_ms": round(times[-1]),
    }


class CpuSampler(threading.Thread):
    """CPU seconds of the gunicorn processes and of the whole machine, every second."""

    def __init__(self, server: subprocess.Popen) -> None:
        super().__init__(daemon=True)
        import psutil

        self.pids = [server.pid, *(c.pid for c in psutil.Process(server.pid).children())]
        self.samples: list[tuple[float, float, float, float]] = []
        self.done = threading.Event()

    def sample(self) -> None:
        import psutil

        machine = psutil.cpu_times()
        idle = machine.idle + machine.iowait
        self.samples.append((time.time(), cpu_seconds(self.pids), idle, machine.iowait))

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(1)

    def between(self, start: float, end: float) -> dict:
        inside = [x for x in self.samples if start <= x[0] <= end] or self.samples[-1:]
        first, last = inside[0], inside[-1]
        wall = (last[0] - first[0]) or 1
        cores = os.cpu_count()
        return {
            "gunicorn_cpu_s": round(last[1] - first[1], 1),
            "gunicorn": round((last[1] - first[1]) / (wall * cores), 2),
            "machine": round(1 - (last[2] - first[2]) / (wall * cores), 2),
            "iowait": round((last[3] - first[3]) / (wall * cores), 2),
        }


def wait_until_quiet(pids: list[int], limit: float = 120) -> None:
    """Until the gunicorn processes have used no CPU for 3 s: the queue is empty."""
    deadline = time.monotonic() + limit
    last = cpu_seconds(pids)
    while time.monotonic() < deadline:
        time.sleep(3)
        now = cpu_seconds(pids)
        if now - last < 0.05:
            return
        last = now


def measure(server, port: int, env: dict[str, str], tag: str, users: int, run_time: str,
            steps: list[int], step_seconds: int, spawn_rate: float) -> list[dict]:  # fmt: skip
    """One locust run; one result per window (the whole run, or each step)."""
    sampler = CpuSampler(server)
    sampler.start()
    before = snapshot()
    load_before = [round(x, 2) for x in os.getloadavg()]
    started = time.time()
    spec = ",".join(map(str, steps)) + f":{step_seconds}" if steps else ""
    logged = run_locust(users, run_time, port, RESULTS / f"load_{tag}", env, spec, spawn_rate)
    sampler.done.set()
    sampler.join()
    wait_until_quiet(sampler.pids)  # requests locust gave up on may still be queued
    after = snapshot()
    writes = check_writes(before, after, [r for r in logged if r["kind"] != "request"])
    requests = [r for r in logged if r["kind"] == "request"]
    t0 = min((r["at"] - r["ms"] / 1000 for r in requests), default=started)
    windows = (
        [(n, t0 + i * step_seconds, t0 + (i + 1) * step_seconds) for i, n in enumerate(steps)]
        if steps
        else [(users, t0, t0 + 10**9)]
    )
    results = []
    for n, start, end in windows:
        inside = [r for r in requests if start <= r["at"] < end]
        pages = [r for r in inside if r["name"] not in SIGN_IN]
        span = min(end, max((r["at"] for r in inside), default=start)) - start
        names = sorted({r["name"] for r in inside})
        last_sign_in = max((r["at"] for r in inside if r["name"] in SIGN_IN), default=0)
        results.append({
            "tag": tag,
            "users": n,
            "seconds": round(span),
            "total": summary(pages, span),
            "sign_in": summary([r for r in inside if r["name"] == "sign in"]),
            "after_sign_ins": summary([r for r in pages if r["at"] > last_sign_in]),
            "pages": {m: summary([r for r in inside if r["name"] == m]) for m in names},
            "cpu_share": sampler.between(start, end),
            "loadavg_before": load_before,
            "writes": writes,  # for the whole locust run
        })  # fmt: skip
    return results


# ---------------------------------------------------------------- report


def table(runs: list[dict]) -> str:
    lines = [
        "| run | users | s | req/s | p50 ms | p95 ms | p99 ms | errors | sign-in p50 ms "
        "| p95 ms once all signed in | gunicorn CPU ms / request | CPU gunicorn / machine "
        "| load avg before |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in runs:
        t, c = r["total"], r["cpu_share"]
        served = t["requests"] + r["sign_in"]["requests"] * 2  # a sign-in is two requests
        per_request = round(c["gunicorn_cpu_s"] * 1000 / served) if served else 0
        lines.append(
            f"| {r['tag']} | {r['users']} | {r['seconds']} | {t['rps']} | {t['p50_ms']} | "
            f"{t['p95_ms']} | {t['p99_ms']} | {t['failures']} | {r['sign_in']['p50_ms']} | "
            f"{r['after_sign_ins']['p95_ms']} ({r['after_sign_ins']['requests']}) | "
            f"{per_request} | {c['gunicorn']:.0%} / {c['machine']:.0%} | {r['loadavg_before'][0]} |"
        )
    return "\n".join(lines)


def writes_table(runs: list[dict]) -> str:
    lines = [
        "| run | episode saves sent / accepted / versions added | refused as conflicts "
        "| last text right | comments sent / accepted / stored | lost writes |",
        "|---|---|---:|---|---|---:|",
    ]
    seen = set()
    for r in runs:
        if r["tag"] in seen:
            continue
        seen.add(r["tag"])
        w = r["writes"]
        lines.append(
            f"| {r['tag']} | {w['episode_saves_sent']} / {w['episode_saves_accepted']} / "
            f"{w['episode_versions_added']} | "
            f"{w['episode_conflicts_refused']} | "
            f"{'yes' if not w['episodes_with_wrong_last_text'] else 'NO'} | "
            f"{w['comments_sent']} / {w['comments_accepted']} / {w['comments_stored']} | "
            f"{w['lost_writes']} |"
        )
    return "\n".join(lines)


def page_table(run: dict) -> str:
    lines = [
        "| page | requests | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, f in sorted(run["pages"].items(), key=lambda kv: -kv[1]["p95_ms"]):
        lines.append(
            f"| {name} | {f['requests']} | {f['p50_ms']:.0f} | {f['p95_ms']:.0f} | "
            f"{f['p99_ms']:.0f} | {f['failures']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--run-time", default="2m")
    parser.add_argument("--steps", default="50,100,150,200", help="user counts; empty: none")
    parser.add_argument("--step-time", type=int, default=60, help="seconds per step")
    parser.add_argument("--spawn-rate", type=float, default=5, help="users starting a second")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=18_765)
    parser.add_argument("--conn-max-age", type=int, default=0, help="DATABASE_CONN_MAX_AGE")
    parser.add_argument("--no-prepare", action="store_true", help="reuse the database as is")
    args = parser.parse_args()

    name = os.environ.get("LOAD_DATABASE", "h_load")
    database_url = f"postgres://postgres@127.0.0.1:5432/{name}"
    var_dir = Path(tempfile.gettempdir()) / f"casewindow-{name}"
    env = server_env(database_url, var_dir, args.conn_max_age)
    RESULTS.mkdir(exist_ok=True)
    if not args.no_prepare:
        shutil.rmtree(var_dir, ignore_errors=True)
        recreate_database(database_url)
        print(f"== preparing {name}: demo + {EXTRA_ENTRIES} entries, {EPISODES} episodes")
        prepare(env)
    else:
        os.environ.update(env)
        import django

        django.setup()

    server = start_server(env, args.port, args.workers, RESULTS / "load_gunicorn.log")
    runs = []
    try:
        print("== warming up the workers (not measured)")
        run_locust(8, "15s", args.port, RESULTS / "load_warmup", env)
        print(f"== {args.users} users for {args.run_time}")
        runs += measure(
            server, args.port, env, "main", args.users, args.run_time, [], 0, args.spawn_rate
        )
        print(table(runs))
        steps = [int(u) for u in args.steps.split(",") if u]
        if steps:
            print(f"== stepping up: {steps} users, {args.step_time} s each")
            total = f"{len(steps) * args.step_time}s"
            runs += measure(
                server, args.port, env, "steps", max(steps), total, steps, args.step_time,
                args.spawn_rate,
            )  # fmt: skip
            print(table(runs))
    finally:
        stop(server)

    settings = {
        "workers": args.workers,
        "conn_max_age": args.conn_max_age,
        "database": "PostgreSQL " + name,
        "cpus": os.cpu_count(),
        "when": datetime.datetime.now().isoformat(timespec="minutes"),
    }
    (RESULTS / "load.json").write_text(json.dumps({"settings": settings, "runs": runs}, indent=1))
    main_run = runs[0]
    over = next((r["users"] for r in runs[1:] if r["total"]["p95_ms"] > LIMIT_P95_MS), None)
    report = [
        f"# Load bench, {settings['when']}",
        "",
        f"gunicorn × {args.workers} sync workers, PostgreSQL, DATABASE_CONN_MAX_AGE="
        f"{args.conn_max_age}; {settings['cpus']} CPUs shared with locust and whatever else "
        "runs (load average before each run in the last column). Page figures leave out the "
        "sign-ins (PBKDF2, once per user as it starts), shown on their own. In the stepped run "
        f"the users already signed in stay; each step adds users, {args.spawn_rate:g} a second.",
        "",
        table(runs),
        "",
        f"Target for {main_run['users']} users: p95 ≤ {TARGET_P95_MS} ms, no errors, no lost "
        f"writes. p95 first over {LIMIT_P95_MS} ms at: {over or 'not reached'} users.",
        "",
        "## Writes sent and stored",
        "",
        writes_table(runs),
        "",
        f"## Pages, {main_run['users']} users",
        "",
        page_table(main_run),
        "",
    ]
    (RESULTS / "load.md").write_text("\n".join(report))
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
