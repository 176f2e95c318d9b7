from casewindow.learning.models import LearningRelease
from casewindow.reviews.models import Review


def learning_release_of(*, review: Review) -> LearningRelease | None:
    return LearningRelease.objects.filter(review=review).select_related("released_by").first()
