"""Reminder e-mails, sent by the worker on its schedule (and by `casewindow send_reminders`):

- an action (of a recommendation, or arising from a meeting) due within 5 working days or
  overdue: to its owner — when the owner is a member of the review — and the lead reviewer;
- a comment window on a shared draft closing within 2 working days: to the recipients who have
  not commented;
- a statutory date due within 5 working days, or passed: to the lead reviewer and the
  partnership's business managers.

Each reminder is recorded (`Reminder`) before it is sent, under a unique key (kind, object, due
date, recipient): a second run, a restarted worker or a second worker racing this one finds the
key taken and sends nothing. A user who turned a kind off gets none of it. The e-mails name the
review by its reference only — never its title, the child or the family — and link to the page."""

import datetime
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import (
    Membership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.analysis.models import ActionItem, ActionStatus
from casewindow.drafts.models import Draft, DraftComment
from casewindow.process.clock import WorkingCalendar
from casewindow.process.models import (
    ClosureDay,
    MeetingAction,
    Reminder,
    ReminderKind,
    ReminderOptOut,
)
from casewindow.process.selectors.clock import review_due_dates
from casewindow.reviews.models import Review, ReviewStage

logger = logging.getLogger(__name__)

ACTION_AHEAD = 5  # working days
COMMENT_AHEAD = 2
STATUTORY_AHEAD = 5
CLAIM_BATCH = 200  # reminders claimed per transaction


@dataclass(frozen=True)
class DueReminder:
    kind: ReminderKind
    object_key: str
    due_date: datetime.date
    recipient_id: int
    review: Review
    what: str  # "an action of LCSPR-2026-03"
    phrase: str  # "is due in 3 working days"
    path: str  # the page to open

    @property
    def key(self) -> tuple[str, str, datetime.date, int]:
        return (str(self.kind), self.object_key, self.due_date, self.recipient_id)

    @property
    def subject(self) -> str:
        return f"Reminder: {self.what} {self.phrase}"[:200]


def _phrase(working: WorkingCalendar, due: datetime.date, today: datetime.date) -> str:
    if due < today:
        days = working.working_days_between(due, today)
        return (
            f"is overdue by {days} working day{'' if days == 1 else 's'}" if days else "is overdue"
        )
    days = working.working_days_between(today, due)
    return f"is due in {days} working day{'' if days == 1 else 's'}" if days else "is due today"


class _Calendars:
    """One working calendar per partnership, from one query for every closure day."""

    def __init__(self) -> None:
        closures: dict[int, list[datetime.date]] = defaultdict(list)
        for partnership_id, day in ClosureDay.objects.values_list("partnership_id", "date"):
            closures[partnership_id].append(day)
        self._closures = closures
        self._made: dict[int, WorkingCalendar] = {}

    def __getitem__(self, partnership_id: int) -> WorkingCalendar:
        if partnership_id not in self._made:
            self._made[partnership_id] = WorkingCalendar.england_and_wales(
                self._closures.get(partnership_id, [])
            )
        return self._made[partnership_id]


def _leads(review_ids: Iterable[int]) -> dict[int, list[int]]:
    leads: dict[int, list[int]] = defaultdict(list)
    for review_id, user_id in Membership.objects.filter(
        review_id__in=list(review_ids), role=ReviewRole.LEAD_REVIEWER
    ).values_list("review_id", "user_id"):
        leads[review_id].append(user_id)
    return leads


def _action_reminders(
    today: datetime.date, calendars: _Calendars, horizon: datetime.date
) -> Iterator[DueReminder]:
    actions = list(
        ActionItem.objects.alive()
        .filter(recommendation__deleted_at__isnull=True, due_date__lte=horizon)
        .exclude(status=ActionStatus.DONE)
        .exclude(recommendation__review__stage=ReviewStage.CLOSED)
        .select_related("recommendation__review")
    )
    reviews = {a.recommendation.review_id for a in actions}
    leads = _leads(reviews)
    # An owner written as a member's name or e-mail address is reminded too.
    members: dict[tuple[int, str], int] = {}
    for review_id, user_id, name, email in Membership.objects.filter(
        review_id__in=reviews
    ).values_list("review_id", "user_id", "user__full_name", "user__email"):
        members[(review_id, name.strip().lower())] = user_id
        members[(review_id, email.lower())] = user_id
    for action in actions:
        review = action.recommendation.review
        working = calendars[review.partnership_id]
        if action.due_date > working.add_working_days(today, ACTION_AHEAD):
            continue
        recipients = set(leads.get(review.pk, []))
        owner = members.get((review.pk, action.owner.strip().lower()))
        if owner is not None:
            recipients.add(owner)
        path = reverse("analysis:action_plan", args=[review.reference])
        for user_id in recipients:
            yield DueReminder(
                ReminderKind.ACTION_DUE,
                f"action:{action.uuid}",
                action.due_date,
                user_id,
                review,
                f"an action of recommendation {action.recommendation.number} of {review.reference}",
                _phrase(working, action.due_date, today),
                path,
            )

    meeting_actions = list(
        MeetingAction.objects.filter(done_at__isnull=True, due_date__lte=horizon)
        .exclude(meeting__review__stage=ReviewStage.CLOSED)
        .select_related("meeting__review", "assignee")
    )
    leads.update(_leads({a.meeting.review_id for a in meeting_actions} - set(leads)))
    for meeting_action in meeting_actions:
        review = meeting_action.meeting.review
        working = calendars[review.partnership_id]
        if meeting_action.due_date > working.add_working_days(today, ACTION_AHEAD):
            continue
        path = reverse(
            "process:meeting_detail", args=[review.reference, meeting_action.meeting.uuid]
        )
        for user_id in {meeting_action.assignee.user_id, *leads.get(review.pk, [])}:
            yield DueReminder(
                ReminderKind.ACTION_DUE,
                f"meeting_action:{meeting_action.uuid}",
                meeting_action.due_date,
                user_id,
                review,
                f"an action arising from a meeting of {review.reference}",
                _phrase(working, meeting_action.due_date, today),
                path,
            )


def _comment_reminders(
    today: datetime.date, calendars: _Calendars, horizon: datetime.date
) -> Iterator[DueReminder]:
    drafts = list(
        Draft.objects.filter(comments_close_on__gte=today, comments_close_on__lte=horizon)
        .select_related("review")
        .prefetch_related("shares")
    )
    commented = set(
        DraftComment.objects.filter(draft__in=drafts).values_list("draft_id", "author_id")
    )
    for draft in drafts:
        review = draft.review
        working = calendars[review.partnership_id]
        closes = draft.comments_close_on
        if closes is None or closes > working.add_working_days(today, COMMENT_AHEAD):
            continue
        path = reverse("drafts:shared_draft_detail", args=[review.reference, draft.uuid])
        for share in draft.shares.all():
            if (draft.pk, share.user_id) in commented:
                continue
            yield DueReminder(
                ReminderKind.COMMENT_WINDOW,
                f"draft:{draft.uuid}",
                closes,
                share.user_id,
                review,
                f"the comment window on draft {draft.number} of {review.reference}",
                _phrase(working, closes, today).replace("is due", "closes"),
                path,
            )


def _statutory_reminders(today: datetime.date, calendars: _Calendars) -> Iterator[DueReminder]:
    reviews = list(
        Review.objects.exclude(stage__in=[ReviewStage.CLOSED, ReviewStage.ACTION_PLAN]).filter(
            Q(incident_date__isnull=False)
            | Q(notification_date__isnull=False)
            | Q(commissioned_date__isnull=False)
            | Q(target_publication_date__isnull=False)
        )
    )
    leads = _leads(r.pk for r in reviews)
    managers: dict[int, list[int]] = defaultdict(list)
    for partnership_id, user_id in PartnershipMembership.objects.filter(
        role=PartnershipRole.MANAGER
    ).values_list("partnership_id", "user_id"):
        managers[partnership_id].append(user_id)
    for review in reviews:
        working = calendars[review.partnership_id]
        horizon = working.add_working_days(today, STATUTORY_AHEAD)
        path = reverse("reviews:review_home", args=[review.reference]) + "#statutory-dates"
        for due in review_due_dates(review, working=working, on=today, comment_windows=[]):
            if not due.open or due.due > horizon:
                continue
            for user_id in {*leads.get(review.pk, []), *managers.get(review.partnership_id, [])}:
                yield DueReminder(
                    ReminderKind.STATUTORY_DATE,
                    f"review:{review.uuid}:{due.key}",
                    due.due,
                    user_id,
                    review,
                    f"“{due.label}” for {review.reference}",
                    _phrase(working, due.due, today),
                    path,
                )


def reminders_due(*, today: datetime.date | None = None) -> list[DueReminder]:
    """Every reminder whose time has come, whether sent already or not."""
    today = today or timezone.localdate()
    calendars = _Calendars()
    # Generous horizons for the queries (calendar days); each item is then held to its own
    # partnership's working days.
    wide = today + datetime.timedelta(days=31)
    return [
        *_action_reminders(today, calendars, wide),
        *_comment_reminders(today, calendars, wide),
        *_statutory_reminders(today, calendars),
    ]


def _body(reminder: DueReminder, user: User) -> str:
    return (
        f"Hello {user.get_short_name()},\n\n"
        f"This is a reminder that {reminder.what} {reminder.phrase} "
        f"(due {reminder.due_date:%A %-d %B %Y}).\n\n"
        f"Open it in Casewindow: {settings.CASEWINDOW_SITE_URL}{reminder.path}\n\n"
        "You can see your reminders, and turn off the kinds you do not want, at "
        f"{settings.CASEWINDOW_SITE_URL}{reverse('process:reminder_settings')}\n"
    )


def reminders_send(*, today: datetime.date | None = None) -> int:
    """Send each reminder whose time has come and that has not been sent; returns how many."""
    candidates = reminders_due(today=today)
    if not candidates:
        return 0
    earliest = min(c.due_date for c in candidates)
    taken = set(
        Reminder.objects.filter(due_date__gte=earliest).values_list(
            "kind", "object_key", "due_date", "recipient_id"
        )
    )
    turned_off = set(ReminderOptOut.objects.values_list("user_id", "kind"))
    fresh = [
        c
        for c in candidates
        if c.key not in taken and (c.recipient_id, str(c.kind)) not in turned_off
    ]
    users = {
        u.pk: u for u in User.objects.filter(pk__in={c.recipient_id for c in fresh}, is_active=True)
    }
    sent = 0
    connection = get_connection()
    # In one order for every worker, so that two claiming at once wait on each other rather
    # than deadlock.
    deliverable = sorted(
        (c for c in fresh if (user := users.get(c.recipient_id)) is not None and user.email),
        key=lambda c: c.key,
    )
    for start in range(0, len(deliverable), CLAIM_BATCH):
        claimed: list[tuple[DueReminder, Reminder]] = []
        # Claimed in one transaction per batch (one commit, not one per reminder); a key
        # another worker holds, committed or not, is skipped: its insert waits for the other
        # transaction and then fails on the unique key.
        with transaction.atomic():
            for candidate in deliverable[start : start + CLAIM_BATCH]:
                try:
                    with transaction.atomic():
                        record = Reminder.objects.create(
                            kind=candidate.kind,
                            object_key=candidate.object_key,
                            due_date=candidate.due_date,
                            recipient=users[candidate.recipient_id],
                            review=candidate.review,
                            subject=candidate.subject,
                        )
                except IntegrityError:
                    continue  # another worker has it
                claimed.append((candidate, record))
        delivered = []
        for candidate, record in claimed:
            user = users[candidate.recipient_id]
            try:
                EmailMessage(
                    candidate.subject,
                    _body(candidate, user),
                    None,
                    [user.email],
                    connection=connection,
                ).send()
            except Exception:
                # Not sent: give the key back so that the next run tries again.
                logger.exception("Reminder %s to user %s could not be sent", candidate.key, user.pk)
                record.delete()
                continue
            delivered.append(record.pk)
        Reminder.objects.filter(pk__in=delivered).update(sent_at=timezone.now())
        sent += len(delivered)
    return sent


@transaction.atomic
def reminder_kinds_set(*, user: User, turned_off: set[str]) -> None:
    """The kinds of reminder the user does not want (their choice alone)."""
    ReminderOptOut.objects.filter(user=user).exclude(kind__in=turned_off).delete()
    for kind in turned_off:
        ReminderOptOut.objects.get_or_create(user=user, kind=kind)
