"""The access matrix for the document and search URLs: every visitor gets exactly what
docs/access.md says, reads and refusals are logged, and a document of another review is
404 under this review's reference. (The project-wide matrix in tests/accounts reads the same
tables; this runs them with a real document, whose original file must exist to download.)"""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

import tests.accounts.test_access_matrix as matrix
from casewindow.accounts.models import ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.conftest import ReviewWorld
from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory
from tests.factories import MembershipFactory, ReviewFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("memory_storage")]

URL_NAMES = sorted(
    name
    for name in matrix.DOC_URLS
    if name.startswith("evidence:document_") or name == "evidence:search"
)
DOCUMENT_URLS = [name for name in URL_NAMES if "document_id" in matrix.ROUTES[name].kwargs]


def test_every_document_and_search_url_is_in_the_docs() -> None:
    ours = {
        name
        for name in matrix.ROUTES
        if name.startswith("evidence:document_") or name == "evidence:search"
    }
    assert ours == set(URL_NAMES)
    assert len(URL_NAMES) == 9


def _url(world: ReviewWorld, name: str, document_uuid: object) -> str:
    kwargs = {"reference": world.review.reference}
    if "document_id" in matrix.ROUTES[name].kwargs:
        kwargs["document_id"] = document_uuid
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize(
    ("url_name", "visitor", "expected"),
    [
        pytest.param(name, visitor, matrix.expected_status(name, visitor), id=f"{name}-{visitor}")
        for name in URL_NAMES
        for visitor in matrix.VISITORS
    ],
)
def test_access_matrix_for_documents_and_search(
    review_world: ReviewWorld,
    client_for: Callable[[User | None], Client],
    url_name: str,
    visitor: str,
    expected: int,
) -> None:
    document = SourceDocumentFactory(review=review_world.review)
    DocumentPageFactory(document=document, number=1)
    url = _url(review_world, url_name, document.uuid)
    _, method = matrix.DOC_URLS[url_name]
    user = matrix.visitor_user(review_world, visitor)

    client = client_for(user)
    response = client.post(url) if method == "POST" else client.get(url)

    assert response.status_code == expected, f"{method} {url} as {visitor}"
    if user is None:
        return
    events = AuditEvent.objects.filter(actor=user, review=review_world.review)
    if expected == 403:
        assert events.filter(action=AuditAction.ACCESS_DENIED).exists()
    elif expected == 200:
        assert events.filter(action=AuditAction.VIEW, path=url).exists()
    elif expected == 404:
        assert not events.exists()


@pytest.mark.parametrize("url_name", DOCUMENT_URLS)
def test_a_document_of_another_review_gives_404_under_this_reviews_reference(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    lead = review_world.lead
    other = ReviewFactory(partnership=review_world.partnership)
    MembershipFactory(review=other, user=lead, role=ReviewRole.LEAD_REVIEWER)
    document = SourceDocumentFactory(review=other)
    client = client_for(lead)
    _, method = matrix.DOC_URLS[url_name]

    in_own_review = reverse(
        url_name, kwargs={"reference": other.reference, "document_id": document.uuid}
    )
    under_wrong_review = reverse(
        url_name, kwargs={"reference": review_world.review.reference, "document_id": document.uuid}
    )

    own = client.post(in_own_review) if method == "POST" else client.get(in_own_review)
    assert own.status_code == (302 if method == "POST" else 200)
    assert client.get(under_wrong_review).status_code == 404
    assert client.post(under_wrong_review).status_code == 404
    assert not AuditEvent.objects.filter(
        action=AuditAction.DOWNLOAD, review=review_world.review
    ).exists()
