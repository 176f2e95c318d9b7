"""Writing aid for held-out case E (never tune on it). Run: python3 build_e.py > case_e.json

Hand-written entry by entry on 4 December 2026 by a writer who had not read
src/casewindow/evidence/merging.py, its tests or its scores. Every name is invented.
"""

import datetime as dt
import json
import re

PEOPLE = [
    {"name": "Shannon Whitlock", "aliases": ["Shannon", "Ms Whitlock", "S WHITLOCK", "mum", "mother"], "label": "Mother", "category": "parent"},
    {"name": "Ricky Dunmore", "aliases": ["Ricky", "Mr Dunmore", "R DUNMORE", "RD"], "label": "Mother's partner", "category": "parent"},
    {"name": "Tayla Whitlock", "aliases": ["Tayla", "T"], "label": "Child T", "category": "child"},
    {"name": "Alfie Dunmore", "aliases": ["Alfie", "baby Alfie", "baby"], "label": "Child A", "category": "child"},
    {"name": "Maureen Whitlock", "aliases": ["Maureen", "maternal grandmother", "MGM", "nan"], "label": "Maternal grandmother", "category": "family"},
    {"name": "Priya Natarajan", "aliases": ["Priya", "PN"], "label": "Social worker", "category": "professional"},
    {"name": "Gemma Oduya", "aliases": ["Gemma", "HV Oduya"], "label": "Health visitor", "category": "professional"},
]
AGENCIES = [
    {"name": "Children's Social Care", "kind": "social_care"},
    {"name": "Police", "kind": "police"},
    {"name": "GP surgery", "kind": "health"},
    {"name": "Maternity services", "kind": "health"},
    {"name": "Health visiting", "kind": "health"},
    {"name": "Little Acorns Nursery", "kind": "education"},
]
STYLE = {
    "Children's Social Care": lambda d: d.strftime("%-d %B %Y"),
    "Police": lambda d: d.strftime("%d/%m/%Y"),
    "GP surgery": lambda d: d.strftime("%d-%b-%Y"),
    "Maternity services": lambda d: d.strftime("%d/%m/%y"),
    "Health visiting": lambda d: d.strftime("%d.%m.%Y"),
    "Little Acorns Nursery": lambda d: d.strftime("%a %-d %b"),
}
CSC, POL, GP, MAT, HV, NUR = (a["name"] for a in AGENCIES)

# (agency, date, time, people, event, text)
ROWS = [
    (MAT, "2026-01-08", "10:20", "Shannon Whitlock", None, "Booking appt 11+2 wks. G2P1. Routine enquiry re DV - declined to answer as partner in room. Smoker 10/day. Plan: consultant-led care due to previous PPH."),
    (GP, "2026-01-12", None, "Shannon Whitlock", None, "Telephone consult. Low mood, poor sleep. PHQ-9 14. Sertraline 50mg started. Advised to self-refer to talking therapies."),
    (NUR, "2026-01-14", None, "Tayla", None, "Tayla (3) collected late by nan for the third time this month. No contact number working for mum."),
    (POL, "2026-01-24", "23:55", "Shannon Whitlock; Ricky Dunmore; Tayla Whitlock", "E01", "DA verbal. Neighbour called re shouting. Attended, both parties calm on arrival. IP S WHITLOCK 14 wks pregnant. 1 ch (3) asleep. DASH standard. No offences disclosed. PPN submitted."),
    (CSC, "2026-01-27", None, "Shannon Whitlock; Ricky Dunmore; Tayla", "E01", "Police notification (PPN) received at the front door regarding a verbal argument between Ms Whitlock and Mr Dunmore at the weekend. Ms Whitlock is pregnant and Tayla was in the home. Screened as information only; letter to be sent to mother with advice on support services."),
    (HV, "2026-01-28", None, "Tayla", "E01", "Notification from MASH of police call-out 24/01 (verbal DA, no offences). Tayla on universal caseload. Will discuss at next contact; no action at present."),
    (NUR, "2026-01-26", None, "Tayla", "E01", "Op Encompass call this morning - police at Tayla's home Sat night, argument between adults, Tayla asleep. Key person told. Tayla fine in setting today."),
    (MAT, "2026-02-19", "14:00", "Shannon Whitlock", None, "Anomaly scan 20/40 normal. Attended alone. Routine enquiry - denies DV. Leaflet given."),
    (GP, "2026-02-23", None, "Tayla Whitlock", "E02", "Tayla seen with mum and nan. 4-day hx of cough and fever. Chest clear. Viral URTI. Safety netting advice. Weight 12.1kg (0.4th centile) - mum says fussy eater; will ask HV to review growth."),
    (HV, "2026-03-04", None, "Tayla", "E02", "Task from GP surgery re Tayla's weight below 0.4th centile when seen on 23.02 with a cough. Added to targeted caseload. Home visit booked for next week."),
    (HV, "2026-03-11", None, "Tayla; Shannon", "E03", "Home visit. Mum and Tayla seen. Home cluttered, strong smell of smoke and dog faeces in kitchen. Tayla weighed 12.0kg. Food diary given. Mum tearful, said things 'a bit up and down' with Ricky. Advised re support. Plan: review 4/52, discuss with safeguarding lead."),
    (CSC, "2026-03-16", None, "Tayla; Shannon Whitlock", "E03", "Phone call from the health visitor, Gemma Oduya, raising concern about the state of the home she saw on Wednesday and Tayla's weight, and that mother seemed low. Advice given: complete an early help assessment with consent. Not progressed as a referral."),
    (NUR, "2026-03-13", None, "Tayla", None, "Tayla absent - nan rang to say she has a sickness bug."),
    (POL, "2026-04-05", "02:10", "Shannon Whitlock; Ricky Dunmore; Tayla Whitlock", "E04", "DA assault. IP S WHITLOCK 24/40 pregnant, pushed into door frame, bruise R arm. Susp R DUNMORE left prior to arrival. 1 ch present. DASH HIGH (pregnancy, escalation). MARAC referral made. PPN sub. Susp circulated."),
    (MAT, "2026-04-05", "04:30", "Shannon Whitlock", "E04", "Attended triage 24+1 wks after assault by partner, reports pushed against door, no abdominal blows. CTG normal, FM present. Bruise R upper arm photographed. Safeguarding referral to CSC completed by midwife. Discharged home to her mother's address."),
    (CSC, "2026-04-06", None, "Shannon Whitlock; Ricky Dunmore; Tayla", "E04", "Referral from the maternity unit and police protection notice concerning an assault on Ms Whitlock, who is 24 weeks pregnant, on Sunday morning. Tayla was at home. Strategy discussion to be convened today; Priya Natarajan allocated."),
    (CSC, "2026-04-06", "15:00", "Shannon Whitlock; Ricky Dunmore; Tayla; Alfie", "E05", "Strategy discussion held (police, midwifery, health visiting, CSC). Threshold for section 47 enquiry met for Tayla and the unborn baby. Ms Whitlock to remain at her mother's with Tayla. Police to pursue arrest of Mr Dunmore."),
    (POL, "2026-04-06", "15:00", "Shannon Whitlock; Ricky Dunmore", "E05", "Strat disc attended by DS Khan. S47 agreed. Police actions: arrest RD, obtain IP statement, PNC checks. Info shared: RD 2 prev DA convictions (different IP, 2019, 2022)."),
    (HV, "2026-04-08", None, "Tayla", "E05", "Strategy meeting 06/04 - HV team represented by safeguarding nurse by phone. Outcome: s47, Tayla and unborn. Notes received today. Actions: HV to share growth concerns and home conditions."),
    (POL, "2026-04-07", "09:40", "Ricky Dunmore", None, "RD arrested at home address. Interviewed, no comment. Charged common assault. Bail cond: not to contact IP or attend her mother's address."),
    (MAT, "2026-04-07", None, "Shannon Whitlock", "E05", "Received outcome of strat disc held yesterday (attended by community MW by phone) - S47 in respect of unborn. Specialist safeguarding MW allocated; pre-birth plan to follow."),
    (NUR, "2026-04-08", None, "Tayla", None, "Tayla dropped off by nan. Nan says Tayla and mum staying with her 'for a bit'. Key person noted Tayla clingy at drop-off."),
    (CSC, "2026-04-14", None, "Tayla; Shannon Whitlock; Maureen Whitlock", "E06", "Section 47 home visit to the maternal grandmother's house. Tayla seen and observed playing; too young to give a view. Ms Whitlock spoke openly about Mr Dunmore's violence and agreed a safety plan. Grandmother willing to support."),
    (HV, "2026-04-14", None, "Tayla; Shannon", "E06", "Joint HV with SW Priya at MGM's. Tayla weighed 12.3kg. Discussed growth plan with mum and nan. Mum engaging well today."),
    (NUR, "2026-04-20", None, "Tayla", None, "Tayla's attendance 3 days/week this month. Eating well at lunch, seconds most days."),
    (CSC, "2026-04-29", "10:00", "Shannon Whitlock; Tayla; Alfie", "E07", "Initial child protection conference. Tayla made subject to a child protection plan under the category of emotional abuse; unborn baby to be subject to a plan at birth. Core group to meet within ten working days."),
    (GP, "2026-05-06", None, "Shannon Whitlock; Tayla Whitlock", "E07", "Letter received: outcome of ICPC 29/04/26 - Tayla CP plan (emotional abuse), unborn to be made subject at birth. GP report had been submitted. Alert added to both records."),
    (MAT, "2026-04-29", None, "Shannon Whitlock", "E07", "Safeguarding MW attended ICPC. Outcome CP plan for T and unborn at birth. Birth plan: baby not to be discharged without discussion with SW."),
    (HV, "2026-04-30", None, "Tayla", "E07", "CP conf outcome yesterday: Tayla on CP plan (emotional abuse). Moved to HV Oduya's universal partnership plus caseload. Core group invite received."),
    (POL, "2026-04-28", None, "Ricky Dunmore", None, "Conference report submitted by DA unit. RD on bail; trial date awaited."),
    (NUR, "2026-05-07", None, "Tayla", "E08", "Core group at nursery this afternoon - SW, HV, mum, nan, key person. Nursery to share attendance weekly and record Tayla's weight once a month."),
    (CSC, "2026-05-07", None, "Shannon Whitlock; Maureen Whitlock; Tayla", "E08", "First core group meeting held at Little Acorns. Written agreement: Ms Whitlock not to allow Mr Dunmore into the home; grandmother to supervise; nursery to share attendance weekly."),
    (HV, "2026-05-12", None, "Tayla; Shannon", "E08", "CG 07.05 attended (notes typed up today). HV actions: monthly weights, referral to Freedom Programme, perinatal mental health screen."),
    (MAT, "2026-05-21", None, "Shannon Whitlock", None, "Antenatal 30/40. BP normal. Mum reports partner 'out of the picture'. Smoking reduced to 5/day."),
    (POL, "2026-06-02", "21:15", "Ricky Dunmore; Shannon Whitlock", "E09", "Breach of bail. Call from MGM Maureen WHITLOCK stating RD outside her address shouting. RD gone on arrival. IP inside with 1 ch. Circulated as wanted for breach. PPN sub."),
    (CSC, "2026-06-03", None, "Ricky Dunmore; Maureen Whitlock; Shannon Whitlock", "E09", "Police notification: Mr Dunmore came to the grandmother's house last night and shouted outside in breach of his bail. Social worker rang Ms Whitlock, who says she did not invite him and called her mother to ring 999. Safety plan reviewed by phone."),
    (NUR, "2026-06-03", None, "Tayla", "E09", "Encompass: police called to nan's house last night (Tayla's dad's partner? outside shouting). Tayla tired, told key person 'Ricky was banging'. Recorded on CPOMS and passed to SW."),
    (POL, "2026-06-04", "08:30", "Ricky Dunmore", None, "RD arrested for breach of bail. Remanded to court. Bail re-granted with same conditions plus curfew."),
    (GP, "2026-06-10", None, "Shannon Whitlock", None, "Review of sertraline. Mood improving. Continue. Discussed contraception after delivery."),
    (MAT, "2026-07-13", "06:42", "Shannon Whitlock; Alfie Dunmore", "E10", "SVD 38+2. Live male infant, 3.02kg. PPH 900ml. Baby Alfie well, feeding BF. SW informed of birth by ward sister at 09:00 per birth plan."),
    (CSC, "2026-07-13", None, "Alfie; Shannon Whitlock", "E10", "Ward sister rang to say Ms Whitlock gave birth to a boy this morning. Baby Alfie is now subject to a child protection plan as agreed at conference. Discharge planning meeting to be arranged before they go home."),
    (HV, "2026-07-16", None, "Alfie; Shannon", "E10", "Birth notification received: Alfie born 13.07.26, 38+2, 3.02kg, BF. CP plan from birth. New birth visit to be booked within 10-14 days, joint with SW if possible."),
    (GP, "2026-07-20", None, "Alfie Dunmore", "E10", "Discharge summary from maternity unit received - baby boy born 13/07/26 SVD, mother PPH. Registered with practice. CP alert added."),
    (CSC, "2026-07-15", "11:00", "Shannon Whitlock; Alfie; Maureen Whitlock", "E11", "Discharge planning meeting on the postnatal ward with mother, grandmother, the ward midwife and the health visitor. Agreed mother and baby go home to the grandmother's house; visit from the social worker within two days."),
    (MAT, "2026-07-15", "11:00", "Shannon Whitlock; Alfie Dunmore", "E11", "DPM on ward. Attendees: mum, MGM, SW, HV (phone), ward MW. Plan agreed. Discharged 14:30 to MGM's address."),
    (HV, "2026-07-27", None, "Alfie; Shannon; Tayla", None, "NBV at MGM's. Alfie 3.10kg (above birth weight). BF well. Mum appears well, EPDS 8. Tayla playing. Safe sleep advice given, baby sleeps in Moses basket."),
    (NUR, "2026-07-21", None, "Tayla", None, "Tayla back after a week off. Talking about her baby brother."),
    (POL, "2026-08-18", "17:05", "Ricky Dunmore", "E12", "RD appeared at magistrates' court: convicted of common assault (April incident). Community order 12 months with Building Better Relationships requirement. Restraining order re IP 2 yrs."),
    (CSC, "2026-08-26", None, "Ricky Dunmore; Shannon Whitlock", "E12", "Court result received from the police domestic abuse unit on Friday: Mr Dunmore convicted of common assault on 18 August, community order and a two-year restraining order protecting Ms Whitlock. Shared at core group."),
    (HV, "2026-08-28", None, "Alfie; Tayla", "E12", "SW e-mail: RD convicted last week (18/8), restraining order in place 2 yrs. Noted on both children's records."),
    (POL, "2026-08-21", None, "Ricky Dunmore; Shannon Whitlock", "E12", "Result of court 18/08 sent to CSC and MARAC co-ordinator. RO protecting IP S WHITLOCK to 2028."),
    (GP, "2026-09-02", "09:10", "Alfie Dunmore", "E13", "Alfie (7 wks) brought by mum - red mark L cheek noted by mum this morning, says Tayla hit him with a toy. 1cm linear mark, no other marks found on full examination. Non-mobile infant: discussed with on-call paeds, referred to hospital and CSC per bruising protocol."),
    (CSC, "2026-09-02", None, "Alfie; Shannon Whitlock", "E13", "GP rang the front door about a 1cm mark on the cheek of seven-week-old Alfie, explained by mother as Tayla hitting him with a toy. Because Alfie is not mobile, a strategy discussion was arranged for the afternoon and a child protection medical requested."),
    (CSC, "2026-09-02", "15:30", "Alfie; Shannon Whitlock; Tayla", "E14", "Strategy discussion (GP, police, paediatrics, health visiting). Section 47 agreed for Alfie. Child protection medical at 17:00 today. Alfie to stay with grandmother overnight while mother and Tayla are seen."),
    (POL, "2026-09-02", "15:30", "Alfie Dunmore; Shannon Whitlock", "E14", "Strat disc - non-mobile infant, mark to face. Single agency CSC s47, police to review outcome of medical before deciding on joint investigation. RD's RO checked - no breaches recorded."),
    (HV, "2026-09-02", None, "Alfie", "E14", "Strategy disc today re Alfie's facial mark - HV attended by Teams. HV to visit tomorrow and check sleeping arrangements and Tayla's behaviour with baby."),
    (MAT, "2026-09-02", None, "Alfie", None, "Community MW discharge from maternity care completed on day 28 - no further input (record closed 10/08/26). Closing note added retrospectively."),
    (GP, "2026-09-09", None, "Alfie Dunmore", "E15", "Letter from paediatrics re CP medical 02/09: single 1cm linear bruise L cheek consistent with mother's account of a sibling hitting with a toy; skeletal survey not indicated per consultant; no further medical concerns."),
    (CSC, "2026-09-03", None, "Alfie; Shannon Whitlock", "E15", "Outcome of the child protection medical yesterday evening: the paediatric consultant found a single mark consistent with the explanation given and no other injuries; no skeletal survey. Section 47 concluded: concerns not substantiated for this incident; plan continues."),
    (POL, "2026-09-04", None, "Alfie Dunmore", "E15", "CP medical outcome received from CSC - injury consistent with explanation. NFA police."),
    (NUR, "2026-09-03", None, "Tayla", None, "Tayla told key person 'I hurted baby Alfie with my dinosaur'. Said mummy was cross. Recorded and shared with SW."),
    (HV, "2026-09-03", None, "Alfie; Tayla; Shannon", None, "HV visit at MGM's. Alfie content. No marks seen other than fading mark L cheek. Tayla rough with baby - advice re supervision given."),
    (CSC, "2026-10-14", "10:00", "Shannon Whitlock; Tayla; Alfie", "E16", "Child protection review conference. Progress noted: no contact with Mr Dunmore since the conviction, Tayla's weight has risen to the 9th centile. Both children to remain subject to plans for a further three months."),
    (GP, "2026-10-22", None, "Tayla Whitlock; Alfie Dunmore", "E16", "RCPC outcome letter 14/10: plans continue for both children. GP had sent written report (no new concerns)."),
    (HV, "2026-10-14", None, "Tayla; Alfie", "E16", "RCPC attended. HV report: Tayla 12.9kg (9th centile), Alfie thriving. Outcome: plans continue 3 months."),
    (NUR, "2026-10-14", None, "Tayla", "E16", "Key person attended Tayla's review conference this morning - everyone agreed she is doing much better. Plan stays in place."),
    (POL, "2026-10-30", "19:40", "Shannon Whitlock", None, "Call from IP S WHITLOCK reporting unknown male trying door of MGM's address. Attended, area search negative. Not believed to be RD (RD confirmed at home address by officers). Crime report for attempted burglary."),
    (CSC, "2026-11-02", None, "Shannon Whitlock", None, "Ms Whitlock rang to tell the social worker about a stranger trying the door on Friday; she was frightened it was Mr Dunmore's friends. Reassured; police confirmed it was not Mr Dunmore."),
]


def build():
    entries = []
    for n, (agency, date, time, people, event, text) in enumerate(
        sorted(ROWS, key=lambda r: (r[1], r[2] or "")), 1
    ):
        day = dt.date.fromisoformat(date)
        entries.append({
            "id": f"e{n:03d}", "agency": agency, "date": date, "date_text": STYLE[agency](day),
            "precision": "day", "time": time, "text": text, "people": people, "event": event,
        })
    return {
        "case": "e",
        "description": "HELD-OUT 2: domestic abuse in pregnancy, a toddler's growth, a non-mobile baby's mark; six agencies (terse maternity/police/GP notes, nursery diary, social-care prose), Jan-Nov 2026",
        "people": PEOPLE, "agencies": AGENCIES, "entries": entries,
    }


if __name__ == "__main__":
    print(json.dumps(build(), indent=1, ensure_ascii=False))
