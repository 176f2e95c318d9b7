"""Scanning a report, deciding, the publication version, and the check of a rendered file."""

import io
import zipfile

import pytest

from casewindow.anonymisation.models import AnonymisationDecision
from casewindow.anonymisation.services import (
    PublicationBlocked,
    anonymise,
    decision_record,
    publication_blockers,
    scan,
    scan_rendered_file,
)
from casewindow.audit.models import AuditEvent
from casewindow.reports.content import Block, ReportContent, Section
from tests.factories import PersonFactory, ReviewFactory


def report(*texts: str, extra: tuple[str, ...] = ()) -> ReportContent:
    return ReportContent(
        title="Child K",
        review_reference="REF-1",
        partnership="Westshire",
        status="Working copy",
        date_text="1 May 2025",
        sections=(
            Section(
                "introduction", "1", "Introduction", tuple(Block("paragraph", p) for p in texts)
            ),
            Section(
                "appendices", "2", "Appendices", (Block("list", items=extra),) if extra else ()
            ),
        ),
    )


@pytest.fixture
def review(db):
    review = ReviewFactory()
    PersonFactory(review=review, real_name="Kemi Adebayo", publication_label="Child K")
    PersonFactory(
        review=review,
        real_name="Folake Adebayo",
        publication_label="Mother",
        category="parent_carer",
    )
    return review


def states(candidates):
    return [(c.text, c.state, c.replacement) for c in candidates]


def test_register_people_and_identifiers_are_replaced_other_names_wait(review):
    content = report(
        "Kemi Adebayo (DOB 01/02/2016) lives with Ms Adebayo at 4 Elm Road.",
        "Her uncle, Babatunde Ogun, visited Oakfield Primary School.",
    )
    assert states(scan(review, content)) == [
        ("Kemi Adebayo", "register", "Child K"),
        ("01/02/2016", "automatic", "[date of birth]"),
        ("Ms Adebayo", "register", "Mother"),
        ("4 Elm Road", "automatic", "[address]"),
        ("Babatunde Ogun", "unresolved", ""),
        ("Oakfield Primary School", "unresolved", ""),
    ]


def test_publication_version_is_refused_while_anything_is_unresolved(review):
    content = report("Kemi met Babatunde Ogun at Oakfield Primary School.")
    assert {c.text for c in publication_blockers(review, content)} == {
        "Babatunde Ogun",
        "Oakfield Primary School",
    }
    with pytest.raises(PublicationBlocked, match="2 candidates unresolved"):
        anonymise(review, content)


def test_decisions_apply_everywhere_and_the_publication_version_uses_them(
    review, django_user_model
):
    user = django_user_model.objects.create_user(email="r@example.test", password="x")
    content = report(
        "Kemi met Babatunde Ogun at Oakfield Primary School in Reading.",
        "Later BABATUNDE OGUN said Kemi's school was kind.",
        extra=("Babatunde Ogun: statement",),
    )
    decision_record(
        review=review,
        actor=user,
        text="Babatunde Ogun",
        category="PERSON",
        decision="replace",
        replacement="Uncle",
    )
    decision_record(
        review=review,
        actor=user,
        text="Oakfield  Primary School",
        category="ORGANISATION",
        decision="replace",
        replacement="[school]",
    )
    assert publication_blockers(review, content) == []

    published = anonymise(review, content)

    text = "\n".join(published.strings())
    assert "Child K met Uncle at [school] in Reading." in text
    assert "Later Uncle said Child K's school was kind." in text
    assert "Uncle: statement" in text
    assert "Babatunde" not in text and "Kemi" not in text


def test_keeping_needs_a_reason_and_a_new_decision_supersedes_the_old(review, django_user_model):
    user = django_user_model.objects.create_user(email="r@example.test", password="x")
    with pytest.raises(ValueError, match="reason"):
        decision_record(
            review=review, actor=user, text="Reading", category="OTHER", decision="keep"
        )
    first = decision_record(
        review=review,
        actor=user,
        text="Reading",
        category="OTHER",
        decision="keep",
        reason="A large town: identifies no one",
    )
    second = decision_record(
        review=review,
        actor=user,
        text="reading",
        category="OTHER",
        decision="replace",
        replacement="[town]",
    )

    first.refresh_from_db()
    assert first.superseded_at is not None and second.superseded_at is None
    assert AnonymisationDecision.objects.filter(review=review).count() == 2
    decisions_logged = AuditEvent.objects.filter(review=review, summary__contains="Anonymisation")
    assert decisions_logged.count() == 2
    assert all("Reading" not in event.summary for event in decisions_logged)


def test_decisions_belong_to_their_review(review, django_user_model):
    user = django_user_model.objects.create_user(email="r@example.test", password="x")
    other = ReviewFactory()
    decision_record(
        review=other,
        actor=user,
        text="Babatunde Ogun",
        category="PERSON",
        decision="replace",
        replacement="Uncle",
    )
    content = report("The review spoke to Babatunde Ogun.")
    assert [c.state for c in scan(review, content)] == ["unresolved"]


# --- a rendered file, checked once more ---------------------------------------------------------


def docx_bytes(body: str, *, comment: str = "", deleted: str = "", author: str = "") -> bytes:
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    paragraph = document.add_paragraph(body)
    if comment:
        document.add_comment(paragraph.runs, text=comment, author="Reviewer")
    if deleted:
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        paragraph._p.append(
            parse_xml(
                f'<w:del {ns} w:id="9" w:author="A"><w:r><w:delText>{deleted}</w:delText>'
                "</w:r></w:del>"
            )
        )
    document.core_properties.author = author
    section = document.sections[0]
    section.header.paragraphs[0].text = "Publication version"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_clean_docx_passes(review):
    data = docx_bytes("Child K lived with Mother.")
    assert scan_rendered_file(review, data, "docx") == []


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"body": "Child K and Kemi."}, "word/document.xml"),
        ({"body": "Child K.", "comment": "Check with Folake"}, "word/comments.xml"),
        ({"body": "Child K.", "deleted": "Kemi Adebayo"}, "word/document.xml"),
        ({"body": "Child K.", "author": "Folake Adebayo"}, "docProps/core.xml"),
        ({"body": "Phone 07700 900123."}, "word/document.xml"),
    ],
)
def test_docx_hits_in_body_comments_tracked_changes_and_properties(review, kwargs, where):
    hits = scan_rendered_file(review, docx_bytes(**kwargs), "docx")
    assert [h.where for h in hits] == [where]


def test_docx_hit_for_a_string_decided_replace(review, django_user_model):
    user = django_user_model.objects.create_user(email="r@example.test", password="x")
    decision_record(
        review=review,
        actor=user,
        text="Babatunde Ogun",
        category="PERSON",
        decision="replace",
        replacement="Uncle",
    )
    hits = scan_rendered_file(review, docx_bytes("Uncle (Babatunde\u00a0Ogun) said."), "docx")
    assert [(h.text, h.category) for h in hits] == [("Babatunde Ogun", "decided")]


def pdf_bytes(text: str, title: str = "") -> bytes:
    """A one-page PDF with one line of text (and a title in its metadata)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) >>".encode(),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_pdf_text_and_metadata_are_checked(review):
    assert scan_rendered_file(review, pdf_bytes("Child K lived with Mother."), "pdf") == []
    assert [h.where for h in scan_rendered_file(review, pdf_bytes("Kemi Adebayo"), "pdf")] == [
        "page 1"
    ]
    hits = scan_rendered_file(review, pdf_bytes("Child K", title="Report on Kemi"), "pdf")
    assert [h.where for h in hits] == ["metadata"]


def test_html_text_and_attributes_are_checked(review):
    clean = b"<html><head><title>Child K</title></head><body><p>Mother said.</p></body></html>"
    assert scan_rendered_file(review, clean, "html") == []
    leaky = b'<html><body><p>Mother</p><img alt="Photo of Kemi"></body></html>'
    assert [h.text for h in scan_rendered_file(review, leaky, "html")] == ["Kemi"]


def test_unknown_format_is_refused(review):
    with pytest.raises(ValueError, match="Unknown format"):
        scan_rendered_file(review, b"", "rtf")
    assert zipfile  # the DOCX reader's module is the standard library's


def test_a_leaking_rendered_file_is_refused_and_the_refusal_logged(review):
    from casewindow.anonymisation.services import RenderedFileLeak, publication_file_check

    publication_file_check(review, docx_bytes("Child K lived with Mother."), "docx")
    with pytest.raises(RenderedFileLeak, match=r"word/comments\.xml"):
        publication_file_check(review, docx_bytes("Child K.", comment="ask Kemi"), "docx")
    refusal = AuditEvent.objects.get(review=review, action="export")
    assert "refused" in refusal.summary and "Kemi" not in refusal.summary


def test_the_standard_methodology_text_is_not_a_candidate_to_decide(review):
    from casewindow.reports.assembly import build_report

    content = build_report(review)
    standard = [c for c in scan(review, content) if "Learning Together" in c.text]
    assert standard and all(c.state == "kept" and c.decision is None for c in standard)
    assert not [c for c in publication_blockers(review, content) if "Institute" in c.text]


def test_an_address_found_in_its_parts_is_one_replacement_in_the_publication_version(review):
    content = report(
        "Kemi Adebayo lived at Flat 3, Cobden House, 22 Acacia Avenue with her mother.",
        "The visit was to 4 Elm Road, then to 9 Mill Lane.",
    )
    addresses = [c.text for c in scan(review, content) if c.category == "ADDRESS"]
    assert len(addresses) >= 4  # the detector reports the flat, building and street apart

    published = "\n".join(anonymise(review, content).strings())

    assert "Child K lived at [address] with her mother." in published
    # Two addresses one after the other stay two.
    assert "The visit was to [address], then to [address]." in published
