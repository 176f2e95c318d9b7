"""Tuning set `tune7.jsonl`: written by helper i14-wording7 on 4 December 2026 after reading the
rules for tuners, the README of these sets and the benchmark, before reading the check's rules
or changing any of them in that round. About 40 % judgemental (the kinds issue 14 part 2 names
as missed: counterfactuals without "should", an imagined better professional, moralising,
adverbs between a modal and "have", inadequacy with "sufficiently"/"enough", and verdicts in
the passive, evaluative adjectives about a person's work and rhetorical questions), 60 % hard
negatives of the kinds seen as false alarms on independent material (blame negated to make a
systemic point, method text that names hindsight to reject it, reported speech, recommendations,
factual exceptions, procedure descriptions, questions for the partnership). Settings the earlier
sets use little: maternity triage, children's homes, faith settings, pharmacies, school
attendance, police control rooms, hospital discharge, interpreters. No held-out file was opened
to write it; first drafts reaching a content-word overlap of 0.40 with a held-out sentence (only
this set's ids and scores shown) were replaced."""
# ruff: noqa: E501

from sets import write_set

S: list[tuple[str, str, str]] = []


def add(kind: str, source: str, *texts: str) -> None:
    for text in texts:
        S.append((kind, source, text))


add(
    "counterfactual",
    "finding",
    "Had the maternity triage midwife read the booking notes, the domestic abuse disclosure would not have been lost.",
    "If the children's home had reported the first absence, the police would have found her the same night.",
    "One visit to the flat would have shown that the baby was sleeping on the sofa.",
    "Were it not for the delay at the front door, the strategy discussion would have been held before the weekend.",
    "Child R would have been spared a second winter of neglect if the attendance officer had knocked on the door.",
    "A call to the pharmacy would have revealed that the methadone had not been collected for a week.",
    "Had anyone in the control room listened to the whole call, officers would have gone straight to the house.",
    "With a Tigrinya interpreter in the room at the ward round, the mother's explanation of the marks on her daughter's arm would have reached the paediatrician intact.",
    "The discharge would never have gone ahead had the ward checked who was living at home.",
    "If the GP practice had coded the child as a child in need, the locum would have known to ask.",
    "Proper scrutiny of the chronology at that stage would have exposed the pattern of injuries.",
    "Child K might still be alive had the referral been accepted in March.",
)
add(
    "imagined_better",
    "finding",
    "An experienced residential worker would have recognised the signs of exploitation at once.",
    "Any reasonably diligent attendance officer would have asked why the boy had been absent for six weeks.",
    "A more inquisitive midwife would have asked who the man in the waiting room was.",
    "A competent manager would not have closed the case on the strength of one telephone call.",
    "In the hands of a more confident practitioner, the disclosure would have led to a referral that day.",
    "Most school nurses would have seen the weight loss as a safeguarding matter.",
    "A practitioner who knew her job would have checked the father's history before the visit.",
    "What the family needed was a social worker prepared to challenge the mother's account.",
    "A properly trained call handler would have graded the neighbour's 999 call as immediate rather than routine.",
    "A conscientious pharmacist would have raised the missed collections with the prescriber.",
)
add(
    "moralising",
    "finding",
    "There can be no excuse for leaving a four-month-old baby unseen for six weeks.",
    "A caseload of thirty-two families is no excuse for leaving the nursery's email unopened for nine days.",
    "The children's home had a clear duty to report her missing, and it did not do so.",
    "It is unacceptable that the interpreter was a family friend.",
    "Closing the file a week after the fourth police call-out was, quite simply, indefensible.",
    "Child R was badly let down by the professionals around him.",
    "The faith leader must bear responsibility for keeping the allegation to himself.",
    "The ward cannot hide behind the pressure on beds.",
    "It was incumbent on the police to tell children's social care, and they failed in that duty.",
    "No amount of pressure on the service can justify such a delay.",
)
add(
    "modal_adverb",
    "kpe",
    "The midwife should obviously have asked the mother on her own.",
    "The residential manager could certainly have informed the police far sooner.",
    "The attendance officer must surely have realised that something was wrong at home.",
    "The locum GP should, at the very least, have checked the child protection alert.",
    "The call handler would undoubtedly have heard the child crying in the background.",
    "The pharmacist ought clearly to have contacted the prescriber.",
    "The ward sister should really have spoken to the safeguarding team before discharge.",
    "The social worker could and should have visited within the day.",
    "The manager might reasonably have been expected to spot the drift.",
    "Staff must have known that the boy was being collected by older men in cars.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The lodger's criminal record was never looked at, because the housing assessment was not sufficiently thorough.",
    "The academy's pastoral lead did not do nearly enough to discover what lay behind the Year 9 pupil's absences from PE.",
    "Too little attention was paid to the father's history of violence.",
    "The children's home's return interviews after each absence were nowhere near robust enough.",
    "Managers did not sufficiently challenge the decision to step down the plan.",
    "The safety plan was far too thin to protect the baby.",
    "The midwife's enquiries about the partner were insufficiently searching.",
    "The parenting assessment failed to adequately weigh the twelve-year-old's role as carer for her brothers.",
    "Information was not shared quickly enough to make any difference.",
    "Monthly supervision of the newly qualified worker, cancelled three times in a row, was inadequate.",
)
add(
    "classic",
    "finding",
    "Repeated opportunities to intervene were squandered.",
    "Warning signs were ignored by every agency involved.",
    "The concerns raised by the school were brushed aside.",
    "The home visit was cursory and did not include seeing the child's bedroom.",
    "It was a half-hearted assessment that relied entirely on the mother's word.",
    "The practice of the allocated worker was negligent.",
    "How could no one have noticed that the baby had not been seen for two months?",
    "How was it possible that four agencies knew of the injuries and none acted?",
    "The health visitor's record of the visit was sloppy and incomplete.",
    "The mother's disclosure to the receptionist at the surgery was simply disregarded.",
    "The referral was dismissed out of hand.",
    "It beggars belief that the case was closed while the police investigation was still open.",
    "Why did nobody ask where the father was living?",
    "The strategy discussion was a perfunctory exercise.",
    "Clear evidence of neglect was overlooked time and again.",
    "The plan was allowed to drift for eleven months.",
)
add(
    "negated_blame",
    "finding",
    "This is not to say that the midwife should have known; the booking system gave her no way to know.",
    "It would be unfair to conclude that the call handler failed the family, since the script did not ask about children.",
    "The review does not find that any individual was negligent.",
    "None of this means the pharmacist ought to have acted alone; there was no route for her to raise the concern.",
    "It is not suggested that the residential staff should have foreseen the exploitation.",
    "This was not a failure of one worker but of a system that relied on one worker's memory.",
    "The review does not agree that the school missed the signs; the signs were not visible to the school.",
    "It cannot fairly be said that the locum GP should have checked the alert, because the alert was not shown on his screen.",
    "Instead of a hunt for the person who should have acted, the panel explored what made acting feel risky in that duty team over the winter.",
    "There is no suggestion that the interpreter did anything wrong.",
    "The delay was not the fault of the duty worker, who was covering three teams that week.",
    "It would be wrong to say that opportunities were squandered; no one held the information that would have made them opportunities.",
    "The panel did not accept that a more experienced worker would have acted differently.",
    "To call the visit cursory would be unfair: it lasted the time the service allowed.",
)
add(
    "methodology",
    "methodology",
    "With hindsight it is easy to say that the signs were there; the review has tried not to.",
    "Knowing the outcome, a reader may think that the injury was predictable, and the review guards against that.",
    "At the practitioner event, people were asked to describe the information on their desks at the time, not what they should have known.",
    "Hindsight bias makes earlier events look more obvious than they were.",
    "The panel took care not to judge decisions by their outcome.",
    "Counterfactual reasoning of the kind 'if only the GP had asked' was avoided.",
    "The review does not set out to establish whether any practitioner should have acted differently.",
    "The methodology asks how things looked to the people involved, rather than who failed.",
    "It is tempting, looking back, to see the missed collections as an obvious warning; at the time they were routine.",
    "Learning reviews are not about blame, and this one has tried to understand rather than judge.",
    "The review team read the records in the order the practitioners saw them, to avoid the distortions of hindsight.",
    "The question was never whether someone could have done better, but what made good practice difficult.",
    "Outcome bias leads reviewers to judge a decision as poor because it ended badly.",
    "Where this report describes what happened, it does not imply that anything should have happened differently.",
)
add(
    "quotation",
    "conversation",
    'At the family meeting the mother said, "That social worker should have listened to me about him."',
    'The grandmother told the review that the school "failed him completely".',
    'In the words of one practitioner, "we should have seen it coming".',
    "The father believes that the police could have stopped the assault if they had come sooner.",
    'Child R\'s aunt described the visits as "half-hearted and pointless".',
    'A local newspaper ran the story under the headline "Warning signs ignored by council".',
    "The residential worker told the review that she felt she had let the girl down.",
    "According to the mother, the health visitor never once asked about the father.",
    "One manager said that, looking back, he would have handled the referral differently.",
    "The family feel that the professionals failed them.",
    'The coroner found that the care given had been "inadequate".',
    "The school told the panel that it had done everything it could.",
    'The midwife recalled thinking, "I should ask her on her own", but the partner never left the room.',
    'The sister said the family had been "completely abandoned" by services.',
)
add(
    "recommendation",
    "recommendation",
    "Agencies should ensure that children's homes report every absence to the police on the day.",
    "The partnership should review how maternity triage records disclosures of domestic abuse.",
    "The ICB should ensure that locum GPs can see child protection alerts.",
    "Children's social care must make sure that interpreters are never family members or friends.",
    "Should the threshold document say more about babies who are not yet mobile?",
    "Is the partnership assured that pharmacies know whom to tell about missed collections?",
    "How can the police control room script be changed so that call handlers ask about children?",
    "The panel recommends that attendance officers should have access to the child protection register.",
    "Schools ought to be told when a child on their roll becomes subject to a plan.",
    "Managers should have protected time for supervision every month.",
    "The partnership may wish to consider whether the step-down guidance should be rewritten.",
    "Does the discharge policy need to require a check of who is living at home?",
    "Every agency should be able to show by April that staff have had the training.",
    "Practitioners should not have to rely on memory to know that a child has a plan.",
)
add(
    "factual_exception",
    "narrative",
    "The appointment should have been on 3 May but was moved to 10 May at the clinic's request.",
    "According to the procedures manual, police, health and the local authority should convene within one working day of any referral about a non-mobile baby.",
    "Under the protocol, the children's home should notify the police after two hours.",
    "The local procedures state that a pre-birth assessment should start by 20 weeks.",
    "The guidance says staff should record the name of anyone accompanying the patient.",
    "The conference, which should have taken place in June, was held in July because the chair was ill.",
    "Child R missed three appointments at the dental clinic.",
    "At eleven weeks the twins were admitted to the children's ward with failure to thrive.",
    "The mother failed her theory test twice.",
    "Between June and August the boy was reported as a missing person to the force control room four times.",
    "The father would have been 19 when the first child was born.",
    "The family could have registered at the walk-in centre, which was nearer.",
    "The locum had covered the practice for three weeks.",
    "The pharmacist recorded clearly that the prescription had been collected.",
    "The school's records show a clear plan for the boy's return.",
    "The referral was sent to the wrong inbox and was not read until the Monday.",
    "The case was allocated to a newly qualified social worker, as the procedures allow.",
    "If the mother moved, the procedure said the new area should be told within five days.",
    "The police were told that the girl had been found safe.",
    "The plan should have ended in September, but the conference extended it.",
)
add(
    "systemic",
    "finding",
    "The booking system gave the midwife no prompt to ask about domestic abuse.",
    "There was no shared record, so each agency saw only part of the picture.",
    "Staff turnover in the children's home meant that no one knew the girl well.",
    "The call-handling script did not include a question about children in the house.",
    "The pharmacy had no route to tell anyone that collections had stopped.",
    "Pressure on beds shaped how quickly children were discharged.",
    "The alert was held on a system the locum could not open.",
    "The interpreting contract did not cover out-of-hours calls.",
)
add(
    "neutral",
    "narrative",
    "On 12 March the allocated worker visited the flat and spoke with each of the two girls in their bedroom.",
    "The midwife asked the mother about domestic abuse at booking, and she said there was none.",
    "The school referred to children's social care on the day of the disclosure.",
    "The police attended within twenty minutes and took the boy to hospital.",
    "At the initial conference on 4 April the chair and the agencies agreed plans under the category of neglect.",
    "The residential manager reported the girl missing at 10 pm.",
    "For the second home visit the duty team booked a Kurdish Sorani interpreter through the council's contract.",
    "The GP saw Child K for an ear infection and prescribed antibiotics.",
)


# Rows t7_161 onwards: written after the first round of rule changes (tune 7 then at 95.6 / 0.0)
# and before the second, to probe the new structures and wording the first 160 lack.
add(
    "counterfactual",
    "finding",
    "Had it not been for the failure to pass on the police log, the conference would have heard about the knife.",
    "A joint visit with the police at that point could well have prevented the second assault.",
    "If the strategy discussion had included the school, the plan would have looked very different.",
    "Child P's injuries would have been spotted at the six-week check had the baby been undressed.",
    "Had the hospital told the health visitor about the head injury, she would have changed her view of the risk.",
    "The abuse would have come to an end months earlier if the duty team had read the file.",
)
add(
    "imagined_better",
    "finding",
    "A worker with any real grasp of neglect would have seen the state of the home as a warning.",
    "Better-trained staff would have recognised the boy's silence as fear.",
    "An alert team manager would have stopped the plan being stepped down.",
    "It needed someone with the confidence to challenge the consultant, and no one in the team had it.",
)
add(
    "moralising",
    "finding",
    "Workload pressures, however real, are no excuse for a child going unseen.",
    "It is shameful that the girl's complaints were never recorded.",
    "Those responsible for closing the case must be held to account.",
    "The agencies owed the children a duty of care, and they did not discharge it.",
)
add(
    "modal_adverb",
    "kpe",
    "The school nurse should also have told the designated safeguarding lead.",
    "The paediatrician could readily have arranged a skeletal survey.",
    "The police should, without question, have attended that night.",
    "The duty manager must certainly have been aware of the earlier referral.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The response to the disclosure was not nearly urgent enough.",
    "Managers gave far too little weight to what the older child said.",
    "The checks made before the placement were insufficiently rigorous.",
    "In the parenting assessment, what the eight-year-old wanted was not explored nearly carefully enough.",
)
add(
    "classic",
    "finding",
    "Crucial information was withheld from the conference.",
    "The father's violence was downplayed at every stage.",
    "Her complaints were repeatedly ignored by the staff at the home.",
    "How did nobody connect the three injuries?",
    "The worker's approach to the family was lax.",
    "The baby's bruising was explained away as clumsiness.",
)
add(
    "negated_blame",
    "finding",
    "This is not to suggest that the school should have acted differently; its policy gave it no role.",
    "No criticism is made of the call handler, who followed the script she had been given.",
    "It is not the panel's view that warning signs were ignored; they were not in front of anyone.",
    "The panel is clear that the health visitor was not negligent.",
    "None of this is to say that the police should have attended sooner.",
    "We do not think it right to describe the visit as cursory.",
)
add(
    "methodology",
    "methodology",
    "With hindsight, it is easy to say that the conference should have asked about the knife; the review has resisted that.",
    "The review has tried to avoid asking why nobody noticed, and to ask instead what made noticing hard.",
    "Questions of the kind 'how could no one have seen it?' are natural after a death, but they do not help learning.",
    "Looking back, the review could see a pattern that was not visible to anyone at the time.",
    "The chronology was built from records, so it shows only what was written down.",
    "The review's terms of reference did not include the question of whether any individual was at fault.",
)
add(
    "quotation",
    "conversation",
    'The mother told the panel that the visits were "a box-ticking exercise".',
    'Her father asked the review, "How could nobody have seen what was happening?"',
    "The foster carer felt that her warnings had been brushed aside.",
    "One social worker said she had always thought the decision to close the case was wrong.",
    "The family's solicitor wrote that opportunities had been squandered.",
    "The grandmother feels strongly that the school should have done more.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should ensure that conferences are not rescheduled without the chair's agreement.",
    "Why does the threshold document not mention babies who are not yet mobile?",
    "How will the partnership know whether the new protocol is being used?",
    "Should the multi-agency procedures require a joint visit in such cases?",
    "Health visitors should have access to police information about domestic abuse.",
    "Agencies should not have to wait for a conference to share what they know.",
)
add(
    "factual_exception",
    "narrative",
    "The six-week check should have taken place on 2 February but was moved because the baby was in hospital.",
    "The review meeting, which should have been held in March, took place in April at the family's request.",
    "The procedures say that the police should be told within an hour of a child going missing.",
    "The protocol states that a paediatric assessment should be completed within 24 hours.",
    "Child H missed the bus and arrived at school late on three days that week.",
    "The mother squandered her savings on the move to the new flat, she told the social worker.",
    "The referral was dismissed by the magistrates' court as outside its powers.",
    "Why the conference was moved is not recorded.",
)


# Rows t7_221 onwards: written after the second round of rule changes (tune 7 then at 97.9 / 0.0)
# and before the third, in wording the first 220 lack.
add(
    "counterfactual",
    "finding",
    "A simple check of the school's records could have prevented the move going ahead.",
    "Child W might have been protected if the two health visiting teams had spoken.",
    "The second admission would have been avoided entirely if the ward had waited for the social worker.",
    "Following up the text message that evening would have uncovered the threat.",
    "Had the police run the man's name, they would have found the non-molestation order.",
)
add(
    "imagined_better",
    "finding",
    "Unlike her more experienced colleague, the student midwife did not ask about the bruise.",
    "As any competent duty officer would have done, the call should have been passed straight to the police.",
    "A stronger chair would have refused to close the conference without hearing from the school.",
    "Most experienced foster carers would have reported the first disclosure the same evening.",
)
add(
    "moralising",
    "finding",
    "It is hard to understand how the referral could sit unread for a month.",
    "The failure to see the child for ten weeks is simply inexcusable.",
    "From the first contact with the early help hub to the final conference, the Hall family were let down by the people paid to help them.",
    "Nothing can excuse the decision to send the child home with no plan.",
)
add(
    "modal_adverb",
    "kpe",
    "The ward should undoubtedly have called the safeguarding team.",
    "The duty worker could just as easily have phoned the school.",
    "The GP would almost certainly have seen the earlier attendances on the record.",
    "The housing officer ought, surely, to have passed on what the neighbour said.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The follow-up after the first disclosure was nowhere near thorough enough.",
    "Not enough was done to find out who else was living in the house.",
    "The plan never set out clearly enough what the parents had to change.",
    "Oversight by the team manager, who signed off each step without reading the case notes, was insufficient.",
)
add(
    "classic",
    "finding",
    "The school's concerns were never acted upon.",
    "The girl's reports of abuse went unheeded for two years.",
    "Why was nothing done after the second injury?",
    "The assessment was complacent about the risk from the father.",
    "The health visitor took a blinkered view of the family's difficulties.",
    "The recommendations of the previous review were simply not implemented.",
    "The boy fell through the cracks between the two authorities.",
)
add(
    "negated_blame",
    "finding",
    "The review found no evidence that the school's concerns were ignored.",
    "It is not the review's conclusion that the boy fell through the cracks because of any one person.",
    "That the warnings were not acted on reflects the design of the referral pathway, not the carelessness of the staff.",
    "The panel is not persuaded that a more experienced worker would have seen the risk.",
    "To describe the assessment as complacent would be to ignore the pressure the team was under.",
    "It would be easy but wrong to say that the information was withheld; it was never asked for.",
)
add(
    "methodology",
    "methodology",
    "Families often ask why nothing was done, and the review has tried to answer that question honestly.",
    'The question "how could no one have seen it?" is understandable, but it assumes that the signs were visible.',
    "The review tested each finding against what was known at the time to avoid outcome bias.",
    "Knowing that Child W died makes every earlier event look like a warning.",
    "The panel considered whether the concerns had been downplayed and found that they had not.",
)
add(
    "quotation",
    "conversation",
    'The foster carer said her concerns "just went into a black hole".',
    "The boy's mother believes the school let him down.",
    'The headteacher told the review that the referral was "dismissed out of hand".',
    "In a letter to the panel, the aunt wrote that nobody had listened.",
    "The duty worker recalled that she felt she could have done more.",
    "The father asked why nothing had been done.",
)
add(
    "recommendation",
    "recommendation",
    "Managers must ensure that drift in child protection plans is identified at each review.",
    "Why do the two authorities still use different thresholds for a transfer-in conference?",
    "The partnership should seek assurance that concerns raised by foster carers are acted upon.",
    "What support would help practitioners to challenge a consultant's view?",
    "Schools should have a named contact in children's social care.",
    "The local authority should be able to show by June that every child in care has a plan.",
)
add(
    "factual_exception",
    "narrative",
    "Where a child is not brought to an appointment, the practice should contact the family the same day.",
    "The transfer-in conference should have been held by 1 October but was postponed at the new authority's request.",
    "The application was dismissed by the family court in January.",
    "The mother's housing benefit was withheld while her claim was reviewed.",
    "The rota shows that the two duty teams swapped cover twice over the Christmas period.",
    "The father played down his drinking when the health visitor asked about it.",
    "The school nurse clearly recorded the child's weight at each visit.",
    "The review of the plan, which should have taken place in the summer holidays, was held in September.",
)


# Rows t7_280 onwards: written after the third round of rule changes (tune 7 then at 97.6 / 0.6)
# and before the fourth, weighted to hard negatives.
add(
    "counterfactual",
    "finding",
    "Had the GP surgery flagged the record, the out-of-hours doctor would have known the baby was on a plan.",
    "The injuries might never have happened if the case had stayed open for another month.",
    "Sharing the hospital's discharge summary with the school would have changed the whole picture.",
    "If someone had asked the older sister, the neglect would have been obvious.",
)
add(
    "imagined_better",
    "finding",
    "An appropriately skilled assessor would have seen through the father's account.",
    "A more curious school nurse might have asked why the boy was always hungry.",
    "Somebody who understood exploitation would have treated the missing episodes as a warning.",
)
add(
    "moralising",
    "finding",
    "The pressures on the team are understandable, but they cannot excuse the decision to close the case.",
    "Child L deserved far better than the service she received.",
    "The health trust must accept responsibility for the discharge.",
)
add(
    "modal_adverb",
    "kpe",
    "The chair should, at a minimum, have asked the school for a report.",
    "The officers could quite reasonably have been expected to check the address.",
    "The nurse must, by then, have realised that the explanation did not fit the injury.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The attention given to the children's lived experience was nowhere near sufficient.",
    "The visits were too brief and too infrequent to build any picture of daily life.",
    "The child's disability was not taken into account sufficiently.",
)
add(
    "classic",
    "finding",
    "Important warning signs were missed or misread by several agencies.",
    "The worker's reliance on the mother's word was naive.",
    "Throughout the period the father's role went unchallenged.",
    "Who was checking that the plan was being followed?",
)
add(
    "negated_blame",
    "finding",
    "This is not a case in which warning signs were missed; the signs emerged only after the death.",
    "It would be unjust to say that the school should have done more, given what it had been told.",
    "The nurse is not criticised for accepting the explanation, which was consistent with the injury.",
    "Nothing in the records suggests that the worker was careless.",
    "The review has not found that the delay was the fault of any practitioner.",
    "Staff did not ignore the alert; the system did not display it.",
    "It is wrong to see the closure as a failure of judgement when the threshold guidance required it.",
    "There was nothing complacent about the way the team approached the family.",
)
add(
    "methodology",
    "methodology",
    "Reviews can slip into asking why someone failed to act; this one has asked what made acting difficult.",
    "The panel was careful to separate what was known then from what is known now.",
    "In describing events, the report uses the words practitioners used at the time.",
    "Questions such as why no one saw the injuries are answered in terms of the system, not individuals.",
    "The findings do not say that anything should have been done differently; they describe what made practice hard.",
    "Hindsight can make an ordinary decision look careless.",
)
add(
    "quotation",
    "conversation",
    'The mother said she felt the professionals had "given up" on her son.',
    "In interview, the team manager acknowledged that the plan had been allowed to drift.",
    "According to the boy, nobody ever asked him what was happening at home.",
    "The family's statement says that Child L was failed by every agency.",
    "The ward sister told the panel that staff should have called the safeguarding team sooner.",
    'The police officer described the home as "squalid".',
)
add(
    "recommendation",
    "recommendation",
    "Agencies should make sure that reports from foster carers are never brushed aside.",
    "What would need to change for a health visitor to feel able to challenge a paediatrician?",
    "Could the partnership's training on neglect include the voice of the child?",
    "Commissioners should have regard to the findings of this review when the contract is renewed.",
    "Every practitioner should be able to find out within minutes whether a child has a plan.",
    "The local authority ought to publish its threshold guidance.",
)
add(
    "factual_exception",
    "narrative",
    "The discharge planning meeting should have been on the Friday but was brought forward to the Thursday.",
    "The procedure says that the chair should write to the parents within five working days.",
    "Child L's brother was absent from school for most of the spring term.",
    "The mother's benefits were stopped when she failed to attend the jobcentre.",
    "The child fell through the ice on the park lake and was rescued by a passer-by.",
    "The team had been without a permanent manager since January.",
    "The GP wrote clearly in the referral that the mother was frightened of her partner.",
    "The conference heard that the parents had not engaged with the drug service.",
)
add(
    "systemic",
    "finding",
    "The records system did not show the out-of-hours doctor that the baby was on a plan.",
    "No agency held the whole chronology until the review put it together.",
    "The threshold guidance did not say what to do when a non-mobile baby had a bruise.",
    "High turnover meant that the family had five social workers in a year.",
)
add(
    "neutral",
    "narrative",
    "The health visitor saw the baby on 4 June and recorded that she was feeding well.",
    "The strategy discussion on 9 June agreed a joint visit.",
    "Child L was seen alone by her social worker at school.",
)


# Rows t7_341 onwards: written after the fourth round of rule changes (tune 7 then at 97.2 / 1.5)
# and before the fifth: reported speech without quotation marks, negated blame and method text.
add(
    "quotation",
    "conversation",
    "The stepfather insists that the school missed obvious signs of bullying.",
    "Several practitioners told us they wished they had challenged the decision.",
    "The girl's mother asked the panel why the police had ignored her calls.",
    "Press reports at the time claimed that social workers had been negligent.",
    "In her written account, the childminder maintains that the duty team never rang her back.",
    "The health visitor reflected that, with more time, she might have asked more questions.",
    "The boy's father says the hospital should never have discharged him.",
)
add(
    "negated_blame",
    "finding",
    "The review does not conclude that the paediatrician missed the fracture; the X-ray was reported as normal.",
    "Neither the GP nor the health visitor can be said to have failed the family.",
    "Far from ignoring the concerns, the school raised them at every meeting.",
    "No practitioner could reasonably have foreseen that the father would return.",
    "It is not the purpose of this review to decide whether the visits were adequate.",
    "Describing the plan as inadequate would overlook how little the team was told.",
    "This finding is not a criticism of the duty social worker, who did what the procedure required.",
)
add(
    "methodology",
    "methodology",
    "The review avoided judging the quality of individual decisions with the benefit of hindsight.",
    "We have tried not to write as if the outcome was obvious from the start.",
    "It is natural, after a child dies, to look for someone who failed; the review has looked for conditions instead.",
    "The panel discussed whether the word 'missed' was fair and decided that it was not.",
)
add(
    "systemic",
    "finding",
    "The out-of-hours service could not see the child protection alert, so it did not act on it.",
    "Referrals from foster carers went to a general inbox that was checked once a week.",
)
add(
    "classic",
    "finding",
    "The nurse failed to recognise the significance of the torn frenulum.",
    "The drift in the plan went unnoticed by the independent reviewing officer for nine months.",
    "It is frankly astonishing that no one asked who the man in the photographs was.",
    "The assessment was slipshod, relying on a single phone call.",
)
add(
    "counterfactual",
    "finding",
    "A referral at that stage would very probably have prevented the later injuries.",
    "Child E would not have been left with the uncle if anyone had checked his background.",
)
add(
    "moralising",
    "finding",
    "Staff shortages are a reason, not an excuse, for leaving the referral unread.",
    "The council failed in its most basic duty to a child in its care.",
)


def main() -> None:
    write_set("tune7", "t7", S)


if __name__ == "__main__":
    main()
