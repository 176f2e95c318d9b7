"""Loads the demo review through the same services a user's actions go through, so the demo
also has a believable audit trail."""

from django.db import transaction
from django.test import override_settings

from casewindow.accounts import services as account_services
from casewindow.accounts.models import Partnership, PartnershipMembership, User
from casewindow.demo import setup
from casewindow.demo.analysis_agreement import demo_load_agreement
from casewindow.demo.analysis_episodes import demo_load_episodes
from casewindow.demo.analysis_excerpts import demo_load_excerpts
from casewindow.demo.analysis_findings import demo_load_findings
from casewindow.demo.analysis_narrative import demo_load_narrative
from casewindow.demo.annual import demo_load_annual
from casewindow.demo.anonymisation import demo_load_anonymisation
from casewindow.demo.drafts import demo_load_drafts
from casewindow.demo.evidence_corrections import demo_load_corrections
from casewindow.demo.evidence_loader import demo_load_evidence
from casewindow.demo.language import demo_load_language
from casewindow.demo.learning import demo_load_learning
from casewindow.demo.logo import demo_load_logo
from casewindow.demo.partnership_year import demo_load_partnership_year
from casewindow.demo.reports import demo_load_report
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Review, ReviewStage
from casewindow.reviews.services import memberships as membership_services


# The demo's people are fictional: nothing it does (invitations, notices to practitioners)
# may send e-mail.
@override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
@transaction.atomic
def demo_load(*, reset: bool = False) -> tuple[Review, bool]:
    """Create the demo review (and its users) unless it exists. Returns (review, created)."""
    existing = Review.objects.filter(reference=setup.REVIEW["reference"]).first()
    if existing and not reset:
        return existing, False
    if existing:
        # Evidence first: agencies and people cannot go while evidence still points at them.
        existing.excerpts.all().delete()
        existing.chronology_entries.all().delete()
        existing.chronology_imports.all().delete()
        existing.conversations.all().delete()
        existing.delete()

    users: dict[str, User] = {}
    for email, name, job, _p_role, _r_role, _agency in setup.USERS:
        user = User.objects.filter(email=email).first() or User.objects.create_user(
            email=email, full_name=name, job_title=job
        )
        user.set_password(setup.DEMO_PASSWORD)
        user.save()
        users[email] = user
    lead = users[setup.USERS[0][0]]

    partnership = Partnership.objects.filter(name=setup.PARTNERSHIP).first()
    if partnership is None:
        partnership = account_services.partnership_create(actor=lead, name=setup.PARTNERSHIP)
    for email, _n, _j, p_role, _r, _a in setup.USERS:
        if (
            p_role
            and not PartnershipMembership.objects.filter(
                partnership=partnership, user=users[email]
            ).exists()
        ):
            account_services.partnership_member_add(
                actor=lead, partnership=partnership, user=users[email], role=p_role
            )

    if not partnership.logo_png:
        demo_load_logo(partnership=partnership, lead=lead)
    review = review_services.review_create(actor=lead, partnership=partnership, **setup.REVIEW)
    for text in setup.RESEARCH_QUESTIONS:
        review_services.research_question_save(actor=lead, review=review, text=text)

    agencies = {}
    for name, kind, label, contact in setup.AGENCIES:
        agencies[name] = review_services.agency_save(
            actor=lead,
            review=review,
            values={"name": name, "kind": kind, "publication_label": label, "contact": contact},
        )
    for real_name, aliases, category, label, agency, job, dob in setup.PEOPLE:
        review_services.person_save(
            actor=lead,
            review=review,
            values={
                "real_name": real_name,
                "aliases": aliases,
                "category": category,
                "publication_label": label,
                "agency": agencies.get(agency) if agency else None,
                "job_title": job,
                "date_of_birth": dob,
                "notes": "",
            },
        )
    for email, _n, _j, _p, r_role, agency in setup.USERS[1:]:
        membership_services.membership_add(
            actor=lead,
            review=review,
            user=users[email],
            role=r_role,
            agency=agencies.get(agency) if agency else None,
        )
    demo_load_evidence(review=review, users=users, lead=lead)
    demo_load_corrections(review=review, users=users, lead=lead)
    # Analysis, in the order the method builds it: episodes, then the findings they show, then
    # the excerpts coded to both.
    demo_load_episodes(review=review, users=users, lead=lead)
    demo_load_findings(review=review, users=users, lead=lead)
    demo_load_excerpts(review=review, users=users, lead=lead)
    demo_load_report(review=review, users=users, lead=lead)
    demo_load_language(review=review, users=users, lead=lead)
    demo_load_agreement(review=review, users=users, lead=lead)
    demo_load_narrative(review=review, users=users, lead=lead)
    demo_load_drafts(review=review, users=users, lead=lead)
    demo_load_anonymisation(review=review, users=users, lead=lead)
    demo_load_partnership_year(review=review, users=users, lead=lead)
    # Where the review stands: its drafts are out to the case group for comment.
    for stage in (ReviewStage.EVIDENCE, ReviewStage.ANALYSIS, ReviewStage.DRAFTING):
        review_services.review_set_stage(actor=lead, review=review, stage=stage)
    demo_load_learning(review=review, users=users, lead=lead)
    demo_load_annual(review=review, users=users, lead=lead)
    return review, True
