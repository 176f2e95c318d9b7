"""Demo drafts of the Child J report: draft 1, shared with the whole case group and the board's
scrutineer, whose comment window has closed, with comments answered by the review team; and
draft 2, made after those comments and shared again, with one comment still open. Every name
and comment is invented.

The report's sections come from `build_report`, which grows as the reporting work lands: a
comment is placed on the section it is about (a finding, the terms of reference...) when the
report has that section, and comments about sections it lacks are left out."""

import datetime
from dataclasses import dataclass, replace

from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.analysis.models import Finding
from casewindow.demo.language import demo_dismiss_quotation
from casewindow.demo.when import Y, moved
from casewindow.drafts import services as draft_services
from casewindow.drafts.models import (
    CommentStatus,
    Draft,
    DraftComment,
    DraftCommentReply,
    DraftShare,
)
from casewindow.reports.content import Block, ReportContent
from casewindow.reviews.models import Review

HV = "hv@demo.casewindow.test"
SW = "sw@demo.casewindow.test"
BOARD = "board@demo.casewindow.test"
LEAD = "lead@demo.casewindow.test"
REVIEWER = "reviewer@demo.casewindow.test"


@dataclass(frozen=True)
class DemoComment:
    section: str  # a section key, or "finding:<words of its statement>"
    author: str
    text: str
    replier: str
    reply: str
    status: str
    reason: str = ""


# Comments on sections drawn from the analysis come first: they are the most telling, when the
# report has those sections. Draft 1 keeps the first five that fit.
DRAFT_1_COMMENTS = [
    DemoComment(
        "finding:strategy discussions",
        HV,
        "The draft says health visitors are 'not invited' to strategy discussions. We are "
        "invited when the referral comes from health; it is the discussions the police start, "
        "often late in the day, that we hear about afterwards. Could the finding say that? As "
        "written, colleagues will read it as health visitors never being asked.",
        LEAD,
        "Thank you. This matches what we heard from the 0-19 service's named nurse. Draft 2 "
        "says 'not routinely invited', and the case group's point about police-led discussions "
        "is added under how the finding featured in this case.",
        CommentStatus.ACCEPTED,
    ),
    DemoComment(
        "finding:bail",
        SW,
        "We were told about the bail conditions by the officer over the phone, but the call "
        "came to the out-of-hours duty line after 5pm and was not recorded on our system. The "
        "finding is right, but out-of-hours calls are where the gap really is.",
        REVIEWER,
        "Thank you. The emergency duty team's log confirms the call. We have added that the "
        "notification depends on a telephone call that out-of-hours services cannot record in "
        "the case file.",
        CommentStatus.ACCEPTED,
    ),
    DemoComment(
        "introduction",
        HV,
        "The introduction says agencies 'knew the family in the year before'. Health visiting "
        "had contact from the new birth visit in December 2023, so for us it was longer than a "
        "year. Could it say agencies were in contact during the year before the injuries?",
        LEAD,
        "Thank you. The review's scope starts in March 2024, which is why the introduction "
        "speaks of the year before; we have reworded the sentence and the earlier contact is "
        "summarised in the background to the case.",
        CommentStatus.ANSWERED,
    ),
    DemoComment(
        "terms-of-reference",
        SW,
        "The terms of reference single out the domestic incident in October 2024. For children's "
        "social care the contact in August, when the nursery raised a bruise, mattered as much. "
        "Please could the terms of reference mention it?",
        REVIEWER,
        "We agree the August contact is important: it is one of the key practice episodes and "
        "the findings draw on it.",
        CommentStatus.NOT_ACCEPTED,
        "The terms of reference were agreed by the partnership in March 2025, before the review "
        "began, and are reported as agreed. The August contact is covered in the analysis.",
    ),
    DemoComment(
        "terms-of-reference",
        BOARD,
        "Research question 3 asks about children under two. The partnership's domestic abuse "
        "protocol uses 'under five'. Is the narrower age deliberate? The board will ask when it "
        "receives the recommendations.",
        LEAD,
        "Yes, it is deliberate: the rapid review found the gap was specific to babies and "
        "toddlers who cannot tell anyone what happens at home. We will say so in the "
        "methodology.",
        CommentStatus.ANSWERED,
    ),
    DemoComment(
        "introduction",
        SW,
        "Could the introduction say that the family moved to Northbridge early in 2024? It "
        "explains why records from the previous area arrived late.",
        REVIEWER,
        "Good point, thank you: the move will be mentioned in the next draft.",
        CommentStatus.ACCEPTED,
    ),
]


def _section_key(review: Review, report: ReportContent, wanted: str) -> str | None:
    if wanted.startswith("finding:"):
        finding = Finding.objects.filter(
            review=review, statement__icontains=wanted.removeprefix("finding:")
        ).first()
        wanted = f"finding-{finding.uuid}" if finding else ""
    return wanted if wanted and report.section(wanted) is not None else None


def _as_first_made(review: Review, content: dict) -> dict:
    """Draft 1 was made before the reviewers reworded two sentences; the frozen copy is set
    back to the earlier wording here, so that the differences between drafts 1 and 2 show the
    change the case group's comments led to."""
    earlier = {
        "were in contact with the family during the year before": "knew the family in the "
        "year before",
        "are not routinely invited to strategy discussions": "are not invited to strategy "
        "discussions",
    }
    report = ReportContent.from_json(content)

    def rewrite(text: str) -> str:
        for now, then in earlier.items():
            text = text.replace(now, then)
        return text

    before = report.map_text(rewrite)
    if before == report and report.sections:
        # The wording above is not in this report: draft 1 then differs by the note the
        # reviewers had left at the end of its first section.
        first = report.sections[0]
        placeholder = Block("paragraph", text="[To be completed after the case group meeting.]")
        before = replace(
            report,
            sections=(replace(first, blocks=(*first.blocks, placeholder)), *report.sections[1:]),
        )
    return before.to_json()


def demo_load_drafts(*, review: Review, users: dict[str, User], lead: User) -> None:
    """Add drafts 1 and 2 with the case group's comments (call once, on a new review)."""
    today = timezone.localdate()
    now = timezone.now()
    user = {email: users.get(email, lead) for email in (HV, SW, BOARD, LEAD, REVIEWER)}

    draft1 = draft_services.draft_create(
        actor=lead, review=review, note="First full draft for the case group's comments."
    )
    Draft.objects.filter(pk=draft1.pk).update(content=_as_first_made(review, draft1.content))
    draft_services.draft_share(
        actor=lead,
        draft=draft1,
        users=[user[HV], user[SW], user[BOARD]],
        closes_on=today,
    )
    report1 = Draft.objects.get(pk=draft1.pk).report
    made = 0
    for spec in DRAFT_1_COMMENTS:
        key = _section_key(review, report1, spec.section)
        if key is None or made == 5:
            continue
        made += 1
        comment = draft_services.draft_comment_add(
            actor=user[spec.author], draft=draft1, section_key=key, text=spec.text, today=today
        )
        draft_services.draft_comment_reply(
            actor=user[spec.replier], comment=comment, text=spec.reply
        )
        draft_services.draft_comment_settle(
            actor=user[spec.replier], comment=comment, status=spec.status, reason=spec.reason
        )

    # Draft 1 went out five weeks ago with a three-week window, which has now closed.
    sent = now - datetime.timedelta(days=35)
    Draft.objects.filter(pk=draft1.pk).update(
        created_at=sent, comments_close_on=(sent + datetime.timedelta(days=21)).date()
    )
    DraftShare.objects.filter(draft=draft1).update(shared_at=sent)
    for n, comment in enumerate(DraftComment.objects.filter(draft=draft1).order_by("pk")):
        written = sent + datetime.timedelta(days=3 + 3 * n, hours=n)
        DraftComment.objects.filter(pk=comment.pk).update(
            created_at=written, settled_at=written + datetime.timedelta(days=10)
        )
        DraftCommentReply.objects.filter(comment=comment).update(
            created_at=written + datetime.timedelta(days=10)
        )

    draft2 = draft_services.draft_create(
        actor=lead,
        review=review,
        note="Revised after the case group's comments on draft 1.",
    )
    draft_services.draft_share(
        actor=lead,
        draft=draft2,
        users=[user[HV], user[SW], user[BOARD]],
        closes_on=today + datetime.timedelta(days=14),
    )
    report2 = draft2.report
    family = report2.section("methodology-family")
    if family is not None:  # the team's wording check of draft 2 already has one dismissal
        demo_dismiss_quotation(
            review=review,
            lead=lead,
            context_key=f"draft:{draft2.uuid}:methodology-family",
            texts=list(family.strings()),
        )
    if not report2.sections:
        return
    key = _section_key(review, report2, "finding:bail") or report2.sections[0].key
    draft_services.draft_comment_add(
        actor=user[SW],
        draft=draft2,
        section_key=key,
        text=Y(
            "Thank you for the changes. One small thing: our duty service was renamed the "
            "Children's Advice and Duty Service in April 2025. Please use the new name in the "
            "final report."
        ),
    )


# The case as written, moved to today's years (casewindow.demo.when).
DRAFT_1_COMMENTS = moved(DRAFT_1_COMMENTS)
