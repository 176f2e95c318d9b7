"""The `create_review` and `load_demo` commands."""

import io

import pytest
from django.core.management import CommandError, call_command

from casewindow.accounts.models import Membership, Partnership, PartnershipRole, ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.demo import setup as demo
from casewindow.learning.services.pool import learning_pool_refresh
from casewindow.reviews.models import Agency, Person, ResearchQuestion, Review
from tests.factories import PartnershipFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


# create_review ----------------------------------------------------------------------------


def test_create_review_makes_the_lead_its_lead_reviewer_and_partnership_manager() -> None:
    lead = UserFactory(email="lead@example.test")

    output = run(
        "create_review",
        "lcspr-2025-09",
        "--title",
        "Child Q",
        "--type",
        "lcspr_lt",
        "--partnership",
        "Westshire Partnership",
        "--lead",
        "LEAD@example.test",
    )

    review = Review.objects.get()
    assert review.reference == "LCSPR-2025-09"
    assert (review.title, review.review_type, review.partnership.name) == (
        "Child Q",
        "lcspr_lt",
        "Westshire Partnership",
    )
    assert Membership.objects.get(review=review).user == lead
    assert Membership.objects.get(review=review).role == ReviewRole.LEAD_REVIEWER
    assert review.partnership.memberships.get(user=lead).role == PartnershipRole.MANAGER
    assert "Created review LCSPR-2025-09 in Westshire Partnership" in output
    event = AuditEvent.objects.get(action=AuditAction.CREATE, review=review)
    assert event.actor == lead
    assert event.user_agent == "command line"


def test_create_review_uses_an_existing_partnership_of_that_name() -> None:
    partnership = PartnershipFactory(name="Westshire Partnership")

    run(
        "create_review",
        "LCSPR-1",
        "--title",
        "Child Q",
        "--type",
        "rapid",
        "--partnership",
        "westshire partnership",
    )

    assert Review.objects.get().partnership == partnership
    assert Partnership.objects.count() == 1


def test_create_review_without_a_lead_says_the_review_has_no_members() -> None:
    output = run("create_review", "LCSPR-1", "--title", "Child Q", "--type", "rapid")

    assert not Review.objects.get().memberships.exists()
    assert "It has no members yet" in output


def test_create_review_refuses_a_reference_already_in_use() -> None:
    ReviewFactory(reference="LCSPR-1")

    with pytest.raises(CommandError, match="Reference LCSPR-1 cannot be used"):
        run("create_review", "lcspr-1", "--title", "Child Q", "--type", "rapid")
    assert Review.objects.count() == 1


def test_create_review_that_fails_leaves_no_partial_data() -> None:
    ReviewFactory(reference="LCSPR-1")
    lead = UserFactory()
    partnerships = Partnership.objects.count()

    with pytest.raises(CommandError):
        run(
            "create_review",
            "LCSPR-1",
            "--title",
            "Child Q",
            "--type",
            "rapid",
            "--partnership",
            "A new partnership",
            "--lead",
            lead.email,
        )

    assert Partnership.objects.count() == partnerships
    assert not lead.partnership_memberships.exists()


def test_create_review_refuses_an_unknown_type() -> None:
    with pytest.raises(
        CommandError,
        match="Unknown review type 'serious'; use one of lcspr_lt, rapid, plr, good_practice",
    ):
        run("create_review", "LCSPR-1", "--title", "Child Q", "--type", "serious")
    assert not Review.objects.exists()


@pytest.mark.parametrize("reference", ["AB", "LCSPR 1", "LCSPR-", "LCSPR/1"])
def test_create_review_refuses_a_reference_that_cannot_go_in_a_link(reference: str) -> None:
    with pytest.raises(
        CommandError, match="Reference must be 3 to 40 letters, numbers and hyphens"
    ):
        run("create_review", reference, "--title", "Child Q", "--type", "rapid")
    assert not Review.objects.exists()


def test_create_review_refuses_an_unknown_lead() -> None:
    with pytest.raises(CommandError, match=r"No user with e-mail address nobody@example\.test"):
        run(
            "create_review",
            "LCSPR-1",
            "--title",
            "Child Q",
            "--type",
            "rapid",
            "--lead",
            "nobody@example.test",
        )
    assert not Review.objects.exists()
    assert not Partnership.objects.exists()


# load_demo --------------------------------------------------------------------------------


def demo_counts() -> dict[str, int]:
    return {
        "reviews": Review.objects.count(),
        "agencies": Agency.objects.count(),
        "people": Person.objects.count(),
        "questions": ResearchQuestion.objects.count(),
        "members": Membership.objects.count(),
        "users": User.objects.count(),
        "partnerships": Partnership.objects.count(),
    }


def test_load_demo_creates_the_demo_review_with_its_agencies_people_and_members() -> None:
    output = run("load_demo")

    review = Review.objects.get(reference=demo.REVIEW["reference"])
    assert review.agencies.count() == len(demo.AGENCIES)
    assert review.people.count() == len(demo.PEOPLE)
    assert review.research_questions.count() == len(demo.RESEARCH_QUESTIONS)
    roles = dict(review.memberships.values_list("user__email", "role"))
    assert roles == {email: role for email, _n, _j, _p, role, _a in demo.USERS}
    assert f"Loaded demo review {review.reference}" in output
    # Its partnership's learning is pooled already: the first learning page rebuilds nothing.
    partnership_reviews = list(
        Review.objects.filter(partnership=review.partnership).values_list("pk", flat=True)
    )
    assert learning_pool_refresh(partnership_reviews) == 0
    for email, *_ in demo.USERS:
        assert email in output
        assert User.objects.get(email=email).check_password(demo.DEMO_PASSWORD)


def test_load_demo_brings_evidence_through_the_real_importers() -> None:
    run("load_demo")

    review = Review.objects.get(reference=demo.REVIEW["reference"])
    imports = review.chronology_imports.select_related("document", "agency")
    # At least five agencies' chronologies, sent as CSV, Excel and Word files.
    assert imports.count() >= 5
    assert {i.document.file_type for i in imports} == {"csv", "xlsx", "docx"}
    assert all(i.entries_created == i.rows_read > 0 for i in imports)
    # Entries that describe the same happening are merged, and one event shows a disagreement.
    assert review.events.count() >= 2
    assert review.chronology_entries.filter(people__isnull=False).exists()
    documents = review.documents.exclude(kind="chronology")
    assert documents.count() >= 2
    assert all(d.extraction_status == "done" and d.pages.exists() for d in documents)
    # Two conversations, shared with their practitioners; one agreed.
    conversations = review.conversations.all()
    assert conversations.count() == 2
    assert all(c.shared_with is not None for c in conversations)
    assert sorted(c.status for c in conversations) == ["agreed", "shared"]


def test_load_demo_holds_a_complete_analysis() -> None:
    run("load_demo")

    review = Review.objects.get(reference=demo.REVIEW["reference"])
    episodes = review.episodes.alive()
    assert episodes.count() >= 6
    assert all(e.factors.alive().count() >= 2 for e in episodes)
    findings = review.findings.alive()
    assert findings.filter(is_systems_finding=True).count() >= 3
    assert findings.filter(is_systems_finding=False).exists()
    assert all(f.episodes.exists() for f in findings.filter(is_systems_finding=True))
    assert {r.kind for r in review.recommendations.alive()} == {1, 2, 3}
    assert review.excerpts.alive().count() >= 8


def test_load_demo_twice_changes_nothing() -> None:
    run("load_demo")
    # The demo partnership holds more reviews than the demo review (issue 11's year).
    review = Review.objects.get(reference=demo.REVIEW["reference"])
    counts = demo_counts()

    output = run("load_demo")

    assert demo_counts() == counts
    assert Review.objects.get(reference=demo.REVIEW["reference"]).uuid == review.uuid
    assert f"Already loaded: demo review {review.reference}" in output


def test_load_demo_reset_recreates_the_demo_review() -> None:
    run("load_demo")
    old = Review.objects.get(reference=demo.REVIEW["reference"])
    counts = demo_counts()
    old.research_questions.first().delete()  # a change someone made while trying the demo

    run("load_demo", "--reset")

    new = Review.objects.get(reference=demo.REVIEW["reference"])
    assert new.uuid != old.uuid
    assert demo_counts() == counts


def test_load_demo_reset_keeps_other_reviews() -> None:
    other = ReviewFactory()
    run("load_demo")

    run("load_demo", "--reset")

    assert Review.objects.filter(pk=other.pk).exists()
