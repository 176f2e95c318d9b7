"""Demo review: partnership, users, review set-up, agencies and people register."""

import datetime
from typing import Any

from django.utils import timezone

from casewindow.accounts.models import PartnershipRole, ReviewRole
from casewindow.demo.when import D, moved

PARTNERSHIP = "Northbridge Safeguarding Children Partnership"
DEMO_PASSWORD = "casewindow-demo"

# (email, full name, job title, partnership role, review role, agency name)
USERS = [
    (
        "lead@demo.casewindow.test",
        "Helen Marsh",
        "Independent lead reviewer",
        PartnershipRole.MANAGER,
        ReviewRole.LEAD_REVIEWER,
        None,
    ),
    (
        "reviewer@demo.casewindow.test",
        "Dev Chaudhry",
        "Safeguarding partnership reviewer",
        PartnershipRole.MEMBER,
        ReviewRole.REVIEWER,
        None,
    ),
    (
        "hv@demo.casewindow.test",
        "Priya Natarajan",
        "Health visitor",
        None,
        ReviewRole.PARTICIPANT,
        "Northbridge 0-19 Public Health Nursing Service",
    ),
    (
        "sw@demo.casewindow.test",
        "Tomasz Nowak",
        "Social worker, assessment team",
        None,
        ReviewRole.PARTICIPANT,
        "Northbridge Children's Social Care",
    ),
    (
        "board@demo.casewindow.test",
        "Margaret Osei",
        "Partnership independent scrutineer",
        PartnershipRole.MEMBER,
        ReviewRole.BOARD_READER,
        None,
    ),
    (
        "observer@demo.casewindow.test",
        "Sam Whitfield",
        "Trainee reviewer",
        None,
        ReviewRole.OBSERVER,
        None,
    ),
]


def commissioning(rapid_review: datetime.date) -> dict[str, datetime.date]:
    """The review was commissioned about five months before today (never before its rapid
    review) and is due six months after, so at the drafting stage it is on time."""
    today = timezone.localdate()
    commissioned = max(
        rapid_review + datetime.timedelta(days=14), today - datetime.timedelta(days=150)
    )
    target = commissioned + datetime.timedelta(days=183)
    return {"commissioned_date": commissioned, "target_publication_date": target}


REVIEW: dict[str, Any] = {
    "reference": "NSCP-2025-03",
    "title": "Child J: a Learning Together review of multi-agency practice",
    "review_type": "lcspr_lt",
    "scope_start": D(2024, 3, 1),
    "scope_end": D(2025, 2, 14),
    "summary": (
        "Child J was 14 months old when taken to hospital with a fractured skull and older rib "
        "fractures. Child J lived with Mother and Mother's partner (Adult M) and had an older "
        "sibling (Child K, aged 6). Several agencies were in contact with the family during the "
        "year before, including after a police call-out to a domestic incident."
    ),
    "terms_of_reference": (
        "The review will use the Learning Together systems model to understand how agencies "
        "worked with Child J's family between March 2024 and February 2025, and why practice "
        "unfolded as it did.\n\n"
        "It will look in particular at how information about Adult M reached the professionals "
        "working with Child J, how the domestic incident in October 2024 was followed up, and "
        "how Child J's injuries and developmental concerns were seen and responded to.\n\n"
        "The review will not seek to apportion blame or duplicate the criminal investigation. "
        "Practitioners involved will take part as the case group."
    ),
    "incident_date": D(2025, 2, 14),
    "notification_date": D(2025, 2, 19),
    "rapid_review_date": D(2025, 3, 6),
    # Set by commissioning() below: relative to today, so the review is where its stage says.
}

RESEARCH_QUESTIONS = [
    "How well do agencies in Northbridge share and act on information about new adults joining a household with a baby?",
    "What helps and hinders professionals in recognising and responding to bruising and other injuries in children who are not yet mobile?",
    "How effective is the multi-agency response to domestic abuse notifications where there are children under two in the household?",
    "How do practitioners hear the voice and daily experience of a pre-verbal child?",
]

# (name, kind, publication label, contact)
AGENCIES = [
    (
        "Northbridge Children's Social Care",
        "csc",
        "Children's social care",
        "Head of Service, Assessment",
    ),
    ("Eastshire Police", "police", "Police", "Detective Inspector, Safeguarding Review Unit"),
    (
        "Northbridge 0-19 Public Health Nursing Service",
        "health_visiting",
        "Health visiting service",
        "Named Nurse for Safeguarding",
    ),
    ("Riverside Medical Practice", "gp", "GP practice", "Safeguarding lead GP"),
    (
        "Northbridge General Hospital NHS Trust",
        "hospital",
        "Hospital trust",
        "Named Doctor for Safeguarding",
    ),
    ("Little Acorns Day Nursery", "education", "Nursery", "Manager"),
    ("Northbridge Homes", "housing", "Housing provider", "Tenancy services manager"),
    (
        "Northbridge Recovery Service",
        "substance_misuse",
        "Adult substance misuse service",
        "Clinical lead",
    ),
]

# (real name, aliases, category, publication label, agency, job title, date of birth)
PEOPLE = [
    ("Jayden Kowalski", ["JJ", "Jay"], "child", "Child J", None, "", D(2023, 12, 2)),
    ("Kacper Kowalski", ["Kacp"], "child", "Child K", None, "", D(2018, 7, 19)),
    ("Chloe Kowalski", ["Chloe Bennett"], "parent_carer", "Mother", None, "", D(2001, 5, 11)),
    (
        "Ryan Doherty",
        ["Ry", "Ryan Doherty-Clarke"],
        "other_adult",
        "Adult M",
        None,
        "",
        D(1996, 10, 3),
    ),
    ("Maria Kowalska", ["Babcia"], "other_family", "Maternal grandmother", None, "", None),
    (
        "Priya Natarajan",
        [],
        "professional",
        "Health Visitor 1",
        "Northbridge 0-19 Public Health Nursing Service",
        "Health visitor",
        None,
    ),
    (
        "Tomasz Nowak",
        [],
        "professional",
        "Social Worker 1",
        "Northbridge Children's Social Care",
        "Social worker, assessment team",
        None,
    ),
    (
        "Joanne Pike",
        [],
        "professional",
        "Team Manager 1",
        "Northbridge Children's Social Care",
        "Team manager, assessment team",
        None,
    ),
    (
        "Dr Amira Haddad",
        ["Dr Haddad"],
        "professional",
        "GP 1",
        "Riverside Medical Practice",
        "General practitioner",
        None,
    ),
    (
        "Gareth Evans",
        ["PC Evans"],
        "professional",
        "Police Officer 1",
        "Eastshire Police",
        "Response officer",
        None,
    ),
    (
        "Dr Oluwaseun Adeyemi",
        ["Dr Adeyemi"],
        "professional",
        "ED Doctor 1",
        "Northbridge General Hospital NHS Trust",
        "Emergency department registrar",
        None,
    ),
    (
        "Lucy Tran",
        [],
        "professional",
        "Nursery Key Worker",
        "Little Acorns Day Nursery",
        "Nursery practitioner",
        None,
    ),
    (
        "Mark Fenwick",
        [],
        "professional",
        "Recovery Worker 1",
        "Northbridge Recovery Service",
        "Recovery worker",
        None,
    ),
]

# The case as written, moved to today's years (casewindow.demo.when).
REVIEW = moved(REVIEW) | commissioning(D(2025, 3, 6))
RESEARCH_QUESTIONS = moved(RESEARCH_QUESTIONS)
PEOPLE = moved(PEOPLE)
