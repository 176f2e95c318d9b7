"""`casewindow export_review REF -o x.zip --anonymised`: only what may be pooled, labelled, in
its own schema; another partnership's learning repository takes it in as a review from
elsewhere."""

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

from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.interchange import anonymised
from casewindow.interchange.anonymised import ANONYMISED_SCHEMA_PATH
from casewindow.learning.models import NationalEpisode, NationalReview
from casewindow.learning.selectors.national import national_learning
from casewindow.reviews.models import Review
from tests.factories import PartnershipFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _export(review: Review, output: Path) -> dict[str, Any]:
    call_command("export_review", review.reference, "-o", str(output), "--anonymised")
    return json.loads(zipfile.ZipFile(output).read("review.json"))


def _register_names(review: Review) -> set[str]:
    return {
        name
        for person in review.people.all()
        for name in (person.real_name, *person.aliases)
        if name.strip()
    }


def test_anonymised_archive_holds_labelled_learning_only_and_validates(tmp_path: Path) -> None:
    review, _created = demo_load()
    document = _export(review, tmp_path / "learning.zip")
    schema = json.loads(ANONYMISED_SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)

    assert document["findings"] and document["recommendations"]
    assert any(episode["factors"] for episode in document["episodes"])
    labels = {person.publication_label for person in review.people.all()}
    assert any(label in json.dumps(document) for label in labels)

    # No evidence, no members, no audit log, no files: the zip is review.json alone.
    archive = zipfile.ZipFile(tmp_path / "learning.zip")
    assert archive.namelist() == ["review.json"]
    assert not {"tables", "users", "files"} & set(document)
    content = b"".join(archive.read(name) for name in archive.namelist()).decode()
    for membership in review.memberships.select_related("user"):
        assert membership.user.email not in content
        assert membership.user.full_name not in content

    event = AuditEvent.objects.filter(action=AuditAction.EXPORT, review=review).first()
    assert event is not None and "anonymised learning" in event.summary


def test_no_real_name_from_the_register_appears_anywhere_in_the_archive(tmp_path: Path) -> None:
    review, _created = demo_load()
    names = _register_names(review)
    assert len(names) > 5
    # Reviewers wrote real names (and an alias) into the learning itself.
    people = list(review.people.exclude(aliases=[]))[:1] + list(review.people.all()[:3])
    written = " and ".join(p.real_name for p in people) + f" (known as {people[0].aliases[0]})"
    finding = review.findings.order_by("number").first()
    episode = review.episodes.order_by("number").first()
    recommendation = review.recommendations.order_by("number").first()
    assert finding and episode and recommendation
    type(finding).objects.filter(pk=finding.pk).update(how_featured=f"{written} were missed.")
    type(episode).objects.filter(pk=episode.pk).update(
        title=f"Visit to {people[1].real_name}", appraisal_explanation=f"{written} spoke."
    )
    type(recommendation).objects.filter(pk=recommendation.pk).update(
        text=f"Ask {people[2].real_name.upper()} first."
    )

    _export(review, tmp_path / "learning.zip")
    with zipfile.ZipFile(tmp_path / "learning.zip") as archive:
        content = " ".join(archive.read(name).decode() for name in archive.namelist())
    found = [name for name in names if re.search(rf"\b{re.escape(name)}\b", content, re.IGNORECASE)]
    assert not found
    labels = {person.publication_label for person in people}
    assert all(label in content for label in labels)


def test_a_name_left_after_labelling_stops_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review, _created = demo_load()

    def unlabelled(sources: Any) -> Any:
        learning = original(sources)
        person = review.people.first()
        assert person is not None
        learning[0].findings[0].text += f" {person.real_name}"
        return learning

    original = anonymised.review_learning
    monkeypatch.setattr(anonymised, "review_learning", unlabelled)
    output = tmp_path / "learning.zip"
    with pytest.raises(CommandError, match="real name from the register is still in"):
        _export(review, output)
    assert not output.exists()
    assert not list(tmp_path.iterdir())


def test_whole_review_import_refuses_an_anonymised_archive(tmp_path: Path) -> None:
    review, _created = demo_load()
    _export(review, tmp_path / "learning.zip")
    with pytest.raises(CommandError, match="anonymised archive"):
        call_command("import_review", str(tmp_path / "learning.zip"), "--reference", "X-2024-01")


def test_learning_repository_imports_it_as_a_review_from_elsewhere(tmp_path: Path) -> None:
    review, _created = demo_load()
    document = _export(review, tmp_path / "learning.zip")
    elsewhere = PartnershipFactory(name="Southshire Safeguarding Partnership")
    call_command("import_national_reviews", elsewhere.name, str(tmp_path / "learning.zip"))

    national = NationalReview.objects.get(partnership=elsewhere)
    assert national.reference == review.reference
    assert national.source == review.partnership.name
    assert national.findings.count() == len(document["findings"])
    assert national.recommendations.count() == len(document["recommendations"])
    assert NationalEpisode.objects.filter(review=national).count() == len(document["episodes"])
    (learning,) = national_learning(partnership=elsewhere)
    factors = {factor.key for episode in learning.episodes for factor in episode.factors}
    assert factors == {f["key"] for e in document["episodes"] for f in e["factors"]}
    assert all(factor.name for episode in learning.episodes for factor in episode.factors)

    # Again: the reference is taken, nothing more is added.
    with pytest.raises(CommandError, match="already added"):
        call_command("import_national_reviews", elsewhere.name, str(tmp_path / "learning.zip"))
    assert NationalReview.objects.filter(partnership=elsewhere).count() == 1


def test_learning_import_page_takes_an_anonymised_archive_and_refuses_a_whole_one(
    review_world: ReviewWorld, tmp_path: Path
) -> None:
    review, _created = demo_load()
    _export(review, tmp_path / "learning.zip")
    call_command("export_review", review.reference, "-o", str(tmp_path / "whole.zip"))
    client = Client()
    client.force_login(review_world.lead)  # the partnership's business manager
    url = reverse("learning:national_import", args=[review_world.partnership.uuid])

    whole = SimpleUploadedFile("whole.zip", (tmp_path / "whole.zip").read_bytes())
    page = client.post(url, {"file": whole})
    assert page.status_code == 200
    assert "This archive is not anonymised" in page.content.decode()
    assert not NationalReview.objects.filter(partnership=review_world.partnership).exists()

    upload = SimpleUploadedFile("learning.zip", (tmp_path / "learning.zip").read_bytes())
    assert client.post(url, {"file": upload}).status_code == 302
    national = NationalReview.objects.get(partnership=review_world.partnership)
    assert national.episodes.exists()
    repository = client.get(reverse("learning:repository", args=[review_world.partnership.uuid]))
    assert review.reference in repository.content.decode()


def test_broken_zip_on_the_learning_page_is_a_clear_message(review_world: ReviewWorld) -> None:
    client = Client()
    client.force_login(review_world.lead)
    url = reverse("learning:national_import", args=[review_world.partnership.uuid])
    page = client.post(url, {"file": SimpleUploadedFile("x.zip", b"PK\x03\x04 broken")})
    assert page.status_code == 200
    assert "not a Casewindow anonymised archive" in page.content.decode()
