"""Tuning set 8 for the wording check: hard negatives (factual exceptions, methodology text,
negated blame) and judgemental sentences with the same verbs. Written by the lead on
2026-12-05 before any rule change of that round; NOT blind (the writer knows the rules)."""

# ruff: noqa: E501
import json
from pathlib import Path

FACTUAL = [
    "The referral form failed to upload twice because the portal timed out.",
    "Child K missed four of the six dental appointments offered between May and September.",
    "The family's housing application failed at the first stage because the tenancy was in another name.",
    "Mother said she had missed the bus and arrived forty minutes late to the conference.",
    "The local authority's guidance states that a strategy discussion should be held within one working day.",
    "The paediatrician recorded a diagnosis of neglect after the second admission.",
    "The flat was inadequately heated and damp had spread across the bedroom wall.",
    "The school's attendance system flagged that Child M had missed twelve sessions in the term.",
    "Father's appeal against the benefit decision failed in March.",
    "The court found that the threshold for significant harm had been crossed on the grounds of neglect.",
    "The phone line at the out-of-hours service failed during the storm on 14 January.",
    "Child P's growth had faltered and she was referred to the dietitian.",
    "According to the procedures, the health visitor should complete a home environment assessment at the twelve-month review.",
    "The boiler failed in November and the family used an electric heater in the living room.",
    "The missed-appointment letter was sent to the old address.",
    "Mother described the previous tenancy as inadequate for a family of five.",
    "The police system failed to link the two addresses because one postcode was mistyped.",
    "The GP practice's protocol says that any child who misses two immunisation appointments should be discussed at the practice safeguarding meeting.",
    "The case was closed after the family missed the second early help review.",
    "The midwife recorded that Mother had failed her driving test the week before the birth.",
    "The neglect toolkit was introduced across the partnership in 2023.",
    "Child T missed the first two weeks of Year 7 while the family was in temporary accommodation.",
    "A lack of heating, food and clean clothing was recorded by the social worker on her first visit.",
    "The electronic record failed to show the child protection alert to the ambulance crew.",
    "The pre-birth assessment should start by the twentieth week of pregnancy under the local protocol.",
    "Father had been dismissed from his job in the warehouse shortly before the incident.",
    "The school nurse noted that the family had ignored two previous letters about the hearing test, as the parents later explained that the letters went to a relative.",
    "The multi-agency meeting was cancelled because the room booking failed.",
    "Mother told the health visitor that she had neglected her own health since the baby was born.",
    "Child J's inhaler had run out and the repeat prescription had not been collected.",
]

METHOD = [
    "The review deliberately avoided judging practice by the outcome, because outcome knowledge makes earlier decisions look worse than they were.",
    "Hindsight bias is the tendency to see events as more predictable than they were; the panel tried to counter it by asking what each practitioner knew at the time.",
    "The review team did not ask whether anyone should have acted differently, but why the actions taken made sense at the time.",
    "Counterfactual questions such as 'what if the referral had been made' were set aside in favour of understanding the conditions of the work.",
    "This report does not apportion blame, in line with the statutory guidance for local child safeguarding practice reviews.",
    "The systems methodology assumes that practitioners come to work to do a good job, and looks for the features of the system that made good practice harder.",
    "Where the report says that something did not happen, it is describing the record, not finding fault with an individual.",
    "The case group were asked to describe the pressures on them at the time rather than what they would do now with the benefit of hindsight.",
    "Conversations with practitioners were structured around what they knew, what they were trying to achieve and what got in the way.",
    "The lead reviewers were mindful that knowing the outcome can make missed signals appear obvious when they were not.",
    "The review sought to avoid the language of failure, which tends to end the inquiry at the individual rather than the system.",
    "The terms of reference asked the review to identify learning, not to decide whether any agency was at fault.",
    "It is easy, after a child has died, to believe that the signs were clear; the review has tried to resist that belief.",
    "Findings are framed as features of the system that could recur in other cases, rather than as errors by individual staff.",
    "The methodology treats the case as a window on the system, so the focus moves from who failed to why practice unfolded as it did.",
]

NEGATED = [
    "It would be wrong to say that the social worker failed to act; she was holding twenty-eight cases and the referral reached her on a Friday evening.",
    "This is not a finding that the health visitor missed the signs, but that the signs were spread across three records she could not see.",
    "The panel does not consider that the school neglected its duties; the concern was logged in the way the system required.",
    "None of this means that the GP should have known about the domestic abuse; the information was held by the police and not shared.",
    "The review does not conclude that the police response was inadequate, but that the risk assessment tool did not ask about children in the house.",
    "Rather than a failure by the midwife, this was a gap in the handover between maternity and community services.",
    "No individual is to blame for the delay; the referral sat in a shared inbox that nobody was allocated to monitor.",
    "It is not the review's view that anyone ignored the concern; the concern was recorded under a different child's name.",
]

JUDGEMENTAL = [
    ("classic", "The social worker failed to see the children alone on any of the four visits."),
    ("classic", "The health visitor missed the significance of the baby's weight loss."),
    (
        "classic",
        "The GP should have referred the family to children's social care after the second injury.",
    ),
    ("classic", "Police officers ignored the child's account and spoke only to Father."),
    (
        "classic",
        "The school neglected to tell the social worker that Child K had stopped attending.",
    ),
    (
        "intensified_inadequacy",
        "The assessment was inadequate and did not consider the new partner at all.",
    ),
    (
        "intensified_inadequacy",
        "The practitioners did not challenge Mother's account robustly enough.",
    ),
    ("moralising", "There can be no excuse for closing the case without seeing the child."),
    (
        "counterfactual",
        "If the nurse had asked about the bruising, the abuse would have come to light in March.",
    ),
    (
        "imagined_better",
        "A more curious practitioner would have asked who else was living at the flat.",
    ),
    (
        "modal_adverb",
        "The manager could easily have checked the chronology before agreeing to close the case.",
    ),
    ("classic", "The risk to the baby was obvious and should never have been overlooked."),
]

# Second batch, written after the first batch's rules, measured before its own (3 of 30 flagged).
METHOD2 = [
    "Reviewers are prone to outcome bias: when the result is tragic, decisions are judged more harshly than they would otherwise be.",
    "The panel reminded itself throughout that the practitioners did not know how the story would end.",
    "Asking why a professional missed something tends to close the inquiry too early, so the review asked what the professional was paying attention to instead.",
    "The review does not use the phrase 'missed opportunity', because it assumes the opportunity was visible at the time.",
    "In keeping with the systems approach, the report describes what happened and why it made sense, not what ought to have happened.",
    "Practitioners were invited to the case group on the understanding that the review would not look for someone to blame.",
    "A common trap in reviews is to list every point at which someone could have acted differently; this review has tried to avoid it.",
    "The chronology records what each agency knew on each date, so that decisions can be read in the light of that knowledge rather than of the outcome.",
    "Where the review refers to an opportunity, it means a point at which the system could have offered help, not a lapse by an individual.",
    "It is a feature of hindsight that the one piece of information that turned out to matter stands out from the hundreds that did not.",
    "Lead reviewers checked every draft finding for language that implied individual fault and reworded it.",
    "The review has tried to understand the local rationality of each decision.",
]
NEG2 = [
    "The delay was not the result of any individual's carelessness but of a duty rota that left the screening desk unstaffed on Fridays.",
    "Nobody in the case group ignored the school's concern; it arrived as an attachment that the triage system did not open.",
    "The review found no evidence that the GP neglected the child's health; the practice's recall list simply did not include children in temporary housing.",
    "To describe this as a failure by the paramedics would miss the point that their guidance said nothing about older siblings.",
    "The health visitor's decision was not a lapse in judgement but a reasonable reading of the information she had.",
    "This should not be read as criticism of the duty social worker, who followed the procedure she had been trained in.",
    "Far from being ignored, the referral was discussed twice, and each time the threshold guidance pointed to early help.",
    "The question is not whether the midwife should have asked, but why the booking form made it so easy not to.",
]
FACT2 = [
    "The girl told the nurse she had missed her period and was worried she was pregnant.",
    "The car failed its MOT and Father could no longer drive the children to school.",
    "Father failed a drug test in June, which the court took into account.",
    "The CCTV camera at the front of the hostel had failed weeks earlier.",
    "The family's benefits claim failed because the landlord's letter had not arrived.",
    "Child L was missing from home for two nights in August.",
    "The fostering panel should meet monthly, according to its terms of reference.",
    "The duty manager's email to the school failed to send because the address was wrong.",
    "A court order was made in 2021 on the grounds of neglect.",
    "The parents' attempt to move to a larger flat failed when the housing association withdrew the offer.",
]


# Third batch, written after batch 2's rules, measured before its own (judgemental 26 of 30
# flagged, others 0 of 15).
JUDGE3 = [
    ("moralising", "Professionals owed it to Child D to ask who else was living in the house."),
    ("moralising", "The agencies let this family down badly over many months."),
    (
        "moralising",
        "It is hard to understand how a manager could sign off a plan that nobody had read.",
    ),
    ("moralising", "The decision to close the case is simply indefensible."),
    ("moralising", "Pressure of work does not excuse the failure to read the police notification."),
    ("moralising", "Staff had a clear responsibility to escalate and chose not to."),
    ("moralising", "This was a dereliction of the most basic safeguarding duty."),
    ("moralising", "Nobody took ownership of the concerns about the baby's weight."),
    (
        "intensified_inadequacy",
        "The health visitor's assessment of the home conditions was cursory at best.",
    ),
    ("intensified_inadequacy", "Father's history was never properly explored."),
    (
        "intensified_inadequacy",
        "Information sharing between the school and children's social care was poor throughout.",
    ),
    ("intensified_inadequacy", "The response to Child D's disclosure was half-hearted."),
    ("intensified_inadequacy", "Supervision of the case lacked rigour and challenge."),
    (
        "intensified_inadequacy",
        "The police risk assessment gave too little weight to the previous incidents.",
    ),
    ("intensified_inadequacy", "The plan was vague and was not followed through."),
    ("intensified_inadequacy", "Management oversight was weak and largely absent."),
    (
        "imagined_better",
        "An experienced practitioner would have recognised the signs of coercive control.",
    ),
    (
        "imagined_better",
        "A more inquisitive social worker would have checked the father's records.",
    ),
    ("imagined_better", "Any reasonable GP would have referred a baby with this injury."),
    ("imagined_better", "Good practice would have required a home visit within the week."),
    ("imagined_better", "A competent assessment would have included the mother's new partner."),
    ("classic", "The significance of the bruising was overlooked by everyone who saw it."),
    ("classic", "Repeated warnings from the school were ignored."),
    ("classic", "The midwife did not act on Mother's disclosure of violence."),
    ("classic", "Nobody listened to what Child D was saying."),
    (
        "counterfactual",
        "Had the police shared the incident log, the conference would have known about the assault.",
    ),
    ("counterfactual", "If the GP had asked about the bruise, the abuse could have been stopped."),
    ("counterfactual", "A single home visit would have revealed the state of the flat."),
    ("modal_adverb", "The social worker should really have spoken to Child D alone."),
    ("modal_adverb", "The manager must surely have known that the case was drifting."),
]
NEG3 = [
    (
        "recommendation",
        "The partnership should review how police notifications reach schools at weekends.",
    ),
    (
        "recommendation",
        "Health visiting services should consider how fathers are recorded in the child's record.",
    ),
    (
        "recommendation",
        "Agencies should be able to see whether a child is already known to another service.",
    ),
    ("systemic", "The referral form had no field for the name of the mother's partner."),
    ("systemic", "Caseloads in the assessment team averaged thirty children during the period."),
    (
        "systemic",
        "The two electronic systems did not share alerts, so the school could not see the police flag.",
    ),
    (
        "systemic",
        "Supervision was monthly and focused on timescales rather than on what was known about the child.",
    ),
    ("quotation", 'Mother told the review: "They should have taken him off me, I was not coping."'),
    ("quotation", 'The grandmother said the social worker "never bothered to listen".'),
    ("quotation", 'In the words of one practitioner, "we all missed it, every one of us".'),
    ("neutral", "The health visitor visited on 14 March and weighed the baby."),
    ("neutral", "A strategy discussion was held the next day with police and health."),
    (
        "negated_blame",
        "The review does not find that the health visitor's assessment was poor; it was made without the police information.",
    ),
    (
        "negated_blame",
        "It would be unfair to describe the school's response as inadequate, given what it knew.",
    ),
    (
        "factual_exception",
        "The boiler had been broken for weeks and the home was inadequately heated.",
    ),
]


# Fourth batch, written after batch 3's rules, measured before its own (others 2 of 25).
NEG4 = [
    (
        "negated_blame",
        "None of the professionals involved can fairly be said to have ignored the risk.",
    ),
    ("negated_blame", "The review is clear that the nursery staff did not fail Child D."),
    ("negated_blame", "There is no suggestion that the social worker acted carelessly."),
    (
        "negated_blame",
        "It was not negligence but a shortage of interpreters that delayed the visit.",
    ),
    (
        "negated_blame",
        "We do not consider that any single agency should have foreseen what happened.",
    ),
    (
        "negated_blame",
        "The delay should not be seen as a lapse by the duty team, which had no manager that week.",
    ),
    (
        "negated_blame",
        "This finding is not about individual failings; the same gap would have caught any worker.",
    ),
    (
        "negated_blame",
        "The health visitor cannot be criticised for accepting the explanation she was given.",
    ),
    (
        "negated_blame",
        "Practitioners were not at fault for trusting a record that every agency relied on.",
    ),
    (
        "negated_blame",
        "To call the GP's response inadequate would ignore the ten-minute appointment she had.",
    ),
    (
        "negated_blame",
        "No one missed the bruise; it was seen, recorded and explained in a way that was plausible.",
    ),
    (
        "negated_blame",
        "The panel found nothing to suggest that the police officers failed to follow procedure.",
    ),
    (
        "methodology",
        "The review avoided counterfactual questions about what might have happened if the referral had been accepted.",
    ),
    (
        "methodology",
        "A key principle of the model is that hindsight must not be used to judge decisions.",
    ),
    (
        "methodology",
        "The reviewers looked for the reasons why actions made sense, rather than for mistakes.",
    ),
    (
        "methodology",
        "Because the outcome was known, the panel took care not to treat earlier signs as obvious.",
    ),
    (
        "methodology",
        "This report describes practice as it was experienced at the time, without the benefit of hindsight.",
    ),
    (
        "methodology",
        "The case group was told that the aim was to learn, not to find out who should have acted.",
    ),
    (
        "methodology",
        "Outcome bias can make a reasonable decision look reckless once the harm is known.",
    ),
    (
        "methodology",
        "The lead reviewer asked each practitioner what they were worried about at the time.",
    ),
    (
        "factual_exception",
        "The pharmacy's delivery failed to arrive on the Friday, so Mother collected the medicine herself.",
    ),
    (
        "factual_exception",
        "Under the local procedure, a child who misses two appointments should be discussed at the safeguarding meeting.",
    ),
    (
        "factual_exception",
        "The social worker's car broke down and the visit was rearranged for the next day.",
    ),
    ("factual_exception", "The father had been convicted of neglect of a dog in 2019."),
    (
        "factual_exception",
        "Child D missed the school trip because the consent form was not returned.",
    ),
]


# Fifth batch, written after batch 4's rules, measured before its own (judgemental 19 of 25).
JUDGE5 = [
    (
        "imagined_better",
        "A social worker with more experience of neglect would not have accepted the mother's explanation.",
    ),
    ("imagined_better", "Most health visitors would have weighed the baby at every contact."),
    ("imagined_better", "Someone more alert to the risks would have asked about the new partner."),
    (
        "imagined_better",
        "A properly trained officer would have recognised the signs of strangulation.",
    ),
    ("imagined_better", "An inquisitive teacher would have asked why Child R was always hungry."),
    ("imagined_better", "The best practitioners would have visited unannounced."),
    ("imagined_better", "Another GP might well have referred the child to the paediatrician."),
    ("imagined_better", "A professional acting with due diligence would have checked the records."),
    ("imagined_better", "Any nurse worth her salt would have questioned the explanation."),
    ("imagined_better", "A more confident manager would have challenged the decision to close."),
    ("intensified_inadequacy", "The assessment barely touched on the father's history."),
    ("intensified_inadequacy", "The enquiries made were perfunctory."),
    ("intensified_inadequacy", "The safety plan was not worth the paper it was written on."),
    ("intensified_inadequacy", "Little or no attention was paid to Child R's own account."),
    ("intensified_inadequacy", "The analysis in the assessment was thin and largely descriptive."),
    ("intensified_inadequacy", "The response to the referral fell well short of what was needed."),
    ("intensified_inadequacy", "The core group meetings were poorly attended and poorly chaired."),
    ("intensified_inadequacy", "Scant attention was given to the mother's drinking."),
    ("intensified_inadequacy", "The checks carried out on the new partner were insufficient."),
    ("intensified_inadequacy", "Recording throughout the case was of a low standard."),
    ("moralising", "It is shocking that no one spoke to the child alone in eighteen months."),
    ("moralising", "Child R deserved far better from the agencies that were meant to protect him."),
    ("moralising", "There is simply no justification for the delay."),
    ("classic", "Opportunities to intervene were repeatedly missed."),
    ("classic", "Clear warning signs went unheeded by every agency."),
]


def rows():
    n = 0
    for kind, items, judgemental, source in (
        ("factual_exception", FACTUAL, False, "narrative"),
        ("methodology", METHOD, False, "methodology"),
        ("negated_blame", NEGATED, False, "finding"),
        ("methodology", METHOD2, False, "methodology"),
        ("negated_blame", NEG2, False, "finding"),
        ("factual_exception", FACT2, False, "narrative"),
    ):
        for text in items:
            n += 1
            yield {
                "id": f"t8_{n:03d}",
                "text": text,
                "judgemental": judgemental,
                "kind": kind,
                "source": source,
            }
    for kind, text in JUDGEMENTAL + JUDGE3 + JUDGE5:
        n += 1
        yield {
            "id": f"t8_{n:03d}",
            "text": text,
            "judgemental": True,
            "kind": kind,
            "source": "finding",
        }
    for kind, text in NEG3 + NEG4:
        n += 1
        yield {
            "id": f"t8_{n:03d}",
            "text": text,
            "judgemental": False,
            "kind": kind,
            "source": "finding",
        }


if __name__ == "__main__":
    out = Path(__file__).with_name("tune8.jsonl")
    out.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    print(out, sum(1 for _ in rows()))
