"""Write case_k.json and case_l.json from the hand-written entries below (stdlib, deterministic).

    python3 build_kl.py      # writes both files next to this script
Entry line: AGENCY | date | time or - | people (; separated) | event or - | text
date: YYYY-MM-DD (day), YYYY-MM (month), or YYYY-MM-DD~YYYY-MM-DD (approximate range).
"""

# ruff: noqa: E501  (hand-written data: one item per line)
import datetime as dt
import json
from pathlib import Path

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt(style, d):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return f"{d.day}/{d.month}/{d:%y}"
    if style == "dot":
        return d.strftime("%d.%m.%y")
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%d-%b-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


def build(case, description, people, agencies, styles, block):
    rows = []
    for n, line in enumerate(block.strip().splitlines()):
        ag, date, time, ppl, ev, text = [p.strip() for p in line.split("|", 5)]
        agency = agencies[ag][0]
        e = {"agency": agency}
        if "~" in date:
            a, b = date.split("~")
            e |= {"date": a, "date_end": b, "precision": "approximate"}
            da = dt.date.fromisoformat(a)
            e["date_text"] = f"around mid-{MONTHS[da.month - 1]} {da.year} (approx.)"
        elif len(date) == 7:
            y, m = map(int, date.split("-"))
            last = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
            e |= {"date": f"{date}-01", "date_end": last.isoformat(), "precision": "month"}
            e["date_text"] = f"{MONTHS[m - 1]} {y}"
        else:
            d = dt.date.fromisoformat(date)
            e |= {"date": date, "precision": "day", "date_text": fmt(styles[ag], d)}
        e["time"] = None if time == "-" else time
        e["text"] = text
        e["people"] = "; ".join(p.strip() for p in ppl.split(";") if p.strip())
        e["event"] = None if ev == "-" else ev
        rows.append((e["date"], e["time"] or "", n, e))
    rows.sort(key=lambda r: r[:3])
    entries = []
    for i, (_, _, _, e) in enumerate(rows, start=1):
        entries.append(
            {
                "id": f"{case}{i:03d}",
                **{
                    k: e[k]
                    for k in (
                        "agency",
                        "date",
                        "date_text",
                        "precision",
                        "time",
                        "text",
                        "people",
                        "event",
                    )
                },
            }
            | ({"date_end": e["date_end"]} if "date_end" in e else {})
        )
    doc = {
        "case": case,
        "description": description,
        "people": people,
        "agencies": [{"name": n, "kind": k} for n, k in agencies.values()],
        "entries": entries,
    }
    Path(__file__).with_name(f"case_{case}.json").write_text(
        json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def P(name, aliases, label, cat):
    return {"name": name, "aliases": aliases, "label": label, "category": cat}


K_PEOPLE = [
    P("Danielle Reid", ["Danielle", "Dani", "Ms Reid"], "Mother", "parent"),
    P("Liam Chandler", ["Liam", "Mr Chandler", "LC"], "Partner", "parent"),
    P("Tyler Reid", ["Tyler"], "Child K1", "child"),
    P("Maisie Reid", ["Maisie"], "Child K2", "child"),
    P("Alfie Chandler", ["Alfie", "baby Alfie"], "Child K3", "child"),
    P("Sandra Reid", ["Sandra", "MGM"], "Maternal grandmother", "family"),
    P("Hannah Obi", ["Hannah"], "Social worker", "professional"),
    P("Joanne Pritchard", ["Joanne", "JP"], "Health visitor", "professional"),
    P("Martin Greaves", ["Mr Greaves"], "DSL", "professional"),
    P("Aaron Vass", ["PC Vass"], "Police officer", "professional"),
    P("Priya Lal", ["Priya"], "Recovery worker", "professional"),
    P("Nkem Eze", ["Dr Eze"], "GP", "professional"),
    P("Craig Dunmore", ["Craig"], "Neighbour", "other_adult"),
]
K_AG = {
    "CSC": ("Children's Social Care", "social_care"),
    "POL": ("Police", "police"),
    "GP": ("Brookfield Surgery", "health"),
    "HV": ("0-19 Health Visiting", "health"),
    "SCH": ("Larchmont Primary School", "education"),
    "HOS": ("St Aldhelm's Hospital", "health"),
    "DAS": ("Pathways Recovery Service", "other"),
}
K_STYLE = {
    "CSC": "dmy",
    "POL": "dash",
    "GP": "dot",
    "HV": "long",
    "SCH": "dmy2",
    "HOS": "iso",
    "DAS": "short",
}
K = """
GP  | 2025-01-06 | 09:20 | Danielle | - | Dani seen: 22/40 pregnant, low mood, sleeping poorly. Sertraline continued. Says partner 'stressed'.
HV  | 2025-01-07 | 10:00 | Maisie; Danielle | - | 3.5 yr review for Maisie at home. Speech a little behind, referred to SALT drop-in. Mum tired, pregnant.
SCH | 2025-01-08 | - | Tyler | - | Tyler late x3 this week. Teacher spoke to mum at gate.
DAS | 2025-01-09 | 14:00 | Liam | - | Self-referral by phone from Liam Chandler re cocaine and alcohol. Assessment booked 22 Jan.
POL | 2025-01-10 | 23:35 | Danielle; Liam; Tyler; Maisie | E01 | Call from neighbour re shouting and banging. Officers attended. Female (DR) with red mark L cheek, declined to give statement. Male LC left prior to arrival. 2 children present, 1 awake. DASH completed - MEDIUM. PPN submitted.
POL | 2025-01-11 | 01:10 | Liam | - | LC located in street nearby, words of advice, no arrest. Intoxicated.
HOS | 2025-01-11 | 11:40 | Sandra | - | Sandra Reid attended ED with chest pain; discharged same day. (No children with her.)
CSC | 2025-01-13 | 09:15 | Danielle; Liam; Tyler; Maisie | E01 | MASH: police protection notice received re domestic incident at the family home on Friday night 10/01. Mother had a mark to her cheek, partner had left. Children present. For MASH checks.
SCH | 2025-01-13 | 08:50 | Tyler | E01 | Operation Encompass notification: police attended home Fri night, Tyler present. Class teacher informed, keep a watchful eye.
HV  | 2025-01-13 | 15:30 | Danielle | - | Phone call to Danielle to arrange antenatal contact. No answer, message left.
HV  | 2025-01-14 | 11:00 | Danielle; Maisie | E01 | Notified by MASH of domestic abuse incident at the weekend (police attended, mother assaulted). Maisie 3 and unborn baby in household. Added to HV caseload as targeted.
GP  | 2025-01-14 | 16:10 | Liam | - | Liam seen re insomnia and back pain. Advised re alcohol. Not prescribed sedatives.
CSC | 2025-01-14 | 12:00 | Danielle; Tyler; Maisie | - | MASH checks completed: previous CIN 2021 (neglect), closed. Manager decision: strategy discussion required.
CSC | 2025-01-15 | 10:00 | Danielle; Liam; Tyler; Maisie; Hannah | E02 | Strategy discussion (Teams): CSC, police, HV, school. Agreed threshold met for s47 enquiries for all three children incl. unborn. Joint visit with police tomorrow.
POL | 2025-01-15 | 10:00 | Danielle; Liam | E02 | Strat disc attended by DS Khan. s47 single agency CSC led, JV agreed 16/01. Intel check on LC: 2 previous DA reports with ex-partner.
SCH | 2025-01-15 | 10:00 | Tyler; Mr Greaves | E02 | Mr Greaves joined call with social care & police re Tyler. Told them about lateness and tiredness. Agreed to share attendance.
HV  | 2025-01-20 | 09:00 | Danielle; Maisie | E02 | Minutes received of strategy meeting 15 January 2025. Child protection enquiry to proceed. HV to complete antenatal contact urgently.
GP  | 2025-01-15 | 11:30 | Danielle | - | Telephone consultation with Danielle: wants to increase sertraline. Increased to 100mg. Asked about home, said 'all fine now'.
CSC | 2025-01-16 | 14:00 | Danielle; Tyler; Maisie; Hannah; PC Vass | E03 | Joint visit with PC Vass. Mother seen alone: described Liam pushing her into the door frame. Children seen; Maisie's room cluttered but adequate. Tyler quiet. Mother agreed safety plan, Liam to stay at his brother's.
POL | 2025-01-16 | 14:00 | Danielle; Aaron Vass | E03 | JV with SW to home addr. DR now giving account, declined to support prosecution. Safety plan. DASH reviewed - HIGH due to pregnancy and escalation. Referred to MARAC.
SCH | 2025-01-16 | - | Tyler | - | Tyler on time today. Ate breakfast at breakfast club.
DAS | 2025-01-22 | 13:00 | Liam; Priya | E04 | Initial assessment of Liam Chandler by Priya. Cocaine weekends, 30+ units alcohol per week. Disclosed 'argument' with partner. Agreed 1:1 sessions. Letter to GP.
GP  | 2025-02-03 | 10:05 | Liam | E04 | Letter received from Pathways Recovery: LC assessed 22/01/25, cocaine and alcohol use, engaging with keywork. Scanned to record.
HV  | 2025-01-23 | 10:30 | Danielle; Joanne | - | Antenatal contact at home (JP). 24/40. Mum disclosed past DV with partner. Routine enquiry. Safe sleep discussed early.
SCH | 2025-01-24 | - | Tyler; Danielle | - | Mum collected Tyler early for 'dentist'.
GP  | 2025-01-27 | 09:40 | Maisie; Danielle | - | Maisie seen with cough x 1 week. Chest clear. Viral. Mum attended with her.
CSC | 2025-01-28 | 16:00 | Danielle; Tyler; Maisie | - | s47 outcome: concerns substantiated, ICPC to be convened within 15 working days. Manager agreed.
GP  | 2025-01-31 | 12:00 | Danielle; Tyler; Maisie | - | Request for GP report for ICPC received from CSC. Report completed and emailed. GP unable to attend.
CSC | 2025-02-04 | 13:30 | Danielle; Liam; Tyler; Maisie; Hannah | E05 | Initial Child Protection Conference. All three children (incl. unborn) made subject to CP plans under emotional abuse. Liam attended second half.
POL | 2025-02-04 | 13:30 | Danielle; Liam | E05 | ICPC attended (PC Vass). Children made subject of CP plans, cat emotional. Police to flag address.
HV  | 2025-02-04 | 13:30 | Danielle; Maisie; Joanne | E05 | Attended initial CP case conference. Outcome: CP plan for Maisie, Tyler and unborn - emotional abuse. HV to visit fortnightly.
SCH | 2025-02-04 | 13:30 | Tyler; Mr Greaves | E05 | Mr Greaves at ICPC. Tyler now on CP plan. School to provide daily check-in.
DAS | 2025-02-04 | 13:30 | Liam; Priya | E05 | Priya attended child protection conference for LC's partner's children. LC's engagement shared. CP plans made.
GP  | 2025-02-04 | 15:20 | Danielle | - | Danielle seen in surgery: antenatal bloods, BP normal. Appeared teary, had come from a meeting.
SCH | 2025-02-05 | - | Tyler | - | Tyler in tears after lunch, said he's 'in trouble with social'. Reassured by TA.
DAS | 2025-02-07 | 11:00 | Liam; Priya | - | 1:1 session. Liam reports reduced drinking. Urine screen positive cocaine.
HV  | 2025-02-11 | 10:00 | Danielle; Maisie | - | Home visit. Maisie playing, home cluttered, mum coping. Liam present briefly, left.
CSC | 2025-02-12 | 15:00 | Tyler; Hannah | - | SW saw Tyler alone at school; he drew his family with Liam outside the house.
SCH | 2025-02-12 | 15:00 | Tyler; Hannah | - | SW visited to see Tyler in school. Room provided.
DAS | 2025-02-14 | 11:00 | Liam | - | Did not attend 1:1. Text sent.
HOS | 2025-02-18 | 18:25 | Maisie; Danielle | E06 | ED: 3y F with superficial scald to back of R hand. Hot drink knocked from table per mum. Consistent history. Dressing applied. Safeguarding checks: CP plan - liaison nurse informed. Discharged.
HV  | 2025-02-18 | 10:00 | Maisie; Danielle | - | HV visit am: Maisie well, safety in kitchen discussed (kettle, hot drinks) as part of home safety check.
SCH | 2025-02-18 | - | Tyler | - | Tyler said at home time that his grandma Sandra was collecting him; confirmed with mum by phone.
CSC | 2025-02-19 | 09:30 | Maisie; Danielle | E06 | Call from hospital paediatric liaison: Maisie taken to A&E last night with a scald to her hand, explanation consistent. SW to visit.
HV  | 2025-02-20 | 14:00 | Maisie | E06 | Liaison notification: Maisie attended Emergency Department 18/2 with scald R hand. Plan to review at next visit.
CSC | 2025-02-20 | 11:00 | Maisie; Danielle; Hannah | - | Home visit following hospital attendance. Kitchen seen, kettle pushed back. Mother upset by visit.
GP  | 2025-03-03 | 09:00 | Maisie | E06 | ED discharge letter St Aldhelm's 18/02/25: scald R hand, minor, dressings. Filed.
CSC | 2025-02-26 | 10:00 | Danielle; Liam; Hannah; Joanne | E07 | Core group 1. Plan reviewed. Liam attending Pathways, mixed. Mother to attend Freedom Programme.
HV  | 2025-02-26 | 10:00 | Danielle; Joanne | E07 | CG meeting at children's centre. Plan updated, HV actions: fortnightly visits, safe sleep prep for baby.
SCH | 2025-02-26 | 10:00 | Tyler; Mr Greaves | E07 | Mr Greaves at core group. Attendance 91%. Daily check-ins going well.
DAS | 2025-02-26 | 10:00 | Liam; Priya | E07 | Core group attended. Reported LC's mixed engagement and positive drug screen with his consent.
GP  | 2025-02-26 | 16:45 | Liam | - | Liam seen: requests fit note, back pain. Smelled of alcohol. Issued 2 weeks.
DAS | 2025-03-04 | 11:00 | Liam; Priya | - | 1:1. Liam says he has moved back in with Danielle. Advised to tell SW.
SCH | 2025-03-07 | 14:30 | Tyler; Mr Greaves | E08 | Tyler told TA that Liam 'hit mum again on Wednesday' and that he has to keep secrets. DSL informed. Referral made via MASH portal at 15:40.
HV  | 2025-03-07 | 11:00 | Danielle | - | Antenatal visit 30/40. Mum said Liam 'popping in' only. Booked NBV plan.
CSC | 2025-03-10 | 09:05 | Tyler; Danielle; Liam | E08 | Referral from school (received Friday afternoon, actioned Monday): Tyler says Liam hit his mother again midweek and he is told to keep secrets. Allocated SW informed.
POL | 2025-03-10 | 16:00 | Danielle; Liam | - | DR attended front counter to report harassment by text from an unknown number. Crime recorded. Not linked to LC at this time.
CSC | 2025-03-11 | 14:00 | Danielle; Tyler; Hannah | - | Unannounced visit. Liam's clothes and boots in hallway. Mother denied he is living there.
DAS | 2025-03-14 | 11:00 | Liam | - | DNA 1:1.
GP  | 2025-03-18 | 10:20 | Tyler; Danielle | - | Tyler seen with eczema flare. Mum says he isn't sleeping. Emollients.
HOS | 2025-03-20 | 14:00 | Danielle | E09 | Antenatal clinic 32/40: growth normal. Safeguarding midwife review, CP plan noted, birth plan to include social care notification. Letter to HV and GP.
HV  | 2025-03-31 | 12:00 | Danielle | E09 | Letter from maternity (Safeguarding MW) re antenatal clinic 20 March: baby growing well, birth plan with CSC alert in place.
SCH | 2025-03-21 | - | Tyler; Sandra | - | Grandma Sandra came to parents' evening with Tyler. Good progress in reading.
CSC | 2025-03-25 | 10:00 | Danielle; Liam; Hannah | - | Supervision: drift noted, Liam's role unclear. Legal gateway to be considered if further incident.
DAS | 2025-03-27 | 11:00 | Liam; Priya | - | 1:1. Reported 2 weeks abstinent from cocaine, drinking 'less'. Screen negative.
HV  | 2025-04-02 | 10:00 | Danielle; Maisie | - | Antenatal visit 36/40. Moses basket seen. Maisie at nursery.
SCH | 2025-04-04 | - | Tyler | - | Last day of term. Tyler given easter egg by class.
GP  | 2025-04-08 | 09:00 | Danielle | - | Danielle seen 37/40 with headaches. BP normal. Reassured.
HOS | 2025-04-12 | 04:52 | Danielle; Alfie | E10 | Maternity: SVD, live male infant Alfie, 3.2kg. Mother well. CP alert: EDT notified per birth plan. Discharge hold pending social care.
CSC | 2025-04-12 | 08:30 | Danielle; Alfie | E10 | EDT: call from labour ward - Ms Reid delivered a baby boy this morning. Birth plan in place, baby not to be discharged until discussed with allocated SW Monday.
HV  | 2025-04-14 | 09:30 | Alfie; Danielle | E10 | Birth notification received: male infant born 12/04/25 St Aldhelm's, mother Danielle Reid. CP plan. NBV to be booked day 10-14.
GP  | 2025-04-15 | 11:00 | Alfie; Danielle | E10 | Birth notification for baby Alfie (born 12.04.25) received from maternity. Added as temporary resident pending registration.
CSC | 2025-04-14 | 11:00 | Danielle; Alfie; Hannah | - | SW visited ward. Discharge agreed to mother and maternal grandmother's home for two weeks. Liam not to stay overnight.
HOS | 2025-04-14 | 15:00 | Danielle; Alfie | - | Discharged home to MGM address with baby. Community midwife to visit.
SCH | 2025-04-14 | - | Tyler | - | Easter holidays - no contact.
POL | 2025-04-19 | 22:10 | Liam; Craig | - | Report from Craig Dunmore (neighbour) of Liam shouting in the street outside. Attended, LC gone. No offences.
HV  | 2025-04-24 | 10:00 | Danielle; Alfie; Maisie; Joanne | E11 | New birth visit at MGM's home. Alfie feeding well, weight 3.3kg. Safe sleep: cot in mum's room. Liam not present. Shared with SW by phone.
CSC | 2025-04-24 | 12:30 | Alfie; Danielle; Joanne | E11 | Phone call from HV after the new birth visit at grandmother's house: baby well, safe sleep set up, no concerns today.
GP  | 2025-04-24 | 15:00 | Sandra | - | Sandra Reid seen for BP review. Mentions she has her daughter and grandchildren staying.
SCH | 2025-04-25 | - | Tyler | - | Tyler tired, says baby cries all night at nan's.
GP  | 2025-04-29 | 09:30 | Alfie | - | Alfie registered as permanent patient.
CSC | 2025-05-06 | 13:30 | Danielle; Liam; Tyler; Maisie; Alfie; Hannah | E12 | Review child protection conference: plans continue for all three under emotional abuse. Mother back at own home with children.
POL | 2025-05-06 | 13:30 | Danielle; Liam | E12 | RCPC. CP plans to continue. LC attended, hostile to police.
HV  | 2025-05-06 | 13:30 | Alfie; Maisie; Joanne | E12 | RCPC attended. Plans continue. Concern re mother's low mood post-natal, EPDS to be done.
SCH | 2025-05-06 | 13:30 | Tyler; Mr Greaves | E12 | Mr Greaves at review conference. Plans continue.
DAS | 2025-05-14 | 10:00 | Liam; Priya | E12 | Minutes of review CP conference of 06 May received and filed. Plans continue; LC's drug use a key concern.
HV  | 2025-05-08 | 10:00 | Danielle; Alfie | - | Visit: EPDS 14. GP appointment advised. Alfie weight 4.1kg.
GP  | 2025-05-12 | 10:30 | Danielle; Alfie | - | 6-8 week check Alfie: normal. Mum's EPDS discussed, sertraline reviewed.
HOS | 2025-05-13 | 09:00 | Alfie | - | Hip USS (breech) - normal.
POL | 2025-05-17 | 19:30 | Liam | E13 | LC arrested on Dale Street, in possession of 14 wraps cocaine and cash. PWITS. Custody. Released under investigation 18/05. Safeguarding: CP plan children - EDT informed.
CSC | 2025-05-17 | 21:00 | Liam; Danielle | E13 | EDT: police call, mother's partner arrested this evening for possession with intent to supply. Children at home with mother, not present at arrest. Pass to allocated SW.
DAS | 2025-05-19 | 11:30 | Liam; Priya | E13 | LC phoned: 'got nicked Saturday', charged pending. Priya advised re honesty with SW.
SCH | 2025-05-19 | - | Tyler | - | Tyler quiet, said 'Liam's in trouble with the police'. Logged.
CSC | 2025-05-19 | 15:00 | Danielle; Hannah | - | Call to mother re weekend arrest. She says Liam does not live with her.
HV  | 2025-05-20 | 10:00 | Danielle; Alfie | - | Visit. Mum upset about Liam's arrest. Alfie well, weight 4.6kg.
POL | 2025-05-29 | 09:30 | Danielle; Liam | E14 | MARAC. Case heard. Actions: IDVA to contact DR, police markers, DAS to share LC engagement.
CSC | 2025-05-29 | 09:30 | Danielle; Liam; Hannah | E14 | Multi-Agency Risk Assessment Conference: mother's case discussed, IDVA to offer support, marker on address.
DAS | 2025-05-29 | 09:30 | Liam; Priya | E14 | Attended MARAC, shared LC's engagement (consent on file).
HV  | 2025-06-05 | 12:00 | Danielle | E14 | MARAC minutes received (meeting 29/5). Actions noted - HV to continue universal plus / CP visits.
GP  | 2025-05-29 | 16:00 | Danielle | - | Danielle DNA appointment for review of mood.
SCH | 2025-05-30 | - | Tyler | - | Half term.
HV  | 2025-06-03 | 10:00 | Danielle; Alfie; Maisie | - | Visit. Home tidy. Maisie due to start reception Sept.
DAS | 2025-06-04 | 11:00 | Liam | - | DNA.
POL | 2025-06-10 | 21:40 | Tyler; Danielle | E15 | MISPER: Tyler Reid 9yrs reported missing by mother, last seen 18:00 park. Medium risk. Located 11/06 02:15 at friend's home, safe and well.
CSC | 2025-06-11 | 08:45 | Tyler; Danielle | E15 | Police notification: Tyler was reported missing last night and found in the early hours at a friend's house. Return home interview to be arranged.
SCH | 2025-06-11 | - | Tyler; Danielle | E15 | Tyler absent. Mum phoned: he went missing last night, police found him 2am, keeping him home to sleep.
GP  | 2025-06-11 | 10:00 | Alfie; Danielle | - | Alfie 8 week imms given. Mum looked exhausted.
CSC | 2025-06-13 | 15:30 | Tyler; Hannah | - | Return home interview with Tyler: went to friend's because 'home is shouty'. No exploitation indicators.
SCH | 2025-06-13 | - | Tyler; Hannah | - | SW in to see Tyler.
HV  | 2025-06-17 | 10:00 | Danielle; Alfie | - | Visit. Alfie well. Mum says Liam 'around more'.
GP  | 2025-06-24 | 11:20 | Alfie; Danielle; Dr Eze | E16 | Dr Eze: Alfie 10/52 brought by mum, bruise L ear ~1cm, mum unsure how. Non-mobile infant - referred to CSC by phone & form, advised to go to paeds.
CSC | 2025-06-24 | 11:50 | Alfie; Danielle | E16 | Referral from GP: bruise to left ear of 10-week-old baby, no explanation. Non-mobile infant. Strategy discussion convened.
CSC | 2025-06-24 | 17:00 | Alfie; Danielle; Liam; Hannah | E18 | Strategy discussion with police and paediatrics: s47 enquiry, CP medical tomorrow, baby to stay with MGM overnight.
POL | 2025-06-24 | 17:00 | Alfie; Danielle; Liam | E18 | Strategy meeting re bruising to infant. S47 joint investigation. CP medical 25/06.
HOS | 2025-06-24 | 17:00 | Alfie | E18 | Paeds consultant joined strategy call re 10 week old with ear bruise. Medical booked tomorrow 10:00.
HV  | 2025-06-24 | 14:00 | Alfie; Danielle | - | Planned visit - no answer. Card left. (Later informed of GP referral.)
HOS | 2025-06-25 | 10:00 | Alfie; Danielle; Sandra | E17 | Child protection medical: 2.5cm bruise L pinna, no other injuries. Skeletal survey and bloods. Unexplained in non-mobile infant. Report to CSC.
CSC | 2025-06-25 | 10:00 | Alfie; Danielle; Hannah | E17 | SW attended CP medical with mother and grandmother. Paediatrician's opinion: bruise unexplained, possibly inflicted. Alfie to remain with MGM.
GP  | 2025-07-07 | 09:00 | Alfie | E17 | Letter: child protection medical 25/06/25 St Aldhelm's - bruise L ear, SS normal, unexplained injury. Filed, coded.
POL | 2025-06-25 | 15:00 | Danielle; Liam | - | DR and LC interviewed voluntarily re infant injury. Both deny. NFA at this time pending medical evidence.
SCH | 2025-06-25 | - | Tyler; Sandra | - | Grandma collected Tyler; said baby at hospital for tests.
HOS | 2025-06-27 | 09:00 | Alfie | - | Skeletal survey reported: no fractures.
CSC | 2025-07-01 | 14:00 | Danielle; Liam; Hannah | - | Legal gateway meeting: PLO pre-proceedings letter to be issued.
CSC | 2025-07-03 | 10:00 | Danielle; Liam | - | Letter before proceedings sent to mother and Mr Chandler.
DAS | 2025-07-03 | 11:00 | Liam; Priya | - | 1:1: Liam angry about PLO letter. Screen positive cocaine.
HV  | 2025-07-08 | 10:00 | Alfie; Sandra | - | Visit at MGM home. Alfie well, weight 5.9kg.
CSC | 2025-07-15 | 10:00 | Danielle; Hannah; Joanne | E19 | Core group. Alfie remains with MGM. Mother attending Freedom Programme. LC positive screen.
HV  | 2025-07-15 | 10:00 | Danielle; Joanne | E19 | Core grp. Actions: HV weekly visits to MGM address.
DAS | 2025-07-15 | 10:00 | Liam; Priya | E19 | Core group attended. Shared LC's positive screen.
SCH | 2025-07-15 | 10:00 | Tyler; Mr Greaves | E19 | CG - attended by Mr Greaves. Tyler attendance 89%.
GP  | 2025-07-15 | 14:30 | Danielle | - | Danielle seen, low mood, tearful about baby. Referred talking therapies.
SCH | 2025-07-18 | - | Tyler | - | End of term.
DAS | 2025-08 | - | Liam; Priya | E20 | LC discharged from service in August 2025 following 3 DNAs. Discharge letter to SW and GP.
CSC | 2025-08-20 | 10:00 | Liam | E20 | Letter from Pathways: Mr Chandler has been closed to the service for non-engagement.
POL | 2025-08-09 | 02:30 | Liam | - | LC arrested drink driving. Charged.
HV  | 2025-08-12 | 10:00 | Alfie; Sandra | - | Visit at MGM address. Alfie sitting with support.
CSC | 2025-08-14 | 10:00 | Danielle; Hannah | - | Visit to mother: says relationship with Liam has ended. Evidence he has moved to Leeds.
HV  | 2025-09-03 | 15:00 | Maisie; Joanne | E21 | Transfer summary to school nursing for Maisie (starting Reception at Larchmont), CP plan, speech delay.
SCH | 2025-09-10 | - | Maisie | E21 | HV transfer record received for Maisie (new Reception). CP plan noted.
SCH | 2025-09-03 | - | Maisie; Tyler; Danielle | - | Maisie started Reception. Mum brought both children.
GP  | 2025-09-03 | 10:00 | Alfie | - | Alfie 5 mo, nappy rash. Seen with grandmother.
CSC | 2025-09-16 | 13:30 | Danielle; Tyler; Maisie; Alfie; Hannah | E22 | Second review conference: plans ended, children to continue as children in need. Alfie to return to mother's care over 4 weeks.
HV  | 2025-09-16 | 13:30 | Alfie; Maisie; Joanne | E22 | RCPC 2. Step down to CIN. HV to continue.
SCH | 2025-09-16 | 13:30 | Tyler; Maisie; Mr Greaves | E22 | Review conference - stepped down to Child in Need.
POL | 2025-09-16 | 13:30 | Danielle | E22 | RCPC - CP plans ceased, CIN. Markers retained.
GP  | 2025-09-16 | 11:00 | Danielle; Maisie | - | Report for RCPC sent. Maisie seen same day for ear pain.
HOS | 2025-09-16 | 16:00 | Sandra | - | Sandra Reid outpatient cardiology review.
SCH | 2025-01-20 | - | Tyler | - | Tyler forgot PE kit again. Spare given.
HV  | 2025-01-28 | 10:00 | Danielle; Maisie | - | Maisie attended SALT drop-in with mum. Advice sheet given.
POL | 2025-02-01 | 20:15 | Danielle | - | Call from DR: LC outside, banging door. Attended, no one present. Words of advice by phone to LC.
CSC | 2025-02-03 | 09:00 | Danielle; Hannah | - | Mother phoned SW re Saturday night; Liam had been outside. Safety plan revisited.
SCH | 2025-02-10 | - | Tyler | - | Tyler's reading book found torn; said baby brother 'won't have a room'.
HV  | 2025-02-25 | 10:00 | Danielle; Maisie | - | Visit. Scald healing. Kitchen check repeated.
GP  | 2025-03 | - | Danielle | - | Repeat prescription requests x2 in March 2025 (sertraline, folic acid). Not seen.
SCH | 2025-03-10 | - | Tyler | - | Tyler happier today. Class assembly.
HV  | 2025-03-18 | 10:00 | Danielle; Maisie | - | Visit. Maisie's speech improving. Mum anxious about birth.
DAS | 2025-04-10 | 11:00 | Liam; Priya | - | 1:1. LC says he will be at the birth. Screen negative.
CSC | 2025-04-28 | 16:00 | Tyler; Maisie; Hannah | - | Visit to children at MGM. Tyler sharing a sofa bed.
SCH | 2025-05-12 | - | Tyler | - | Year 4 trip - Tyler attended.
CSC | 2025-05-12 | 11:00 | Danielle; Alfie; Hannah | - | Home visit. Alfie well. Mother says GP check done today.
DAS | 2025-05-22 | 11:00 | Liam; Priya | - | 1:1. Court date for PWITS set July. Drinking increased.
GP  | 2025-06-02 | 09:30 | Tyler | - | Tyler seen, wheeze. Inhaler.
SCH | 2025-06-02 | - | Tyler | - | Tyler in with inhaler letter from GP.
HV  | 2025-06-26 | 10:00 | Alfie; Sandra | - | Visit to MGM following CP medical. Baby content, sleep space checked.
POL | 2025-07-10 | 10:00 | Liam | - | LC in court, PWITS: 12 mo community order with drug rehab requirement.
CSC | 2025-07-22 | 15:00 | Tyler; Maisie; Hannah | - | Summer visit. Children at holiday club.
HV  | 2025-07-29 | 10:00 | Alfie; Sandra | - | Visit at MGM. Weaning advice.
SCH | 2025-07-14~2025-07-25 | - | Tyler | - | Tyler reported to teacher 'sometime before the end of term' that Liam had 'moved to Leeds'. Approximate.
CSC | 2025-08-28 | 10:00 | Alfie; Danielle; Sandra; Hannah | - | Family meeting at MGM: plan for Alfie's return home over four weeks.
GP  | 2025-08-28 | 14:00 | Danielle | - | Danielle seen: mood better, talking therapy started.
HOS | 2025-08-28 | 11:00 | Maisie | - | ENT outpatient: Maisie hearing test normal.
CSC | 2025-09-09 | 10:00 | Alfie; Danielle | - | Alfie returned to mother for two nights a week.
"""

L_PEOPLE = [
    P("Zofia Nowicka", ["Zofia", "Mrs Nowicka", "ZN"], "Mother", "parent"),
    P("Kacper Nowicki", ["Kacper", "Kas", "KN"], "Child L1", "child"),
    P("Lena Nowicka", ["Lena"], "Child L2", "child"),
    P("Tomasz Nowicki", ["Tomasz", "Mr Nowicki"], "Father", "parent"),
    P("Jordan Pike", ["Jordan", "JP"], "Older associate", "other_adult"),
    P("Amira Haddad", ["Amira"], "Social worker", "professional"),
    P("Owen Lloyd", ["Mr Lloyd"], "Head of year", "professional"),
    P("Ruth Abara", ["Dr Abara"], "CAMHS clinician", "professional"),
]
L_AG = {
    "CSC": ("CSC Ashby", "social_care"),
    "POL": ("Police", "police"),
    "SCH": ("Ferncliffe Academy", "education"),
    "CAM": ("CAMHS", "health"),
}
L_STYLE = {"CSC": "dmy", "POL": "dash", "SCH": "dmy2", "CAM": "short"}
L = """
SCH | 2026-01-12 | - | Kacper | - | Yr9. KN isolation - vape.
SCH | 2026-01-19 | - | Kacper; Mr Lloyd | - | HoY call home. Mum: he's out late.
POL | 2026-01-24 | 23:50 | Kacper; Jordan | L01 | Stop search, 2 youths + adult male (JP, 19) Mill Lane. KN 14. Cannabis small qty. KN taken home. CCE concerns. Intel sub.
CSC | 2026-01-27 | 10:00 | Kacper; Zofia | L01 | Front door: police notif - Kacper stopped Sat night w/ older male, cannabis. Possible criminal exploitation. Info & advice to mum, EH offered.
SCH | 2026-01-27 | - | Kacper | - | KN late, no reason.
CAM | 2026-02-02 | - | Kacper | - | Referral from GP recv: low mood, cutting. Triage: routine.
SCH | 2026-02-03 | - | Kacper; Zofia | - | Mum in re uniform grant.
SCH | 2026-02-06 | 13:10 | Kacper; Mr Lloyd | L02 | DSL: KN disclosed cuts to forearm, said 'owes money'. Ref to CSC 14:00.
CSC | 2026-02-06 | 14:20 | Kacper | L02 | Contact from school DSL: Kacper self-harming, says he owes money to older lads. Strat disc req.
CAM | 2026-02-06 | - | Kacper | - | Letter sent: apt 23/02.
CSC | 2026-02-09 | 11:00 | Kacper; Zofia; Amira | L03 | Strat disc: CSC/police/school. s47 single agency. CCE screening tool. Amira allocated.
POL | 2026-02-09 | 11:00 | Kacper; Jordan | L03 | Strategy disc - CCE. Police to progress intel on JP. NRM to be considered.
SCH | 2026-02-09 | 11:00 | Kacper; Mr Lloyd | L03 | SD attended OL. Safety plan at school.
SCH | 2026-02-09 | - | Lena | - | Lena (sibling, Yr3 at Ferncliffe Juniors) - no concerns per juniors.
CSC | 2026-02-10 | 16:00 | Kacper; Zofia; Lena; Amira | - | HV by SW (home visit). Kacper seen alone, minimal. Mum tearful. Dad in Poland.
CSC | 2026-02-11 | 09:00 | Kacper; Tomasz | - | Tel Tomasz (Gdańsk) via interpreter. Aware.
POL | 2026-02-14 | 03:10 | Kacper; Zofia | L04 | MISPER KN 14 reported by mother 22:00 13/02. Found 03:10 Harrow Rd petrol stn w/ £200 and 2 phones. Returned home. Med risk.
CSC | 2026-02-16 | 09:00 | Kacper; Zofia | L04 | EDT log passed on: Kacper missing Fri night, found early Sat with cash and phones.
SCH | 2026-02-16 | - | Kacper | - | KN in. Tired. Mentions 'weekend trouble'.
CSC | 2026-02-18 | 15:00 | Kacper; Amira | - | RHI completed by Amira. KN says 'just hanging out'.
CAM | 2026-02-23 | 14:00 | Kacper; Zofia; Dr Abara | L05 | Choice apt Dr Abara. KN + mum. Self-harm x 3 mo, superficial. Low mood. Says 'in debt'. Safeguarding: open to CSC - email SW.
CSC | 2026-02-23 | 17:30 | Kacper; Dr Abara | L05 | Email from CAMHS (Dr Abara): seen today, self-harm superficial, linked to debt worries, partnership apts offered.
SCH | 2026-02-23 | - | Kacper | - | KN left early - CAMHS apt.
POL | 2026-02-25 | 14:00 | Jordan | - | JP arrested, PWITS class A, unconnected address. Bailed.
CSC | 2026-03-03 | 10:00 | Kacper; Zofia; Amira | L06 | s47 outcome / CIN mtg. CIN plan. CCE. Referral to exploitation hub.
SCH | 2026-03-03 | 10:00 | Kacper; Mr Lloyd | L06 | Child in Need meeting. Actions for school: mentor, timetable.
CAM | 2026-03-03 | 10:00 | Kacper; Dr Abara | L06 | CIN mtg attended. CAMHS to continue 2-weekly.
POL | 2026-03-03 | 09:00 | Kacper | - | Exploitation hub screening - KN. Amber.
SCH | 2026-03-05 | - | Kacper | - | Fixed term exclusion 3d - threatening behaviour w/ metal comb.
CSC | 2026-03-05 | 15:00 | Kacper; Mr Lloyd | - | School call: Kacper given 3 day FTE.
CAM | 2026-03-09 | 14:00 | Kacper | - | Apt 2. Mood lower. Safety plan updated.
SCH | 2026-03-12 | - | Kacper | - | Reintegration mtg.
POL | 2026-03-21 | 01:20 | Kacper; Jordan | L07 | Sat 01:20 - KN found in car w/ JP (stop). Stanley knife in car. JP arrested. KN taken home. CCE/NRM referral made.
CSC | 2026-03-23 | 09:30 | Kacper; Jordan | L07 | PPN: Kacper found in car with Jordan Pike in the early hours of Saturday; blade in car. JP arrested. NRM referral made by police.
SCH | 2026-03-23 | - | Kacper | - | KN absent.
CAM | 2026-03-23 | 14:00 | Kacper | - | DNA. Mum phoned: he won't come.
CSC | 2026-03-24 | 11:00 | Kacper; Zofia; Amira | - | Legal/strat: escalate to ICPC. s20 discussed, mum opposed.
CSC | 2026-03-26 | - | Kacper | - | NRM referral confirmation received from Home Office (reasonable grounds pending).
SCH | 2026-03-27 | - | Kacper; Zofia | - | Mum in - worried about KN phones.
CSC | 2026-04-08 | 13:00 | Kacper; Lena; Zofia; Amira | L08 | ICPC. KN subject to CP plan, cat physical (CCE). Lena - NFA.
POL | 2026-04-08 | 13:00 | Kacper | L08 | CP conf - KN subject to plan. Police actions: disruption JP.
SCH | 2026-04-08 | 13:00 | Kacper; Mr Lloyd | L08 | CP conference - KN on plan.
CAM | 2026-04-15 | - | Kacper | L08 | ICPC minutes recvd (08/04): CP plan, CAMHS to offer outreach.
CAM | 2026-04-08 | 16:00 | Kacper; Zofia | - | Tel mum: outreach offered.
SCH | 2026-04-20 | - | Kacper | - | Attendance 62%.
CSC | 2026-04-21 | 16:00 | Kacper; Amira | - | Visit. KN seen alone. New trainers.
CAM | 2026-04-22 | 15:00 | Kacper; Dr Abara | - | Home outreach. KN engaged 20 mins.
CSC | 2026-04-10~2026-04-24 | - | Kacper; Zofia | - | (Approx.) Mum reports KN out most nights mid-April, dates not recorded.
POL | 2026-05-02 | 22:45 | Kacper; Zofia | L09 | Sat. MISPER KN. Returned self 23:50, injury to face (punched). Refused to say who. Ambulance not needed.
CSC | 2026-05-05 | 09:10 | Kacper | L09 | Bank hol w/e: police log - Kacper missing Sat eve, came back with facial injury, won't say who. RHI to follow.
SCH | 2026-05-05 | - | Kacper | - | KN in, bruised eye. Says football. Logged, SW told.
CAM | 2026-05-06 | 15:00 | Kacper; Dr Abara | - | Outreach. KN: 'got jumped'. Self-harm increased. Risk raised.
CSC | 2026-05-06 | 15:30 | Kacper; Dr Abara | - | Call from CAMHS: risk raised after today's visit.
CSC | 2026-05-13 | 10:00 | Kacper; Zofia; Amira | L10 | Core group. KN plan. Relocation options? Mum considering move to her sister in Leicester.
SCH | 2026-05-13 | 10:00 | Kacper; Mr Lloyd | L10 | CG. School: attendance 58%, mentor sessions continue.
CAM | 2026-05-13 | 10:00 | Kacper; Dr Abara | L10 | Core grp attended. CAMHS risk update shared.
POL | 2026-05-13 | 18:00 | Jordan | - | JP remanded for unrelated offences.
SCH | 2026-05-20 | - | Kacper; Zofia | - | Mum informs school of planned move June.
CAM | 2026-05-27 | 15:00 | Kacper | - | Outreach: KN calmer, fewer cuts.
CSC | 2026-06-01 | 10:00 | Kacper; Zofia; Amira | L11 | Transfer-in conference request sent to Leicester. Move confirmed 12/06.
SCH | 2026-06-05 | - | Kacper; Zofia | L11 | Letter recvd from CSC re transfer of KN's plan to Leicester, leaving date 12/06.
CAM | 2026-06-03 | 15:00 | Kacper | - | Final outreach. Referral to Leics CAMHS.
SCH | 2026-06-12 | - | Kacper | - | Off roll - moved.
POL | 2026-01-31 | 21:00 | Kacper | - | KN seen Mill Lane w/ group. Dispersal. No search.
SCH | 2026-02-13 | - | Kacper | - | KN in detention. Left 16:00.
CAM | 2026-03 | - | Kacper | - | Waiting list review March 2026 - no change.
SCH | 2026-04-08 | - | Lena; Zofia | - | Mum asked juniors for Lena to stay after-school club.
POL | 2026-04-25 | 20:00 | Kacper | - | Intel: KN seen in JP associate's car. No action.
CSC | 2026-05-20 | 14:00 | Kacper; Zofia; Amira | - | Visit. Mum packing. KN unhappy re move.
CAM | 2026-06-01 | 10:00 | Kacper; Dr Abara | - | Case discussion re transfer to Leics CAMHS.
POL | 2026-06-01 | 11:00 | Kacper | - | Markers transferred to Leics force.
"""

if __name__ == "__main__":
    build(
        "k",
        "Domestic abuse, parental drug use and an unexplained bruise to a non-mobile baby; three children; 7 agencies, Jan-Sep 2025",
        K_PEOPLE,
        K_AG,
        K_STYLE,
        K,
    )
    build(
        "l",
        "Criminal exploitation and self-harm of a 14-year-old boy; terse notes; 4 agencies, Jan-Jun 2026",
        L_PEOPLE,
        L_AG,
        L_STYLE,
        L,
    )
