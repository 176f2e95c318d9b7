"""The demo partnership's year: two more reviews beside the demo review (a rapid review under
way and a published review whose action plan is being monitored), the agency directory,
closure days, meetings with actions arising, the demo review's process and a letter. All dates
are relative to today, so the partnership home always has something due and one action overdue."""

import datetime
from typing import Any

from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.analysis.models import ActionStatus
from casewindow.analysis.services.recommendations import action_save, recommendation_save
from casewindow.process.clock import WorkingCalendar
from casewindow.process.letters import LetterKind
from casewindow.process.models import ClosureDay, MeetingKind, ReviewStep, StepStatus
from casewindow.process.services.closures import closure_day_add
from casewindow.process.services.directory import (
    directory_agency_save,
    review_agencies_add_from_directory,
)
from casewindow.process.services.letters import letter_make
from casewindow.process.services.meetings import meeting_action_add, meeting_save
from casewindow.process.services.process_templates import review_process_start, review_step_update
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Review, ReviewStage
from casewindow.reviews.services import memberships as membership_services

RAPID = "NSCP-RR-2026-07"
PUBLISHED = "NSCP-2024-11"

DIRECTORY = [
    (
        "Northbridge Children's Social Care",
        "csc",
        "Rachel Adeyemi",
        "r.adeyemi@northbridge.example",
    ),
    (
        "Northbridge Police, Public Protection Unit",
        "police",
        "DI Mark Ellison",
        "m.ellison@police.example",
    ),
    (
        "Northbridge 0-19 Public Health Nursing Service",
        "health_visiting",
        "Joanne Pike",
        "j.pike@nhs.example",
    ),
    ("Northbridge General Hospital", "hospital", "Dr Amira Haddad", "a.haddad@nhs.example"),
    ("Riverside Primary School", "education", "Lucy Brennan", "l.brennan@riverside.example"),
]


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _member(review: Review, user: User) -> Any:
    return review.memberships.get(user=user)


def demo_load_partnership_year(*, review: Review, users: dict[str, User], lead: User) -> None:
    today = timezone.localdate()
    working = WorkingCalendar.england_and_wales()
    partnership = review.partnership
    reviewer = users["reviewer@demo.casewindow.test"]
    health_visitor = users["hv@demo.casewindow.test"]
    social_worker = users["sw@demo.casewindow.test"]
    board = users["board@demo.casewindow.test"]

    # A reset of the demo recreates these reviews too (they hold no evidence).
    Review.objects.filter(reference__in=[RAPID, PUBLISHED]).delete()
    partnership.directory_agencies.all().delete()
    ClosureDay.objects.filter(partnership=partnership).delete()

    for name, kind, lead_name, email in DIRECTORY:
        directory_agency_save(
            actor=lead,
            partnership=partnership,
            values={
                "name": name,
                "kind": kind,
                "safeguarding_lead": lead_name,
                "safeguarding_lead_email": email,
            },
        )
    # The partnership's offices close between Christmas and New Year.
    year = today.year if today < datetime.date(today.year, 12, 29) else today.year + 1
    for day in (29, 30, 31):
        closure_day_add(
            actor=lead,
            partnership=partnership,
            date=datetime.date(year, 12, day),
            reason="Partnership office closed between Christmas and New Year",
        )

    # A rapid review under way: notified eight working days ago, due in seven more.
    notified = working.add_working_days(today, -8)
    rapid = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=RAPID,
        title="Infant B: rapid review after a non-accidental head injury",
        review_type="rapid",
        summary="Infant B, aged 4 months, was admitted with a head injury. Agencies are "
        "gathering what they knew for the rapid review meeting.",
        incident_date=working.add_working_days(notified, -3),
        notification_date=notified,
    )
    review_services.review_set_stage(actor=lead, review=rapid, stage=ReviewStage.EVIDENCE)
    for user, role in ((reviewer, ReviewRole.REVIEWER), (board, ReviewRole.BOARD_READER)):
        membership_services.membership_add(actor=lead, review=rapid, user=user, role=role)
    review_agencies_add_from_directory(
        actor=lead, review=rapid, entries=list(partnership.directory_agencies.all()[:4])
    )
    review_process_start(actor=lead, review=rapid)
    first = ReviewStep.objects.filter(review=rapid).order_by("position").first()
    if first is not None:
        review_step_update(actor=lead, step=first, status=StepStatus.DONE)
    team = meeting_save(
        actor=lead,
        review=rapid,
        values={
            "kind": MeetingKind.REVIEW_TEAM,
            "starts_at": _at(working.add_working_days(today, 3), 10),
            "ends_at": _at(working.add_working_days(today, 3), 12),
            "location": "Northbridge House, meeting room 2",
            "agenda": "1. Agencies' information\n2. Emerging learning\n3. Decision on a local review",
            "notes": "",
        },
        attendees=[_member(rapid, lead), _member(rapid, reviewer)],
    )
    meeting_action_add(
        actor=lead,
        meeting=team,
        text="Collate the agencies' information into one summary for the meeting",
        assignee=_member(rapid, reviewer),
        due_date=working.add_working_days(today, 2),
    )

    # A published review whose action plan is monitored: one action overdue.
    published = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=PUBLISHED,
        title="Sibling group S: a practice learning review",
        review_type="plr",
        incident_date=today - datetime.timedelta(days=420),
        notification_date=today - datetime.timedelta(days=415),
        rapid_review_date=today - datetime.timedelta(days=395),
        commissioned_date=today - datetime.timedelta(days=390),
        target_publication_date=today - datetime.timedelta(days=200),
    )
    review_services.review_set_stage(actor=lead, review=published, stage=ReviewStage.ACTION_PLAN)
    membership_services.membership_add(
        actor=lead, review=published, user=board, role=ReviewRole.BOARD_READER
    )
    added = review_agencies_add_from_directory(
        actor=lead, review=published, entries=list(partnership.directory_agencies.all())
    )
    by_name = {agency.name: agency for agency in added}
    plan = [
        (
            "Northbridge Children's Social Care",
            "Make neglect screening part of every assessment of a family with several children.",
            [
                ("Add the neglect screening tool to the assessment template", -20, "in_progress"),
                ("Audit twenty assessments for the screening tool", 45, "not_started"),
            ],
        ),
        (
            "Riverside Primary School",
            "Share attendance concerns about a child with a social worker the same week.",
            [("Agree the attendance escalation route with the local authority", -60, "done")],
        ),
        (
            "Northbridge 0-19 Public Health Nursing Service",
            "Record the voice of each child at every health visiting contact.",
            [("Brief every team on recording the child's voice", 4, "in_progress")],
        ),
    ]
    for agency, text, actions in plan:
        recommendation = recommendation_save(
            actor=lead,
            review=published,
            recommendation=None,
            values={"kind": 1, "text": text, "owner_agency": by_name[agency]},
            findings=[],
            expected_version=None,
        )
        for action_text, due_in, status in actions:
            action_save(
                actor=lead,
                recommendation=recommendation,
                action=None,
                values={
                    "text": action_text,
                    "owner": f"Safeguarding lead, {agency}",
                    "due_date": today + datetime.timedelta(days=due_in),
                    "status": ActionStatus(status),
                },
                expected_version=None,
                today=today,
            )

    # The demo review: its process, a case-group meeting and an introductory letter.
    review_process_start(actor=lead, review=review)
    for step in ReviewStep.objects.filter(review=review).order_by("position")[:6]:
        review_step_update(actor=lead, step=step, status=StepStatus.DONE)
    case_group_day = working.add_working_days(today, 6)
    meeting = meeting_save(
        actor=lead,
        review=review,
        values={
            "kind": MeetingKind.CASE_GROUP,
            "starts_at": _at(case_group_day, 13),
            "ends_at": _at(case_group_day, 16),
            "location": "Northbridge House, training room",
            "agenda": "1. The multi-agency narrative\n2. Key practice episodes 1 to 4\n"
            "3. What helped and what hindered",
            "notes": "",
        },
        attendees=[
            _member(review, user) for user in (lead, reviewer, health_visitor, social_worker)
        ],
    )
    meeting_action_add(
        actor=lead,
        meeting=meeting,
        text="Bring the 0-19 service's supervision policy as it stood in 2024",
        assignee=_member(review, health_visitor),
        due_date=working.add_working_days(case_group_day, -1),
    )
    letter_make(
        actor=lead,
        review=review,
        kind=LetterKind.INTRODUCTION,
        recipient=_member(review, health_visitor),
    )
