"""Every URL pattern of the project, found through the URL resolver, and how to fill each one's
parameters from the `review_world` fixture. The access matrix test and the bad-input tests walk
this catalogue, so a new URL is covered by both as soon as it exists."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.tokens import default_token_generator
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from casewindow.accounts.models import ReviewRole, User
from tests.factories import UserFactory
from tests.world import ReviewWorld, world_drafts


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    kwargs: tuple[str, ...]  # the names of the URL's parameters
    route: str


def _walk(
    patterns: list[Any], namespaces: list[str], kwargs: tuple[str, ...], prefix: str
) -> Iterator[Route]:
    for entry in patterns:
        own = tuple(getattr(entry.pattern, "converters", {}) or entry.pattern.regex.groupindex)
        text = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            namespace = [*namespaces, entry.namespace] if entry.namespace else namespaces
            yield from _walk(entry.url_patterns, namespace, kwargs + own, text)
        elif isinstance(entry, URLPattern):
            name = ":".join([*namespaces, entry.name]) if entry.name else f"<unnamed {text}>"
            yield Route(name=name, kwargs=kwargs + own, route=text)


_EVERY_ROUTE = list(_walk(get_resolver().url_patterns, [], (), "/"))
# The pages. The REST API's routes (namespace api_v1) answer a token, not a session: their own
# matrix is tests/api/test_api_access_matrix.py, over every operation of its OpenAPI schema.
API_NAMESPACE = "api_v1:"
ROUTES = {route.name: route for route in _EVERY_ROUTE if not route.name.startswith(API_NAMESPACE)}


def _reset_user(world: ReviewWorld) -> User:
    # Not one of the visitors: signing a visitor in changes their last_login, which (rightly)
    # invalidates any password-reset token made for them before.
    return User.objects.filter(email="reset@example.test").first() or UserFactory(
        email="reset@example.test"
    )


def _shared_conversation(world: ReviewWorld) -> Any:
    """A conversation with a practitioner, shared with the world's participant (so the
    practitioner's pages open for them), made the first time a URL needs it."""
    from casewindow.evidence.models import Conversation
    from tests.evidence.factories import ConversationFactory

    participant = world.memberships[ReviewRole.PARTICIPANT]
    return Conversation.objects.filter(
        review=world.review, shared_with=participant
    ).first() or ConversationFactory(review=world.review, shared_with=participant)


def _practitioner_question(world: ReviewWorld) -> Any:
    from casewindow.evidence.models import PractitionerQuestion
    from tests.evidence.factories import PractitionerQuestionFactory

    practitioner = _shared_conversation(world).practitioner
    return PractitionerQuestion.objects.filter(
        review=world.review, practitioner=practitioner
    ).first() or PractitionerQuestionFactory(review=world.review, practitioner=practitioner)


def _merged_entries(world: ReviewWorld) -> list[Any]:
    """Two chronology entries of different agencies merged into one event, made the first time
    a URL needs them (the integrated chronology's event, merge, not-the-same and un-merge)."""
    from casewindow.evidence.models import ChronologyEntry
    from tests.evidence.factories import ChronologyEntryFactory, EventFactory
    from tests.factories import AgencyFactory

    entries = list(
        ChronologyEntry.objects.filter(review=world.review, event__isnull=False).order_by("pk")[:2]
    )
    if len(entries) < 2:
        event = EventFactory(review=world.review)
        other_agency = AgencyFactory(review=world.review)
        entries = [
            ChronologyEntryFactory(review=world.review, agency=agency, event=event)
            for agency in (world.agency, other_agency)
        ]
    return entries


def _chronology_import(world: ReviewWorld) -> Any:
    from casewindow.evidence.models import ChronologyImport
    from tests.evidence.factories import ChronologyImportFactory

    return ChronologyImport.objects.filter(review=world.review).first() or ChronologyImportFactory(
        review=world.review, agency=world.agency
    )


def _chronology_upload(world: ReviewWorld) -> Any:
    from tests.evidence.factories import chronology_upload_for

    return chronology_upload_for(world.review, world.agency)


def _document(world: ReviewWorld) -> Any:
    """A document of the review with its text read (one page), made the first time a URL
    needs it; its original file is in the storage, so the download works."""
    from casewindow.evidence.models import SourceDocument
    from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory

    document = SourceDocument.objects.filter(review=world.review).first()
    if document is None:
        document = SourceDocumentFactory(review=world.review, agency=world.agency)
        DocumentPageFactory(document=document, number=1)
    return document


def _excerpt(world: ReviewWorld) -> Any:
    """A coded excerpt of the world's document, made the first time a URL needs it."""
    from casewindow.analysis.models import Excerpt
    from tests.analysis.factories import ExcerptFactory

    document = _document(world)
    return Excerpt.objects.filter(review=world.review).first() or ExcerptFactory(
        review=world.review, document=document
    )


def _episode(world: ReviewWorld) -> Any:
    """A key practice episode with one contributory factor, made the first time a URL needs
    it."""
    from casewindow.analysis.models import KeyPracticeEpisode
    from tests.analysis.factories import ContributoryFactorFactory, KeyPracticeEpisodeFactory

    episode = KeyPracticeEpisode.objects.filter(review=world.review).first()
    if episode is None:
        episode = KeyPracticeEpisodeFactory(review=world.review)
        ContributoryFactorFactory(episode=episode)
    return episode


def _finding(world: ReviewWorld) -> Any:
    """A systems finding linked to the world's episode, made the first time a URL needs it."""
    from casewindow.analysis.models import Finding
    from tests.analysis.factories import FindingFactory

    finding = Finding.objects.filter(review=world.review).first()
    if finding is None:
        finding = FindingFactory(review=world.review)
        finding.episodes.add(_episode(world))
    return finding


def _action(world: ReviewWorld) -> Any:
    """A recommendation (linked to the world's finding) with one action."""
    from casewindow.analysis.models import ActionItem
    from tests.analysis.factories import ActionItemFactory, RecommendationFactory

    action = ActionItem.objects.filter(recommendation__review=world.review).first()
    if action is None:
        recommendation = RecommendationFactory(review=world.review, owner_agency=world.agency)
        recommendation.findings.add(_finding(world))
        action = ActionItemFactory(recommendation=recommendation)
    return action


def _report_export(world: ReviewWorld) -> Any:
    """A finished DOCX export of the world's report (its file in the storage), made the first
    time a URL needs it."""
    from casewindow.reports.models import ReportExport
    from casewindow.reports.services import report_export_render, request_export

    export = ReportExport.objects.filter(review=world.review).first()
    if export is None:
        from casewindow.reports.assembly import build_report

        export = request_export(
            review=world.review,
            user=world.lead,
            content=build_report(world.review),
            fmt="docx",
            label="Working copy",
        )
        report_export_render(export_id=export.pk)
    return export


def _review_archive(world: ReviewWorld) -> Any:
    """A finished anonymised archive of the world's review (its zip in the storage), made the
    first time a URL needs it."""
    from casewindow.interchange.models import ReviewArchive
    from casewindow.interchange.services import archive_make

    archive = ReviewArchive.objects.filter(review=world.review).first()
    if archive is None:
        archive = ReviewArchive.objects.create(
            review=world.review, requested_by=world.lead, anonymised=True
        )
        archive_make(archive_id=archive.pk)
    return archive


def _annual_report_file(world: ReviewWorld) -> Any:
    """A finished annual learning report of the lead reviewer (its file in the storage; only
    its maker may open it), made the first time a URL needs it."""
    from casewindow.learning.models import AnnualReportFile
    from casewindow.learning.services.annual import annual_file_make

    made = AnnualReportFile.objects.filter(requested_by=world.lead).first()
    if made is None:
        made = AnnualReportFile.objects.create(
            partnership=world.partnership,
            requested_by=world.lead,
            year=world.review.created_at.year,
            file_format="docx",
        )
        annual_file_make(file_id=made.pk)
    return made


def _publication_scan(world: ReviewWorld) -> Any:
    """A finished publication-check scan of the world's working report, made the first time a
    URL needs it."""
    from casewindow.anonymisation.models import PublicationScan
    from casewindow.anonymisation.scans import scan_request

    return PublicationScan.objects.filter(review=world.review).first() or scan_request(
        review=world.review, source="report"
    )


INVITATION_TOKEN = "an-invitation-token-for-the-catalogue"


def _invitation(world: ReviewWorld) -> Any:
    """An unanswered invitation to the world's partnership, for an address with no account."""
    import hashlib

    from casewindow.accounts.models import PartnershipInvitation, PartnershipRole

    return PartnershipInvitation.objects.filter(
        partnership=world.partnership
    ).first() or PartnershipInvitation.objects.create(
        partnership=world.partnership,
        email="invitee@example.test",
        role=PartnershipRole.MEMBER,
        invited_by=world.lead,
        token_hash=hashlib.sha256(INVITATION_TOKEN.encode()).hexdigest(),
    )


def _language_dismissal(world: ReviewWorld) -> Any:
    """A dismissed language flag in the world's review, made the first time a URL needs it."""
    from casewindow.language.models import Dismissal

    return Dismissal.objects.filter(review=world.review).first() or Dismissal.objects.create(
        review=world.review,
        context_key="finding:00000000-0000-0000-0000-000000000000:summary",
        rule_id="failed-to",
        phrase="failed to",
        sentence="The agency failed to share the notification.",
        reason="Quoted from the agency's own report.",
        dismissed_by=world.lead,
    )


def _language_rule(world: ReviewWorld) -> Any:
    """A phrase the world's partnership flags in its reviews."""
    from casewindow.language.models import PartnershipRule

    return PartnershipRule.objects.filter(
        partnership=world.partnership
    ).first() or PartnershipRule.objects.create(
        partnership=world.partnership,
        phrase="non-complian*",
        explanation="Puts the difficulty on the family.",
        prompt="What got in the way of engagement?",
    )


def _agreement_round(world: ReviewWorld) -> Any:
    """An open agreement check on the world's episode, the lead reviewer and the reviewer its
    two coders, made the first time a URL needs it."""
    from casewindow.analysis.models import AgreementRound
    from casewindow.analysis.services.agreement import agreement_round_start

    return AgreementRound.objects.filter(review=world.review).first() or agreement_round_start(
        actor=world.lead,
        review=world.review,
        coder_a=world.lead,
        coder_b=world.reviewer,
        episodes=[_episode(world)],
    )


def _narrative_perspective(world: ReviewWorld) -> Any:
    """A narrative section (saved once, so it has a version in its history) with the world's
    agency's perspective, made the first time a URL needs it."""
    from casewindow.analysis.models import AgencyPerspective
    from tests.analysis.factories_narrative import narrative_section_with_perspective

    perspective = AgencyPerspective.objects.filter(section__review=world.review).first()
    if perspective is None:
        perspective = narrative_section_with_perspective(world.review, world.agency, world.lead)
    return perspective


def _closure_day(world: ReviewWorld) -> Any:
    """A closure day of the world's partnership (Christmas Eve next year)."""
    import datetime

    from casewindow.process.models import ClosureDay

    return ClosureDay.objects.filter(
        partnership=world.partnership
    ).first() or ClosureDay.objects.create(
        partnership=world.partnership,
        date=datetime.date(datetime.date.today().year + 1, 12, 24),
        reason="Office closed",
    )


def _directory_agency(world: ReviewWorld) -> Any:
    from casewindow.process.models import DirectoryAgency

    return DirectoryAgency.objects.filter(
        partnership=world.partnership
    ).first() or DirectoryAgency.objects.create(
        partnership=world.partnership,
        name="Northshire Ambulance Service",
        kind="ambulance",
        safeguarding_lead="Sam Okafor",
    )


def _meeting(world: ReviewWorld) -> Any:
    """A case-group meeting next week to which every member of the world's review is invited,
    with one action arising assigned to the participant."""
    import datetime

    from django.utils import timezone

    from casewindow.process.models import Meeting, MeetingAction

    meeting = Meeting.objects.filter(review=world.review).first()
    if meeting is None:
        starts = timezone.now() + datetime.timedelta(days=7)
        meeting = Meeting.objects.create(
            review=world.review,
            kind="case_group",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=2),
            location="Room 4",
        )
        meeting.attendees.set(world.memberships.values())
        MeetingAction.objects.create(
            meeting=meeting,
            text="Send the chronology",
            assignee=world.memberships[ReviewRole.PARTICIPANT],
            due_date=datetime.date.today() + datetime.timedelta(days=14),
        )
    return meeting


CALENDAR_TOKEN = "a-calendar-feed-token-for-the-catalogue"


def _calendar_token(world: ReviewWorld) -> str:
    from casewindow.process.models import CalendarFeed
    from casewindow.process.services.calendar import feed_token_hash

    CalendarFeed.objects.get_or_create(
        user=world.lead, defaults={"token_hash": feed_token_hash(CALENDAR_TOKEN)}
    )
    return CALENDAR_TOKEN


def _letter(world: ReviewWorld) -> Any:
    """An introductory letter made for the world's participant."""
    from casewindow.process.letters import LetterKind
    from casewindow.process.models import LetterRecord
    from casewindow.process.services.letters import letter_make

    record = LetterRecord.objects.filter(review=world.review).first()
    if record is None:
        record, _ = letter_make(
            actor=world.lead,
            review=world.review,
            kind=LetterKind.INTRODUCTION,
            recipient=world.memberships[ReviewRole.PARTICIPANT],
        )
    return record


def _review_step(world: ReviewWorld) -> Any:
    """The first step of the world's review's process, started the first time a URL needs it."""
    from casewindow.process.models import ReviewStep
    from casewindow.process.services.process_templates import review_process_start

    if not ReviewStep.objects.filter(review=world.review).exists():
        review_process_start(actor=world.lead, review=world.review)
    return ReviewStep.objects.filter(review=world.review).order_by("position").first()


def _api_token(world: ReviewWorld) -> Any:
    """A personal access token of the lead reviewer (only its owner may revoke it)."""
    from casewindow.api.models import PersonalAccessToken
    from casewindow.api.services.tokens import token_create

    found = PersonalAccessToken.objects.filter(user=world.lead).first()
    if found is None:
        found, _ = token_create(
            actor=world.lead, name="matrix", access="read", review=None, lifetime_days=30
        )
    return found


# URL-parameter name -> how to get its value from the fixture.
KWARG_VALUES: dict[str, Callable[[ReviewWorld], Any]] = {
    "reference": lambda w: w.review.reference,
    "agency_id": lambda w: w.agency.uuid,
    "person_id": lambda w: w.person.uuid,
    "question_id": lambda w: w.question.uuid,
    "membership_id": lambda w: w.memberships[ReviewRole.OBSERVER].uuid,
    "partnership_id": lambda w: w.partnership.uuid,
    "user_id": lambda w: w.board_reader.uuid,
    "invitation_id": lambda w: _invitation(w).uuid,
    "invitation_token": lambda w: INVITATION_TOKEN,
    "conversation_id": lambda w: _shared_conversation(w).uuid,
    "practitioner_id": lambda w: _shared_conversation(w).practitioner.uuid,
    "practitioner_question_id": lambda w: _practitioner_question(w).uuid,
    "entry_id": lambda w: _merged_entries(w)[0].uuid,
    "other_entry_id": lambda w: _merged_entries(w)[1].uuid,
    "event_id": lambda w: _merged_entries(w)[0].event.uuid,
    "import_id": lambda w: _chronology_import(w).uuid,
    "document_id": lambda w: _document(w).uuid,
    "page_number": lambda w: 1,
    "section_key": lambda w: "account_at_time",
    "excerpt_id": lambda w: _excerpt(w).uuid,
    "episode_id": lambda w: _episode(w).uuid,
    "factor_id": lambda w: _episode(w).factors.first().uuid,
    "finding_id": lambda w: _finding(w).uuid,
    "recommendation_id": lambda w: _action(w).recommendation.uuid,
    "action_id": lambda w: _action(w).uuid,
    "report_section": lambda w: "glossary",
    "export_id": lambda w: _report_export(w).uuid,
    "archive_id": lambda w: _review_archive(w).uuid,
    "round_id": lambda w: _agreement_round(w).uuid,
    "narrative_section_id": lambda w: _narrative_perspective(w).section.uuid,
    "perspective_id": lambda w: _narrative_perspective(w).uuid,
    "revision_number": lambda w: _narrative_perspective(w).section.revisions.first().number,
    "draft_id": lambda w: world_drafts(w)[0].uuid,
    "share_id": lambda w: world_drafts(w)[0].shares.get(user=w.board_reader).uuid,
    "comment_id": lambda w: world_drafts(w)[0].comments.first().uuid,
    "upload_id": lambda w: w.__dict__.setdefault("_chronology_upload", _chronology_upload(w)),
    "dismissal_id": lambda w: _language_dismissal(w).uuid,
    "language_rule_id": lambda w: _language_rule(w).uuid,
    "rule_key": lambda w: "failed-to",
    "uidb64": lambda w: urlsafe_base64_encode(force_bytes(_reset_user(w).pk)),
    "token": lambda w: default_token_generator.make_token(_reset_user(w)),
    "scan_id": lambda w: _publication_scan(w).uuid,
    "closure_id": lambda w: _closure_day(w).uuid,
    "directory_agency_id": lambda w: _directory_agency(w).uuid,
    "meeting_id": lambda w: _meeting(w).uuid,
    "meeting_action_id": lambda w: _meeting(w).actions.first().uuid,
    "feed_token": _calendar_token,
    "letter_kind": lambda w: "introduction",
    "review_type": lambda w: "rapid",
    "chart": lambda w: "pattern-areas",
    "step_id": lambda w: _review_step(w).uuid,
    "review_id": lambda w: w.review.uuid,
    "letter_id": lambda w: _letter(w).uuid,
    "token_id": lambda w: _api_token(w).uuid,
    "file_id": lambda w: _annual_report_file(w).uuid,
}


def unknown_kwargs(route: Route) -> list[str]:
    return [name for name in route.kwargs if name not in KWARG_VALUES]


def url_for(world: ReviewWorld, route: Route) -> str:
    unknown = unknown_kwargs(route)
    assert not unknown, (
        f"{route.name} ({route.route}) has URL parameter(s) {unknown} that the "
        "tests cannot fill: add them to KWARG_VALUES in tests/url_catalogue.py"
    )
    return reverse(route.name, kwargs={name: KWARG_VALUES[name](world) for name in route.kwargs})
