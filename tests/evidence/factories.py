"""Factories for the evidence app's models. Several areas add to this file: only ADD factories
(small edits), and build on the foundation's factories in tests.factories."""

import datetime
import io

import factory
from factory.django import DjangoModelFactory

from casewindow.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    Conversation,
    ConversationStatus,
    DatePrecision,
    Event,
    MergeRejection,
    PractitionerQuestion,
)
from casewindow.reviews.models import Person, PersonCategory
from tests.factories import AgencyFactory, ReviewFactory


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event

    review = factory.SubFactory(ReviewFactory)


class ChronologyEntryFactory(DjangoModelFactory):
    """A day-precision entry of one agency. Pass `review` and an `agency` of that review."""

    class Meta:
        model = ChronologyEntry
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory)
    agency = factory.SubFactory(AgencyFactory, review=factory.SelfAttribute("..review"))
    row_number = factory.Sequence(lambda n: n + 2)
    date_start = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    date_precision = DatePrecision.DAY
    date_text = factory.LazyAttribute(
        lambda o: o.date_start.strftime("%d/%m/%Y") if o.date_start else "date not known"
    )
    description = factory.Sequence(
        lambda n: f"Home visit number {n}: the family were seen at home."
    )
    original_row = factory.LazyAttribute(lambda o: {"Date": o.date_text, "Event": o.description})

    @factory.post_generation
    def people(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.people.set(extracted)


class MergeRejectionFactory(DjangoModelFactory):
    class Meta:
        model = MergeRejection

    review = factory.SelfAttribute("first.review")
    first = factory.SubFactory(ChronologyEntryFactory)
    second = factory.SubFactory(
        ChronologyEntryFactory, review=factory.SelfAttribute("..first.review")
    )


class ProfessionalFactory(DjangoModelFactory):
    """A practitioner: a professional in the people register."""

    class Meta:
        model = Person

    review = factory.SubFactory(ReviewFactory)
    real_name = factory.Sequence(lambda n: f"Pat Practitioner{n}")
    category = PersonCategory.PROFESSIONAL
    publication_label = factory.Sequence(lambda n: f"Social Worker {n}")
    job_title = "Social worker"


class ConversationFactory(DjangoModelFactory):
    """A conversation with notes under two headings. Pass `shared_with` (a participant
    Membership of the same review) to share it."""

    class Meta:
        model = Conversation

    review = factory.SubFactory(ReviewFactory)
    practitioner = factory.SubFactory(ProfessionalFactory, review=factory.SelfAttribute("..review"))
    held_on = datetime.date(2025, 5, 14)
    notes = factory.LazyFunction(
        lambda: {
            "overview": "I was the allocated social worker from March.",
            "turning-points": "The strategy discussion in May.",
        }
    )
    account_at_time = "It looked like the family were engaging well."
    status = factory.LazyAttribute(
        lambda o: ConversationStatus.SHARED if o.shared_with else ConversationStatus.DRAFT
    )
    shared_with = None


class PractitionerQuestionFactory(DjangoModelFactory):
    class Meta:
        model = PractitionerQuestion

    review = factory.SubFactory(ReviewFactory)
    practitioner = factory.SubFactory(ProfessionalFactory, review=factory.SelfAttribute("..review"))
    text = factory.Sequence(lambda n: f"What did you know about the home visit on day {n}?")
    prepared_from = "Health visiting records"


# --- documents (documents and search area) ---------------------------------------------------

DOCUMENT_TEXT = b"Home visit: the health visitor saw the child and mother at home."


class SourceDocumentFactory(DjangoModelFactory):
    """A plain-text document whose text has been read (one page). Pass `review`."""

    class Meta:
        model = "evidence.SourceDocument"

    review = factory.SubFactory(ReviewFactory)
    kind = "case_record"
    title = factory.Sequence(lambda n: f"Case record {n}")
    original_filename = factory.LazyAttribute(lambda o: f"{o.title}.txt")
    file = factory.django.FileField(data=DOCUMENT_TEXT, filename="document.txt")
    file_type = "txt"
    size = len(DOCUMENT_TEXT)
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    extraction_status = "done"
    extraction_progress = 100
    page_count = 1


class DocumentPageFactory(DjangoModelFactory):
    class Meta:
        model = "evidence.DocumentPage"

    document = factory.SubFactory(SourceDocumentFactory)
    number = factory.Sequence(lambda n: n + 1)
    text = DOCUMENT_TEXT.decode()


class ChronologyImportFactory(DjangoModelFactory):
    """A finished chronology import (with no file). Pass `review` and an `agency` of it."""

    class Meta:
        model = ChronologyImport

    review = factory.SubFactory(ReviewFactory)
    agency = factory.SubFactory(AgencyFactory, review=factory.SelfAttribute("..review"))
    original_filename = "police-chronology.csv"
    mapping = factory.LazyFunction(lambda: {"Date": "date", "Event": "description"})
    rows_read = 1
    entries_created = 1
    problems = factory.LazyFunction(
        lambda: [{"kind": "problem", "row": 3, "column": "Date", "message": "No date"}]
    )


def chronology_upload_for(review, agency=None) -> str:
    """A chronology file uploaded to the review and waiting to be imported (as after step 1
    of the import): its UUID, for the import pages' URLs."""
    from casewindow.evidence.services.chronology_upload import chronology_upload_create

    agency = agency or review.agencies.first() or AgencyFactory(review=review)
    data = io.BytesIO(b"Date,Event,Action\r\n03/03/2025,Home visit,None\r\n")
    upload = chronology_upload_create(
        actor=None, review=review, agency=agency, fileobj=data, filename="chronology.csv"
    )
    return upload.uuid


def day_entry(review, agency, day, description: str, people_text: str = ""):
    """A chronology entry of one agency dated to one day."""
    return ChronologyEntryFactory(
        review=review,
        agency=agency,
        date_start=day,
        date_end=day,
        description=description,
        people_text=people_text,
    )
