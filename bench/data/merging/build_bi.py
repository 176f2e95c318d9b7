# ruff: noqa
"""Writing aid for case_bi (fictional; written blind, see case_bi_README.md).

    python3 bench/data/merging/build_bi.py      # writes bench/data/merging/case_bi.json

Chronic neglect of three siblings - Kayla (11), Riley (6) and Ava-Rose (2). Their mother
Danielle misuses cannabis and alcohol, their father Craig uses cocaine; domestic abuse
notifications (Operation Encompass to two schools), poor attendance, missed health and dental
appointments, head lice and an untreated dental abscess, a school-led early help assessment
that stalled, step-up to a child protection plan for neglect, two Graded Care Profile 2
sessions and a later re-score, housing disrepair and rent arrears, a drug and alcohol service.
Ten agencies, Jan 2025 - Feb 2026. Every entry is written by hand (no random filler), so the
output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hv", "%d %b %y")  # 15 Jan 25
casegen.STYLES.setdefault("alc", "%a %d/%m/%y")  # Mon 07/04/25
casegen.STYLES.setdefault("acad", "%d %b %Y")  # 22 Sep 2025
casegen.STYLES.setdefault("hsg", "%d.%m.%Y")  # 03.10.2025

POL = "Police"
CSC = "Children's Social Care"
MPS = "Moorside Primary School"
CVA = "Calder Vale Academy"
HV = "Health visiting (0-19 service)"
SN = "School nursing (0-19 service)"
GP = "Lowther Street Surgery"
CDS = "Community dental service"
DAS = "Pathways drug and alcohol service"
HSG = "Calderside Homes"

AGENCIES = [
    (POL, "police", "police"),
    (CSC, "social_care", "csc"),
    (MPS, "education", "school"),
    (CVA, "education", "acad"),
    (HV, "health", "hv"),
    (SN, "health", "iso"),
    (GP, "health", "gp"),
    (CDS, "health", "health"),
    (DAS, "other", "alc"),
    (HSG, "other", "hsg"),
]

PEOPLE = [
    ("Kayla Mellor", ["Kayla", "KM"], "Child K (11)", "child"),
    ("Riley Mellor", ["Riley", "RM"], "Child R (6)", "child"),
    ("Ava-Rose Mellor", ["Ava-Rose", "Ava", "AR"], "Child A (2)", "child"),
    (
        "Danielle Hirst",
        ["Danielle", "Dani", "Mum", "Ms Hirst", "HIRST", "DH"],
        "Mother",
        "parent",
    ),
    ("Craig Mellor", ["Craig", "Dad", "Mr Mellor", "MELLOR", "CM"], "Father", "parent"),
    ("Jean Hirst", ["Jean", "Nana Jean", "MGM", "Mrs Hirst"], "Maternal grandmother", "family"),
    ("Priya Chauhan", ["SW Chauhan", "Priya"], "Social worker", "professional"),
    ("Mark Dolan", ["TM Dolan"], "Team manager", "professional"),
    ("Hazel Okafor", ["Chair Okafor"], "Child protection chair", "professional"),
    ("Nicola Grant", ["MASH SW Grant"], "MASH social worker", "professional"),
    (
        "Louise Fenton",
        ["Mrs Fenton", "LF"],
        "Deputy head and DSL, Moorside Primary",
        "professional",
    ),
    (
        "Shona Price",
        ["Shona", "FSW Price"],
        "Family support worker, Moorside Primary (EHA lead professional)",
        "professional",
    ),
    ("Gareth Lowe", ["Mr Lowe", "GL"], "DSL, Calder Vale Academy", "professional"),
    ("Bryony Walsh", ["Ms Walsh", "BW"], "Head of Year 7, Calder Vale Academy", "professional"),
    ("Rachel Kerr", ["Rachel", "HV Kerr", "RK"], "Health visitor", "professional"),
    ("Anita Moss", ["Anita", "SN Moss"], "School nurse", "professional"),
    ("Imran Shah", ["Dr Shah"], "GP", "professional"),
    ("Katrin Novak", ["Dr Novak"], "Community dental officer", "professional"),
    ("Leanne Booth", ["Leanne", "LB"], "Recovery worker (Danielle)", "professional"),
    ("Tariq Hussain", ["Tariq", "TH"], "Recovery worker (Craig)", "professional"),
    (
        "Paul Greaves",
        ["Mr Greaves", "PG"],
        "Neighbourhood officer, Calderside Homes",
        "professional",
    ),
    ("Carla Fox", ["DC Fox"], "Detective constable (CAIT)", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "DH - alcohol misuse (AUDIT 19), declined referral to drug & alcohol service. Anxiety/depression on and off citalopram since 2016. Cannabis use most days 'to sleep'.",
        "Danielle Hirst",
        None,
    ),
    (
        POL,
        "2023-08-12 01:15",
        "Occ 23/118805. Verbal domestic, 14 Fennel Close. HIRST and MELLOR both in drink, argument over money. No offences disclosed. 2 children in addr + infant in cot, all asleep. DASH standard. PPN submitted.",
        "HIRST; MELLOR",
        None,
    ),
    (
        POL,
        "M:2024-06",
        "MELLOR, Craig - possession Class A (cocaine, 2 wraps) found on search outside the Fleece PH. Adult caution. No drug test referral (non-trigger offence at the time).",
        "Craig Mellor",
        None,
    ),
    (
        HV,
        "A:2024-10-01:2024-11-30:Oct-Nov 2024 (approx.)",
        "AR 2-2.5yr review - offered x3 (clinic x2, home x1). WNB / no access each time. Letters sent. Mum on phone: 'we're fine, she's talking loads'.",
        "AR; Mum",
        None,
    ),
    (
        HSG,
        "M:2024-11",
        "Tenancy 14 Fennel Close (Ms D Hirst, sole tenant, 3 bed house). Rent arrears £620.35 at month end. Repair request logged: black mould back bedroom, ref R-20331.",
        "Ms Hirst",
        None,
    ),
    (
        MPS,
        "2024-12-19",
        "Autumn term attendance: Riley (Y2) 84.2%, Kayla (Y6) 88.9%. 14 late marks between them. Attendance letter 1 sent home.",
        "Riley; Kayla; Mum",
        None,
    ),
    # ---------------- January 2025 ----------------
    (
        MPS,
        "2025-01-07",
        "First day back. Riley in the same jumper as before Christmas, no coat, smelt strongly of smoke. Kayla brought him at 9.10 - said Mum was 'poorly'. Both given breakfast in the hall. Logged on CPOMS (neglect).",
        "Riley; Kayla; Mum",
        None,
    ),
    (
        HV,
        "2025-01-09",
        "AR 2-2.5yr review - 4th offer, home visit (Rachel). No access 10:00, dog barking, TV on. Card left. Phoned Mum x2 - voicemail. WNB letter sent, copy GP.",
        "AR; Mum; Rachel",
        None,
    ),
    # E01 DA Saturday night; Monday Op Encompass + MASH; HV notified Wednesday
    (
        POL,
        "2025-01-11 23:35",
        "Occ 25/006218. 999 from HIRST - partner 'kicking off'. Att 23:48. MELLOR in hallway, agitated, pupils dilated, admits 'a line' earlier + 8 cans. HIRST states he pushed her into the door frame, no visible injury, declines statement. Both adults in drink. 3 children in addr: 11yo and 6yo awake upstairs, 2yo in cot in heavily soiled nappy. MELLOR left voluntarily to his mother's. DASH medium (9 ticks). PPN - DA and child concern - submitted.",
        "HIRST; MELLOR; Kayla Mellor; Riley Mellor; Ava-Rose Mellor",
        "E01",
    ),
    (
        MPS,
        "2025-01-13 08:20",
        "OE email in at 07:55 - police called to home Sat night (11/1), argument between Mum and Dad, both children there and awake. Mrs Fenton informed. Kayla tired, said 'it was just shouting, Dad's gone to Grandma's'. Riley his usual self in class. Staff asked to keep an eye.",
        "Kayla; Riley; Mum; Dad; Mrs Fenton",
        "E01",
    ),
    (
        CSC,
        "2025-01-13 10:15",
        "MASH: Police Protection Notice received concerning an incident late on Saturday 11 January at 14 Fennel Close. Mr Mellor is said to have pushed Ms Hirst during an argument; both adults had been drinking and officers believed Mr Mellor had taken cocaine. All three children were in the house and the youngest, Ava-Rose, was found in a heavily soiled nappy. One earlier domestic notification (August 2023). Health records show missed developmental reviews; school attendance below 90%. Decision by MASH social worker Nicola Grant: does not meet the threshold for a statutory assessment at present; information shared with the school and the health visitor with a recommendation of early help.",
        "Danielle Hirst; Craig Mellor; Kayla Mellor; Riley Mellor; Ava-Rose Mellor; MASH SW Grant",
        "E01",
    ),
    (
        GP,
        "2025-01-13 16:40",
        "Tel consult DH. Requests fit note - anxiety and 'my back'. Also asking for something to help her sleep - declined, sleep hygiene discussed. Alcohol: says she has 'cut right down'. FN 4/52 issued. F/u 2/52 face to face.",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    (
        HV,
        "2025-01-15",
        "Secure email from MASH: DA notification re incident Sat 11/01 - police attended, parents intoxicated, father thought to have used cocaine, AR found in soiled nappy. Info only/early help advised. Alert added. Plan: unannounced visit to complete the overdue 2yr review.",
        "AR; Mum; Dad",
        "E01",
    ),
    (
        HV,
        "2025-01-20 11:00",
        "Unannounced HV (Rachel) - access gained. 2yr review completed at last. AR 27 months: ASQ-3 communication 20 (below cut-off), problem solving 35 (monitor), gross/fine motor OK. Wt 11.9kg (25th). Few words, points. Home: strong smell of cannabis, dog mess in kitchen, no stair gate, bottles of wine on side. Mum defensive, said Craig is 'staying at his mum's for now'. Advice: cannabis smoke/safe storage, stair gate voucher. SALT referral. Review 4/52.",
        "AR; Mum; Craig; Rachel",
        None,
    ),
    (
        MPS,
        "2025-01-20",
        "Kayla absent - Mum rang 8.40, 'sickness bug'. Riley in, brought by Nana Jean at 9.15 (late). Illness authorised for Kayla this time; 3rd illness absence this half term.",
        "Kayla; Riley; Mum; Nana Jean",
        None,
    ),
    (
        MPS,
        "2025-01-22",
        "Riley - live head lice seen by class teacher (3rd time since Sept). Letter home + nit comb from the office. Kayla says Mum 'hasn't got money for the stuff'.",
        "Riley; Kayla; Mum",
        None,
    ),
    (
        HSG,
        "2025-01-24",
        "Repairs line: tenant reports boiler cutting out, no hot water for 3 days. Job 118274 raised, priority 3 (vulnerable household - children under 5).",
        "Ms Hirst",
        None,
    ),
    (
        GP,
        "2025-01-28 09:10",
        "AR 2y - cough 1/52, brought by MGM (Jean). Eating OK, wet nappies. O/E chest clear, ears NAD, T 37.4. Viral URTI. Advice + safety net. Jean mentions she 'does a lot' for the kids.",
        "Ava-Rose Mellor; Jean; Dr Shah",
        None,
    ),
    (
        MPS,
        "2025-01-30",
        "Attendance letter stage 2 to Ms Hirst - Riley 83.6%, Kayla 87.1% this year. Invited to attendance meeting; no reply yet.",
        "Ms Hirst; Riley; Kayla",
        None,
    ),
    # ---------------- February 2025 ----------------
    # E02 DSL consultation call to MASH, recorded both ends in different words
    (
        MPS,
        "2025-02-04 14:10",
        "Mrs Fenton rang MASH consultation line re Riley + Kayla - HL x3, hungry, uniform unwashed, attendance ~84%, OE 13/1. Advice: below threshold for CSC, school to do EHA with parental consent, re-refer if no progress or escalation. Shona (FSW) to lead.",
        "Mrs Fenton; Riley; Kayla; Shona",
        "E02",
    ),
    (
        CSC,
        "2025-02-04 14:10",
        "Consultation (no names initially given, then confirmed): designated safeguarding lead at Moorside Primary describing cumulative worries about two siblings - poor hygiene, recurrent head lice, coming to school hungry, low attendance - and a recent domestic notification. Advised that this fits early help; school to complete an early help assessment with the parents and notify the hub. If concerns escalate, a referral should be made.",
        "Louise Fenton; Kayla Mellor; Riley Mellor",
        "E02",
    ),
    # E03 school referral to school nursing (sent / received 6 days later)
    (
        MPS,
        "2025-02-06",
        "Request for support sent to school nursing via the 0-19 SPA: persistent head lice Riley (Y2) and Kayla (Y6), body odour, Kayla started periods and has no products at home. Mum aware of referral.",
        "Riley; Kayla; Mum",
        "E03",
    ),
    (
        GP,
        "2025-02-11 10:30",
        "DH F2F. Low mood, 'everything's on top of me'. Drinking a bottle of wine most nights, cannabis daily to sleep. AUDIT-C 10. PHQ-9 17. No SI. Offered referral to Pathways - declined, 'I'll sort it myself'. Start sertraline 50mg. R/v 4/52.",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    (
        SN,
        "2025-02-12",
        "New referral received from Moorside Primary via SPA (form dated 06/02/25). Siblings Riley and Kayla Mellor: recurrent head lice, hygiene concerns, Kayla has no sanitary products. Allocated Anita Moss. Plan: phone parent, offer home visit for head lice advice + treatment kit, see Kayla 1:1 in school.",
        "Riley Mellor; Kayla Mellor; Anita",
        "E03",
    ),
    # E04 EHA completed and submitted (school) / registered at the Early Help Hub 6 days later
    (
        MPS,
        "2025-02-13",
        "HV at home (Shona FSW). EHA done with Dani, consent signed - Dad not there ('working'). Dani's own worries: money, the boiler, 'Ava won't talk', getting the kids up. Needs agreed: attendance/routines, HL, house + heating, debts, AR speech. EHA emailed to Early Help Hub at 3pm. TAF to be set up.",
        "Shona; Dani; Dad; Ava-Rose",
        "E04",
    ),
    (
        CSC,
        "2025-02-19",
        "Early Help Hub: early help assessment received from Moorside Primary School for Kayla, Riley and Ava-Rose Mellor (assessment date 13 February 2025; lead professional Shona Price, family support worker). Registered; no statutory involvement. Hub to send team around the family guidance to the lead professional.",
        "Kayla Mellor; Riley Mellor; Ava-Rose Mellor; Shona Price",
        "E04",
    ),
    (
        HV,
        "2025-02-17",
        "Planned 4/52 review - no access. Phoned Mum: 'forgot, at my mum's'. Rebooked 25/02 - school FSW to join.",
        "AR; Mum",
        None,
    ),
    (
        SN,
        "2025-02-20",
        "Phoned Dani re referral. Agreeable. Talked through wet combing/treatment; free HL kit to go home via school. Will see Kayla in school after half term. Mum says Kayla 'is a big help with the little one'.",
        "Dani; Kayla; Anita",
        None,
    ),
    # E05 joint home visit FSW + HV; GP sees mother the same afternoon (decoy)
    (
        MPS,
        "2025-02-25 10:00",
        "JV with Rachel (HV). Ava-Rose in a vest and nappy, house freezing - boiler 'off for a week'. Fridge: milk, margarine, nothing else. Shona took Dani to the shop with the FSW fund (nappies, bread, milk, pasta). Dani tearful, agreed to TAF on 11/3 at school.",
        "Rachel; Ava-Rose; Dani; Shona",
        "E05",
    ),
    (
        HV,
        "2025-02-25 10:00",
        "Joint home visit with the school family support worker (Shona Price). AR wt 12.0kg, happy, babbling, few clear words. No heating - boiler broken, Mum says reported to landlord twice. Black mould on the children's bedroom wall. Cannabis smell again. SALT referral confirmed sent. Mum low; encouraged to see GP. Agreed to attend TAF.",
        "AR; Mum; Shona; Rachel",
        "E05",
    ),
    (
        GP,
        "2025-02-25 16:10",
        "DH - f/u mood. Has not started the sertraline. Boiler broken, kids cold, 'can't cope'. No SI. Food bank voucher given. Encouraged to start meds. Alcohol not discussed (time).",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    # ---------------- March 2025 ----------------
    (
        HSG,
        "2025-03-03",
        "Job 118274 complete - PCB replaced, heating + HW restored. Operative notes heavy black mould rear bedroom and damp below window; passed to surveyor for damp inspection.",
        "Ms Hirst",
        None,
    ),
    (
        HSG,
        "M:2025-03",
        "Rent account 14 Fennel Close: arrears £1,012.40 at month end. UC housing costs paid to tenant, not passed on in Feb or Mar. Income officer letter (stage 2).",
        "Ms Hirst",
        None,
    ),
    (
        GP,
        "2025-03-11 09:20",
        "DH - DNA mood r/v 4/52 (sertraline started?). Text reminder sent. Rebook when she calls.",
        "Danielle Hirst",
        None,
    ),
    # E06 first TAF meeting at school (three agencies) and the HV's receipt of the minutes;
    # the mother's missed GP appointment that morning is not it
    (
        MPS,
        "2025-03-11 15:30",
        "TAF 1, chaired by Shona (lead professional). Present: Dani, Mrs Fenton, Rachel (HV), Anita (school nurse). Dad invited, did not come. Plan: Riley + Kayla to breakfast club daily; attendance target 92%; HL treated at home weekly + SN support; FSW to help with arrears/UC; HV re Ava-Rose's speech + home safety. Review 6 wks (29/4).",
        "Shona; Dani; Mrs Fenton; Rachel; Anita; Dad; Riley; Kayla; Ava-Rose",
        "E06",
    ),
    (
        HV,
        "2025-03-11 15:30",
        "TAF at Moorside Primary (HV attended). Mum present, partner not. HV actions: chase SALT, AR review 4-weekly, stair gate fitted?, home safety check. Shared ASQ result with family (consent).",
        "AR; Mum; Rachel",
        "E06",
    ),
    (
        SN,
        "2025-03-11",
        "Team around the family meeting at Moorside - attended. SN actions: head lice support to home (kit given to Mum), hygiene/puberty 1:1 with Kayla, check Riley's dental registration.",
        "Kayla Mellor; Riley Mellor; Mum; Anita",
        "E06",
    ),
    # SN 1:1 with Kayla and a school pastoral note the same day (decoy pair)
    (
        SN,
        "2025-03-13",
        "1:1 with Kayla in school (medical room). Periods since January, managing with toilet roll - products given + info. Kayla says she does 'most of the washing' and gets Ava up in the mornings. HL - says Mum treated 'once'. Positive, chatty. Follow-up in 4 wks.",
        "Kayla Mellor; Anita",
        None,
    ),
    (
        MPS,
        "2025-03-13 12:50",
        "Kayla upset at lunch - girls in her class said she smells. Spoke with Mrs Fenton, who addressed it with the group. Kayla asked for spare PE kit to take home to wash.",
        "Kayla; Mrs Fenton",
        None,
    ),
    (
        HV,
        "2025-03-18",
        "TAF minutes (11/03) received from school FSW by email and filed.",
        "AR; Shona",
        "E06",
    ),
    # E07 GP referral to the community dental service (sent / received a week later);
    # school's note of the swelling the same morning is a separate happening (decoy)
    (
        MPS,
        "2025-03-19 10:45",
        "Riley crying in maths, L cheek swollen and hot. Said his tooth 'has hurt for ages'. Dani rang, collected him 11:30. Advised GP or dentist TODAY. Office: no dentist on our records.",
        "Riley; Dani",
        None,
    ),
    (
        GP,
        "2025-03-19 16:20",
        "RM 6y with Mum. L facial swelling, toothache 3/7, not sleeping. O/E swelling L mandible, grossly carious LL E/D, tender, apyrexial, no trismus. Dx dental abscess. Rx amoxicillin 250mg tds 5/7, paracetamol/ibuprofen. Not registered with a dentist - urgent referral to community dental service sent. SN if worse/systemically unwell.",
        "Riley Mellor; Mum; Dr Shah",
        "E07",
    ),
    (
        HV,
        "2025-03-24",
        "4-weekly review (Rachel). Heating back on. Stair gate not fitted. AR clingy, nappy rash. SALT: appt letter received for 07/05. Mum says Craig is 'back home, he's trying'. Cannabis smell in hallway.",
        "AR; Mum; Craig; Rachel",
        None,
    ),
    (
        CDS,
        "2025-03-26",
        "Referral received: Lowther Street Surgery (Dr Shah), dated 19/03/25. Riley Mellor, 6, dental abscess lower left, on antibiotics, no GDP. Triaged URGENT. Appointment 02/04/25 09:30 posted to parent.",
        "Riley Mellor; Dr Shah",
        "E07",
    ),
    (
        MPS,
        "2025-03-27",
        "Attendance meeting - Dani, Mrs Fenton, Shona. Riley 82.9%. Parenting contract explained; Dani would not sign ('I'm doing my best'). Target agreed verbally.",
        "Dani; Mrs Fenton; Shona; Riley",
        None,
    ),
    # ---------------- April 2025 ----------------
    # E08 WNB at the dental clinic; notification reaches SN and GP a week later
    (
        CDS,
        "2025-04-02 09:30",
        "Riley - was not brought (urgent appt). Phoned mother x2 09:40 and 10:15, no answer. WNB (child) policy: letter to parent, GP and 0-19 school nursing. Re-offered 23/04/25.",
        "Riley Mellor; Mum",
        "E08",
    ),
    (
        MPS,
        "2025-04-02",
        "Riley in today - swelling has gone down but complaining it hurts to eat; soft lunch given. Dani said she 'didn't get the letter' about a dentist.",
        "Riley; Dani",
        None,
    ),
    (
        POL,
        "2025-04-05 01:10",
        "Occ 25/051907. Vehicle stop Calder Rd, VW Golf (driver NFA). Rear passenger MELLOR, Craig searched s23 MDA - 4 wraps white powder (NIK positive cocaine) + £340 cash. Arrested poss w/i supply. Custody: drug test on arrest POSITIVE cocaine - required assessment imposed. Interviewed, RUI.",
        "Craig Mellor",
        "E09",
    ),
    (
        DAS,
        "2025-04-07",
        "Arrest referral from custody (Sat 05/04): Craig Mellor, positive test for cocaine on arrest - Required Assessment. Booked Mon 14/04 10:00 with Tariq. Letter + text.",
        "Craig Mellor; Tariq",
        "E09",
    ),
    (
        SN,
        "2025-04-09",
        "WNB notification from community dental service: Riley not brought to urgent appt 02/04, rebooked 23/04. Rang Dani - 'forgot, Riley's fine now'. Stressed the abscess can come back. Informed Shona (lead professional).",
        "Riley Mellor; Dani; Shona; Anita",
        "E08",
    ),
    (
        GP,
        "2025-04-11",
        "Letter from CDS: RM was not brought to urgent dental appt 02/04/25, re-offered 23/04/25. Coded 'child not brought to appointment'. For info.",
        "Riley Mellor",
        "E08",
    ),
    # Pathways assessment of Craig and an HV visit where he is met (decoy)
    (
        DAS,
        "2025-04-14 10:00",
        "Required Assessment (Tariq). Craig attended on time. Cocaine 1-2g Fri/Sat, 'more lately since work dried up'; 6-8 cans at weekends. No injecting. Lives with partner + 3 children. Minimises impact ('the kids are in bed'). Consented to info sharing with GP. Accepted voluntary keywork fortnightly.",
        "Craig Mellor; Tariq",
        None,
    ),
    (
        HV,
        "2025-04-14 14:30",
        "Review AR (Rachel). Dad present - first time met; polite, said he's 'sorting himself out'. AR wt 12.3kg. Stair gate now fitted. Home tidier. Mum brighter. Reminded re SALT 07/05.",
        "AR; Mum; Dad; Rachel",
        None,
    ),
    (
        HSG,
        "2025-04-16",
        "Damp & mould inspection (surveyor). Rear bedroom: HHSRS damp/mould cat 2. Cause: condensation + defective gutter over rear elevation, no extract fan. Works order W-5521: gutter repair, mould wash + treatment, fit extractor in bathroom. Target 60 working days.",
        "Ms Hirst",
        None,
    ),
    # E10 dental assessment (grandmother brings Riley) and the clinic letter at the GP 13 days later
    (
        CDS,
        "2025-04-23 11:00",
        "Riley attended with maternal grandmother (Jean Hirst); verbal consent from mother by phone. Caries: LL E, LL D, LR E, LR D, UR E, UL E - LL E non-restorable, abscess resolved on antibiotics. Plan: extraction x6 under GA - added to GA waiting list. Fluoride varnish applied, 1450ppm toothpaste + brush given, diet advice (sugary drinks). Siblings not registered anywhere - advised.",
        "Riley Mellor; Jean Hirst; Dr Novak",
        "E10",
    ),
    # TAF 2 - recorded by school only; SN's written update the same day is not the meeting
    (
        MPS,
        "2025-04-29 15:30",
        "TAF 2. Dani did not come (texted 'ill' at 3.10). Present: Shona, Mrs Fenton. Rachel (HV) sent update. Little progress: Riley attendance 80.1%, HL continues, dentist missed then seen with Nana Jean. Agreed: Shona to visit; if no engagement by the next TAF, Mrs Fenton to consult MASH again.",
        "Dani; Shona; Mrs Fenton; Rachel; Riley; Nana Jean",
        None,
    ),
    (
        SN,
        "2025-04-29",
        "TAF review today - unable to attend (immunisation session). Written update sent to FSW: HL kit given, Kayla 1:1 done, Riley's dental - WNB 02/04 then seen 23/04, for GA.",
        "Shona; Kayla Mellor; Riley Mellor; Anita",
        None,
    ),
    # ---------------- May 2025 ----------------
    (
        GP,
        "2025-05-06",
        "Clinic letter CDS (Dr Novak) re appt 23/04/25: RM multiple caries, abscess LL E resolved, listed for extraction of 6 teeth under GA. Brought by grandmother. Noted.",
        "Riley Mellor; Dr Novak",
        "E10",
    ),
    (
        MPS,
        "2025-05-08",
        "Home visit (Shona) 11am - no answer, curtains drawn, dog barking. Note through door. Texted Dani - no reply.",
        "Shona; Dani",
        None,
    ),
    (
        DAS,
        "2025-05-12",
        "Craig DNA keywork (2nd in a row). Phoned - no answer. Letter: engagement is voluntary but we will close in 4 wks if no contact.",
        "Craig Mellor; Tariq",
        None,
    ),
    (
        HV,
        "2025-05-14",
        "SALT letter: AR not brought to initial appt 07/05 - discharged back to HV. Phoned Mum, says letter 'must have gone to my mum's'. Re-referral made, Mum asked to call SALT herself.",
        "AR; Mum",
        None,
    ),
    # E11 DA + neglect, Saturday evening; Monday OE and MASH; HV notified Wednesday
    (
        POL,
        "2025-05-17 21:50",
        "Occ 25/071344. 999 neighbour - screaming + breaking glass, 14 Fennel Close. Att 22:02. MELLOR left prior. HIRST intoxicated (slurred, near-empty vodka bottle), states MELLOR smashed the TV in argument over money. 3 children present; 11yo was caring for the 2yo, whose nappy was soaked through - no clean clothes found for her. Dog faeces on floors, strong cannabis smell, fridge almost empty, broken glass in lounge. MGM HIRST, Jean attended and took all 3 children overnight. DASH medium. PPN - DA + neglect.",
        "HIRST; MELLOR; Kayla Mellor; Riley Mellor; Ava-Rose Mellor; Jean Hirst",
        "E11",
    ),
    (
        POL,
        "2025-05-18 14:20",
        "MELLOR arrested at his mother's addr re crim damage 17/05. Interview: admits breaking TV, 'she threw it at me first'. HIRST declines to support. RUI, no conditions.",
        "MELLOR; HIRST",
        None,
    ),
    (
        MPS,
        "2025-05-19 08:15",
        "OE - police at home Sat evening again. Glass broken, Mum drunk per the notification, children went to Nana Jean's. Kayla in, very quiet, 'I'm fine, can I just go to class'. Riley absent - Nana rang, no clean uniform, will bring tomorrow. Mrs Fenton to share EHA info with MASH.",
        "Kayla; Riley; Mum; Nana Jean; Mrs Fenton",
        "E11",
    ),
    (
        CSC,
        "2025-05-19 11:40",
        "MASH: Police Protection Notice for an incident at the family home on the evening of Saturday 17 May. Mr Mellor had left after breaking the television; Ms Hirst was heavily intoxicated; Kayla (11) was looking after her sister, who was in a nappy that had not been changed for some time; the house was dirty with dog mess and very little food. The grandmother took the children overnight. Second domestic notification this year; early help in place since February with little engagement. Spoke to the lead professional at school: two of three TAF meetings missed by the parents. Decision (TM Dolan): step up to a child and family assessment under section 17; allocated to Priya Chauhan.",
        "Danielle Hirst; Craig Mellor; Kayla Mellor; Riley Mellor; Ava-Rose Mellor; Jean Hirst; TM Dolan; Priya Chauhan",
        "E11",
    ),
    (
        GP,
        "2025-05-19 12:05",
        "Tel DH. Asking for diazepam - 'nerves, bad weekend'. Declined; benzos not appropriate with alcohol. Admits a 'binge' on Saturday. Sertraline - stopped after 2 wks. Restart advised. Offered Pathways again - 'maybe'.",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    (
        HV,
        "2025-05-21",
        "MASH notification: DA/neglect incident Sat 17/05 - Mum intoxicated, AR found in a soaked nappy, poor home conditions, children to MGM overnight. Stepped up to CSC (C&F assessment, SW Priya Chauhan). HV chronology to be sent to SW.",
        "AR; Mum; MGM; Priya",
        "E11",
    ),
    # E12 SW phones the FSW for the early help handover (same call, different words); SN sees Kayla the same day (decoy)
    (
        CSC,
        "2025-05-22 09:30",
        "Telephone call with Shona Price, family support worker at Moorside and lead professional for the early help plan. She summarised the early help work: assessment in February, one team around the family meeting attended by Ms Hirst, the second missed; small improvements with heating and breakfast club but attendance has fallen. She will email the plan and minutes. She thinks Kayla is doing much of the caring. Agreed to visit the family together next week if possible.",
        "Shona Price; Danielle Hirst; Kayla Mellor",
        "E12",
    ),
    (
        MPS,
        "2025-05-22 09:30",
        "Call from new SW (Priya Chauhan) - Shona gave EHA history, TAF 1 + 2, breakfast club, attendance now 79%. Sent EHA + action plan + minutes by secure email after. Joint visit to be arranged after half term. EHA to close on step-up.",
        "Shona; Priya; Riley; Kayla",
        "E12",
    ),
    (
        SN,
        "2025-05-22 13:15",
        "Kayla seen in school (drop-in) - itchy scalp, live lice. Wet combed; kit given to take home. 2nd 1:1 re hygiene - managing products, says there's 'no washing powder at the minute'. Spoke to office re spare uniform.",
        "Kayla Mellor; Anita",
        None,
    ),
    (
        CSC,
        "2025-05-23",
        "First home visit as allocated social worker. Ms Hirst and Mr Mellor both present. Children's bedrooms: mattress on the floor for Riley, mould on one wall, very few clothes. Kitchen had food today. Ms Hirst accepts she drinks 'too much at weekends' and smokes cannabis in the evenings; Mr Mellor says his cocaine use is 'recreational'. Both agreed to a Graded Care Profile with the health visitor. Ava-Rose seen - happy, clean today.",
        "Danielle Hirst; Craig Mellor; Riley Mellor; Ava-Rose Mellor; Priya Chauhan",
        None,
    ),
    (
        GP,
        "2025-05-28 10:40",
        "AR 2y7m - sore bottom 1/52, brought by Mum. O/E extensive napkin dermatitis with satellite lesions - candidal. Rx clotrimazole 1%. Advised frequent changes, barrier cream. Mum tired, ?smell of alcohol - not raised today.",
        "Ava-Rose Mellor; Mum; Dr Shah",
        None,
    ),
    # ---------------- June 2025 ----------------
    # E13 GCP2 session 1 (HV + SW jointly); Craig's keywork that afternoon is a separate contact (decoy)
    (
        HV,
        "2025-06-03 10:00",
        "GCP2 session 1 - joint with SW (Priya). Mum + Dad present, AR at home, older two at school. Area 1 physical care: nutrition, housing, clothing, hygiene, health. Kitchen better stocked but no routine mealtimes; AR's nappy changed 'when it needs it'. Bedroom mould persists. Health: 2yr review late, SALT WNB, Riley dental WNB. Session 2 booked 10/06.",
        "AR; Mum; Dad; Priya; Rachel",
        "E13",
    ),
    (
        CSC,
        "2025-06-03 10:00",
        "Graded Care Profile visit with Rachel Kerr, health visitor - first of two sessions, covering physical care. Both parents engaged and were honest about food running out before payday and the house being cold over winter. Ava-Rose was in a clean nappy and ate toast while we talked. Riley's missed dental appointment and the abscess were discussed; Ms Hirst said she 'didn't realise it was that bad'.",
        "Danielle Hirst; Craig Mellor; Ava-Rose Mellor; Rachel Kerr; Priya Chauhan",
        "E13",
    ),
    (
        DAS,
        "2025-06-03 14:00",
        "Keywork (Tariq). Craig re-engaged after letter. Says 'social services were round this morning doing some form'. Cocaine last Sat (1g). Harm reduction + UDS offered - declined today. Next 17/06.",
        "Craig Mellor; Tariq",
        None,
    ),
    # E14 GCP2 session 2 - the look-alike of E13
    (
        HV,
        "2025-06-10 14:00",
        "GCP2 session 2 with SW - areas 2-5 (safety, love, esteem). Dad not present. Safety: cannabis smoked in the house 'only when kids in bed'; medication within reach. Love/esteem: Mum warm with AR, little praise for Riley. Kayla described as 'my little helper'. Scoring to follow.",
        "AR; Mum; Priya; Riley; Kayla",
        "E14",
    ),
    (
        CSC,
        "2025-06-10 14:00",
        "Second GCP2 session, again with the health visitor. Focus on safety, emotional care and esteem. Ms Hirst was tearful talking about her own childhood. She relies on Kayla for bedtimes and the morning routine. She agreed that cannabis is smoked in the living room 'after eight'. Mr Mellor was out.",
        "Danielle Hirst; Kayla Mellor; Rachel Kerr; Priya Chauhan",
        "E14",
    ),
    (
        HV,
        "2025-06-13",
        "GCP2 scored and report written (Rachel). Overall grade 4. Physical care 4 (nutrition 3, housing 4, hygiene 4, health 4), safety 4, love 3, esteem 3. Emailed to SW with chronology.",
        "AR; Priya",
        None,
    ),
    (
        CSC,
        "2025-06-16",
        "Supervision (TM Dolan): GCP2 overall grade 4 - neglect across physical care and safety, with Kayla in a caring role. Child and family assessment to conclude by 27 June; if further concerns arise, convene a strategy discussion.",
        "TM Dolan; Priya Chauhan; Kayla Mellor",
        None,
    ),
    # E15 Kayla's disclosure and the DSL's referral to the allocated SW; housing home visit same day (decoy)
    (
        MPS,
        "2025-06-18 11:20",
        "Kayla cried in English, taken out by Mrs Fenton. Disclosed: Sunday night Dad 'took the white stuff' and shouted, hit Mum 'on the arm and the head'; no tea Sun or Mon, 'just school dinner'; she puts Ava to bed most nights because Mum 'falls asleep on the sofa' after drinking. No marks seen on Kayla. Mrs Fenton rang allocated SW 12:05 + written referral on the portal.",
        "Kayla; Dad; Mum; Ava-Rose; Mrs Fenton; Priya",
        "E15",
    ),
    (
        CSC,
        "2025-06-18 12:05",
        "Call from Louise Fenton, deputy head: Kayla told her this morning that on Sunday her father used drugs and hit her mother on the head and arm, that there was no food on Sunday or Monday, and that she puts her sister to bed most nights because her mother is asleep on the sofa after drinking. Written referral received on the portal. Discussed with TM Dolan - strategy discussion to be held on Friday 20 June.",
        "Louise Fenton; Kayla Mellor; Craig Mellor; Danielle Hirst; Ava-Rose Mellor; TM Dolan",
        "E15",
    ),
    (
        HSG,
        "2025-06-18",
        "Income visit (arrears £1,394.80). Tenant not in - card left. Spoke to neighbour (no details shared). W-5521: gutter done, mould wash + fan still outstanding. Chase contractor.",
        "Ms Hirst",
        None,
    ),
    # E16 strategy discussion (four agencies) and HV's receipt of the minutes five days later;
    # GP's written information the same day is not the meeting (decoy)
    (
        CSC,
        "2025-06-20 10:00",
        "Strategy discussion chaired by TM Dolan. Present: Priya Chauhan (SW), DC Carla Fox (Police CAIT), Mrs Fenton (Moorside Primary), Rachel Kerr (health visitor). GP information received in writing. Kayla's disclosure of domestic abuse and drug use; GCP2 grade 4; three domestic notifications; missed health and dental care. Agreed: threshold met for section 47 enquiries for all three children (neglect, emotional harm). Single agency led by Children's Social Care; police to record the disclosed assault and speak to Ms Hirst. Children to be seen within two working days.",
        "TM Dolan; Priya Chauhan; DC Fox; Mrs Fenton; Rachel Kerr; Kayla Mellor; Riley Mellor; Ava-Rose Mellor; Danielle Hirst; Craig Mellor",
        "E16",
    ),
    (
        POL,
        "2025-06-20 10:00",
        "Strat disc (Teams) re MELLOR children - DC Fox. Police info: DA x3 (08/23, 01/25, 05/25), MELLOR poss Class A 06/24 + arrest PWITS 04/25 (RUI). Outcome: s47 CSC single agency. Police: crime report for assault disclosed by child, approach HIRST for account.",
        "MELLOR; HIRST; Kayla Mellor; DC Fox",
        "E16",
    ),
    (
        MPS,
        "2025-06-20 10:00",
        "Strategy meeting (Teams) - Mrs Fenton attended. Shared Kayla's disclosure, attendance, HL, breakfast club. Outcome CP enquiries. School: SW to see Kayla + Riley in school Mon.",
        "Mrs Fenton; Kayla; Riley",
        "E16",
    ),
    (
        HV,
        "2025-06-20",
        "Strat meeting 10:00 (Teams) - HV attended. Shared GCP2 (grade 4), missed reviews, SALT WNB. s47 agreed. HV to see AR with SW.",
        "AR; Rachel",
        "E16",
    ),
    (
        GP,
        "2025-06-20 09:15",
        "Request from CSC for strategy discussion - summary sent by secure email: DH alcohol/cannabis, low mood, sertraline stopped, declined Pathways x2; RM dental abscess 03/25, CDS WNB; AR nappy candida 05/25. Unable to attend (surgery).",
        "Danielle Hirst; Riley Mellor; Ava-Rose Mellor; Dr Shah",
        None,
    ),
    # E17 SW sees Kayla and Riley at school (both record it)
    (
        CSC,
        "2025-06-23 13:30",
        "Section 47: saw Kayla on her own at school, then Riley with Mrs Fenton present. Kayla repeated what she had told Mrs Fenton and added that 'Dad's friends come round late'. Riley talked mostly about his sore teeth and his dog, and said he is 'hungry at home sometimes'. Neither child had marks. Ava-Rose to be seen at home tomorrow.",
        "Kayla Mellor; Riley Mellor; Mrs Fenton; Priya Chauhan",
        "E17",
    ),
    (
        MPS,
        "2025-06-23 13:30",
        "SW (Priya) in school to see children. Kayla seen alone in the quiet room (30 min); Riley with Mrs Fenton. Both back to class after, Kayla asked if she was 'in trouble' - reassured.",
        "Priya; Kayla; Riley; Mrs Fenton",
        "E17",
    ),
    (
        CSC,
        "2025-06-24",
        "Home visit, section 47, to see Ava-Rose. Ava-Rose clean, in a dry nappy, playing. Ms Hirst denies being hit; says they 'were both shouting'. Mr Mellor has gone to his mother's again. Ms Hirst agreed to a referral to Pathways.",
        "Ava-Rose Mellor; Danielle Hirst; Craig Mellor; Priya Chauhan",
        None,
    ),
    (
        HV,
        "2025-06-24 15:00",
        "Review AR (CP enquiries ongoing). Wt 12.6kg. Few words, good eye contact. SW had visited earlier today. Mum flat, says Craig 'has gone again'. Safe storage checked - meds moved up high.",
        "AR; Mum; Craig; Rachel",
        None,
    ),
    (
        HV,
        "2025-06-25",
        "Strat meeting minutes (20/06) rec'd from CSC business support - filed to AR's record. HV actions as noted.",
        "AR",
        "E16",
    ),
    (
        POL,
        "2025-06-26",
        "CAIT (DC Fox): HIRST spoken to re assault disclosed by child 15/06 - denies any assault, 'just words'. No independent evidence. Crime NFA - evidential difficulties. Intel log updated.",
        "HIRST; MELLOR; DC Fox",
        None,
    ),
    (
        DAS,
        "2025-06-30",
        "Keywork (Tariq). Craig says 'it's going to a conference, they're saying neglect'. Staying at his mum's. UDS: cocaine positive, benzo neg. Agreed to attend conference if invited; consent to share with SW signed.",
        "Craig Mellor; Tariq",
        None,
    ),
    # ---------------- July 2025 ----------------
    (
        CVA,
        "2025-07-02",
        "Y7 induction day 1 - Kayla Mellor (from Moorside). Quiet, stayed with one Moorside friend. Lunch: ate two portions. Noted on transition sheet: CP enquiries in progress (info from Moorside pending).",
        "Kayla Mellor",
        None,
    ),
    (
        GP,
        "2025-07-04",
        "Report for ICPC 08/07 completed and sent to CSC (children + parents). Unable to attend - clinic.",
        "Danielle Hirst; Craig Mellor; Kayla Mellor; Riley Mellor; Ava-Rose Mellor",
        None,
    ),
    (
        POL,
        "2025-07-07",
        "Police report for ICPC (MELLOR children) submitted to CP conference unit - DA history x3, MELLOR drugs intel. Not attending.",
        "MELLOR; HIRST",
        None,
    ),
    # E18 ICPC (five agencies); Riley's GA pre-assessment the same afternoon is not it (decoy)
    (
        CSC,
        "2025-07-08 13:30",
        "Initial child protection conference, chaired by Hazel Okafor. Present: Ms Hirst, Mr Mellor (arrived late), Priya Chauhan, Mrs Fenton and Shona Price (Moorside), Rachel Kerr (health visitor), Anita Moss (school nurse), Tariq Hussain (Pathways, for Mr Mellor). Reports from police and GP. Decision: Kayla, Riley and Ava-Rose to be subject to child protection plans under the category of neglect. Core group within ten working days; review conference in three months.",
        "Chair Okafor; Danielle Hirst; Craig Mellor; Priya Chauhan; Mrs Fenton; Shona Price; Rachel Kerr; Anita; Tariq; Kayla Mellor; Riley Mellor; Ava-Rose Mellor",
        "E18",
    ),
    (
        MPS,
        "2025-07-08 13:30",
        "ICPC at Civic Centre - Mrs Fenton and Shona attended. All 3 children on CP plans (neglect). School actions: daily breakfast club, attendance monitoring, HL checks fortnightly with SN, Kayla's transition to Calder Vale - share plan with their DSL. 1st core group 21/7 here.",
        "Mrs Fenton; Shona; Kayla; Riley; Ava-Rose",
        "E18",
    ),
    (
        HV,
        "2025-07-08",
        "ICPC attended (Rachel). AR + siblings subject to CP plan - neglect. HV actions: 4-weekly CP visits, ASQ-3 repeat at 33m, SALT, home safety, dental registration for AR. Parents both present.",
        "AR; Kayla; Riley; Mum; Dad; Rachel",
        "E18",
    ),
    (
        SN,
        "2025-07-08",
        "Initial CP conference - attended. Outcome: CP plans (neglect) x3. SN: HL + hygiene support for Riley and Kayla, health needs review for Kayla at secondary, liaison with CDS re Riley's GA.",
        "Kayla Mellor; Riley Mellor; Anita",
        "E18",
    ),
    (
        DAS,
        "2025-07-08",
        "Tariq attended initial CP conf with Craig's consent. Children now on CP plans (neglect). Pathways named in plan: Craig weekly keywork + UDS; Danielle to be referred by SW.",
        "Craig Mellor; Danielle; Tariq",
        "E18",
    ),
    (
        CDS,
        "2025-07-08 16:00",
        "GA pre-assessment (Riley). Attended with Nana Jean. Weight 21kg, ASA 1, no meds/allergies. Consent form - mother to sign on the day. GA list date 14/08/25, Calder General day surgery. Pre-op information given.",
        "Riley Mellor; Nana Jean",
        None,
    ),
    # E19 SW's referral of the mother to Pathways (sent / received next working day)
    (
        CSC,
        "2025-07-11",
        "Completed the online referral to Pathways drug and alcohol service for Ms Hirst (her consent given at home on 24 June and again at conference): alcohol most evenings, cannabis daily, children subject to child protection plans.",
        "Danielle Hirst; Priya Chauhan",
        "E19",
    ),
    (
        DAS,
        "2025-07-14",
        "New referral in - from Children's Social Care (SW P Chauhan, submitted Fri 11/07): Danielle Hirst, alcohol + cannabis, 3 children on CP plans. Called Danielle - assessment booked Thu 24/07 14:00.",
        "Danielle Hirst; Priya Chauhan",
        "E19",
    ),
    # E20 DSL-to-DSL transition call (both ends); GP's coding of the conference letter the same day (null)
    (
        MPS,
        "2025-07-15 15:45",
        "Transition call - Mrs Fenton to Mr Lowe (DSL Calder Vale). Shared: CP plan (neglect) since 8/7, OE history, young carer role, HL, attendance 79%, breakfast club works. Mr Lowe invited to core group 21/7. CPOMS transfer to follow at end of term.",
        "Mrs Fenton; Mr Lowe; Kayla",
        "E20",
    ),
    (
        CVA,
        "2025-07-15 15:45",
        "Phone handover from Moorside DSL (L Fenton) re incoming Y7 Kayla Mellor. Subject to child protection plan - neglect - since 08/07/25. Parents' substance misuse, domestic abuse; Kayla cares for younger siblings. Needs: breakfast, uniform, lice, attendance. GL to attend core group on 21/07 at Moorside.",
        "Louise Fenton; Kayla Mellor; GL",
        "E20",
    ),
    (
        GP,
        "2025-07-15",
        "Letter from CSC conference unit: ICPC 08/07/25 - KM, RM, AR subject to CP plans (neglect). CP alert added to children's and parents' records. Next RCPC Oct.",
        "Kayla Mellor; Riley Mellor; Ava-Rose Mellor; Danielle Hirst; Craig Mellor",
        None,
    ),
    (
        DAS,
        "2025-07-21 10:00",
        "Craig - keywork DNA. Phoned 11:30 - 'forgot, sorry'. Says he 'might go to the school meeting this afternoon' (core group). UDS not done. Rebooked Thu.",
        "Craig Mellor; Tariq",
        None,
    ),
    # E21 first core group (four agencies); Craig's missed keywork that morning is not it
    (
        CSC,
        "2025-07-21 15:30",
        "First core group at Moorside Primary. Present: Ms Hirst, Priya Chauhan, Mrs Fenton and Shona Price, Rachel Kerr (health visitor), Gareth Lowe (Calder Vale Academy, Kayla's new school). Mr Mellor did not attend. Plan made specific: breakfast club every day; nappies and food stocked (checked on visits); Riley's general anaesthetic date 14 August - grandmother to take him; Ms Hirst's Pathways assessment on 24 July; housing repairs to be chased; summer holiday plan with the grandmother.",
        "Danielle Hirst; Priya Chauhan; Mrs Fenton; Shona Price; Rachel Kerr; Gareth Lowe; Craig Mellor; Jean Hirst; Riley Mellor",
        "E21",
    ),
    (
        MPS,
        "2025-07-21 15:30",
        "Core group 1 in the library. Mum came, Dad didn't. Mr Lowe from Calder Vale came too. Summer plan: Nana Jean, holiday club 2 days/wk for Riley (funded). Riley's GA 14/8.",
        "Mum; Dad; Mr Lowe; Nana Jean; Riley",
        "E21",
    ),
    (
        HV,
        "2025-07-21",
        "Core group (Moorside) attended. HV plan unchanged - 4-weekly, ASQ at 33m (Aug), SALT chase. Mum engaged, Dad absent.",
        "AR; Mum; Dad; Rachel",
        "E21",
    ),
    (
        CVA,
        "2025-07-21",
        "GL attended first core group at Moorside Primary as receiving school. Actions for us from Sept: breakfast club, uniform pack, HoY check-in weekly, attendance first-day calling.",
        "GL; Kayla Mellor",
        "E21",
    ),
    (
        MPS,
        "2025-07-22",
        "Kayla's last day at Moorside - card and book from class. CP file sent to Calder Vale via CPOMS transfer this afternoon.",
        "Kayla",
        None,
    ),
    (
        DAS,
        "2025-07-24 14:00",
        "Assessment - Danielle (Leanne). Alcohol: vodka/wine 4-5 evenings, ~60 units/wk, AUDIT 24. Cannabis 1-2g/day, smoked indoors after kids in bed. No withdrawal seizures. Low mood. Motivated 'for the kids'. Goals: no cannabis in the house, 2 AF days/wk. Keywork weekly, Leanne allocated.",
        "Danielle Hirst; Leanne",
        None,
    ),
    # E22 housing officer + SW joint visit
    (
        HSG,
        "2025-07-29 11:00",
        "Joint visit with Children's Services SW (Priya Chauhan), tenant present. Tenancy audit: mould regrown rear bedroom (W-5521 mould wash + fan still not done - escalated), kitchen cupboard doors off, dog - no issue under tenancy. Arrears £1,460.15. Discussed UC managed payment to landlord (APA) and a DHP application - tenant agreed. Referral to in-house money advice.",
        "Ms Hirst; Priya Chauhan; PG",
        "E22",
    ),
    (
        CSC,
        "2025-07-29 11:00",
        "Visited with Paul Greaves, neighbourhood officer from Calderside Homes. He looked at the children's bedroom and agreed the mould work is overdue and will escalate it. Ms Hirst owes nearly £1,500 in rent; he explained how her housing money could be paid directly to the landlord and offered help with a discretionary housing payment. Ms Hirst seemed relieved. The children were at their grandmother's.",
        "Paul Greaves; Danielle Hirst; Priya Chauhan",
        "E22",
    ),
    # ---------------- August 2025 ----------------
    # E23 assault Saturday night; EDT call that night; HV notified; police charge next day (null);
    # Pathways keywork mentions the arrest (decoy)
    (
        POL,
        "2025-08-09 23:15",
        "Occ 25/112870. 999 from child (Kayla MELLOR, 11) - 'Dad's hurting Mum'. Att 23:21. HIRST: red marks to neck, says MELLOR grabbed her throat and slapped her after she found cocaine in his jacket. MELLOR arrested at scene (assault/NFS). Children awake; 2yo crying. HIRST had been drinking but coherent. MGM attended. DASH HIGH - MARAC referral. EDT informed 00:30. PPN submitted.",
        "HIRST; MELLOR; Kayla Mellor; Riley Mellor; Ava-Rose Mellor; MGM",
        "E23",
    ),
    (
        CSC,
        "2025-08-10 00:45",
        "Emergency duty team: call from police at the home. Mr Mellor arrested after grabbing Ms Hirst by the throat; Kayla made the 999 call. Children on child protection plans. Spoke to Ms Hirst and to her mother Jean, who will stay the night. Children safe with mother and grandmother; no further EDT action. Passed to allocated social worker for Monday.",
        "Danielle Hirst; Craig Mellor; Kayla Mellor; Jean Hirst",
        "E23",
    ),
    (
        POL,
        "2025-08-10 16:30",
        "MELLOR interviewed - denies strangulation, admits 'pushing her off me'. CPS: charged s.75A NFS + common assault. Bailed to court 10/09 with conditions: not to contact HIRST directly or indirectly, not to enter Fennel Close.",
        "MELLOR; HIRST",
        None,
    ),
    (
        HV,
        "2025-08-13",
        "MASH/SW email: DA incident Sat 09/08 - father arrested after assaulting mother (strangulation), children present, Kayla called police. Father on bail, not to attend the address. HV CP visit brought forward.",
        "AR; Mum; Dad; Kayla",
        "E23",
    ),
    (
        DAS,
        "2025-08-13 10:00",
        "Keywork (Leanne). Danielle tearful - Craig 'arrested Saturday, on bail, can't come near'. Drank 'the whole weekend' after. AUDIT not repeated. Safety plan; IDVA number. AF days: 1 this week.",
        "Danielle Hirst; Craig; Leanne",
        None,
    ),
    # E24 GA extractions; the SW's call the next day about it; GP discharge letter 13 days later;
    # HV's visit the same day mentions it (decoy)
    (
        CDS,
        "2025-08-14 09:00",
        "GA list, Calder General day surgery (Dr Novak). Riley Mellor: XLA LL E, LL D, LR E, LR D, UR E, UL E (6 teeth). Uneventful. Escorted by grandmother; mother signed consent by phone/witnessed. Discharged 13:10. Post-op advice. Review 6/52 + prevention.",
        "Riley Mellor; Jean Hirst; Dr Novak",
        "E24",
    ),
    (
        HV,
        "2025-08-14 14:00",
        "CP visit (brought forward). AR + Mum at home. Mum says Riley 'is having his teeth out today, Nana's took him'. AR ASQ-3 at 34m: communication 30 (still below), others OK. Home - kitchen clean. Mum smelt of alcohol at 2pm - discussed; says 'one can'. Shared with SW.",
        "AR; Mum; Riley; Nana Jean; Rachel",
        None,
    ),
    (
        CSC,
        "2025-08-15",
        "Phoned Jean: she took Riley for his six teeth to be taken out under general anaesthetic yesterday; Danielle 'couldn't face the hospital'. Riley was brave and is eating soup and ice cream; he is staying with Jean until Sunday.",
        "Jean Hirst; Riley Mellor; Danielle Hirst",
        "E24",
    ),
    (
        DAS,
        "2025-08-14 15:30",
        "Tariq - Craig phoned. On bail at his mum's. Wants to keep coming. Says he's 'done with the gear'. Appt Tue.",
        "Craig Mellor; Tariq",
        None,
    ),
    # E25 second core group (schools closed): four agencies
    (
        CSC,
        "2025-08-19 10:00",
        "Second core group at Calder Locality Office. Present: Ms Hirst, Priya Chauhan, Rachel Kerr (HV), Leanne Booth (Pathways), Paul Greaves (Calderside Homes). Schools on holiday; updates by email. Mr Mellor excluded by bail conditions. Riley's extractions done. Ms Hirst engaging weekly with Pathways; drinking increased after the incident. Housing: managed payment applied for, mould works booked for 1 September.",
        "Danielle Hirst; Priya Chauhan; Rachel Kerr; Leanne Booth; Paul Greaves; Craig Mellor; Riley Mellor",
        "E25",
    ),
    (
        HV,
        "2025-08-19 10:00",
        "Core group (locality office). HV update: ASQ-3 34m communication still below cut-off; SALT appt 02/09. Dental: AR still not registered - Nana Jean to ask at Riley's post-op review.",
        "AR; Mum; Rachel",
        "E25",
    ),
    (
        DAS,
        "2025-08-19",
        "Core group - LB attended (Danielle's consent). Reported: attending weekly, honest about weekend drinking, cannabis reduced to evenings outside. Agreed Pathways to share attendance + AUDIT monthly with SW.",
        "Danielle Hirst; LB",
        "E25",
    ),
    (
        HSG,
        "2025-08-19",
        "Attended core group (Children's Services, locality office). Update given: APA applied for 12/08; DHP form submitted 15/08; W-5521 mould wash + extractor booked 01/09/25.",
        "Ms Hirst; PG",
        "E25",
    ),
    (
        GP,
        "2025-08-27",
        "Discharge letter CDS: RM XLA x6 under GA 14/08/25 (day case, uneventful). Prevention plan + recall 6/12. Noted.",
        "Riley Mellor",
        "E24",
    ),
    # ---------------- September 2025 ----------------
    (
        CVA,
        "2025-09-03 08:55",
        "Y7 first day. Kayla arrived late (8.55), no blazer, shoes split at the toe. Blazer + shoes from pre-loved store. Breakfast club place confirmed. Form tutor briefed (CP plan). Texted Dani re uniform grant form.",
        "Kayla Mellor; Dani",
        None,
    ),
    (
        MPS,
        "2025-09-03",
        "Riley back (Y3). Live HL on the first morning. Letter + treatment kit. Breakfast club - ate well. Mum dropped him off herself, chatty.",
        "Riley; Mum",
        None,
    ),
    # E26 third core group (at Moorside) - four agencies
    (
        CSC,
        "2025-09-09 15:30",
        "Third core group, Moorside Primary. Present: Ms Hirst, Priya Chauhan, Mrs Fenton, Bryony Walsh (Head of Year 7, Calder Vale), Anita Moss (school nurse). Good start to term for both children; head lice again for Riley; Kayla late on two days. Mr Mellor's court date 10 September. Ms Hirst reports four alcohol-free days a week.",
        "Danielle Hirst; Priya Chauhan; Mrs Fenton; Bryony Walsh; Anita; Riley Mellor; Kayla Mellor; Craig Mellor",
        "E26",
    ),
    (
        MPS,
        "2025-09-09 15:30",
        "CG3 here. Riley 100% since start of term. HL again - SN to do a home visit. Mum much brighter.",
        "Riley; Mum; Mrs Fenton",
        "E26",
    ),
    (
        CVA,
        "2025-09-09 15:30",
        "Core group at Moorside Primary - BW attended. Kayla: settling, 2 lates, eating at breakfast club. Weekly HoY check-ins in place.",
        "BW; Kayla Mellor",
        "E26",
    ),
    (
        SN,
        "2025-09-09",
        "Core group attended. HL still present for Riley - home visit to be offered to demonstrate treatment and check siblings.",
        "Riley Mellor; Anita",
        "E26",
    ),
    (
        CSC,
        "2025-09-12",
        "Statutory visit. House in better order; mould treated on 1 September. Kayla and Riley seen in their rooms; Riley shows off his gaps. Ms Hirst says she has not seen Craig since August.",
        "Danielle Hirst; Kayla Mellor; Riley Mellor; Craig Mellor",
        None,
    ),
    (
        CVA,
        "2025-09-16",
        "Kayla - told Ms Walsh she's tired because Ava-Rose 'wakes up loads'. Attendance 92%. Referred to young carers (with consent).",
        "Kayla Mellor; Ms Walsh; Ava-Rose",
        None,
    ),
    # E27 bail breach Saturday evening; Monday OE to both schools + MASH; GP sees AR same day (decoy)
    (
        POL,
        "2025-09-20 19:40",
        "Occ 25/139512. Call from KM (11) - Dad at the house. MELLOR found inside 14 Fennel Close in breach of bail. HIRST had let him in 'to see the kids', both had been drinking. No assault. MELLOR arrested breach of bail. Children fine, MGM attended. PPN.",
        "Kayla Mellor; MELLOR; HIRST; MGM",
        "E27",
    ),
    (
        POL,
        "2025-09-21 10:00",
        "MELLOR kept in for court (breach). Magistrates 22/09 - bail re-granted, same conditions + curfew at mother's addr.",
        "MELLOR",
        None,
    ),
    (
        MPS,
        "2025-09-22 08:10",
        "OE for Riley - police called Sat evening, Dad at the house (breach of bail), Dad arrested. Riley fine, told TA 'the police came for Daddy again'. Mrs Fenton informed SW by email.",
        "Riley; Dad; Mrs Fenton; Priya",
        "E27",
    ),
    (
        CVA,
        "2025-09-22 08:25",
        "Operation Encompass notification received 08:02 (Kayla Mellor, Y7) - police attended home address Saturday 20 Sept, father present in breach of bail conditions, arrested. Kayla made the call. GL spoke with Kayla at break - 'I had to ring them, he's not allowed'. Praised. HoY aware.",
        "Kayla Mellor; GL; Ms Walsh; Craig Mellor",
        "E27",
    ),
    (
        CSC,
        "2025-09-22 10:30",
        "MASH to allocated social worker: Police Protection Notice for Saturday evening. Mr Mellor was in the home in breach of his bail conditions; Ms Hirst admits she let him in. Both had been drinking. Kayla called the police herself. Discuss at the review conference; written agreement to be revisited with Ms Hirst.",
        "Craig Mellor; Danielle Hirst; Kayla Mellor; Priya Chauhan",
        "E27",
    ),
    (
        GP,
        "2025-09-22 11:20",
        "AR 2y11m with Mum - cough + wheeze 4/7. O/E mild wheeze, sats 97%, RR 30. Viral-induced wheeze. Salbutamol via spacer - technique shown. Household smoking? Mum says 'only outside'. Safety net.",
        "Ava-Rose Mellor; Mum; Dr Shah",
        None,
    ),
    (
        HV,
        "2025-09-24",
        "CP visit (Rachel). AR 35m, wheezy but OK, inhaler in use. Speech: SALT attended 02/09 (Mum took her) - therapy block from Oct. Mum admits Craig came round Sat, 'I know, I know'.",
        "AR; Mum; Craig; Rachel",
        None,
    ),
    (
        SN,
        "2025-09-30",
        "Home visit re HL (Anita). Riley + Ava-Rose live lice, Kayla clear. Demonstrated wet combing with Mum; 2 kits left. Re-check in school 2 wks.",
        "Riley Mellor; Ava-Rose Mellor; Kayla Mellor; Mum; Anita",
        None,
    ),
    # ---------------- October 2025 ----------------
    # E28 NOSP served (housing) and the SW's record of the housing officer's email on Monday
    (
        HSG,
        "2025-10-03",
        "Notice of Seeking Possession served by hand (PG) - ground 10/11, arrears £1,702.55. DHP £400 awarded 12/09 (credited). APA not in place - tenant withdrew consent on UC journal 10/09. Emailed SW as agreed at core group.",
        "Ms Hirst; PG",
        "E28",
    ),
    (
        CSC,
        "2025-10-06",
        "Email from Paul Greaves (Calderside Homes), sent Friday: a notice of seeking possession has been served on Ms Hirst for rent arrears of about £1,700. The direct payment to the landlord was cancelled by Ms Hirst last month. Raised with her by phone - she cancelled it because 'the money wasn't enough to live on'. Add to the review conference report.",
        "Paul Greaves; Danielle Hirst; Priya Chauhan",
        "E28",
    ),
    # E29 first review conference (five agencies); SN's report the same day (decoy)
    (
        CSC,
        "2025-10-07 10:00",
        "Review child protection conference (first review), chair Hazel Okafor. Present: Ms Hirst, Priya Chauhan, Mrs Fenton (Moorside), Gareth Lowe (Calder Vale), Rachel Kerr (health visitor), Leanne Booth (Pathways). Mr Mellor - apologies (bail). Progress noted on attendance, repairs and Riley's dental care; continuing concerns about Ms Hirst's drinking, the bail breach and the possession notice. Decision: all three children remain subject to child protection plans (neglect). Next review in six months.",
        "Chair Okafor; Danielle Hirst; Priya Chauhan; Mrs Fenton; Gareth Lowe; Rachel Kerr; Leanne Booth; Craig Mellor; Kayla Mellor; Riley Mellor; Ava-Rose Mellor",
        "E29",
    ),
    (
        MPS,
        "2025-10-07 10:00",
        "RCPC - Mrs Fenton. Plans continue. Riley's attendance 97% this term - praised. Next review April.",
        "Mrs Fenton; Riley",
        "E29",
    ),
    (
        CVA,
        "2025-10-07 10:00",
        "Review CP conference attended (GL). Kayla remains on CP plan. Our report: attendance 91.4%, punctuality poor, peer issues re hygiene, young carers referral made.",
        "GL; Kayla Mellor",
        "E29",
    ),
    (
        HV,
        "2025-10-07",
        "RCPC attended. CP plans continue x3. HV: AR SALT therapy started, ASQ improvement in comms (30 -> 35 informal). Mum's drinking remains the main worry.",
        "AR; Mum; Rachel",
        "E29",
    ),
    (
        DAS,
        "2025-10-07",
        "LB at review CP conf. Reported: 10/12 keywork attended, AUDIT 24 -> 17, cannabis outdoors only (per client). Plan continues.",
        "Danielle Hirst; LB",
        "E29",
    ),
    (
        SN,
        "2025-10-07",
        "RCPC today - report sent, not attending (NCMP clinic). HL: home visit 30/09 done.",
        "Riley Mellor; Kayla Mellor; Anita",
        None,
    ),
    (
        CVA,
        "2025-10-09",
        "Kayla - 3 lates this week. Two girls teasing about 'nits'. Ms Walsh spoke to them; Kayla moved seat. Kayla quiet but said home is 'OK'.",
        "Kayla Mellor; Ms Walsh",
        None,
    ),
    # E30 SN drop-in at the academy (both record it); the SN's dental advice letter next day (null)
    (
        SN,
        "2025-10-14 12:40",
        "Drop-in at Calder Vale: Kayla (brought by HoY). Toothache UR back tooth 2/52, eating on the other side; HL present; tired - 'up with my sister'. Advised urgent dentist - not registered. Paracetamol advice. Young carers referral confirmed. Will ring Mum.",
        "Kayla Mellor; Ms Walsh; Anita",
        "E30",
    ),
    (
        CVA,
        "2025-10-14 12:40",
        "BW walked Kayla to the school nurse at lunch - holding her jaw in Maths. Nurse (Anita Moss) says she needs a dentist urgently and will contact Mum. Kayla back to class after lunch.",
        "BW; Kayla Mellor; Anita",
        "E30",
    ),
    (
        SN,
        "2025-10-15",
        "Rang Dani re Kayla's tooth - gave CDS number for an urgent appt (sibling already known to CDS). Dani says she will ring today. Emailed SW.",
        "Dani; Kayla Mellor; Priya; Anita",
        None,
    ),
    (
        CVA,
        "2025-10-17",
        "Kayla absent - Mum rang: 'face is swollen, going to the dentist'. Authorised.",
        "Kayla Mellor; Mum",
        None,
    ),
    (
        CDS,
        "2025-10-17 14:20",
        "Kayla Mellor, 11, emergency slot (sibling of patient). Attended with mother. UR6 deep caries, periapical abscess, buccal swelling. Pulp necrotic, poor long-term prognosis. Rx amoxicillin 5/7. Extraction under LA booked 05/11. Other teeth: 3 further carious lesions. Mother advised re check-ups for all 3 children.",
        "Kayla Mellor; Mum; Dr Novak",
        None,
    ),
    # E31 three-way meeting at Pathways; CSC records it with a w/c date
    (
        DAS,
        "2025-10-22 11:00",
        "3-way - Danielle, LB and SW (P Chauhan) at Pathways hub. AUDIT 17, drinking 3 eves/wk now. Cannabis 'stopped in the house'. SW worried about the bail breach + NOSP. Agreed: breath test at each keywork (consent), Danielle to restart APA.",
        "Danielle Hirst; LB; SW Chauhan",
        "E31",
    ),
    (
        CSC,
        "A:2025-10-20:2025-10-24:w/c 20 October 2025",
        "Met Danielle with her recovery worker at Pathways. She thinks she is drinking on about three evenings a week now. She agreed to breath tests at her appointments and to set the rent payment up again. We talked about Craig's visit in September and what would happen if it happens again.",
        "Danielle Hirst; Leanne Booth; Craig Mellor",
        "E31",
    ),
    # ---------------- November 2025 ----------------
    (
        CSC,
        "2025-11-04 15:30",
        "Fourth core group at Calder Vale Academy. Ms Hirst attended. Kayla's tooth taken out tomorrow. Rent payment set up again. Riley's attendance 96%. Ms Hirst's drinking reduced but she missed one appointment at Pathways. Plan reviewed.",
        "Danielle Hirst; Kayla Mellor; Riley Mellor",
        None,
    ),
    (
        CDS,
        "2025-11-05 09:40",
        "Kayla - XLA UR6 under LA. Good patient. Attended with grandmother. Restorations x3 planned. Fissure sealants. Recall 3/12.",
        "Kayla Mellor; Jean Hirst; Dr Novak",
        None,
    ),
    # E32 Kayla missing Saturday evening; Monday notification to CSC; school hears from Kayla (decoy)
    (
        POL,
        "2025-11-15 21:40",
        "Occ 25/170266. MISPER - MELLOR, Kayla (12) reported missing by mother 21:30, due home 19:00. Medium risk (age, CP plan). Located 23:05 Calder Park with group of older youths, smelled of alcohol. Returned home 23:30. Safe and well check done. Mother informed. Missing notification to CSC.",
        "Kayla Mellor; HIRST",
        "E32",
    ),
    (
        CSC,
        "2025-11-17",
        "Police missing notification: Kayla was reported missing by her mother on Saturday evening and found by officers after 11pm in Calder Park with older teenagers; she had been drinking. Return home interview to be offered within 72 hours; Calder Vale informed.",
        "Kayla Mellor; Danielle Hirst",
        "E32",
    ),
    (
        CVA,
        "2025-11-17",
        "Kayla 20 mins late, no PE kit. Detention set, then cancelled by Ms Walsh - Kayla had walked Riley to Moorside because Mum was 'not well this morning'.",
        "Kayla Mellor; Ms Walsh",
        None,
    ),
    (
        CSC,
        "2025-11-19",
        "Return home interview with Kayla at school. She went to the park with a girl from Year 9 and her older brother's friends; someone gave her vodka. She says she 'needed a break from the little ones'. Plan: young carers group, talk to Ms Hirst about Kayla's caring tasks.",
        "Kayla Mellor; Danielle Hirst",
        None,
    ),
    # E33 AR not brought for pre-school boosters; GP tasks HV, HV receives it 4 days later
    (
        GP,
        "2025-11-20",
        "AR - WNB practice nurse appt, childhood flu vaccine (nasal). 2nd WNB this season. CP plan - task/email to HV team.",
        "Ava-Rose Mellor",
        "E33",
    ),
    (
        HV,
        "2025-11-24",
        "Email from Lowther St practice nurse: AR not brought for her flu nasal spray 20/11 (2nd time). Rang Mum - 'she had a temperature'. New appt booked 04/12, HV to remind.",
        "AR; Mum",
        "E33",
    ),
    (
        DAS,
        "2025-11-26",
        "Keywork (LB). Breath test 0.00. Says she drank Sat after 'Kayla going missing'. AUDIT 15. Cannabis: occasional. Pleased the rent is being paid direct.",
        "Danielle Hirst; Kayla Mellor; LB",
        None,
    ),
    (
        HSG,
        "2025-11-28",
        "Arrears £1,388.20. APA in place from 04/11. NOSP remains live - no court action while agreement kept (£3.70/wk + APA). Extractor fan fitted 25/11 - W-5521 closed.",
        "Ms Hirst",
        None,
    ),
    # ---------------- December 2025 ----------------
    (
        HV,
        "2025-12-05",
        "CP visit (Rachel). AR had her flu spray yesterday at the surgery (Mum confirmed, red book). ASQ-3 informal: more words, 2-word phrases. Home warm, tidy. Mum sober.",
        "AR; Mum; Rachel",
        None,
    ),
    (
        GP,
        "2025-12-04 10:15",
        "AR - LAIV (nasal flu) given by practice nurse. Brought by Mum. No reaction.",
        "Ava-Rose Mellor; Mum",
        None,
    ),
    (
        DAS,
        "2025-12-10",
        "Tariq - Craig keywork. UDS negative cocaine x3. Court: NFS - trial set Feb 26. Wants contact with the children; told to speak to SW.",
        "Craig Mellor; Tariq",
        None,
    ),
    (
        MPS,
        "2025-12-12",
        "Christmas hamper from the school fund delivered by Shona. Dani very grateful, house clean, tree up.",
        "Shona; Dani",
        None,
    ),
    (
        GP,
        "2025-12-15",
        "DH - mood better, restarted sertraline in Nov, 'drinking way less'. PHQ-9 9. AUDIT-C 6. Continue. R/v 8/52.",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    (
        CSC,
        "2025-12-16 15:30",
        "Fifth core group at Moorside Primary. Ms Hirst attended with her mother. Children's attendance good (Riley 96%, Kayla 93%); no lice on the last two checks; Ava-Rose has had her flu vaccine. Mr Mellor asking for contact - supervised contact at the family centre to be considered. A re-score of the Graded Care Profile with the health visitor in January before the next review.",
        "Danielle Hirst; Jean Hirst; Riley Mellor; Kayla Mellor; Ava-Rose Mellor; Craig Mellor",
        None,
    ),
    (
        CVA,
        "2025-12-18",
        "Kayla - end of term. Attendance 93.1%. Young carers group Thursdays - enjoying it. No HL concerns this half term.",
        "Kayla Mellor",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        MPS,
        "2026-01-06",
        "Riley back after Xmas - clean uniform, new coat. Said 'Dad came to the family centre'.",
        "Riley; Dad",
        None,
    ),
    # E34 GCP2 re-score (HV + SW jointly); GP sees Danielle the same afternoon (decoy)
    (
        HV,
        "2026-01-13 10:00",
        "GCP2 re-score with SW (Priya) - home visit, Mum + AR. Overall now grade 2-3: nutrition 2, housing 2, hygiene 2, health 2 (imms up to date, SALT attended), safety 3 (cannabis - Mum says none), love 2, esteem 2. Report to follow for RCPC.",
        "AR; Mum; Priya; Rachel",
        "E34",
    ),
    (
        CSC,
        "A:2026-01-12:2026-01-16:w/c 12 January 2026",
        "Repeated the Graded Care Profile with Rachel Kerr at the house. Big change in physical care since June: food in the cupboards, clean clothes, the back bedroom dry. Ms Hirst proud of the house. The scores show care mostly at level 2 now.",
        "Rachel Kerr; Danielle Hirst; Ava-Rose Mellor",
        "E34",
    ),
    (
        GP,
        "2026-01-13 15:50",
        "DH - r/v. Mood stable on sertraline 100mg. Alcohol 'weekends, 3-4 drinks'. BP 128/80. LFTs requested (GGT raised 2019). Continue.",
        "Danielle Hirst; Dr Shah",
        None,
    ),
    (
        DAS,
        "2026-01-14",
        "Keywork (LB). Breath test 0.00 (8th consecutive). AUDIT 11. Talking about a peer support group. Discussed planned step-down of CP plan.",
        "Danielle Hirst; LB",
        None,
    ),
    (
        HSG,
        "2026-01-21",
        "Arrears £1,251.60 - reducing. Tenancy visit: property in good order. Ms Hirst asked about a transfer to a 4-bed - not eligible with arrears.",
        "Ms Hirst; PG",
        None,
    ),
    # E35 second review conference - plans end, step down to CIN (five agencies)
    (
        CSC,
        "2026-01-27 13:30",
        "Review child protection conference brought forward, chaired by Hazel Okafor. Present: Ms Hirst, Jean Hirst, Priya Chauhan, Mrs Fenton, Bryony Walsh (Calder Vale), Rachel Kerr, Leanne Booth. Mr Mellor sent a written view. Graded Care Profile now mostly level 2; attendance above 93% for both older children; Ms Hirst alcohol-free on every breath test since October. Decision: child protection plans end; children to be supported under a child in need plan.",
        "Chair Okafor; Danielle Hirst; Jean Hirst; Priya Chauhan; Mrs Fenton; Bryony Walsh; Rachel Kerr; Leanne Booth; Craig Mellor; Kayla Mellor; Riley Mellor; Ava-Rose Mellor",
        "E35",
    ),
    (
        MPS,
        "2026-01-27",
        "RCPC (Mrs Fenton) - CP plan ended for Riley, now CIN. Breakfast club to continue. Shona to stay involved through CIN meetings.",
        "Mrs Fenton; Riley; Shona",
        "E35",
    ),
    (
        CVA,
        "2026-01-27 13:30",
        "Review conference - BW attended for Calder Vale. Outcome: Kayla off CP plan, now child in need. Keep weekly HoY check-ins + young carers.",
        "BW; Kayla Mellor",
        "E35",
    ),
    (
        HV,
        "2026-01-27",
        "RCPC - CP plans ceased, CIN. HV to continue targeted (Universal Partnership Plus) until AR starts nursery; 3-monthly.",
        "AR; Rachel",
        "E35",
    ),
    (
        DAS,
        "2026-01-27",
        "Review conf (LB attended). Children stepped down to CIN. Danielle to continue keywork monthly + peer group.",
        "Danielle Hirst; LB",
        "E35",
    ),
    (
        CSC,
        "2026-01-29",
        "Management oversight (TM Dolan): step-down to child in need endorsed. First child in need meeting within 10 working days; supervised contact for Mr Mellor to continue at the family centre.",
        "TM Dolan; Craig Mellor",
        None,
    ),
    # ---------------- February 2026 ----------------
    (
        CVA,
        "2026-02-05",
        "Kayla - CIN. Attendance 94%. Selected for Y7 netball. Told Ms Walsh 'Mum comes to watch'.",
        "Kayla Mellor; Ms Walsh; Mum",
        None,
    ),
    # E36 first child in need meeting (school + CSC + HV)
    (
        CSC,
        "2026-02-10 15:30",
        "First child in need meeting at Moorside Primary. Ms Hirst, Shona Price, Rachel Kerr and Bryony Walsh present. Plan: keep breakfast club and young carers; Ms Hirst to keep monthly Pathways appointments; Ava-Rose to start nursery after Easter.",
        "Danielle Hirst; Shona Price; Rachel Kerr; Bryony Walsh; Ava-Rose Mellor",
        "E36",
    ),
    (
        MPS,
        "2026-02-10 15:30",
        "CIN meeting 1 in school (Shona). Mum, HV, Ms Walsh (CVA), SW. Riley 96%. Next CIN in 6 wks.",
        "Shona; Mum; Ms Walsh; Priya; Riley",
        "E36",
    ),
    (
        HV,
        "2026-02-10",
        "CIN meeting (Moorside) attended. AR nursery place after Easter - HV to do transition handover.",
        "AR; Mum; Rachel",
        "E36",
    ),
]


def main():
    out = HERE / "case_bi.json"
    casegen.build(
        "bi",
        "Chronic neglect of three siblings (11, 6, 2); parental cannabis, alcohol and cocaine use, "
        "domestic abuse notifications to two schools, missed health and dental care, stalled early "
        "help, CP plan for neglect, GCP2, housing disrepair and arrears; 10 agencies, "
        "Jan 2025 - Feb 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
