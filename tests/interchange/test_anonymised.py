"""`casewindow export_review REF --anonymised`: only what may be pooled (findings, episode
summaries with their factors, recommendations; labels, never names; no evidence), and another
partnership's learning pages import it as a review from elsewhere."""

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from casewindow.analysis.models import Finding, KeyPracticeEpisode, Recommendation
from casewindow.audit.models import AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.evidence.models import ChronologyEntry
from casewindow.interchange import anonymised
from casewindow.learning.models import NationalEpisode, NationalFactor, NationalReview
from casewindow.learning.services.national import ANONYMISED_SCHEMA_PATH
from casewindow.reviews.models import Person, Review
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _export(review: Review, output: Path) -> dict[str, Any]:
    call_command("export_review", review.reference, "-o", str(output), "--anonymised")
    with zipfile.ZipFile(output) as archive:
        assert archive.namelist() == ["review.json"]  # no evidence files
        return json.loads(archive.read("review.json"))


@pytest.fixture
def demo(tmp_path: Path, settings: Any) -> Review:
    settings.MEDIA_ROOT = tmp_path / "media"
    review, _created = demo_load()
    return review


def test_anonymised_archive_holds_the_learning_and_no_real_name(demo: Review, tmp_path: Path):
    document = _export(demo, tmp_path / "pool.zip")

    schema = json.loads(ANONYMISED_SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    assert len(document["findings"]) == Finding.objects.alive().filter(review=demo).count() > 0
    assert (
        len(document["episodes"]) == KeyPracticeEpisode.objects.alive().filter(review=demo).count()
    )
    assert (
        len(document["recommendations"])
        == Recommendation.objects.alive().filter(review=demo).count()
    )
    assert any(episode["factors"] for episode in document["episodes"])

    text = (tmp_path / "pool.zip").read_bytes().decode("latin-1") + json.dumps(document)
    people = Person.objects.filter(review=demo)
    assert people.count() > 3
    for person in people:
        for name in [person.real_name, *person.aliases]:
            assert not re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE), (
                person.publication_label
            )
    labels = {person.publication_label for person in people}
    assert any(label in json.dumps(document) for label in labels)
    # No evidence: not one chronology entry's words, no members, no audit log, no ids.
    for entry in ChronologyEntry.objects.filter(review=demo)[:50]:
        if len(entry.description) > 40:
            assert entry.description not in json.dumps(document)
    assert set(document) == {
        "format", "schema_version", "exported_at", "framework_version",
        "review", "findings", "episodes", "recommendations",
    }  # fmt: skip
    assert "@" not in json.dumps(document["review"])
    assert AuditEvent.objects.filter(
        review=demo, summary__startswith="Exported the anonymised learning"
    ).exists()


def test_a_real_name_left_in_the_learning_stops_the_export(
    demo: Review, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The last check does not trust the labelling: if a real name got through, no file."""
    person = Person.objects.filter(review=demo).first()
    assert person is not None
    real = anonymised.anonymised_document

    def leaky(**kwargs: Any) -> dict[str, Any]:
        document = real(**kwargs)
        document["findings"][0]["statement"] += f" {person.real_name} was not seen."
        return document

    monkeypatch.setattr(anonymised, "anonymised_document", leaky)
    with pytest.raises(CommandError, match=re.escape(person.publication_label)):
        call_command("export_review", demo.reference, "-o", str(tmp_path / "x.zip"), "--anonymised")
    assert not (tmp_path / "x.zip").exists()
    assert not list(tmp_path.glob("x.zip*"))


def _import(world: ReviewWorld, name: str, raw: bytes) -> Any:
    client = Client()
    client.force_login(world.lead)
    url = reverse("learning:national_import", args=[world.partnership.uuid])
    return client.post(url, {"file": SimpleUploadedFile(name, raw)})


def test_another_partnership_imports_it_as_a_review_from_elsewhere(
    demo: Review, review_world: ReviewWorld, tmp_path: Path
):
    document = _export(demo, tmp_path / "pool.zip")

    response = _import(review_world, "pool.zip", (tmp_path / "pool.zip").read_bytes())

    assert response.status_code == 302
    national = NationalReview.objects.get(partnership=review_world.partnership)
    assert (national.reference, national.source) == (demo.reference, demo.partnership.name)
    assert national.from_archive
    assert national.findings.count() == len(document["findings"])
    assert NationalEpisode.objects.filter(review=national).count() == len(document["episodes"])
    assert NationalFactor.objects.filter(episode__review=national).count() == sum(
        len(e["factors"]) for e in document["episodes"]
    )
    reader = Client()
    reader.force_login(review_world.board_reader)
    page = reader.get(reverse("learning:repository", args=[review_world.partnership.uuid]))
    html = page.content.decode()
    assert document["findings"][0]["statement"][:60] in html.replace("&#x27;", "'")
    assert demo.reference in html


def _unknown_factor(document: dict[str, Any]) -> None:
    document["episodes"][0]["factors"].append({"key": "nope/none", "effect": "helped"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="casewindow-review"), "is not an anonymised review"),
        (lambda d: d.update(schema_version=9), "version 9"),
        (lambda d: d["findings"][0].pop("statement"), "findings/0"),
        (_unknown_factor, "not in this Casewindow's factor framework"),
        (lambda d: d["review"].update(review_type="invented"), "Unknown review type"),
    ],
)  # fmt: skip
def test_a_bad_anonymised_archive_is_refused_whole(
    demo: Review, review_world: ReviewWorld, tmp_path: Path, change: Any, message: str
):
    document = _export(demo, tmp_path / "pool.zip")
    change(document)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("review.json", json.dumps(document))

    response = _import(review_world, "bad.zip", bad.read_bytes())

    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not NationalReview.objects.filter(partnership=review_world.partnership).exists()


def test_a_whole_review_archive_is_not_pooled(
    demo: Review, review_world: ReviewWorld, tmp_path: Path
):
    call_command("export_review", demo.reference, "-o", str(tmp_path / "whole.zip"))

    response = _import(review_world, "whole.zip", (tmp_path / "whole.zip").read_bytes())

    assert "cannot be pooled" in response.content.decode()
    assert not NationalReview.objects.filter(partnership=review_world.partnership).exists()
