"""Write heldout4.jsonl, the fourth blind held-out set of hindsight/blame wording (issue 14).

    python3 bench/data/language/heldout4/build_heldout4.py

Written blind on 4 December 2026 by helper i14-blind4, who had not read the wording check's
code, rules, tests, the tuning sets or the earlier held-out sentences. Never tune on it.
Standard library only; the sentences are below, grouped by kind.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (kind, source, sentence); ids w001… follow this order.
SENTENCES = [
    (
        "counterfactual",
        "finding",
        (
            "If the paediatric liaison nurse had passed the attendance to the "
            "health visitor, the second fracture would not have happened."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "Had the school nurse asked Child R about the marks on her wrists, the "
            "self-harm would have come to light months earlier."
        ),
    ),
    (
        "counterfactual",
        "kpe",
        (
            "If the housing officer had inspected the mould in March, the infant's "
            "chest infections would not have become so serious."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "If anyone had spoken to the older brother on his own, the truth about "
            "the beatings would have emerged."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "A single call from the midwife to the substance misuse service would "
            "have changed the course of events for Baby T."
        ),
    ),
    (
        "counterfactual",
        "kpe",
        (
            "Had the strategy discussion included the youth offending team, Child K"
            " would not have been sent back to the address where he was being "
            "exploited."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "If the interpreter had been a professional rather than the stepfather,"
            " the mother's disclosure would have been heard."
        ),
    ),
    (
        "counterfactual",
        "narrative",
        (
            "Had the allocated worker read the previous file, she would have known "
            "that Mr D had harmed a child before."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "If the bruise had been photographed and referred on the day, Child N "
            "would still be alive."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "Had the GP checked the repeat prescriptions, the overdose would never "
            "have been possible."
        ),
    ),
    (
        "counterfactual",
        "kpe",
        (
            "If the probation officer had shared the licence conditions, the police"
            " would have arrested him before he reached the flat."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "Had the nursery followed up the absence on the Monday, the injuries "
            "would have been seen while they were fresh."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "If the hospital had kept the baby in over the weekend, the head injury"
            " would have been identified."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "Child J's exploitation would not have continued for another year if "
            "the return home interviews had taken place."
        ),
    ),
    (
        "counterfactual",
        "narrative",
        (
            "Had the practitioners listened to what Child P said at the Christmas "
            "party, he would not have had to run away to be heard."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "If the referral had been accepted as a child protection matter, a "
            "medical would have revealed the older fractures."
        ),
    ),
    (
        "counterfactual",
        "finding",
        (
            "A home visit that week would have uncovered the conditions in which "
            "the twins were living."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "Any experienced health visitor would have recognised that a "
            "four-month-old with a torn frenulum needed a same-day referral."
        ),
    ),
    (
        "imagined_better",
        "kpe",
        (
            "A competent social worker would not have accepted the mother's account"
            " without seeing the bedroom."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "A more curious teacher would have wondered why Child S wore a coat "
            "throughout the summer term."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "A reasonably diligent GP would have noticed that the mother was "
            "requesting codeine every ten days."
        ),
    ),
    (
        "imagined_better",
        "kpe",
        (
            "An experienced detective would have treated the grandmother's call as "
            "a report of a crime, not a civil dispute."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "Most practitioners in her position would have escalated the case to a "
            "manager after the third refusal of entry."
        ),
    ),
    (
        "imagined_better",
        "narrative",
        "A skilled interviewer would have got Child V to talk.",
    ),
    (
        "imagined_better",
        "finding",
        (
            "Another clinician might well have spotted the pattern of attendances "
            "that this registrar overlooked."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "A safeguarding lead worth the title would have challenged the decision"
            " to close the case."
        ),
    ),
    (
        "imagined_better",
        "kpe",
        (
            "A thoughtful duty manager would have seen that the referral described "
            "a baby, not an adolescent."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "Any paramedic with basic safeguarding training would have asked where "
            "the children were sleeping."
        ),
    ),
    (
        "imagined_better",
        "finding",
        ("An alert midwife would have picked up on the partner answering every question for her."),
    ),
    (
        "imagined_better",
        "finding",
        (
            "A housing officer who knew her patch would have seen that eight people"
            " sharing one room above the takeaway was a safeguarding matter."
        ),
    ),
    (
        "imagined_better",
        "kpe",
        (
            "Any conscientious independent reviewing officer would have visited "
            "Child Y in the new placement."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "A more senior officer would not have left two toddlers in the care of "
            "an intoxicated adult."
        ),
    ),
    (
        "imagined_better",
        "finding",
        (
            "An experienced team leader would never have handed a family with three"
            " unexplained injuries to a first-year student."
        ),
    ),
    (
        "imagined_better",
        "narrative",
        (
            "An engaged head teacher would have gone round to the flat the week "
            "Child E was withdrawn to be taught at home."
        ),
    ),
    (
        "moralising",
        "finding",
        ("There can be no excuse for leaving a referral about a newborn unread for nine days."),
    ),
    (
        "moralising",
        "finding",
        ("It was the duty of every agency present to speak up, and none of them did."),
    ),
    (
        "moralising",
        "finding",
        (
            "Sixty-odd cases per worker cannot excuse five months without anyone "
            "crossing the threshold of Flat 9."
        ),
    ),
    (
        "moralising",
        "kpe",
        "The decision to close the case was simply indefensible.",
    ),
    (
        "moralising",
        "finding",
        "Child G was let down by the very people whose job was to protect her.",
    ),
    (
        "moralising",
        "finding",
        ("It is unacceptable that nobody asked the children what life at home was like."),
    ),
    (
        "moralising",
        "kpe",
        ("The school had a moral obligation to act on what the dinner supervisor reported."),
    ),
    (
        "moralising",
        "finding",
        (
            "Staff shortages are not a justification for ignoring a "
            "sixteen-year-old who says she is frightened."
        ),
    ),
    (
        "moralising",
        "finding",
        (
            "The failure to interpret for the mother was inexcusable in a service "
            "with a contracted interpreting line."
        ),
    ),
    (
        "moralising",
        "narrative",
        "Professionals owed it to Child W to look beyond the tidy living room.",
    ),
    (
        "moralising",
        "finding",
        ("Nothing can justify the three-month delay in convening the initial conference."),
    ),
    (
        "moralising",
        "finding",
        ("Busy wards are no excuse for discharging a baby with an unexplained bruise."),
    ),
    (
        "moralising",
        "finding",
        "This was a dereliction of the basic responsibility to see the child.",
    ),
    (
        "moralising",
        "kpe",
        (
            "Whatever the pressures on the team, it was her responsibility to read "
            "the case file before the visit."
        ),
    ),
    (
        "moralising",
        "finding",
        ("It is shameful that Child L's complaints about his foster carer were filed away unread."),
    ),
    (
        "moralising",
        "finding",
        ("Agencies abdicated their responsibility by leaving the family to seek help themselves."),
    ),
    (
        "moralising",
        "finding",
        ("The practitioners' reluctance to challenge the father is impossible to justify."),
    ),
    (
        "modal_adverb",
        "kpe",
        "The school should clearly have recognised the signs of grooming.",
    ),
    (
        "modal_adverb",
        "finding",
        ("The ward staff could easily have contacted the on-call social worker that night."),
    ),
    (
        "modal_adverb",
        "kpe",
        ("The family support worker must surely have noticed the empty cupboards."),
    ),
    (
        "modal_adverb",
        "kpe",
        ("Police would certainly have found the cannabis grow in the loft had they looked."),
    ),
    (
        "modal_adverb",
        "finding",
        (
            "The health visitor should obviously have put the twins on the scales "
            "at the August contact."
        ),
    ),
    (
        "modal_adverb",
        "kpe",
        "Managers ought really to have questioned why the case had no plan.",
    ),
    (
        "modal_adverb",
        "kpe",
        (
            "The practice nurse could quite easily have looked up the sibling's "
            "protection plan on CP-IS before giving the vaccinations."
        ),
    ),
    (
        "modal_adverb",
        "finding",
        "The duty worker should undoubtedly have spoken to the referrer.",
    ),
    (
        "modal_adverb",
        "kpe",
        ("The conference chair must have known that the father was still living in the house."),
    ),
    (
        "modal_adverb",
        "kpe",
        (
            "The community midwife should at the very least have found a moment "
            "with Mrs O without her husband in the room."
        ),
    ),
    (
        "modal_adverb",
        "narrative",
        ("The youth worker should definitely have passed on what Child Z told him."),
    ),
    (
        "modal_adverb",
        "kpe",
        ("The supervising social worker could surely have visited the foster home unannounced."),
    ),
    (
        "modal_adverb",
        "kpe",
        (
            "The registrar on the paediatric ward should plainly have requested "
            "X-rays of every limb."
        ),
    ),
    (
        "modal_adverb",
        "finding",
        ("The housing team could readily have moved the family to a ground-floor flat."),
    ),
    (
        "modal_adverb",
        "kpe",
        "Officers should properly have recorded the incident as a crime.",
    ),
    (
        "modal_adverb",
        "kpe",
        ("The IRO would obviously have been aware that the placement was breaking down."),
    ),
    (
        "modal_adverb",
        "finding",
        ("The special school should absolutely have reported the restraint injuries."),
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "The parenting assessment did not sufficiently explore Mr V's "
            "convictions for assaulting former partners in Leeds."
        ),
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Enquiries into the new partner were not thorough enough.",
    ),
    (
        "intensified_inadequacy",
        "kpe",
        (
            "The written agreement was insufficiently robust to keep the uncle away"
            " from the girls at weekends."
        ),
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "Staff at the academy did not do enough to learn why Child F's "
            "attendance fell to forty per cent after Easter."
        ),
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "Nana Efua's repeated phone calls about the bruises were given too "
            "little weight by the duty desk."
        ),
    ),
    (
        "intensified_inadequacy",
        "kpe",
        "The health visitor's response to the mother's low mood was inadequate.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "The police investigation was superficial and did not go beyond the "
            "mother's first account."
        ),
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Supervision of the case was not rigorous enough to spot the drift.",
    ),
    (
        "intensified_inadequacy",
        "narrative",
        "Checks on the private foster carer were woefully inadequate.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The children's wishes and feelings were not adequately sought.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "The discharge planning meeting failed to consider adequately who would"
            " care for the baby."
        ),
    ),
    (
        "intensified_inadequacy",
        "kpe",
        "Not enough attention was paid to the dog in the household.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Agencies were insufficiently curious about the lodger.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        ("The hospital did not challenge the explanation for the burn sufficiently."),
    ),
    (
        "intensified_inadequacy",
        "narrative",
        "The core group did too little, too late.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "The OASys assessment written before Mr Z's release was cursory and "
            "ignored his partner's toddler."
        ),
    ),
    (
        "intensified_inadequacy",
        "finding",
        (
            "The exploration of Child H's disability and communication needs was "
            "nowhere near detailed enough."
        ),
    ),
    (
        "classic",
        "kpe",
        (
            "Across eleven visits the allocated worker failed to speak with either "
            "boy out of earshot of their stepfather."
        ),
    ),
    (
        "classic",
        "finding",
        (
            "October's referral from the dentist was a missed opportunity to "
            "convene a strategy meeting about the caries and weight loss."
        ),
    ),
    (
        "classic",
        "finding",
        (
            "The practice should have told the local authority about the toddler's "
            "scalds rather than just booking a dressing clinic."
        ),
    ),
    (
        "classic",
        "finding",
        "It was obvious that the mother could not keep the baby safe.",
    ),
    (
        "classic",
        "kpe",
        "The school neglected to tell anyone about the disclosure.",
    ),
    (
        "classic",
        "finding",
        "Police ought to have arrested Mr Q at the scene.",
    ),
    (
        "classic",
        "finding",
        (
            "Given the father's history with the dogs, the mauling of Child B was "
            "entirely predictable."
        ),
    ),
    (
        "classic",
        "finding",
        "The case should never have been closed.",
    ),
    (
        "classic",
        "kpe",
        "This was poor practice by the duty team.",
    ),
    (
        "classic",
        "finding",
        "The hospital failed in its duty to share information.",
    ),
    (
        "classic",
        "finding",
        "The escalation of harm was foreseeable from the first referral.",
    ),
    (
        "classic",
        "narrative",
        "Opportunities to intervene were missed repeatedly throughout 2023.",
    ),
    (
        "classic",
        "finding",
        "The health visitor showed a complete lack of professional curiosity.",
    ),
    (
        "classic",
        "finding",
        "The outcome was inevitable once the children were returned home.",
    ),
    (
        "classic",
        "kpe",
        ("The residential home should have reported Child X missing hours earlier."),
    ),
    (
        "classic",
        "finding",
        "The practitioners ignored clear warning signs.",
    ),
    (
        "classic",
        "finding",
        "The decision not to proceed to a section 47 enquiry was wrong.",
    ),
    (
        "systemic",
        "finding",
        (
            "The front door screened over two hundred contacts a day, and a "
            "referral about a baby looked the same on screen as one about a "
            "teenager."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "The maternity record and the GP record did not share a patient "
            "identifier, so the booking history did not follow the mother to the "
            "surgery."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Health visitors in the locality were each carrying more than six "
            "hundred families, which shaped what a contact could cover."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "The police domestic abuse risk form asked about the victim's children "
            "but had no field for children of the perpetrator who lived elsewhere."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Interpreting was booked through a central line with a five-day lead "
            "time, which made unplanned visits in Tigrinya almost impossible."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Nothing in the hospital's electronic system prompted staff to check "
            "whether a child had a protection plan when attending out of hours."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "The school's safeguarding software listed concerns by date, so a "
            "pattern across three years was not visible on any single screen."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Agency thresholds were written in different language, and "
            "practitioners reading each other's referrals were not always talking "
            "about the same level of need."
        ),
    ),
    (
        "systemic",
        "narrative",
        (
            "Six changes of allocated worker within eighteen months meant each "
            "newcomer relied on a transfer summary that had shrunk with every "
            "handover."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "The housing allocation policy counted the children's bedrooms, not "
            "whether the rooms were safe to sleep in."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Youth justice and children's social care held separate plans for Child"
            " K, and neither plan named the other."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Night-time emergency duty staff answered calls from police without "
            "seeing the notes written by day teams."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Supervision templates centred on task completion, leaving little space"
            " to reflect on the relationship with the family."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "The culture of the partnership encouraged practitioners to see the "
            "cancellation of a conference as good news."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Commissioning arrangements split adult mental health across three "
            "providers, so nobody held the mother's full history."
        ),
    ),
    (
        "systemic",
        "finding",
        (
            "Because the pathway for home-educated children ran through the "
            "attendance team, welfare concerns were routed to a service without "
            "social work input."
        ),
    ),
    (
        "systemic",
        "narrative",
        ("The local MARAC heard thirty cases in a morning, an average of six minutes each."),
    ),
    (
        "negated_blame",
        "finding",
        (
            "This is not a story of individual practitioners who did not care; each"
            " of them worked hard within the constraints they faced."
        ),
    ),
    (
        "negated_blame",
        "finding",
        ("The review does not find that any single professional was at fault for the delay."),
    ),
    (
        "negated_blame",
        "finding",
        (
            "It would be unfair to say the health visitor ought to have known, when"
            " the information sat in a system she could not open."
        ),
    ),
    (
        "negated_blame",
        "kpe",
        (
            "None of this criticises the reception class teacher, who passed on "
            "what she noticed through the channel the school had set up."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "The panel does not consider that the GP failed Child M; the surgery "
            "had no way of knowing the family had moved."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "The gap was not the fault of the duty officer but of a process that "
            "asked one person to triage alone overnight."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "The reviewer is clear that the outcome was not foreseeable from what "
            "agencies knew at the time."
        ),
    ),
    (
        "negated_blame",
        "methodology",
        (
            "Rather than asking who missed the signs, the review asks why the signs"
            " were hard to see."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "It is not suggested that the paramedics should have acted differently "
            "given the guidance they were following."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "There was no lack of commitment from the workers involved; the "
            "obstacles were structural."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "The learning here is not about blame, and it would be wrong to single "
            "out the student social worker."
        ),
    ),
    (
        "negated_blame",
        "kpe",
        (
            "The decision to close was not unreasonable on the information then "
            "available to the manager."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "The midwife is not criticised for accepting the interpreter provided "
            "by the family, which was common practice on that ward."
        ),
    ),
    (
        "negated_blame",
        "finding",
        "Nobody in this review is being accused of negligence.",
    ),
    (
        "negated_blame",
        "finding",
        (
            "The review does not accept that the school could reasonably have been "
            "expected to identify the grooming."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "Calling this a missed opportunity would be hindsight; the pattern only"
            " becomes visible when all the records are put side by side."
        ),
    ),
    (
        "negated_blame",
        "finding",
        (
            "Officers at the roadside were not negligent: they applied the force's "
            "vehicle-stop policy as written, and the policy is what must change."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "The review used the SCIE Learning Together model, which looks at why "
            "actions made sense to people at the time."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Reviewers were alert to hindsight bias and tried to judge each "
            "decision by what was known on the day it was made."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Outcome bias, the tendency to judge a decision by how things turned "
            "out, was discussed with the panel at the start."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "This report avoids counterfactual claims about alternative outcomes "
            "under different practice."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Practitioners took part in a learning event in March 2025 and their "
            "accounts are reflected throughout."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "The chronology was merged from the returns of nine agencies covering "
            "January 2021 to the child's death."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Whether the fire could have been prevented was left to the inquest; "
            "the panel's task was to understand the system around the family."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Key practice episodes were chosen where the panel thought there was "
            "most to learn about the system."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Hindsight makes the path to harm look clearer than it ever was, and "
            "the findings are written with that in mind."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "The family were invited to take part: Mr Nowak declined by letter, "
            "while Babcia met the lead reviewer at her flat on two occasions."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "The report does not use the language of missed opportunities, because "
            "that framing assumes the outcome was knowable."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "Findings are framed as underlying patterns in the system rather than "
            "as errors by individuals."
        ),
    ),
    (
        "methodology",
        "methodology",
        "The lead reviewer is independent of all the agencies involved.",
    ),
    (
        "methodology",
        "methodology",
        ("Records were read knowing that practitioners did not have the full picture we now have."),
    ),
    (
        "methodology",
        "methodology",
        ("The scope was agreed by the safeguarding partners under Working Together 2023."),
    ),
    (
        "methodology",
        "methodology",
        (
            "Case records were analysed before the conversations, so that reviewers"
            " could test emerging hypotheses with practitioners."
        ),
    ),
    (
        "methodology",
        "methodology",
        (
            "The panel deliberately asked what would happen if the same family came"
            " to the same services tomorrow."
        ),
    ),
    (
        "quotation",
        "conversation",
        (
            'The grandmother told the reviewer, "They should have taken those '
            'children the first time I rang."'
        ),
    ),
    (
        "quotation",
        "conversation",
        ('One officer said at the learning event: "We failed that boy, plain and simple."'),
    ),
    (
        "quotation",
        "narrative",
        (
            'The coroner stated that "a more thorough examination would have '
            'revealed the fractures".'
        ),
    ),
    (
        "quotation",
        "narrative",
        ('A newspaper headline at the time read "Social workers ignored 14 warnings".'),
    ),
    (
        "quotation",
        "conversation",
        ('Child D\'s father wrote: "Nobody listened to me and there is no excuse for it."'),
    ),
    (
        "quotation",
        "conversation",
        (
            'Sitting with the reviewer, the nursery nurse said, "I could easily '
            'have asked what the burns on his fingers were, and it keeps me awake."'
        ),
    ),
    (
        "quotation",
        "conversation",
        ("Mother's words were: \"If school had rung me, I would have known he wasn't there.\""),
    ),
    (
        "quotation",
        "conversation",
        ('The teacher recalled thinking, "It was obvious something was wrong at home."'),
    ),
    (
        "quotation",
        "conversation",
        ('In the words of the aunt, "Any decent worker would have seen what he was like."'),
    ),
    (
        "quotation",
        "narrative",
        ('The judge described the local authority\'s evidence as "woefully inadequate".'),
    ),
    (
        "quotation",
        "conversation",
        ('The young person told the advocate, "They didn\'t do enough to find me when I ran."'),
    ),
    (
        "quotation",
        "conversation",
        ('A practitioner said, "It was my duty to push and I didn\'t push hard enough."'),
    ),
    (
        "quotation",
        "conversation",
        'Child A\'s sister put it simply: "They let us down."',
    ),
    (
        "quotation",
        "narrative",
        (
            'The complaint letter said the nursery had "neglected to pass on" what '
            "the child told staff."
        ),
    ),
    (
        "quotation",
        "conversation",
        (
            'According to the police inspector, "the investigation should clearly '
            'have been escalated sooner".'
        ),
    ),
    (
        "quotation",
        "narrative",
        ('The mother\'s advocate called the handling of the interpreter "indefensible".'),
    ),
    (
        "quotation",
        "conversation",
        (
            '"Had anyone asked me, I would have told them about the knife," Child S'
            " told his youth worker."
        ),
    ),
    (
        "factual_exception",
        "narrative",
        ("Child T missed four paediatric appointments between June and September."),
    ),
    (
        "factual_exception",
        "narrative",
        ("The baby was admitted with faltering growth, previously called failure to thrive."),
    ),
    (
        "factual_exception",
        "narrative",
        "Child Q was reported as a missing person on three occasions in May.",
    ),
    (
        "factual_exception",
        "finding",
        (
            "The procedures state that staff should discuss any bruising on a "
            "non-mobile baby with the named nurse."
        ),
    ),
    (
        "factual_exception",
        "narrative",
        (
            "Should the Monday morning screening judge that section 47 criteria are"
            " met, a strategy meeting is arranged within one working day."
        ),
    ),
    (
        "factual_exception",
        "narrative",
        "Had he lived, Child N would have been four years old this month.",
    ),
    (
        "factual_exception",
        "narrative",
        (
            "The family could have been seen at the Saturday drop-in clinic, which "
            "was open to all residents."
        ),
    ),
    (
        "factual_exception",
        "narrative",
        ("The transfer of records failed to upload because the file exceeded the size limit."),
    ),
    (
        "factual_exception",
        "narrative",
        ("Mr K was assessed as lacking capacity to make decisions about his tenancy."),
    ),
    (
        "factual_exception",
        "narrative",
        ("The discharge letter clearly recorded that the baby had a bruise on the left ear."),
    ),
    (
        "factual_exception",
        "kpe",
        "Child R was not brought to the dental appointment on 3 March.",
    ),
    (
        "factual_exception",
        "narrative",
        ("The plan was clear: daily visits by the family support worker for two weeks."),
    ),
    (
        "factual_exception",
        "narrative",
        ("The boiler failed in January and the family were without heating for eleven days."),
    ),
    (
        "factual_exception",
        "finding",
        ("Guidance says practitioners must see the child within 24 hours of a strategy decision."),
    ),
    (
        "factual_exception",
        "narrative",
        ("Ofsted rated the service inadequate in 2022 and judged it good in 2024."),
    ),
    (
        "factual_exception",
        "narrative",
        ("If the child is under one, the policy requires the duty manager to be informed."),
    ),
    (
        "factual_exception",
        "narrative",
        (
            "The mother would have been entitled to a health visitor contact at six"
            " to eight weeks under the universal programme."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The partnership should ensure that bruising in non-mobile babies "
            "triggers a referral from every agency."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        ("Health commissioners ought to fund interpreters who can be booked the same day."),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Schools must be given a route to flag elective home education "
            "applications that follow a safeguarding concern."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The police should review how domestic abuse risk forms record children"
            " in other households."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        ("It is recommended that the front door prioritises referrals about children under one."),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The local authority should establish a single case record for children"
            " known to youth justice and social care."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Agencies should test whether the new escalation protocol is used, and "
            "report to the partnership within six months."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Training should help practitioners to speak to fathers and male "
            "partners, not only mothers."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The housing service must include damp and mould within its "
            "safeguarding referral criteria."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The safeguarding partners should ask the ICB to audit how GP practices"
            " code children with protection plans."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Maternity services should ask every pregnant woman about domestic "
            "abuse when she is seen alone."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The partnership should seek assurance that return home interviews take"
            " place within 72 hours."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "The MARAC steering group ought to consider whether thirty cases per "
            "meeting is manageable."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Supervision policy should make space for reflective discussion of "
            "cases where little is changing."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Hospitals must ensure that the child protection information sharing "
            "system is checked at every attendance."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Commissioners should consider joining up adult mental health "
            "providers' records for parents."
        ),
    ),
    (
        "recommendation",
        "recommendation",
        (
            "Fostering services should make unannounced visits part of every "
            "supervising social worker's plan."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "On Tuesday 12 February the health visitor saw Sana and the newborn at "
            "the refuge and plotted the weight on the red book chart."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "The pastoral lead phoned the front door at 15:20, and a screener rang "
            "her back before lunch next day."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "Child C lived with her mother, her grandmother and two younger "
            "brothers in a two-bedroom flat."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "Imaging at the children's hospital found no older fractures and the "
            "ophthalmology examination was normal."
        ),
    ),
    (
        "neutral",
        "narrative",
        ("Police attended the address at 23:10 following a call from a neighbour."),
    ),
    (
        "neutral",
        "kpe",
        (
            "The social worker met Child H in the school library at lunchtime and "
            "typed up what she said about the new baby."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "The GP increased the sertraline dose and made a referral to the "
            "perinatal team in Wakefield."
        ),
    ),
    (
        "neutral",
        "narrative",
        (
            "A core group met on 4 April, attended by the school, the health "
            "visitor and both parents."
        ),
    ),
    (
        "neutral",
        "narrative",
        ("Mr B moved out of the family home in July and went to stay with his brother in Luton."),
    ),
    (
        "neutral",
        "narrative",
        ("The youth worker kept in contact with Child J by text throughout the summer holidays."),
    ),
    (
        "neutral",
        "narrative",
        ("The family support worker helped the mother apply for a school uniform grant."),
    ),
    (
        "neutral",
        "narrative",
        (
            "Child U was placed with a foster carer in the same town so that he "
            "could stay at his school."
        ),
    ),
    (
        "neutral",
        "finding",
        (
            "Practice in the neonatal unit was thoughtful: staff noticed the "
            "mother's low mood and arranged support before discharge."
        ),
    ),
    (
        "neutral",
        "narrative",
        "The IRO chaired the review and spoke with Child Y before the meeting.",
    ),
    (
        "neutral",
        "narrative",
        "An interpreter who spoke Dari attended the initial conference.",
    ),
    (
        "neutral",
        "narrative",
        "The dentist extracted six teeth under general anaesthetic in November.",
    ),
    (
        "neutral",
        "kpe",
        (
            "Mrs Adeyemi mentioned to the health visitor that she and the baby had "
            "been dozing together on the settee most nights."
        ),
    ),
]

JUDGEMENTAL = {
    "classic",
    "counterfactual",
    "imagined_better",
    "moralising",
    "modal_adverb",
    "intensified_inadequacy",
}


def rows():
    for n, (kind, source, text) in enumerate(SENTENCES, 1):
        row = {"id": f"w{n:03d}", "text": text, "judgemental": kind in JUDGEMENTAL}
        row |= {"kind": kind, "source": source}
        if kind == "quotation":
            row["quotation"] = True
        yield row


if __name__ == "__main__":
    out = HERE / "heldout4.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for row in rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(out)
