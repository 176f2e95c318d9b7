"""The drafts pages as the review team and the recipients use them."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.drafts import services
from casewindow.drafts.models import CommentStatus, Draft, DraftComment
from tests.factories import AgencyFactory, MembershipFactory
from tests.helpers import date_parts, date_post
from tests.pages import error_summary, html, main_text, notification_banners, text_of
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]


def url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"drafts:{name}", args=[world.review.reference, *args])


def make_shared(world: ReviewWorld, *users: User, days: int = 7) -> Draft:
    draft = services.draft_create(actor=world.lead, review=world.review)
    services.draft_share(
        actor=world.lead,
        draft=draft,
        users=list(users) or [world.participant],
        closes_on=timezone.localdate() + datetime.timedelta(days=days),
    )
    return Draft.objects.get(pk=draft.pk)


def comment(world: ReviewWorld, draft: Draft, user: User, text: str) -> DraftComment:
    return services.draft_comment_add(
        actor=user, draft=draft, section_key=draft.report.sections[0].key, text=text
    )


def test_the_team_makes_a_draft_from_the_working_report(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.reviewer)

    response = client.post(url("draft_create", review_world), {"note": "For the case group"})

    draft = Draft.objects.get(review=review_world.review)
    assert response["Location"] == url("draft_detail", review_world, draft.uuid)
    assert (draft.number, draft.note, draft.created_by) == (
        1,
        "For the case group",
        review_world.reviewer,
    )
    page = client.get(response["Location"])
    assert "Draft 1 made" in " ".join(notification_banners(page))
    assert "Share this draft" in main_text(page)


def test_sharing_with_the_whole_case_group_or_one_agencys_practitioners(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review = review_world.review
    health = AgencyFactory(review=review, name="Northbridge Health Visiting")
    Membership.objects.filter(pk=review_world.memberships[ReviewRole.PARTICIPANT].pk).update(
        agency=health
    )
    other = MembershipFactory(
        review=review, role=ReviewRole.PARTICIPANT, agency=review_world.agency
    )
    draft = services.draft_create(actor=review_world.lead, review=review)
    client = client_for(review_world.lead)
    closes = timezone.localdate() + datetime.timedelta(days=14)

    page = client.get(url("draft_share", review_world, draft.uuid))
    assert "Practitioners of Northbridge Health Visiting" in main_text(page)
    client.post(
        url("draft_share", review_world, draft.uuid),
        {"groups": [f"agency:{health.uuid}"], **date_post("closes_on", closes)},
    )
    assert [s.user for s in draft.shares.all()] == [review_world.participant]

    client.post(
        url("draft_share", review_world, draft.uuid),
        {"groups": ["case-group", "board"], **date_post("closes_on", closes)},
    )
    assert set(draft.shares.values_list("user", flat=True)) == {
        review_world.participant.pk,
        other.user.pk,
        review_world.board_reader.pk,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**date_parts("closes_on", 1, 1, 2099)}, "Choose who to share the draft with"),
        ({"groups": ["case-group"], **date_parts("closes_on", 31, 2, 2099)}, "must be a real date"),
        ({"groups": ["case-group"]}, "Enter the last day for comments"),
        (
            {"groups": ["case-group"], **date_parts("closes_on", 1, 1, 2001)},
            "today or in the future",
        ),
        ({"members": ["not-a-uuid"], **date_parts("closes_on", 1, 1, 2099)}, "valid"),
    ],
)
def test_sharing_mistakes_are_explained(
    review_world: ReviewWorld, client_for: ClientFor, data: dict, message: str
) -> None:
    draft = services.draft_create(actor=review_world.lead, review=review_world.review)

    response = client_for(review_world.lead).post(
        url("draft_share", review_world, draft.uuid), data
    )

    assert response.status_code == 200
    assert any(message in error for error in error_summary(response)), error_summary(response)
    assert not draft.shares.exists()


def test_a_recipient_sees_only_their_own_comments_and_the_replies_to_them(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world, review_world.participant, review_world.board_reader)
    mine = comment(review_world, draft, review_world.participant, "My own remark")
    comment(review_world, draft, review_world.board_reader, "The board's remark")
    services.draft_comment_reply(actor=review_world.lead, comment=mine, text="We agree, thanks")
    services.draft_comment_settle(
        actor=review_world.lead, comment=mine, status=CommentStatus.ANSWERED
    )

    page = main_text(
        client_for(review_world.participant).get(
            url("shared_draft_detail", review_world, draft.uuid)
        )
    )
    team_page = main_text(
        client_for(review_world.observer).get(url("draft_detail", review_world, draft.uuid))
    )

    assert "My own remark" in page and "We agree, thanks" in page and "Answered" in page
    assert "The board's remark" not in page
    assert "Comment on this section" in page
    assert "My own remark" in team_page and "The board's remark" in team_page
    assert "Reply or mark status" not in team_page, "an observer reads but does not answer"


def test_after_the_window_closes_a_recipient_reads_but_cannot_comment(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world)
    Draft.objects.filter(pk=draft.pk).update(
        comments_close_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    client = client_for(review_world.participant)

    reading = client.get(url("shared_draft_detail", review_world, draft.uuid))
    posted = client.post(
        url("shared_draft_comment", review_world, draft.uuid),
        {"section": draft.report.sections[0].key, "text": "Too late?"},
    )

    assert reading.status_code == 200
    assert "Comments on this draft closed on" in " ".join(notification_banners(reading))
    assert "Comment on this section" not in main_text(reading)
    assert posted.status_code == 200 and "Comments on this draft closed" in main_text(posted)
    assert not draft.comments.exists()


def test_commenting_on_a_section_through_the_page(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world)
    section = draft.report.sections[1]
    client = client_for(review_world.participant)
    form_url = url("shared_draft_comment", review_world, draft.uuid)

    shown = client.get(form_url, {"section": section.key})
    empty = client.post(form_url, {"section": section.key, "text": " "})
    response = client.post(form_url, {"section": section.key, "text": "Please add the dates."})

    assert f"Comment on {section.number} {section.title}" in main_text(shown)
    assert error_summary(empty) == ["Enter your comment"]
    saved = draft.comments.get()
    assert response["Location"].endswith(f"#comment-{saved.uuid}")
    assert (saved.section_key, saved.author) == (section.key, review_world.participant)


def test_the_team_replies_and_settles_a_comment_with_a_reason(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world)
    remark = comment(review_world, draft, review_world.participant, "Wrong date")
    client = client_for(review_world.lead)
    respond = url("comment_respond", review_world, draft.uuid, remark.uuid)

    unchanged = client.post(respond, {"status": "open"})
    no_reason = client.post(respond, {"status": "not_accepted", "reason": " "})
    done = client.post(respond, {"status": "answered", "reply": "The date is from the GP record."})

    assert error_summary(unchanged) == ["Enter a reply or change what happens to the comment"]
    assert error_summary(no_reason) == ["Enter the reason the comment is not accepted"]
    assert done.status_code == 302
    remark.refresh_from_db()
    assert remark.status == CommentStatus.ANSWERED and remark.settled_by == review_world.lead
    assert [r.text for r in remark.replies.all()] == ["The date is from the GP record."]
    recipient_page = main_text(
        client_for(review_world.participant).get(
            url("shared_draft_detail", review_world, draft.uuid)
        )
    )
    assert "The date is from the GP record." in recipient_page


def test_the_team_filters_comments_by_status_and_agency(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    Membership.objects.filter(pk=review_world.memberships[ReviewRole.PARTICIPANT].pk).update(
        agency=review_world.agency
    )
    draft = make_shared(review_world, review_world.participant, review_world.board_reader)
    answered = comment(review_world, draft, review_world.participant, "Practitioner remark")
    comment(review_world, draft, review_world.board_reader, "Board remark")
    services.draft_comment_settle(
        actor=review_world.lead, comment=answered, status=CommentStatus.ANSWERED
    )
    client = client_for(review_world.reviewer)
    detail = url("draft_detail", review_world, draft.uuid)

    by_status = main_text(client.get(detail, {"status": "open"}))
    by_agency = main_text(client.get(detail, {"agency": str(review_world.agency.uuid)}))
    rubbish = client.get(detail, {"status": "x", "agency": "y"})

    assert "Board remark" in by_status and "Practitioner remark" not in by_status
    assert "Showing 1 of 2 comments" in by_status
    assert "Practitioner remark" in by_agency and "Board remark" not in by_agency
    assert rubbish.status_code == 200 and "Board remark" in main_text(rubbish)


def test_the_list_counts_comments_by_status(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world)
    first = comment(review_world, draft, review_world.participant, "One")
    comment(review_world, draft, review_world.participant, "Two")
    services.draft_comment_settle(
        actor=review_world.lead, comment=first, status=CommentStatus.ACCEPTED
    )

    page = html(client_for(review_world.observer).get(url("draft_list", review_world)))

    row = [text_of(cell) for cell in page.xpath("//tbody/tr[1]/*")]
    assert row[0] == "Draft 1"
    assert row[3:8] == ["2", "1", "1", "0", "0"]


def test_differences_page_marks_words_with_ins_del_and_text_labels(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review = review_world.review
    review.summary = "Agencies knew the family in the year before."
    review.save()
    services.draft_create(actor=review_world.lead, review=review)
    review.summary = "Agencies were in contact with the family in the year before."
    review.save()
    services.draft_create(actor=review_world.lead, review=review)
    client = client_for(review_world.observer)

    response = client.get(url("draft_compare", review_world), {"a": "1", "b": "2"})
    same = client.get(url("draft_compare", review_world), {"a": "2", "b": "2"})
    nonsense = client.get(url("draft_compare", review_world), {"a": "9", "b": "x"})

    tree = html(response)
    assert [text_of(d) for d in tree.xpath("//main//del")][1:] == ["[removed: knew]"]
    assert [text_of(i) for i in tree.xpath("//main//ins")][-1] == "[added: were in contact with]"
    assert "Differences between draft 1 and draft 2" in main_text(response)
    assert "Changed" in main_text(response)
    assert "No change" not in main_text(response)
    assert error_summary(same) == ["Choose two different drafts"]
    assert nonsense.status_code == 200 and error_summary(nonsense)


def test_differences_page_shows_the_changes_first_and_the_unchanged_sections_compactly(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review = review_world.review
    review.summary = "Agencies knew the family in the year before."
    review.save()
    first = services.draft_create(actor=review_world.lead, review=review)
    review.summary = "Agencies were in contact with the family in the year before."
    review.save()
    services.draft_create(actor=review_world.lead, review=review)
    client = client_for(review_world.observer)

    tree = html(client.get(url("draft_compare", review_world), {"a": "1", "b": "2"}))

    headings = [text_of(h) for h in tree.xpath("//main//section/h2")]
    assert headings == ["5 The case in brief Changed"]
    status = text_of(tree.xpath("//main//*[@role='status']")[0])
    assert status == "1 section changed, 0 added, 0 removed."
    # Every other section is listed, by number and title, inside one closed details element.
    every = [s for s in first.report.walk()]
    (details,) = tree.xpath("//main//details")
    summary = text_of(details.xpath(".//summary")[0])
    assert summary == f"{len(every) - 1} sections have not changed"
    listed = [text_of(li) for li in details.xpath(".//li")]
    assert listed == [f"{s.number} {s.title}" for s in every if s.key != "case-in-brief"]
    assert "No change" not in text_of(tree.xpath("//main")[0])
    # The changed section comes before the list of unchanged ones.
    main = tree.xpath("//main")[0]
    order = [e.tag for e in main.iter() if e.tag in ("section", "details")]
    assert order == ["section", "details"]


def test_review_home_links_to_drafts_for_each_kind_of_member(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    home = reverse("reviews:review_home", args=[review_world.review.reference])

    team = main_text(client_for(review_world.lead).get(home))
    participant = html(client_for(review_world.participant).get(home))

    assert "Drafts" in team
    links = [text_of(a) for a in participant.xpath("//a")]
    assert "Drafts shared with you" in links
    assert "Drafts" not in links


def test_a_recipient_replies_in_their_own_thread_while_the_window_is_open(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    draft = make_shared(review_world)
    remark = comment(review_world, draft, review_world.participant, "Wrong date")
    services.draft_comment_reply(actor=review_world.lead, comment=remark, text="Which date?")
    client = client_for(review_world.participant)
    reply_url = url("shared_comment_reply", review_world, draft.uuid, remark.uuid)

    empty = client.post(reply_url, {"text": ""})
    client.post(reply_url, {"text": "The visit on 3 May."})
    Draft.objects.filter(pk=draft.pk).update(
        comments_close_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    late = client.post(reply_url, {"text": "And another thing."})

    assert error_summary(empty) == ["Enter your reply"]
    assert [r.text for r in remark.replies.all()] == ["Which date?", "The visit on 3 May."]
    assert late.status_code == 200 and "cannot add a reply" in main_text(late)
    page = main_text(client.get(url("shared_draft_detail", review_world, draft.uuid)))
    assert "The visit on 3 May." in page and "Reply to the thread" not in page


def test_any_shape_of_report_reads_with_numbered_sections_and_contents(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from casewindow.reports.content import Block, ReportContent, Section

    finding = Section(
        "finding-abc",
        "5.1",
        "Strategy discussions",
        (
            Block("heading", text="How it featured"),
            Block("paragraph", text="The health visitor learned of it afterwards."),
            Block("list", items=("First question", "Second question")),
            Block("table", rows=(("Agency", "Attended"), ("Police", "Yes"))),
        ),
    )
    content = ReportContent(
        "Child X",
        review_world.review.reference,
        "P",
        "Draft 1",
        "1 May 2026",
        (Section("findings", "5", "Findings", subsections=(finding,)),),
    ).to_json()
    draft = Draft.objects.create(
        review=review_world.review,
        number=1,
        content=content,
        comments_close_on=timezone.localdate(),
    )
    services.draft_share(
        actor=review_world.lead,
        draft=draft,
        users=[review_world.participant],
        closes_on=timezone.localdate(),
    )
    client = client_for(review_world.participant)
    client.post(
        url("shared_draft_comment", review_world, draft.uuid),
        {"section": "finding-abc", "text": "We did attend one."},
    )

    tree = html(client.get(url("shared_draft_detail", review_world, draft.uuid)))

    contents = [text_of(a) for a in tree.xpath("//nav[@aria-labelledby='contents-title']//a")]
    assert contents == ["5 Findings", "5.1 Strategy discussions"]
    assert [text_of(h) for h in tree.xpath("//main//h3")] == ["5.1 Strategy discussions"]
    assert text_of(tree.xpath("//main//h4")[0]) == "How it featured"
    assert [text_of(th) for th in tree.xpath("//main//table//th")] == ["Agency", "Attended"]
    assert "Second question" in main_text(
        client.get(url("shared_draft_detail", review_world, draft.uuid))
    )
    saved = draft.comments.get()
    assert (saved.section_number, saved.section_title) == ("5.1", "Strategy discussions")


def test_comparing_refuses_an_earlier_draft_that_is_the_later_one(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review = review_world.review
    services.draft_create(actor=review_world.lead, review=review)
    services.draft_create(actor=review_world.lead, review=review)

    response = client_for(review_world.observer).get(
        url("draft_compare", review_world), {"a": "2", "b": "1"}
    )

    assert error_summary(response) == [
        "The earlier draft must come before the later one: draft 2 was made after draft 1"
    ]
    assert "Differences between" not in main_text(response)
