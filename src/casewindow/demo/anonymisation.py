"""Demo anonymisation decisions for the Child J review: what the review team decided about the
text the publication check flagged — a few kept with their reasons, a few replaced, one decision
changed later (so the log shows a superseded entry). Two are left undecided — "Northbridge" (the
area, named in the research questions and the narrative) and "Northbridge General Hospital" — so a
newcomer sees the publication export blocked and can resolve them."""

from casewindow.accounts.models import User
from casewindow.anonymisation.services import decision_record
from casewindow.reviews.models import Review

# (who decided, text, category, decision, replacement, reason)
DECISIONS = [
    *(
        (
            "lead@demo.casewindow.test",
            text,
            "OTHER",
            "keep",
            "",
            "Part of a job title in the action plan (an action's owner), not a person's name.",
        )
        for text in ("Detective Inspector", "Safeguarding Review", "Safeguarding")
    ),
    (
        "lead@demo.casewindow.test",
        "Working Together",
        "OTHER",
        "keep",
        "",
        "Statutory guidance (Working Together to Safeguard Children 2023), not a person or place.",
    ),
    (
        "lead@demo.casewindow.test",
        "National Child Safeguarding Practice Review Panel",
        "OTHER",
        "keep",
        "",
        "A national body named in every review; it identifies no one in the family.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Acorns",
        "OTHER",
        "keep",
        "",
        "Thought to be a generic word in the nursery's name.",
    ),
    (
        "lead@demo.casewindow.test",
        "Acorns",
        "ORGANISATION",
        "replace",
        "[nursery]",
        "",
    ),
    (
        "lead@demo.casewindow.test",
        "Little Acorns Day Nursery",
        "ORGANISATION",
        "replace",
        "[nursery]",
        "",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Riverside Medical Practice",
        "ORGANISATION",
        "replace",
        "[GP practice]",
        "",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Learning Together",
        "OTHER",
        "keep",
        "",
        "The name of the review method (SCIE Learning Together), not a person.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "the Social Care Institute for Excellence",
        "OTHER",
        "keep",
        "",
        "The national body that developed the systems model; it identifies no one.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "the Multi-Agency Safeguarding Hub",
        "OTHER",
        "keep",
        "",
        "A kind of service every area has (the glossary explains MASH), not a named place.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "the Edinburgh Postnatal Depression Scale",
        "OTHER",
        "keep",
        "",
        "The name of a standard screening questionnaire, in the glossary.",
    ),
    (
        "lead@demo.casewindow.test",
        "the Crown Prosecution Service",
        "OTHER",
        "keep",
        "",
        "The national prosecuting authority; naming it identifies no one.",
    ),
    (
        "lead@demo.casewindow.test",
        "the Northbridge Recovery Service",
        "OTHER",
        "replace",
        "the local adult substance misuse service",
        "",
    ),
    (
        "lead@demo.casewindow.test",
        "Adult",
        "PERSON",
        "keep",
        "",
        "Part of the agency name 'Adult substance misuse service', not a person.",
    ),
    (
        "lead@demo.casewindow.test",
        "Nursery",
        "OTHER",
        "keep",
        "",
        "The agency heading ('Nursery's body map'), not a named nursery.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Workload",
        "OTHER",
        "keep",
        "",
        "A contributory factor heading from the Learning Together model.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Mindset",
        "OTHER",
        "keep",
        "",
        "A contributory factor heading from the Learning Together model.",
    ),
    (
        "reviewer@demo.casewindow.test",
        "Episode",
        "OTHER",
        "keep",
        "",
        "A table heading in the report, not a name.",
    ),
]


def demo_load_anonymisation(*, review: Review, users: dict[str, User], lead: User) -> None:
    for email, text, category, decision, replacement, reason in DECISIONS:
        decision_record(
            review=review,
            actor=users.get(email, lead),
            text=text,
            category=category,
            decision=decision,
            replacement=replacement,
            reason=reason,
        )
