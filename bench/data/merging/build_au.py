# ruff: noqa
"""Writing aid for case_au (fictional; written blind, see case_au_README.md).

    python3 bench/data/merging/build_au.py      # writes bench/data/merging/case_au.json

A precision-stress case set in Castle Elston, a (fictional) market town in the East Midlands.
Mason (born 8 September 2025) is found with unexplained bruising at seven weeks and later
has a skull fracture; his sister Lacey is two. Their mother Chantelle (20) and her partner
Jordan (Mason's father) both drink; maternal grandmother Denise supervises under a safety plan.
Six agencies (children's social care, police, health visiting, GP, acute hospital - ED,
paediatrics and maternity - and an adult substance-misuse service), Feb 2025 - Mar 2026.
Many same-day and look-alike entries that are NOT one event: the HV's visit, her call to the
social worker and an unrelated GP appointment on one Monday; three strategy discussions; two
core groups a month apart; home visits by different agencies on consecutive days; a second ED
attendance a week after the first; conference reports before and outcome letters after each
conference; missed appointments of four services in one week; two different referrals to the
same service sent the same day. Every entry is written by hand (no random filler), so the
output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hv", "%d %b %y")  # 27 Oct 25
casegen.STYLES.setdefault("alc", "%a %d/%m/%y")  # Mon 24/11/25

CSC = "Children's Social Care"
POL = "Police"
HV = "Health visiting (0-19 service)"
GP = "Market Street Surgery"
HOS = "Kingsmead Hospital"
REC = "Bridgeway Recovery Service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (HV, "health", "hv"),
    (GP, "health", "gp"),
    (HOS, "health", "health"),
    (REC, "other", "alc"),
]

PEOPLE = [
    ("Mason Kettle", ["Mason", "baby Mason", "MK"], "Child M", "child"),
    ("Lacey Kettle", ["Lacey"], "Child L", "child"),
    ("Chantelle Kettle", ["Chantelle", "Ms Kettle", "Mum", "CK"], "Mother", "parent"),
    (
        "Jordan Pike",
        ["Jordan", "Mr Pike", "PIKE", "JP"],
        "Mother's partner (Mason's father)",
        "parent",
    ),
    ("Denise Kettle", ["Denise", "MGM", "Nan", "Mrs Kettle"], "Maternal grandmother", "family"),
    ("Priya Sandhu", ["SW Sandhu", "P Sandhu"], "Social worker", "professional"),
    ("Mark Oldham", ["TM Oldham"], "Team manager", "professional"),
    ("Lee Brannigan", ["DC Brannigan"], "Detective constable (public protection)", "professional"),
    ("Kerry Wade", ["DS Wade"], "Detective sergeant (MASH)", "professional"),
    ("Joanne Firth", ["Jo Firth", "HV Firth", "JF"], "Health visitor", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Ruth Carver", ["Dr Carver"], "Consultant paediatrician", "professional"),
    (
        "Claire Mottram",
        ["Named Nurse Mottram"],
        "Named nurse, safeguarding children",
        "professional",
    ),
    ("Becky Shaw", ["MW Shaw"], "Community midwife", "professional"),
    ("Shaun Dyer", ["Shaun", "SD"], "Recovery worker (Bridgeway)", "professional"),
    ("Gillian Hart", ["IRO Hart"], "Child protection conference chair", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        POL,
        "M:2022-08",
        "Occ 22/61190 - PIKE, Jordan (20). Assault (s39) outside the Red Lion, Castle Elston, in drink. Adult caution. No DA markers.",
        "PIKE",
        None,
    ),
    (
        GP,
        "Y:2023",
        "CK - anxiety, citalopram 2021-22 (stopped). Lacey b. 14/10/23 SVD. Alcohol 'social' - AUDIT-C not recorded.",
        "Chantelle Kettle; Lacey",
        None,
    ),
    (
        CSC,
        "M:2024-03",
        "Early Help (Team Around the Family) closed. Chantelle, then 18, and Lacey (5 months) living with Denise Kettle. Support given with housing, budgeting and Lacey's feeding; outcomes met and Chantelle moving to her own tenancy at Tanners Row.",
        "Chantelle Kettle; Lacey Kettle; Denise Kettle",
        None,
    ),
    (
        HOS,
        "2025-02-13 10:00",
        "Maternity booking (MW Becky Shaw) at 9+4. G2P1. Lives with partner Jordan Pike (FOB) at 14 Tanners Row; Lacey 16m. AUDIT-C 6 - drinks 'at weekends, with Jordan', advised to stop. Partner has police caution 2022 (disclosed). Routine enquiry DA - denies. Midwife-led care.",
        "Chantelle Kettle; Jordan Pike; Lacey; MW Shaw",
        None,
    ),
    # E01 antenatal referral from maternity to MASH (sent / received two days later)
    (
        HOS,
        "2025-06-23 15:20",
        "Maternity (community MW B Shaw), 28+1 appt. CK disclosed drinking 'a few cans' most weekends in pregnancy; says Jordan 'gets loud' when drunk, denies violence. Lacey 20m. Safeguarding referral to MASH sent - requests consideration of pre-birth assessment / early help.",
        "Chantelle Kettle; Jordan Pike; Lacey; MW Shaw",
        "E01",
    ),
    (
        CSC,
        "2025-06-25 11:05",
        "MASH: referral received from the community midwife at Kingsmead about Ms Kettle's drinking in pregnancy and her partner being loud when drunk. Checks: one police caution for Mr Pike (2022), no domestic abuse recorded; Early Help closed March 2024. Does not meet the threshold for a pre-birth assessment - no further action by Children's Social Care; Family Hub early help offer; letters to Ms Kettle and the midwife.",
        "Chantelle Kettle; Jordan Pike; MW Shaw",
        "E01",
    ),
    # E02 Saturday-night police call-out and the Monday notification
    (
        POL,
        "2025-07-05 23:55",
        "Occ 25/99812. 999 from neighbour - shouting/banging at 14 Tanners Row. Att 00:10. KETTLE, Chantelle (approx 29/40 pregnant) and PIKE, Jordan, both in drink - verbal arg over money. No injuries, no offences disclosed. Child (1y) staying at MGM's. DASH standard. PPN submitted.",
        "Chantelle Kettle; PIKE; Lacey Kettle; MGM",
        "E02",
    ),
    (
        CSC,
        "2025-07-07 10:15",
        "MASH: Police Protection Notice received - domestic incident late on Saturday 5 July, a verbal argument between Chantelle Kettle (about seven months pregnant) and her partner Jordan Pike, both of whom had been drinking. Lacey was staying with her grandmother. Standard risk. Maternity referral of 25 June noted. No further action by Children's Social Care; information shared with the midwife and health visitor; Family Hub to contact Ms Kettle again.",
        "Chantelle Kettle; Jordan Pike; Lacey Kettle; Denise Kettle",
        "E02",
    ),
    (
        HV,
        "2025-07-09",
        "Info rec'd from MASH: PPN re DA incident 05/07 (verbal, both parents in drink, standard risk, Lacey at Nan's). Antenatal contact to be brought forward.",
        "Chantelle; Jordan; Lacey; Nan",
        "E02",
    ),
    (
        HV,
        "2025-07-22 10:00",
        "Antenatal contact at home (Jo Firth), 32/40. CK and JP present. Incident 05/07 discussed - both say 'just shouting, we'd had a drink'. Alcohol in pregnancy, safe sleep/SUDI discussed - JP smokes (outside). Lacey 21m, some words, developing well. Family Hub leaflet left.",
        "CK; JP; Lacey; Jo Firth",
        None,
    ),
    (
        GP,
        "2025-08-12",
        "CK 35/40 - low mood, tearful, poor sleep. PHQ-9 11. No SI. Declines meds. Talking Therapies self-referral info given.",
        "Chantelle Kettle; Dr Mehta",
        None,
    ),
    # ---------------- September / October ----------------
    # E03 birth and postnatal stay; birth notification to HV; GP files the discharge summary
    (
        HOS,
        "2025-09-08 04:40",
        "Maternity: SVD at 39+1, live male 3.05kg, Apgars 9/9. Mother 20y; AUDIT-C 6 at booking, MASH referral 06/25 (NFA). FOB present. Formula fed. Safe sleep/SUDI and ICON advice given. D/c home 09/09 to community MW.",
        "Mason; Chantelle Kettle; Jordan Pike",
        "E03",
    ),
    (
        HV,
        "2025-09-10",
        "Birth notification rec'd from Kingsmead maternity: male, b. 08/09/25, 3.05kg, SVD, formula fed. Alerts: antenatal MASH referral (NFA), PPN 07/25. NBV booked 19/09.",
        "Mason; Chantelle",
        "E03",
    ),
    (
        GP,
        "2025-09-16",
        "Maternity d/c summary (Kingsmead, d/c 09/09) - Mason b. 08/09/25, SVD 39+1, 3.05kg, no neonatal concerns. Mother - nil complications. Baby registered.",
        "Mason; Chantelle Kettle",
        "E03",
    ),
    (
        HOS,
        "2025-09-18 11:00",
        "Community MW discharge visit, day 10 (MW Shaw). Mason wt 3.10kg - back to birth weight, cord separated. CK well, mood 'OK'. Transfer of care to HV.",
        "Mason; Chantelle Kettle; MW Shaw",
        None,
    ),
    (
        HV,
        "2025-09-19 10:00",
        "New birth visit (Jo Firth). Mason 11/7, wt 3.18kg. CK, JP and Lacey present. Flat tidy, smell of stale smoke. Moses basket in lounge - parents deny co-sleeping, SUDI advice repeated. JP 'has a few at weekends'. Universal Plus offered and accepted. Next contact 6-8/52.",
        "Mason; CK; JP; Lacey; Jo Firth",
        None,
    ),
    (
        GP,
        "2025-10-01 09:50",
        "Lacey 23m - eczema flare arms/knees. Emollients + hydrocortisone 1% 7/7. Brought by Mum with baby brother.",
        "Lacey; Mum; Mason",
        None,
    ),
    (
        HV,
        "2025-10-14",
        "Tel contact - CK: Mason 'windy, crying a lot in the evenings'. ICON reinforced (crying is normal, it will stop, never shake). 6-8 week review booked 27/10.",
        "Mason; CK; Jo Firth",
        None,
    ),
    (
        GP,
        "2025-10-20 14:30",
        "Mason 6/52 baby check (Dr Mehta). Wt 4.40kg. Hips, eyes, heart, genitalia NAD. Skin NAD - no marks. CK PN check: mood 'fine'; Depo-Provera given.",
        "Mason; Chantelle Kettle; Dr Mehta",
        None,
    ),
    # Monday 27 October: HV visit (null), HV's call to the SW (E04), GP info request (null),
    # strategy discussion (E05), unrelated GP appointment for Lacey (null), CSC visit (null)
    (
        HV,
        "2025-10-27 10:00",
        "6-8 week review at home (Jo Firth). Mason 7/52, wt 4.78kg. On undressing: 3 small bruises - L cheek 1cm bluish, R upper arm x2 fingertip-size 0.5-0.8cm. Non-mobile baby. CK: 'Lacey must have grabbed him' or 'the car seat strap'. JP at work. Lacey present. Body map done. Explained I must share this with children's services today.",
        "Mason; CK; Lacey; Jo Firth",
        None,
    ),
    (
        HV,
        "2025-10-27 11:20",
        "Tel to MASH per bruising in non-mobile babies protocol - spoke to SW Priya Sandhu. Described bruising x3 found at 6-8wk review. SW: strategy discussion this afternoon, HV to join on Teams. MARF + body map emailed 12:40.",
        "Mason; Jo Firth; SW Sandhu",
        "E04",
    ),
    (
        CSC,
        "2025-10-27 11:20",
        "Contact from Joanne Firth, health visitor, by telephone. At this morning's 6-8 week review she found three small bruises on Mason, who is seven weeks old and not mobile: one on his left cheek and two on his right upper arm. Mother's explanations were that his sister may have grabbed him, or the car-seat strap. Discussed with TM Oldham: strategy discussion at 15:30 today; child protection medical to be requested.",
        "Mason Kettle; Jo Firth; TM Oldham; Chantelle Kettle; Lacey Kettle",
        "E04",
    ),
    (
        GP,
        "2025-10-27 14:05",
        "Tel from MASH - info request for strat disc today (Mason, Lacey). Shared: 6/52 check 20/10 - no marks documented; CK PHQ-9 11 in 08/25, depot 20/10. JP not registered here. Not able to join.",
        "Mason; Lacey; Chantelle Kettle; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2025-10-27 15:30",
        "Strategy discussion (Teams), chaired by TM Mark Oldham. Present: SW Priya Sandhu, DS Kerry Wade (police), Joanne Firth (health visitor). GP information given by phone. Three bruises on a non-mobile baby without a clear explanation; domestic incident in July; both parents' drinking. Agreed: section 47 enquiries, joint with police; child protection medical tomorrow morning at the Children's Assessment Unit, Kingsmead; Lacey to be seen; safety plan tonight - Denise Kettle to stay at the family home and supervise all of Mason's care.",
        "Mason Kettle; Lacey Kettle; Chantelle Kettle; Jordan Pike; Denise Kettle; TM Oldham; SW Sandhu; DS Wade; Jo Firth",
        "E05",
    ),
    (
        POL,
        "2025-10-27 15:30",
        "Strat disc (MASH, Teams) - KETTLE, Mason 7wks: bruising x3 face/arm, non-mobile. DS Wade att. Outcome: joint s47, CP medical 28/10 09:30, OIC DC Brannigan (PPU). Interim safety plan - MGM to supervise. Crime recording pending medical.",
        "Mason Kettle; DS Wade; DC Brannigan; MGM",
        "E05",
    ),
    (
        HV,
        "2025-10-27 15:30",
        "Strategy discussion - HV joined via Teams. s47 agreed (joint), CP medical tomorrow am. HV to share growth/contacts and visit again this week.",
        "Mason; Lacey; Jo Firth",
        "E05",
    ),
    (
        GP,
        "2025-10-27 15:40",
        "Lacey - seen with MGM. Cough 5/7, T 37.6, chest clear, eczema improving. Viral URTI - fluids, paracetamol, safety-net.",
        "Lacey; MGM; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2025-10-27 18:10",
        "Home visit with TM Oldham to agree the safety plan. Ms Kettle, Mr Pike and Denise Kettle present. Parents agreed Denise will stay at the flat until further notice and that Mason is not to be left alone with either parent. Both denied causing the bruises. Lacey seen playing; no marks seen.",
        "Chantelle Kettle; Jordan Pike; Denise Kettle; Lacey Kettle; Mason Kettle; TM Oldham; SW Sandhu",
        None,
    ),
    # E06 child protection medical (hospital, SW and DC present; GP files the report 10 days later)
    (
        HOS,
        "2025-10-28 09:30",
        "Children's Assessment Unit - CP medical (Dr R Carver, Cons Paed). Mason 7/52, brought by mother and MGM; SW and DC Brannigan present. Findings: 10mm bruise L cheek; 2 x 5-8mm bruises R upper arm, ?fingertip pattern. Frenulum intact, no other marks. Explanations: sibling grabbing; car seat. Ix: FBC, clotting, bone profile - normal. CT head - no fracture, no intracranial injury. Skeletal survey - no fractures; repeat at 11-14 days. Ophthalmology - no retinal haemorrhages. Opinion: unexplained bruising in a non-mobile infant; inflicted injury cannot be excluded.",
        "Mason Kettle; Chantelle Kettle; MGM; Dr Carver; SW Sandhu; DC Brannigan",
        "E06",
    ),
    (
        CSC,
        "2025-10-28",
        "Attended Mason's child protection medical at the Children's Assessment Unit with Ms Kettle and Denise. Dr Carver's view is that there is no accidental explanation that fits bruises on a baby who cannot move himself, though it cannot be said who caused them. Scan, x-rays and eye examination clear; the x-rays will be repeated in two weeks. Mason went home under the safety plan.",
        "Mason Kettle; Chantelle Kettle; Denise Kettle; Dr Carver",
        "E06",
    ),
    (
        POL,
        "2025-10-28 14:00",
        "DC Brannigan - att CP medical, CAU Kingsmead 09:30. Paed opinion: bruising unexplained, NAI not excluded. Crime recorded - assault ABH (s47 OAPA), suspect unknown. Vol interviews KETTLE/PIKE to be arranged.",
        "Mason Kettle; DC Brannigan; Chantelle Kettle; PIKE",
        "E06",
    ),
    # two home visits by different agencies on consecutive days (both null)
    (
        CSC,
        "2025-10-29 16:00",
        "Unannounced home visit. Denise answered the door; Ms Kettle in the lounge with Mason, Mr Pike at work. Mason asleep in his Moses basket; Lacey playing. Flat warm. Empty cans in the recycling - Ms Kettle says 'from the weekend'. Denise says the safety plan is being kept.",
        "Denise Kettle; Chantelle Kettle; Mason Kettle; Lacey Kettle; Jordan Pike",
        None,
    ),
    (
        HV,
        "2025-10-30 10:30",
        "Home visit (JF) following CP medical. Mason wt 4.86kg, 5oz 3-hrly. Skin checked - no new marks. MGM present, staying. CK tearful - 'everyone thinks we hurt him'. Lacey 2yr review to be booked.",
        "Mason; CK; MGM; Lacey; JF",
        None,
    ),
    (
        POL,
        "2025-10-31 10:00",
        "Voluntary interviews under caution (DC Brannigan) - KETTLE, Chantelle and PIKE, Jordan, separately. Both deny causing injuries. PIKE accepts he had 'a few cans' Sat 25/10 and was alone with baby 'for an hour' Sun 26/10. Await repeat skeletal survey.",
        "Chantelle Kettle; PIKE; Mason Kettle; DC Brannigan",
        None,
    ),
    # ---------------- November ----------------
    (
        GP,
        "2025-11-03 10:10",
        "Mason 8/52 imms (PN) - 6-in-1, MenB, rotavirus. Brought by MGM and Mum. No marks noted. Paracetamol advice post MenB.",
        "Mason; MGM; Mum",
        None,
    ),
    (
        HV,
        "2025-11-03 14:30",
        "Minutes of strategy discussion 27/10 rec'd by secure email from MASH - filed. HV actions: weekly contact, weights to SW.",
        "Mason; Lacey",
        "E05",
    ),
    (
        CSC,
        "2025-11-05 11:00",
        "Statutory visit. Mr Pike present for the first time since the medical. He says he drinks 6-8 cans on Friday and Saturday nights and sometimes in the week; he agreed to a referral to Bridgeway. Ms Kettle says she has 'cut right down'. Denise still staying.",
        "Jordan Pike; Chantelle Kettle; Denise Kettle",
        None,
    ),
    (
        HV,
        "2025-11-06 10:30",
        "HV visit (JF). Mason wt 5.10kg (25th-50th), smiling, no marks. CK EPDS 14 - advised to see GP. MGM present.",
        "Mason; CK; MGM; JF",
        None,
    ),
    (
        GP,
        "2025-11-07",
        "Letter Dr Carver (CAU) - CP medical 28/10/25: Mason, 3 unexplained bruises face/arm in non-mobile infant. CT head, SS, ophthalmology NAD; bloods incl clotting normal. Repeat SS 10/11. s47 ongoing. Safeguarding alert added.",
        "Mason; Dr Carver",
        "E06",
    ),
    # Monday 10 November: repeat skeletal survey (E07, with its report and the GP letter) and the
    # second strategy meeting (E08) - two different events, hospital in both
    (
        HOS,
        "2025-11-10 09:15",
        "Radiology: follow-up skeletal survey (Mason, 9/52) per CP protocol. Attended with mother and MGM. Images to paediatric radiologist for reporting.",
        "Mason Kettle; Chantelle Kettle; MGM",
        "E07",
    ),
    (
        CSC,
        "2025-11-10 14:00",
        "Strategy meeting (second), Civic Centre. Chair TM Oldham. Present: SW Sandhu, DC Brannigan, Dr Carver (consultant paediatrician, by phone), Joanne Firth (health visitor). Updates: parents interviewed by police and deny causing the bruises; blood tests normal; second skeletal survey taken this morning, report awaited. Agreed: threshold met for an initial child protection conference; section 47 enquiries continue; Mr Pike to be referred to Bridgeway; the GP to be asked to review Ms Kettle's mood and drinking.",
        "Mason Kettle; Lacey Kettle; Jordan Pike; Chantelle Kettle; TM Oldham; SW Sandhu; DC Brannigan; Dr Carver; Jo Firth",
        "E08",
    ),
    (
        POL,
        "2025-11-10 14:00",
        "Strat mtg (2nd) re KETTLE children - DC Brannigan att. Outcome: ICPC to be convened, s47 continues. Crim: vol interviews complete, await repeat SS report.",
        "Mason Kettle; Lacey Kettle; DC Brannigan",
        "E08",
    ),
    (
        HOS,
        "2025-11-10 14:00",
        "Safeguarding (paediatrics): Dr Carver joined multi-agency strategy meeting by phone. CP medical findings confirmed; follow-up SS taken today, result pending. Outcome: ICPC.",
        "Mason Kettle; Dr Carver",
        "E08",
    ),
    (
        HV,
        "2025-11-10",
        "Strategy meeting (Civic Centre) - JF attended. ICPC to be arranged; HV report required.",
        "Mason; Lacey; JF",
        "E08",
    ),
    # Tuesday 11 November: two different referrals to Bridgeway sent the same day
    (
        CSC,
        "2025-11-11 09:45",
        "Referral emailed to Bridgeway Recovery Service for Jordan Pike (alcohol), with his consent: 6-8 cans most weekends; unexplained bruising to his baby son and section 47 enquiries. Asked for an assessment and a report for the conference.",
        "Jordan Pike; Mason Kettle",
        "E09",
    ),
    (
        GP,
        "2025-11-11 11:30",
        "CK - SW asked for r/v. Low mood, EPDS (HV) 14, PHQ-9 13, no SI. Alcohol: AUDIT 15 - drinks with partner 'to cope', 4 nights/wk. Sertraline 50mg od. Referral letter to Bridgeway (alcohol) sent with consent. R/v 2/52.",
        "Chantelle Kettle; Dr Mehta",
        "E10",
    ),
    (
        REC,
        "2025-11-12",
        "New referral rec'd from Children's Social Care (P Sandhu) - Jordan Pike, 23, alcohol; CP enquiries re baby son. Triage appt offered Mon 24/11 10:00 by text.",
        "Jordan Pike; P Sandhu",
        "E09",
    ),
    (
        GP,
        "2025-11-12",
        "ICPC report (Mason, Lacey) sent to conference service: 6/52 check no marks; imms up to date; CK mood/alcohol - sertraline started, ref Bridgeway. Dr Mehta unable to attend (surgery).",
        "Mason; Lacey; Chantelle Kettle; Dr Mehta",
        None,
    ),
    (
        HOS,
        "2025-11-13 09:00",
        "Radiology report (paediatric radiologist): follow-up skeletal survey 10/11/25 - no healing fractures identified. Emailed to Dr Carver; copy letters to SW and GP.",
        "Mason Kettle; Dr Carver",
        "E07",
    ),
    (
        HOS,
        "2025-11-13 16:00",
        "Safeguarding team: written report for ICPC 17/11 submitted (Dr Carver) - CP medical findings and opinion; follow-up investigations normal. Not attending (clinic).",
        "Mason Kettle; Dr Carver",
        None,
    ),
    (
        HV,
        "2025-11-13 10:30",
        "HV visit (JF). Mason wt 5.25kg. No marks. Denise says JP 'drinking less'. CK quiet.",
        "Mason; Denise; JP; CK; JF",
        None,
    ),
    (
        CSC,
        "2025-11-14 09:10",
        "Email from Dr Carver: Mason's second skeletal survey (10 November) shows no healing fractures.",
        "Mason Kettle; Dr Carver",
        "E07",
    ),
    (
        CSC,
        "2025-11-14 15:00",
        "Shared the social work report for Monday's conference with Ms Kettle and Mr Pike at home. Mr Pike disagreed with the section on his drinking.",
        "Chantelle Kettle; Jordan Pike",
        None,
    ),
    (
        POL,
        "2025-11-14",
        "ICPC 17/11 - police report submitted to conference service: DA 07/25 standard; PIKE caution 2022; assault investigation ongoing, no suspect charged.",
        "Mason Kettle; Lacey Kettle; PIKE",
        None,
    ),
    (
        HV,
        "2025-11-14",
        "HV report for ICPC emailed to conference service (growth, contacts, EPDS 14, Lacey's speech).",
        "Mason; Lacey; JF",
        None,
    ),
    # E11 ICPC
    (
        CSC,
        "2025-11-17 10:00",
        "Initial child protection conference (chair Gillian Hart). Present: Ms Kettle, Mr Pike, Denise Kettle, SW Sandhu, DC Brannigan, Joanne Firth (health visitor). Written reports from the GP and Kingsmead paediatrics. Outcome: Mason - child protection plan under physical abuse; Lacey - child protection plan under neglect. Denise's supervision to continue; written agreement about alcohol in the home; Bridgeway to join the core group; first core group 2 December.",
        "Mason Kettle; Lacey Kettle; Chantelle Kettle; Jordan Pike; Denise Kettle; IRO Hart; SW Sandhu; DC Brannigan; Jo Firth",
        "E11",
    ),
    (
        POL,
        "2025-11-17 10:00",
        "ICPC - DC Brannigan att. Both children CP plans (Mason physical, Lacey neglect). Police: investigation ongoing.",
        "Mason Kettle; Lacey Kettle; DC Brannigan",
        "E11",
    ),
    (
        HV,
        "2025-11-17",
        "ICPC attended (JF). CP plans x2. HV core group member - weekly visits; Lacey 2yr review + ASQ-3 to be done.",
        "Mason; Lacey; JF",
        "E11",
    ),
    (
        GP,
        "2025-11-17 16:20",
        "Mason - Mum c/o possetting after feeds. Wt 5.3kg, thriving. Reflux advice, Gaviscon Infant. Mum mentions 'the child protection meeting this morning'.",
        "Mason; Mum; Dr Mehta",
        None,
    ),
    (
        REC,
        "2025-11-18",
        "Referral letter rec'd from Market Street Surgery (Dr Mehta, dated 11/11) - Chantelle Kettle, 20. AUDIT 15, low mood. Assessment appt Mon 01/12 offered by letter.",
        "Chantelle Kettle; Dr Mehta",
        "E10",
    ),
    # E12 joint HV/SW visit; an unrelated GP appointment for the grandmother the same morning
    (
        HV,
        "2025-11-21 10:00",
        "JV with SW (P Sandhu) at home. Mason wt 5.40kg, no marks, good head control. CK and MGM present, JP at work. Lacey: ~10 words - SALT referral to be made. Safe sleep re-checked (Moses basket), SUDI advice.",
        "Mason; CK; MGM; JP; Lacey; SW Sandhu; JF",
        "E12",
    ),
    (
        CSC,
        "2025-11-21 10:00",
        "Joint home visit with the health visitor. Mason alert and smiling, no marks. Denise still staying. Ms Kettle says Mr Pike now drinks only at weekends and 'outside'. Lacey's speech discussed - health visitor will refer her to speech and language therapy.",
        "Mason Kettle; Denise Kettle; Chantelle Kettle; Jordan Pike; Lacey Kettle; Jo Firth",
        "E12",
    ),
    (
        GP,
        "2025-11-21 11:40",
        "Denise Kettle, 46 - BP review 148/92. Stress - 'looking after my grandkids full-time'. Amlodipine 5mg. R/v 4/52.",
        "Denise Kettle; Dr Mehta",
        None,
    ),
    (
        HV,
        "2025-11-21 15:00",
        "Referral to community SALT sent (Lacey, 2y1m) - expressive language delay.",
        "Lacey; JF",
        None,
    ),
    # conference outcome letters (null) and the week of missed appointments (24-27 Nov)
    (
        GP,
        "2025-11-24",
        "Letter from conference service: ICPC 17/11/25 - Mason (physical abuse) and Lacey (neglect) subject to CP plans. Core group 02/12. Coded.",
        "Mason; Lacey",
        None,
    ),
    (
        REC,
        "2025-11-24 10:00",
        "Triage appt - Jordan DNA. No contact. Text + letter sent; SW informed by email.",
        "Jordan; SW Sandhu",
        None,
    ),
    # E13 paediatric follow-up clinic was not brought, and the GP's letter about it
    (
        HOS,
        "2025-11-25 14:00",
        "Paed OPD (Dr Carver) - Mason WNB for follow-up after CP medical. Child on CP plan: SW informed by phone. New appointment to be sent. Letter to GP.",
        "Mason Kettle; Dr Carver; SW Sandhu",
        "E13",
    ),
    (
        HOS,
        "2025-11-26 11:00",
        "Safeguarding team: ICPC outcome letter rec'd - Mason and Lacey subject to CP plans from 17/11. PAS alert updated.",
        "Mason Kettle; Lacey Kettle",
        None,
    ),
    (
        GP,
        "2025-11-26 09:20",
        "CK - DNA sertraline r/v (2/52). Text sent to rebook.",
        "Chantelle Kettle",
        None,
    ),
    (
        HV,
        "2025-11-27 09:30",
        "Lacey 2yr review, Castle Elston Family Hub clinic - WNB. CK texted later 'forgot'. Rebooked 11/12 at home. SW informed by email.",
        "Lacey; CK; SW Sandhu",
        None,
    ),
    # ---------------- December ----------------
    (
        REC,
        "2025-12-01 10:00",
        "Assessment - Chantelle Kettle (SD). AUDIT 14. Cider/vodka 3-4 nights/wk with partner, 'to cope'. Goals: cut down; no drinking in the flat when children up. Weekly 1:1 with SD agreed. Consent to share with SW/GP.",
        "Chantelle Kettle; SD",
        None,
    ),
    (
        REC,
        "2025-12-02 11:00",
        "Triage (rebooked after DNA) - Jordan Pike attended. AUDIT 19: 10-12 cans Fri/Sat + some weeknights. Denies daytime drinking. Allocated SD. Consent to share.",
        "Jordan Pike; SD",
        None,
    ),
    # E14 first core group
    (
        CSC,
        "2025-12-02 14:00",
        "First core group meeting, Castle Elston Family Hub. Present: Ms Kettle, Mr Pike, Denise, SW Sandhu, Joanne Firth (HV), Shaun Dyer (Bridgeway). Plan: Denise continues to supervise Mason's care; no alcohol in the flat; both parents to see Bridgeway weekly; health visitor weekly; Lacey's 2-year review rebooked; paediatric follow-up to be rebooked after the missed appointment.",
        "Chantelle Kettle; Jordan Pike; Denise Kettle; SW Sandhu; Jo Firth; Shaun Dyer; Mason Kettle; Lacey Kettle",
        "E14",
    ),
    (
        HV,
        "2025-12-02 14:00",
        "Core group 1 (Family Hub) - JF attended. HV: weekly visits; Lacey 2yr review 11/12; SALT referral made.",
        "Mason; Lacey; JF",
        "E14",
    ),
    (
        REC,
        "2025-12-02 14:00",
        "Core group (CP) at Family Hub - SD attended. CK and JP both now engaged - weekly 1:1s. Agreed to share attendance and breath tests with SW.",
        "CK; JP; SD",
        "E14",
    ),
    (
        GP,
        "2025-12-03",
        "Letter Kingsmead paed OPD - Mason not brought 25/11. On CP plan - practice safeguarding lead aware. Hospital to re-appoint.",
        "Mason",
        "E13",
    ),
    (
        HV,
        "2025-12-04 10:30",
        "HV visit (JF). Mason wt 5.65kg, no marks, feeding well. MGM present. CK says 'Jordan's been good'.",
        "Mason; MGM; CK; Jordan; JF",
        None,
    ),
    # E15 first ED attendance (Saturday 6 Dec, crying) - notifications and the GP letter
    (
        HOS,
        "2025-12-06 02:10",
        "Paed ED: Mason 12/52, brought by mother and partner 01:50. Inconsolable crying approx 3h, 'not himself'. Afebrile, obs normal, fontanelle soft, full skin check - no marks/bruising. Fed 4oz in dept, settled. Imp: infant crying/colic. CP plan flagged on PAS - safeguarding liaison form completed. D/c 04:00. Letter to GP.",
        "Mason Kettle; Chantelle Kettle; Jordan Pike",
        "E15",
    ),
    (
        CSC,
        "2025-12-08 09:30",
        "Notification from the Kingsmead paediatric liaison nurse: Mason was taken to the Emergency Department in the early hours of Saturday 6 December by his mother and Mr Pike because he would not stop crying. He was examined, no injuries were found and he went home. Will discuss at this week's visit.",
        "Mason Kettle; Chantelle Kettle; Jordan Pike",
        "E15",
    ),
    (
        REC,
        "2025-12-08 11:00",
        "1:1 CK (SD). Drinking down to 2 nights/wk. BAC 0.00. Mentions Mason 'screaming all night Friday, we ended up at A&E'. Relapse triggers work.",
        "CK; Mason; SD",
        None,
    ),
    (
        HV,
        "2025-12-09",
        "A&E liaison notification: Mason att Kingsmead 06/12 01:50 - crying, no injury found, d/c. Review at visit 11/12.",
        "Mason; JF",
        "E15",
    ),
    (
        REC,
        "2025-12-09 14:00",
        "1:1 JP (SD). BAC 0.02. Says 3 cans Sat, none since. Drink diary started.",
        "JP; SD",
        None,
    ),
    (
        HV,
        "2025-12-11 10:00",
        "Lacey 2yr review at home - ASQ-3: communication below cut-off, other domains OK. Wt 12.1kg. SALT referral already sent. Mason wt 5.80kg, settled, no marks. MGM present.",
        "Lacey; Mason; MGM; JF",
        None,
    ),
    # E16 skull fracture (Saturday 13 Dec): ED/admission, EDT, police that night; HV notification;
    # discharge and the SW collecting him; GP files the discharge summary 10 days later
    (
        HOS,
        "2025-12-13 22:40",
        "Paed ED: Mason 13/52 brought by mother and MGM at 22:25. Boggy swelling R parietal noticed at bathtime. Mother's account: partner 'tripped on the stairs carrying him' approx 19:00; partner had been drinking and left the house after. MGM out 18:00-21:30. GCS 15, irritable. CT head: linear R parietal skull fracture, small overlying haematoma, no intracranial haemorrhage. Admitted Ward 12 (paeds), neuro obs. On CP plan - EDT informed 23:30, police informed 00:40 by nurse in charge.",
        "Mason Kettle; Chantelle Kettle; MGM; Jordan Pike",
        "E16",
    ),
    (
        CSC,
        "2025-12-13 23:30",
        "EDT: call from Kingsmead Emergency Department. Mason (13 weeks, on a child protection plan) has a skull fracture. His mother says Mr Pike fell on the stairs while carrying him at about 7pm; he had been drinking; Denise was out for the evening. Mason admitted to the children's ward, no unsupervised parental contact. Lacey with a neighbour - agreed with police she goes to Denise's address overnight. Day team to be informed.",
        "Mason Kettle; Chantelle Kettle; Jordan Pike; Denise Kettle; Lacey Kettle",
        "E16",
    ),
    (
        POL,
        "2025-12-14 00:40",
        "Occ 25/181004. Call from Kingsmead ED - KETTLE, Mason 3m, skull fracture, subject to CP plan. Account: PIKE fell on stairs carrying baby approx 19:00, in drink. Officers att Tanners Row 01:15 - PIKE at addr, intox, arrested on suspicion s18 GBH. KETTLE, Chantelle arrested 02:10 at Kingsmead - child neglect (s1 CYPA 1933). Child (2) to MGM's. EDT aware.",
        "Mason Kettle; PIKE; Chantelle Kettle; Lacey Kettle; MGM",
        "E16",
    ),
    # E17 joint visit the next morning to see Lacey at the grandmother's
    (
        POL,
        "2025-12-14 11:00",
        "JV - DC Brannigan + EDT SW to MGM's addr, Meadow Close. Lacey seen and checked - no visible injuries, well. MGM states she went out at 18:00 leaving both children with KETTLE and PIKE 'for a couple of hours'. Lacey to remain with MGM.",
        "Lacey Kettle; MGM; DC Brannigan",
        "E17",
    ),
    (
        CSC,
        "2025-12-14 11:00",
        "EDT: joint visit with DC Brannigan to Denise Kettle's home in Meadow Close. Lacey seen; well, no marks seen. Denise accepts she left the children with Ms Kettle and Mr Pike on Saturday evening, against the safety plan. Lacey to stay with Denise for now. Day team emailed.",
        "Lacey Kettle; Denise Kettle; DC Brannigan; Chantelle Kettle; Jordan Pike",
        "E17",
    ),
    (
        GP,
        "2025-12-15 09:00",
        "Tel from DC Brannigan - info request re Mason. Summary shared with SW agreement. JP not registered here.",
        "Mason; DC Brannigan; JP",
        None,
    ),
    (
        POL,
        "2025-12-15 10:00",
        "Interviews (DC Brannigan). PIKE: tripped on 3rd stair carrying baby, head hit bannister; 'didn't think it was bad', went out for cigs; admits 6 cans. KETTLE: in kitchen, didn't see. PIKE bailed - conds: not to reside Tanners Row, no contact with Mason or Lacey, not to attend Meadow Close. KETTLE RUI.",
        "PIKE; Chantelle Kettle; Mason Kettle; Lacey Kettle; DC Brannigan",
        None,
    ),
    (
        HV,
        "2025-12-15 09:30",
        "Notification from Kingsmead paed liaison: Mason admitted Sat 13/12 via A&E - skull fracture. Police involved. Strategy discussion today.",
        "Mason; JF",
        "E16",
    ),
    # E18 third strategy discussion (HV records it separately from her notification above)
    (
        CSC,
        "2025-12-15 14:00",
        "Strategy discussion (third), Teams. Chair TM Oldham. Present: SW Sandhu, DS Wade, Dr Carver, Claire Mottram (named nurse), Joanne Firth (HV). Mason's skull fracture while on a child protection plan; the safety plan was not followed; both parents arrested. Agreed: new section 47 enquiries for Mason and Lacey; when fit for discharge Mason to go to Denise under section 20 with Ms Kettle's agreement and a strengthened plan; legal planning meeting requested; skeletal survey and eye examination today.",
        "Mason Kettle; Lacey Kettle; Denise Kettle; Chantelle Kettle; TM Oldham; SW Sandhu; DS Wade; Dr Carver; Claire Mottram; Jo Firth",
        "E18",
    ),
    (
        POL,
        "2025-12-15 14:00",
        "Strat disc (3rd) - DS Wade. Outcome: s47 both children. PIKE bailed with no-contact conds, KETTLE RUI. Police to share interview accounts.",
        "Mason Kettle; Lacey Kettle; PIKE; DS Wade",
        "E18",
    ),
    (
        HOS,
        "2025-12-15 14:00",
        "Strategy discussion - Dr Carver and Named Nurse Mottram. Medical: fracture consistent with an impact; account of a fall on the stairs is possible but the delay in presentation (~3.5h) is of concern. SS + ophthalmology this pm.",
        "Mason Kettle; Dr Carver; Named Nurse Mottram",
        "E18",
    ),
    (
        HV,
        "2025-12-15 14:00",
        "Strategy meeting via Teams - JF attended. s47; Mason to MGM's on discharge (s20). HV to visit at MGM's after d/c.",
        "Mason; MGM; JF",
        "E18",
    ),
    (
        GP,
        "2025-12-16",
        "A&E letter 06/12/25 - Mason: crying, no injury found, d/c. Nil GP action.",
        "Mason",
        "E15",
    ),
    (
        REC,
        "2025-12-16 10:00",
        "1:1 JP (SD). Says he was arrested 'over Mason', on bail, staying at his brother's. BAC 0.03. Distressed - crisis line numbers given.",
        "JP; Mason; SD",
        None,
    ),
    (
        CSC,
        "2025-12-17 10:00",
        "Legal planning meeting with Legal Services. Threshold for care proceedings considered met; agreed to enter pre-proceedings under the Public Law Outline; viability assessment of Denise as a connected carer.",
        "Mason Kettle; Lacey Kettle; Denise Kettle",
        None,
    ),
    (
        HOS,
        "2025-12-19 11:00",
        "Ward 12 discharge summary: Mason, adm 13/12-19/12. R parietal linear skull fracture. SS 15/12 - no other fractures; ophthalmology - no RH; bloods normal. Neuro obs stable throughout. D/c to MGM (Denise Kettle) under s20 agreement, SW present. Paed OPD f/u 6/52 (Dr Carver). Copy GP, HV, SW.",
        "Mason Kettle; MGM; Dr Carver; SW Sandhu",
        "E16",
    ),
    (
        CSC,
        "2025-12-19 11:00",
        "Collected Mason from Ward 12 with Denise after discharge. Ms Kettle signed the section 20 agreement yesterday. Mason and Lacey now both living with Denise at Meadow Close; Ms Kettle to have daily supervised time there; Mr Pike no contact (bail conditions).",
        "Mason Kettle; Denise Kettle; Chantelle Kettle; Lacey Kettle; Jordan Pike",
        "E16",
    ),
    (
        HV,
        "2025-12-22 10:30",
        "Visit at MGM's (Meadow Close). Mason wt 6.10kg, settled, swelling reduced. Lacey well. MGM tired - 2 children in a 2-bed flat; cot + safe sleep checked. CK visiting daily.",
        "Mason; Lacey; MGM; CK; JF",
        None,
    ),
    (
        CSC,
        "2025-12-23 14:00",
        "Statutory visit to Denise's. Both children well. Christmas Day plan agreed: Ms Kettle to spend the day at Denise's, supervised by Denise. Mr Pike to have no contact.",
        "Denise Kettle; Mason Kettle; Lacey Kettle; Chantelle Kettle; Jordan Pike",
        None,
    ),
    (
        REC,
        "A:2025-12-22:2026-01-02:over Christmas (approx.)",
        "JP reports a relapse over Christmas - 'two days on it' at his brother's. No contact with children (bail). Re-engaged.",
        "JP; SD",
        None,
    ),
    (
        GP,
        "2025-12-29",
        "Kingsmead d/c summary 19/12/25 - Mason adm 13-19/12, R parietal skull fracture; NAI investigations otherwise negative. Now with MGM (s20). Paed f/u 6/52. Safeguarding alert updated.",
        "Mason; MGM",
        "E16",
    ),
    (
        REC,
        "2025-12-30 11:00",
        "1:1 CK (SD). Says she has not drunk since 13/12. BAC 0.00. Sertraline via GP.",
        "CK; SD",
        None,
    ),
    # ---------------- January ----------------
    (
        CSC,
        "2026-01-05",
        "Letter before proceedings sent to Ms Kettle and Mr Pike (Public Law Outline); pre-proceedings meeting 12 January.",
        "Chantelle Kettle; Jordan Pike",
        None,
    ),
    (
        GP,
        "2026-01-06 10:40",
        "CK - sertraline r/v. Mood 'up and down', PHQ-9 12. Increase to 100mg. Alcohol - reports abstinent 3/52.",
        "Chantelle Kettle; Dr Mehta",
        None,
    ),
    # E19 second core group, a month after the first
    (
        CSC,
        "2026-01-06 14:00",
        "Second core group meeting, Castle Elston Family Hub. Present: Ms Kettle, Denise, SW Sandhu, Joanne Firth (HV), Shaun Dyer (Bridgeway). Mr Pike not present (bail conditions); Bridgeway gave his update. Plan revised: children living with Denise under section 20; Ms Kettle's time with them supervised by Denise; Mason's paediatric follow-up and missed immunisations to be arranged.",
        "Chantelle Kettle; Denise Kettle; SW Sandhu; Jo Firth; Shaun Dyer; Jordan Pike; Mason Kettle; Lacey Kettle",
        "E19",
    ),
    (
        HV,
        "2026-01-06 14:00",
        "Core group 2 (Family Hub) - JF attended. HV: fortnightly visits at MGM's; chase Mason's late imms; SALT appt for Lacey awaited.",
        "Mason; Lacey; MGM; JF",
        "E19",
    ),
    (
        REC,
        "2026-01-06 14:00",
        "Core group #2 - SD attended. Shared: CK BAC 0.00 x3, weekly 1:1s. JP attending; lapse over Christmas disclosed.",
        "CK; JP; SD",
        "E19",
    ),
    (
        CSC,
        "2026-01-12 10:00",
        "Pre-proceedings meeting at the Civic Centre with Ms Kettle, Mr Pike and their solicitors. Expectations agreed: engagement with Bridgeway, no alcohol, supervision by Denise, parenting assessment.",
        "Chantelle Kettle; Jordan Pike; Denise Kettle",
        None,
    ),
    (
        POL,
        "2026-01-12",
        "File to CPS for early advice - PIKE (s18/s20 GBH), KETTLE (child neglect). Independent paediatric radiology opinion requested.",
        "PIKE; Chantelle Kettle; Mason Kettle",
        None,
    ),
    # E20 phone call GP <-> HV recorded at both ends
    (
        GP,
        "2026-01-14 12:30",
        "Tel to HV (Jo Firth) re Mason - 12/52 and 16/52 imms outstanding (Dec - admission, move to MGM's). Agreed HV to tell MGM; catch-up booked with PN 16/01. HV confirms no concerns at MGM's.",
        "Mason; Jo Firth; MGM; Dr Mehta",
        "E20",
    ),
    (
        HV,
        "2026-01-14 12:30",
        "Phone call from Dr Mehta (GP) - Mason behind with imms. Will let Denise know; PN appt 16/01. Shared: weight gain good, settled at Nan's.",
        "Mason; Dr Mehta; Denise; JF",
        "E20",
    ),
    (
        GP,
        "2026-01-16 10:00",
        "Mason - catch-up imms (PN), brought by MGM. Wt 6.5kg. No marks.",
        "Mason; MGM",
        None,
    ),
    (
        REC,
        "2026-01-22 14:00",
        "1:1 JP - DNA. Text sent. Rebooked 29/01.",
        "JP; SD",
        None,
    ),
    # E21 Lacey's ED attendance (Sunday), grandmother's call to the SW, GP letter
    (
        HOS,
        "2026-01-25 16:20",
        "Paed ED: Lacey 2y3m, brought by MGM. Fell from climbing frame at the park approx 15:30, 1.5cm forehead laceration. No LOC, behaving normally. Wound glued. Mechanism consistent, witnessed by MGM. Sibling on CP plan noted - liaison form. D/c.",
        "Lacey Kettle; MGM",
        "E21",
    ),
    (
        CSC,
        "2026-01-26 09:40",
        "Denise rang to let me know Lacey fell off the climbing frame at the park yesterday afternoon and had a cut on her forehead glued at A&E. Denise saw her fall. Ms Kettle was not there.",
        "Denise Kettle; Lacey Kettle; Chantelle Kettle",
        "E21",
    ),
    (
        REC,
        "2026-01-29 14:00",
        "1:1 JP (SD). BAC 0.00. Says he misses the children, 'finding it hard not seeing Mason'. Relapse prevention plan updated.",
        "JP; Mason; SD",
        None,
    ),
    # E22 Saturday-night bail breach, Monday PPN, the father's call to Bridgeway about it
    (
        POL,
        "2026-01-31 21:40",
        "Occ 26/014420. 999 from KETTLE, Denise - PIKE at door of Meadow Close, in drink, shouting, wanting to see his son. Att 21:55 - PIKE in street, arrested for breach of pre-charge bail conditions. 2 children inside asleep - not disturbed. PPN submitted (children).",
        "Denise Kettle; PIKE; Mason Kettle; Lacey Kettle",
        "E22",
    ),
    (
        POL,
        "2026-02-01 10:30",
        "PIKE - custody. Breach of bail: re-bailed, same conditions. Warned.",
        "PIKE",
        None,
    ),
    (
        CSC,
        "2026-02-02 09:15",
        "MASH: Police Protection Notice - Mr Pike went to Denise's home on Saturday night, 31 January, drunk and shouting to see Mason; arrested for breaching his bail. The children were asleep and were not woken. Passed to the allocated social worker.",
        "Jordan Pike; Denise Kettle; Mason Kettle; Lacey Kettle",
        "E22",
    ),
    (
        HV,
        "2026-02-02 10:30",
        "Visit at MGM's. Mason 21/52, wt 7.0kg, rolling. Lacey - glue strip on forehead, healing. MGM upset about Sat night - JP turned up drunk, police came; children slept through.",
        "Mason; Lacey; MGM; JP; JF",
        None,
    ),
    (
        GP,
        "2026-02-02",
        "A&E letter 25/01/26 - Lacey: forehead laceration (fall in park), glued, d/c. Nil action.",
        "Lacey",
        "E21",
    ),
    (
        REC,
        "2026-02-03 10:00",
        "Tel from JP - can't make today: 'got nicked Saturday for going to Denise's', kept in overnight, bailed again. Admits he'd 'had a few'. Rebooked Tue 10/02 with SW (3-way).",
        "JP; Denise; SD",
        "E22",
    ),
    # ---------------- February ----------------
    (
        GP,
        "2026-02-09",
        "RCPC report (Mason, Lacey) sent to conference service: Mason imms caught up; CK sertraline 100mg, mood improving. Dr Mehta unable to attend.",
        "Mason; Lacey; Chantelle Kettle; Dr Mehta",
        None,
    ),
    # E23 three-way meeting at Bridgeway (CSC records it with a w/c date)
    (
        REC,
        "2026-02-10 14:00",
        "3-way - JP, SD and SW (P Sandhu) at Bridgeway. BAC 0.00. Lapse 31/01 discussed; relapse prevention plan shared with SW. JP agreed weekly breath tests shared with SW.",
        "JP; SD; P Sandhu",
        "E23",
    ),
    (
        CSC,
        "A:2026-02-09:2026-02-13:w/c 9 February 2026",
        "Met Mr Pike with his worker Shaun at the recovery service. Talked about what happened at Denise's on the Saturday night. He blew 0 on their breath test and agreed the results can be sent to me each week.",
        "Jordan Pike; Shaun; Denise Kettle",
        "E23",
    ),
    (
        POL,
        "2026-02-11",
        "RCPC 16/02 - police report submitted to conference service: bail breach 31/01; investigation - CPS advice awaited. Police not attending.",
        "Mason Kettle; Lacey Kettle; PIKE",
        None,
    ),
    (
        REC,
        "2026-02-12 09:30",
        "Report for review CP conference 16/02 sent to conference service - CK: 8 wks abstinent, BAC 0.00 x7; JP: attending, 1 lapse + 1 relapse.",
        "CK; JP; SD",
        None,
    ),
    (
        HOS,
        "2026-02-12 15:00",
        "Safeguarding team: report for RCPC 16/02 submitted (admission 13-19/12, skull fracture). Named nurse unable to attend.",
        "Mason Kettle; Named Nurse Mottram",
        None,
    ),
    # E24 RCPC
    (
        CSC,
        "2026-02-16 10:00",
        "Review child protection conference (chair Gillian Hart). Present: Ms Kettle, Mr Pike, Denise, SW Sandhu, Joanne Firth (health visitor), Shaun Dyer (Bridgeway). Written reports from police, GP and Kingsmead. Mason and Lacey remain subject to child protection plans (physical abuse; neglect). Children stay with Denise under section 20; pre-proceedings continue. Next review in six months.",
        "Chantelle Kettle; Jordan Pike; Denise Kettle; SW Sandhu; Jo Firth; Shaun Dyer; IRO Hart; Mason Kettle; Lacey Kettle",
        "E24",
    ),
    (
        HV,
        "2026-02-16",
        "RCPC attended (JF). CP plans continue x2. HV: fortnightly at MGM's; Lacey SALT starts March.",
        "Mason; Lacey; MGM; JF",
        "E24",
    ),
    (
        REC,
        "2026-02-16 10:00",
        "Review CP conference - SD attended, gave update for CK and JP. Plans continue.",
        "CK; JP; SD",
        "E24",
    ),
    (
        GP,
        "2026-02-16 15:10",
        "Lacey - seen with MGM. Ear pulling 2/7, T 38.1, R TM bulging. AOM - amoxicillin 5/7.",
        "Lacey; MGM; Dr Mehta",
        None,
    ),
    (
        GP,
        "2026-02-20",
        "Letter from conference service: RCPC 16/02/26 - Mason and Lacey remain subject to CP plans. Coded.",
        "Mason; Lacey",
        None,
    ),
    # E25 paediatric follow-up clinic (attended) and the GP's letter 10 days later
    (
        HOS,
        "2026-02-23 10:30",
        "Paed OPD (Dr Carver): Mason 5/12, follow-up after skull fracture, attended with MGM. Well; HC 42.5cm (50th); rolling, reaching, social. No further imaging. Discharged from paediatric follow-up. Letter GP/SW.",
        "Mason Kettle; MGM; Dr Carver",
        "E25",
    ),
    (
        HV,
        "2026-02-24 10:30",
        "Visit at MGM's. Mason wt 7.6kg, sitting with support. MGM says clinic yesterday 'discharged him'. Lacey chatty, more words.",
        "Mason; MGM; Lacey; JF",
        None,
    ),
    # ---------------- March ----------------
    (
        CSC,
        "2026-03-02",
        "Viability assessment of Denise Kettle as a connected carer completed: positive - full connected persons assessment recommended.",
        "Denise Kettle; Mason Kettle; Lacey Kettle",
        None,
    ),
    (
        REC,
        "2026-03-03 11:00",
        "1:1 CK (SD). 11 wks abstinent, BAC 0.00. Planning volunteering.",
        "CK; SD",
        None,
    ),
    (
        GP,
        "2026-03-05",
        "Letter Dr Carver - paed OPD 23/02/26: Mason well post skull fracture, development normal, discharged from clinic.",
        "Mason; Dr Carver",
        "E25",
    ),
    # E26 police email of the CPS decision and the SW's receipt of it
    (
        POL,
        "2026-03-09 16:10",
        "CPS advice rec'd: PIKE - insufficient evidence s18/s20 (fall cannot be excluded) - NFA. KETTLE - NFA child neglect. Bail cancelled. SW and conference chair emailed by DC Brannigan.",
        "PIKE; Chantelle Kettle; DC Brannigan; SW Sandhu",
        "E26",
    ),
    (
        CSC,
        "2026-03-10 09:00",
        "Email from DC Brannigan (sent yesterday afternoon): the Crown Prosecution Service has advised no further action against Mr Pike or Ms Kettle; Mr Pike's bail has been cancelled. The child protection plan and the written agreement about contact still apply.",
        "DC Brannigan; Jordan Pike; Chantelle Kettle",
        "E26",
    ),
    (
        GP,
        "2026-03-16 09:30",
        "CK - sertraline r/v. Mood better, PHQ-9 7. Continue. Abstinent since Dec.",
        "Chantelle Kettle; Dr Mehta",
        None,
    ),
    # E27 third core group
    (
        CSC,
        "2026-03-16 14:00",
        "Third core group meeting, Castle Elston Family Hub. Present: Ms Kettle, Mr Pike (bail now cancelled), Denise, SW Sandhu, Joanne Firth (HV), Shaun Dyer (Bridgeway). Plan reviewed: Mr Pike's time with the children to start at a family centre, supervised; Ms Kettle's supervised time at Denise's increased; both parents continue with Bridgeway.",
        "Chantelle Kettle; Jordan Pike; Denise Kettle; SW Sandhu; Jo Firth; Shaun Dyer; Mason Kettle; Lacey Kettle",
        "E27",
    ),
    (
        HV,
        "2026-03-16 14:00",
        "Core group 3 - JF attended. HV actions unchanged.",
        "Mason; Lacey; JF",
        "E27",
    ),
    (
        REC,
        "2026-03-16 14:00",
        "Core group (3rd) - SD attended. CK 13 wks AF; JP BAC 0.00 x5 since 10/02.",
        "CK; JP; SD",
        "E27",
    ),
    (
        HV,
        "2026-03-17 10:30",
        "Visit at MGM's. Mason 6/12 review: ASQ-3 all domains above cut-off, wt 7.9kg. Weaning started. Lacey started SALT group.",
        "Mason; Lacey; MGM; JF",
        None,
    ),
    (
        CSC,
        "2026-03-18 15:00",
        "Statutory visit to Denise's. Both children well; Mason sitting and babbling, Lacey saying short sentences. Denise says she is managing.",
        "Denise Kettle; Mason Kettle; Lacey Kettle",
        None,
    ),
]


def main():
    out = HERE / "case_au.json"
    casegen.build(
        "au",
        "Baby with unexplained bruising at 7 weeks and a skull fracture at 13 weeks, 2-year-old "
        "sister; young mother and partner both drinking, grandmother supervising; market town in "
        "the East Midlands; 6 agencies, Feb 2025 - Mar 2026 (precision stress: many same-day and "
        "look-alike entries that are not one event)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
