"""Uploading documents, reading their text in the background, the reader, downloading the
original, tagging people, reading again and removing. Bad files are refused with a message
naming the problem, nothing is half-imported and the review's data is left as it was."""

import hashlib
from collections.abc import Callable
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence import search
from casewindow.evidence.models import DocumentPage, SearchChunk, SourceDocument
from casewindow.evidence.services import documents as services
from tests.conftest import ReviewWorld
from tests.evidence import sample_files
from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory
from tests.factories import AgencyFactory, PersonFactory
from tests.pages import error_summary, html, main_text, notification_banners

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("memory_storage")]

PDF = sample_files.pdf_bytes(
    [
        "Strategy discussion held on 3 May.\nPolice and health attended.",
        "Child J was seen at home by Ann Smith.",
    ]
)


def upload_url(world: ReviewWorld) -> str:
    return reverse("evidence:document_upload", args=[world.review.reference])


def post_upload(client: Client, world: ReviewWorld, *files, kind: str = "case_record", agency=None):
    data = {"files": list(files), "kind": kind}
    if agency is not None:
        data["agency"] = agency.pk
    return client.post(upload_url(world), data)


def stored_files() -> set[str]:
    names: set[str] = set()

    def walk(path: str) -> None:
        directories, files = default_storage.listdir(path)
        names.update(f"{path}/{f}".lstrip("/") for f in files)
        for directory in directories:
            walk(f"{path}/{directory}".lstrip("/"))

    walk("")
    return names


@pytest.fixture
def lead(review_world: ReviewWorld, client_for: Callable[[User | None], Client]) -> Client:
    return client_for(review_world.lead)


# --- upload -----------------------------------------------------------------------------------


def test_uploading_a_pdf_keeps_the_original_and_reads_its_text_page_by_page(
    review_world: ReviewWorld, lead: Client, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post_upload(
            lead,
            review_world,
            sample_files.upload("Police_report.pdf", PDF),
            agency=review_world.agency,
        )

    document = SourceDocument.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "evidence:document_detail", args=[review_world.review.reference, document.uuid]
    )
    assert (document.title, document.original_filename, document.file_type) == (
        "Police report",
        "Police_report.pdf",
        "pdf",
    )
    assert document.agency == review_world.agency and document.kind == "case_record"
    assert document.size == len(PDF) and document.sha256 == hashlib.sha256(PDF).hexdigest()
    assert document.uploaded_by == review_world.lead
    with document.file.open("rb") as stored:
        assert stored.read() == PDF
    assert str(review_world.review.uuid) in document.file.name
    assert "Police" not in document.file.name  # the stored name reveals nothing

    assert (document.extraction_status, document.extraction_progress, document.page_count) == (
        "done",
        100,
        2,
    )
    assert list(document.pages.values_list("number", "text")) == [
        (1, "Strategy discussion held on 3 May.\nPolice and health attended."),
        (2, "Child J was seen at home by Ann Smith."),
    ]
    hits = search.search_review(review=review_world.review, query="seen at home")
    assert [(h.object_uuid, h.page, h.title) for h in hits] == [(document.uuid, 2, "Police report")]
    actions = list(
        AuditEvent.objects.filter(object_id=str(document.uuid))
        .order_by("at")
        .values_list("action", "actor_label")
    )
    assert actions[0][0] == AuditAction.CREATE
    assert actions[1] == (AuditAction.UPDATE, services.TASK_ACTOR_LABEL)


def test_several_files_of_every_type_upload_at_once(
    review_world: ReviewWorld, lead: Client, django_capture_on_commit_callbacks
) -> None:
    files = [
        sample_files.upload("report.pdf", PDF),
        sample_files.upload("minutes.docx", sample_files.docx_bytes(["Core group minutes"])),
        sample_files.upload(
            "chronology.xlsx", sample_files.xlsx_bytes({"Police": [["Date", "Event"]]})
        ),
        sample_files.upload("referrals.csv", b"Date,Referral\n2024-01-02,School nurse\n"),
        sample_files.upload("notes.txt", b"Handwritten notes typed up."),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = post_upload(lead, review_world, *files, kind="agency_report")

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "evidence:document_list", args=[review_world.review.reference]
    )
    documents = SourceDocument.objects.order_by("original_filename")
    assert [(d.original_filename, d.file_type, d.extraction_status) for d in documents] == [
        ("chronology.xlsx", "xlsx", "done"),
        ("minutes.docx", "docx", "done"),
        ("notes.txt", "txt", "done"),
        ("referrals.csv", "csv", "done"),
        ("report.pdf", "pdf", "done"),
    ]
    assert {d.kind for d in documents} == {"agency_report"}
    assert len(stored_files()) == 5
    assert notification_banners(lead.get(response["Location"])) == ["5 documents uploaded"]


def _existing_document(world: ReviewWorld) -> SourceDocument:
    document = SourceDocumentFactory(review=world.review, title="Existing record")
    DocumentPageFactory(document=document, number=1, text="Existing text")
    search.search_index_replace(
        review=world.review,
        kind="document",
        object_uuid=document.uuid,
        title=document.title,
        pages=[(1, "Existing text")],
    )
    return document


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BAD_FILES = [
    pytest.param(
        "chronology.xlsx",
        _truncated(sample_files.xlsx_bytes({"S": [["x"] * 5] * 40})),
        "chronology.xlsx is damaged or incomplete",
        id="truncated-xlsx",
    ),
    pytest.param(
        "minutes.docx",
        _truncated(sample_files.docx_bytes(["Minutes"] * 40)),
        "minutes.docx is damaged or incomplete",
        id="truncated-docx",
    ),
    pytest.param(
        "report.pdf", _truncated(PDF), "report.pdf is damaged or incomplete", id="truncated-pdf"
    ),
    pytest.param(
        "report.pdf",
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        "report.pdf is damaged or incomplete",
        id="corrupt-pdf",
    ),
    pytest.param(
        "report.pdf",
        sample_files.docx_bytes(["x"]),
        "report.pdf is named as a PDF but its content is a Word document (DOCX)",
        id="lying-extension",
    ),
    pytest.param(
        "photo.pdf",
        b"\xff\xd8\xff\xe0" + bytes(500),
        "photo.pdf is named as a PDF but its content is an image (JPEG)",
        id="image-named-pdf",
    ),
    pytest.param("empty.txt", b"", "empty.txt is empty", id="empty"),
    pytest.param(
        "locked.pdf",
        sample_files.encrypted_pdf_bytes(["Secret"]),
        "locked.pdf is password-protected",
        id="password-pdf",
    ),
    pytest.param(
        "locked.docx",
        sample_files.encrypted_office_bytes(),
        "locked.docx is password-protected",
        id="password-docx",
    ),
    pytest.param(
        "locked.xlsx",
        sample_files.encrypted_office_bytes(),
        "locked.xlsx is password-protected",
        id="password-xlsx",
    ),
    pytest.param("program.exe", b"MZ\x90\x00", "program.exe must be a PDF", id="unsupported"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_a_bad_file_is_refused_with_a_clear_message_and_nothing_changes(
    review_world: ReviewWorld, lead: Client, name: str, data: bytes, message: str
) -> None:
    existing = _existing_document(review_world)
    files_before = stored_files()
    audit_before = AuditEvent.objects.count()

    response = post_upload(lead, review_world, sample_files.upload(name, data))

    assert response.status_code == 200
    problems = error_summary(response)
    assert len(problems) == 1 and problems[0].startswith(message), problems
    assert list(SourceDocument.objects.all()) == [existing]
    assert list(DocumentPage.objects.values_list("text", flat=True)) == ["Existing text"]
    assert list(SearchChunk.objects.values_list("text", flat=True)) == ["Existing text"]
    assert stored_files() == files_before
    assert not AuditEvent.objects.filter(action=AuditAction.CREATE).exists()
    assert AuditEvent.objects.count() == audit_before
    assert html(response).xpath("//title/text()")[0].startswith("Error: ")


def test_a_file_over_the_size_limit_is_refused(
    review_world: ReviewWorld, lead: Client, settings
) -> None:
    settings.CASEWINDOW_MAX_UPLOAD_BYTES = 1024 * 1024
    big = b"%PDF-1.4\n" + b"x" * (1024 * 1024)
    response = post_upload(lead, review_world, sample_files.upload("huge.pdf", big))
    assert response.status_code == 200
    assert error_summary(response) == [
        "huge.pdf is larger than 1 MB: files must be smaller than 1 MB."
    ]
    assert not SourceDocument.objects.exists()
    assert "smaller than 1 MB" in main_text(lead.get(upload_url(review_world)))
    # With a good file beside it, the upload is still refused as a whole.
    both = post_upload(
        lead,
        review_world,
        sample_files.upload("ok.txt", b"fine"),
        sample_files.upload("huge.pdf", big),
    )
    assert error_summary(both) == ["huge.pdf is larger than 1 MB: files must be smaller than 1 MB."]
    assert not SourceDocument.objects.exists() and stored_files() == set()


def test_an_oversized_file_is_dropped_as_it_arrives(review_world: ReviewWorld, settings) -> None:
    from django.core.files.uploadhandler import SkipFile
    from django.test import RequestFactory

    from casewindow.evidence.forms.documents import UploadSizeLimitHandler

    handler = UploadSizeLimitHandler(RequestFactory().post("/"), 100)
    handler.new_file("files", "big.pdf", "application/pdf", 1000)
    assert handler.receive_data_chunk(b"x" * 64, 0) == b"x" * 64
    with pytest.raises(SkipFile):
        handler.receive_data_chunk(b"x" * 64, 64)
    assert handler.over_limit == ["big.pdf"]


def test_the_upload_still_needs_a_csrf_token(review_world: ReviewWorld) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(review_world.lead)
    response = client.post(
        upload_url(review_world), {"files": [sample_files.upload("a.txt", b"x")], "kind": "other"}
    )
    assert response.status_code == 403
    assert not SourceDocument.objects.exists()


def test_one_bad_file_in_an_upload_stops_the_whole_upload(
    review_world: ReviewWorld, lead: Client
) -> None:
    response = post_upload(
        lead,
        review_world,
        sample_files.upload("good.pdf", PDF),
        sample_files.upload("empty.csv", b""),
        sample_files.upload("locked.pdf", sample_files.encrypted_pdf_bytes(["x"])),
    )
    assert response.status_code == 200
    assert error_summary(response) == [
        "empty.csv is empty. Check you chose the right file.",
        "locked.pdf is password-protected. Remove the password (save an unprotected copy), "
        "then upload it again.",
    ]
    assert not SourceDocument.objects.exists()
    assert stored_files() == set()


def test_a_file_already_in_the_review_is_refused(review_world: ReviewWorld, lead: Client) -> None:
    SourceDocumentFactory(
        review=review_world.review, title="First copy", sha256=hashlib.sha256(PDF).hexdigest()
    )
    response = post_upload(lead, review_world, sample_files.upload("again.pdf", PDF))
    assert error_summary(response) == ["again.pdf is already in this review, as “First copy”."]
    twice = post_upload(
        lead,
        review_world,
        sample_files.upload("a.txt", b"same"),
        sample_files.upload("b.txt", b"same"),
    )
    assert error_summary(twice) == ["b.txt is the same file as a.txt."]
    assert SourceDocument.objects.count() == 1


def test_the_upload_form_asks_for_files_and_a_kind(review_world: ReviewWorld, lead: Client) -> None:
    response = lead.post(upload_url(review_world), {})
    assert error_summary(response) == [
        "Select one or more files to upload",
        "Select what kind of documents these are",
    ]


def test_an_agency_of_another_review_cannot_be_chosen(
    review_world: ReviewWorld, lead: Client
) -> None:
    other_agency = AgencyFactory()
    response = post_upload(
        lead, review_world, sample_files.upload("a.txt", b"text"), agency=other_agency
    )
    assert response.status_code == 200
    assert error_summary(response) == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert not SourceDocument.objects.exists()


def test_storage_failure_leaves_no_document_and_no_file(review_world: ReviewWorld) -> None:
    checked = services.document_check_uploads(
        review=review_world.review,
        files=[sample_files.upload("one.txt", b"one"), sample_files.upload("two.txt", b"two")],
    )
    default_storage.exists("anything")  # the lazy storage object now wraps the real one
    storage = default_storage._wrapped
    real_save = storage.save
    calls = []

    def failing_save(name, content, max_length=None):
        calls.append(name)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_save(name, content, max_length=max_length)

    with mock.patch.object(storage, "save", failing_save), pytest.raises(OSError):
        services.documents_upload(
            actor=review_world.lead, review=review_world.review, uploads=checked, kind="other"
        )
    assert len(calls) == 2
    assert not SourceDocument.objects.exists()
    assert stored_files() == set()


# --- the background reading ------------------------------------------------------------------


def test_extraction_reports_progress_and_a_failure_keeps_the_document(
    review_world: ReviewWorld,
) -> None:
    document = SourceDocumentFactory(
        review=review_world.review,
        file_type="pdf",
        extraction_status="pending",
        extraction_progress=0,
        page_count=0,
    )  # its stored bytes are text, not a PDF: reading it fails
    assert services.document_extract_text(document_id=document.pk) == "failed"
    document.refresh_from_db()
    assert document.extraction_status == "failed"
    assert document.extraction_error.startswith("Case record")  # names the file
    assert "damaged or incomplete" in document.extraction_error
    assert not document.pages.exists()
    assert services.document_extract_text(document_id=10**9) == "missing"


def test_progress_is_saved_while_a_long_document_is_read(
    review_world: ReviewWorld, lead: Client
) -> None:
    pages = [f"Page {n} text" for n in range(1, 41)]
    checked = services.document_check_uploads(
        review=review_world.review,
        files=[sample_files.upload("long.pdf", sample_files.pdf_bytes(pages))],
    )
    (document,) = services.documents_upload(
        actor=review_world.lead, review=review_world.review, uploads=checked, kind="other"
    )
    seen: list[int] = []
    original = services._set_progress

    def spy(document_id: int, **values) -> None:
        if "extraction_progress" in values:
            seen.append(values["extraction_progress"])
        original(document_id, **values)

    services._set_progress = spy  # type: ignore[assignment]
    try:
        services.document_extract_text(document_id=document.pk)
    finally:
        services._set_progress = original  # type: ignore[assignment]
    assert seen[0] == 0 and seen == sorted(seen) and len(seen) > 5 and max(seen) < 100
    document.refresh_from_db()
    assert (document.extraction_status, document.extraction_progress, document.page_count) == (
        "done",
        100,
        40,
    )


# --- reading ------------------------------------------------------------------------------------


def test_the_document_page_shows_the_text_with_page_numbers(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    document = SourceDocumentFactory(
        review=review_world.review, file_type="pdf", page_count=2, title="GP notes"
    )
    DocumentPageFactory(document=document, number=1, text="First <page> & text")
    DocumentPageFactory(document=document, number=2, text="Second page\nmentions neglect")
    url = reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])

    response = client_for(review_world.observer).get(url)

    assert response.status_code == 200
    tree = html(response)
    assert tree.xpath("//section[@id='page-2']//h3/text()")[0] == "Page 2"
    assert "First &lt;page&gt; &amp; text" in response.content.decode()
    assert "Second page<br>mentions neglect" in response.content.decode()
    assert not tree.xpath("//mark")
    assert not tree.xpath("//*[@hx-get]")  # nothing to wait for
    assert "Change details" not in main_text(response)  # observers read only

    highlighted = html(client_for(review_world.observer).get(url, {"q": "neglect"}))
    assert highlighted.xpath("//section[@id='page-2']//mark/text()") == ["neglect"]


def test_a_long_document_is_read_a_screen_at_a_time(
    review_world: ReviewWorld, lead: Client
) -> None:
    document = SourceDocumentFactory(review=review_world.review, file_type="pdf", page_count=45)
    DocumentPage.objects.bulk_create(
        DocumentPage(document=document, number=n, text=f"Text {n}") for n in range(1, 46)
    )
    url = reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])
    first = html(lead.get(url))
    sections = "//section[starts-with(@id, 'page-')]"
    assert [s.get("id") for s in first.xpath(sections)][:1] == ["page-1"]
    assert len(first.xpath(sections)) == 20
    third = lead.get(url, {"screen": 3})
    assert [s.get("id") for s in html(third).xpath(sections)] == [
        f"page-{n}" for n in range(41, 46)
    ]
    assert "Showing pages 41 to 45 of 45." in main_text(third)


def test_while_the_text_is_read_the_page_polls_for_progress(
    review_world: ReviewWorld, lead: Client
) -> None:
    document = SourceDocumentFactory(
        review=review_world.review,
        extraction_status="running",
        extraction_progress=40,
        page_count=0,
    )
    detail = reverse(
        "evidence:document_detail", args=[review_world.review.reference, document.uuid]
    )
    status = reverse(
        "evidence:document_status", args=[review_world.review.reference, document.uuid]
    )
    tree = html(lead.get(detail))
    (panel,) = tree.xpath("//div[@id='extraction-status']")
    assert panel.get("hx-get") == status and panel.get("hx-trigger") == "every 2s"
    assert "40% done" in panel.text_content()

    partial = lead.get(status, headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert partial.content.decode().strip().startswith('<div id="extraction-status"')
    assert "<html" not in partial.content.decode()

    SourceDocument.objects.filter(pk=document.pk).update(
        extraction_status="done", extraction_progress=100
    )
    finished = lead.get(status, headers={"HX-Request": "true"})
    # No reload under the user: polling stops with a note, announced once, and a link.
    assert "HX-Refresh" not in finished
    text = finished.content.decode()
    assert "every 2s" not in text and "has been read" in text and "Show the result" in text


def test_a_failed_reading_is_explained_on_the_document_page(
    review_world: ReviewWorld, lead: Client
) -> None:
    document = SourceDocumentFactory(
        review=review_world.review,
        extraction_status="failed",
        extraction_error="x.pdf is damaged.",
        page_count=0,
    )
    response = lead.get(
        reverse("evidence:document_detail", args=[review_world.review.reference, document.uuid])
    )
    assert "The text could not be read x.pdf is damaged." in main_text(response)
    assert "Read the text again" in main_text(response)


def test_the_list_shows_each_documents_state(review_world: ReviewWorld, client_for) -> None:
    SourceDocumentFactory(review=review_world.review, title="Ready", page_count=3)
    SourceDocumentFactory(review=review_world.review, title="Waiting", extraction_status="pending")
    SourceDocumentFactory(title="Another review's document")
    response = client_for(review_world.observer).get(
        reverse("evidence:document_list", args=[review_world.review.reference])
    )
    text = main_text(response)
    assert "Ready" in text and "3 pages" in text and "Waiting to be read" in text
    assert "Another review" not in text
    assert "Upload documents" not in text  # observers cannot upload


# --- download ----------------------------------------------------------------------------------


def test_downloading_the_original_is_audited_and_never_sniffed(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    checked = services.document_check_uploads(
        review=review_world.review, files=[sample_files.upload("Référé notes.pdf", PDF)]
    )
    (document,) = services.documents_upload(
        actor=review_world.lead, review=review_world.review, uploads=checked, kind="other"
    )
    url = reverse("evidence:document_download", args=[review_world.review.reference, document.uuid])

    response = client_for(review_world.observer).get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "R%C3%A9f%C3%A9r%C3%A9%20notes.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    event = AuditEvent.objects.get(action=AuditAction.DOWNLOAD)
    assert event.actor == review_world.observer and event.object_id == str(document.uuid)
    assert client_for(review_world.participant).get(url).status_code == 403


def test_a_missing_stored_file_gives_404_not_500(review_world: ReviewWorld, lead: Client) -> None:
    document = SourceDocumentFactory(review=review_world.review)
    default_storage.delete(document.file.name)
    url = reverse("evidence:document_download", args=[review_world.review.reference, document.uuid])
    assert lead.get(url).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.DOWNLOAD).exists()


# --- details, people, reading again, removal ------------------------------------------------------


def test_people_named_in_the_text_are_suggested_and_confirmed_by_the_reviewer(
    review_world: ReviewWorld, lead: Client
) -> None:
    review = review_world.review
    ann = PersonFactory(review=review, real_name="Ann Smith", publication_label="Social Worker 1")
    jay = PersonFactory(
        review=review,
        real_name="Jayden Brown",
        aliases=["Child J", "JJ"],
        publication_label="Child J",
    )
    PersonFactory(
        review=review, real_name="Annabel Smithers", publication_label="Aunt"
    )  # not a whole-word match
    document = SourceDocumentFactory(review=review, file_type="pdf", page_count=2)
    DocumentPageFactory(document=document, number=1, text="ann  smith visited. Child J was asleep.")
    DocumentPageFactory(
        document=document, number=2, text="JJ said hello. Ann Smith left. ANN SMITH"
    )
    url = reverse("evidence:document_edit", args=[review.reference, document.uuid])

    page = lead.get(url)
    labels = [
        " ".join(t.split())
        for t in html(page).xpath("//div[@class='govuk-checkboxes__item']/label/text()")
    ]
    assert labels[:2] == [
        "Ann Smith (Social Worker 1), named 3 times in the text",
        "Jayden Brown (Child J), named 2 times in the text",
    ]
    assert "Annabel Smithers (Aunt)" in labels[2:]
    assert not html(page).xpath(
        "//input[@name='people'][@checked]"
    )  # suggestions wait for the reviewer

    response = lead.post(
        url,
        {
            "title": "GP letter",
            "kind": "agency_report",
            "agency": review_world.agency.pk,
            "people": [ann.pk, jay.pk],
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert set(document.people.all()) == {ann, jay}
    assert (document.title, document.kind, document.agency) == (
        "GP letter",
        "agency_report",
        review_world.agency,
    )
    event = AuditEvent.objects.filter(action=AuditAction.UPDATE, object_id=str(document.uuid)).get()
    assert event.changes["people"] == [[], ["Child J", "Social Worker 1"]]
    detail = main_text(lead.get(response["Location"]))
    assert "Jayden Brown (Child J), Ann Smith (Social Worker 1)" in detail


def test_changing_the_title_updates_search_results(review_world: ReviewWorld, lead: Client) -> None:
    document = _existing_document(review_world)
    lead.post(
        reverse("evidence:document_edit", args=[review_world.review.reference, document.uuid]),
        {"title": "Renamed record", "kind": "other"},
    )
    (hit,) = search.search_review(review=review_world.review, query="existing")
    assert hit.title == "Renamed record"


def test_people_from_another_review_cannot_be_tagged(
    review_world: ReviewWorld, lead: Client
) -> None:
    document = SourceDocumentFactory(review=review_world.review)
    stranger = PersonFactory()
    response = lead.post(
        reverse("evidence:document_edit", args=[review_world.review.reference, document.uuid]),
        {"title": "T", "kind": "other", "people": [stranger.pk]},
    )
    assert response.status_code == 200
    assert error_summary(response)[0].startswith("Select a valid choice.")
    assert not document.people.exists()


def test_reading_the_text_again(
    review_world: ReviewWorld, lead: Client, django_capture_on_commit_callbacks
) -> None:
    checked = services.document_check_uploads(
        review=review_world.review, files=[sample_files.upload("r.pdf", PDF)]
    )
    (document,) = services.documents_upload(
        actor=review_world.lead, review=review_world.review, uploads=checked, kind="other"
    )
    SourceDocument.objects.filter(pk=document.pk).update(
        extraction_status="failed", extraction_error="x"
    )
    url = reverse("evidence:document_extract", args=[review_world.review.reference, document.uuid])
    assert lead.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = lead.post(url)
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.extraction_status, document.page_count, document.pages.count()) == (
        "done",
        2,
        2,
    )
    assert SearchChunk.objects.filter(object_uuid=document.uuid).count() == 2


def test_removing_a_document_removes_its_text_index_and_file(
    review_world: ReviewWorld, lead: Client, django_capture_on_commit_callbacks
) -> None:
    document = _existing_document(review_world)
    name = document.file.name
    url = reverse("evidence:document_delete", args=[review_world.review.reference, document.uuid])
    assert "Are you sure you want to remove the document Existing record?" in main_text(
        lead.get(url)
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = lead.post(url)
    assert response.status_code == 302
    assert not SourceDocument.objects.exists() and not DocumentPage.objects.exists()
    assert not SearchChunk.objects.exists()
    assert not default_storage.exists(name)
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE, object_id=str(document.uuid)
    ).exists()


def test_observers_cannot_change_documents(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    document = SourceDocumentFactory(review=review_world.review)
    observer = client_for(review_world.observer)
    ref = review_world.review.reference
    assert observer.get(upload_url(review_world)).status_code == 403
    assert (
        observer.post(
            reverse("evidence:document_edit", args=[ref, document.uuid]), {"title": "x"}
        ).status_code
        == 403
    )
    assert (
        observer.post(reverse("evidence:document_delete", args=[ref, document.uuid])).status_code
        == 403
    )
    assert (
        observer.post(reverse("evidence:document_extract", args=[ref, document.uuid])).status_code
        == 403
    )
    assert SourceDocument.objects.filter(pk=document.pk, title=document.title).exists()
