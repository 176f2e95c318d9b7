"""Writes case_d.json - the HELD-OUT case. Never used for tuning (fictional; written blind)."""

# ruff: noqa: E501  (entries are data: one chronology entry per line, text as the agency wrote it)

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from casegen import build, filler  # noqa: E402

PEOPLE = [
    ("Chloe Brennan", ["Chloe", "Ms Brennan", "C BRENNAN", "mother"], "Mother", "parent"),
    (
        "Kwame Asante",
        ["Kwame", "Mr Asante", "K ASANTE", "KA"],
        "Mother's partner, father of Kofi",
        "parent",
    ),
    ("Ruby Brennan", ["Ruby", "R BRENNAN"], "Child R (15)", "child"),
    ("Ella Brennan", ["Ella", "E BRENNAN"], "Child E (9)", "child"),
    ("Kofi Asante", ["Kofi", "K ASANTE (infant)"], "Child K (13 months)", "child"),
    (
        "Bridget Brennan",
        ["Bridget", "maternal grandmother", "nan"],
        "Maternal grandmother",
        "family",
    ),
    ("Eleanor Whitcombe", ["Eleanor", "Ms Whitcombe", "EW"], "Social worker", "professional"),
    ("Sunil Mehta", ["Sunil", "PO Mehta", "SM"], "Probation officer", "professional"),
    ("PC Dan Hollis", ["PC Hollis", "PC 2231 HOLLIS"], "Police officer", "professional"),
    ("DS Ruth Okonkwo", ["DS Okonkwo"], "Police officer (CAIU)", "professional"),
    ("Dr Ingrid Larsen", ["Dr Larsen"], "Paediatric consultant", "professional"),
    ("Tessa Moore", ["Tessa", "TM Moore"], "Team manager (CSC)", "professional"),
]
AG = [
    ("Children's Social Care", "social_care", "csc"),
    ("Police", "police", "police"),
    ("Ambulance service", "health", "police"),
    ("Acute hospital", "health", "health"),
    ("Probation", "other", "gp"),
]
CSC, POL, AMB, HOS, PRO = (a[0] for a in AG)

EVENTS = [
    (
        POL,
        "2025-01-11 01:32",
        "DA. Assault ABH. Attended. IP C BRENNAN facial swelling, bleeding lip. Susp K ASANTE arrested. 3 ch at address. IP refused hosp. DASH high. BWV. PPN sub.",
        "Chloe Brennan; Kwame Asante",
        "D01",
    ),
    (
        AMB,
        "2025-01-11 01:40",
        "Cat 2. Assault. 34F. Lac lower lip, swelling L zygoma. Obs NAD. Pt declined conveyance, capacity assessed. Police on scene. Children at property - safeguarding referral raised.",
        "Chloe Brennan",
        "D01",
    ),
    (
        CSC,
        "2025-01-13",
        "A police notification was received on Monday morning about an incident in the early hours of Saturday 11 January. Officers were called to the family home after neighbours heard screaming, and they found Chloe with a swollen face and a cut lip; Kwame was arrested at the scene. Ruby, Ella and baby Kofi were all in the house, and Ruby told officers that she had taken her younger siblings into her bedroom and locked the door. The ambulance service also sent a safeguarding referral about the same incident. Given the severity and the presence of a baby, the MASH manager decided that a strategy discussion was needed.",
        "Chloe; Kwame; Ruby; Ella; Kofi",
        "D01",
    ),
    (
        PRO,
        "2025-01-13",
        "Police notified PO of arrest 11/1 - ABH on partner. KA on licence (DA offence, released Oct 24). Breach being considered, LM discussed with SPO.",
        "Kwame Asante; Sunil Mehta",
        "D01",
    ),
    (
        CSC,
        "2025-01-14 14:00",
        "A strategy discussion was held by Teams and chaired by Tessa Moore. DS Okonkwo represented the police and Sunil Mehta attended for the Probation Service, because Kwame is on licence for a previous domestic abuse offence against a former partner. It was agreed that the threshold for section 47 enquiries was met for all three children. The police are seeking a charge, and Kwame is on conditional bail not to contact Chloe or attend the address. Probation will add an exclusion zone to his licence conditions.",
        "Tessa Moore; DS Okonkwo; Sunil Mehta; Kwame; Chloe; Ruby; Ella; Kofi",
        "D02",
    ),
    (
        POL,
        "2025-01-14",
        "Strat - DS OKONKWO. s47 x3. Bail conds. CPS advice sought.",
        "DS Ruth Okonkwo",
        "D02",
    ),
    (
        PRO,
        "2025-01-16",
        "Minutes rec'd - strat mtg 14/1. Action: add exclusion zone + non-contact to licence. Submitted.",
        "Sunil Mehta; Kwame Asante",
        "D02",
    ),
    (
        PRO,
        "2025-01-28",
        "HV completed jointly with CSC at bail address (brother's flat). KA denies assault. Licence conds explained. Risk - high to known adult.",
        "Kwame Asante; Eleanor Whitcombe",
        "D03",
    ),
    (
        CSC,
        "2025-01-28",
        "I visited Kwame at his brother's flat together with his probation officer, Sunil Mehta, as part of the assessment. Kwame said that Chloe 'fell against the bathroom door' and that the children had not been woken. He was dismissive of Ruby's account. He said he wants to see Kofi and would do 'whatever it takes'. I explained that contact would need to be supervised and agreed by the plan.",
        "Kwame; Sunil Mehta; Chloe; Ruby; Kofi",
        "D03",
    ),
    (
        AMB,
        "2025-02-08 09:12",
        "Cat 2. 13/12 M. Witnessed seizure approx 3 min, resolved prior to arrival. Temp 39.4. Post-ictal. Conveyed to ED with mother.",
        "Kofi Asante; Chloe Brennan",
        "D04",
    ),
    (
        HOS,
        "2025-02-08 09:51",
        "ED - BIBA. 13mo febrile convulsion, first episode. Source: R otitis media. Obs settled. Paeds review - d/c with antipyretic advice. Safeguarding: on CP plan - paeds liaison notified.",
        "Kofi Asante",
        "D04",
    ),
    (
        CSC,
        "2025-02-12",
        "A notification from the paediatric liaison nurse at the hospital came in today. Kofi was taken by ambulance to the Emergency Department on Saturday morning after he had a fit linked to a high temperature. He was checked over, found to have an ear infection, and discharged home with Chloe the same day. There were no concerns about the care Chloe gave: she called 999 promptly and stayed with him.",
        "Kofi; Chloe",
        "D04",
    ),
    (
        POL,
        "2025-02-13",
        "MARAC. Case heard - repeat, high risk. Actions: address flag, TecSOS, IDVA.",
        "Chloe Brennan",
        "D05",
    ),
    (
        CSC,
        "2025-02-13",
        "The case was heard at the Multi-Agency Risk Assessment Conference today. Actions include a police marker on the address, a TecSOS phone for Chloe and support from the Independent Domestic Violence Advocate. Children's social care shared that all three children are now subject to child protection plans.",
        "Chloe; Ruby; Ella; Kofi",
        "D05",
    ),
    (
        PRO,
        "2025-02-14",
        "MARAC outcome rec'd (13/2). Add to risk mgmt plan.",
        "Kwame Asante",
        "D05",
    ),
    (
        CSC,
        "2025-02-04 10:00",
        "The initial child protection conference took place at the Civic Centre and was chaired by an independent reviewing officer. Chloe attended with her mother Bridget. Kwame did not attend and sent a message saying he did not agree with the reports. The conference decided that Ruby, Ella and Kofi should be subject to child protection plans under the category of emotional abuse. A core group will meet within 10 working days, and the first meeting of the plan will include a referral to a domestic abuse recovery programme for Chloe and a safety plan agreed with Ruby.",
        "Chloe; Bridget; Kwame; Ruby; Ella; Kofi",
        "D06",
    ),
    (
        POL,
        "2025-02-04",
        "ICPC - DS OKONKWO attended. CP plans x3. Emotional abuse.",
        "DS Ruth Okonkwo",
        "D06",
    ),
    (
        PRO,
        "2025-02-04",
        "Attended ICPC. Children on CP plans. KA not present.",
        "Sunil Mehta; Kwame Asante",
        "D06",
    ),
    (
        POL,
        "2025-03-15 22:48",
        "999 from R BRENNAN (15). Mother assaulted by partner in breach of bail/licence. Attended. IP facial injury, conveyed by amb. K ASANTE made off. Circulated wanted.",
        "Ruby Brennan; Chloe Brennan; Kwame Asante",
        "D07",
    ),
    (
        AMB,
        "2025-03-15 22:55",
        "Cat 2. 34F assault by known male. Deformity L cheek, periorbital haematoma. Conveyed to ED. Police on scene. 3 children at address, grandmother attending.",
        "Chloe Brennan; Bridget Brennan",
        "D07",
    ),
    (
        HOS,
        "2025-03-15 23:40",
        "ED. 34F alleged assault by partner. CT facial bones - undisplaced # L zygoma. Max-fax OPD. Hospital IDVA referral. Children's SC notified (children at home with grandmother).",
        "Chloe Brennan",
        "D07",
    ),
    (
        CSC,
        "2025-03-18",
        "An email from the hospital's IDVA informed us that Chloe had been treated in A&E late on Saturday night and that an X-ray showed a fractured cheekbone. She was discharged in the early hours of Sunday. The IDVA has offered her a place in refuge, which Chloe has declined for now.",
        "Chloe",
        "D07",
    ),
    (
        PRO,
        "2025-03-18",
        "Licence revoked 17/3 (standard recall). KA returned to custody - arrested by police 18/3 06:20 at brother's address. Now HMP.",
        "Kwame Asante",
        "D09",
    ),
    (
        POL,
        "2025-03-18 06:20",
        "Recall arrest K ASANTE at brother's addr. Also arrested GBH/breach of bail 15/3. Custody.",
        "Kwame Asante",
        "D09",
    ),
    (
        PRO,
        "2025-03-18 11:30",
        "Tel call to SW E Whitcombe to advise recall completed and KA in custody. SW to inform mother.",
        "Eleanor Whitcombe; Kwame Asante",
        "D10",
    ),
    (
        CSC,
        "2025-03-19",
        "Picked up a voicemail from Sunil left yesterday morning: Kwame was picked up at his brother's at dawn and is back in HMP Leeds. I phoned Chloe to tell her, and she cried and said she felt 'safe for the first time in months'. Ruby was told by Chloe after school.",
        "Sunil Mehta; Kwame; Chloe; Ruby",
        "D10",
    ),
    (
        CSC,
        "2025-04-29",
        "The review child protection conference was held. Kwame remains in custody on recall and has been charged with grievous bodily harm; the trial is listed for September. Chloe has worked well with the IDVA and is attending the recovery programme. Ruby's school attendance has dropped and she has been drinking with older friends. The conference decided that Ella and Kofi's plans could end and they would be supported as children in need, while Ruby's plan continues because of concerns about her own safety.",
        "Kwame; Chloe; Ruby; Ella; Kofi",
        "D11",
    ),
    (
        PRO,
        "2025-04-29",
        "RCPC - report submitted, PO attended by phone. E & K step down to CIN. R remains CP.",
        "Sunil Mehta; Ella Brennan; Kofi Asante; Ruby Brennan",
        "D11",
    ),
    (
        POL,
        "2025-04-30",
        "RCPC 29/4 - outcome recd. CAIU to close police involvement for E + K.",
        "Ella Brennan; Kofi Asante",
        "D11",
    ),
    (
        POL,
        "2025-05-09 23:15",
        "Concern for welfare - female 15 yrs found in Victoria Park heavily intoxicated, not able to stand. Amb called. R BRENNAN. Mother informed.",
        "Ruby Brennan; Chloe Brennan",
        "D12",
    ),
    (
        AMB,
        "2025-05-09 23:31",
        "Cat 3. 15F alcohol intoxication. GCS 13. Police on scene. Conveyed.",
        "Ruby Brennan",
        "D12",
    ),
    (
        HOS,
        "2025-05-10 00:20",
        "ED. 15yo F acute alcohol intox. GCS 13 improving. Obs overnight CDU. Mother attended. Safeguarding referral - open to CSC (CP plan).",
        "Ruby Brennan; Chloe Brennan",
        "D12",
    ),
    (
        CSC,
        "2025-05-12",
        "Over the weekend the Emergency Duty Team was told that Ruby had been found by police in Victoria Park late on Friday night, so drunk that she could not stand. She was taken to hospital by ambulance and kept in overnight. Chloe collected her on Saturday morning. I will see Ruby at school today and speak to her about who she was with.",
        "Ruby; Chloe",
        "D12",
    ),
]

DECOYS = [
    (
        POL,
        "2025-01-28",
        "Bail check at brother's addr by response - K ASANTE present, compliant.",
        "Kwame Asante",
        None,
    ),
    (
        POL,
        "2025-02-12",
        "Vuln. log - C BRENNAN - IDVA contact made, safety plan in place.",
        "Chloe Brennan",
        None,
    ),
    (
        PRO,
        "2025-02-12",
        "Supervision appt. KA - discussed CP conf outcome. Says he wants contact with Kofi via court.",
        "Kwame Asante; Kofi Asante",
        None,
    ),
    (
        POL,
        "2025-05-12",
        "CE screening tool completed - R BRENNAN. Medium risk. Shared with MASH.",
        "Ruby Brennan",
        None,
    ),
    (
        HOS,
        "2025-05-12",
        "Paeds liaison - ED attendance 10/5 (Ruby) shared with school nurse.",
        "Ruby Brennan",
        None,
    ),
    (
        CSC,
        "2025-02-08 11:40",
        "Emergency Duty Team note: Chloe rang EDT at 11:30 to say Kofi had been taken to hospital and asked whether she had to tell her social worker. Advised yes, and that the locality team would be told on Monday.",
        "Chloe; Kofi",
        "D04",
    ),
    (
        POL,
        "2025-01-11 09:40",
        "K ASANTE interviewed. Denies. Bailed - conds not to contact IP / attend addr.",
        "Kwame Asante",
        None,
    ),
    (
        CSC,
        "2025-01-15",
        "Tessa Moore recorded her management oversight following yesterday's strategy discussion, confirming the decision and setting a timescale of 15 working days for the assessment.",
        "Tessa Moore",
        None,
    ),
    (
        CSC,
        "2025-01-16",
        "Ruby, Ella and Kofi were seen at home as part of the section 47 enquiry. Ruby spoke to me alone in her room and gave a clear account of hearing Kwame hit her mum and of barricading the door with her desk. Ella said she 'heard banging' but went back to sleep. Kofi was observed to be well, happy and meeting his milestones. Chloe said she has ended the relationship.",
        "Ruby; Ella; Kofi; Chloe; Kwame",
        None,
    ),
    (
        POL,
        "2025-01-16",
        "ABE interview declined by R BRENNAN. Statement taken by PC HOLLIS.",
        "Ruby Brennan; PC Dan Hollis",
        None,
    ),
    (
        PRO,
        "2025-01-21",
        "Supervision appt. KA reported as instructed. Denies contact with IP.",
        "Kwame Asante",
        None,
    ),
    (PRO, "2025-02-03", "Report for ICPC submitted.", "Sunil Mehta", None),
    (
        AMB,
        "2025-02-22 03:10",
        "Cat 3. 13/12 M. Noisy breathing, coryzal. Sats 96% RA. Not conveyed - advised GP/111 if worse. Worsening advice given to mother.",
        "Kofi Asante; Chloe Brennan",
        None,
    ),
    (
        HOS,
        "2025-02-23 14:20",
        "ED. 13mo bronchiolitis, self-presented with mother. Sats 94%. d/c with advice.",
        "Kofi Asante; Chloe Brennan",
        "D13",
    ),
    (
        CSC,
        "2025-02-24",
        "Chloe told me on the phone that Kofi had been poorly with a chest infection over the weekend and that she took him to the hospital herself on Sunday afternoon. He is now improving.",
        "Chloe; Kofi",
        "D13",
    ),
    (POL, "2025-03-16", "K ASANTE wanted - address checks x2 negative.", "Kwame Asante", None),
    (
        CSC,
        "2025-03-17",
        "On Monday I visited Chloe at her mother's home, where she is staying with the children after the assault on Saturday. Her face was badly bruised and she said her cheekbone was broken. Ruby was proud that she had called the police. Ella and Kofi were calm. Bridget will stay with the family for the time being.",
        "Chloe; Ruby; Ella; Kofi; Bridget",
        None,
    ),
    (
        HOS,
        "2025-03-20",
        "Max-fax clinic. # L zygoma - conservative mgmt. Review 6/52.",
        "Chloe Brennan",
        None,
    ),
    (PRO, "2025-04-28", "Report for RCPC submitted (KA in custody).", "Sunil Mehta", None),
    (
        CSC,
        "A:2025-04-14:2025-04-18:mid-April 2025 (approx.)",
        "Around the middle of April Ruby's school raised concerns about her attendance and said she had been seen leaving at lunchtime with older young people. This was discussed with Chloe, who was not aware.",
        "Ruby; Chloe",
        None,
    ),
    (
        PRO,
        "A:2025-02-24:2025-03-02:w/c 24/2/25",
        "Accredited programme (Building Better Relationships) - KA assessed as suitable, waitlisted.",
        "Kwame Asante",
        None,
    ),
    (
        POL,
        "2025-05-10",
        "Ruby BRENNAN - missing/vulnerable markers reviewed. Referral to MASH.",
        "Ruby Brennan",
        None,
    ),
    (
        AMB,
        "2025-05-03 20:05",
        "Cat 4. 58F fall at home, R wrist pain. Conveyed. (Bridget BRENNAN.)",
        "Bridget Brennan",
        "D08",
    ),
    (
        HOS,
        "2025-05-03 21:15",
        "ED. 58F FOOSH. # distal radius. POP. Fracture clinic.",
        "Bridget Brennan",
        "D08",
    ),
    (
        CSC,
        "2025-05-06",
        "Chloe told me her mother broke her wrist at the weekend, which means Bridget cannot help as much with Kofi for the next few weeks. We talked about a nursery place.",
        "Chloe; Bridget; Kofi",
        "D08",
    ),
    (
        CSC,
        "2025-05-13",
        "I saw Ruby at school. She said she had drunk vodka with friends from the estate and 'didn't mean it to go that far'. She agreed to a referral to the young people's substance misuse service.",
        "Ruby",
        None,
    ),
]

POOLS = {
    CSC: [
        (
            "A statutory home visit was completed. Chloe was at home with Kofi, who was playing on the floor with his stacking cups and babbling. The home was clean and warm. Chloe said there has been no contact from Kwame and that she is sleeping better. Ella and Ruby were at school.",
            "Chloe; Kofi; Kwame",
        ),
        (
            "I met with Ella at school for direct work. We used the 'three houses' tool. Ella's house of worries contained 'loud noises at night' and 'mummy crying'. Her house of good things contained her nan and her rabbit.",
            "Ella; Bridget",
        ),
        (
            "Supervision with Tessa Moore. We reviewed progress against the plan and agreed that the next visit should include seeing Ruby alone, since she has not been seen on her own for several weeks.",
            "Tessa Moore; Ruby",
        ),
        (
            "I phoned Chloe to confirm the time of the next visit. She said Kofi has a cold but is otherwise well.",
            "Chloe; Kofi",
        ),
        (
            "I attempted an unannounced visit, but there was no reply. I left a card and sent Chloe a text message asking her to get in touch.",
            "Chloe",
        ),
        (
            "Case recording has been brought up to date, and the chronology has been updated following this week's contacts.",
            "",
        ),
        (
            "I took Ruby for a milkshake after school so we could talk alone. She talked about her GCSE options and said she sometimes feels she has to be the 'adult' in the house. We agreed she could contact me by text.",
            "Ruby",
        ),
        (
            "I spoke to Bridget by phone. She confirmed that she is looking after the children on two afternoons a week while Chloe attends her programme.",
            "Bridget",
        ),
    ],
    POL: [
        ("Address flag reviewed. No change.", ""),
        ("File to CPS - ABH/GBH, charging decision awaited.", "Kwame Asante"),
        ("CAIU review - no further incidents.", "DS Ruth Okonkwo"),
        ("ASB - youths on estate. Not subject family.", ""),
        ("Vuln. log - C BRENNAN - IDVA update recd.", "Chloe Brennan"),
        ("!TecSOS handset issued to IP.", "Chloe Brennan"),
        ("!Theft from motor vehicle outside addr - not subject family.", ""),
        (
            "!Disclosure (Clare's Law) request from new partner of K ASANTE's ex - processed.",
            "Kwame Asante",
        ),
        ("!Schools liaison officer - talk at Ruby's school re county lines. N/A.", ""),
    ],
    AMB: [
        ("Cat 4. 111 referral - 1yr M rash - advice only.", "Kofi Asante"),
        ("Cat 3. Neighbouring address - fall, elderly male. N/A.", ""),
        ("!Cat 2. 34F chest pain/anxiety. ECG NSR. Not conveyed, GP f/u advised.", "Chloe Brennan"),
    ],
    HOS: [
        ("Paeds liaison - weekly review. No attendances.", ""),
        ("!Outpatient - audiology. Kofi - normal hearing.", "Kofi Asante"),
        ("!Outpatient - paeds ENT. Kofi - recurrent OM, watchful wait.", "Kofi Asante"),
        (
            "!ED. 9F finger caught in door. X-ray NAD. d/c. Attended with grandmother.",
            "Ella Brennan; Bridget Brennan",
        ),
    ],
    PRO: [
        ("Supervision appt. KA reported. Discussed triggers.", "Kwame Asante"),
        ("Risk mgmt plan reviewed - no change.", "Sunil Mehta"),
        ("DNA supervision - warning letter.", "Kwame Asante"),
        ("Tel contact KA - reports staying at brother's.", "Kwame Asante"),
    ],
}
CUSTODY = {
    PRO: [
        ("Custody contact - KA remains HMP. Legal visit booked.", "Kwame Asante"),
        ("Risk mgmt plan reviewed - recall, in custody. No change.", "Sunil Mehta"),
        ("Prison OM liaison - KA on remand wing, no issues.", "Kwame Asante"),
    ],
}


def case_d():
    entries = (
        EVENTS
        + DECOYS
        + filler(
            "d",
            POOLS,
            "2025-01-06",
            "2025-06-13",
            55,
            windows={
                CSC: ("2025-01-15", "2025-06-13"),
                PRO: ("2025-01-14", "2025-03-14"),
                POL: ("2025-01-12", "2025-06-13"),
            },
        )
        + filler("d2", CUSTODY, "2025-03-20", "2025-06-13", 6)
    )
    return build(
        "d",
        "HELD-OUT: domestic abuse by a partner on licence, three children, five agencies (terse police/"
        "ambulance/probation notes, long social-care prose), Jan-Jun 2025",
        PEOPLE,
        AG,
        entries,
        HERE / "case_d.json",
    )


if __name__ == "__main__":
    print(len(case_d()["entries"]))
