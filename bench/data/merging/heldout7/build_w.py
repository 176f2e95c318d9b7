# ruff: noqa: E501
"""Writing aid for held-out case W (stdlib only).

    python3 build_w.py            # writes case_w.json beside this file

Every event entry and every hard negative is written by hand below; a small amount of
per-agency routine filler comes from hand-written pools, placed by a seeded generator so the
output is reproducible. All people, places and professionals are invented.
"""

import calendar
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).parent

CSC = "Children's Social Care"
POL = "Police"
GP = "Ashgrove Medical Practice"
HV = "0-19 Health Visiting"
HOSP = "Kingsmead General Hospital"
SCH = "Oakfield Primary School"
PRB = "Probation Service"

AGENCIES = [
    (CSC, "social_care", "%d %B %Y"),
    (POL, "police", "%d/%m/%Y"),
    (GP, "health", "%d/%m/%y"),
    (HV, "health", "%d-%b-%Y"),
    (HOSP, "health", "%Y-%m-%d"),
    (SCH, "education", "%d.%m.%y"),
    (PRB, "other", "%d %b %y"),
]

PEOPLE = [
    ("Shannon Pryde", ["Shannon", "Mum", "PRYDE Shannon", "Ms Pryde", "SP"], "Mother", "parent"),
    (
        "Callum Hollins",
        ["Callum", "HOLLINS Callum", "Mr Hollins", "CH", "PoP"],
        "Mother's partner, father of Child R",
        "parent",
    ),
    ("Tyler Pryde", ["Tyler", "TP"], "Child T", "child"),
    ("Maisie Pryde", ["Maisie"], "Child M", "child"),
    ("Ruby Hollins", ["Ruby", "Ruby Pryde-Hollins", "Baby Ruby"], "Child R", "child"),
    ("Denise Pryde", ["Denise", "MGM"], "Maternal grandmother", "family"),
    ("Amira Bashir", ["SW Bashir", "Amira"], "Social worker", "professional"),
    ("Joanne Pennington", ["TM Pennington"], "Team manager", "professional"),
    ("Kerry Doyle", ["HV Doyle", "Kerry"], "Health visitor", "professional"),
    ("Dr Anil Mistry", ["Dr Mistry"], "GP", "professional"),
    ("Gary Whitlock", ["OM Whitlock", "Gary"], "Probation practitioner", "professional"),
    ("Helen Fairbrother", ["Mrs Fairbrother"], "Designated safeguarding lead", "professional"),
    ("Sam Ratcliffe", ["DC Ratcliffe"], "Detective constable, safeguarding unit", "professional"),
]

# (agency, date spec, text, people column, event)
# date spec: "2026-03-14", "2026-03-14 23:10", "M:2026-04", "A:start:end:as written"
E = []


def add(agency, spec, text, who="", event=None):
    E.append((agency, spec, text, who, event))


# ---------------------------------------------------------------- February -----------------
add(
    HV,
    "2026-02-10",
    "6-8 week review of Ruby at home. Wt 4.9kg (50th). Feeding well (formula). "
    "Mum's mood discussed - EPDS 9. Partner Callum present throughout, answered for Mum. Routine "
    "enquiry not possible. Universal pathway.",
    "Ruby; Mum; Callum",
)
add(
    GP,
    "2026-02-24",
    "F2F Dr Mistry. Low mood, poor sleep. Seen alone. Disclosed partner (CH) "
    "'grabs her' and checks phone, pushed her against door last wk, 3 children at home incl 2/12 "
    "baby. DASH not done - pt declined. Safeguarding referral to MASH completed via portal today. "
    "Sertraline 50mg. R/V 4/52.",
    "Shannon Pryde; CH",
    "E01",
)
add(
    CSC,
    "2026-02-27",
    "Contact received by the Multi-Agency Safeguarding Hub from Ashgrove Medical "
    "Practice (Dr Mistry). The GP reports that Ms Pryde told him during an appointment that her "
    "partner Callum Hollins grabs her, monitors her phone and recently pushed her into a door. "
    "There are three children in the household: Tyler (9), Maisie (4) and Ruby (9 weeks). Mother "
    "did not consent to the referral but was told it would be made. MASH RAG rating amber; checks "
    "to be completed with police, health and school. Mr Hollins is understood to be on licence.",
    "Shannon Pryde; Callum Hollins; Tyler; Maisie; Ruby",
    "E01",
)

# ---------------------------------------------------------------- March --------------------
add(
    CSC,
    "2026-03-03",
    "Case allocated to Amira Bashir (SW) for a single assessment. Unannounced "
    "home visit to 14 Larkspur Close. Ms Pryde was initially reluctant but allowed the social "
    "worker in. All three children seen; Ruby was asleep in her Moses basket, Maisie was watching "
    "television. Ms Pryde minimised the GP account and said 'we just argue like everyone'. Mr "
    "Hollins was not present.",
    "Shannon Pryde; Tyler; Maisie; Ruby; SW Bashir",
)
add(
    CSC,
    "2026-03-05",
    "Agency checks. Police: one previous domestic call-out (2024, verbal only, "
    "different address). Health visitor reports no concerns about Ruby's care at the 6-8 week "
    "review but noted Mr Hollins answered for Ms Pryde. School report Tyler's attendance is 91% "
    "with frequent lateness.",
    "Shannon Pryde; Callum Hollins; Ruby; Tyler",
)
add(
    HV,
    "M:2026-03",
    "During March Mum declined referral to the Freedom Programme, stating she "
    "'does not need it'. Leaflets left.",
    "Mum",
)
add(
    SCH,
    "2026-03-09",
    "Tyler late x3 this week (arrived 9.20, 9.35, 9.15). Said he had to wait "
    "for Mum to get the baby ready. Letter home re punctuality.",
    "Tyler; Mum",
)
add(
    POL,
    "2026-03-10 14:05",
    "CRIME - CRIMINAL DAMAGE TO MV. IP PRYDE Shannon reports nearside "
    "mirror of her Corsa smashed o/n on Larkspur Close. No witnesses, no CCTV. No suspect. Filed "
    "pending further info.",
    "PRYDE Shannon",
)
add(
    POL,
    "2026-03-14 23:10",
    "DOMESTIC - PHYSICAL. Call from neighbour re shouting and screaming "
    "at 14 Larkspur Close. Officers attended 23:24. IP PRYDE Shannon, red mark to neck, states "
    "SUSP HOLLINS Callum put hand round her throat during argument re money. 3 x children in "
    "address, eldest (TP 9 yrs) awake and upset. SUSP arrested for assault (NFS non-fatal "
    "strangulation) and conveyed to custody. DASH = high (16). PPN submitted, MARAC referral to "
    "follow.",
    "PRYDE Shannon; HOLLINS Callum; TP; Maisie; Ruby",
    "E02",
)
add(
    CSC,
    "2026-03-16",
    "Police Protection Notice received in MASH in respect of an incident on "
    "Saturday night at the family home. Police attended after a neighbour heard screaming; Ms "
    "Pryde reported that Mr Hollins had put his hand around her throat. Tyler was awake and "
    "witnessed the aftermath. Mr Hollins was arrested. Given the open single assessment, the PPN "
    "has been passed to the allocated social worker and a strategy discussion requested.",
    "Shannon Pryde; Callum Hollins; Tyler; Maisie; Ruby",
    "E02",
)
add(
    CSC,
    "2026-03-16",
    "Management oversight (TM Pennington): threshold for section 47 enquiries "
    "considered met in light of the non-fatal strangulation allegation, the age of Ruby and the "
    "previous GP disclosure. Strategy discussion to be convened within 48 hours. SW to see the "
    "children today if possible.",
    "Ruby; TM Pennington",
)
add(
    SCH,
    "2026-03-16",
    "Op Encompass notification rec'd 08.15 re DA incident at home Sat night, "
    "Tyler present. Mrs Fairbrother (DSL) informed class teacher. Tyler quiet but settled; "
    "offered time with Miss Grey (ELSA) at lunch.",
    "Tyler; Mrs Fairbrother",
    "E02",
)
add(
    PRB,
    "2026-03-16",
    "Notified by police (IOM) that PoP arrested Sat 14/03 - DA, alleged "
    "strangulation of partner SP. In custody over weekend, now bailed with no-contact conditions, "
    "staying at mother's address. Licence breach being considered. SPO informed.",
    "PoP; SP",
    "E02",
)
add(
    HV,
    "2026-03-16",
    "Home visit, Ruby weighed: 5.6kg (50th-75th). Mum tired, tearful at times, "
    "said she was 'fine'. Maisie at school. Advised re introducing solids not before 6/12. "
    "Next contact 3/12.",
    "Ruby; Mum",
)
add(
    POL,
    "2026-03-17 10:30",
    "DA follow up. DASH reviewed by DC Ratcliffe, MARAC referral "
    "submitted (strangulation + high risk). IP supportive of prosecution at present. IDVA "
    "referral made.",
    "PRYDE Shannon; DC Ratcliffe",
)
add(
    HV,
    "2026-03-17",
    "Notification from MASH: police attended family home 14/3 following report "
    "of DV - partner alleged to have put hands round Mum's neck, arrested. Children present. "
    "Safeguarding supervision booked, records flagged.",
    "Mum; Callum; Ruby; Maisie; Tyler",
    "E02",
)
add(
    CSC,
    "2026-03-18",
    "Strategy discussion held via Teams, chaired by TM Pennington. Present: "
    "Amira Bashir (SW), DC Ratcliffe (police safeguarding), Kerry Doyle (health visitor), Helen "
    "Fairbrother (DSL, Oakfield Primary). Apologies: GP. Information shared regarding the GP "
    "disclosure in February and the incident on 14 March. Agreed: the threshold for section 47 "
    "enquiries is met; single-agency social care enquiry with police informed; joint home visit "
    "tomorrow with police to speak to Ms Pryde and to see Tyler.",
    "Amira Bashir; Sam Ratcliffe; Kerry Doyle; Helen Fairbrother; Shannon Pryde; Tyler",
    "E03",
)
add(
    POL,
    "2026-03-18 11:00",
    "Strat disc (Teams). Outcome s47, JV tomorrow 1600 with SW. "
    "HOLLINS on bail, NCO in place. Action DC Ratcliffe to attend.",
    "HOLLINS Callum; DC Ratcliffe",
    "E03",
)
add(
    SCH,
    "2026-03-18",
    "DSL attended multi-agency meeting (Teams) re Tyler's family. Shared "
    "attendance and punctuality, Tyler's presentation since Monday. Actions for school: monitor, "
    "daily check-in with ELSA.",
    "Tyler; Mrs Fairbrother",
    "E03",
)
add(
    GP,
    "2026-03-18",
    "Maisie seen with Mum. Cough 5/7, no fever, chest clear, sats 98%. Viral "
    "URTI. Safety netting advice.",
    "Maisie; Mum",
)
add(
    CSC,
    "2026-03-19",
    "Joint home visit with DC Ratcliffe. Ms Pryde spoken to alone; she "
    "confirmed the account she gave on the night but said she now wishes to withdraw her "
    "statement. Tyler was spoken to in his bedroom and said he 'heard Mum choking' and saw Callum "
    "leave with the police. Maisie and Ruby seen, no marks. Safety plan agreed: Mr Hollins not to "
    "return to the address; Ms Pryde to call 999 if he attends.",
    "Shannon Pryde; Tyler; Maisie; Ruby; Callum Hollins; DC Ratcliffe",
    "E04",
)
add(
    POL,
    "2026-03-19 16:00",
    "JV with CSC. IP PRYDE now retracting, states she does not support "
    "prosecution. TP 9 yrs spoken with by SW in presence of officer - heard 'choking'. Consider "
    "evidence-led prosecution, file to CPS.",
    "PRYDE Shannon; TP",
    "E04",
)
add(
    HV,
    "2026-03-20",
    "Visit to Mum following the joint visit with police yesterday (SW Bashir "
    "updated by phone). Mum says Callum 'won't be back'. Ruby well, handled appropriately. "
    "Discussed safe sleep and crying plan.",
    "Mum; Ruby; SW Bashir",
)
add(
    SCH,
    "2026-03-23",
    "Tyler told Miss Grey during check-in that he 'doesn't like it when "
    "Callum shouts' and that he keeps his door shut. Logged on CPOMS, passed to DSL.",
    "Tyler; Callum",
)
add(
    HV,
    "2026-03-23",
    "Minutes of strategy meeting 18-Mar received by email from CSC and filed. "
    "Outcome s47. HV actions: continue HV visits every 2/52, share any concerns with SW.",
    "Ruby; Kerry",
    "E03",
)
add(
    PRB,
    "2026-03-25",
    "Supervision (office). PoP denies strangulation, says SP 'fell against the "
    "worktop'. Reminded of licence conditions and bail NCO. Address at mother's verified. Recall "
    "not pursued at present - SPO decision.",
    "PoP",
)
add(
    GP,
    "2026-03-26",
    "Tel consult SP. Mood slightly better on sertraline, sleeping 4-5h. Says "
    "partner has left. ?side effects - nausea settled. Cont. R/V 4/52.",
    "SP",
)
add(
    POL,
    "2026-03-31 19:50",
    "HARASSMENT. Call from PRYDE Denise (MGM) stating HOLLINS Callum "
    "has been sitting in his car outside her address on Fenwick Road. Words of advice to HOLLINS "
    "by phone. No offences disclosed.",
    "MGM; HOLLINS Callum",
)

# ---------------------------------------------------------------- April --------------------
add(
    CSC,
    "2026-04-01",
    "Home visit by SW Bashir (afternoon, section 47 enquiries). Ruby seen "
    "awake in her bouncer, no marks observed, smiling and responsive. Maisie at home; Tyler at "
    "school. Ms Pryde said Mr Hollins has been 'messaging but not coming round'.",
    "Shannon Pryde; Ruby; Maisie; Callum Hollins",
)
add(
    HOSP,
    "2026-04-01 19:40",
    "ED. 14/52 F brought in by mother. Rolled off sofa approx 1m onto "
    "laminate floor ~18:30, cried immediately, no LOC, no vomiting. O/E alert, feeding, small "
    "soft swelling R parietal 2cm, no other marks. Non-mobile infant with head injury - "
    "paediatric review and safeguarding checks (CP-IS: subject of s47). CT head not indicated per "
    "NICE. Discussed with on-call SW (EDT), mother's account consistent. Discharged 23:50 with "
    "head injury advice.",
    "Ruby Pryde-Hollins; Mum",
    "E05",
)
add(
    GP,
    "2026-04-02",
    "Report for initial CP conference (Ruby, Maisie, Tyler) completed and "
    "emailed to conference unit. Unable to attend - clinic commitments.",
    "Ruby; Maisie; Tyler; Dr Mistry",
)
add(
    SCH,
    "2026-04-02",
    "Mum phoned office 08.50 - Tyler not in today, 'Ruby was up at the "
    "hospital last night after a fall and we didn't get home till midnight'. Absence "
    "authorised. DSL informed.",
    "Mum; Tyler; Ruby",
    "E05",
)
add(
    HV,
    "2026-04-07",
    "ED liaison notification received: Ruby attended A&E 01-Apr after a fall "
    "from the sofa, head injury, discharged same night. Shared with SW. Visit brought forward.",
    "Ruby",
    "E05",
)
add(
    GP,
    "2026-04-07",
    "Ruby seen with Mum. Mum says 'she fell off the settee last week and we "
    "went to A&E'. Swelling resolved. Alert, fixing and following, fontanelle soft. Mum "
    "reminded re not leaving baby on sofa.",
    "Ruby; Mum",
)
add(
    CSC,
    "2026-04-08",
    "Initial child protection conference. Chair: Alison Dunne (IRO). Present: "
    "Ms Pryde, SW Bashir, TM Pennington, DC Ratcliffe, HV Doyle, Mrs Fairbrother (DSL). Report "
    "received from the GP. Mr Hollins was invited but did not attend. The conference heard about "
    "the February disclosure, the incident of 14 March and Ruby's attendance at the Emergency "
    "Department on 1 April. Decision: all three children to be subject to child protection plans "
    "under the category of emotional abuse. First core group within 10 working days.",
    "Shannon Pryde; Tyler; Maisie; Ruby; Callum Hollins",
    "E06",
)
add(
    POL,
    "2026-04-08 10:00",
    "ICPC attended DC Ratcliffe (Teams). All 3 children on CPP - "
    "emotional harm. CPS advice awaited re HOLLINS.",
    "DC Ratcliffe; HOLLINS Callum",
    "E06",
)
add(
    SCH,
    "2026-04-08",
    "Mrs Fairbrother attended CP conf for Tyler and Maisie (school holidays - "
    "attended remotely). Outcome: CP plans. Core group date to follow.",
    "Tyler; Maisie; Mrs Fairbrother",
    "E06",
)
add(
    HV,
    "2026-04-08",
    "HV attended ICPC. Ruby, Maisie and Tyler made subject of CP plans "
    "(emotional abuse). HV to be core group member; HV contacts increased to fortnightly.",
    "Ruby; Maisie; Tyler; Kerry",
    "E06",
)
add(
    CSC,
    "2026-04-10",
    "Letter sent to Ms Pryde confirming the decision of the initial child "
    "protection conference and enclosing a copy of the outline plan.",
    "Shannon Pryde",
)
add(
    GP,
    "2026-04-15",
    "Letter from Kingsmead ED filed: 01/04/26, infant head injury (fall from "
    "sofa), paeds reviewed, no imaging, d/c with advice. Safeguarding alert noted. Coded.",
    "Ruby Hollins",
    "E05",
)
add(
    GP,
    "2026-04-15",
    "Ruby 16/52 imms given (practice nurse). Tolerated well. Mum attended with Maisie.",
    "Ruby; Mum; Maisie",
)
add(
    CSC,
    "2026-04-20",
    "MARAC research form completed by SW Bashir and returned to the MARAC "
    "coordinator ahead of Wednesday's meeting.",
    "SW Bashir; Shannon Pryde",
)
add(
    GP,
    "2026-04-20",
    "Minutes of initial CP conference 08/04 received and scanned to notes of "
    "all 3 children. CP codes added.",
    "Ruby; Maisie; Tyler",
    "E06",
)
add(
    SCH,
    "2026-04-21",
    "Maisie (Reception) - class teacher reports she has stopped talking at "
    "carpet time and cried at drop-off. Logged; DSL aware.",
    "Maisie",
)
add(
    POL,
    "2026-04-22 09:30",
    "MARAC. Case heard (IP PRYDE Shannon, perp HOLLINS Callum). Actions: "
    "marker on address, IOM to liaise probation, IDVA to support re prosecution. Police rep DC "
    "Ratcliffe.",
    "PRYDE Shannon; HOLLINS Callum; DC Ratcliffe",
    "E07",
)
add(
    CSC,
    "2026-04-22",
    "Multi-Agency Risk Assessment Conference. SW Bashir attended. The case "
    "was heard as high risk. Ms Pryde is engaging with the IDVA. Agreed the children's plan "
    "remains the lead safeguarding plan; address flagged by police.",
    "SW Bashir; Shannon Pryde",
    "E07",
)
add(
    PRB,
    "2026-04-22",
    "MARAC attended (OM Whitlock). Victim SP. PoP's licence conditions shared "
    "(no contact, reside at approved address). MARAC action: notify police of any breach.",
    "OM Whitlock; SP; PoP",
    "E07",
)
add(
    HV,
    "A:2026-04-20:2026-04-24:w/c 20/4/26",
    "MARAC - case heard. HV attended via Teams; HV research submitted beforehand. Records flagged.",
    "Mum; Kerry",
    "E07",
)
add(
    GP,
    "M:2026-04",
    "MARAC notification - patient discussed at MARAC (April). DA flag added to "
    "SP and the 3 children.",
    "SP",
    "E07",
)
add(
    POL,
    "2026-04-22 15:10",
    "Voluntary interview HOLLINS Callum re harassment of PRYDE Denise "
    "(31/03). Denies. NFA - insufficient evidence.",
    "HOLLINS Callum; Denise",
)
add(
    PRB,
    "2026-04-23",
    "Supervision. PoP asked if he had been 'talked about at a meeting'. Not "
    "confirmed. Focus on consequences-of-behaviour work (session 3).",
    "PoP",
)
add(
    CSC,
    "2026-04-29",
    "First core group meeting at Oakfield Primary School. Attended by Ms "
    "Pryde, SW Bashir, HV Doyle and Mrs Fairbrother. The plan was reviewed: Tyler to be referred "
    "for school-based counselling; HV to support Ms Pryde with Ruby's routine; Ms Pryde to "
    "complete the Freedom Programme. Next core group in six weeks.",
    "Shannon Pryde; SW Bashir; HV Doyle; Mrs Fairbrother; Tyler; Ruby",
    "E08",
)
add(
    SCH,
    "2026-04-29",
    "CG held in school (library). Mum, SW, HV, DSL. School actions: "
    "counselling referral for Tyler (Place2Talk), daily check-ins to continue.",
    "Mum; Tyler; Mrs Fairbrother",
    "E08",
)
add(
    HV,
    "2026-04-29",
    "Core group attended. HV to continue fortnightly visits, offer "
    "Ruby's weaning session, monitor Mum's mood.",
    "Mum; Ruby; Kerry",
    "E08",
)
add(
    GP,
    "2026-04-29",
    "Med review SP. Mood improving on sertraline, PHQ-9 11. Cont. Attending IDVA. R/V 8/52.",
    "SP",
)

# ---------------------------------------------------------------- May ----------------------
add(
    HV,
    "2026-05-05",
    "Home visit. Ruby 6.4kg (50th). Mum coping, home tidy. Maisie's speech "
    "noted to be unclear - will review at next contact.",
    "Ruby; Mum; Maisie",
)
add(
    CSC,
    "2026-05-06",
    "Child protection visit. All three children seen. Ms Pryde reports Mr "
    "Hollins has stopped messaging. Tyler seen alone in his room; he said 'things are calmer'.",
    "Shannon Pryde; Tyler; Maisie; Ruby",
)
add(
    SCH,
    "2026-05-08",
    "Tyler disclosed to Miss Grey that Callum 'came round on Sunday when "
    "Mum said he's not allowed' and that Mum told him not to tell anyone. Safeguarding referral "
    "made to MASH by DSL 15.20 via online portal. Allocated SW emailed.",
    "Tyler; Callum; Mum; Mrs Fairbrother",
    "E09",
)
add(SCH, "2026-05-08", "Maisie collected by MGM at 15.15 (on the approved list).", "Maisie; MGM")
add(
    CSC,
    "2026-05-11",
    "MASH: referral from Oakfield Primary School (DSL, sent Friday afternoon). "
    "Tyler told a member of staff that Mr Hollins visited the home last Sunday despite the "
    "safety plan and that his mother asked him to keep it secret. Passed to the allocated "
    "worker the same morning as the case is open on a child protection plan.",
    "Tyler; Callum Hollins; Shannon Pryde",
    "E09",
)
add(
    CSC,
    "2026-05-12",
    "SW Bashir visited Tyler at school and spoke with him in the nurture room "
    "about what he had told staff. He repeated that Callum came for Sunday dinner. Ms Pryde "
    "later denied this on the telephone.",
    "Tyler; Callum; Shannon Pryde; SW Bashir",
)
add(
    PRB,
    "2026-05-13",
    "Supervision. PoP denies visiting partner's address. Reminded no-contact "
    "condition. Police IOM to be updated.",
    "PoP",
)
add(
    HV,
    "2026-05-15",
    "Home visit 10:00. Mum tearful, said she is 'lonely' and struggles with "
    "three children. Ruby content. Discussed local baby group.",
    "Mum; Ruby",
)
add(
    POL,
    "2026-05-15 23:05",
    "DOMESTIC - ASSAULT. 999 from IP PRYDE Shannon, male kicking front "
    "door. Officers on scene 23:14, SUSP HOLLINS Callum detained at scene, had forced entry. IP "
    "with swollen L cheek and cut lip, states punched x1. Children in address (3), none injured, "
    "eldest awake. Ambulance not req'd, IP self-conveying to ED with MGM. SUSP arrested assault "
    "occ ABH and breach of bail. PPN submitted.",
    "PRYDE Shannon; HOLLINS Callum; MGM; TP; Maisie; Ruby",
    "E10",
)
add(
    HOSP,
    "2026-05-16 01:20",
    "ED. 28F. Assaulted by partner approx 23:00 - punched L face. "
    "Swelling L zygoma, 1cm lac upper lip (steristripped). Facial XR: no #. Police aware. DV "
    "leaflet and IDVA details. Children with grandmother. D/C 03:15, GP letter.",
    "Shannon Pryde; MGM",
    "E10",
)
add(
    POL,
    "2026-05-16 11:40",
    "HOLLINS Callum interviewed. Charged ABH + breach of bail. Remanded "
    "to court Mon. Probation OM to be informed re recall.",
    "HOLLINS Callum",
)
add(
    CSC,
    "2026-05-18",
    "PPN received: on Friday night Mr Hollins forced entry to the family home "
    "and punched Ms Pryde in the face; the children were in the house. He was arrested at the "
    "scene. Ms Pryde attended the Emergency Department with her mother. SW to see the family "
    "today; strategy discussion to be held tomorrow.",
    "Callum Hollins; Shannon Pryde; Denise Pryde",
    "E10",
)
add(
    SCH,
    "2026-05-18",
    "Op Encompass - police attended home Fri night, DA, Tyler present. Tyler "
    "in school, very tired, slept in ELSA room for 30 mins. Maisie's teacher informed.",
    "Tyler; Maisie",
    "E10",
)
add(SCH, "2026-05-18", "Maisie - head lice letter sent home with all Reception class.", "Maisie")
add(
    PRB,
    "2026-05-18",
    "Email from police IOM: PoP arrested Fri night 15/05 at victim's address, "
    "ABH and breach of bail. Appearing at magistrates today. Recall paperwork commenced.",
    "PoP; SP",
    "E10",
)
add(
    HV,
    "2026-05-18",
    "Baby clinic (Riverside CC). Ruby weighed by CNN: 6.5kg. Mum not present - brought by MGM.",
    "Ruby; MGM",
)
add(
    CSC,
    "2026-05-19",
    "Strategy discussion (Teams) chaired by TM Pennington with DC Ratcliffe, "
    "OM Whitlock (Probation), HV Doyle and the social worker. Mr Hollins has been remanded and "
    "his recall to custody is being processed. Agreed to continue section 47 enquiries within "
    "the existing child protection plans; no need for an emergency legal planning meeting at "
    "present.",
    "TM Pennington; DC Ratcliffe; OM Whitlock; HV Doyle; Callum Hollins",
    "E11",
)
add(
    POL,
    "2026-05-19 14:00",
    "Strategy meeting. HOLLINS remanded, recall being processed. s47 to "
    "continue. No further police actions for CSC.",
    "HOLLINS Callum",
    "E11",
)
add(
    PRB,
    "2026-05-19",
    "Strat meeting (CSC) - attended. Confirmed recall request submitted to "
    "PPCS, PoP remanded HMP Ashby.",
    "PoP; OM Whitlock",
    "E11",
)
add(
    PRB,
    "2026-05-19",
    "Recall to custody - Part A completed and countersigned by SPO. Sent to PPCS.",
    "PoP",
)
add(
    HOSP,
    "2026-05-17 14:20",
    "ED/Paeds. 4F brought by maternal grandmother - pushed a bead "
    "into R nostril at lunchtime. Bead removed with crocodile forceps. No other concerns "
    "raised. D/C home with grandmother.",
    "Maisie; MGM",
)
add(
    CSC,
    "2026-05-20",
    "Home visit. Ms Pryde had visible bruising to her left cheek. She says "
    "she will support the prosecution this time and has changed the locks. Children seen.",
    "Shannon Pryde",
)
add(
    GP,
    "2026-05-21",
    "SP seen. Facial bruising settling, lip healed. Mood low again after "
    "assault at the weekend. PHQ-9 16. Sertraline up to 100mg. Talking Therapies info.",
    "SP",
)
add(
    HV,
    "2026-05-26",
    "Strategy meeting minutes (19/5) rec'd via secure email and filed to "
    "Ruby, Maisie and Tyler's records.",
    "Ruby; Maisie; Tyler",
    "E11",
)
add(
    GP,
    "2026-05-27",
    "ED discharge letter rec'd: 16/05/26 attended Kingsmead ED, facial injury "
    "from assault by partner, XR no #, lac closed. Filed, DA code.",
    "SP",
    "E10",
)

# ---------------------------------------------------------------- June ---------------------
add(
    HV,
    "2026-06-02",
    "Home visit. Ruby 6.6kg - has dropped from 50th to 25th centile over 4 "
    "weeks. Mum says Ruby refusing bottles. Feeding diary given.",
    "Ruby; Mum",
)
add(
    HV,
    "2026-06-02",
    "Tel call to Dr Mistry re Ruby's weight faltering. Agreed GP to see this "
    "week and consider referral to paediatrics. SW informed.",
    "Ruby; Dr Mistry",
    "E12",
)
add(
    GP,
    "2026-06-02",
    "Phoned by health visitor: baby (Ruby) weight crossing centiles, ?feeding "
    "issue. Plan appt Thurs, bloods/urine if needed.",
    "Ruby; Kerry",
    "E12",
)
add(
    HV,
    "2026-06-03",
    "Letter to GP: Maisie (4y 3m) - limited expressive speech, mostly single "
    "words, unclear to unfamiliar adults. Please refer to Speech & Language Therapy.",
    "Maisie",
    "E13",
)
add(
    GP,
    "2026-06-04",
    "Ruby seen with Mum. Wt 6.55kg. Well baby, no vomiting, stools normal. "
    "Urine dip NAD. Referred to general paediatrics (faltering growth, on CP plan).",
    "Ruby; Mum",
)
add(
    CSC,
    "A:2026-06-01:2026-06-05:early June 2026 (approx.)",
    "Ms Denise Pryde telephoned the "
    "duty line to say she was worried her daughter was 'not eating' and was struggling since the "
    "assault. Information passed to SW Bashir.",
    "Denise Pryde; Shannon Pryde",
)
add(
    SCH,
    "2026-06-09",
    "Tyler injured wrist falling from climbing frame in PE 13.30. First aid, "
    "ice. Swelling, painful. Mum called, collected 14.10 and took him to A&E.",
    "Tyler; Mum",
    "E14",
)
add(
    HOSP,
    "2026-06-09 15:10",
    "ED/Minors. 9M, FOOSH at school in PE ~13:30. Tender distal L "
    "radius. XR: buckle # distal radius. Removable splint, fracture clinic not required, leaflet. "
    "Mechanism consistent. D/C.",
    "Tyler Pryde; Mum",
    "E14",
)
add(
    CSC,
    "2026-06-09",
    "Child protection visit (late morning). Ms Pryde and Ruby seen at home; "
    "Maisie at school. Ms Pryde has been to the first session of the Freedom Programme.",
    "Shannon Pryde; Ruby",
)
add(
    CSC,
    "2026-06-10",
    "Second core group meeting at Oakfield Primary. Present: Ms Pryde, SW "
    "Bashir, HV Doyle, Mrs Fairbrother. Ruby's weight loss discussed and paediatric referral "
    "noted. Tyler has a splint after a fall at school yesterday. Plan updated; review "
    "conference booked for 1 July.",
    "Shannon Pryde; Ruby; Tyler; HV Doyle; Mrs Fairbrother",
    "E15",
)
add(
    SCH,
    "2026-06-10",
    "Core group (2) in school. Tyler's counselling started. Review conf 01.07.",
    "Tyler; Mrs Fairbrother",
    "E15",
)
add(
    HV,
    "2026-06-10",
    "CG attended. HV actions: fortnightly weights for Ruby, chase paediatric appt.",
    "Ruby; Kerry",
    "E15",
)
add(
    SCH,
    "2026-06-10",
    "Meeting with Mum after CG re Tyler's lateness and Maisie's uniform. "
    "Breakfast club place offered.",
    "Mum; Tyler; Maisie",
)
add(
    GP,
    "2026-06-11",
    "Letter rec'd from 0-19 service re Maisie - speech delay, few words at 4. Referred to SALT.",
    "Maisie",
    "E13",
)
add(
    POL,
    "2026-06-16 12:20",
    "MALICIOUS COMMS. PRYDE Shannon reports receiving messages from an "
    "unknown number she believes is HOLLINS (currently in HMP). Screenshots obtained. Prison "
    "liaison notified.",
    "PRYDE Shannon; HOLLINS Callum",
)
add(
    PRB,
    "A:2026-06-15:2026-06-19:w/c 15/6/26",
    "Legal visit/custody review with PoP at HMP "
    "Ashby. PoP asks about contact with Ruby. Advised via family court only.",
    "PoP; Ruby",
)
add(
    GP,
    "2026-06-19",
    "ED letter filed: Tyler 09/06/26 buckle # L distal radius after fall in PE. "
    "Splint 3/52. No follow up required.",
    "Tyler",
    "E14",
)
add(
    POL,
    "2026-06-29 09:00",
    "Report for RCPC submitted by DC Ratcliffe (not attending). "
    "HOLLINS remanded, trial date 14/09.",
    "DC Ratcliffe; HOLLINS Callum",
)
add(
    HV,
    "2026-06-29",
    "HV report for review CP conference written and sent. Ruby's weight "
    "recovering slightly (6.9kg).",
    "Ruby",
)

# ---------------------------------------------------------------- July ---------------------
add(
    CSC,
    "2026-07-01",
    "Review child protection conference. Chair: Alison Dunne. Present: Ms "
    "Pryde, SW Bashir, HV Doyle, Mrs Fairbrother, OM Whitlock (Probation). Reports from police "
    "and GP. Mr Hollins remains in custody on recall. The conference agreed that Tyler, Maisie "
    "and Ruby should remain subject to child protection plans given Mr Hollins' expected release "
    "on licence and Ruby's growth concerns.",
    "Shannon Pryde; Tyler; Maisie; Ruby; Callum Hollins; OM Whitlock",
    "E16",
)
add(
    SCH,
    "2026-07-01",
    "Review CP conference - DSL attended. Plans continue for Tyler & Maisie.",
    "Tyler; Maisie; Mrs Fairbrother",
    "E16",
)
add(
    HV,
    "2026-07-01",
    "RCPC attended. Outcome: remain on CP plan. HV visits fortnightly.",
    "Ruby; Kerry",
    "E16",
)
add(
    PRB,
    "2026-07-01",
    "RCPC attended re partner's children. Reported release on licence "
    "expected late July; licence to include exclusion zone and no-contact.",
    "PoP; OM Whitlock",
    "E16",
)
add(GP, "2026-07-01", "Maisie seen with MGM. Ear infection R. Amoxicillin 5/7.", "Maisie; MGM")
add(
    CSC,
    "2026-07-03",
    "Letter to Ms Pryde confirming the outcome of the review conference.",
    "Shannon Pryde",
)
add(
    PRB,
    "2026-07-13",
    "Release planning. Proposed release 24/07. Additional licence conditions "
    "requested: exclusion zone around Larkspur Close and Oakfield Primary, no contact with SP or "
    "children unless via CSC.",
    "PoP; SP",
)
add(
    GP,
    "2026-07-13",
    "Review CP conference minutes (01/07) received and scanned. CPP continues.",
    "Ruby; Maisie; Tyler",
    "E16",
)
add(
    CSC,
    "2026-07-14",
    "Telephone call from Gary Whitlock, Mr Hollins' offender manager. He "
    "confirmed Mr Hollins is to be released on 24 July to approved premises in Hartfield and "
    "explained the conditions: he must not enter the area around the family home or the school "
    "and must not contact Ms Pryde or the children. SW to update Ms Pryde and the school.",
    "Gary Whitlock; Callum Hollins; Shannon Pryde",
    "E17",
)
add(
    PRB,
    "2026-07-14",
    "T/C with SW Bashir (CSC). Shared RD 24/07, AP address and EZ/NC "
    "conditions. SW to inform victim and school. Agreed to share any breach same day.",
    "SW Bashir; PoP",
    "E17",
)
add(
    SCH,
    "2026-07-15",
    "SW called DSL to advise Callum Hollins is being released next week with "
    "an exclusion zone including school. Photo shared with office staff.",
    "Callum Hollins; Mrs Fairbrother",
)
add(
    SCH,
    "2026-07-21",
    "End of year: Tyler's attendance 89.4%, Maisie's 92.1%. Reports sent "
    "home. Transition meeting for Tyler (Y5) held with new teacher.",
    "Tyler; Maisie",
)
add(
    HOSP,
    "2026-07-22 10:30",
    "General Paediatric Clinic (Dr Okonjo). Ruby, 7/12, referred by GP "
    "for faltering growth. Wt 7.0kg (9th-25th). Dietetic input, feeding observed - good suck, "
    "distractible. Bloods: FBC, coeliac screen. Plan: dietitian, review 3/12. Letter to GP, cc "
    "HV.",
    "Ruby; Mum",
    "E18",
)
add(
    CSC,
    "2026-07-22",
    "Home visit in the afternoon. Ms Pryde said the hospital appointment "
    "'went OK' and that Ruby needs to see a dietitian. Discussed Mr Hollins' release and the "
    "safety plan.",
    "Shannon Pryde; Ruby; Callum Hollins",
)
add(
    PRB,
    "2026-07-24",
    "Released from HMP Ashby. Reported to AP by 15:00 as instructed. "
    "Induction at office: licence conditions read and signed.",
    "PoP",
)
add(
    POL,
    "2026-07-28 18:45",
    "Call from PRYDE Denise - thinks she saw HOLLINS Callum in a car "
    "near the shops on Larkspur Road. Not located. Intel submitted.",
    "Denise; HOLLINS Callum",
)
add(
    HOSP,
    "2026-07-29 11:15",
    "Paediatric Dietetics. Ruby seen with Mum following clinic "
    "referral. Food diary reviewed; high-energy finger foods, 3 meals + 2 snacks, fortified "
    "milk. Review 6/52.",
    "Ruby; Mum",
)
add(
    HV,
    "2026-07-30",
    "Copy of paediatric clinic letter (22/7) received: faltering growth, "
    "dietitian referral, bloods, review 3 months. Filed; shared at next visit.",
    "Ruby",
    "E18",
)

# ---------------------------------------------------------------- August -------------------
add(
    CSC,
    "2026-08-01 21:15",
    "Emergency Duty Team. Anonymous caller reported a man matching Mr "
    "Hollins' description going into 14 Larkspur Close this evening. As he is subject to an "
    "exclusion zone and the children are on plans, EDT requested a police welfare check at the "
    "address.",
    "Callum Hollins",
    "E19",
)
add(
    POL,
    "2026-08-01 22:20",
    "CONCERN FOR WELFARE (req EDT). Attended 14 Larkspur Close. PRYDE "
    "Shannon and 3 children present, all safe and well. Male seen leaving via rear garden on "
    "arrival, believed HOLLINS. Not located. Circulated, probation to be informed.",
    "PRYDE Shannon; HOLLINS Callum; TP; Maisie; Ruby",
    "E19",
)
add(
    CSC,
    "2026-08-03",
    "EDT report read by SW Bashir. Police attended on Saturday evening at "
    "the request of EDT; the children were safe but a man thought to be Mr Hollins ran from the "
    "back garden. SW visiting today; Probation informed.",
    "Callum Hollins",
    "E19",
)
add(
    PRB,
    "2026-08-03",
    "Police notification: PoP believed at SP's address Sat evening 01/08, "
    "in breach of EZ. PoP denies, says he was at AP - AP records show out 19:00-23:30. Recall "
    "being considered.",
    "PoP; SP",
    "E19",
)
add(
    HV,
    "2026-08-03",
    "Home visit. Ruby 7.2kg. Started dietitian's plan. Mum distracted, said "
    "'nothing happened' at the weekend. Maisie and Tyler at holiday club.",
    "Ruby; Mum",
)
add(
    CSC,
    "2026-08-03",
    "Home visit after the weekend report. Ms Pryde denied that Mr Hollins had "
    "been in the house and said it was a neighbour's friend. Tyler, seen alone, said he had "
    "been asleep.",
    "Shannon Pryde; Tyler",
)
add(
    GP,
    "2026-08-04",
    "Paeds clinic letter rec'd (clinic 22/07): Ruby - faltering growth, "
    "dietitian, coeliac screen. Bloods form given to Mum.",
    "Ruby",
    "E18",
)
add(
    GP,
    "2026-08-04",
    "SP tel consult - requesting sertraline repeat, says 'stressed'. Issued 28/7.",
    "SP",
)
add(
    PRB,
    "2026-08-05",
    "Recall to custody - Part A submitted (breach of exclusion zone, "
    "unaccounted time at AP). PoP arrested by police at AP 16:40.",
    "PoP",
)
add(
    CSC,
    "2026-08-11",
    "Joint home visit with HV Doyle. Ruby weighed 7.4kg. Ms Pryde more "
    "relaxed since Mr Hollins' recall. Maisie showed the SW her drawings; the HV observed Ruby's "
    "lunchtime feed. Plan to consider stepping down at the next review.",
    "Shannon Pryde; Ruby; Maisie; HV Doyle",
    "E20",
)
add(
    HV,
    "2026-08-11",
    "JV with SW. Wt 7.4kg (25th). Lunch observed - finger foods, good intake. Mum engaged.",
    "Ruby; Mum; SW Bashir",
    "E20",
)
add(
    GP,
    "2026-08-11",
    "Ruby - coeliac screen negative, FBC normal. Results letter to Mum.",
    "Ruby; Mum",
)
add(
    CSC,
    "2026-08-14",
    "Supervision with TM Pennington. Case progress reviewed. Mr Hollins back "
    "in custody. Consider step-down to child in need at the RCPC in October.",
    "TM Pennington; Callum Hollins",
)

# ---------------------------------------------------------------- routine filler -----------
# Hand-written single-agency routine entries, placed by a seeded generator. None is an event.
POOLS = {
    CSC: [
        ("Case recorded: SW updated the chronology and genogram.", ""),
        ("SW texted Ms Pryde to arrange the next visit; reply received.", "Shannon Pryde"),
        (
            "Ms Pryde telephoned to ask about help with a school uniform grant; signposted.",
            "Shannon Pryde",
        ),
        ("!Case note: Family Help worker allocated for parenting sessions (Triple P).", ""),
    ],
    POL: [
        ("Intel log: address marker reviewed, remains active.", ""),
        ("ASB report from Larkspur Close (youths on bikes). Not linked to family.", ""),
        ("DA risk reviewed by safeguarding unit - remains high.", "PRYDE Shannon"),
    ],
    GP: [
        ("Repeat prescription sertraline issued.", "SP"),
        ("Tyler - eczema flare, emollients reissued.", "Tyler"),
        ("DNA: Maisie's appt (asthma review). Letter sent.", "Maisie"),
        (
            "Mum phoned for advice re Ruby's temp 37.9, settled with paracetamol. Safety-netted.",
            "Ruby; Mum",
        ),
    ],
    HV: [
        (
            "Home visit. Ruby weighed, plotted on growth chart. Development appropriate. Mum managing.",
            "Ruby; Mum",
        ),
        ("Tel contact with Mum to rearrange visit - Ruby has a cold.", "Mum; Ruby"),
        ("Safeguarding supervision - case discussed, plan continues.", "Ruby"),
        ("Home visit. Sleep routine discussed. Maisie home, speech limited.", "Ruby; Maisie; Mum"),
    ],
    SCH: [
        ("Tyler late ({n} mins). No reason given.", "Tyler"),
        ("Maisie - forgot PE kit, spare provided.", "Maisie"),
        ("Tyler - good week, Star of the Week certificate.", "Tyler"),
        ("ELSA session with Tyler - feelings thermometer, chose 'calm'.", "Tyler"),
        ("Maisie absent - Mum reported sickness bug.", "Maisie; Mum"),
        ("Tyler - behaviour incident at lunch (pushed a peer), restorative conversation.", "Tyler"),
    ],
    PRB: [
        ("Reporting - PoP attended on time, nothing of note.", "PoP"),
        ("Home visit to PoP's address. Nothing of note.", "PoP"),
        ("PoP attended Building Better Relationships session {n}.", "PoP"),
    ],
}
WINDOWS = {  # when each agency writes routine entries
    CSC: ("2026-03-02", "2026-08-14"),
    POL: ("2026-03-15", "2026-08-14"),
    GP: ("2026-02-25", "2026-08-14"),
    HV: ("2026-04-01", "2026-08-14"),
    SCH: ("2026-02-02", "2026-07-21"),
    PRB: ("2026-02-02", "2026-05-14"),  # then in custody until 24 July
}
BANK_HOLIDAYS = [(d, d) for d in ("2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25")]
CLOSED = {a: list(BANK_HOLIDAYS) for a in (CSC, GP, HV, PRB)}
CLOSED[SCH] = [
    ("2026-02-16", "2026-02-20"),
    ("2026-04-03", "2026-04-17"),
    ("2026-05-04", "2026-05-04"),
    ("2026-05-25", "2026-05-29"),
]
FILLER_COUNT = 20


def filler(seed=7, count=FILLER_COUNT):
    rng = random.Random(seed)  # noqa: S311 - reproducible data
    out, busy = [], {(a, s.split()[0]) for a, s, *_ in E}
    queues = {a: rng.sample(p, len(p)) for a, p in POOLS.items()}
    names = list(POOLS)
    while len(out) < count:
        a = rng.choices(names, weights=[len(POOLS[x]) for x in names])[0]
        s, e = (dt.date.fromisoformat(x) for x in WINDOWS[a])
        d = s + dt.timedelta(days=rng.randrange((e - s).days))
        if d.weekday() >= 5 and a != POL:
            continue
        if any(f <= d.isoformat() <= t for f, t in CLOSED.get(a, ())):
            continue
        if (a, d.isoformat()) in busy:
            continue
        if not queues[a]:  # a template starting with "!" is a one-off, never repeated
            again = [t for t in POOLS[a] if not t[0].startswith("!")]
            queues[a] = rng.sample(again, len(again))
        tmpl, who = queues[a].pop()
        tmpl = tmpl.removeprefix("!")
        text = tmpl.format(n=rng.randint(2, 9), w=f"{rng.uniform(5.8, 7.5):.1f}")
        busy.add((a, d.isoformat()))
        spec = d.isoformat()
        if a == POL:
            spec += f" {rng.randint(8, 21):02d}:{rng.choice(['05', '20', '35', '50'])}"
        out.append((a, spec, text, who, None))
    return out


def _date(spec, fmt):
    if spec.startswith("M:"):
        y, m = map(int, spec[2:].split("-"))
        s = dt.date(y, m, 1)
        return s, dt.date(y, m, calendar.monthrange(y, m)[1]), s.strftime("%B %Y"), "month", None
    if spec.startswith("A:"):
        _, s, e, text = spec.split(":", 3)
        return dt.date.fromisoformat(s), dt.date.fromisoformat(e), text, "approximate", None
    parts = spec.split()
    d = dt.date.fromisoformat(parts[0])
    text = d.strftime(fmt)
    if fmt.startswith("%d %B"):
        text = text.lstrip("0")
    return d, None, text, "day", (parts[1] if len(parts) > 1 else None)


def main():
    fmt = {a: f for a, _, f in AGENCIES}
    rows = []
    for agency, spec, text, who, event in E + filler():
        start, end, date_text, precision, time = _date(spec, fmt[agency])
        row = {"agency": agency, "date": start.isoformat()}
        if end is not None:
            row["date_end"] = end.isoformat()
        row.update(
            {
                "date_text": date_text,
                "precision": precision,
                "time": time,
                "text": text,
                "people": who,
                "event": event,
            }
        )
        rows.append(row)
    rows.sort(key=lambda r: (r["date"], r["time"] or "", r["agency"]))
    rows = [{"id": f"w{i:03d}", **r} for i, r in enumerate(rows, 1)]
    doc = {
        "case": "w",
        "description": "Domestic abuse by a mother's partner on licence, three children on CP "
        "plans, a baby's fall and faltering growth; seven agencies, Feb-Aug 2026",
        "people": [
            {"name": n, "aliases": al, "label": lab, "category": c} for n, al, lab, c in PEOPLE
        ],
        "agencies": [{"name": a, "kind": k} for a, k, _ in AGENCIES],
        "entries": rows,
    }
    out = HERE / "case_w.json"
    out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(rows)} entries)")


if __name__ == "__main__":
    main()
