"""Records management: retention dates, deletion of a closed review past its date (files and
content removed, a tombstone kept, audited, refused while open), deletion of a review created by
mistake, and turning a rapid review into a full review."""

import datetime
from collections.abc import Callable

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.process.models import ReviewStep, ReviewTombstone
from casewindow.process.services.records import (
    RecordsRefused,
    review_convert_to_full,
    review_destroy,
    review_retention_date,
)
from casewindow.reviews.models import Review
from tests.evidence.factories import SourceDocumentFactory
from tests.world import ReviewWorld

D = datetime.date


def _closed_long_ago(world: ReviewWorld) -> None:
    world.review.stage = "closed"
    world.review.target_publication_date = D(2010, 3, 1)
    world.review.save()


def test_retention_date_is_years_after_publication_unless_set(review_world: ReviewWorld) -> None:
    assert review_retention_date(review_world.review, 10) is None  # not published yet
    _closed_long_ago(review_world)
    assert review_retention_date(review_world.review, 10) == D(2020, 3, 1)


def test_business_manager_deletes_a_closed_review_past_its_date_keeping_a_tombstone(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _closed_long_ago(review_world)
    document = SourceDocumentFactory(review=review_world.review, agency=review_world.agency)
    stored = document.file.name
    assert default_storage.exists(stored)
    manager = client_for(review_world.lead)
    listing = manager.get(reverse("process:retention", args=[review_world.partnership.uuid]))
    assert (
        review_world.review.reference
        in listing.content.decode().split('data-testid="past-retention"')[1]
    )

    url = reverse(
        "process:review_destroy", args=[review_world.partnership.uuid, review_world.review.uuid]
    )
    response = manager.post(url, {"reason": "Past the ten-year retention date"})
    assert response.status_code == 302

    assert not Review.objects.filter(pk=review_world.review.pk).exists()
    tombstone = ReviewTombstone.objects.get(reference=review_world.review.reference)
    assert tombstone.deleted_by == review_world.lead and tombstone.files_removed == 1
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE,
        actor=review_world.lead,
        summary__startswith=f"Deleted review {review_world.review.reference}",
    ).exists()


@pytest.mark.django_db(transaction=True)
def test_deleted_review_files_are_removed_after_commit() -> None:
    from tests.world import build_review_world

    world = build_review_world()
    _closed_long_ago(world)
    stored = SourceDocumentFactory(review=world.review, agency=world.agency).file.name
    review_destroy(actor=world.lead, review=world.review, reason="Retention date passed")
    assert not default_storage.exists(stored)


def test_deletion_is_refused_while_the_review_is_open(review_world: ReviewWorld) -> None:
    _closed_long_ago(review_world)
    review_world.review.stage = "action_plan"
    review_world.review.save()
    with pytest.raises(RecordsRefused, match="still open"):
        review_destroy(actor=review_world.lead, review=review_world.review, reason="x")
    assert Review.objects.filter(pk=review_world.review.pk).exists()


def test_lead_deletes_a_review_created_by_mistake_only_while_it_holds_no_evidence(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    lead = client_for(review_world.lead)
    url = reverse("process:review_delete", args=[review_world.review.reference])
    SourceDocumentFactory(review=review_world.review, agency=review_world.agency)
    refused = lead.post(url, {"reason": "Wrong case"})
    assert "holds evidence" in refused.content.decode()
    assert Review.objects.filter(pk=review_world.review.pk).exists()

    review_world.review.documents.all().delete()
    assert lead.post(url, {"reason": "Wrong case"}).status_code == 302
    assert not Review.objects.filter(pk=review_world.review.pk).exists()
    assert ReviewTombstone.objects.get().reason == "Created by mistake: Wrong case"
    assert client_for(review_world.reviewer).get(url).status_code == 404  # gone


def test_a_rapid_review_becomes_a_full_review_keeping_its_steps(review_world: ReviewWorld) -> None:
    from casewindow.process.services.process_templates import review_process_start

    review = review_world.review
    review.review_type = "rapid"
    review.notification_date = D(2026, 11, 2)
    review.save()
    review_process_start(actor=review_world.lead, review=review)
    rapid_steps = list(ReviewStep.objects.filter(review=review).values_list("title", flat=True))

    review_convert_to_full(
        actor=review_world.lead,
        review=review,
        review_type="lcspr_lt",
        commissioned_date=D(2026, 11, 20),
    )
    review.refresh_from_db()
    assert review.review_type == "lcspr_lt" and review.commissioned_date == D(2026, 11, 20)
    steps = list(ReviewStep.objects.filter(review=review).values_list("title", flat=True))
    assert steps[: len(rapid_steps)] == rapid_steps and len(steps) > len(rapid_steps)
    assert review.people.exists() and review.agencies.exists()
