"""Write case_j.json and case_m.json (hand-written entries; blind, helper i14-tune4, 4 Dec 2026)."""
import datetime as dt, json
from pathlib import Path
HERE = Path(__file__).resolve().parent
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
LONG = "January February March April May June July August September October November December".split()
STYLE = {
 "dmy": lambda d: d.strftime("%d/%m/%Y"),
 "dash": lambda d: f"{d.day:02d}-{MON[d.month-1]}-{d.year}",
 "dot": lambda d: d.strftime("%d.%m.%y"),
 "long": lambda d: f"{d.day} {LONG[d.month-1]} {d.year}",
 "short": lambda d: f"{d.day}/{d.month}/{str(d.year)[2:]}",
 "iso": lambda d: d.isoformat(),
}
def build(case, desc, people, agencies, rows):
    style = {a[0]: a[2] for a in agencies}
    entries = []
    for r in rows:
        ag, date, time, text, ppl, ev = r[:6]
        e = {"agency": ag}
        if len(date) == 7:  # month only
            y, m = map(int, date.split("-"))
            start = dt.date(y, m, 1); end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            e.update(date=start.isoformat(), date_end=end.isoformat(), date_text=f"{LONG[m-1]} {y}", precision="month")
        elif date.startswith("~"):
            d = dt.date.fromisoformat(date[1:])
            e.update(date=d.isoformat(), date_end=(d + dt.timedelta(days=6)).isoformat(),
                     date_text=f"w/c {d.day}/{d.month}/{str(d.year)[2:]}", precision="approximate")
        else:
            d = dt.date.fromisoformat(date)
            e.update(date=date, date_text=STYLE[style[ag]](d), precision="day")
        e.update(time=time, text=text, people=ppl, event=ev)
        entries.append(e)
    entries.sort(key=lambda e: (e["date"], e["time"] or "99"))
    out = []
    for i, e in enumerate(entries, 1):
        row = {"id": f"{case}{i:03d}"}
        row.update(e)
        out.append({k: row[k] for k in ["id", "agency", "date", "date_text", "precision", "time", "text", "people", "event"] + (["date_end"] if "date_end" in row else [])})
    doc = {"case": case, "description": desc,
           "people": [{"name": n, "aliases": al, "label": lb, "category": c} for n, al, lb, c in people],
           "agencies": [{"name": a, "kind": k} for a, k, _ in agencies], "entries": out}
    (HERE / f"case_{case}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- case J
CSC, POL, GP, HV, SCH, HOS = "Children's Social Care", "Police", "Fernhill Surgery", "0-19 Health Service", "St Aidan's Academy", "Northmoor General Hospital"
J_AG = [(CSC, "social_care", "dmy"), (POL, "police", "dash"), (GP, "health", "dot"), (HV, "health", "long"), (SCH, "education", "short"), (HOS, "health", "iso")]
J_PEOPLE = [
 ("Shona Marwick", ["Shona", "Ms Marwick"], "Mother", "parent"),
 ("Liam Tregunna", ["Liam", "Mr Tregunna"], "Father of Child E", "parent"),
 ("Kaycee Marwick", ["Kaycee", "Kay", "KM"], "Child K", "child"),
 ("Esme Tregunna", ["Esme", "baby Esme"], "Child E", "child"),
 ("Pat Marwick", ["Pat", "MGM"], "Maternal grandmother", "family"),
 ("Darnell Oyelaran", ["Darnell", "Dee"], "Adult male", "other_adult"),
 ("Hannah Kowal", ["HK"], "Social worker", "professional"),
 ("Bernadette Lyle", ["Bernadette", "HV Lyle"], "Health visitor", "professional"),
 ("Ravi Chauhan", ["Mr Chauhan"], "DSL", "professional"),
 ("Imogen Farrow", ["Dr Farrow"], "GP", "professional"),
]
S, L, K, E, P, D = "Shona Marwick", "Liam Tregunna", "Kaycee", "Esme", "Pat", "Darnell"
J = [
# January: early help, routine
(SCH, "2025-01-08", "09:10", "Kay late 3 times this week. Mum rang to say baby keeping everyone up. Tutor to monitor.", "Kay; Ms Marwick", None),
(HV, "2025-01-09", "10:30", "New birth visit for Esme (born 27/12/24). Mother and baby well, breastfeeding. Safe sleep discussed, Moses basket seen in parents' room. Liam present and supportive.", "Esme; Shona; Liam", None),
(GP, "2025-01-09", "15:40", "6/52 postnatal check booked for mother. Baby 8 week check to be booked.", "Shona Marwick; Esme Tregunna", None),
(SCH, "2025-01-15", "13:00", "Pastoral: KM in tears in toilets, said arguments at home. Offered Early Help Assessment, mum consented by phone.", "KM; Ms Marwick", None),
(SCH, "2025-01-22", "15:30", "TAF mtg held in school. Present: Mum, Mr Chauhan, HV, Young Carers worker. EHA plan agreed: attendance, sleep routine, support for Mum.", "Ms Marwick; Mr Chauhan; Kay", "E01"),
(HV, "2025-01-22", "15:30", "Attended Team Around the Family meeting at the academy for the older sibling. Mum tired but coping. I will offer fortnightly visits and listening visits for low mood.", "Bernadette; Shona; Kaycee", "E01"),
(GP, "2025-01-23", "11:20", "Esme 4 week? Brought by MGM for weight — parent unavailable. Weight 25th centile. NAD.", "Pat; Esme", None),
(HV, "2025-01-31", None, "Phone contact: mum reports Esme settling better. Listening visit booked.", "Shona", None),
(SCH, "2025-02-05", "10:00", "Attendance 84% this half term. Letter home.", "Kay", None),
(HV, "2025-02-06", "14:00", "Listening visit 1. EPDS 14. Mum says Liam stays out late. Discussed GP for mood.", "Shona; Liam", None),
(GP, "2025-02-10", "09:50", "Dr Farrow: low mood postnatal, EPDS 14 per HV. Started sertraline 50mg. Review 2/52.", "Shona Marwick; Dr Farrow", None),
# E02 DA incident Sat 15 Feb -> PPN; MASH Mon; Op Encompass Mon
(POL, "2025-02-15", "23:10", "Call from neighbour, shouting and banging at 14 Calder Walk. Officers attended. Female (Shona MARWICK) with red mark to cheek, male Liam TREGUNNA left prior. DASH completed: medium. 2 children present (14F, 7wk). PPN submitted.", "Shona; Liam; Kaycee; Esme", "E02"),
(CSC, "2025-02-17", "09:40", "MASH: Police Protection Notice received re domestic incident at weekend. Mother assaulted by partner in presence of Kaycee and baby. Checks requested from health and education. RAG amber.", "Shona Marwick; Liam Tregunna; Kaycee; Esme", "E02"),
(SCH, "2025-02-17", "08:45", "Op Encompass notification received: police attended home Saturday night. DSL informed, Kay seen by Mr Chauhan period 1, said she was 'fine', stayed in her room.", "Kay; Mr Chauhan", "E02"),
(HV, "2025-02-17", "11:00", "Planned weight check at home, Esme 4.9kg. Mum flat, did not mention any incident. Next visit 2/52.", "Esme; Shona", None),
(GP, "2025-02-17", "16:10", "Shona Marwick DNA mood review.", "Shona Marwick", None),
# E03 strategy discussion 19 Feb; HV minutes received 25 Feb
(CSC, "2025-02-19", "14:00", "Strategy discussion (Teams): CSC, police, health, education. Second reported incident in 6 weeks (first not reported to police). Threshold met for Section 47 enquiries re both children. Joint visit tomorrow.", "Kaycee; Esme; Shona Marwick; Liam Tregunna", "E03"),
(POL, "2025-02-19", "14:00", "Strat disc attended by DS Keane (PVP). Agreed s47 single agency CSC lead with JV. Suspect Liam TREGUNNA to be interviewed voluntary.", "Liam", "E03"),
(HV, "2025-02-25", None, "Minutes of multi-agency meeting held 19/02 received from CSC and filed. Actions for health: share records, HV to increase to weekly visits.", "Esme", "E03"),
(SCH, "2025-02-19", "12:30", "Kay in isolation after phone use in lesson.", "Kay", None),
# E04 joint visit 20 Feb
(CSC, "2025-02-20", "10:00", "Home visit with police. Seen mother, Kaycee (alone in her room) and Esme. Mother says it was a one-off; Liam staying at his brother's. Kaycee said they argue 'all the time'. Safety plan agreed.", "Shona Marwick; Kaycee; Esme; HK", "E04"),
(POL, "2025-02-20", "10:00", "JV with SW Kowal. Victim does not support prosecution. Children seen. DA advice given, Clare's Law explained.", "Shona; HK", "E04"),
# E05 CSC letter to GP, received 27 Feb
(CSC, "2025-02-20", "16:30", "Letter sent to Fernhill Surgery requesting information for child protection enquiries (mother, partner, both children).", "Shona Marwick; Liam Tregunna", "E05"),
(GP, "2025-02-27", "10:15", "Request from LA for info re s47 received. Summary of records for Shona, Liam, Kaycee, Esme sent by practice manager.", "Shona Marwick; Liam Tregunna; Kaycee Marwick; Esme Tregunna", "E05"),
(GP, "2025-02-27", "11:40", "Telephone consultation Shona — mood worse, sleeping poorly. Sertraline increased 100mg.", "Shona Marwick", None),
(HV, "2025-02-27", "13:00", "Weekly visit. Esme 5.1kg. Home tidy. Mum asked whether Liam could come back 'for the baby'. Advised to discuss with SW.", "Esme; Shona; Liam", None),
# E06 police NFA 3 Mar, CSC told 5 Mar
(POL, "2025-03-03", "12:00", "Suspect interviewed, denies. Victim retraction. CPS not consulted, NFA — evidential test not met. Crime filed.", "Liam", "E06"),
(CSC, "2025-03-05", "09:20", "DS Keane phoned: no further action will be taken on the assault of 15 February as mother has withdrawn her statement.", "Liam Tregunna; Shona Marwick", "E06"),
(SCH, "2025-03-05", "15:00", "Parents' evening: mum attended with grandmother. Kay's grades dropping in maths and science.", "Ms Marwick; Pat; Kay", None),
(HV, "2025-03", None, "Clinic weight (date not recorded on card): Esme 5.4kg, 25th-50th centile.", "Esme", None),
# E07 ICPC 12 Mar; GP minutes 24 Mar
(CSC, "2025-03-12", "10:00", "Initial child protection conference. Both children made subject to child protection plans, category emotional abuse. Core group to meet within 10 working days. Liam not invited.", "Kaycee; Esme; Shona Marwick; HK", "E07"),
(SCH, "2025-03-12", "10:00", "Mr Chauhan attended ICPC. Kay and baby sister on CP plans (emotional). School actions: daily check-in, mentoring.", "Mr Chauhan; Kay", "E07"),
(HV, "2025-03-12", "10:00", "CP conf — I attended and shared health report. Esme and sibling subject to plans. HV to visit fortnightly as part of the plan.", "Bernadette; Esme", "E07"),
(GP, "2025-03-24", "09:00", "Minutes of initial conference 12/3 received and scanned. Children on CP plans, coded.", "Kaycee Marwick; Esme Tregunna", "E07"),
(GP, "2025-03-12", "10:40", "Esme 12 wk immunisations given by practice nurse. Mother accompanied by MGM.", "Esme Tregunna; Pat", None),
(GP, "2025-03-10", None, "Report for conference sent to CSC (practice unable to attend).", "Shona Marwick", None),
(CSC, "2025-03-21", "13:30", "First core group. Mother, HV, DSL, SW. Plan reviewed, Kaycee did not attend (at school).", "Shona Marwick; Bernadette; Mr Chauhan; HK", None),
(SCH, "2025-03-21", "11:00", "Kay sent home unwell (headache), collected by grandmother.", "Kay; Pat", None),
(HV, "2025-03-26", "10:00", "Fortnightly CP visit. Esme well, rolling. Mother reports Liam visiting 'to see the baby' in daytime.", "Esme; Liam; Shona", None),
# E08 Kaycee missing 5 Apr (Sat night) — police MISPER + EDT
(POL, "2025-04-05", "22:50", "MISPER: Kaycee MARWICK 14yrs reported by mother, not returned from town. Medium risk. Known to associate with older males. Enquiries commenced.", "Kaycee; Shona", "E08"),
(CSC, "2025-04-05", "23:30", "EDT: call from police control, Kaycee reported missing by her mother tonight. Child on CP plan. EDT advised police of plan; day team to be informed.", "Kaycee; Shona Marwick", "E08"),
# E09 found 7 Apr, ED, GP letter 21 Apr (14 days)
(POL, "2025-04-07", "02:15", "Kaycee MARWICK located in flat at Harrowgate Court, Wexley with adult male Darnell OYELARAN and two others. Appeared intoxicated. Conveyed to Northmoor by officers. Male arrested PWITS; £400 cash and wraps found.", "Kaycee; Darnell", "E09"),
(HOS, "2025-04-07", "02:50", "ED: 14F brought in by police, found in a flat after 2 days missing. Alcohol ++, ?cannabis. Obs stable. Paediatric safeguarding form completed, CSC EDT informed. Discharged to mother 09:30.", "Kaycee; Shona", "E09"),
(GP, "2025-04-21", "08:30", "A&E discharge letter (attendance 07/04): intoxication, found after being missing. Safeguarding referral made by hospital. Read by Dr Farrow.", "Kaycee Marwick; Dr Farrow", "E09"),
(SCH, "2025-04-07", "08:40", "Mum phoned: Kay absent today, 'not well'.", "Kay; Ms Marwick", None),
(CSC, "2025-04-08", "15:00", "Return home interview offered to Kaycee by the missing service. She declined to talk about where she had been.", "Kaycee", None),
(POL, "2025-04-08", None, "NRM referral considered for Kaycee. Intelligence report submitted re address Harrowgate Court.", "Kaycee; Darnell", None),
(HV, "2025-04-09", "10:00", "CP visit. Esme well. Mother distressed about Kaycee, says she has 'a boyfriend called Dee'.", "Esme; Shona; Dee", None),
(CSC, "2025-04-10", "11:00", "Exploitation screening tool completed for Kaycee: high risk CCE/CSE. Referral to Complex Safeguarding panel.", "Kaycee; Darnell", None),
(SCH, "2025-04-14", "09:00", "Kay returned after Easter. Quiet. Mentor session.", "Kay", None),
(HV, "2025-04-23", "10:00", "CP visit. Esme 6.4kg. Mother says Liam now staying most nights. Advised to tell SW.", "Esme; Liam; Shona", None),
(CSC, "2025-04-24", "16:00", "Home visit. Liam present, says he has changed. Kaycee not home.", "Liam Tregunna; Shona Marwick", None),
(SCH, "2025-04-30", "14:10", "Kay found with a second phone, would not say who gave it. Confiscated and returned to mum.", "Kay; Ms Marwick", None),
# E10 baby Esme A&E 10 May (Sat) ; EDT; HV liaison 13 May; GP letter 20 May
(HOS, "2025-05-10", "19:20", "A&E: 4 month old female brought by mother and partner, bruise to left side of forehead, parents say rolled off sofa. Non-mobile infant. Paeds review, admitted for CP medical. Social care out of hours called.", "Esme; Shona; Liam", "E10"),
(CSC, "2025-05-10", "20:05", "EDT: Northmoor ED reports bruise on Esme (4 months), subject of CP plan. Explanation fall from sofa. Baby admitted overnight; day team to hold strategy discussion Monday.", "Esme; Shona Marwick; Liam Tregunna", "E10"),
(HV, "2025-05-13", "09:00", "Hospital liaison notification received: Esme attended the emergency department on Saturday evening with a head bruise and was admitted. Informed SW.", "Esme; Bernadette", "E10"),
(GP, "2025-05-20", "12:00", "Discharge summary Northmoor paediatric ward 10-12/5: bruise forehead, skeletal survey NAD, CT head NAD. CP medical: injury consistent with explanation?; SW involved.", "Esme Tregunna", "E10"),
(POL, "2025-05-10", "21:00", "Report from Liam TREGUNNA that his car was broken into on Calder Walk. Crime no. issued.", "Liam", None),
(SCH, "2025-05-10", None, "Kay attended Saturday revision session, left early.", "Kay", None),
# E11 CP medical 12 May
(HOS, "2025-05-12", "11:00", "Child protection medical, Dr Adeyemi (consultant paediatrician), social worker present. Single 2cm bruise L forehead. Skeletal survey normal. History consistent but non-mobile infant — opinion: cannot exclude non-accidental.", "Esme; HK", "E11"),
(CSC, "2025-05-12", "11:00", "Attended CP medical on ward with mother. Paediatrician cannot rule out NAI. Strategy discussion this afternoon.", "Esme; Shona Marwick; HK", "E11"),
# E12 strat disc 12 May pm
(CSC, "2025-05-12", "15:00", "Strat disc: CSC, police CAIT, paediatrics, HV. S47 re Esme. Esme to stay with MGM while enquiries continue; Liam to leave home.", "Esme; Pat; Liam Tregunna", "E12"),
(POL, "2025-05-12", "15:00", "Strategy meeting (CAIT): section 47 joint. Investigation opened, offence ABH (child). Parents to be interviewed.", "Esme; Shona; Liam", "E12"),
(HV, "2025-05-12", "15:00", "Took part in strategy discussion by phone re Esme's bruise. Agreed HV to visit grandmother's home.", "Esme; Bernadette; Pat", "E12"),
(GP, "2025-05-12", "09:15", "Shona Marwick seen: anxiety, not sleeping. Med review.", "Shona Marwick", None),
(HV, "2025-05-15", "14:00", "Visited Esme at MGM's flat. Cot, steriliser, formula seen. Esme well.", "Esme; Pat", None),
# E13 LADO 21/22 May
(SCH, "2025-05-21", "16:00", "Concern raised re member of staff (PE) sending messages to Kay on social media. Reported to the Local Authority Designated Officer. Staff member suspended pending enquiry.", "Kay; Mr Chauhan", "E13"),
(CSC, "2025-05-22", "09:30", "LADO: referral received from St Aidan's re teacher messaging a pupil (Kaycee Marwick, CP plan). Initial consideration meeting booked.", "Kaycee", "E13"),
(CSC, "2025-05-22", "14:00", "Core group 2. Esme still at MGM's. Mother attending all contacts.", "Esme; Pat; Shona Marwick", None),
(POL, "2025-05-27", "10:00", "Parents interviewed under caution (voluntary). Both deny. Released under investigation.", "Shona; Liam", None),
# E14 school referral to MASH sent 3 Jun, received 5 Jun
(SCH, "2025-06-03", "13:20", "KM disclosed to mentor that 'Dee' picks her up after school and gives her money to take bags to Wexley. Referral made to MASH via online form. Parent not informed (risk).", "KM; Dee", "E14"),
(CSC, "2025-06-05", "10:10", "Contact from school received in MASH (dated 03/06): Kaycee carrying packages for an adult male. Passed to allocated SW, already open.", "Kaycee; Darnell", "E14"),
(HV, "2025-06-05", "10:00", "CP visit at MGM's. Esme well. Pat says Kaycee 'never home'.", "Esme; Pat; Kaycee", None),
(POL, "2025-06-04", None, "Intelligence: Darnell OYELARAN linked to 'WX' line, using juveniles.", "Darnell", None),
# E15 HV-GP phone call 10 Jun (people only)
(HV, "2025-06-10", "12:15", "Phoned surgery and spoke with Dr Farrow: Esme's weight has dropped from 50th to 25th, asked for GP review and reflux assessment.", "Esme; Dr Farrow", "E15"),
(GP, "2025-06-10", "12:20", "Tel from HV re Esme Tregunna — appt offered 12/6.", "Esme Tregunna; Bernadette", "E15"),
(GP, "2025-06-12", "10:00", "Esme 5/12, weight static. Reflux. Gaviscon infant. Review 2/52. Seen with MGM.", "Esme Tregunna; Pat", None),
# E16 RCPC 11 Jun
(CSC, "2025-06-11", "10:00", "Review child protection conference. Plans continue for both children. Esme to remain with grandmother under safety plan. Exploitation risk to Kaycee added (category neglect).", "Kaycee; Esme; Pat; HK", "E16"),
(SCH, "2025-06-11", "10:00", "RCPC — Mr Chauhan attended. Kay stays on plan, category changed.", "Kay; Mr Chauhan", "E16"),
(HV, "2025-06-11", "10:00", "Review conference attended. Plan continues. Health actions: weight monitoring fortnightly.", "Esme; Bernadette", "E16"),
(SCH, "2025-06-11", "14:00", "Kay walked out of school at lunchtime; mum and police informed.", "Kay; Ms Marwick", "E24"),
(POL, "2025-06-11", "14:30", "School reports Kaycee MARWICK left premises, CP plan. Not recorded as missing; located at home 16:00 by officers.", "Kaycee", "E24"),
# E17 MARAC 19 Jun, HV minutes 26 Jun
(POL, "2025-06-19", "09:30", "MARAC heard. DASH high (19) following disclosure by victim to IDVA of strangulation in April. Actions: marker on address, IDVA support.", "Shona; Liam", "E17"),
(CSC, "2025-06-19", "09:30", "Attended Multi-Agency Risk Assessment Conference for Ms Marwick. Risk to children from Mr Tregunna noted; information fed into the CP plan.", "Ms Marwick; Mr Tregunna", "E17"),
(HV, "2025-06-26", None, "MARAC minutes for 19/06 received via secure email, placed on both children's records.", "Shona; Esme", "E17"),
(GP, "2025-06-19", "15:30", "Shona Marwick: review, mood improving. Continue sertraline.", "Shona Marwick", None),
(HV, "2025-06-24", "10:30", "Weight check at MGM's. Esme 6.9kg, recovering centile.", "Esme; Pat", None),
(SCH, "2025-06", None, "Attendance for June 71%. Kay persistent absence.", "Kay", None),
# E18 exclusion 2 Jul with CSC phone same day
(SCH, "2025-07-02", "11:30", "Suspension 3 days: Kay found with cannabis on site. Mum informed. SW told by phone.", "Kay; Ms Marwick", "E18"),
(CSC, "2025-07-02", "12:10", "St Aidan's rang: Kaycee excluded until Monday for bringing drugs into school. Concern she will be at home unsupervised and in contact with Dee.", "Kaycee; Dee", "E18"),
(POL, "2025-07-02", "23:00", "Stop and search, Wexley bus station: Kaycee MARWICK with older male, nothing found. Conveyed home.", "Kaycee", None),
(HV, "2025-07-02", "10:00", "Esme 6 month review at MGM's. Developmentally on track.", "Esme; Pat", None),
(CSC, "2025-07-09", "14:00", "Core group 3. Kaycee attended part. Agreed referral to CAMHS for low mood and self harm.", "Kaycee; Shona Marwick; Mr Chauhan", None),
(GP, "2025-07-14", "10:20", "Kaycee Marwick seen with mother: low mood, superficial cuts to arms. Routine CAMHS referral sent.", "Kaycee Marwick; Shona Marwick", None),
# E19 Kaycee overdose Sun 20 Jul -> ED, EDT, school Mon, GP letter 1 Aug
(HOS, "2025-07-20", "01:40", "ED: 14F, paracetamol OD approx 16 tabs, taken after argument with boyfriend. Levels below treatment line. Admitted to paeds for CAMHS assessment. Known CP plan — EDT informed.", "Kaycee; Shona", "E19"),
(CSC, "2025-07-20", "02:30", "EDT: Kaycee in hospital after an overdose. Mother with her. Day team and SW to follow up.", "Kaycee; Shona Marwick", "E19"),
(SCH, "2025-07-21", "08:30", "Mum phoned: Kay in Northmoor after taking tablets at the weekend. DSL informed. Last week of term; work to be sent home.", "Kay; Ms Marwick; Mr Chauhan", "E19"),
(GP, "2025-08-01", "09:00", "Discharge letter: admission 20-21/07, intentional overdose of paracetamol. Seen by CAMHS on ward, follow-up by crisis team. Coded self harm.", "Kaycee Marwick", "E19"),
(HOS, "2025-07-21", "11:00", "CAMHS liaison assessment on ward. Low intent now. Safety plan with mother. Discharge, CAMHS crisis follow-up 72h.", "Kaycee; Shona", "E19"),
(POL, "2025-07-20", "16:00", "Unrelated: report of criminal damage at Calder Walk (window), suspect unknown.", "Shona", None),
(CSC, "2025-07-23", "15:00", "Home visit after overdose. Kaycee spoke about Dee; says he has 'dropped her'.", "Kaycee; Dee", None),
(POL, "2025-07-25", None, "Darnell OYELARAN charged PWITS (April). Remanded.", "Darnell", None),
# August
(HV, "2025-08-06", "10:00", "CP visit. Esme back home with mother since 1/8 (per CSC decision). Cot in mother's room; Liam not present.", "Esme; Shona; Liam", None),
(CSC, "2025-08-01", "10:00", "Esme returned to mother's care following assessment; Liam not to reside. Written agreement signed.", "Esme; Shona Marwick; Liam Tregunna", None),
# E20 joint home visit 14 Aug
(HV, "2025-08-14", "11:00", "Joint home visit with social worker. Liam's coat and boots in hallway; mother says he 'just popped in'. Esme well, 7.6kg.", "Esme; Shona; Liam; HK", "E20"),
(CSC, "2025-08-14", "11:00", "JV with HV at Calder Walk. Evidence Liam is staying (men's clothing, his car outside). Mother evasive. Discussed with manager.", "Shona Marwick; Liam Tregunna; Bernadette", "E20"),
(GP, "2025-08-14", "16:00", "Liam Tregunna: sick note, back pain.", "Liam Tregunna", None),
(POL, "2025-08-19", "01:10", "Call from Shona MARWICK, Liam TREGUNNA refusing to leave. Officers attended; male left. DASH high. PPN.", "Shona; Liam", "E23"),
(CSC, "2025-08-20", "09:00", "PPN from police: mother called police as Liam refusing to leave (19/8). SW to visit today.", "Shona Marwick; Liam Tregunna", "E23"),
(HV, "2025-08-20", "14:00", "Esme 8 month check at clinic; mother attended alone.", "Esme; Shona", None),
(SCH, "2025-08", None, "Summer holiday: Kay attended 2 sessions of the summer activity programme (Young Carers).", "Kay", None),
(SCH, "2025-09-03", "08:30", "Start of Y10. Kay on reduced timetable (mornings) agreed with mum and SW.", "Kay; Ms Marwick", None),
(HOS, "2025-09-04", "15:00", "Paediatric outpatient (reflux) — Esme not brought.", "Esme", "E25"),
(GP, "2025-09-05", None, "Letter from paediatrics: Esme not brought to clinic 4/9, rebooked.", "Esme Tregunna", "E25"),
# E21 RCPC 10 Sep, stepped down to CIN
(CSC, "2025-09-10", "10:00", "Second review conference. Kaycee's plan continues (exploitation). Esme's plan ends — stepped down to a child in need plan.", "Kaycee; Esme; Shona Marwick; HK", "E21"),
(HV, "2025-09-10", "10:00", "RCPC: Esme no longer on plan, now CIN. HV to continue universal plus.", "Esme; Bernadette", "E21"),
(SCH, "2025-09-10", "10:00", "Mr Chauhan at RCPC. Kay remains on CP plan.", "Mr Chauhan; Kay", "E21"),
(GP, "2025-09-10", "11:00", "Kaycee Marwick: contraception consultation. Seen alone. Gillick competent.", "Kaycee Marwick", None),
(CSC, "2025-09-12", None, "Letter to GP and HV confirming outcome of review conference.", "Esme; Kaycee", None),
(SCH, "2025-09-17", "12:00", "Kay in detention, refused. Mum called.", "Kay; Ms Marwick", None),
(HV, "2025-09-18", "10:00", "Home visit. Esme 8.2kg. Mother well. Liam present, says back with family.", "Esme; Shona; Liam", None),
(CSC, "2025-09-22", "14:00", "CIN meeting (Esme). Liam attended. Mother and Liam asking for plan to close.", "Esme; Liam Tregunna; Shona Marwick", None),
(POL, "2025-09-26", "22:10", "MISPER Kaycee MARWICK, returned 23:40 of own accord. No concerns disclosed.", "Kaycee", None),
(SCH, "2025-09-29", "08:45", "Kay late again. Said she stayed at Nan's.", "Kay; Pat", None),
(GP, "2025-01-30", "10:00", "Kaycee Marwick: acne, started topical treatment.", "Kaycee Marwick", None),
(CSC, "2025-06-18", "11:00", "Strategy discussion re Kaycee (exploitation, complex safeguarding): police, school, YOS. Agreed disruption plan; school not told about the referral of 3/6 outcome.", "Kaycee; Darnell", None),
(POL, "2025-03-12", "19:40", "Concern for welfare: Pat MARWICK reports Liam TREGUNNA outside her flat shouting. Words of advice.", "Pat; Liam", None),
(HOS, "2025-03-02", "13:10", "ED: 14F, sprained wrist at netball. X-ray NAD. Discharged.", "Kaycee", "E22"),
(GP, "2025-03-13", None, "ED discharge letter 02/03: wrist sprain, netball. No action.", "Kaycee Marwick", "E22"),
(SCH, "2025-03-02", None, "Sunday netball fixture: Kay injured wrist, first aid given, mum collected her to go to A&E.", "Kay; Ms Marwick", "E22"),
(HV, "~2025-09-29", None, "Drop-in clinic (exact day not recorded): Esme weighed 8.3kg.", "Esme", None),
]
build("j", "Domestic abuse, a non-mobile baby's bruise and a 14-year-old's exploitation and overdose; 6 agencies, Jan-Sep 2025 (written blind by helper i14-tune4)", J_PEOPLE, J_AG, J)

# ---------------------------------------------------------------- case M (terse notes)
CS, PO, AMB, YJ = "CSC", "Police", "Ambulance Service", "Youth Justice Service"
M_AG = [(CS, "social_care", "dmy"), (PO, "police", "dash"), (AMB, "health", "iso"), (YJ, "other", "short")]
M_PEOPLE = [
 ("Jaden Oakes", ["Jaden", "JO", "J"], "Child J", "child"),
 ("Lorraine Oakes", ["Lorraine", "Mrs Oakes"], "Mother", "parent"),
 ("Mia Oakes", ["Mia"], "Sibling", "child"),
 ("Kofi Ampah", ["Kofi", "Bigz"], "Older peer", "other_adult"),
 ("Sam Petrovic", ["Sam P"], "YJS case manager", "professional"),
]
M = [
(PO, "2026-01-04", "21:30", "MISPER JO 15M. Mum reports. Med risk.", "JO; Lorraine", "M01"),
(CS, "2026-01-04", "22:15", "EDT. Police: J missing. Not open. Info only.", "J", "M01"),
(PO, "2026-01-05", "03:10", "JO found Ferrybridge st. Returned home. RHI req.", "JO", "M09"),
(AMB, "2026-01-05", "02:40", "Cat 3. 15M, cold, minor cut hand, found by police Ferrybridge st. Not conveyed, refused.", "", "M09"),
(CS, "2026-01-06", "11:00", "RHI offered. Declined.", "Jaden", None),
(YJ, "2026-01-07", "10:00", "Jaden – referral mtg out of court disposal (shoplifting Nov). Mum attended.", "Jaden; Mrs Oakes", None),
(PO, "2026-01-12", "16:20", "S&S JO + Kofi AMPAH, Ferrybridge. 2x phones, £220. NFA.", "JO; Kofi", "M10"),
(CS, "2026-01-15", "10:00", "Contact from police (12/1 S&S). NFA by MASH. Advice to mum.", "Jaden; Lorraine", "M10"),
(YJ, "2026-01-15", "15:00", "Session 1 w/ J. Talked about 'Bigz'. Says he's a mate.", "J; Bigz", None),
# M02 stabbing/ambulance 24 Jan
(AMB, "2026-01-24", "23:05", "Cat 2. 15M stab wound L thigh, conscious, bleeding controlled. Police on scene. Conveyed Northmoor. Pt reluctant to give name.", "", "M02"),
(PO, "2026-01-24", "22:58", "Reports of youths fighting, Kingsway rec. Victim Jaden OAKES 15 stab wound leg. LAS/ambo on scene. Suspects outstanding. Crime: GBH.", "Jaden", "M02"),
(CS, "2026-01-25", "01:30", "EDT. Hosp/police: J stabbed in leg, Kingsway. Mum at hosp. Strat disc Monday.", "J; Lorraine", "M02"),
(YJ, "2026-01-26", "09:00", "Mum phoned – J in hosp since Sat night, knife wound. Session cancelled.", "J; Mrs Oakes", "M02"),
(PO, "2026-01-25", "14:00", "Call re noise, Oakes address (mum + boyfriend arguing). Mia OAKES 9 present. Words given, DA not disclosed.", "Mia; Lorraine", None),
# M03 strat disc 26 Jan
(CS, "2026-01-26", "14:00", "Strat disc. CSC/police/YJS/health. s47 J. CCE. NRM to be submitted.", "J", "M03"),
(PO, "2026-01-26", "14:00", "Strategy mtg. Section 47. Exploitation. NRM – police to submit.", "Jaden", "M03"),
(YJ, "2026-01-30", "09:00", "Minutes from strategy discussion 26/1 rec'd. YJS actions noted.", "Jaden", "M03"),
(CS, "2026-01-27", "10:00", "Visit. J home, limping. Won't name who did it.", "J", None),
(PO, "2026-01-28", None, "NRM submitted re Jaden OAKES.", "Jaden", None),
(YJ, "2026-02-02", "15:00", "Session. J quiet. Says he'll 'sort it'.", "J", None),
# M04 ICPC 11 Feb
(CS, "2026-02-11", "10:00", "ICPC. J subject to CP plan, neglect/CCE. Mia – CIN.", "J; Mia; Lorraine", "M04"),
(YJ, "2026-02-11", "10:00", "Initial CP conf – SP attended. Plan.", "Sam P; J", "M04"),
(PO, "2026-02-11", "10:00", "CP conf attended (DC). JO on plan.", "JO", "M04"),
(AMB, "2026-02-11", "18:40", "Cat 3. Adult F, 40s, panic attack, home. Not conveyed. Child 9 present.", "Lorraine; Mia", "M11"),
(CS, "2026-02-12", None, "EDT note: ambulance to mother last night, anxiety. Passed to SW.", "Lorraine", "M11"),
(YJ, "2026-02-16", "15:00", "J DNA session.", "J", None),
(CS, "2026-02-18", "14:00", "CG1. Mum + YJS + school. J not present.", "Lorraine; Sam P", None),
(PO, "2026-02-20", "19:00", "MISPER JO. Returned 22:30.", "JO", "M12"),
(CS, "2026-02-23", "10:00", "Police notification missing 20/2, RHI offered.", "J", "M12"),
# M05 arrest + PACE 2 Mar, YJS 3 Mar
(PO, "2026-03-02", "17:45", "Arrest JO PWITS, Traffic st – 10 wraps. Appropriate adult: mother. Interview no comment. RUI.", "JO; Lorraine", "M05"),
(CS, "2026-03-02", "19:30", "Police: J arrested with drugs. Mum acting as AA. Bail/RUI.", "J; Lorraine", "M05"),
(YJ, "2026-03-03", "09:30", "Police custody notification (2/3): J arrested possession with intent. Note NRM pending – s45 defence?", "J", "M05"),
(AMB, "2026-03-02", "08:20", "Cat 4. Fall, elderly male, no relation.", "", None),
(YJ, "2026-03-09", "15:00", "Session at home. Mum says J owes 'money'.", "J; Mrs Oakes", None),
(CS, "2026-03", None, "Supervision: drift noted. Plan review.", "J", None),
(CS, "2026-03-16", "11:00", "Home visit. Mia seen. J out.", "Mia; J", None),
# M06 Mia — ambulance 21 Mar ingestion
(AMB, "2026-03-21", "20:10", "Cat 2. Child 9F ?ingestion of adult meds (sertraline x4). Alert. Conveyed w/ mum.", "Mia; Lorraine", "M06"),
(CS, "2026-03-21", "22:00", "EDT: hosp – Mia took mum's tablets. Obs overnight. J not home.", "Mia; Lorraine; J", "M06"),
(PO, "2026-03-21", "23:50", "MISPER JO. Mum at hosp with daughter. Returned 02:00.", "JO; Lorraine", "M13"),
(CS, "2026-03-23", "09:00", "Police notif MISPER 21/3. RHI.", "J", "M13"),
(YJ, "2026-03-23", "15:00", "J session – mentioned sister in hosp.", "J; Mia", None),
# M07 RCPC 6 May
(CS, "2026-05-06", "10:00", "RCPC. J plan continues. Mia: CIN continues.", "J; Mia", "M07"),
(YJ, "2026-05-06", "10:00", "Review conference. SP attended. Plan cont.", "Sam P; J", "M07"),
(PO, "2026-05-13", None, "Minutes of review CP conference (6/5) recd. PVP markers updated.", "JO", "M07"),
(CS, "2026-04-14", "14:00", "CG2.", "Lorraine; Sam P", None),
(YJ, "2026-04-20", "15:00", "J session – boxing gym referral.", "J", None),
(PO, "2026-04-24", "22:30", "S&S Jaden OAKES. Nothing found.", "Jaden", None),
(CS, "2026-04-28", "10:00", "Visit. J home, engaging.", "J; Lorraine", None),
# M08 Court 26 May (YJS + police + CSC)
(YJ, "2026-05-26", "10:00", "Youth court: J pleaded not guilty PWITS, s45 MSA defence raised. Adjourned for trial.", "J", "M08"),
(PO, "2026-05-26", "10:00", "Court – JO NG plea. Trial date TBC.", "JO", "M08"),
(CS, "2026-05-27", "09:00", "YJS update: court yesterday, not guilty plea entered, trial to be fixed.", "J", "M08"),
(AMB, "2026-05-26", "13:00", "Cat 3. 40F chest pain, anxiety hx. Not conveyed.", "Lorraine", None),
(CS, "2026-05-26", "15:00", "Mum phoned – unwell, can't do visit.", "Lorraine", None),
(YJ, "2026-06-01", "15:00", "J session.", "J", None),
(CS, "2026-06-03", "14:00", "CG3.", "Lorraine; Sam P", None),
(PO, "2026-06-08", "21:00", "MISPER JO, found Ferrybridge with Kofi AMPAH. Returned.", "JO; Kofi", "M14"),
(CS, "2026-06-09", "10:00", "Notif from police 8/6 MISPER. Kofi named again.", "J; Kofi", "M14"),
(YJ, "2026-06-15", "15:00", "J DNA.", "J", None),
(CS, "2026-06", None, "Manager review. Escalation to complex safeguarding panel.", "J", None),
(PO, "2026-06-19", None, "Kofi AMPAH arrested (conspiracy to supply).", "Kofi", None),
]
build("m", "A 15-year-old in county lines, his sister's ingestion; terse notes from 4 agencies, Jan-Jun 2026 (written blind by helper i14-tune4)", M_PEOPLE, M_AG, M)
