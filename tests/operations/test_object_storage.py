"""Uploaded files in S3-compatible object storage, configured by the environment only: an S3
endpoint served on loopback by moto's server stands in for the bucket. Upload, text extraction,
download, report export and backup/restore all work with no local disk for files, the objects
are private, and files still reach people only through the access-checked views."""

import hashlib
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from django.conf import LazySettings
from django.core.files.storage import storages
from django.test import Client
from django.urls import reverse

from casewindow.evidence.models import SourceDocument
from casewindow.reports.models import ExportStatus, ReportExport
from casewindow.settings import uploaded_files_storage
from tests.evidence import sample_files
from tests.operations.test_backup import Site
from tests.world import ReviewWorld

PDF = sample_files.pdf_bytes(["Strategy meeting on 3 May.", "Child J was seen at home."])
KEY, SECRET = "testing-key", "testing-secret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's S3 server on 127.0.0.1, for this module."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def _client(endpoint: str):  # type: ignore[no-untyped-def]
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-west-2",
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
    )


def _new_bucket(endpoint: str) -> str:
    name = f"casewindow-{uuid.uuid4().hex[:12]}"
    _client(endpoint).create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    return name


def _objects(endpoint: str, bucket: str) -> dict[str, bytes]:
    client = _client(endpoint)
    listing = client.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {
        item["Key"]: client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
        for item in listing
    }


def _s3_environment(endpoint: str, bucket: str) -> dict[str, str]:
    return {
        "S3_BUCKET": bucket,
        "S3_ENDPOINT_URL": endpoint,
        "S3_REGION": "eu-west-2",
        "S3_ACCESS_KEY_ID": KEY,
        "S3_SECRET_ACCESS_KEY": SECRET,
        "S3_ADDRESSING_STYLE": "path",
    }


@pytest.fixture
def bucket(s3_endpoint: str, settings: LazySettings, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new empty bucket, and the file storage configured for it from the environment, as a
    deployment would set it."""
    name = _new_bucket(s3_endpoint)
    for variable, value in _s3_environment(s3_endpoint, name).items():
        monkeypatch.setenv(variable, value)
    settings.STORAGES = {**settings.STORAGES, "default": uploaded_files_storage()}
    return name


def test_the_environment_alone_selects_the_private_bucket(bucket: str):
    from storages.backends.s3 import S3Storage

    storage = storages["default"]
    assert isinstance(storage, S3Storage)
    assert storage.bucket_name == bucket
    # No public-read ACL is ever set, and any URL the backend made would be signed.
    assert storage.default_acl is None and storage.querystring_auth is True
    assert "X-Amz-Signature" in storage.url("any/name")
    # A store that stops answering fails the request in seconds instead of holding it for ever.
    config = storage.client_config
    assert (config.connect_timeout, config.read_timeout) == (10, 60)
    assert config.retries == {"max_attempts": 3, "mode": "standard"}
    assert config.s3 == {"addressing_style": "path"} and config.signature_version == "s3v4"


@pytest.mark.django_db
def test_upload_extraction_and_download_work_with_files_in_the_bucket(
    bucket: str,
    s3_endpoint: str,
    review_world: ReviewWorld,
    client_for,
    django_capture_on_commit_callbacks,
):
    lead: Client = client_for(review_world.lead)
    url = reverse("evidence:document_upload", args=[review_world.review.reference])
    with django_capture_on_commit_callbacks(execute=True):
        response = lead.post(
            url, {"files": [sample_files.upload("Police_report.pdf", PDF)], "kind": "case_record"}
        )
    assert response.status_code == 302
    document = SourceDocument.objects.get()

    # The original is an object in the bucket, byte for byte, and nowhere on a local disk.
    objects = _objects(s3_endpoint, bucket)
    assert objects == {document.file.name: PDF}
    grants = _client(s3_endpoint).get_object_acl(Bucket=bucket, Key=document.file.name)["Grants"]
    assert not [g for g in grants if "URI" in g["Grantee"]], "the object must not be public"

    # Its text was read from the bucket by the (background) extraction.
    assert document.extraction_status == "done"
    assert list(document.pages.values_list("text", flat=True)) == [
        "Strategy meeting on 3 May.",
        "Child J was seen at home.",
    ]

    # Downloads pass through the access-checked view, which streams from the bucket.
    download = reverse(
        "evidence:document_download", args=[review_world.review.reference, document.uuid]
    )
    response = client_for(review_world.observer).get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert client_for(review_world.participant).get(download).status_code == 403
    assert client_for(None).get(download).status_code == 302  # to sign in, never to the bucket


@pytest.mark.django_db
def test_a_report_export_is_made_into_the_bucket_and_downloaded_through_the_app(
    bucket: str,
    s3_endpoint: str,
    review_world: ReviewWorld,
    client_for,
    django_capture_on_commit_callbacks,
):
    client = client_for(review_world.lead)
    exports = reverse("reports:export_list", args=[review_world.review.reference])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(exports, {"format": "docx"}).status_code == 302
    export = ReportExport.objects.get()
    assert export.status == ExportStatus.DONE

    objects = _objects(s3_endpoint, bucket)
    assert list(objects) == [export.file.name]
    response = client.get(
        reverse("reports:export_download", args=[review_world.review.reference, export.uuid])
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == objects[export.file.name]
    assert objects[export.file.name].startswith(b"PK")  # a DOCX


@pytest.mark.django_db
def test_a_chronology_import_keeps_its_file_in_the_bucket_between_steps(
    bucket: str,
    s3_endpoint: str,
    review_world: ReviewWorld,
    client_for,
    django_capture_on_commit_callbacks,
):
    """The import wizard keeps the uploaded file (and its state) in the storage between
    requests, which may reach different processes or machines."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from casewindow.evidence.models import ChronologyImport
    from tests.evidence.data import chronologies

    def url(name: str, *args: object) -> str:
        return reverse(f"evidence:{name}", args=[review_world.review.reference, *args])

    client = client_for(review_world.reviewer)
    response = client.post(
        url("chronology_import_start"),
        {
            "agency": str(review_world.agency.uuid),
            "file": SimpleUploadedFile("police.csv", chronologies.police_csv()),
        },
    )
    assert response.status_code == 302
    upload_id = response["Location"].rstrip("/").split("/")[-1]
    assert len(_objects(s3_endpoint, bucket)) >= 1  # waiting in the bucket, not on a disk
    assert "Child J" in client.get(response["Location"]).content.decode()
    chosen = {
        "column_0": "date", "column_1": "ignore", "column_2": "description", "column_3": "action",
        "column_4": "source",
    }  # fmt: skip
    client.post(url("chronology_import_columns", upload_id), chosen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("chronology_import_check", upload_id))
    imported = ChronologyImport.objects.get()
    assert imported.entries_created == 6
    # The wizard's own files are gone; the document's original stays.
    assert list(_objects(s3_endpoint, bucket)) == [imported.document.file.name]


def test_backup_and_restore_carry_every_object_from_one_bucket_to_another(
    s3_endpoint: str, tmp_path: Path
):
    """The demo loaded with its documents in one bucket, backed up, and restored into an empty
    database and an empty second bucket: the same objects, byte for byte."""

    class S3Site(Site):
        bucket: str = ""

        def env(self) -> dict[str, str]:
            return {**super().env(), **_s3_environment(s3_endpoint, self.bucket)}

    source = S3Site(f"sqlite:///{tmp_path / 'source' / 'casewindow.sqlite3'}", tmp_path / "source")
    source.bucket = _new_bucket(s3_endpoint)
    source.run("migrate", "--noinput", "-v0")
    source.run("load_demo")
    archive = tmp_path / "demo.backup"
    source.run("backup", "-o", str(archive))
    assert not (tmp_path / "source" / "media").exists()  # nothing on the local disk

    target = S3Site(f"sqlite:///{tmp_path / 'target' / 'casewindow.sqlite3'}", tmp_path / "target")
    target.bucket = _new_bucket(s3_endpoint)
    target.run("restore", str(archive))

    stored = _objects(s3_endpoint, source.bucket)
    assert len(stored) >= 5
    restored = _objects(s3_endpoint, target.bucket)
    assert {k: hashlib.sha256(v).hexdigest() for k, v in restored.items()} == {
        k: hashlib.sha256(v).hexdigest() for k, v in stored.items()
    }
    assert target.tables() == source.tables()
