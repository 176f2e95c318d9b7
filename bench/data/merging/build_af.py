# ruff: noqa
"""Writing aid for case_af (fictional; written blind, see case_af_README.md).

    python3 bench/data/merging/build_af.py      # writes bench/data/merging/case_af.json

A six-month-old baby (Mason, born November 2025) brought to the Emergency Department with an
unexplained spiral fracture of the arm and bruising; the skeletal survey finds older rib
fractures. His mother Keeley (21) is a care leaver with a personal adviser; his father Jordan
has a conviction for assaulting a previous partner. Maternal grandmother Tracey takes both
children; Mason's half-sister Lacey (4) attends a private day nursery. Seven agencies,
March - November 2026, plus a little background. Every entry is written by hand (no random
filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("af_hv", "%a %d/%m/%y")  # Tue 17/03/26
casegen.STYLES.setdefault("af_pa", "%d %b %Y")  # 17 Mar 2026

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Practice"
HV = "0-19 health visiting"
ACU = "Acute hospital"
LCS = "Leaving Care service"
NUR = "Little Acorns Nursery"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "af_hv"),
    (ACU, "health", "health"),
    (LCS, "social_care", "af_pa"),
    (NUR, "education", "school"),
]

PEOPLE = [
    ("Mason Stace", ["Mason", "baby Mason", "STACE, Mason"], "Child M (baby)", "child"),
    ("Lacey Dunmore", ["Lacey", "DUNMORE, Lacey"], "Child L (half-sister, 4)", "child"),
    (
        "Keeley Dunmore",
        ["Keeley", "K", "KD", "Ms Dunmore", "Mum", "DUNMORE, Keeley", "DUNMORE"],
        "Mother (care leaver)",
        "parent",
    ),
    (
        "Jordan Stace",
        ["Jordan", "JS", "Mr Stace", "FOB", "STACE, Jordan", "STACE"],
        "Mason's father, mother's partner",
        "parent",
    ),
    (
        "Tracey Dunmore",
        ["Tracey", "Nan", "MGM", "Nanny Tracey", "DUNMORE, Tracey"],
        "Maternal grandmother",
        "family",
    ),
    ("Grace Okafor", ["Grace", "SW Okafor", "G Okafor", "OKAFOR"], "Social worker", "professional"),
    ("Neil Brennan", ["TM Brennan"], "Team manager, CSC", "professional"),
    ("Paul Jessop", ["EDT SW Jessop"], "Emergency duty team social worker", "professional"),
    (
        "Sandra Pell",
        ["IRO Pell"],
        "Independent reviewing officer / conference chair",
        "professional",
    ),
    (
        "Mark Hale",
        ["DC Hale"],
        "Detective constable, child abuse investigation team",
        "professional",
    ),
    (
        "Anita Carter",
        ["DS Carter"],
        "Detective sergeant, child abuse investigation team",
        "professional",
    ),
    ("Rachel Finch", ["Dr Finch"], "GP", "professional"),
    ("Sam Kirby", ["Sam", "HV Kirby"], "Health visitor", "professional"),
    ("Kwame Mensah", ["Dr Mensah", "MENSAH"], "Consultant paediatrician", "professional"),
    ("Priya Nair", ["Dr Nair"], "Paediatric registrar", "professional"),
    (
        "Amir Chaudhry",
        ["Amir", "PA Chaudhry"],
        "Personal adviser, Leaving Care service",
        "professional",
    ),
    ("Bev Hollis", ["Bev", "Mrs Hollis"], "Nursery manager and DSL", "professional"),
    ("Chloe Peters", ["Chloe"], "Lacey's key person at nursery", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        POL,
        "Y:2021",
        "Occ 21/55310 - STACE, Jordan. ABH on ex-partner (not this family) - punched, kicked. Convicted 11/21, 12m CO + DA perpetrator prog (not completed). DA markers on PND.",
        "STACE, Jordan",
        None,
    ),
    (
        CSC,
        "M:2023-01",
        "Case closure. Lacey has been supported under a child in need plan since her birth in February 2022, when her mother Keeley was seventeen and living in a mother-and-baby foster placement as a looked-after child. Keeley has made good progress, has moved to her own tenancy at Harbour Court with support from the Leaving Care service, and the plan is closed with no outstanding concerns.",
        "Lacey Dunmore; Keeley Dunmore",
        None,
    ),
    (
        LCS,
        "Y:2023",
        "Pathway plan (18+). K left her foster placement at 18 and moved into her own flat (3 Harbour Court) with Lacey. She came into care at 13 (neglect, her mum Tracey's drinking) - she and Tracey get on much better now and Tracey helps with Lacey. PA allocated: Amir Chaudhry. Entitled to PA support to 25.",
        "Keeley; Lacey; Tracey; Amir",
        None,
    ),
    (
        ACU,
        "2025-11-20 04:35",
        "Maternity: SVD at 38+5, live male 3.05kg, Apgars 9/9. Mother 20, care leaver, PA aware. FOB Jordan Stace present. Booking disclosure: FOB has DA conviction re previous partner - info to HV via liaison. D/c day 1, FF.",
        "Mason; Keeley Dunmore; Jordan Stace",
        None,
    ),
    (
        HV,
        "2025-12-01",
        "New birth visit (Sam). Mason 11/7, wt 3.10kg. FF. Mum 20, care leaver - PA Amir. FOB present, polite. Lacey (3) at nursery. Maternity alert re FOB DA hx noted - UPP offered, accepted.",
        "Mason; Mum; FOB; Lacey; Sam",
        None,
    ),
    # ---------------- March 2026 ----------------
    (
        NUR,
        "2026-03-02 08:40",
        "Lacey came in with Mum at 8.40. Happy to come in, went straight to the home corner. Ate all her lunch. Mum said baby Mason kept them up in the night.",
        "Lacey; Mum; baby Mason",
        None,
    ),
    (
        HV,
        "2026-03-03 10:00",
        "Contact at home (Sam). Mason 15/52, wt 6.10kg (50th). FF 180ml x5. Imms UTD. Mum tired, says FOB 'stays most nights'. Flat cold + mould in L's room - PA aware, chasing housing. Next 3/52.",
        "Mason; Mum; FOB; Sam",
        None,
    ),
    (
        LCS,
        "2026-03-09",
        "Saw K at the flat. Mostly about the mould in Lacey's room - I've chased Harbour Court housing again. Money tight, UC sanction sorted now. Jordan was there, quiet, went in the bedroom when I came. Next catch-up early April.",
        "Keeley; Lacey; Jordan; Amir",
        None,
    ),
    (
        NUR,
        "2026-03-10",
        "Chloe noticed Lacey pretending to shout at the dolls 'shut up or you're getting it'. Chloe asked where she heard that and Lacey said 'on the telly'. Written on a concern form for Bev.",
        "Lacey; Chloe; Bev",
        None,
    ),
    (
        GP,
        "2026-03-12 11:20",
        "Mason - 16/52 imms: 6-in-1 #3, MenB #2. Mum present. NAD. Nil concerns.",
        "Mason; Keeley Dunmore",
        None,
    ),
    # E01 weekend domestic incident and the Monday notifications
    (
        POL,
        "2026-03-14 23:35",
        "Occ 26/038812. 999 from neighbour - female screaming, flat 3 Harbour Court. Officers att 23:50. DUNMORE, Keeley (21) + STACE, Jordan (22) - argument re money. DUNMORE red mark L cheek, states 'he pushed me, I fell into the door'. STACE arrested common assault. 2 children in addr (4y, 16wk) asleep, seen. DASH medium. PPN submitted.",
        "DUNMORE, Keeley; STACE, Jordan; DUNMORE, Lacey; STACE, Mason",
        "E01",
    ),
    (
        POL,
        "2026-03-15 11:20",
        "STACE interviewed re common assault 14/03 - denies, says she tripped. DUNMORE declined to make statement. NFA - evidential difficulties. Released.",
        "STACE, Jordan; DUNMORE, Keeley",
        None,
    ),
    (
        NUR,
        "2026-03-16 08:05",
        "Operation Encompass message from the police at 7.50 - police went to Lacey's home on Saturday night, an argument between Mum and her partner, children in bed. Bev (DSL) told. Lacey came in with Mum at 8.40, chatty, said nothing. Mum had make-up over her cheek. Chloe to keep an eye.",
        "Lacey; Mum; Bev; Chloe",
        "E01",
    ),
    (
        CSC,
        "2026-03-16 10:15",
        "MASH: Police Protection Notice received about a domestic incident late on Saturday 14 March at Ms Dunmore's flat. Jordan Stace, the father of her younger child Mason, is alleged to have pushed her into a door; he was arrested and released the next day with no further action as Ms Dunmore did not support a prosecution. Both children were in the flat and asleep. Mr Stace has a conviction for assaulting a previous partner. Lacey was a child in need until January 2023. MASH screening: information shared with the health visitor, the nursery and the Leaving Care service; domestic abuse outreach offered to Ms Dunmore by letter. No further action by Children's Social Care at this time.",
        "Keeley Dunmore; Jordan Stace; Lacey Dunmore; Mason Stace",
        "E01",
    ),
    (
        GP,
        "2026-03-16 16:40",
        "KD - COC review. BP 112/70, BMI 23. Cont Microgynon 6/12. Smear not due.",
        "Keeley Dunmore; Dr Finch",
        None,
    ),
    (
        HV,
        "2026-03-17 09:30",
        "Info rec'd from MASH (secure email): PPN - DA incident 14/03, FOB arrested, NFA. Children asleep in flat. Noted - DA routine enquiry at next contact when Mum alone.",
        "Mason; Mum; FOB",
        "E01",
    ),
    (
        LCS,
        "2026-03-17",
        "Email from MASH: police were called to K's flat on Saturday night (14/3), Jordan pushed her. He was arrested but it's NFA. Kids were asleep. Will talk to K about it when I see her.",
        "Keeley; Jordan; Amir",
        "E01",
    ),
    (
        HV,
        "2026-03-24 10:30",
        "Contact at home (Sam). Mum seen alone (FOB at work) - DA RE: says 14/03 'a one-off, he'd had a drink'. Safety plan + outreach no. given. Mason wt 6.45kg (50th), rolling, smiley. EPDS 13 - consent to share with PA. Next 4/52.",
        "Mason; Mum; FOB; Sam",
        None,
    ),
    # ---------------- April ----------------
    # E02 phone call HV -> PA (only the people match)
    (
        HV,
        "2026-04-02 14:10",
        "Tel to PA (Amir, Leaving Care). Shared: EPDS 13, Mum isolated, FOB at flat most days, DA 14/03. Agreed PA to support Mum to see GP re low mood + chase damp. Consent from Mum (24/03).",
        "Mum; FOB; Amir; Sam",
        "E02",
    ),
    (
        LCS,
        "2026-04-02 14:10",
        "Phone call from Sam Kirby. She's worried Keeley is down and not getting out, and that Jordan is at the flat all the time now. She'd like me to get Keeley to her doctor. Said I'd bring it up on Monday and push housing again about the mould.",
        "Keeley; Jordan; Sam; Amir",
        "E02",
    ),
    (
        LCS,
        "2026-04-06",
        "Saw K at the flat (Jordan out). Talked about her mood - she says she's 'just knackered'. Booked her a doctor's appointment for Thursday, she's OK with that. Talked about the police coming in March - she says it won't happen again. Gave her a food bank voucher. Lacey at nursery, Mason asleep.",
        "Keeley; Jordan; Lacey; Mason; Amir",
        None,
    ),
    (
        GP,
        "2026-04-09 09:50",
        "KD - low mood 3/12, poor sleep, tearful, anhedonia. PHQ-9 16. No SI/SH. Stressors: money, partner. PMH LAC. Sertraline 50mg od, r/v 4/52. Talking Therapies self-ref info. (Appt booked by PA.)",
        "Keeley Dunmore; Dr Finch",
        None,
    ),
    # E03 ED attendance (head injury) - HV liaison slip w/c, nursery told by Lacey/Mum, GP letter 11 days later
    (
        ACU,
        "2026-04-19 18:25",
        "Paed ED: Mason 5/12, brought by mother + father. Hx rolled off parents' bed onto carpet (~50cm) at 16:00, cried immediately. No LOC/vomiting. O/E alert, feeding, AF soft, no scalp swelling or bruising, moving all limbs. NICE HI - CT not indicated. SG checklist: rolling, mechanism plausible. Paed liaison to notify HV. D/c with HI advice. Letter to GP.",
        "Mason Stace; Keeley Dunmore; Jordan Stace",
        "E03",
    ),
    (
        GP,
        "2026-04-20 11:30",
        "Mason - seen w/ mum. White plaques tongue/buccal x3/7, feeding OK. Oral thrush. Miconazole oral gel. Mum mentions 'he fell off the bed yesterday, A&E said he's fine'. O/E well, no marks seen.",
        "Mason; Keeley Dunmore; Dr Finch",
        None,
    ),
    (
        HV,
        "A:2026-04-20:2026-04-24:w/c 20/04/26",
        "Paed liaison notification rec'd: Mason attended A&E 19/04 - rolled off bed, minor head injury, d/c home. Reviewed - rolling, mechanism plausible. Check at next contact.",
        "Mason; Sam",
        "E03",
    ),
    (
        NUR,
        "2026-04-21",
        "Lacey told Chloe 'baby Mason banged his head and went to hospital'. Mum said at pick-up that he rolled off the bed on Sunday and the hospital checked him over, he's fine.",
        "Lacey; baby Mason; Mum; Chloe",
        "E03",
    ),
    (
        HV,
        "2026-04-28 10:00",
        "Contact at home (Sam). Mason 5/12, wt 6.90kg (50th). A&E 19/04 discussed - Mum showed how he rolled; bed now against wall, cot used. Safe sleep reinforced. Small yellowish bruise R shin - Mum says caught in cot bars. Tel to SG lead - plausible, monitor. EPDS 11 (on sertraline).",
        "Mason; Mum; Sam",
        None,
    ),
    (
        GP,
        "2026-04-30",
        "A&E letter 19/04/26 - Mason: minor HI, rolled off bed, no CT, d/c. Nil action.",
        "Mason",
        "E03",
    ),
    # ---------------- May ----------------
    (
        HV,
        "A:2026-05-04:2026-05-08:w/c 04/05/26",
        "SG supervision (Sam w/ SG lead). Mason - UPP: DA 14/03, A&E 19/04 (plausible), bruise R shin 28/04 (plausible), Mum low mood. Plan: continue UPP, offer EHA at next contact.",
        "Mason; Mum; Sam",
        None,
    ),
    (
        LCS,
        "2026-05-05",
        "Monthly catch-up at Costa with K, Mason in the pram. Housing have agreed to treat the mould next week. K started the tablets from the doctor and thinks they're helping a bit. Jordan has 'got a job on a building site'. Pathway plan review due June.",
        "Keeley; Mason; Jordan; Amir",
        None,
    ),
    (
        NUR,
        "2026-05-07",
        "Lacey came in with a scratch on her nose - Mum said she fell in the park yesterday. Body map done by Bev. Lacey said 'I fell off the slide'. Happy all day.",
        "Lacey; Mum; Bev",
        None,
    ),
    (
        GP,
        "2026-05-07 15:10",
        "KD - r/v low mood. PHQ-9 11, improving. Sertraline 50mg cont. R/v 2/12.",
        "Keeley Dunmore; Dr Finch",
        None,
    ),
    (
        HV,
        "2026-05-19 10:00",
        "Contact at home (Sam). Mason 6/12 - weaning started. Wt 7.15kg (50th). FOB present, held baby throughout, answered for Mum. No marks seen - baby in sleepsuit, Mum declined to undress ('he's just settled'). EPDS/EHA not done - FOB present. Plan: visit 2/52 when Mum alone.",
        "Mason; Mum; FOB; Sam",
        None,
    ),
    (
        NUR,
        "2026-05-21",
        "Lacey quiet and clingy at drop-off, cried when Mum left. Settled after 20 minutes with Chloe. Mum looked tired, said the baby 'won't stop crying'.",
        "Lacey; Mum; Chloe",
        None,
    ),
    # E04 ED attendance + admission with the fracture (Sat), EDT call, Tuesday notifications,
    # the ward discharge, the GP's discharge summary 12 days after discharge
    (
        ACU,
        "2026-05-23 14:40",
        "Paed ED. Mason 6/12, brought by mother (FOB waited in car park). Hx 'screams when L arm moved' since this am, ?caught arm in cot bars overnight - no witnessed injury. O/E distressed on handling L arm, swelling mid L upper arm. Bruising: 1cm purple L pinna, 2 x fingertip-sized bruises R anterior chest. XR L humerus: spiral # mid-shaft. Unexplained injury in non-mobile infant. D/w paed reg (Dr Nair) - admit. EDT informed 16:05.",
        "Mason Stace; Keeley Dunmore; Jordan Stace; Dr Nair",
        "E04",
    ),
    (
        CSC,
        "2026-05-23 16:05",
        "EDT (Paul Jessop): Call from Dr Nair, paediatric registrar in the Emergency Department. Mason Stace, six months, was brought in this afternoon by his mother with a spiral fracture of his left upper arm and bruising to his left ear and chest. No explanation has been given that would account for the injuries. He is being admitted to the children's ward and is not to leave; parents may visit only with ward staff present until a strategy discussion tomorrow. Police child abuse investigation team informed by EDT. Lacey (4) is at her maternal grandmother Tracey Dunmore's for the weekend; spoke to Tracey by phone and she agrees to keep Lacey and not return her home until we contact her.",
        "Mason Stace; Keeley Dunmore; Lacey Dunmore; Tracey Dunmore; Dr Nair; EDT SW Jessop",
        "E04",
    ),
    (
        ACU,
        "2026-05-23 19:10",
        "Ward 7 (paeds): admitted from ED. L arm collar & cuff. Regular paracetamol/ibuprofen. Parents visiting - supervised per EDT. FOB raised voice at nurse re 'being treated like criminals', asked to leave 21:00. CP medical + skeletal survey to follow strategy discussion.",
        "Mason Stace; Keeley Dunmore; Jordan Stace",
        "E04",
    ),
    # E05 EDT strategy discussion (Sun) and the day team reading the minutes after the bank holiday
    (
        CSC,
        "2026-05-24 09:30",
        "EDT strategy discussion by telephone, chaired by the EDT team manager. Present: Paul Jessop (EDT social worker), DS Anita Carter (child abuse investigation team) and Dr Kwame Mensah (consultant paediatrician on call). Mason has an unexplained spiral fracture of the left humerus and three bruises at six months of age, before he is crawling. His mother's explanation that the arm was caught in the cot bars is not thought by Dr Mensah to account for the injury. His father Jordan Stace has a conviction for assaulting a previous partner and was arrested after a domestic incident in March. Agreed: threshold met for section 47 enquiries for Mason and Lacey, jointly with police; child protection medical today with an officer present; skeletal survey and CT head on Tuesday after the bank holiday; Mason to stay on the ward with supervised parental visits; Lacey to stay with Tracey under a safety agreement. Day team to reconvene by Friday.",
        "Mason Stace; Lacey Dunmore; Keeley Dunmore; Jordan Stace; Tracey Dunmore; EDT SW Jessop; DS Carter; Dr Mensah",
        "E05",
    ),
    (
        POL,
        "2026-05-24 09:30",
        "SD (EDT-led, phone) re STACE, Mason 6m - # L humerus + bruising, no expl. Parents DUNMORE, Keeley / STACE, Jordan. Outcome: joint s47. CP med today 14:00 - DC Hale to att. No arrests pending medical findings. Sibling w/ MGM.",
        "STACE, Mason; DUNMORE, Keeley; STACE, Jordan; DS Carter; DC Hale; MGM",
        "E05",
    ),
    (
        ACU,
        "2026-05-24 09:30",
        "Strategy meeting by phone (Dr Mensah, EDT, police CAIT). Outcome: CP enquiry - CP medical today 14:00, skeletal survey + CT head Tue 26/05. Remain inpatient. Supervised parental contact only.",
        "Mason Stace; Dr Mensah",
        "E05",
    ),
    # E06 child protection medical the same afternoon (police present)
    (
        ACU,
        "2026-05-24 14:00",
        "Child protection medical (Dr Mensah, consultant paediatrician). DC Hale present. Hx from mother; father declined to attend. Findings: swollen tender L upper arm (# on XR), 1cm bruise L pinna, 2 x 0.8cm oval bruises R anterior chest (fingertip pattern). Frenulum intact. No other marks. Growth 50th. Opinion: injuries in a non-mobile infant without adequate explanation - highly suspicious of inflicted injury. Bloods sent (FBC, clotting, bone profile, vit D). Photos taken.",
        "Mason Stace; Keeley Dunmore; Jordan Stace; Dr Mensah; DC Hale",
        "E06",
    ),
    (
        POL,
        "2026-05-24 15:40",
        "CP med att. (DC Hale) - Dr MENSAH. # L humerus (spiral), bruise L ear, 2 x fingertip bruises chest. Dr: NAI likely, no adequate expl. Mother's acct: cot bars. Father declined to attend. Photos requested from hosp. Skeletal survey Tue.",
        "STACE, Mason; DUNMORE, Keeley; STACE, Jordan; MENSAH; DC Hale",
        "E06",
    ),
    (
        NUR,
        "2026-05-26 08:20",
        "Lacey brought in by her Nan (Tracey) today. Nan told Bev that baby Mason has been in hospital since Saturday with a broken arm and 'social services and the police are involved'. Lacey is staying at Nan's for now; Nan will drop off and collect. Lacey quiet, played on her own in the sand.",
        "Lacey; Tracey; baby Mason; Bev",
        "E04",
    ),
    (
        HV,
        "2026-05-26 09:15",
        "Paed liaison: Mason admitted Ward 7 via A&E 23/05 - # L humerus + bruising, unexplained. EDT strat disc 24/05 - s47. HV records flagged CP. D/w named nurse. HV to attend strategy meeting when called.",
        "Mason; Sam",
        "E04",
    ),
    (
        CSC,
        "2026-05-26 10:00",
        "Read the minutes of Sunday's EDT strategy discussion, which reached the team inbox this morning after the bank holiday. Case allocated to me (Grace Okafor) by TM Neil Brennan. Section 47 enquiries for Mason and Lacey to be completed jointly with DC Mark Hale. Skeletal survey is today. Reconvened strategy meeting booked for Friday 29 May at 10:00 at the Civic Centre.",
        "Mason Stace; Lacey Dunmore; SW Okafor; TM Brennan; DC Hale",
        "E05",
    ),
    (
        ACU,
        "2026-05-26 16:00",
        "Radiology: skeletal survey (initial) + CT head. Prelim (paed radiology): CT head NAD. # L humerus as known; ?healing posterior R 6th/7th rib #s - formal report awaited. Bloods: clotting, bone profile, vit D normal.",
        "Mason Stace",
        None,
    ),
    (
        CSC,
        "2026-05-26 16:30",
        "Visited Tracey Dunmore's home after nursery to see Lacey, with Tracey's agreement. Lacey showed me the bed she is sleeping in and her toys. Asked about Mason, she said he 'hurt his arm' and that she 'wasn't there, I was at Nanny's'. Tracey signed a safety agreement: Lacey is not to be left with Keeley or Jordan, and any contact will be arranged by me. Police and DBS checks on Tracey requested.",
        "Tracey Dunmore; Lacey Dunmore; Keeley Dunmore; Jordan Stace; SW Okafor",
        None,
    ),
    # E07 skeletal survey result phoned through to the social worker
    (
        GP,
        "2026-05-27 10:10",
        "Lacey (4y) - seen w/ MGM. Flexural eczema flare x1/52, itchy, not infected. Emollient + HC 1% 7/7. MGM says Lacey living with her 'for now'.",
        "Lacey; MGM; Dr Finch",
        None,
    ),
    (
        NUR,
        "2026-05-27",
        "Lacey arrived with Nan at 10.30 with cream for her eczema - Nan left a tube for after lunch. Lacey asked Chloe 'is Mason's arm better?'. Played nicely with Ava in the afternoon.",
        "Lacey; Nan; Mason; Chloe",
        None,
    ),
    (
        ACU,
        "2026-05-27 12:15",
        "Formal skeletal survey report: healing fractures posterior R 6th + 7th ribs (est. 2-4/52 old) in addition to acute # L humerus. Metaphyses normal. Dr Mensah phoned SW (G Okafor) 12:15 with result. F/u skeletal survey booked 09/06.",
        "Mason Stace; Dr Mensah; G Okafor",
        "E07",
    ),
    (
        CSC,
        "2026-05-27 12:15",
        "Dr Mensah telephoned. The full set of X-rays taken yesterday shows two older broken ribs at the back on Mason's right side, which the radiologist thinks happened two to four weeks ago, as well as the broken arm. There is no medical explanation - his blood tests are normal. This means Mason has been hurt on at least two occasions. I have told DC Hale and TM Brennan; DC Hale will now consider arresting both parents.",
        "Mason Stace; Dr Mensah; DC Hale; TM Brennan; SW Okafor",
        "E07",
    ),
    # E08 both parents arrested; the DC's call to the SW; the SW's call to the PA
    (
        POL,
        "2026-05-28 07:05",
        "DUNMORE, Keeley + STACE, Jordan arrested at home addr (DC Hale, DC Pike) susp GBH w/ intent + child cruelty re STACE, Mason 6m. Central custody. Interviews pm: STACE no comment; DUNMORE prepared statement - 'I never hurt him, I don't know how it happened'. Both bailed to 25/06 - conds: no unsupervised contact with any child u16.",
        "DUNMORE, Keeley; STACE, Jordan; STACE, Mason; DC Hale",
        "E08",
    ),
    (
        GP,
        "2026-05-28 08:45",
        "SW request for info for strat mtg (Mason, Lacey). Sent: Mason - imms UTD, A&E 19/04 (HI), thrush 20/04. KD - low mood on sertraline. JS not reg here. Unable to attend.",
        "Mason; Lacey; KD; JS",
        None,
    ),
    (
        CSC,
        "2026-05-28 09:10",
        "DC Hale rang to tell me that Keeley and Jordan were both arrested at the flat at seven this morning on suspicion of causing grievous bodily harm to Mason and of child cruelty. They will be interviewed this afternoon. The ward has been told the parents will not be visiting today; if they are bailed, the conditions will mean any contact must be supervised. I rang Amir Chaudhry, Keeley's personal adviser, at 11:00 to let him know.",
        "Keeley Dunmore; Jordan Stace; Mason Stace; DC Hale; SW Okafor; Amir",
        "E08",
    ),
    (
        LCS,
        "2026-05-28 10:00",
        "Went round for K's pathway plan review - no answer, curtains shut. Texted her, no reply. Will try again.",
        "Keeley; Amir",
        None,
    ),
    (
        LCS,
        "2026-05-28 11:00",
        "Grace Okafor (social worker, children's services) rang me - K and Jordan were arrested first thing this morning about Mason's injuries and are at the police station. That's why no answer earlier. Asked if I can come to Friday's meeting.",
        "Grace; Keeley; Jordan; Mason; Amir",
        "E08",
    ),
    # E09 reconvened strategy meeting (GP files the minutes 6 days later)
    (
        CSC,
        "2026-05-29 10:00",
        "Strategy meeting (reconvened) at the Civic Centre, chaired by TM Neil Brennan. Present: SW Grace Okafor, DC Mark Hale, Dr Kwame Mensah (by phone), Sam Kirby (health visitor), Bev Hollis (Little Acorns Nursery) and Amir Chaudhry (Keeley's personal adviser). GP information received in writing. Findings so far: acute spiral fracture of the left humerus, older healing fractures of two right ribs, bruising to the ear and chest; no medical cause; no consistent explanation from either parent. Both parents were arrested yesterday and bailed with conditions preventing unsupervised contact with any child. Agreed: section 47 enquiries continue jointly; an initial child protection conference to be convened for Mason and Lacey within 15 working days; Mason to be discharged to Tracey's care when medically fit, with the parents' agreement under section 20, pending a viability assessment of Tracey; legal planning meeting requested.",
        "Mason Stace; Lacey Dunmore; Keeley Dunmore; Jordan Stace; Tracey Dunmore; TM Brennan; SW Okafor; DC Hale; Dr Mensah; Sam; Bev; Amir",
        "E09",
    ),
    (
        POL,
        "2026-05-29 10:00",
        "Strat mtg - Civic Centre (DC Hale). s47 cont. joint. Police: both parents bailed 25/06, susp GBH/cruelty. Further Ix: med records, phone downloads, H2H neighbours. ICPC to be convened.",
        "STACE, Mason; DUNMORE, Keeley; STACE, Jordan; DC Hale",
        "E09",
    ),
    (
        HV,
        "2026-05-29 10:00",
        "SD at Civic Centre - HV attended (Sam). Shared: contacts, bruise R shin 28/04 (d/w SG lead at the time), 19/05 FOB answering for Mum, baby not undressed. Outcome: s47 cont, ICPC within 15 WD, baby to MGM on d/c.",
        "Mason; Mum; FOB; MGM; Sam",
        "E09",
    ),
    (
        ACU,
        "2026-05-29 10:00",
        "Strat meeting (Dr Mensah by phone). Medical update: healing R 6/7 rib #s + acute L humeral #; bloods/CT normal; no bone disease. Opinion: inflicted injury on at least 2 occasions. MFFD early next week pending safe placement.",
        "Mason Stace; Dr Mensah",
        "E09",
    ),
    (
        LCS,
        "2026-05-29 10:00",
        "Went to the meeting about Mason at the Civic Centre. Explained my role and what I know: K left care at 18, has her own flat, has been low since Mason was born and is on tablets; Jordan is at the flat most of the time. Police have bailed them both. Mason is going to K's mum's when he leaves hospital. I'll keep supporting K and make sure she has a solicitor.",
        "Keeley; Jordan; Mason; Amir",
        "E09",
    ),
    (
        NUR,
        "2026-05-29 10:00",
        "Bev went to a meeting at the Civic Centre about Lacey and her baby brother (strategy meeting). Told them Lacey has been quiet this week and has been at Nan's since last Friday. We are to ring the social worker if Lacey says anything and keep daily notes.",
        "Lacey; Nan; Bev",
        "E09",
    ),
    (
        CSC,
        "2026-05-29 15:00",
        "Management oversight (TM Brennan): strategy outcome endorsed. Ensure Lacey is seen alone within the week; the viability assessment of Tracey is to be completed before Mason's discharge if at all possible.",
        "Lacey Dunmore; Tracey Dunmore; TM Brennan",
        None,
    ),
    # ---------------- June ----------------
    # E10 discharge planning meeting on the ward
    (
        ACU,
        "2026-06-02 11:00",
        "Discharge planning meeting Ward 7 - Dr Mensah, ward sister, SW Okafor, HV S Kirby, MGM Tracey Dunmore. Plan: d/c to MGM's care tomorrow (s20 - parental consent obtained by SW). Collar & cuff 2/52 more; fracture clinic 16/06; f/u skeletal survey 09/06. HV to visit within 48h of d/c. Parental contact supervised by CSC.",
        "Mason Stace; Dr Mensah; SW Okafor; HV Kirby; Tracey Dunmore",
        "E10",
    ),
    (
        CSC,
        "2026-06-02 11:00",
        "Attended the discharge planning meeting on the children's ward with Tracey. Dr Mensah said Mason is medically ready to leave. Tracey has room for both children and is clear that Keeley and Jordan cannot see them unless we supervise it. Keeley and Jordan each signed the section 20 agreement yesterday. Contact will be twice a week at the family centre. Mason to go to Tracey's tomorrow.",
        "Tracey Dunmore; Mason Stace; Keeley Dunmore; Jordan Stace; Dr Mensah; SW Okafor",
        "E10",
    ),
    (
        HV,
        "2026-06-02 11:00",
        "Discharge planning mtg on Ward 7 (Sam). Baby to MGM's 03/06. HV visit within 48h of d/c at MGM's address.",
        "Mason; MGM; Sam",
        "E10",
    ),
    (
        NUR,
        "2026-06-02",
        "Lacey had a lovely day - told everyone 'Mason is coming to live at Nanny's house'. Made him a card with stickers.",
        "Lacey; Mason",
        None,
    ),
    (
        ACU,
        "2026-06-03 14:30",
        "Ward 7: Mason discharged 14:30 to MGM (Tracey Dunmore). Collar & cuff. Analgesia PRN. Fracture clinic 16/06, f/u skeletal survey 09/06. Discharge summary to GP + HV.",
        "Mason Stace; Tracey Dunmore",
        "E04",
    ),
    (
        HV,
        "2026-06-04 10:00",
        "Post-d/c visit at MGM's (Sam). Mason settled, collar & cuff in place, comfortable. Wt 7.30kg. Tracey confident with care, cot set up. Next 1/52.",
        "Mason; Tracey; Sam",
        None,
    ),
    (
        GP,
        "2026-06-04",
        "Minutes strat mtg 29/05 rec'd (CSC). s47 cont, ICPC to be arranged. Mason to MGM on d/c. Filed; CP alerts both children.",
        "Mason; Lacey; Keeley Dunmore",
        "E09",
    ),
    # E11 follow-up skeletal survey (SW brings baby and grandmother)
    (
        ACU,
        "2026-06-09 10:30",
        "Radiology: follow-up skeletal survey (day 14). Attended with MGM + SW. L humerus callus formation as expected. R 6th/7th posterior rib #s consolidating - consistent with earlier estimate. No new fractures.",
        "Mason Stace; MGM; SW Okafor",
        "E11",
    ),
    (
        CSC,
        "2026-06-09 10:30",
        "Took Tracey and Mason to the hospital for Mason's repeat X-rays of all his bones, which are done two weeks after the first set to check for injuries that did not show at first. Mason was very good. Dr Mensah will write to us and the police with the results.",
        "Tracey Dunmore; Mason Stace; Dr Mensah; SW Okafor",
        "E11",
    ),
    (
        LCS,
        "2026-06-09 15:00",
        "Met K at the family centre after her contact with Mason. She said it was 'weird being watched'. She's staying at a friend's, not the flat, and says she hasn't seen Jordan since the arrest. Gave her the solicitor's details again - she hasn't rung them.",
        "Keeley; Mason; Jordan; Amir",
        None,
    ),
    # E12 the CP medical report: sent 10/06, police 12/06, CSC 17/06 (misdirected), GP copy 19/06
    (
        ACU,
        "2026-06-10",
        "Paeds/safeguarding: final CP medical report (Dr Mensah) incl. skeletal survey x2, CT head, bloods. Conclusion: inflicted injuries on at least 2 occasions; no medical explanation. Sent by secure email to SW G Okafor + DC Hale; copy GP.",
        "Mason Stace; Dr Mensah; G Okafor; DC Hale",
        "E12",
    ),
    (
        HV,
        "2026-06-11 10:00",
        "Visit at MGM's (Sam). Mason wt 7.40kg (50th). Collar & cuff, content, 2 meals/day. Tracey coping - 'tired but fine'. Lacey at nursery. Next 2/52.",
        "Mason; Tracey; Lacey; Sam",
        None,
    ),
    (
        POL,
        "2026-06-12",
        "Final CP medical report rec'd (Dr MENSAH) - # L humerus + old R rib #s x2, inflicted, 2+ occasions. Saved to file for CPS.",
        "STACE, Mason; MENSAH; DC Hale",
        "E12",
    ),
    (
        GP,
        "2026-06-12",
        "ICPC report (Mason, Lacey, KD) sent to conference team. Unable to attend 18/06 - surgery.",
        "Mason; Lacey; KD; Dr Finch",
        None,
    ),
    (
        ACU,
        "2026-06-15",
        "Safeguarding team: report for ICPC 18/06 submitted (Dr Mensah). Dr Mensah unable to attend - clinic.",
        "Mason Stace; Dr Mensah",
        None,
    ),
    (
        GP,
        "2026-06-15",
        "D/c summary Ward 7 (adm 23/05-03/06/26) - Mason: spiral # L humerus, healing post R rib #s 6/7, bruising L ear/chest. Inflicted injury - CP. D/c to MGM (s20). F/u fracture clinic 16/06. Alerts updated.",
        "Mason; MGM",
        "E04",
    ),
    (
        LCS,
        "2026-06-16",
        "Pathway plan review with K at our office. Accommodation: back at the flat. EET: none. Health: low, on sertraline, hasn't had a review. Relationships: says she has finished with Jordan. Wants Mason and Lacey back. Actions: solicitor (she rang them today), GP appt, Talking Therapies.",
        "Keeley; Jordan; Mason; Lacey; Amir",
        None,
    ),
    (
        ACU,
        "2026-06-16 14:00",
        "Fracture clinic: Mason, w/ MGM. L humerus # clinically united, XR good callus. Collar & cuff off. No f/u.",
        "Mason Stace; MGM",
        None,
    ),
    (
        NUR,
        "2026-06-16",
        "Lacey upset at lunch, threw her plate. Chloe sat with her and Lacey said 'I want my Mummy's house'. Told Nan at home time.",
        "Lacey; Chloe; Nan",
        None,
    ),
    (
        CSC,
        "2026-06-17",
        "The written report from Dr Mensah dated 10 June reached me today, having gone to the MASH inbox by mistake. It sets out the child protection medical findings, both skeletal surveys, the head scan and the blood tests, and concludes that Mason was injured on at least two separate occasions with no medical cause. It will be appended to my conference report.",
        "Mason Stace; Dr Mensah; SW Okafor",
        "E12",
    ),
    # E13 ICPC
    (
        GP,
        "2026-06-18 09:20",
        "Mason - seen w/ MGM. Coryzal 2/7, T 37.6, chest clear, feeding OK. Viral URTI. Safety-net advice.",
        "Mason; MGM; Dr Finch",
        None,
    ),
    (
        CSC,
        "2026-06-18 13:00",
        "Initial child protection conference chaired by Sandra Pell (independent reviewing officer). Present: Keeley (supported by her personal adviser Amir Chaudhry), Tracey Dunmore, SW Grace Okafor, TM Neil Brennan, DC Mark Hale, Sam Kirby (health visitor) and Bev Hollis (nursery). Jordan Stace did not attend; his solicitor sent a statement. Written reports from the GP and Dr Mensah. Decision: Mason and Lacey to be subject to child protection plans under the category of physical abuse. The children remain with Tracey under section 20; parents' contact supervised at the family centre; parenting and risk assessments to be completed; first core group on 2 July; review conference in three months.",
        "Mason Stace; Lacey Dunmore; Keeley Dunmore; Jordan Stace; Tracey Dunmore; IRO Pell; SW Okafor; TM Brennan; DC Hale; Sam; Bev; Amir",
        "E13",
    ),
    (
        POL,
        "2026-06-18 13:00",
        "CP conf (ICPC) att - DC Hale. Both children CP plans - physical abuse. Police: Ix ongoing, both parents on bail to 25/06. File to CPS for advice.",
        "STACE, Mason; DUNMORE, Lacey; DC Hale",
        "E13",
    ),
    (
        HV,
        "2026-06-18 13:00",
        "ICPC attended (Sam). Outcome: CP plans x2 (physical). HV: min 2-weekly visits at MGM's, growth/development, ASQ-3 at 9/12.",
        "Mason; Lacey; MGM; Sam",
        "E13",
    ),
    (
        LCS,
        "2026-06-18 13:00",
        "Went with K to the ICPC. She found it really hard, cried when the reports were read out. Both kids on CP plans. I'm on the core group as K's PA. Took her for something to eat after.",
        "Keeley; Amir",
        "E13",
    ),
    (
        NUR,
        "2026-06-18 13:00",
        "Bev went to the child protection meeting for Lacey this afternoon. Lacey now has a child protection plan. Nursery's part: daily notes, tell the social worker the same day about anything worrying, Nan to collect every day.",
        "Lacey; Bev; Nan",
        "E13",
    ),
    (
        CSC,
        "2026-06-23",
        "Child protection visit to Tracey's home. Mason's sling is off and he is using both arms to reach for toys. Lacey was home from nursery and showed me her drawings. Tracey is tired but coping; her viability assessment is positive and a fuller kinship assessment will follow.",
        "Tracey Dunmore; Mason Stace; Lacey Dunmore",
        None,
    ),
    (
        CSC,
        "2026-06-24",
        "Conference outcome letter and the child protection plan sent to both parents and all agencies.",
        "Keeley Dunmore; Jordan Stace",
        None,
    ),
    (
        POL,
        "2026-06-25",
        "Bail return - DUNMORE, Keeley; STACE, Jordan. Bail extended to 20/08 pending CPS advice. Conds unchanged + STACE not to contact DUNMORE (at her request).",
        "DUNMORE, Keeley; STACE, Jordan",
        None,
    ),
    (
        GP,
        "2026-06-29",
        "Letter conference team: ICPC 18/06 - Mason + Lacey CP plans (physical abuse). Coded.",
        "Mason; Lacey",
        None,
    ),
    # ---------------- July ----------------
    (
        HV,
        "2026-07-02 10:00",
        "Visit at MGM's (Sam). Mason 7/12: wt 7.60kg (50th). Sitting with support, reaching with both hands - L arm full use. Tracey managing well. Lacey at nursery.",
        "Mason; Tracey; Lacey; Sam",
        None,
    ),
    # E14 core group 1
    (
        CSC,
        "2026-07-02 14:00",
        "First core group meeting at the family centre. Present: Keeley, Tracey, SW Grace Okafor, Sam Kirby (HV), Bev Hollis (nursery) and Amir Chaudhry (PA). Jordan not invited, in line with his bail conditions; I will meet him separately. Plan reviewed: Keeley attending contact twice weekly and it is going well; Tracey's viability assessment positive; parenting assessment of Keeley to start next week; Jordan has not engaged with children's services. Actions updated.",
        "Keeley Dunmore; Tracey Dunmore; Jordan Stace; SW Okafor; Sam; Bev; Amir; Mason Stace; Lacey Dunmore",
        "E14",
    ),
    (
        HV,
        "2026-07-02 14:00",
        "Core group 1 (family centre) - attended. HV actions: 2-weekly visits, ASQ-3 at 9/12, growth.",
        "Mason; Lacey; Sam",
        "E14",
    ),
    (
        LCS,
        "2026-07-02 14:00",
        "Core group at the family centre - K came. Went OK. I'm to help K get a GP appointment and a Talking Therapies referral.",
        "Keeley; Amir",
        "E14",
    ),
    (
        NUR,
        "2026-07-02 14:00",
        "Core group meeting at the family centre - Bev went. Told them Lacey comes every day and is settled with Nan. Quieter on the days after she sees Mum (Mondays and Thursdays).",
        "Lacey; Nan; Mum; Bev",
        "E14",
    ),
    (
        CSC,
        "2026-07-07",
        "Met Jordan at the office with his solicitor present. He declined to discuss how Mason was injured, on legal advice, and said he wants contact with his son. Explained that his contact stays supervised at the family centre and that he has missed three of six sessions.",
        "Jordan Stace; Mason Stace; SW Okafor",
        None,
    ),
    # E15 PA's phone call to the SW after the mother's disclosure (visit itself is PA-only)
    (
        LCS,
        "2026-07-14 11:00",
        "Visit to K at the flat. She was very upset and told me Jordan hurt Mason - she said that in May she walked in and found him squeezing Mason's arms hard to stop him crying, and she lied at the hospital because Jordan told her to and she was scared of him. Also says he's been texting her from a new number. I told her I'd have to pass it on and she agreed.",
        "Keeley; Jordan; Mason; Amir",
        None,
    ),
    (
        LCS,
        "2026-07-14 13:10",
        "Rang Grace (SW) and told her everything K said this morning. Grace will tell the police and said K should expect DC Hale to be in touch about giving a statement.",
        "Grace; Keeley; DC Hale; Amir",
        "E15",
    ),
    (
        CSC,
        "2026-07-14 13:10",
        "Telephone call from Amir Chaudhry, Leaving Care. Keeley has told him she saw Jordan gripping Mason's arms tightly while Mason was crying, some time in May, and that she gave the hospital a false explanation because she was frightened of Jordan. She also says Jordan has been contacting her from a new phone number, which would breach his bail. Passed to DC Hale by email at 13:40; TM Brennan informed.",
        "Amir; Keeley Dunmore; Jordan Stace; Mason Stace; DC Hale; TM Brennan; SW Okafor",
        "E15",
    ),
    (
        NUR,
        "2026-07-14",
        "Sports day practice - Lacey came second in the egg and spoon race and was very proud. Nan collected.",
        "Lacey; Nan",
        None,
    ),
    # E16 mother's video-recorded statement; PA goes with her and writes it up w/c
    (
        POL,
        "2026-07-22 10:00",
        "DUNMORE, Keeley - VRI witness interview at Central (DC Hale), vulnerable witness. Accompanied by PA (Leaving Care). Acct: approx 20/05 saw STACE squeezing + shaking Mason's upper arms when baby crying; told by STACE to say cot. STACE contacting her from new no. - breach of bail. Action: arrest STACE.",
        "DUNMORE, Keeley; STACE, Jordan; STACE, Mason; DC Hale; Amir",
        "E16",
    ),
    (
        LCS,
        "A:2026-07-20:2026-07-24:w/c 20/07/2026",
        "Went with K to the police station for her video interview about Jordan. Took about three hours. She was shaking afterwards but said she felt better for telling the truth. Dropped her back at the flat.",
        "Keeley; Jordan; Amir",
        "E16",
    ),
    (
        GP,
        "2026-07-22 16:00",
        "KD - r/v. PHQ-9 15. Sertraline 100mg tolerated. Says 'big day today', not discussed further. Talking Therapies - on waiting list.",
        "Keeley Dunmore; Dr Finch",
        None,
    ),
    (
        POL,
        "2026-07-23 06:30",
        "STACE, Jordan arrested home addr - breach pre-charge bail (contact w/ DUNMORE). Further interview re GBH - no comment. Re-bailed to 20/08; conds + no contact DUNMORE direct/indirect, not to enter Harbour Court.",
        "STACE, Jordan; DUNMORE, Keeley",
        None,
    ),
    # E17 joint visit HV + SW
    (
        HV,
        "2026-07-28 15:30",
        "JV with SW (G Okafor) at MGM's. Mason 8/12: wt 7.90kg (50th), commando crawling, babbling, stranger aware. Warm interaction with Tracey. Lacey home from nursery - chatty, showed HV her 'big girl bed'. No marks. ASQ-3 booked 9/12.",
        "Mason; Tracey; Lacey; G Okafor; Sam",
        "E17",
    ),
    (
        CSC,
        "2026-07-28 15:30",
        "Joint visit with the health visitor, Sam Kirby, to Tracey's home. Mason is now crawling on his tummy and goes to Tracey for comfort. Lacey showed us the bedroom she shares with Mason. Tracey says Keeley's contact is going well and she has not seen Jordan. I talked with Lacey on her own in the garden about Mummy and Jordan; she said 'Jordan shouts and Mason cries'. This counts as the statutory child protection visit.",
        "Sam; Tracey Dunmore; Mason Stace; Lacey Dunmore; Keeley Dunmore; Jordan Stace; SW Okafor",
        "E17",
    ),
    (
        NUR,
        "2026-07-28",
        "Lacey had her hair in bunches and was very proud. Played shops with Ava. Nan collected at 3.",
        "Lacey; Nan",
        None,
    ),
    # ---------------- August ----------------
    (
        CSC,
        "2026-08-04",
        "Child protection visit to Tracey's. Both children well. Lacey's school start has been deferred to January with the admissions team's agreement so that she can stay at Little Acorns while things settle. Parenting assessment of Keeley at week four; she has attended every session.",
        "Tracey Dunmore; Mason Stace; Lacey Dunmore; Keeley Dunmore",
        None,
    ),
    # E18 assault on the mother (Sat night): police, ED after midnight, Monday PPN, PA told by phone, GP letter
    (
        POL,
        "2026-08-08 23:50",
        "Occ 26/118204. 999 DUNMORE, Keeley - ex-partner at door, forced entry. Officers att 00:04. STACE, Jordan located in stairwell, arrested - assault occ ABH + breach bail. DUNMORE: swollen nose, cut lip - conveyed to ED by officers. No children present (with MGM, CP plans). DASH high - MARAC ref. PPN submitted.",
        "DUNMORE, Keeley; STACE, Jordan; MGM",
        "E18",
    ),
    (
        ACU,
        "2026-08-09 00:40",
        "Emergency Department (adults): 21F, assaulted by ex-partner ~23:30, punched x2 to face. GCS 15, no LOC. Swollen nasal bridge, no septal haematoma; 1cm lip lac - steristrips. ?# nasal bones - ENT clinic 7/7. Domestic violence - routine enquiry +ve, IDVA ref made. Children live with grandmother (CP plans) - safeguarding form to MASH. Brought by police. D/c 03:50.",
        "Keeley Dunmore",
        "E18",
    ),
    (
        CSC,
        "2026-08-10 09:20",
        "A Police Protection Notice and a safeguarding form from A&E came through MASH this morning about an assault on Keeley at her flat late on Saturday 8 August. Jordan forced his way in and punched her; he was arrested, has been charged and appears in court today. Keeley was treated in A&E for facial injuries and went home in the early hours. The children were at Tracey's and were not present. MARAC referral noted.",
        "Keeley Dunmore; Jordan Stace; Tracey Dunmore; SW Okafor",
        "E18",
    ),
    (
        HV,
        "2026-08-10 10:00",
        "Visit at MGM's (Sam). Mason 8/12, wt 8.05kg. Pulling to stand. Tracey says Keeley 'was attacked by Jordan at the weekend' - upset but coping. Lacey at nursery.",
        "Mason; Tracey; Keeley; Jordan; Lacey; Sam",
        None,
    ),
    (
        LCS,
        "2026-08-10 10:30",
        "K rang me - Jordan broke into the flat on Saturday night and punched her in the face. The police took her to A&E and she got home about 4am. Her nose is swollen and she's frightened. DV - he's been charged. Said I'd come round this afternoon with housing.",
        "Keeley; Jordan; Amir",
        "E18",
    ),
    (
        NUR,
        "2026-08-10",
        "Lacey tired today. Nan said Mum 'had a bad weekend'. Lacey played quietly and asked to ring Mummy.",
        "Lacey; Nan; Mum",
        None,
    ),
    (
        LCS,
        "2026-08-10 14:00",
        "Went round with the housing officer and the locksmith - locks changed and a door chain fitted. Talked about a refuge or moving. She wants to stay near Lacey and Mason. Management transfer application started.",
        "Keeley; Lacey; Mason; Amir",
        None,
    ),
    (
        GP,
        "2026-08-13 09:10",
        "KD - f/u facial injury (assault 08/08). Nasal swelling settling, no deformity, airway OK. Keep ENT appt 15/08. Low mood worse, PHQ-9 19, no SI. Sertraline cont. IDVA in contact. R/v 2/52.",
        "Keeley Dunmore; Dr Finch",
        None,
    ),
    # E19 core group 2 (look-alike of E14)
    (
        CSC,
        "2026-08-13 14:00",
        "Second core group meeting at the family centre. Present: Keeley, Tracey, SW Grace Okafor, Sam Kirby (HV), Bev Hollis (nursery) and Amir Chaudhry (PA). Keeley came despite her injuries from Saturday's assault, supported by Amir. Jordan was remanded in custody on Monday. Plan reviewed: contact to continue twice weekly; parenting assessment of Keeley at week six; Keeley to work with the independent domestic violence adviser; MARAC on 20 August. Actions updated.",
        "Keeley Dunmore; Tracey Dunmore; Jordan Stace; SW Okafor; Sam; Bev; Amir; Mason Stace; Lacey Dunmore",
        "E19",
    ),
    (
        HV,
        "2026-08-13 14:00",
        "Core group 2 (family centre) - attended. Mason 8/12 thriving at MGM's. ASQ-3 booked 25/08. HV actions unchanged.",
        "Mason; MGM; Sam",
        "E19",
    ),
    (
        LCS,
        "2026-08-13 14:00",
        "Core group - went with K. Her face still bruised. Everyone was kind to her. I'm to support her with the IDVA and the rehousing application.",
        "Keeley; Amir",
        "E19",
    ),
    (
        NUR,
        "2026-08-13 14:00",
        "Bev at the core group meeting at the family centre. Lacey doing well, here every day since June. Nursery open through August.",
        "Lacey; Bev",
        "E19",
    ),
    (
        GP,
        "2026-08-19",
        "ED letter 09/08/26 - KD: assault, facial inj, ?# nasal bones, ENT f/u, IDVA ref. Filed.",
        "KD",
        "E18",
    ),
    (
        HV,
        "2026-08-25 10:00",
        "9/12 review at MGM's (Sam). ASQ-3 all domains above cut-off. Wt 8.20kg (50th), pulling to stand, 3 meals + finger foods. Teeth x2. Tracey well supported. Next 4/52.",
        "Mason; Tracey; Sam",
        None,
    ),
    # ---------------- September ----------------
    # E20 CPS charging decision / NFA for the mother - police email, SW reads it 5 days later
    (
        POL,
        "2026-09-09 15:20",
        "CPS charging decision rec'd: STACE, Jordan - charged s18 GBH w/ intent + child cruelty (STACE, Mason). DUNMORE, Keeley - NFA (witness). STACE remains remanded. DUNMORE informed by phone. SW OKAFOR informed by email 15:20.",
        "STACE, Jordan; STACE, Mason; DUNMORE, Keeley; OKAFOR; DC Hale",
        "E20",
    ),
    (
        POL,
        "2026-09-11",
        "RCPC 17/09 - police report sent to conference team (charges, remand). DC Hale unable to attend - course.",
        "STACE, Mason; DUNMORE, Lacey; DC Hale",
        None,
    ),
    (
        CSC,
        "2026-09-14 09:00",
        "Read an email from DC Hale sent last Wednesday afternoon while I was on leave. The Crown Prosecution Service has authorised charges against Jordan of causing grievous bodily harm with intent to Mason and of child cruelty. No further action will be taken against Keeley, who will be a prosecution witness. Jordan remains on remand; plea hearing at the Crown Court on 7 October. Risk assessment updated; TM Brennan informed.",
        "DC Hale; Jordan Stace; Mason Stace; Keeley Dunmore; TM Brennan; SW Okafor",
        "E20",
    ),
    (
        LCS,
        "2026-09-14 13:00",
        "Monthly catch-up with K at her new flat - settling in. She said the police rang last week to say she won't be charged - 'I cried for an hour'. Talked about the review meeting on Thursday and what she wants to say.",
        "Keeley; Amir",
        None,
    ),
    # E21 RCPC
    (
        CSC,
        "2026-09-17 13:00",
        "Review child protection conference chaired by Sandra Pell. Present: Keeley (with Amir Chaudhry, her personal adviser), Tracey, SW Grace Okafor, Dr Rachel Finch (GP), Sam Kirby (HV) and Bev Hollis (nursery). Police report in writing. Progress: Mason and Lacey are thriving at Tracey's; Keeley's contact is consistent and warm; she has been open about what happened and has moved away from Harbour Court; Jordan is charged and remanded. Outstanding: the parenting assessment is not concluded; Keeley's mental health; her ability to protect the children. Decision: both children remain subject to child protection plans (physical abuse). The local authority will hold a legal planning meeting and consider pre-proceedings. Next review in six months.",
        "Keeley Dunmore; Tracey Dunmore; Mason Stace; Lacey Dunmore; Jordan Stace; IRO Pell; SW Okafor; Dr Finch; Sam; Bev; Amir",
        "E21",
    ),
    (
        GP,
        "2026-09-17 13:00",
        "Dr Finch att RCPC (Civic Centre). CP plans continue x2. GP actions: KD mood r/v monthly; Mason 1yr imms due Nov.",
        "Dr Finch; Mason; Lacey; KD",
        "E21",
    ),
    (
        HV,
        "2026-09-17 13:00",
        "RCPC attended (Sam). CP plans x2 continue. HV: monthly visits + growth, 1yr review Nov.",
        "Mason; Lacey; Sam",
        "E21",
    ),
    (
        LCS,
        "2026-09-17 13:00",
        "RCPC with K. She spoke up this time - said sorry for lying at the hospital. Plans stay the same. Grace mentioned a 'PLO meeting' - I explained to K afterwards what that means.",
        "Keeley; Grace; Amir",
        "E21",
    ),
    (
        NUR,
        "2026-09-17 13:00",
        "Bev at Lacey's review meeting (child protection). Plan stays. Lacey staying at nursery until January when she starts school.",
        "Lacey; Bev",
        "E21",
    ),
    (
        NUR,
        "2026-09-17 15:00",
        "Lacey painted autumn leaves and stuck on glitter. Ate well. Nan collected.",
        "Lacey; Nan",
        None,
    ),
    (
        CSC,
        "2026-09-24",
        "Legal planning meeting with the local authority solicitor. Threshold for care proceedings is met, but the children are safe with Tracey under section 20 and Keeley is engaging; agreed to use the pre-proceedings stage of the Public Law Outline. Letters before proceedings to Keeley and to Jordan (through his solicitor). Pre-proceedings meeting 6 October.",
        "Keeley Dunmore; Jordan Stace; Tracey Dunmore; SW Okafor",
        None,
    ),
    # ---------------- October ----------------
    # E22 PLO pre-proceedings meeting; PA writes it up later with an approximate date
    (
        CSC,
        "2026-10-06 10:00",
        "Pre-proceedings meeting under the Public Law Outline at the Civic Centre, chaired by TM Neil Brennan. Present: Keeley with her solicitor and her personal adviser Amir Chaudhry; SW Grace Okafor; the local authority solicitor. Jordan, on remand, was represented by his solicitor. Expectations agreed with Keeley for the next 12 weeks: complete the parenting assessment; attend the Freedom Programme; continue Talking Therapies; no contact with Jordan. Kinship assessment of Tracey as special guardian to start. Review meeting in January.",
        "Keeley Dunmore; Amir; SW Okafor; TM Brennan; Jordan Stace; Tracey Dunmore",
        "E22",
    ),
    (
        LCS,
        "A:2026-10-05:2026-10-09:early October 2026 (approx.)",
        "PLO meeting at children's services with K - her solicitor was there too. She has to finish the parenting assessment, do the Freedom Programme and keep away from Jordan (he's inside anyway). I'll drive her to the Freedom Programme on Tuesdays.",
        "Keeley; Jordan; Amir",
        "E22",
    ),
    (
        HV,
        "2026-10-08 10:00",
        "Visit at MGM's (Sam). Mason 10/12, wt 8.65kg. Walking round furniture, 3 words. Tracey mentions SGO assessment. Next 4/52.",
        "Mason; Tracey; Sam",
        None,
    ),
    # ---------------- November ----------------
    (
        HV,
        "2026-11-05 10:00",
        "Visit at MGM's (Sam). Mason 11/12: wt 8.90kg. 2-3 steps alone. Mum present for supervised contact - warm, changed + fed him. No marks.",
        "Mason; MGM; Mum; Sam",
        None,
    ),
    (
        GP,
        "2026-11-24 10:30",
        "Mason 1yr imms: MMR #1, Hib/MenC, PCV, MenB boosters. MGM present. Wt 9.05kg. Well.",
        "Mason; MGM",
        None,
    ),
    (
        HV,
        "2026-11-24 14:00",
        "1 yr review at MGM's (Sam). ASQ-3 all domains above cut-off. Walking alone, 5-6 words. Wt 9.05kg (from GP this am). Next: RCPC Dec.",
        "Mason; MGM; Sam",
        None,
    ),
    (
        LCS,
        "M:2026-11",
        "November summary: K at Freedom Programme (8/11 sessions), Talking Therapies finished, college application in for January. Contact with the kids going well. Seeing her weekly.",
        "Keeley; Amir",
        None,
    ),
]


def main():
    out = HERE / "case_af.json"
    casegen.build(
        "af",
        "Six-month-old with an unexplained humeral fracture, bruising and old rib fractures; "
        "young parents (father with a violence history, mother a care leaver with a personal "
        "adviser), grandmother as kinship carer, 4-year-old half-sister at nursery; 7 agencies, "
        "Mar - Nov 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
