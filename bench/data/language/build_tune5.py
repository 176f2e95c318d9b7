"""Tuning set `tune5.jsonl`: written by helper i14-wording4 on 4 December 2026 after reading the
rules for tuners and the names of the check's word lists (not its sentences or tests), before
changing any rule in that round. It stresses the kinds issue 14 part 2 names as missed and
the hard negatives, in situations the earlier sets use little (paediatric liaison, early help
hubs, school nursing, neonatal units, mosques and churches, GP receptionists, out-of-hours
social work, police custody). No held-out file was opened to write it."""
# ruff: noqa: E501

from sets import write_set

S: list[tuple[str, str, str]] = []


def add(kind: str, source: str, *texts: str) -> None:
    for text in texts:
        S.append((kind, source, text))


add(
    "counterfactual",
    "finding",
    "If the paediatric liaison nurse had sent the attendance notice to the health visitor, the second fracture would not have happened.",
    "Had anyone spoken to the older sister alone, the truth about the stepfather would have come out.",
    "If the early help worker had visited the flat rather than phoning, the state of the bedroom would have been obvious.",
    "Had the custody sergeant asked whether there were children at home, the toddler would not have been left alone overnight.",
    "If the school nurse had followed up the weight loss, Child K's eating disorder would have been treated months earlier.",
    "Had the out-of-hours team run a check on the boyfriend, his previous convictions would have been known that evening.",
    "If the two GP practices had shared the records, nobody would have missed the pattern of bruising.",
    "Had the midwife asked the routine question about domestic abuse, the mother would have disclosed it.",
    "Had a single professional pieced the reports together, Child P would still be alive.",
    "If the referral had been accepted in March, Child J would never have been exposed to the man who harmed her.",
    "A home visit that week would have revealed the conditions the children were living in.",
    "With a proper assessment in the spring, the neglect would have been stopped.",
)
add(
    "imagined_better",
    "finding",
    "A more inquisitive social worker would have asked who else was living in the house.",
    "Any experienced health visitor would have recognised these marks as signs of physical abuse.",
    "A competent practitioner would not have accepted the father's explanation without checking it.",
    "In the hands of a more confident team manager, the case would have gone to a strategy discussion.",
    "Another school might well have made the referral on the first day.",
    "A more curious paediatrician would have ordered a skeletal survey.",
    "What this family needed was a worker prepared to challenge the mother.",
    "Most practitioners with her experience would have seen through the story.",
    "A reasonably alert teacher would have noticed that Child M was wearing the same clothes every day.",
    "Someone with a better grasp of coercive control would have seen the risk to the children.",
)
add(
    "moralising",
    "finding",
    "The pressure of the caseload does not excuse the failure to visit.",
    "It was the responsibility of every professional involved to see the child, and they did not.",
    "There can be no justification for leaving a baby in that house for a further three weeks.",
    "Staff shortages are no excuse for ignoring a child's disclosure.",
    "The agencies let this child down badly.",
    "The conduct of the duty manager was unacceptable.",
    "Child R had a right to expect that the adults around her would protect her.",
    "It is shameful that the concerns of the neighbour were dismissed.",
    "Practitioners cannot shelter behind the mother's lack of cooperation.",
    "Each agency must accept its share of the blame for what happened to Child T.",
)
add(
    "modal_adverb",
    "finding",
    "The social worker should certainly have visited before closing the case.",
    "The GP could quite easily have checked the hospital discharge letter.",
    "The teacher must surely have noticed the change in Child L's behaviour.",
    "The nurse would undoubtedly have seen the bruise if she had undressed the baby.",
    "The team manager should really have escalated the case to the head of service.",
    "The police ought obviously to have informed children's social care.",
    "The health visitor should, at the very least, have weighed the baby.",
    "The school could and should have raised the alarm much earlier.",
    "The practitioners must have known that the father had returned to the home.",
    "The worker should definitely have spoken to the child on her own.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The assessment did not sufficiently consider the father's history of violence.",
    "The plan was not detailed enough to protect the children.",
    "Professionals did not do nearly enough to find out who was living in the home.",
    "The risk posed by the uncle was insufficiently explored.",
    "The health visitor failed to adequately assess the baby's weight loss.",
    "Far too little attention was paid to the views of the children.",
    "The response of the early help hub was woefully inadequate.",
    "The enquiries made by the police were not thorough enough.",
    "The child protection plan was never robust enough to bring about change.",
    "Scrutiny of the mother's account was superficial at best.",
)
add(
    "classic",
    "finding",
    "The social worker failed to see the children on their own.",
    "This was a missed opportunity to protect Child W.",
    "It was obvious that the baby was at risk.",
    "The outcome was entirely foreseeable.",
)
add(
    "negated_blame",
    "finding",
    "It would be unfair to single out the duty social worker; the system gave her no time to read the file.",
    "The review does not find that any practitioner failed Child K; the gaps lay in how the agencies worked together.",
    "This is not a story of individual failings but of a hub that was designed around referrals rather than children.",
    "It is not the purpose of this review to say what the midwife should have done.",
    "No single practitioner could reasonably have been expected to see the whole picture.",
    "The panel did not conclude that the school was at fault; it had followed the guidance as written.",
    "Rather than asking who failed, the review asks why the information did not travel.",
    "Nobody was negligent; the referral form simply had no place to record the second address.",
    "The GP's decision was not a lapse of judgement; it matched the practice protocol at the time.",
    "It would be wrong to suggest that the health visitor ought to have known about the boyfriend.",
)
add(
    "methodology",
    "methodology",
    "The review team was alert to hindsight bias and tried to understand what practitioners knew at the time.",
    "Knowing the outcome makes it tempting to think that the injuries could have been predicted; the review resists that temptation.",
    "The review avoids counterfactual reasoning of the kind 'if only the nurse had visited'.",
    "Outcome bias can lead reviewers to judge a decision by its result rather than by the information available.",
    "Practitioners were asked what made sense to them at the time, not what they would do differently now.",
    "The methodology looks for the reasons behind practice rather than for someone to blame.",
    "Findings are written about the system, so they do not say who should have acted differently.",
    "It is easy with hindsight to say that the signs were obvious; they were not obvious at the time.",
    "The review was conducted using the Learning Together model, which focuses on why practice made sense.",
    "The reviewers took care not to assume that a different decision would have led to a different outcome.",
)
add(
    "quotation",
    "conversation",
    'The grandmother told the review, "The social worker should have taken those children away a year ago."',
    'In the mother\'s words, the police "failed her every time she called".',
    'A newspaper headline at the time read "Agencies missed every chance to save baby".',
    'The father said the health visitor "could easily have seen what was going on if she had bothered to look".',
    "One teacher said, 'Looking back, I should have pushed harder for a referral.'",
    'The judge described the care given to the children as "wholly inadequate".',
    "Child K's aunt believes that a more experienced worker would have acted sooner.",
    'According to the neighbour, there was "no excuse" for the council\'s silence.',
)
add(
    "factual_exception",
    "narrative",
    "Child F missed three dental appointments in the autumn term.",
    "The baby was admitted with a diagnosis of failure to thrive.",
    "The procedure states that staff should contact the duty team if a child is not collected.",
    "Had the family stayed in the area, Child C would have started at the local primary school in September.",
    "The mother could have collected the prescription from the pharmacy on Saturday morning.",
    "The system failed to send the reminder letter because of a software fault.",
    "By the time of the review meeting, Child B would have been six years old.",
    "The plan clearly set out who would visit and when.",
    "If the threshold is met, a strategy discussion must be held within one working day.",
    "The father did not attend enough of the contact sessions to progress to unsupervised contact.",
    "The court found the mother lacked capacity to make decisions about the pregnancy.",
    "The referral did not contain enough information to identify the school, so the hub rang the mother.",
)
add(
    "systemic",
    "finding",
    "The electronic record showed only the last three contacts, so earlier concerns were out of sight.",
    "Health visitors carried caseloads well above the recommended level throughout that year.",
    "The referral pathway between the emergency department and children's social care relied on a fax machine.",
    "Thresholds were interpreted differently by the early help hub and the front door team.",
    "Supervision was cancelled repeatedly because managers were covering vacancies.",
    "There was no shared system for recording concerns about children who moved between schools.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should ensure that hospital attendance notices reach the health visitor within two working days.",
    "Schools must be given training on recognising coercive control in families.",
    "The police ought to review how custody staff ask about dependent children.",
    "Agencies should jointly agree a single threshold document by the end of 2027.",
)
add(
    "neutral",
    "narrative",
    "The health visitor saw the baby at home on 4 March and recorded a weight on the 25th centile.",
    "The school referred Child M to the early help hub after her attendance dropped.",
    "The social worker visited twice in April and spoke to both children alone.",
    "A strategy discussion was held the following day and a section 47 enquiry began.",
    "The mother told the midwife she had moved in with her sister.",
    "The GP wrote to the paediatrician asking for an urgent review.",
)


def main() -> None:
    write_set("tune5", "t5", S)


if __name__ == "__main__":
    main()
