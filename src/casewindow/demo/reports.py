"""Demo report: the free-text sections the review team wrote for Child J's report (the rest of
the report is drawn from the demo analysis). Fictional, like the whole demo case."""

from casewindow.accounts.models import User
from casewindow.demo.when import moved
from casewindow.reports.services import report_section_save
from casewindow.reviews.models import Review

SECTIONS = {
    "executive-summary": (
        "In February 2025 Child J, aged 14 months, was seriously injured at home. Six agencies "
        "had been in contact with the family in the year before. This review, carried out with "
        "the practitioners involved, asked why their work unfolded as it did rather than who "
        "was to blame.\n\n"
        "It found four patterns in how Northbridge's agencies work together that make it "
        "harder for any practitioner to keep a baby safe when a new adult joins the "
        "household: health visitors are not routinely part of strategy discussions about "
        "babies; information about an adult's past reaches some professionals by word of "
        "mouth only; bail conditions are not shared with the agencies who visit the home; and "
        "a nursery's concerns about attendance are recorded but not put together with "
        "others'.\n\n"
        "The partnership has agreed actions on each, from a change to the strategy discussion "
        "checklist to a decision for the executive group about automated notifications. The "
        "action plan at the end of this report shows who will do what, and by when."
    ),
    "introduction-why": (
        "In February 2025 Child J, then 14 months old, was brought to Northbridge General "
        "Hospital by ambulance with a fractured skull. A skeletal survey found older rib "
        "fractures at different stages of healing. Child J survived and now lives with "
        "Maternal grandmother under a care order; Child K lives there too.\n\n"
        "The Northbridge Safeguarding Children Partnership notified the national panel within "
        "five working days and held a rapid review on 6 March 2025. The rapid review found "
        "that the case met the criteria for a local child safeguarding practice review: a "
        "child had been seriously harmed, abuse or neglect was known or suspected, and the "
        "case appeared to hold important learning about how agencies in Northbridge work "
        "together, particularly when a new adult joins a household with a baby.\n\n"
        "The partnership chose the Learning Together systems model so that the review would "
        "explain why practice unfolded as it did, and find what in the local system makes "
        "safe practice harder, rather than judge individual practitioners with hindsight."
    ),
    "methodology-family": (
        "Mother and Maternal grandmother were told about the review by letter, and then in "
        "person by the lead reviewer, with an interpreter for Maternal grandmother, whose "
        "first language is Polish. Maternal grandmother met the lead reviewer twice and spoke "
        "about Child J's first year, her worries about Adult M and how hard she had found it "
        "to know whom to tell. She said that professionals “should have listened” when she "
        "first raised her worries; her words are quoted as she said them.\n\n"
        "Mother chose not to meet the reviewers while criminal proceedings were under way, but "
        "agreed that her account to the police could be summarised for the review. Adult M "
        "was not approached, on the advice of the police. Child K, aged 6, was not asked "
        "directly; what Child K said to school staff and the nursery has been included with "
        "care.\n\n"
        "Mother and Maternal grandmother will be offered the report before it is published."
    ),
    "methodology-limitations": (
        "- The review ran alongside a criminal investigation. Adult M did not take part, and "
        "some police records could be shared only in summary.\n"
        "- A locum GP who saw Child J during the period under review had left the area and "
        "could not be reached for a conversation.\n"
        "- With hindsight, the Early Help closure in October 2024 looks like the point where "
        "agencies' pictures of the household began to differ; the review has tried to describe "
        "it as it looked at the time.\n"
        "- Early Help records for the period before the referral was closed were incomplete "
        "because of a change of case-recording system in May 2024.\n"
        "- The review looked at one family; its findings are tested against what the case "
        "group and other reviews say about how usual these patterns are, but not against new "
        "audit data."
    ),
    "glossary": (
        "- Early Help: support for families below the threshold for children's social care, "
        "led by a lead professional.\n"
        "- EPDS: the Edinburgh Postnatal Depression Scale, a questionnaire health visitors use "
        "to screen for low mood after a birth.\n"
        "- Key practice episode: a point in the case where practice significantly shaped what "
        "happened next.\n"
        "- MASH: the Multi-Agency Safeguarding Hub, where referrals about children are "
        "screened and information is shared between agencies.\n"
        "- Strategy discussion: a meeting of agencies, led by children's social care, to "
        "decide whether to start child protection enquiries.\n"
        "- Bruising protocol: the partnership's guidance on bruising and other marks in "
        "babies and children who are not independently mobile."
    ),
    "independence": (
        "The lead reviewer is an independent safeguarding consultant and a qualified social "
        "worker with more than twenty years' experience in children's services, trained in "
        "the Learning Together model. She has never been employed by any agency involved in "
        "this review or worked in Northbridge.\n\n"
        "The second reviewer is a safeguarding partnership reviewer from a neighbouring "
        "partnership, with a background in health visiting, who has had no involvement with "
        "Child J's family or with the services that worked with them."
    ),
}


def demo_load_report(*, review: Review, users: dict[str, User], lead: User) -> None:
    """Write the demo report's free-text sections, as the lead reviewer."""
    for key, body in SECTIONS.items():
        report_section_save(actor=lead, review=review, key=key, body=body, expected_version=None)


# The case as written, moved to today's years (casewindow.demo.when).
SECTIONS = moved(SECTIONS)
