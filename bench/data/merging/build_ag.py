# ruff: noqa
"""Writing aid for case_ag (fictional; written blind, see case_ag_README.md).

    python3 bench/data/merging/build_ag.py      # writes bench/data/merging/case_ag.json

A tuning case. Kayla (14) and her brother Mason (8, ADHD) live with their maternal grandmother
Pat Doyle as connected-person foster carer (section 20) while their mother Danielle serves a
sentence for drug supply; Danielle is released on licence in May 2026. Kayla goes missing
repeatedly and is sexually exploited by older men (Lee Hartigan, 29; Gary Pollitt, 41) linked to
the Golden Grill takeaway and the flat above it. Seven agencies, January - August 2026. Every
entry is written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("camhs", "%d %b %Y")  # 21 Jan 2026
casegen.STYLES.setdefault("prob", "%d.%m.%Y")  # 24.02.2026

CSC = "Children's Social Care"
POL = "Police"
SCH = "Kingsmere Academy"
CAM = "CAMHS"
SHC = "Brookside Sexual Health Clinic"
PRB = "Probation Service"
GP = "Larchfield Medical Practice"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (CAM, "health", "camhs"),
    (SHC, "health", "iso"),
    (PRB, "other", "prob"),
    (GP, "health", "gp"),
]

PEOPLE = [
    ("Kayla Brennan", ["Kayla", "KB"], "Child K", "child"),
    ("Mason Brennan", ["Mason", "MB"], "Child M", "child"),
    ("Danielle Brennan", ["Danielle", "Ms Brennan", "Mum", "DB"], "Mother", "parent"),
    (
        "Patricia Doyle",
        ["Pat", "Pat Doyle", "Nan", "Mrs Doyle", "MGM"],
        "Maternal grandmother (connected-person foster carer)",
        "family",
    ),
    ("Lee Hartigan", ["Lee", "HARTIGAN"], "Adult male of concern (29)", "other_adult"),
    (
        "Gary Pollitt",
        ["Gaz", "POLLITT"],
        "Adult male of concern (41), tenant of the flat",
        "other_adult",
    ),
    ("Chloe Ashworth", ["Chloe", "ASHWORTH"], "Kayla's friend (15)", "child"),
    (
        "Hannah Okafor",
        ["Hannah", "SW Okafor"],
        "Social worker (Children Looked After team)",
        "professional",
    ),
    ("Mark Ridley", ["TM Ridley"], "Team manager", "professional"),
    ("Jade Kirby", ["Jade"], "Exploitation worker (return home interviews)", "professional"),
    ("Gillian Shaw", ["IRO Shaw"], "Independent reviewing officer", "professional"),
    ("Sandra Lowe", ["SSW Lowe"], "Fostering supervising social worker", "professional"),
    ("Jo Marsh", ["PC Marsh"], "Missing persons coordinator (police)", "professional"),
    (
        "Ravi Sandhu",
        ["Ravi", "DC Sandhu"],
        "Detective constable, child exploitation team",
        "professional",
    ),
    (
        "Callum Fraser",
        ["Mr Fraser", "CF"],
        "Designated safeguarding lead, Kingsmere Academy",
        "professional",
    ),
    ("Priya Nair", ["Ms Nair"], "Head of Year 9 and designated teacher", "professional"),
    ("Beth Carey", ["Beth", "BC"], "CAMHS practitioner", "professional"),
    ("Eleanor Voss", ["Dr Voss"], "CAMHS consultant psychiatrist (ADHD clinic)", "professional"),
    ("Amy Lister", ["Amy", "AL"], "Sexual health adviser", "professional"),
    ("Michelle Tate", ["Michelle", "PP Tate"], "Probation practitioner", "professional"),
    ("Owen Pryor", ["Dr Pryor"], "GP", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- January ----------------
    (
        CSC,
        "2026-01-05",
        "Case summary on transfer to SW Hannah Okafor (Children Looked After team). Kayla (14) and Mason (8) have lived with their maternal grandmother Pat Doyle at 22 Linnet Close since March 2025, when their mother Danielle was remanded and later sentenced for possession with intent to supply class A drugs. Danielle is at HMP Redmoor, release expected May 2026. Both children accommodated under section 20; Pat approved as a connected-person foster carer. Mason has ADHD and is under CAMHS. Emerging worries about Kayla: staying out late at weekends, new clothes and trainers, a second phone.",
        "Kayla Brennan; Mason Brennan; Pat Doyle; Danielle Brennan; SW Okafor",
        None,
    ),
    (
        POL,
        "2026-01-06 16:30",
        "Intel log 26/0311 - Golden Grill takeaway, 14 Station Parade. Community report: school-age girls seen going in side door to flat above after closing (approx 00:00), adult males present, vehicles incl silver Audi. Graded 3/B/1. Passed to CE team.",
        "",
        None,
    ),
    (
        SCH,
        "2026-01-07 09:25",
        "First day of spring term. Kayla arrived 09:25 (late, no note). No coat, new designer trainers - said 'off a mate for Christmas'. Logged CF.",
        "Kayla; Mr Fraser",
        None,
    ),
    (
        GP,
        "2026-01-08",
        "Mason - ADHD (shared care). Methylphenidate XL 18mg od - repeat issued x28 (CD). BP 98/62, P 84, wt 26.1kg. Next CAMHS r/v 21/01.",
        "Mason; Dr Pryor",
        None,
    ),
    # E01 first missing episode: report, EDT, found, Monday notifications (MASH and school)
    (
        POL,
        "2026-01-09 22:40",
        "Occ 26/004417 MISPER. BRENNAN, Kayla (14), CLA, reported by carer DOYLE, Patricia (MGM) - not home from school, last seen 15:30 Station Parade. Phone off. Risk MEDIUM (CE concerns). Enquiries friends' addrs, Golden Grill - NTR. Circulated.",
        "Kayla Brennan; Patricia Doyle",
        "E01",
    ),
    (
        CSC,
        "2026-01-09 23:35",
        "EDT: call from police - Kayla reported missing by her grandmother this evening, graded medium risk. Rang Pat: this is the first time Kayla has stayed out all night, though she has come in after 11pm most weekends since November. Advised Pat to ring police and EDT if Kayla comes home. For day team.",
        "Kayla Brennan; Pat",
        "E01",
    ),
    (
        POL,
        "2026-01-10 07:20",
        "Occ 26/004417 update. BRENNAN, Kayla located 07:05 by patrol in stationary silver Audi, service road rear of Station Parade, with HARTIGAN, Lee (29). K states he is 'a mate' giving her a lift. Smell of cannabis. Safe & well check - no injury, no disclosure. Returned to MGM 07:40. HARTIGAN details obtained, intel sub. MISPER closed, RHI req to CSC.",
        "Kayla Brennan; HARTIGAN; MGM",
        "E01",
    ),
    (
        SCH,
        "2026-01-12 08:40",
        "Nan (Mrs Doyle) rang office: Kayla was missing Friday night, police found her Saturday morning, 'she's shattered' - will come in after lunch. CF informed. K arrived 12:50, hood up, would not speak to HoY.",
        "Kayla; Mrs Doyle; Mr Fraser; Ms Nair",
        "E01",
    ),
    (
        CSC,
        "2026-01-12 09:15",
        "MASH: missing person notification received for Kayla - missing from Friday evening, found by police early on Saturday in a car with a 29-year-old man, Lee Hartigan, near the Golden Grill takeaway. Kayla is an allocated looked-after child: passed to SW Okafor. Return home interview requested from the exploitation team.",
        "Kayla Brennan; Lee Hartigan; SW Okafor",
        "E01",
    ),
    (
        POL,
        "2026-01-13 10:00",
        "Missing Persons Team (PC MARSH) - review BRENNAN, Kayla: 1 x MISPER 2026, 4 x late-home calls since 11/25. Risk level remains MEDIUM. Philomena profile updated with MGM.",
        "Kayla Brennan; PC Marsh; MGM",
        None,
    ),
    (
        PRB,
        "2026-01-13",
        "Case allocated PP Tate (COM) ahead of CRD 05.05.2026. DB at HMP Redmoor. Index: PWITS class A. OASys review due. Children placed with MGM (s20) - CSC SW to be identified.",
        "Danielle Brennan; PP Tate; MGM",
        None,
    ),
    (
        SCH,
        "2026-01-13 15:40",
        "Mr Hale (gate duty) saw Kayla get into a silver car on Kingsmere Road 15:25 - male driver, 20s-30s. Partial reg noted. Logged for DSL.",
        "Kayla",
        None,
    ),
    # E02 return home interview and police missing team's receipt of the report six days later
    (
        CSC,
        "2026-01-14 16:00",
        "Return home interview (Jade Kirby, exploitation worker) at Linnet Close, Kayla seen alone in her bedroom. Kayla said she went to 'a party at a flat' after school with her friend Chloe and that 'Lee' drove her home later. She would not say where the flat was. She called Lee her boyfriend and said he is 19. He gave her the second phone. Push and pull factors recorded; exploitation screening tool completed - significant risk. Report sent to the police missing persons team and the SW.",
        "Kayla Brennan; Chloe; Lee; Jade",
        "E02",
    ),
    # E03 DSL referral to MASH, received next day
    (
        SCH,
        "2026-01-15 11:30",
        "DSL referral to MASH (online form) re Kayla: repeated sightings getting into silver car after school, expensive new items (trainers, 2nd phone), missing Fri 9th, attendance 81%. Nan informed of referral. CF.",
        "Kayla; Nan; CF",
        "E03",
    ),
    (
        CSC,
        "2026-01-16 10:20",
        "MASH: referral received from the designated safeguarding lead at Kingsmere Academy about Kayla - seen being collected after school by an adult man in a silver car, new trainers and a second phone, missing last Friday, attendance down to 81%. Open to the Children Looked After team - passed to SW Okafor; team manager to consider a strategy discussion.",
        "Kayla Brennan; Mr Fraser; SW Okafor",
        "E03",
    ),
    (
        CSC,
        "2026-01-19",
        "Management oversight (TM Ridley): return home interview, school referral and police information read together. Threshold met for a strategy discussion under the child exploitation pathway - arranged for Thursday 22 January. SW to invite school; CAMHS not open to Kayla.",
        "Kayla Brennan; TM Ridley",
        None,
    ),
    (
        POL,
        "2026-01-20",
        "Missing Persons Team (PC MARSH) - RHI rec'd from CSC re MISPER 09/01. K names 'Lee' as bf, claims he is 19 (HARTIGAN DOB 10/1996). 2nd phone supplied by him. 'Party at a flat' - locn not given. Linked intel 26/0311 (Golden Grill). Flagged to CE team (DC SANDHU).",
        "Kayla Brennan; HARTIGAN; PC Marsh; DC Sandhu",
        "E02",
    ),
    # E04 Mason's ADHD clinic review and the GP's receipt of the clinic letter 13 days later
    (
        CAM,
        "2026-01-21 09:30",
        "ADHD clinic review (Dr Voss). Mason, 8, attended with grandmother. On methylphenidate XL 18mg: school report partial benefit, afternoons difficult. Appetite reduced at lunch; sleep onset ~21:30. Wt 25.8kg (25th), ht 128cm, BP 101/64, HR 88. Plan: increase to 27mg od, ADHD nurse titration call in 2 weeks. Letter to GP re shared care.",
        "Mason Brennan; Nan; Dr Voss",
        "E04",
    ),
    # E05 first strategy discussion (exploitation) and the school's receipt of the notes 5 days later
    (
        SCH,
        "2026-01-22 10:15",
        "Kayla removed from Science P2 - on phone in lesson, refused to hand it over, swore at Mr Dunne. 1hr isolation, calm by lunch. Logged.",
        "Kayla",
        None,
    ),
    (
        CSC,
        "2026-01-22 14:00",
        "Strategy discussion (Teams) under the child exploitation pathway, chaired by TM Mark Ridley. Present: SW Okafor, DC Ravi Sandhu (child exploitation team), PC Jo Marsh (missing persons), Callum Fraser (DSL, Kingsmere Academy). Information: one missing episode; an older 'boyfriend' identified by police as Lee Hartigan, 29, linked to a flat above the Golden Grill; a second phone and gifts; attendance falling. Kayla denies any harm. Agreed: section 47 enquiries not indicated on current information; Kayla to be presented at the exploitation panel on 5 February; police to consider a warning notice against Hartigan; safety plan to be agreed with Pat; school to watch collections at the gate.",
        "Kayla Brennan; Lee Hartigan; TM Ridley; SW Okafor; DC Sandhu; PC Marsh; Mr Fraser; Pat",
        "E05",
    ),
    (
        POL,
        "2026-01-22 14:00",
        "Strat disc (CE) - BRENNAN, Kayla. DC SANDHU, PC MARSH. Police info: MISPER 09/01, located w/ HARTIGAN (29) in vehicle; intel Golden Grill. Outcome: no s47 at present; refer MACE 05/02; police to assess CAWN v HARTIGAN; disruption plan Station Parade.",
        "Kayla Brennan; HARTIGAN; DC Sandhu; PC Marsh",
        "E05",
    ),
    (
        SCH,
        "2026-01-22 14:00",
        "CF attended strategy mtg (Teams) re Kayla. School actions: log all sightings of car/male at gate; attendance to SW weekly; daily check-in with named adult (Ms Nair).",
        "Kayla; CF; Ms Nair",
        "E05",
    ),
    (
        CSC,
        "2026-01-23 16:00",
        "Visit to Linnet Close. Safety plan agreed with Pat and (reluctantly) Kayla: home by 9pm on school nights, phone contact every two hours when out, Pat to note any car registrations and ring police if Kayla is late and not answering. Mason was at football. Kayla says the plan is 'a joke'.",
        "Pat; Kayla Brennan; Mason",
        None,
    ),
    (
        POL,
        "2026-01-27 23:10",
        "Vehicle stop Moor Road - silver Audi, driver HARTIGAN, Lee. Front passenger BRENNAN, Kayla (14). Both PNC/PND checked. K conveyed home to MGM by officers 23:35. HARTIGAN advised. Intel sub, CE team informed.",
        "HARTIGAN; Kayla Brennan; MGM",
        None,
    ),
    (
        SCH,
        "2026-01-27",
        "Strategy meeting notes (22.01) rec'd from CSC by secure email - saved to Kayla's file. School actions noted, no change.",
        "Kayla; CF",
        "E05",
    ),
    # E06 sexual health walk-in and the safeguarding referral received by CSC next morning
    (
        SHC,
        "2026-01-29 16:10",
        "Walk-in (young people's session). F 14y, attended with friend (15y). Requests EHC - UPSI 27/01 with 'boyfriend, 18'. Fraser competent for EHC. Levonorgestrel 1.5mg given. CT/GC NAAT + HIV/syphilis bloods taken. Spotting the Signs proforma: suspected age gap, gifts, 2nd phone, won't give partner details, recent missing episode -> HIGH. Limits of confidentiality explained. Safeguarding referral to CSC (tel 17:00 + written form). AL.",
        "Kayla Brennan; Chloe; AL",
        "E06",
    ),
    (
        CSC,
        "2026-01-30 09:05",
        "Safeguarding referral from Brookside Sexual Health Clinic (telephoned to duty yesterday evening, written form received this morning): Kayla attended the young people's walk-in with a friend asking for emergency contraception after unprotected sex with her 'boyfriend' on 27 January. The clinic's exploitation screening scored high. Passed to SW Okafor for the exploitation panel.",
        "Kayla Brennan; Amy Lister; SW Okafor",
        "E06",
    ),
    # ---------------- February ----------------
    (
        CSC,
        "2026-02-02",
        "Fostering: supervisory visit to Pat (SSW Sandra Lowe). Pat tired and anxious about Kayla - 'I'm 66, I can't chase her round town at midnight'. Respite for Mason discussed; carer training on exploitation booked for March.",
        "Pat; SSW Lowe; Kayla; Mason",
        None,
    ),
    (
        SCH,
        "2026-02-03",
        "Attendance: Kayla 78% this half term. Letter to carer (Nan) - attendance meeting offered. Mason n/a (other school).",
        "Kayla; Nan",
        None,
    ),
    (
        GP,
        "2026-02-03",
        "Clinic letter CAMHS (Dr Voss) 21/01/26 - Mason: ADHD, methylphenidate XL increased 18mg -> 27mg od. Repeat template amended. Shared care continues.",
        "Mason; Dr Voss",
        "E04",
    ),
    (
        SHC,
        "2026-02-04",
        "Written update sent to MACE coordinator for panel 05/02 (attendance 29/01, proforma HIGH). Unable to attend - clinic session. AL.",
        "Kayla Brennan; AL",
        None,
    ),
    (
        CAM,
        "2026-02-04 11:00",
        "ADHD nurse titration call with grandmother. Mason 1 week on 27mg - 'calmer in class', eating breakfast, lunch poor. Sleep ok. Continue, weigh at next clinic.",
        "Mason Brennan; Nan",
        None,
    ),
    (
        PRB,
        "2026-02-04",
        "Video call DB (HMP Redmoor OMU). Engaging. Wants to live with MGM and children on release. Explained need for CSC view; HDC not applied for. DB upset re 'what's going on with Kayla' - MGM has told her on visits.",
        "DB; MGM; Kayla; PP Tate",
        None,
    ),
    # E07 first MACE panel
    (
        CSC,
        "2026-02-05 10:00",
        "Multi-Agency Child Exploitation panel. Kayla's case presented by SW Okafor; present for the item: DC Sandhu, PC Marsh, Mr Fraser (Kingsmere), Jade Kirby (exploitation team). Written update from the sexual health clinic. Risk of sexual exploitation graded high. Agreed: Child Abduction Warning Notice to be served on Lee Hartigan; disruption work at the Golden Grill; Jade to offer weekly one-to-one sessions; carer support for Pat; review at panel in June or sooner after any missing episode.",
        "Kayla Brennan; SW Okafor; DC Sandhu; PC Marsh; Mr Fraser; Jade; Lee Hartigan; Pat",
        "E07",
    ),
    (
        POL,
        "2026-02-05 10:00",
        "MACE - BRENNAN, Kayla (item 3). Risk HIGH (CSE). Police actions: CAWN v HARTIGAN (DC SANDHU); licensing/disruption visit Golden Grill; ANPR marker silver Audi.",
        "Kayla Brennan; HARTIGAN; DC Sandhu",
        "E07",
    ),
    (
        SCH,
        "2026-02-05",
        "DSL attended MACE panel (Civic Centre) re Kayla. Outcome high risk. School: daily check-in continues; report any collections same day to SW and police.",
        "Kayla; CF",
        "E07",
    ),
    (
        CSC,
        "2026-02-09",
        "Letter to Pat confirming the outcome of the exploitation panel on 5 February and the actions agreed, with contact numbers for EDT and the missing persons team.",
        "Pat; Kayla Brennan",
        None,
    ),
    (
        POL,
        "2026-02-10 18:20",
        "CAWN served on HARTIGAN, Lee at home addr by DC SANDHU - re BRENNAN, Kayla (14). Content explained; refused to sign. Copy retained, PNC marker.",
        "HARTIGAN; Kayla Brennan; DC Sandhu",
        None,
    ),
    (
        SCH,
        "2026-02-10 11:05",
        "Phone confiscated in maths (2nd phone - K has two). Very distressed, 'he'll go mad if I don't answer'. Returned to Nan at 15:15. CF informed, SW emailed.",
        "Kayla; Nan; CF",
        None,
    ),
    (
        SHC,
        "2026-02-12",
        "Results: CT/GC NAAT neg; HIV, syphilis neg. SMS to YP's own mobile (consented). Contraception appt booked 26/02.",
        "Kayla Brennan",
        None,
    ),
    # E08 second missing episode, found at the flat above the takeaway; school hears after half term
    (
        POL,
        "2026-02-14 21:05",
        "Occ 26/021960 MISPER. BRENNAN, Kayla (14) reported by MGM - left 17:00 'going to Chloe's', not at ASHWORTH addr and Chloe also out. 2nd episode 2026. CAWN in force v HARTIGAN. Risk HIGH. ANPR + Station Parade checks.",
        "Kayla Brennan; MGM; Chloe; HARTIGAN",
        "E08",
    ),
    (
        POL,
        "2026-02-15 03:40",
        "Occ 26/021960 update. Officers att Flat 2, 14 Station Parade (above Golden Grill) 03:15. BRENNAN, Kayla found in bedroom w/ ASHWORTH, Chloe (15). Adults: HARTIGAN, Lee; POLLITT, Gary (41, tenant). Alcohol + cannabis. K intoxicated, hostile, no disclosure. Both girls taken home by officers. HARTIGAN arrested s2 Child Abduction Act 1984 - interviewed, RUI. CAWN served on POLLITT re both girls. MISPER closed.",
        "Kayla Brennan; ASHWORTH; HARTIGAN; POLLITT",
        "E08",
    ),
    (
        CSC,
        "2026-02-15 04:25",
        "EDT: police rang - Kayla was found about 3am at a flat above the Golden Grill with her friend Chloe and two adult men, one of them Lee Hartigan. Kayla was drunk; police have taken her home to her grandmother. Spoke to Pat: Kayla asleep, Pat will keep her in today. Chloe's home authority informed. For day team - strategy discussion / return home interview.",
        "Kayla Brennan; Chloe; Lee Hartigan; Pat",
        "E08",
    ),
    (
        CSC,
        "2026-02-16 09:00",
        "MASH: police notifications from the weekend - Kayla missing from Saturday teatime, found at 3am on Sunday at the flat above the takeaway with two adult men. Lee Hartigan arrested on suspicion of child abduction and released under investigation; the tenant, Gary Pollitt, served with a warning notice. Passed to SW Okafor and the exploitation team.",
        "Kayla Brennan; Lee Hartigan; Gary Pollitt; SW Okafor",
        "E08",
    ),
    (
        CSC,
        "2026-02-17 15:30",
        "Jade went to Linnet Close to offer a return home interview; Kayla would not come out of her room. Pat says Kayla 'hates her' for ringing the police. Jade left a card and will try again through school after half term.",
        "Jade; Kayla Brennan; Pat",
        None,
    ),
    (
        POL,
        "2026-02-19 20:00",
        "Disruption visit Golden Grill, 14 Station Parade - with council licensing. Manager spoken to re under-18s on premises / flat. Advice letter. POLLITT not present.",
        "POLLITT",
        None,
    ),
    (
        SCH,
        "2026-02-23 08:30",
        "Back after half term. Police missing-from-home notification (emailed 16.02, read today): Kayla missing 14/15 Feb, found at an address on Station Parade. CF saw Kayla - 'it's sorted, leave it'. Nan says K is 'grounded'.",
        "Kayla; CF; Nan",
        "E08",
    ),
    # E09 phone call probation -> CSC about the release address (recorded at both ends)
    (
        PRB,
        "2026-02-24 11:40",
        "T/C to CSC - spoke SW H Okafor. Proposed release addr 22 Linnet Close (MGM) - children placed there s20. SW: not supported at present (CLA, CE concerns re Kayla, DB's associates). To confirm in writing. AP referral to be submitted.",
        "SW Okafor; MGM; Kayla; DB; PP Tate",
        "E09",
    ),
    (
        CSC,
        "2026-02-24 11:40",
        "Michelle Tate from probation rang about where Danielle will live when she comes out in May. Danielle has asked to go back to her mother's. I explained that Kayla and Mason are placed there and that, with everything happening for Kayla, we could not support it now. Michelle will look at an approved premises bed instead.",
        "Michelle; Danielle; Kayla Brennan; Mason Brennan",
        "E09",
    ),
    (
        CSC,
        "2026-02-26 16:30",
        "Visit to Linnet Close to talk to Pat about Danielle's release. Pat torn - 'she's my daughter' - but accepts Danielle can't live there straight away. Kayla said she doesn't care where her mum lives. Mason asked if Mum will come to his football.",
        "Pat; Danielle; Kayla Brennan; Mason Brennan",
        None,
    ),
    (
        SHC,
        "2026-02-26",
        "DNA contraception appt. Tel x2 to YP's mobile - no answer. SMS sent. SW informed by email (safeguarding plan).",
        "Kayla Brennan",
        None,
    ),
    # ---------------- March ----------------
    # E10 GP consultation and the CAMHS referral it sent, received 8 days later
    (
        SCH,
        "2026-03-03 11:00",
        "Kayla in internal isolation - truanted P3-4, found in toilets vaping with Y10 girls. Spoke with CF at lunch: 'can't be bothered with anything'. Nan phoned.",
        "Kayla; CF; Nan",
        None,
    ),
    (
        GP,
        "2026-03-03 16:40",
        "Kayla - attends w/ MGM. Low mood 2/12, poor sleep, superficial cuts L forearm x6 (~2/52, healing, no infection). Denies current SI/plan. Declines to discuss friends. CLA - SW aware of wider concerns. PHQ-A 17. Referral CAMHS sent. Crisis nos given. R/v 2/52.",
        "Kayla; MGM; Dr Pryor",
        "E10",
    ),
    (
        CAM,
        "2026-03-06",
        "Report for Mason's looked after review (10 Mar) sent to IRO: ADHD, methylphenidate XL 27mg since late Jan, improved focus per school, appetite monitored. Not attending.",
        "Mason Brennan; IRO Shaw",
        None,
    ),
    # E11 looked after review (the school's designated teacher records it by month)
    (
        CSC,
        "2026-03-10 15:30",
        "Looked after review for Kayla and Mason at Linnet Close, chaired by IRO Gillian Shaw. Present: Pat, Kayla (for part), SW Okafor, Ms Nair (designated teacher, Kingsmere). Mason's views via his drawings; CAMHS report for Mason received. Danielle's views obtained by the SW by phone from HMP Redmoor. Placement with Pat remains right for both children. Concerns: Kayla's missing episodes and exploitation risk. Plan: exploitation work with Jade; CAMHS for Kayla after the GP referral; more fostering support for Pat; family time with Danielle after release to be planned with probation. Next review in four months.",
        "Kayla Brennan; Mason Brennan; Pat; IRO Shaw; SW Okafor; Ms Nair; Danielle",
        "E11",
    ),
    (
        PRB,
        "2026-03-10",
        "OASys review completed. RoSH: medium to children (exposure to drug-supply associates, substance misuse). Licence conds proposed: AP residence; non-contact children unless approved; exclusion Linnet Close; drug testing.",
        "DB; PP Tate",
        None,
    ),
    (
        SCH,
        "M:2026-03",
        "CLA review for Kayla - Ms Nair (designated teacher) attended at home addr. PEP targets shared; attendance 79% reported. Next PEP summer term.",
        "Kayla; Ms Nair",
        "E11",
    ),
    (
        CAM,
        "2026-03-11",
        "Referral received from Larchfield Medical Practice (Dr Pryor, dated 03 Mar): Kayla Brennan, 14, low mood, self-harm by cutting, known exploitation concerns, looked after. Triage: urgent. Choice appointment offered 25 Mar. Telephone triage with carer tomorrow.",
        "Kayla Brennan; Dr Pryor",
        "E10",
    ),
    (
        CAM,
        "2026-03-12 10:30",
        "Tel triage with grandmother. Cuts stopped ~1 week ago per Nan, Kayla 'in her room all the time'. No known overdose. Choice appt 25/03 confirmed; crisis line info given.",
        "Kayla Brennan; Nan",
        None,
    ),
    (
        POL,
        "A:2026-03-14:2026-03-20:mid-March 2026 (approx.)",
        "Intel sub (from MGM via PC MARSH) - over approx 1 wk K collected from end of Linnet Close by dark VW Golf, male driver 40s (poss POLLITT). Partial VRM. Graded, to CE team.",
        "Kayla Brennan; MGM; PC Marsh; POLLITT",
        None,
    ),
    (
        GP,
        "2026-03-17 09:10",
        "Mason - LAC review health assessment. Wt 25.4kg, ht 128.5cm. ADHD - methylphenidate XL 27mg, sleep ~22:00. Imms UTD. Dentist reg. Form to LAC nurse.",
        "Mason; Nan; Dr Pryor",
        None,
    ),
    (
        GP,
        "2026-03-17 11:20",
        "Kayla - r/v mood DNA. Letter to MGM. CAMHS appt 25/03 noted.",
        "Kayla; MGM",
        None,
    ),
    (
        SHC,
        "2026-03-17 16:00",
        "YP attended alone (YP session). Condoms supplied. States still seeing 'Lee'. Declined LARC today. Proforma repeated - HIGH. Concerns emailed to SW Okafor. AL.",
        "Kayla Brennan; Lee; SW Okafor; AL",
        None,
    ),
    (
        CSC,
        "2026-03-18 16:15",
        "Statutory visit to Linnet Close, both children seen. Mason proud of a star-of-the-week certificate. Kayla seen alone - says Lee 'isn't allowed' to see her now but she 'misses him'; she would not talk about who else she is seeing. Pat reports a grey car at the end of the road most evenings - she has told the police.",
        "Mason Brennan; Kayla Brennan; Lee; Pat",
        None,
    ),
    # E12 CAMHS choice appointment and the GP receiving its letter 13 days later
    (
        SCH,
        "2026-03-25 09:10",
        "Kayla in with new acrylic nails and a gold chain - said 'from Nan'. Nan (ph) says not from her. Logged, shared with SW by email. CF.",
        "Kayla; Nan; CF",
        None,
    ),
    (
        CAM,
        "2026-03-25 14:00",
        "Choice appointment (Beth Carey, CAMHS practitioner). Kayla attended with grandmother, seen alone for part. Low mood, self-harm by cutting since January 'to cope'; sleeping 2-3am. Describes 'Lee' as the only person who 'gets' her; minimises age gap. No current plan to end her life. Formulation: moderate self-harm risk; high exploitation risk (known to MACE). Plan: 6 partnership sessions with BC, safety plan, letter to GP, liaison with SW.",
        "Kayla Brennan; Pat; Lee; Beth",
        "E12",
    ),
    (
        PRB,
        "2026-03-31",
        "Licence conds submitted to HMP Redmoor OMU (AP residence Hollybank, non-contact Kayla/Mason unless approved by PP in consultation with CSC, exclusion Linnet Close, drug testing). AP bed confirmed from 05.05.",
        "DB; Kayla; Mason; PP Tate",
        None,
    ),
    # ---------------- April ----------------
    # E13 third missing episode (Easter holidays), found in a car with Pollitt, ED; GP gets the ED letter 11 days later
    (
        POL,
        "2026-04-02 20:15",
        "Occ 26/051388 MISPER. BRENNAN, Kayla (14), 3rd episode 2026. Left MGM addr approx 13:00, phone off. Risk HIGH. Station Parade / flat - NTR, empty. ANPR marker VW Golf (POLLITT). Circulated.",
        "Kayla Brennan; MGM; POLLITT",
        "E13",
    ),
    (
        CSC,
        "2026-04-02 21:00",
        "EDT: police report Kayla missing since lunchtime - third time this year, high risk. Rang Pat, who is very distressed; Mason upset and asking for his mum. Police have checked Chloe's - Chloe is at home. Pat to ring EDT with any news.",
        "Kayla Brennan; Pat; Mason Brennan; Chloe",
        "E13",
    ),
    (
        POL,
        "2026-04-03 14:10",
        "Occ 26/051388 update. ANPR hit VW Golf, Blackmoor - vehicle stopped Mill Lane lay-by 13:50. BRENNAN, Kayla front passenger, heavily intoxicated, vomiting. POLLITT, Gary (41) arrested susp s9 SOA 2003 (partial disclosure by K to PC 4471). K conveyed by police to Blackmoor General ED. Forensic exam offered - declined. MGM att ED. MISPER closed.",
        "Kayla Brennan; POLLITT; MGM",
        "E13",
    ),
    (
        CSC,
        "2026-04-03 16:30",
        "EDT (Good Friday): police update - Kayla found this afternoon in Blackmoor in a car with a 41-year-old man, Gary Pollitt, who has been arrested. She was very drunk and has been taken to A&E at Blackmoor General; Pat is with her. She may have said something to the officer about the man. Mason staying with Pat's sister tonight. Strategy discussion first working day (Tuesday).",
        "Kayla Brennan; Gary Pollitt; Pat; Mason Brennan",
        "E13",
    ),
    (
        POL,
        "2026-04-04 11:00",
        "POLLITT, Gary interviewed (DC SANDHU) - no comment. Phone seized. Pre-charge bail: no contact BRENNAN, Kayla; not to enter Blackmoor Rd/Linnet Close area. Return 02/05.",
        "POLLITT; Kayla Brennan; DC Sandhu",
        None,
    ),
    # E14 second strategy discussion - section 47
    (
        CSC,
        "2026-04-07 10:00",
        "Strategy discussion (Teams) following Kayla's third missing episode and the arrest of Gary Pollitt. Chair TM Ridley. Present: SW Okafor, DC Sandhu, PC Marsh, Beth Carey (CAMHS), Amy Lister (sexual health adviser). School closed for Easter - DSL sent information by email. Agreed threshold met for a child protection enquiry (sexual abuse / child sexual exploitation), joint with police. Joint visit on Thursday to hear Kayla's account and offer a video interview; sexual health appointment with SW support; CAMHS sessions brought forward; extra support for Pat. Exploitation panel to be updated.",
        "Kayla Brennan; Gary Pollitt; TM Ridley; SW Okafor; DC Sandhu; PC Marsh; Beth; Amy Lister; Pat",
        "E14",
    ),
    (
        POL,
        "2026-04-07 10:00",
        "Strat disc - BRENNAN, Kayla. s47 joint (CSE). Police: POLLITT arrested 03/04, on bail. Partial disclosure to PC 4471. JV + ABE offer 09/04 (DC SANDHU w/ SW). Forensic - declined by K.",
        "Kayla Brennan; POLLITT; DC Sandhu",
        "E14",
    ),
    (
        SHC,
        "2026-04-07 10:00",
        "Strategy meeting (Teams) - AL attended. Outcome: s.47 (joint). Clinic action: priority appt for YP with SW - STI screen, pregnancy test, LARC. Booked 2026-04-14 15:30.",
        "Kayla Brennan; AL; SW Okafor",
        "E14",
    ),
    (
        CAM,
        "2026-04-07 10:00",
        "BC joined multi-agency strategy call re Kayla. Actions for CAMHS: first partnership session brought forward to 22 Apr; safety plan to be shared with carer and SW.",
        "Kayla Brennan; BC",
        "E14",
    ),
    (
        GP,
        "2026-04-07",
        "CAMHS letter 25/03/26 (B Carey) - Kayla: low mood + self-harm, partnership sessions x6, safety plan. No meds. Noted.",
        "Kayla; Beth",
        "E12",
    ),
    (
        CSC,
        "2026-04-08 14:00",
        "Return home interview (Jade) at Linnet Close. Kayla said 'Gaz' picked her up saying Lee wanted to see her, but they drove to Blackmoor instead and he gave her vodka. She did not want to talk about what happened in the car. Screening tool - significant risk. Copy to police missing persons team.",
        "Jade; Kayla Brennan; Gaz; Lee",
        None,
    ),
    # E15 joint visit police + SW
    (
        POL,
        "2026-04-09 11:00",
        "JV w/ SW OKAFOR to MGM addr. BRENNAN, Kayla seen - MGM present initially, then K alone w/ SW + DC SANDHU. ABE explained - K declined ('I'm not a grass, he didn't do anything'). ISVA info given. Revisit 2/52. Bail conds unchanged.",
        "SW Okafor; MGM; Kayla Brennan; DC Sandhu",
        "E15",
    ),
    (
        CSC,
        "2026-04-09 11:00",
        "Joint visit with DC Sandhu to Linnet Close as part of the child protection enquiry. Kayla saw us with Pat there at first, then on her own. She said she 'wasn't forced', does not want anyone in trouble and will not do a video interview. She did agree to go to the sexual health clinic with me on Tuesday. Pat tearful - she says she cannot keep Kayla in.",
        "DC Sandhu; Kayla Brennan; Pat",
        "E15",
    ),
    (
        CAM,
        "2026-04-09 15:20",
        "Tel call from grandmother - can Kayla's sessions start sooner? 'Not sleeping, crying at night.' Advised crisis line; first session confirmed 22/04 with BC.",
        "Kayla Brennan; Nan; BC",
        None,
    ),
    # E16 sexual health appointment with the SW
    (
        GP,
        "2026-04-14",
        "A&E letter Blackmoor General 03/04/26 - Kayla: acute alcohol intoxication, brought in by police. Obs 6h, GCS 15 at d/c. ED safeguarding referral made. D/c to MGM. No GP action.",
        "Kayla; MGM",
        "E13",
    ),
    (
        SHC,
        "2026-04-14 15:30",
        "Planned appt - YP attended with SW (H Okafor). Seen alone then with SW. Preg test neg. Full STI screen (NAAT 3 sites, bloods). Contraception: chose implant - Nexplanon fitted L arm under LA, no complications. Proforma HIGH. Consent / age of consent / healthy relationships discussed. Results via own phone.",
        "Kayla Brennan; SW Okafor",
        "E16",
    ),
    (
        CSC,
        "2026-04-14 15:30",
        "Took Kayla to her appointment with Amy Lister at the Brookside clinic. Quiet on the way there, chattier on the way back. She had a contraceptive implant fitted and tests taken. She asked whether Lee would 'go to prison'. Milkshake on the way home.",
        "Kayla Brennan; Amy Lister; Lee",
        "E16",
    ),
    (
        CSC,
        "2026-04-16",
        "Management oversight (TM Ridley): section 47 enquiry concluded - significant harm substantiated (sexual exploitation). As a looked-after child Kayla's plan continues through her care plan and the exploitation pathway rather than a child protection conference; IRO informed. Placement stability meeting for Pat to be arranged.",
        "Kayla Brennan; TM Ridley; IRO Shaw; Pat",
        None,
    ),
    (
        SCH,
        "2026-04-20 08:50",
        "First day summer term. Kayla in on time, uniform correct. Check-in with Ms Nair - 'Easter was rubbish'. CF aware of police involvement over Easter (SW email).",
        "Kayla; Ms Nair; CF",
        None,
    ),
    (
        CSC,
        "2026-04-20 16:00",
        "Statutory visit. Kayla home on time every night since Easter, says she has deleted Lee's number. Mason struggling with sleep, asking daily when Mum comes out. Pat using the respite afternoons.",
        "Kayla Brennan; Lee; Mason Brennan; Pat",
        None,
    ),
    (
        SHC,
        "2026-04-21",
        "Results 14/04: CT/GC neg (3 sites), HIV/syphilis/hep B neg. YP informed by tel. Implant check offered 4/52.",
        "Kayla Brennan",
        None,
    ),
    (
        PRB,
        "2026-04-21",
        "Video call DB (OMU) - release plan explained: Hollybank AP, licence conds, first appt 06.05. DB accepts AP 'for now'. Upset re exclusion from her mum's road.",
        "DB; PP Tate",
        None,
    ),
    (
        CAM,
        "2026-04-22 16:00",
        "Partnership session 1 (BC). Kayla engaged for 30 min. Safety plan drafted - triggers: arguments with Nan, messages from 'people from before'. Coping: music, bath, ringing Chloe. No self-harm 3 wks.",
        "Kayla Brennan; BC; Nan; Chloe",
        None,
    ),
    # E17 probation letter notifying release, read by CSC 8 days later
    (
        PRB,
        "2026-04-28",
        "Letter to CSC (SW H Okafor) - notification of release 05.05.2026 to Hollybank AP. Licence conds incl: reside AP; no direct/indirect contact with Kayla or Mason Brennan unless approved by PP in consultation w/ CSC; not to enter Linnet Close; drug testing. SW invited to licence planning mtg.",
        "SW Okafor; DB; Kayla; Mason; PP Tate",
        "E17",
    ),
    (
        GP,
        "2026-04-28 10:40",
        "Pat Doyle - HTN r/v. BP 152/94. Stress++ (caring for grandchildren). Amlodipine incr 10mg. Carer's assessment info given.",
        "Pat Doyle; Dr Pryor",
        None,
    ),
    (
        SCH,
        "2026-04-29 13:40",
        "RSE lesson (consent/relationships) - Kayla left lesson upset, sat with Ms Nair. Did not want to talk. Nan informed at pick-up. Logged.",
        "Kayla; Ms Nair; Nan",
        None,
    ),
    (
        CAM,
        "2026-04-29 10:00",
        "ADHD nurse clinic - Mason. Wt 25.6kg, ht 129cm, BP 100/62, HR 86. On 27mg. Nan reports he is 'wound up' about Mum coming home. Continue.",
        "Mason Brennan; Nan",
        None,
    ),
    # ---------------- May ----------------
    (
        PRB,
        "2026-05-05 14:10",
        "DB released HMP Redmoor on licence (CRD). Reported Hollybank AP 14:10. Licence read and signed, conds explained. AP induction. Initial drug test neg.",
        "DB",
        None,
    ),
    (
        POL,
        "2026-05-05",
        "IOM - BRENNAN, Danielle released on licence today to Hollybank AP. Adopted IOM cohort (drugs). No current intel re associates at Station Parade. Licence excl zone Linnet Close noted on PNC.",
        "Danielle Brennan",
        None,
    ),
    (
        PRB,
        "2026-05-06 10:00",
        "1st office appt (PP Tate). DB on time, sober. Asking when she can see the children. Explained CSC will arrange supervised family time - licence planning mtg 13.05. Referred to Pathways drug & alcohol service.",
        "DB; PP Tate",
        None,
    ),
    (
        CAM,
        "2026-05-06 16:00",
        "Partnership session 2 - Kayla DNA. Tel grandmother - Kayla 'went to town after school'. Rebooked 20/05.",
        "Kayla Brennan; Nan",
        None,
    ),
    (
        CSC,
        "2026-05-06",
        "Letter from the Probation Service dated 28 April, scanned onto the file today: Danielle was to be released on 5 May to Hollybank Approved Premises. Her licence says she must not contact Kayla or Mason unless probation agree it with us, and she must not go to Pat's road. I am invited to a licence planning meeting next week. Rang Pat to explain.",
        "Danielle; Kayla Brennan; Mason Brennan; Pat",
        "E17",
    ),
    # E18 personal education plan meeting at school
    (
        SCH,
        "2026-05-12 13:30",
        "PEP meeting (summer term) - Ms Nair (DT), SW Okafor, Virtual School (Mr Ellis), Nan. Kayla joined last 10 mins. Attendance since Easter 86%. Targets: English catch-up tutoring (PP+ funded), maths set move, option choices Y10. Next PEP autumn.",
        "Ms Nair; SW Okafor; Nan; Kayla",
        "E18",
    ),
    (
        CSC,
        "2026-05-12 13:30",
        "Personal education plan meeting at Kingsmere with Ms Nair, the virtual school and Pat. Kayla came in for the last ten minutes and agreed to English tutoring if it is 'not with a weirdo'. Attendance much better since Easter. Pupil premium plus to fund the tutor.",
        "Ms Nair; Pat; Kayla Brennan",
        "E18",
    ),
    # E19 licence planning meeting (CSC dates it by week)
    (
        GP,
        "2026-05-13 09:30",
        "New pt (temp reg) - Danielle Brennan, Hollybank AP. Hx depression; cocaine/cannabis use, abstinent in custody. Sertraline 50mg continued (prison supply 7/7). NP check booked.",
        "Danielle Brennan; Dr Pryor",
        None,
    ),
    (
        PRB,
        "2026-05-13 14:00",
        "Licence planning / professionals mtg at probation office. PP Tate, SW Okafor (CSC), PC Dunn (IOM). DB attended 2nd half. Agreed: supervised family time at contact centre fortnightly from 20.05 (CSC to arrange); DB not to attend Linnet Close; engage Pathways; IOM visits at AP. Review 4/52.",
        "PP Tate; SW Okafor; DB",
        "E19",
    ),
    (
        POL,
        "2026-05-13 14:00",
        "IOM - professionals mtg at Probation re BRENNAN, Danielle. Licence conds noted (non-contact children exc approved family time; excl Linnet Close). IOM home visits AP fortnightly. No intel DB linked to Station Parade.",
        "Danielle Brennan",
        "E19",
    ),
    (
        CSC,
        "A:2026-05-11:2026-05-15:w/c 11 May 2026",
        "Went to the licence planning meeting at the probation office with Michelle Tate and the police offender management officer; Danielle joined for the second half and cried when she talked about the children. Agreed supervised family time at the contact centre every other week from 20 May, which I will arrange; Danielle will not go to Pat's house.",
        "Michelle; Danielle",
        "E19",
    ),
    (
        SHC,
        "2026-05-19",
        "Chloe Ashworth (15y) attended YP session - condoms, chlamydia test. Asked staff 'if Kayla's alright'. Proforma MEDIUM. Safeguarding referral to her home LA per protocol. AL.",
        "Chloe Ashworth; Kayla; AL",
        None,
    ),
    (
        CSC,
        "2026-05-20 16:00",
        "First supervised family time at the Marlow Road contact centre. Danielle and Mason - Mason ran to her and sat on her knee for most of the hour; they played Uno. Kayla refused to come ('she chose drugs over us'). Danielle punctual and sober. Next session 3 June.",
        "Danielle; Mason Brennan; Kayla Brennan; SW Okafor",
        None,
    ),
    (
        CAM,
        "2026-05-20 16:30",
        "Partnership session 2 (BC). Kayla attended. Angry with Mum, refused family time today. Some urges to cut, none acted on. Safety plan reviewed.",
        "Kayla Brennan; Mum; BC",
        None,
    ),
    (
        PRB,
        "2026-05-21",
        "Supervision (office). DB says first family time yesterday 'went lovely' - Mason, not Kayla. Drug test neg. Attended Pathways assessment.",
        "DB; Mason; Kayla; PP Tate",
        None,
    ),
    (
        PRB,
        "2026-05-28",
        "Supervision (office). DB low, 'Kayla won't even text me back'. Discussed patience, letter via SW. Drug test neg. AP reports compliant.",
        "DB; Kayla; PP Tate",
        None,
    ),
    # E20 Danielle at the grandmother's house in drink, contrary to licence
    (
        POL,
        "2026-05-30 22:15",
        "Occ 26/083305. Call from DOYLE, Patricia - daughter BRENNAN, Danielle at door in drink, shouting, demanding to see children. Officers att 22:30 - DB gone prior. Located 23:05 Linnet Close junction, taken back to Hollybank AP. No offences disclosed. Children (14, 8) in addr - M upset, K filming on phone. PPN. Probation to be notified (licence excl zone).",
        "Patricia Doyle; Danielle Brennan; Mason Brennan; Kayla Brennan",
        "E20",
    ),
    (
        CSC,
        "2026-05-30 23:05",
        "EDT: police call - Danielle turned up drunk at Pat's house tonight wanting to see the children, which her licence does not allow. She left before police arrived and has been taken back to the approved premises. Spoke to Pat: both children in bed now; Mason very upset, Kayla 'laughing it off'. For day team and probation.",
        "Danielle; Pat; Mason Brennan; Kayla Brennan",
        "E20",
    ),
    (
        POL,
        "2026-05-31 21:40",
        "Concern for welfare - BRENNAN, Kayla not home by 21:00 curfew, MGM called 21:40. K returned 22:55 before deployment, states at park with friends. NFA. Philomena profile updated.",
        "Kayla Brennan; MGM",
        None,
    ),
    (
        SCH,
        "2026-06-01 08:45",
        "Nan rang: bad weekend - kids' mum turned up at the house drunk Saturday night and police came. Kayla in school, tired. CF + Ms Nair informed. Kayla: 'she's embarrassing'.",
        "Nan; Mum; Kayla; CF; Ms Nair",
        "E20",
    ),
    (
        PRB,
        "2026-06-01 09:30",
        "Police notification rec'd (Occ 26/083305) - DB at MGM addr Linnet Close Sat 30.05 approx 22:00 in drink, contrary to licence (excl zone / non-contact). AP confirms DB back 23:20 intoxicated. Discussed SPO: formal warning, not recall. DB to attend tomorrow 10:00.",
        "DB; MGM; PP Tate",
        "E20",
    ),
    (
        CSC,
        "2026-06-01 14:00",
        "Fostering: supervisory visit to Pat (SSW Lowe) after Saturday night. Pat shaken but wants to carry on caring for both children. Agreed she will not open the door to Danielle and will ring 999 if she comes again.",
        "Pat; SSW Lowe; Danielle",
        None,
    ),
    (
        PRB,
        "2026-06-02 10:00",
        "Office appt - formal warning issued (breach lic conds 30.05). DB admits, 'I just wanted to see my kids'. Alcohol work added to Pathways plan. Family time continues per CSC.",
        "DB; PP Tate",
        None,
    ),
    # ---------------- June ----------------
    # E21 MACE review panel
    (
        CSC,
        "2026-06-04 10:00",
        "Multi-Agency Child Exploitation panel - review of Kayla. Present: SW Okafor, DC Sandhu, Mr Fraser, Amy Lister (sexual health), Jade Kirby. Since February: two more missing episodes (14-15 February and 2-3 April); Gary Pollitt on bail awaiting a charging decision; Lee Hartigan under investigation with the warning notice in force. No missing episode since 3 April; Kayla engaging with Jade and CAMHS; attendance up. Risk reduced from high to medium. Review in three months.",
        "Kayla Brennan; SW Okafor; DC Sandhu; Mr Fraser; Amy Lister; Jade; Gary Pollitt; Lee Hartigan",
        "E21",
    ),
    (
        POL,
        "2026-06-04 10:00",
        "MACE review - BRENNAN, Kayla. Risk HIGH -> MEDIUM. No MISPER since 03/04 (1 x late home 31/05). POLLITT bail extended, file w/ CPS. HARTIGAN RUI, CAWN in force. Golden Grill - closure order application in prep.",
        "Kayla Brennan; POLLITT; HARTIGAN",
        "E21",
    ),
    (
        SHC,
        "2026-06-04",
        "MACE review panel (Civic Centre) - AL attended. Clinic update: implant in situ, STI screens neg x2, attending. Proforma now MEDIUM.",
        "Kayla Brennan; AL",
        "E21",
    ),
    (
        SCH,
        "2026-06-04",
        "DSL at MACE review (am) re Kayla. Risk lowered to medium. Attendance since Easter 88%. Daily check-in reduced to 3x weekly.",
        "Kayla; CF",
        "E21",
    ),
    (
        CSC,
        "2026-06-08",
        "Letter to Pat confirming the exploitation panel review outcome (risk now medium) and the continuing plan.",
        "Pat; Kayla Brennan",
        None,
    ),
    (
        GP,
        "2026-06-09",
        "Mason - methylphenidate XL 27mg x28 issued (CD). Collected by MGM.",
        "Mason; MGM",
        None,
    ),
    (
        SCH,
        "2026-06-10 12:30",
        "Check-in (Ms Nair). Kayla chatty, talked about tutoring - 'actually alright'. Wants to do hair & beauty at college. No concerns.",
        "Kayla; Ms Nair",
        None,
    ),
    (
        PRB,
        "2026-06-11",
        "Supervision (office). DB sober, attending Pathways group weekly. Family time 03.06 with Mason went ahead (SW confirmed). Drug test neg.",
        "DB; Mason; PP Tate",
        None,
    ),
    (
        CAM,
        "2026-06-17 16:00",
        "Partnership session 3 (BC). Kayla brighter. No self-harm 8 wks. Talked about Mum - 'maybe one day'. Sleep ~23:00.",
        "Kayla Brennan; Mum; BC",
        None,
    ),
    # E22 phone call DC -> SW about the charge (recorded at both ends in different words)
    (
        POL,
        "2026-06-18 11:20",
        "T/C SW OKAFOR (CSC) - update: CPS authorised charge POLLITT, Gary x2 s9 SOA 2003 (victim BRENNAN, Kayla, evidence from phone download) + x1 poss indecent images. Remanded, 1st appearance Mags 19/06. HARTIGAN remains RUI, CAWN in force. SW to inform K + MGM in person; ISVA referral.",
        "SW Okafor; POLLITT; Kayla Brennan; HARTIGAN; MGM; DC Sandhu",
        "E22",
    ),
    (
        CSC,
        "2026-06-18 11:20",
        "Ravi rang late morning. The older man from the Blackmoor incident has been charged with offences against Kayla - mostly from what was found on his phone - and is being kept in custody until court tomorrow. Lee is still under investigation and the warning notice stays. Ravi asked me to tell Kayla and Pat face to face before they hear it round the estate.",
        "Ravi; Gary Pollitt; Kayla Brennan; Pat; Lee",
        "E22",
    ),
    (
        CSC,
        "2026-06-18 16:00",
        "Visit to Linnet Close after school to tell Kayla and Pat about the charges. Kayla went quiet, then asked if she would have to go to court. Explained the ISVA and that nothing is decided yet. Pat relieved. Kayla agreed to Jade calling round tomorrow.",
        "Kayla Brennan; Pat; Jade",
        None,
    ),
    (
        GP,
        "2026-06-23",
        "Danielle Brennan - NP check. BMI 22. PHQ-9 12, AUDIT-C 9. Sertraline 50mg continue. Advised Pathways (already attending). Smear due - booked.",
        "Danielle Brennan; Dr Pryor",
        None,
    ),
    (
        PRB,
        "2026-06-25",
        "Supervision (office). DB reports Kayla sent her a message 'for the first time'. Compliant at AP. Drug test neg. Move-on accommodation application started.",
        "DB; Kayla; PP Tate",
        None,
    ),
    (
        SHC,
        "2026-06-30",
        "Internal safeguarding MDT (clinic) - YP discussed: engaging, implant in situ, no new concerns. Continue 3-monthly contact.",
        "Kayla Brennan",
        None,
    ),
    # ---------------- July ----------------
    (
        SHC,
        "2026-07-07 16:20",
        "YP attended with grandmother for STI rescreen (per plan). NAAT + bloods taken. Implant site fine. Proforma MEDIUM. AL.",
        "Kayla Brennan; Nan; AL",
        None,
    ),
    # E23 Mason's ADHD clinic review and the GP's receipt of the letter 12 days later
    (
        CAM,
        "2026-07-08 09:30",
        "ADHD clinic review (Dr Voss). Mason attended with grandmother. On methylphenidate XL 27mg: class teacher reports good progress in reading, fewer removals from class. Mum now out of prison, seeing Mason fortnightly (supervised) - he is 'happier'. Wt 26.0kg, ht 130cm, BP 99/60, HR 90. Continue 27mg; summer drug holiday discussed - not wanted. Review 6 months. Letter to GP.",
        "Mason Brennan; Nan; Mum; Dr Voss",
        "E23",
    ),
    (
        GP,
        "2026-07-08 12:00",
        "Mason - methylphenidate XL 27mg x28 issued (CD). Collected by MGM.",
        "Mason; MGM",
        None,
    ),
    (
        PRB,
        "2026-07-09",
        "Supervision (office). DB stable, Pathways group x6 attended. Asked about unsupervised contact - explained CSC decision, next LAC review 14.07. Drug test neg.",
        "DB; PP Tate",
        None,
    ),
    (
        CSC,
        "2026-07-14 15:30",
        "Looked after review for Kayla and Mason at Linnet Close, chaired by IRO Gillian Shaw. Present: Pat, Kayla, Mason (first 15 minutes), SW Okafor. Written reports from Kingsmere and CAMHS. Both placements stable. Kayla: no missing episodes since April, risk reduced to medium at the exploitation panel, CAMHS sessions continuing; Gary Pollitt charged. Mason doing well on medication, enjoying family time. Family time with Danielle stays supervised for now; review after her licence review. Next review in six months.",
        "Kayla Brennan; Mason Brennan; Pat; IRO Shaw; SW Okafor; Danielle; Gary Pollitt",
        None,
    ),
    (
        SCH,
        "2026-07-14",
        "Report sent to IRO for Kayla's LAC review today (DT unable to attend - Y9 exams). Attendance summer term 89%, tutoring going well, no behaviour points this half term.",
        "Kayla; IRO Shaw; Ms Nair",
        None,
    ),
    (
        CAM,
        "2026-07-15 16:00",
        "Partnership session 4 (BC). Kayla aware of court case against 'Gaz' - anxious about giving evidence. Safety plan reviewed. No self-harm. Plan 2 more sessions then review.",
        "Kayla Brennan; Gaz; BC",
        None,
    ),
    (
        SCH,
        "2026-07-17 14:00",
        "End of term summary (DSL). Kayla: attendance summer term 89%, no missing from school, 1 isolation (Mar). Summer contact details for DSL given to SW. File reviewed CF.",
        "Kayla; CF",
        None,
    ),
    (
        GP,
        "2026-07-20",
        "CAMHS clinic letter 08/07/26 (Dr Voss) - Mason: ADHD stable on methylphenidate XL 27mg, continue. R/v 6/12. Noted.",
        "Mason; Dr Voss",
        "E23",
    ),
    (
        POL,
        "2026-07-22 15:00",
        "Closure order granted (Mags) - Golden Grill + Flat 2, 14 Station Parade, 3 months. Served 16:30. CE team / licensing.",
        "",
        None,
    ),
    (
        PRB,
        "2026-07-23",
        "Supervision (office). Move-on flat offered (Westgate). Licence conds review request to CSC re family time. Drug test neg.",
        "DB; PP Tate",
        None,
    ),
    (
        CSC,
        "2026-07-29 15:00",
        "Statutory visit (summer). Kayla at a hair and beauty taster day with Chloe; seen later in the afternoon - good mood, showed her nails. Mason at holiday club. Pat asked about Danielle moving into a flat in Westgate - explained family time stays supervised until reviewed.",
        "Kayla Brennan; Chloe; Mason Brennan; Pat; Danielle",
        None,
    ),
    # ---------------- August ----------------
    (
        CAM,
        "2026-08-05 16:00",
        "Partnership session 5 (BC). Kayla well, no self-harm since March. Discussed ending - 1 more session then discharge to GP with open door.",
        "Kayla Brennan; BC",
        None,
    ),
    (
        PRB,
        "2026-08-06",
        "Supervision (office). DB moved to Westgate flat 03.08 (approved address). Drug test neg. Licence conds variation (excl zone) under review w/ CSC.",
        "DB; PP Tate",
        None,
    ),
    # E24 fourth missing episode: report, found at a friend's, Monday MASH notification
    (
        POL,
        "2026-08-08 23:10",
        "Occ 26/124870 MISPER. BRENNAN, Kayla (14), 4th episode 2026 (1st since 03/04). Not home from town, phone off. Risk MEDIUM-HIGH (CSE hx, POLLITT remanded, HARTIGAN RUI). Station Parade checks - premises closed (closure order), NTR.",
        "Kayla Brennan; POLLITT; HARTIGAN",
        "E24",
    ),
    (
        POL,
        "2026-08-09 11:35",
        "Occ 26/124870 update. K returned self to MGM 11:20 - stayed at ASHWORTH, Chloe addr, Chloe's mother confirms. Safe & well (PC 2210) - no concerns, no adult males. MISPER closed. RHI req.",
        "Kayla Brennan; MGM; ASHWORTH",
        "E24",
    ),
    (
        CSC,
        "2026-08-10 09:10",
        "MASH: missing notification from the weekend - Kayla missing overnight on Saturday, came home by herself late on Sunday morning; she had stayed at Chloe's and Chloe's mum has confirmed. No exploitation indicators reported. Sent to SW Okafor and Jade for a return home interview.",
        "Kayla Brennan; Chloe; SW Okafor; Jade",
        "E24",
    ),
    (
        CSC,
        "2026-08-12 14:00",
        "Return home interview (Jade). Kayla says she stayed at Chloe's after a row with Pat about her curfew and turned her phone off 'to make a point'. No older males involved; she has not seen Lee. Screening - risk medium. Agreed a later curfew for Saturdays with Pat.",
        "Jade; Kayla Brennan; Chloe; Pat; Lee",
        None,
    ),
    (
        GP,
        "2026-08-14",
        "Kayla - hayfever, itchy eyes. Cetirizine 10mg od. Mood 'good', CAMHS ending. No SH.",
        "Kayla; Dr Pryor",
        None,
    ),
    (
        PRB,
        "2026-08-20",
        "Supervision (office). DB settled at Westgate. CSC agree to one unsupervised family time trial (Mason) - licence variation request submitted. Drug test neg.",
        "DB; Mason; PP Tate",
        None,
    ),
]


def main():
    out = HERE / "case_ag.json"
    casegen.build(
        "ag",
        "14-year-old in a kinship placement with her grandmother, repeatedly missing and sexually "
        "exploited by older men linked to a takeaway; brother (8) with ADHD; mother in prison then "
        "released on licence; 7 agencies, Jan - Aug 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
