"""Loads the demo review's evidence through the same services a reviewer's actions use:
the agencies' chronology files through the importer, documents through upload and text
extraction, conversations recorded, shared and (one) agreed, and a few merged events."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from casewindow.accounts.models import Membership, User
from casewindow.demo import chronologies, evidence
from casewindow.demo.when import moved
from casewindow.evidence.models import ChronologyEntry
from casewindow.evidence.services import chronology_import as importing
from casewindow.evidence.services import chronology_mappings
from casewindow.evidence.services import conversations as conversation_services
from casewindow.evidence.services import documents as document_services
from casewindow.evidence.services import events as event_services
from casewindow.evidence.services.people_links import people_suggest
from casewindow.reviews.models import Review

# Entries that describe the same happening, found by agency and the date as each wrote it.
SAME_EVENTS = [
    # The strategy discussion: children's social care says the 15th, the police the 16th.
    [
        ("Northbridge Children's Social Care", "15/10/2024"),
        ("Eastshire Police", "16/10/2024 11:00"),
    ],
    # The night of the admission, as the hospital, the police and children's social care saw it.
    [
        ("Northbridge General Hospital NHS Trust", "14/02/2025 17:55"),
        ("Eastshire Police", "14/02/2025 18:50"),
        ("Northbridge Children's Social Care", "14/02/2025"),
    ],
    # The bruise on Child J's cheek, seen at nursery and on the home visit the same day.
    [
        ("Little Acorns Day Nursery", "21/10/24"),
        ("Northbridge Children's Social Care", "21/10/2024"),
    ],
]


def demo_load_evidence(*, review: Review, users: dict[str, User], lead: User) -> None:
    agencies = {agency.name: agency for agency in review.agencies.all()}
    for chronology, data in chronologies.chronology_files():
        agency = agencies[chronology.agency]
        if chronology.mapping:
            chronology_mappings.chronology_mapping_save(
                actor=lead, agency=agency, mapping=chronology.mapping
            )
        importing.chronology_import_file(
            actor=lead,
            review=review,
            agency=agency,
            fileobj=io.BytesIO(data),
            filename=chronology.filename,
        )
    for chronology_import in review.chronology_imports.all():
        # The worker would do this after each import; the demo does it at once.
        importing.chronology_entries_tag_people(import_id=chronology_import.pk)
    _merge_same_events(review, lead)

    for details, data in evidence.document_files():
        checked = document_services.document_check_uploads(
            review=review, files=[SimpleUploadedFile(details["filename"], data)]
        )
        (document,) = document_services.documents_upload(
            actor=lead,
            review=review,
            uploads=checked,
            kind=details["kind"],
            agency=agencies.get(details["agency"]) if details["agency"] else None,
        )
        # Read the text now, so the demo is complete even before the worker starts.
        document_services.document_extract_text(document_id=document.pk)
        text = " ".join(document.pages.values_list("text", flat=True))
        document_services.document_update(
            actor=lead,
            document=document,
            title=details["title"],
            kind=details["kind"],
            agency=document.agency,
            people=[match.person for match in people_suggest(review=review, text=text)],
        )

    people = {person.publication_label: person for person in review.people.all()}
    for question_practitioner, text, source in evidence.PRACTITIONER_QUESTIONS:
        conversation_services.practitioner_question_save(
            actor=lead,
            review=review,
            practitioner=people[question_practitioner],
            text=text,
            prepared_from=source,
        )
    for details in evidence.CONVERSATIONS:
        practitioner = people[details["practitioner"]]
        conversation = conversation_services.conversation_create(
            actor=lead,
            review=review,
            practitioner=practitioner,
            held_on=details["held_on"],
            conducted_by=[users[email] for email in details["conducted_by"]],
            notes=details["notes"],
            account_at_time=details["account_at_time"],
        )
        conversation_services.practitioner_questions_mark_asked(
            actor=lead,
            conversation=conversation,
            asked=conversation_services.questions_for_conversation(conversation),
        )
        practitioner_user = users[details["shared_with"]]
        membership = Membership.objects.get(review=review, user=practitioner_user)
        conversation = conversation_services.conversation_share(
            actor=lead, conversation=conversation, membership=membership
        )
        if details["agreed"]:
            conversation_services.conversation_agree(
                actor=practitioner_user, conversation=conversation, version=conversation.version
            )


def _merge_same_events(review: Review, lead: User) -> None:
    for group in SAME_EVENTS:
        entries = [
            ChronologyEntry.objects.get(review=review, agency__name=agency, date_text=date_text)
            for agency, date_text in group
        ]
        for other in entries[1:]:
            event_services.entries_merge(actor=lead, review=review, first=entries[0], second=other)


# The case as written, moved to today's years (casewindow.demo.when).
SAME_EVENTS = moved(SAME_EVENTS)
