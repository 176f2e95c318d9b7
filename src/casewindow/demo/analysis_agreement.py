"""Demo agreement check for the Child J review: the lead reviewer and the reviewer coded the
factors of the 8 key practice episodes independently, agreed on most of them (kappa between
about 0.4 and 0.8 in most areas of the framework), and settled a shared coding that is the
demo's shared coding. Every name and event is invented. Loads after the demo episodes."""

from casewindow.accounts.models import User
from casewindow.analysis.models import KeyPracticeEpisode
from casewindow.analysis.selectors.agreement import round_comparison
from casewindow.analysis.services import agreement as agreement_services
from casewindow.demo import setup
from casewindow.reviews.models import Review

CONTACT = "role/how-often-they-had-contact-with-the-family"
ROLE_FOCUS = "role/what-their-role-asked-them-to-focus-on"
RELATIONSHIP = "family/relationship-between-professional-and-family-members"
ENGAGE = "family/willingness-to-engage-availability-for-meetings"
PRESENTED = "family/how-the-problem-is-presented-asking-for-help-hostile-avoidan"
KNOWLEDGE = "personal/knowledge-skills-and-expertise"
MINDSET = "personal/mindset-and-reasoning-at-the-time"
ATTENTION = "personal/attention-what-else-they-were-doing-at-that-moment"
IT = "work-conditions/it-systems-forms-and-other-tools"
TIMING = "work-conditions/timing-shift-patterns-holidays-busy-periods"
WORKLOAD = "work-conditions/workload"
MANAGERS = "work-conditions/managerial-support"
SUPERVISION = "own-team/getting-help-advice-and-supervision"
KNOWING = "inter-agency/knowing-who-else-is-involved-and-what-they-do"
SHARING = "inter-agency/sharing-information-what-when-how-with-whom"
RISK = "inter-agency/shared-understanding-of-risk-and-of-the-plan"
ROLES = "inter-agency/clarity-of-roles-and-lead-responsibility"
POLICIES = "organisation/policies-procedures-and-guidance"
TRAINING = "organisation/training-and-professional-development"
PRIORITIES = "organisation/priorities-targets-and-performance-measures"
RESOURCES = "organisation/resources-matched-to-demand"

# Episode number -> (the lead reviewer's coding, the reviewer's coding), each a list of
# (node, effect, explanation). The lead's explanations of the factors that were kept became
# the shared coding's.
CODINGS: dict[int, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    1: (
        [
            (
                CONTACT,
                "helped",
                "Regular home visits meant the health visitor knew Mother well "
                "enough to notice the change and to be trusted with the conversation.",
            ),
            (
                RELATIONSHIP,
                "helped",
                "Mother was open with a practitioner she had come to "
                "trust, and agreed to the referral.",
            ),
            (ENGAGE, "helped", "Mother kept every appointment in the first three months."),
        ],
        [
            (CONTACT, "helped", "Frequent visits: the HV had a baseline to compare against."),
            (RELATIONSHIP, "helped", "Trust between Mother and HV made consent easy to seek."),
            (KNOWLEDGE, "helped", "HV confident with the EPDS and the perinatal pathway."),
        ],
    ),
    2: (
        [
            (
                POLICIES,
                "hindered",
                "Early Help guidance did not ask for checks on new adults joining a household.",
            ),
            (SHARING, "hindered", "Closure summaries went to the family, not to the referrer."),
            (
                PRIORITIES,
                "hindered",
                "Early Help was measured on how quickly referrals were closed.",
            ),
        ],
        [
            (POLICIES, "hindered", "No step in the guidance about a new partner in the home."),
            (SHARING, "hindered", "The health visitor never heard the referral was closed."),
            (ROLES, "hindered", "Nobody owned the case between the front door and Early Help."),
        ],
    ),
    3: (
        [
            (
                IT,
                "hindered",
                "The liaison form was a separate paper form that the ED system did not prompt for.",
            ),
            (TIMING, "hindered", "Saturday evening: the department was at full stretch."),
        ],
        [
            (IT, "hindered", "Paper liaison form, not prompted by the ED record."),
            (SHARING, "hindered", "No liaison note reached the health visitor or the GP."),
            (ROLE_FOCUS, "hindered", "Triage focused on the head injury, not on who the baby was."),
        ],
    ),
    4: (
        [
            (
                KNOWING,
                "hindered",
                "The social worker did not know which health visitor was allocated.",
            ),
            (
                WORKLOAD,
                "hindered",
                "Three strategy discussions were arranged in the team that morning.",
            ),
            (
                POLICIES,
                "both",
                "The procedure names health as a partner but not which health professional.",
            ),
        ],
        [
            (KNOWING, "hindered", "Allocated HV not known to the social worker."),
            (WORKLOAD, "hindered", "The team was arranging several strategy discussions at once."),
            (POLICIES, "hindered", "Procedure vague about which health professional to invite."),
        ],
    ),
    5: (
        [
            (
                MINDSET,
                "hindered",
                "The visit was framed as about domestic abuse; the bruise was "
                "read within that frame as a separate, minor matter.",
            ),
            (
                TRAINING,
                "hindered",
                "The bruising protocol was not part of induction for new assessment workers.",
            ),
            (PRESENTED, "hindered", "Mother offered an explanation at once and calmly."),
        ],
        [
            (
                MINDSET,
                "hindered",
                "The worker was there about domestic abuse; the bruise did not fit that picture.",
            ),
            (KNOWLEDGE, "hindered", "ASYE worker, not yet confident with the bruising protocol."),
            (TRAINING, "hindered", "Induction did not cover bruising in non-mobile babies."),
        ],
    ),
    6: (
        [
            (SHARING, "hindered", "The nursery assumed the allocated worker already knew."),
            (SUPERVISION, "hindered", "The nursery's designated lead was on leave that week."),
        ],
        [
            (SHARING, "hindered", "Body map kept on the nursery file, not sent on."),
            (MANAGERS, "hindered", "No one covering for the designated lead."),
        ],
    ),
    7: (
        [
            (
                RISK,
                "hindered",
                "The police did not know the safety plan depended on the bail conditions.",
            ),
            (IT, "hindered", "No system notifies children's social care when bail ends."),
        ],
        [
            (RISK, "hindered", "Police unaware that the plan rested on the bail conditions."),
            (SHARING, "hindered", "The end of bail was not passed on to social care."),
            (IT, "hindered", "Nothing tells social care automatically when bail ends."),
        ],
    ),
    8: (
        [
            (
                IT,
                "hindered",
                "The incident system showed previous calls only on a separate screen.",
            ),
            (ATTENTION, "hindered", "New Year's night: officers had four calls waiting."),
        ],
        [
            (IT, "hindered", "Call history was on another screen of the incident system."),
            (ATTENTION, "hindered", "Officers under pressure from calls waiting."),
            (RESOURCES, "hindered", "Control room staffing not matched to New Year demand."),
        ],
    ),
}


def demo_load_agreement(*, review: Review, users: dict[str, User], lead: User) -> None:
    """A settled agreement check between the lead reviewer and the reviewer over the demo
    episodes, through the services; settling it leaves the shared coding as it was."""
    reviewer = users[setup.USERS[1][0]]
    episodes = {e.number: e for e in KeyPracticeEpisode.objects.alive().filter(review=review)}
    if not episodes:
        return
    agreement_round = agreement_services.agreement_round_start(
        actor=lead,
        review=review,
        coder_a=lead,
        coder_b=reviewer,
        episodes=list(episodes.values()),
    )
    for number, codings in CODINGS.items():
        episode = episodes.get(number)
        if episode is None:
            continue
        for coder, coding in zip((lead, reviewer), codings, strict=True):
            for node_key, effect, explanation in coding:
                agreement_services.agreement_code_add(
                    actor=coder,
                    agreement_round=agreement_round,
                    episode=episode,
                    node_key=node_key,
                    effect=effect,
                    explanation=explanation,
                )
    agreement_services.agreement_complete(actor=reviewer, agreement_round=agreement_round)
    agreement_round = agreement_services.agreement_complete(
        actor=lead, agreement_round=agreement_round
    )
    # Keep exactly what the demo's shared coding holds, as it holds it.
    decisions = []
    for comparison in round_comparison(agreement_round, with_shared=True):
        for item in comparison.items:
            shared = item.shared
            decisions.append(
                agreement_services.Decision(
                    key=item.key,
                    keep=shared is not None,
                    effect=shared.effect if shared else "",
                    explanation=shared.explanation if shared else "",
                )
            )
    agreement_services.agreement_settle(
        actor=lead,
        agreement_round=agreement_round,
        expected_version=agreement_round.version,
        decisions=decisions,
    )
