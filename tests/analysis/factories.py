"""Factories for the analysis models. Each area only adds its own."""

import datetime

import factory
from factory.django import DjangoModelFactory

from tests.evidence.factories import DOCUMENT_TEXT, SourceDocumentFactory
from tests.factories import ReviewFactory

_EXCERPT_QUOTE = "the health visitor saw the child"


class ExcerptFactory(DjangoModelFactory):
    """A coded excerpt of page 1 of a document whose page holds the factories' DOCUMENT_TEXT.
    Pass `review` and a `document` of it (with that page)."""

    class Meta:
        model = "analysis.Excerpt"
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory)
    source = "document"
    document = factory.SubFactory(SourceDocumentFactory, review=factory.SelfAttribute("..review"))
    page = 1
    quote = _EXCERPT_QUOTE
    start = DOCUMENT_TEXT.decode().index(_EXCERPT_QUOTE)
    end = factory.LazyAttribute(lambda o: o.start + len(o.quote))
    prefix = factory.LazyAttribute(lambda o: DOCUMENT_TEXT.decode()[: o.start])
    suffix = factory.LazyAttribute(lambda o: DOCUMENT_TEXT.decode()[o.end :])
    memo = "Seen at home: a good chance to see the child's world."
    factor_keys = factory.LazyFunction(lambda: ["work-conditions"])


def _next_episode_number(review) -> int:
    from casewindow.analysis.models import KeyPracticeEpisode

    last = (
        KeyPracticeEpisode.objects.filter(review=review)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    return (last or 0) + 1


class KeyPracticeEpisodeFactory(DjangoModelFactory):
    class Meta:
        model = "analysis.KeyPracticeEpisode"
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory)
    number = factory.LazyAttribute(lambda o: _next_episode_number(o.review))
    title = factory.Sequence(lambda n: f"Home visit after the referral ({n})")
    what_happened = "The health visitor saw the child at home and noted a bruise."
    appraisal = "problematic"


class ContributoryFactorFactory(DjangoModelFactory):
    class Meta:
        model = "analysis.ContributoryFactor"

    episode = factory.SubFactory(KeyPracticeEpisodeFactory)
    node_key = "work-conditions"
    effect = "hindered"
    explanation = "Caseloads left no time to follow up."


# --- findings, recommendations and actions -------------------------------------------------


class FindingFactory(DjangoModelFactory):
    class Meta:
        model = "analysis.Finding"
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory)
    number = factory.Sequence(lambda n: n + 1)
    is_systems_finding = True
    pattern_area = "incidents-crises"
    statement = "Health visitors are not routinely invited to strategy discussions about babies."


class RecommendationFactory(DjangoModelFactory):
    class Meta:
        model = "analysis.Recommendation"
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory)
    number = factory.Sequence(lambda n: n + 1)
    kind = 1
    text = "Invite the health visitor to every strategy discussion about a baby."
    owner_text = "Children's social care"


class ActionItemFactory(DjangoModelFactory):
    class Meta:
        model = "analysis.ActionItem"

    recommendation = factory.SubFactory(RecommendationFactory)
    text = "Change the strategy discussion invitation list."
    owner = "Head of the front door"
    due_date = datetime.date(2030, 1, 31)
    status = "not_started"
