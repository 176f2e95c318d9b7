"""Load scenario for Casewindow (a bench, never a CI test): run by bench/bench_load.py, which
prepares the database, starts gunicorn and checks afterwards that every accepted write is stored.

Three kinds of user, all on the demo review (LOAD_REFERENCE), each signing in through the form:
- reviewers browse the integrated chronology and the key practice episodes and edit episodes,
  posting the form as loaded, version field included (optimistic locking: a save against a
  version someone else has moved on is refused with the conflict page, never lost);
- participants read the draft shared with them and comment on its sections;
- a board reader opens the partnership and review pages.

Every request (name, time, outcome), every write sent and every write accepted (a redirect
after the POST) is appended to LOAD_WRITES_LOG as a JSON line, so the runner can compare writes
sent with writes stored and leave the sign-ins out of the page figures.
"""

import json
import os
import random
import re
import time
import uuid

from htmlforms import UUID, form_with, links, replace, value_of
from locust import HttpUser, LoadTestShape, between, events, task

REFERENCE = os.environ.get("LOAD_REFERENCE", "NSCP-2025-03")
PASSWORD = os.environ.get("LOAD_PASSWORD", "casewindow-demo")
WRITES_LOG = os.environ.get("LOAD_WRITES_LOG", "")
REVIEW = f"/reviews/{REFERENCE}/"
TAG = re.compile(r"\s*\[load [0-9a-f]{12}\]$")

_log = open(WRITES_LOG, "a", buffering=1) if WRITES_LOG else None  # noqa: SIM115 (whole run)


def record(**write: object) -> None:
    if _log:
        _log.write(json.dumps(write) + "\n")


@events.request.add_listener
def _record_request(name, response_time, exception, **_kwargs) -> None:
    """Every request with its time, so the runner can leave the sign-ins out of the figures."""
    record(kind="request", name=name, ms=round(response_time, 1), ok=exception is None,
           at=round(time.time(), 2))  # fmt: skip


@events.quitting.add_listener
def _close_log(environment, **_kwargs) -> None:
    if _log:
        _log.close()


class Member(HttpUser):
    abstract = True
    wait_time = between(1, 4)  # reading a page, filling in a form
    accounts: tuple[str, ...] = ()

    def on_start(self) -> None:
        email = random.choice(self.accounts)  # noqa: S311 (load pattern, not security)
        page = self.client.get("/accounts/sign-in/", name="sign-in page")
        action, values = form_with(page.text, "username")
        values = replace(replace(values, "username", email), "password", PASSWORD)
        with self.client.post(
            action or "/accounts/sign-in/",
            data=values,
            name="sign in",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"sign-in refused for {email}: {response.status_code}")

    def page(self, url: str, name: str) -> str:
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {url}")
            return response.text


class Reviewer(Member):
    weight = 5
    accounts = ("lead@demo.casewindow.test", "reviewer@demo.casewindow.test")

    def on_start(self) -> None:
        super().on_start()
        listing = self.page(REVIEW + "episodes/", "episode list")
        self.episodes = links(listing, re.escape(REVIEW) + f"episodes/{UUID}/")

    @task(4)
    def chronology(self) -> None:
        self.page(REVIEW + "chronology/", "chronology")

    @task(2)
    def episode_list(self) -> None:
        self.page(REVIEW + "episodes/", "episode list")

    @task(3)
    def episode(self) -> None:
        self.page(random.choice(self.episodes), "episode")  # noqa: S311

    @task(1)
    def review_home(self) -> None:
        self.page(REVIEW, "review home")

    @task(2)
    def edit_episode(self) -> None:
        url = random.choice(self.episodes) + "edit/"  # noqa: S311
        action, values = form_with(self.page(url, "episode edit form"), "what_happened")
        tag = uuid.uuid4().hex[:12]
        text = TAG.sub("", value_of(values, "what_happened")) + f" [load {tag}]"
        values = replace(values, "what_happened", text)
        version = int(value_of(values, "version"))
        record(kind="episode sent", url=url, version=version, tag=tag)
        with self.client.post(
            action or url, data=values, name="episode save", allow_redirects=False,
            catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code == 302:
                record(kind="episode", url=url, version=version, tag=tag)
            elif response.status_code == 200 and 'id="current-version"' in response.text:
                # Someone saved it first: the conflict page, as designed. Not a lost write.
                record(kind="episode conflict", url=url, tag=tag)
            else:
                response.failure(f"episode save: {response.status_code}")


class Participant(Member):
    weight = 3
    accounts = ("hv@demo.casewindow.test", "sw@demo.casewindow.test")

    def on_start(self) -> None:
        super().on_start()
        shared = REVIEW + "drafts-shared-with-you/"
        self.drafts = links(self.page(shared, "shared drafts"), re.escape(shared) + f"{UUID}/")
        self.comment_urls = []
        for draft in self.drafts:
            if draft + "comment/" in self.page(draft, "shared draft"):
                self.comment_urls.append(draft + "comment/")

    @task(3)
    def read_draft(self) -> None:
        self.page(random.choice(self.drafts), "shared draft")  # noqa: S311

    @task(1)
    def comment(self) -> None:
        if not self.comment_urls:
            return
        url = random.choice(self.comment_urls)  # noqa: S311
        html = self.page(url, "comment form")
        action, values = form_with(html, "text")
        sections = [s for s in re.findall(r'<option value="([^"]+)"', html) if s]
        tag = uuid.uuid4().hex[:12]
        values = replace(values, "section", random.choice(sections))  # noqa: S311
        values = replace(values, "text", f"Our records show a different date here. [load {tag}]")
        record(kind="comment sent", tag=tag)
        with self.client.post(
            action or url, data=values, name="comment save", allow_redirects=False,
            catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code == 302:
                record(kind="comment", tag=tag)
            else:
                response.failure(f"comment save: {response.status_code}")


class BoardReader(Member):
    weight = 1
    accounts = ("board@demo.casewindow.test",)

    def on_start(self) -> None:
        super().on_start()
        listing = self.page("/accounts/partnerships/", "partnerships")
        self.partnerships = links(listing, f"/accounts/partnerships/{UUID}/")

    @task(2)
    def partnership(self) -> None:
        self.page(random.choice(self.partnerships), "partnership")  # noqa: S311

    @task(2)
    def review_home(self) -> None:
        self.page(REVIEW, "review home")

    @task(1)
    def dashboard(self) -> None:
        self.page("/", "dashboard")


if os.environ.get("LOAD_STEPS"):

    class Steps(LoadTestShape):
        """LOAD_STEPS="50,100,150,200:60": that many users, each count for 60 seconds, adding
        LOAD_SPAWN_RATE users a second; those already signed in carry on. Stops after the last
        step."""

        counts, _, seconds = os.environ["LOAD_STEPS"].partition(":")
        users = [int(n) for n in counts.split(",")]
        step = int(seconds or 60)

        def tick(self) -> tuple[int, float] | None:
            index = int(self.get_run_time() // self.step)
            rate = float(os.environ.get("LOAD_SPAWN_RATE", "5"))
            return (self.users[index], rate) if index < len(self.users) else None
