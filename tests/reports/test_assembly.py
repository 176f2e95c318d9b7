"""The report is assembled from the review's own data, in the order of a Learning Together
report, with stable keys; professionals and the review team appear by role, never by name."""

import pytest

from casewindow.accounts.models import ReviewRole
from casewindow.analysis.models import Appraisal, RecommendationKind
from casewindow.analysis.services.findings import finding_remove
from casewindow.analysis.services.numbering import findings_renumber, recommendations_renumber
from casewindow.reports.assembly import NOT_WRITTEN, build_report
from casewindow.reports.content import ReportContent
from casewindow.reports.sections import text_blocks
from casewindow.reports.services import report_section_save
from casewindow.reviews.models import PersonCategory
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import AgencyFactory, MembershipFactory, PersonFactory, UserFactory
from tests.world import build_review_world

pytestmark = pytest.mark.django_db

# Title page and contents are unnumbered; the parts run from 1.
TOP_LEVEL = [
    ("executive-summary", "1"),
    ("introduction", "2"),
    ("terms-of-reference", "3"),
    ("methodology", "4"),
    ("case-in-brief", "5"),
    ("appraisal", "6"),
    ("findings", "7"),
    ("recommendations", "8"),
    ("appendices", "9"),
]


def _rich_review():
    world = build_review_world()
    review = world.review
    review.summary = "Child J was 14 months old when taken to hospital."
    review.save()
    police = AgencyFactory(review=review, name="Eastshire Police", publication_label="Police")
    professional = PersonFactory(
        review=review,
        real_name="Gareth Evans",
        aliases=["PC Evans"],
        category=PersonCategory.PROFESSIONAL,
        publication_label="Police Officer 1",
        agency=police,
    )
    PersonFactory(
        review=review,
        real_name="Chloe Kowalski",
        category=PersonCategory.PARENT_CARER,
        publication_label="Mother",
    )
    first = KeyPracticeEpisodeFactory(
        review=review, title="Call-out to the home", appraisal=Appraisal.GOOD
    )
    first.agencies.add(police)
    first.people.add(professional)
    ContributoryFactorFactory(episode=first)
    second = KeyPracticeEpisodeFactory(review=review, title="Referral closed")
    case_specific = FindingFactory(
        review=review, number=1, is_systems_finding=False, statement="Case point."
    )
    systems = FindingFactory(
        review=review,
        number=2,
        statement="Systems pattern.",
        introduction="In short.",
        questions="- How does the board know?",
    )
    systems.episodes.add(first, second)
    recommendation = RecommendationFactory(
        review=review, kind=RecommendationKind.COMPETING_PRIORITIES, owner_agency=police
    )
    recommendation.findings.add(systems)
    MembershipFactory(
        review=review,
        user=UserFactory(full_name="Priya Natarajan", job_title="Health visitor"),
        role=ReviewRole.PARTICIPANT,
        agency=police,
    )
    # As the services do after every change: one number each, in the report's order.
    findings_renumber(review)
    recommendations_renumber(review)
    systems.refresh_from_db()
    case_specific.refresh_from_db()
    return world, systems, case_specific


def test_every_part_is_present_in_the_order_of_the_report_structure():
    world, _systems, _case = _rich_review()
    content = build_report(world.review)
    assert [(s.key, s.number) for s in content.sections] == TOP_LEVEL
    appendices = content.section("appendices")
    assert [s.key for s in appendices.subsections] == [
        "kpe-table",
        "action-plan",
        "contributors",
        "glossary",
        "independence",
    ]
    for key in ("introduction-why", "methodology-family", "methodology-limitations"):
        assert content.section(key).editable
    assert not content.section("findings").editable
    # Keys are unique, so comments and differences can be matched on them.
    keys = [s.key for s in content.walk()]
    assert len(keys) == len(set(keys))


def test_findings_are_numbered_systems_findings_first_with_the_findings_headings():
    world, systems, case_specific = _rich_review()
    content = build_report(world.review)
    findings = content.section("findings").subsections
    assert [(s.key, s.number) for s in findings] == [
        (f"finding-{systems.uuid}", "7.1"),
        (f"finding-{case_specific.uuid}", "7.2"),
    ]
    assert findings[0].title == "Finding 1: Systems pattern."
    headings = [b.text for b in findings[0].blocks if b.kind == "heading"]
    assert headings[0] == "Introduction"
    assert headings[-1] == "Questions for the partnership to consider"
    assert any("Key practice episodes 1 and 2" in b.text for b in findings[0].blocks)


def test_recommendations_are_grouped_by_kind_with_owner_and_linked_findings():
    world, _systems, _case = _rich_review()
    content = build_report(world.review)
    groups = content.section("recommendations").subsections
    assert [g.key for g in groups] == ["recommendations-kind-2"]
    items = [i for b in groups[0].blocks if b.kind == "list" for i in b.items]
    assert "Owner: Police" in items
    assert "Finding: 1" in items


def test_kpe_table_appendix_is_a_table_with_a_header_row_and_one_row_per_episode():
    world, _systems, _case = _rich_review()
    table = build_report(world.review).section("kpe-table").blocks[0]
    assert table.kind == "table"
    assert table.rows[0][0] == "No."
    assert [row[1] for row in table.rows[1:]] == ["Call-out to the home", "Referral closed"]
    assert table.rows[1][3] == "Police"  # the agency's publication label


def test_no_real_name_of_the_register_or_the_team_appears_in_the_report():
    world, _systems, _case = _rich_review()
    content = build_report(world.review)
    text = "\n".join(content.strings())
    for person in world.review.people.all():
        assert person.real_name not in text
        for alias in person.aliases:
            assert alias not in text
    for user in world.users.values():
        assert user.full_name not in text
    assert "Priya Natarajan" not in text
    assert "Eastshire Police" not in text  # agencies by publication label
    contributors = content.section("contributors")
    assert ("Case group", "Health visitor", "Police") in contributors.blocks[-1].rows
    family = content.section("introduction-family").blocks[1].items
    assert "Mother (parent or carer)" in family


def test_free_text_sections_come_from_what_the_reviewers_wrote():
    world, _systems, _case = _rich_review()
    before = build_report(world.review)
    assert before.section("glossary").blocks[0].text == NOT_WRITTEN
    report_section_save(
        actor=world.lead,
        review=world.review,
        key="glossary",
        body="Terms used:\n- MASH: the hub\n- EPDS: a questionnaire",
        expected_version=0,
    )
    glossary = build_report(world.review).section("glossary")
    assert [b.kind for b in glossary.blocks] == ["paragraph", "list"]
    assert glossary.blocks[1].items == ("MASH: the hub", "EPDS: a questionnaire")


def test_the_report_survives_the_json_round_trip_drafts_rely_on():
    world, _systems, _case = _rich_review()
    content = build_report(world.review, status="Draft 1")
    assert ReportContent.from_json(content.to_json()) == content
    assert content.status == "Draft 1"


def test_text_blocks_splits_paragraphs_and_bullets():
    blocks = text_blocks("One line\nsame paragraph.\n\n- first\n- second\n  continues\n\nEnd.")
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph"]
    assert blocks[0].text == "One line same paragraph."
    assert blocks[1].items == ("first", "second continues")
    assert text_blocks("  \n\n ") == ()


def test_removed_analysis_is_left_out():
    world, systems, _case = _rich_review()
    finding_remove(actor=world.lead, review=world.review, finding=systems)
    content = build_report(world.review)
    assert content.section(f"finding-{systems.uuid}") is None
    assert [s.number for s in content.section("findings").subsections] == ["7.1"]


@pytest.mark.django_db
def test_the_case_in_brief_carries_the_multi_agency_narrative_with_each_agencys_perspective():
    from tests.analysis.factories_narrative import narrative_section_with_perspective

    world = build_review_world()
    review, lead = world.review, world.lead
    agency = AgencyFactory(review=review, name="Health visiting", publication_label="Agency H")
    perspective = narrative_section_with_perspective(review, agency, lead)

    case = build_report(review).section("case-in-brief")

    [part] = case.subsections
    assert part.number == "5.1"
    assert part.title == "Pregnancy to birth (March to June 2024)"
    texts = [block.text for block in part.blocks]
    assert "The family was known to universal services only." in texts
    assert "Agency H" in texts
    assert perspective.body in texts
