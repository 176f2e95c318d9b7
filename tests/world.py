"""A review with one member in every role, the partnership around it and an outsider — the
world most tests start from (as healthchecks' tests start from an owner, a member and an
outsider)."""

from dataclasses import dataclass
from typing import Any

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.reviews.models import Agency, Person, ResearchQuestion, Review
from tests.factories import (
    AgencyFactory,
    MembershipFactory,
    PartnershipFactory,
    PartnershipMembershipFactory,
    PersonFactory,
    ResearchQuestionFactory,
    ReviewFactory,
    UserFactory,
)


@dataclass
class ReviewWorld:
    """One partnership, one review with a member in every role, and someone outside both.

    The lead reviewer is the partnership's business manager; the board reader is a plain
    member of the partnership; the other roles belong to the review only."""

    partnership: Partnership
    review: Review
    users: dict[str, User]  # by review role, plus "non_member"
    memberships: dict[str, Membership]  # by review role
    agency: Agency
    person: Person
    question: ResearchQuestion

    @property
    def lead(self) -> User:
        return self.users[ReviewRole.LEAD_REVIEWER]

    @property
    def reviewer(self) -> User:
        return self.users[ReviewRole.REVIEWER]

    @property
    def participant(self) -> User:
        return self.users[ReviewRole.PARTICIPANT]

    @property
    def board_reader(self) -> User:
        return self.users[ReviewRole.BOARD_READER]

    @property
    def observer(self) -> User:
        return self.users[ReviewRole.OBSERVER]

    @property
    def outsider(self) -> User:
        return self.users["non_member"]


def build_review_world() -> ReviewWorld:
    partnership = PartnershipFactory()
    review = ReviewFactory(partnership=partnership)
    users: dict[str, User] = {}
    memberships: dict[str, Membership] = {}
    for role in ReviewRole:
        user = UserFactory(full_name=f"{role.label} Person")
        users[role] = user
        memberships[role] = MembershipFactory(review=review, user=user, role=role)
    PartnershipMembershipFactory(
        partnership=partnership, user=users[ReviewRole.LEAD_REVIEWER], role=PartnershipRole.MANAGER
    )
    PartnershipMembershipFactory(
        partnership=partnership, user=users[ReviewRole.BOARD_READER], role=PartnershipRole.MEMBER
    )
    users["non_member"] = UserFactory(full_name="Outside Person")
    agency = AgencyFactory(review=review)
    return ReviewWorld(
        partnership=partnership,
        review=review,
        users=users,
        memberships=memberships,
        agency=agency,
        person=PersonFactory(review=review, agency=agency),
        question=ResearchQuestionFactory(review=review),
    )


def world_drafts(world: ReviewWorld) -> tuple[Any, Any]:
    """Two drafts of the world's report, made the first time a test needs them: draft 1 shared
    with the participant and the board reader (comments open for two weeks), with one comment
    by the participant on its first section; draft 2 shared with nobody."""
    import datetime

    from django.utils import timezone

    from casewindow.drafts import services as draft_services
    from casewindow.drafts.models import Draft

    drafts = list(Draft.objects.filter(review=world.review).order_by("number")[:2])
    if len(drafts) == 2:
        return drafts[0], drafts[1]
    shared = draft_services.draft_create(actor=world.lead, review=world.review)
    draft_services.draft_share(
        actor=world.lead,
        draft=shared,
        users=[world.participant, world.board_reader],
        closes_on=timezone.localdate() + datetime.timedelta(days=14),
    )
    draft_services.draft_comment_add(
        actor=world.participant,
        draft=shared,
        section_key=shared.report.sections[0].key,
        text="The dates in this section do not match our records.",
    )
    unshared = draft_services.draft_create(actor=world.lead, review=world.review)
    return shared, unshared
