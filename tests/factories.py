"""Factories for the foundation's models. Later apps add theirs here (or in a sibling module
that imports these), so every test builds its world the same way."""

import factory
from factory.django import DjangoModelFactory

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.reviews.models import (
    Agency,
    AgencyKind,
    Person,
    PersonCategory,
    ResearchQuestion,
    Review,
    ReviewType,
)

# Every factory-made user can sign in with this password (long enough for the validators).
PASSWORD = "a-long-test-password-42"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    full_name = factory.Sequence(lambda n: f"Test User {n}")
    password = PASSWORD

    @classmethod
    def _create(cls, model_class: type[User], *args: object, **kwargs: object) -> User:
        # Through the manager, so the e-mail address is normalised and the password hashed.
        return model_class.objects.create_user(*args, **kwargs)


class PartnershipFactory(DjangoModelFactory):
    class Meta:
        model = Partnership

    name = factory.Sequence(lambda n: f"Test Safeguarding Partnership {n}")


class PartnershipMembershipFactory(DjangoModelFactory):
    class Meta:
        model = PartnershipMembership

    partnership = factory.SubFactory(PartnershipFactory)
    user = factory.SubFactory(UserFactory)
    role = PartnershipRole.MEMBER


class ReviewFactory(DjangoModelFactory):
    class Meta:
        model = Review

    partnership = factory.SubFactory(PartnershipFactory)
    reference = factory.Sequence(lambda n: f"TEST-{n:04d}")
    title = factory.Sequence(lambda n: f"Child {n}: a test review")
    review_type = ReviewType.LEARNING_TOGETHER

    @classmethod
    def _create(cls, model_class: type[Review], *args: object, **kwargs: object) -> Review:
        # References are stored in capitals (the service does the same).
        kwargs["reference"] = str(kwargs["reference"]).upper()
        return super()._create(model_class, *args, **kwargs)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    review = factory.SubFactory(ReviewFactory)
    user = factory.SubFactory(UserFactory)
    role = ReviewRole.REVIEWER


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    review = factory.SubFactory(ReviewFactory)
    name = factory.Sequence(lambda n: f"Test Agency {n}")
    kind = AgencyKind.OTHER


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    review = factory.SubFactory(ReviewFactory)
    real_name = factory.Sequence(lambda n: f"Real Name {n}")
    category = PersonCategory.CHILD
    publication_label = factory.Sequence(lambda n: f"Child {n}")


def _next_question_number(review: Review) -> int:
    last = review.research_questions.order_by("-number").values_list("number", flat=True).first()
    return (last or 0) + 1


class ResearchQuestionFactory(DjangoModelFactory):
    class Meta:
        model = ResearchQuestion

    review = factory.SubFactory(ReviewFactory)
    number = factory.LazyAttribute(lambda o: _next_question_number(o.review))
    text = factory.Sequence(lambda n: f"What helped and hindered practice ({n})?")
