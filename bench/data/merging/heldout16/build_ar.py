# ruff: noqa
"""Writing aid for held-out case ar (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout16/build_ar.py   # writes heldout16/case_ar.json

HELD-OUT: whoever changes the merge rules must not open this file or case_ar.json.

A two-year-old (Kai, born March 2023) with a suspected non-accidental head injury in December
2025 after earlier bruising. His mother Chantelle's new partner Ryan Stott is on a community
order for assaulting a former partner and is supervised by probation. Kai had a child
protection plan for neglect that ended in September 2024. Seven agencies, April 2025 - April
2026. Every entry is written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hv_ar", "%d.%m.%Y")  # 22.07.2025
casegen.STYLES.setdefault("cc_ar", "%a %d %b %Y")  # Mon 21 Jul 2025

CSC = "Children's Social Care"
POL = "Police"
GP = "Millbrook Medical Practice"
HV = "0-19 Health Visiting"
HOS = "Northgate General Hospital"
CC = "Brook Lane Children's Centre"
PRO = "Probation Service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "hv_ar"),
    (HOS, "health", "health"),
    (CC, "other", "cc_ar"),
    (PRO, "other", "iso"),
]

PEOPLE = [
    ("Kai Doherty", ["Kai", "KD"], "Child K", "child"),
    ("Chantelle Doherty", ["Chantelle", "Ms Doherty", "Mum", "CD"], "Mother", "parent"),
    ("Ryan Stott", ["Ryan", "Mr Stott", "STOTT", "RS"], "Mother's partner", "other_adult"),
    ("Lee Brennan", ["Lee", "Mr Brennan"], "Kai's father", "parent"),
    ("Denise Doherty", ["Denise", "MGM", "Nana", "Mrs Doherty"], "Maternal grandmother", "family"),
    ("Priya Natt", ["SW Natt", "Priya"], "Social worker", "professional"),
    ("Owen Farley", ["SW Farley"], "MASH social worker", "professional"),
    ("Graham Lowe", ["TM Lowe"], "Team manager", "professional"),
    (
        "Janet Okafor",
        ["IRO Okafor"],
        "Independent reviewing officer (conference chair)",
        "professional",
    ),
    ("Claire Venn", ["DS Venn"], "Detective sergeant (CAIT)", "professional"),
    ("Mark Ellison", ["DC Ellison"], "Detective constable (CAIT)", "professional"),
    ("Sunita Rao", ["Dr Rao"], "GP", "professional"),
    ("Bethan Hughes", ["Bethan", "HV Hughes", "BH"], "Health visitor", "professional"),
    ("Alan Mensah", ["Dr Mensah"], "Consultant paediatrician", "professional"),
    ("Lorraine Pike", ["SN Pike"], "Hospital safeguarding nurse", "professional"),
    ("Kelly Ward", ["Kelly", "KW"], "Children's centre early help worker", "professional"),
    ("Tasha Lyons", ["Tasha"], "Nursery key person", "professional"),
    ("Daniel Price", ["DP", "PO Price"], "Probation officer", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        CSC,
        "M:2024-09",
        "Review child protection conference: Kai's child protection plan (category neglect, started November 2023) ended. Home conditions and attendance at health appointments had improved and Ms Doherty was engaging with support for her mental health. Stepped down to a child in need plan; the case was closed to Children's Social Care in January 2025.",
        "Kai Doherty; Chantelle Doherty",
        None,
    ),
    (
        PRO,
        "M:2025-02",
        "Sentenced Crown Ct: CO 24m for ABH (ex-partner, DA context). Reqs: RAR 25 days, BBR (accredited programme), UPW 150h. OASys: RoSH HIGH to known adult (intimate partners). DA perpetrator flag. PSR-stage safeguarding check: no children in household.",
        "Ryan Stott",
        None,
    ),
    # ---------------- April - May 2025 ----------------
    (
        HV,
        "2025-04-08 10:00",
        "UPP home visit (BH) - continuing targeted support since CP plan ended 09/24. Kai 2y, wt 12.1kg (50th centile), walking well, approx 15 words. Home clean, food in. Mum EPDS 8. Mentions she has 'met someone' - not living here.",
        "Kai; Mum; Bethan",
        None,
    ),
    (
        PRO,
        "2025-04-10",
        "Reporting appt (DP). PoP compliant, punctual. Asked re relationships - 'nothing serious'. BBR waiting list, start TBC. Next 24/04.",
        "Mr Stott; DP",
        None,
    ),
    (
        CC,
        "2025-04-15",
        "Stay & Play - Chantelle and Kai came, first time in ages. Kai straight to the water tray, lovely. Chantelle chatty, told Kelly she's 'got a new fella' who is 'really good with Kai'.",
        "Chantelle; Kai; Kelly",
        None,
    ),
    (
        GP,
        "2025-04-22 09:10",
        "CD - c/o low mood 3/12, poor sleep. PHQ-9 13. Hx PND 2023. No SI. Restart sertraline 50mg od. Talking therapies self-ref info. R/v 4/52.",
        "Chantelle Doherty; Dr Rao",
        None,
    ),
    (
        PRO,
        "2025-04-24",
        "Reporting appt. PoP 20 min late. Phone buzzing throughout - 'the missus'. Says 'just a girl, Chantelle'. Reminded of requirement under risk mgmt plan to notify any new relationship + whether children in the household. Evasive re address.",
        "Mr Stott; Chantelle; DP",
        None,
    ),
    # E01 probation enquiry to MASH (sent 7 May, logged by CSC 12 May)
    (
        PRO,
        "2025-05-07",
        "Supervision (DP). PoP confirms relationship with Chantelle DOHERTY since approx March; she has a son aged 2. Stays 'most nights' at her addr 14 Greave St. DV/child safeguarding enquiry form sent to MASH today, copy police DA unit. DVDS to be considered - to discuss w/ police.",
        "Mr Stott; Chantelle; Kai; DP",
        "E01",
    ),
    (
        POL,
        "2025-05-08",
        "DA unit: probation request re STOTT new partner. DVDS 'right to know' application raised - ref DVDS/25/0412. Checks DOHERTY, Chantelle: no DA hx as V. 1 x child in household (2y).",
        "STOTT; Chantelle Doherty",
        None,
    ),
    (
        CSC,
        "2025-05-12 09:30",
        "MASH: enquiry received from the Probation Service, dated 7 May. Ryan Stott, who is on a community order for assaulting a former partner, has told his probation officer that he is in a relationship with Chantelle Doherty and stays at her home most nights. Kai is 2. Checks: Kai was subject to a child protection plan for neglect until September 2024 and the case closed in January 2025. The police are considering a disclosure under Clare's Law. Screened by MASH social worker Owen Farley; information to be gathered from health and police before a decision.",
        "Ryan Stott; Chantelle Doherty; Kai Doherty; Owen Farley",
        "E01",
    ),
    (
        POL,
        "2025-05-13",
        "MASH research (police) - STOTT, Ryan: PNC conv ABH 02/25 (ex-partner). Niche: 4 x DA occ as S 2021-24 (2 x ex-partners), 2 x bail breach 2022. Nil re DOHERTY address. Returned to MASH.",
        "STOTT",
        None,
    ),
    (
        HV,
        "2025-05-14",
        "MASH info request returned: Kai last seen 08.04.2025, growth + development on track, home conditions good. Mum EPDS 8, on sertraline via GP. No concerns at last contact. HV not previously aware of partner's history.",
        "Kai; Mum; Bethan",
        None,
    ),
    # E02 Clare's Law disclosure (police + MASH SW jointly; probation told 5 days later)
    (
        POL,
        "2025-05-28 14:00",
        "DVDS (R2K) disclosure delivered to DOHERTY, Chantelle at 14 Greave St - PC 4471 Adeyemi + MASH SW. Disclosed: STOTT conv ABH on ex-partner + DA hx. DOHERTY: 'I know, he told me, she was lying'. Safety plan, IDVA leaflet. Confidentiality undertaking signed. Ref DVDS/25/0412.",
        "Chantelle Doherty; STOTT; Owen Farley",
        "E02",
    ),
    (
        CSC,
        "2025-05-28 14:00",
        "Joint visit with PC Adeyemi to give Ms Doherty information under the Domestic Violence Disclosure Scheme (Clare's Law) about Ryan Stott's conviction for assaulting a former partner and earlier incidents. Ms Doherty said Ryan had already told her 'his side' and that his ex had lied. Kai was having a nap; his bedroom and the kitchen were seen and were clean. Ms Doherty agreed to early help from the children's centre. Ryan was not present.",
        "Chantelle Doherty; Ryan Stott; Kai Doherty; Owen Farley",
        "E02",
    ),
    (
        HV,
        "2025-05-28 16:30",
        "Tel to Mum re booking 2-2.5yr review - no answer, VM left. Appt letter sent for 22.07.2025.",
        "Mum; Kai; Bethan",
        None,
    ),
    (
        PRO,
        "2025-06-02 09:15",
        "Email from DVDS coordinator (police): R2K disclosure made to partner C DOHERTY on 28/05, jointly with CSC. Partner 'dismissive'. Risk mgmt plan updated - home visits to include partner's addr.",
        "Chantelle; DP",
        "E02",
    ),
    (
        PRO,
        "2025-06-02 14:00",
        "Reporting appt. PoP angry police 'went round Chantelle's' - says it has 'ruined things'. Discussed purpose of disclosure. BBR start 07/07 confirmed.",
        "Mr Stott; Chantelle; DP",
        None,
    ),
    # E03 step-down to early help: MASH referral sent 4 June, received by the children's centre 11 June
    (
        CSC,
        "2025-06-04",
        "MASH decision (TM Graham Lowe): threshold for statutory social work not met at present; Ms Doherty has had the Clare's Law disclosure and agrees to early help. Referral made to Brook Lane Children's Centre for an Early Help Assessment and family support (healthy relationships, routines, nursery place). Ms Doherty informed by letter.",
        "Chantelle Doherty; Kai Doherty; TM Lowe",
        "E03",
    ),
    (
        CC,
        "2025-06-11",
        "EHA request from MASH received (dated 4 June). Kai D, 2y, Mum Chantelle. Reason: new partner with DV history, Clare's Law done, CP plan (neglect) ended last year. Allocated to Kelly. Rang Chantelle - home visit booked 18/6.",
        "Kai; Chantelle; Kelly",
        "E03",
    ),
    (
        GP,
        "2025-06-12 11:20",
        "Kai - seen w/ mum. 3/7 coryza, pulling R ear. T 37.6. R TM dull, not bulging. Imp viral URTI / early OME. Calpol/ibuprofen, safety-net. Imms UTD.",
        "Kai; Chantelle Doherty; Dr Rao",
        None,
    ),
    (
        CC,
        "2025-06-18",
        "EHA home visit (Kelly). Chantelle + Kai, Ryan there for the first 10 mins then went out. Home tidy, stairgate fitted. Chantelle wants a nursery place for Kai + help with his sleep. Consent to EHA signed. TAF booked 2 July.",
        "Chantelle; Kai; Ryan; Kelly",
        None,
    ),
    # E04 practice safeguarding liaison meeting 1 (GP + HV)
    (
        GP,
        "2025-06-26 13:00",
        "Practice safeguarding mtg (Dr Rao lead, HV Hughes). KD - prev CP plan (neglect) ended 09/24. Mum's new partner: DA hx, DVDS disclosure 28/05. EHA open at children's centre. Alerts added to KD + CD records.",
        "Kai; Chantelle Doherty; Dr Rao; HV Hughes",
        "E04",
    ),
    (
        HV,
        "2025-06-26",
        "GP liaison meeting at Millbrook - HV attended. Kai discussed: previous CP plan, Mum's partner (Clare's Law disclosure 28.05), early help open at Brook Lane CC. Agreed flag on both records; HV to share 2-2.5yr review outcome.",
        "Kai; Mum; Ryan; Bethan; Dr Rao",
        "E04",
    ),
    # E05 TAF meeting 1
    (
        CC,
        "2025-07-02 10:00",
        "TAF meeting 1 at the centre - Chantelle, Kelly, Bethan (HV). Ryan didn't come ('work'). Plan: Kai starts funded 2yo place Mon/Tue/Thu mornings from 14/7; Freedom Programme for Chantelle (Sept group); bedtime routine chart; HV doing 2-2.5yr check 22/7. Review 10 Sept.",
        "Chantelle; Kai; Kelly; Bethan; Ryan",
        "E05",
    ),
    (
        HV,
        "2025-07-02",
        "Early help review mtg (team around the family) at Brook Lane CC - HV attended. Mum present, partner absent. Agreed: nursery place, Freedom Programme, sleep routine. HV actions: 2-2.5yr review 22.07, sleep advice. Next 10.09.",
        "Mum; Kai; Kelly; Bethan",
        "E05",
    ),
    (
        CC,
        "2025-07-14",
        "Kai's first nursery session (2yo funded place). Key person Tasha. Settled after 20 mins, Mum stayed for half an hour.",
        "Kai; Mum; Tasha",
        None,
    ),
    # E06 first bruising: nursery's call to the MASH consultation line, recorded at both ends
    (
        CC,
        "2025-07-21 09:15",
        "Kai arrived with a bruise on his L cheek (approx 3cm, purple/yellow) + a small bruise behind his L ear. Mum at drop-off: fell off a trampoline at the park on Saturday. Body map done (Tasha). Kelly rang the MASH consultation line at 11.05 - advised explanation fits, not a referral, make sure HV knows for tomorrow's check.",
        "Kai; Mum; Tasha; Kelly",
        "E06",
    ),
    (
        CSC,
        "2025-07-21 11:05",
        "Consultation call to the MASH from Kelly Ward, early help worker at Brook Lane Children's Centre. Kai, 2, came into nursery with a bruise on his cheek and a smaller one behind his ear; his mother says he fell off a trampoline at the park at the weekend. Advice (Owen Farley, MASH social worker): the explanation is consistent and Kai is mobile; not a referral; continue the early help plan and share with the health visitor, who sees Kai tomorrow. Recorded as a contact; no further action.",
        "Kai Doherty; Chantelle Doherty; Kelly Ward; Owen Farley",
        "E06",
    ),
    (
        GP,
        "2025-07-21 16:40",
        "CD - med r/v. Sertraline 50mg, mood improved, PHQ-9 8, sleeping better. 'Partner helps a lot with Kai.' Repeat 2/12.",
        "Chantelle Doherty; Kai; Dr Rao",
        None,
    ),
    (
        HV,
        "2025-07-22 10:00",
        "2-2.5yr review at home (BH). Kai 2y4m. ASQ-3: communication 25 (below cut-off); gross motor, fine motor, problem solving, personal-social above. Wt 12.8kg (50th). Fading bruise L cheek + behind L ear - Mum: fell off trampoline at park. Partner Ryan present, quiet, answered for Mum twice. RE DA - Mum denies. Plan: SALT drop-in, UPP continues.",
        "Kai; Mum; Ryan; Bethan",
        None,
    ),
    (
        PRO,
        "2025-07-28",
        "BBR session 4 + reporting appt. PoP says he's been 'doing the nursery run'. Reminded: must notify change of address within 2 days.",
        "Mr Stott; DP",
        None,
    ),
    # E07 probation email about the change of address; CSC logs it with a w/c date
    (
        PRO,
        "2025-08-05",
        "PoP notified CoA - now living at partner's, 14 Greave St (moved 02/08). nDelius updated. Email to CSC (MASH) + police IOM: PoP now resident with a child aged 2. Address check to be arranged.",
        "Mr Stott; Chantelle; Kai; DP",
        "E07",
    ),
    (
        CSC,
        "A:2025-08-04:2025-08-08:w/c 4 August 2025",
        "Email from Daniel Price, Ryan Stott's probation officer: Ryan has told probation he has moved in with Ms Doherty and Kai. Passed to the early help worker at Brook Lane. Not an open case - recorded as information only.",
        "Daniel Price; Ryan Stott; Chantelle Doherty; Kai Doherty",
        "E07",
    ),
    # E08 joint address check by probation and police IOM ("HV" = home visit here)
    (
        POL,
        "2025-08-14 14:00",
        "IOM - addr verification STOTT, joint HV w/ probation. 14 Greave St: STOTT + DOHERTY present, 1 x child (2y) asleep, not seen. Resides confirmed. Niche addr updated, DA warning marker on premises.",
        "STOTT; Chantelle Doherty; Kai Doherty",
        "E08",
    ),
    (
        PRO,
        "2025-08-14 14:00",
        "Home visit 14 Greave St with PC Iqbal (IOM). PoP + partner present. Property clean, child's toys, stairgate. Child asleep upstairs (not seen). Partner says PoP is 'great with Kai'. PoP tense when DA hx raised in front of partner. Address approved.",
        "Mr Stott; Chantelle; Kai; DP",
        "E08",
    ),
    (
        GP,
        "2025-08-19 10:40",
        "Kai - seen w/ mum + partner. Crusted lesions around nose/mouth 4/7. Imp impetigo. Fusidic acid cream 5/7. Off nursery until crusted.",
        "Kai; Chantelle Doherty; Ryan; Dr Rao",
        None,
    ),
    (
        CC,
        "A:2025-08-11:2025-08-22:mid-Aug 2025 (centre closed)",
        "Nursery closed 2 wks for summer. Kelly rang Chantelle during the break - all OK, Kai had impetigo but clearing. Freedom Programme place confirmed for 17 Sept.",
        "Kelly; Chantelle; Kai",
        None,
    ),
    # ---------------- September 2025 ----------------
    (
        HV,
        "2025-09-03 10:00",
        "UPP home visit (BH). Kai ~30 words, enjoying nursery. Wt 13.0kg. Mum confirms partner now living here. RE DA: 'we argue like anyone'. Home tidy.",
        "Kai; Mum; Ryan; Bethan",
        None,
    ),
    # E09 TAF review 2
    (
        CC,
        "2025-09-10 10:00",
        "TAF review 2 at the centre - Chantelle, Ryan (first time), Kelly, Bethan HV. Kai doing well in nursery, talking more. Chantelle starts Freedom Programme 17/9. Ryan said he 'doesn't need' a course, already does one with probation. Plan continues, next review Nov.",
        "Chantelle; Ryan; Kai; Kelly; Bethan",
        "E09",
    ),
    (
        HV,
        "2025-09-10",
        "TAF review at CC - attended. Partner attended and dominated the conversation; Mum much quieter than usual. Plan continues. HV: monitor speech, RE DA next time Mum seen alone.",
        "Mum; Ryan; Kai; Kelly; Bethan",
        "E09",
    ),
    (
        PRO,
        "2025-09-10 15:00",
        "Reporting appt. PoP says he went to 'a meeting at the nursery' this morning - 'waste of time'. Absence 08/09 explained (extra shift, payslip seen) - accepted, warning stands.",
        "Mr Stott; Kai; DP",
        None,
    ),
    # E10 ED attendance 1 (Sunday), mother's call to nursery, liaison notice to HV, GP letter 11 days later
    (
        HOS,
        "2025-09-21 18:40",
        "PED: Kai DOHERTY 2y6m. BIB mother + mother's partner. PC: fell down approx 3 stairs at home ~16:00, hit forehead. No LOC, cried immediately, 1 x vomit. O/E GCS 15, alert, playing. 2cm haematoma R forehead; 1cm bruise L forearm (mum: 'from nursery'). No other inj seen. NICE HI: CT not indicated. Safeguarding checklist: presentation prompt, hx consistent, developmentally plausible. CP-IS: no current plan (CPP ended 09/2024). D/c with HI advice. Letter to GP; paed liaison to HV.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott",
        "E10",
    ),
    (
        CC,
        "2025-09-22 08:30",
        "Chantelle rang - Kai not coming in today, they were at A&E last night, he fell down the stairs and banged his head, 'he's fine, just tired'. Logged, Kelly told.",
        "Chantelle; Kai; Kelly",
        "E10",
    ),
    (
        PRO,
        "2025-09-22 14:00",
        "Reporting appt. PoP says partner's son 'took a tumble' on the stairs at the weekend - 'sat in A&E for nothing'. Presentation calm. BBR session 10 attended 15/09.",
        "Mr Stott; Kai; DP",
        None,
    ),
    (
        CC,
        "2025-09-23 09:00",
        "Kai back in. Bruise R forehead (yellowing, approx 2cm) + 2 small bruises L forearm. Body map done (Tasha). Mum: from the stairs on Sunday. Kelly to raise at next TAF.",
        "Kai; Mum; Tasha; Kelly",
        None,
    ),
    (
        HV,
        "2025-09-24",
        "Paed liaison notification rec'd: Kai attended PED 21.09.2025 - fall on stairs, forehead haematoma, no imaging, d/c home. No safeguarding concerns raised by ED. To follow up at next contact.",
        "Kai; Bethan",
        "E10",
    ),
    (
        HV,
        "2025-09-30 11:00",
        "UPP visit (BH) - Mum seen alone, partner at work. Forehead bruise almost gone. Stairgate at top of stairs: latch broken - advised repair. RE DA: Mum 'fine'. Kai ~40 words.",
        "Mum; Kai; Bethan",
        None,
    ),
    (
        GP,
        "2025-10-02",
        "A&E letter 21/09/25 - Kai: minor HI after fall on stairs, no CT per NICE, d/c. Prev CP plan noted by ED. No GP action.",
        "Kai; Dr Rao",
        "E10",
    ),
    # ---------------- October 2025 ----------------
    # E11 DA incident (Sat night) and its Monday/Tuesday notifications
    (
        POL,
        "2025-10-11 23:20",
        "Occ 25/188214. 999 from neighbour 23:09 - female screaming at 14 Greave St. Att 23:20. V DOHERTY, Chantelle: split lip, red marks L side of neck. States S STOTT grabbed her by the throat against kitchen wall during arg about money, approx 10 secs, 'couldn't breathe'. S in drink, arrested 23:34 non-fatal strangulation, conveyed custody. 1 x child 2y asleep in cot - seen by officers, no visible inj. DASH HIGH (16) - MARAC ref. PPN submitted. BWV.",
        "Chantelle Doherty; STOTT; Kai Doherty",
        "E11",
    ),
    (
        POL,
        "2025-10-12 15:30",
        "Occ 25/188214 - STOTT interviewed: denies, says V 'went for him'. Bailed to 09/11, conds: no contact with DOHERTY direct/indirect, not to enter Greave St. V statement + photos of neck obtained.",
        "STOTT; Chantelle Doherty",
        None,
    ),
    (
        CC,
        "2025-10-13 08:50",
        "Op Encompass (early years) email from police 08:15: incident at Kai's home Saturday night, Kai in the house (asleep). Kelly + Tasha informed. Nana brought Kai in.",
        "Kai; Kelly; Tasha; Nana",
        "E11",
    ),
    (
        CSC,
        "2025-10-13 09:10",
        "MASH: Police Protection Notice (high risk) for an incident late on Saturday 11 October. Ms Doherty says Ryan Stott held her by the throat against the kitchen wall during an argument; Kai was asleep in his cot. Ryan was arrested and has been bailed not to contact Ms Doherty or go to the house. Considered alongside the previous plan for neglect, the bruising seen at nursery in July and the Emergency Department attendance in September after a fall on the stairs. Threshold for a strategy discussion met; booked for tomorrow.",
        "Chantelle Doherty; Ryan Stott; Kai Doherty",
        "E11",
    ),
    (
        GP,
        "2025-10-13 12:00",
        "MASH info request for strat (Kai + CD). Sent: CD - depression on sertraline; Kai - A&E 21/09 HI, impetigo 08/25, URTI 06/25. Partner not registered here. Unable to attend.",
        "Kai; Chantelle Doherty; Dr Rao",
        None,
    ),
    (
        PRO,
        "2025-10-13 14:30",
        "Police arrest notification: PoP arrested 11/10 - non-fatal strangulation of partner. Bailed 12/10, conds no contact / not to attend Greave St. PoP now at his mother's (Flat 3, Hollin Ct). RoSH reviewed -> HIGH to partner + child. Enforcement: await charging decision.",
        "Mr Stott; Chantelle; DP",
        "E11",
    ),
    (
        HV,
        "2025-10-14 09:00",
        "PPN via MASH: DA incident 11.10.2025 at home - partner arrested (strangulation), high risk, MARAC. Child present, asleep. Alert added. HV invited to strat today 11:00.",
        "Kai; Mum; Ryan; Bethan",
        "E11",
    ),
    # E12 strategy discussion 1 (HV files the minutes six days later)
    (
        CSC,
        "2025-10-14 11:00",
        "Strategy discussion (Teams), chaired by TM Graham Lowe. Present: Priya Natt (newly allocated social worker), DS Claire Venn (police), Bethan Hughes (health visitor), Kelly Ward (Brook Lane Children's Centre). GP information received in writing. Concerns: strangulation is a high-risk indicator; Ryan's conviction for violence; two injuries to Kai since July with explanations accepted at the time; the previous plan for neglect. Agreed: section 47 enquiry, single agency led by Children's Social Care; police to progress the criminal investigation; Kai to be seen within 2 working days; Ms Doherty to be asked to sign a written agreement that Ryan will not stay at the house.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott; TM Lowe; SW Natt; DS Venn; Bethan; Kelly Ward",
        "E12",
    ),
    (
        POL,
        "2025-10-14 11:00",
        "Strat disc (MASH) - DOHERTY, Kai (2y). Ref occ 25/188214. Police: S on bail, no contact conds. Outcome: s47 single agency CSC. Police to share DA hx + charging decision.",
        "Kai Doherty; STOTT; DS Venn",
        "E12",
    ),
    (
        HV,
        "2025-10-14 11:00",
        "Strat mtg (Teams) - HV attended. Shared: PED attendance 21.09, bruising seen 22.07, speech delay, Mum's low mood. Outcome: CP enquiries, CSC lead. HV: JV with SW.",
        "Kai; Mum; Bethan; SW Natt",
        "E12",
    ),
    (
        CC,
        "2025-10-14 11:00",
        "Strategy meeting on Teams - Kelly joined. Shared the body maps (21/7, 23/9). Outcome: s47, SW to see Kai in nursery this week.",
        "Kai; Kelly",
        "E12",
    ),
    (
        CC,
        "2025-10-14 12:10",
        "Kai in nursery this morning. Settled, played in the sand with Tasha, ate all his lunch. Collected by Nana.",
        "Kai; Tasha; Nana",
        None,
    ),
    # E13 phone call probation officer <-> social worker (different words at each end)
    (
        PRO,
        "2025-10-15 10:30",
        "Tel w/ SW (P Natt). Shared: CO + reqs, OASys RoSH HIGH to partners, BBR 11/20 attended (2 missed), bail conds. SW advised s47 open on partner's child. Agreed info-sharing; OM to attend MARAC 23/10.",
        "DP; SW Natt; Mr Stott; Kai",
        "E13",
    ),
    (
        CSC,
        "2025-10-15 10:30",
        "Telephone conversation with Daniel Price. He explained Ryan's sentence, what it requires of him and how risky the service judges him to be to partners; Ryan has missed two sessions of his domestic abuse course and is living with his mother while on bail. I told him about the enquiry for Kai.",
        "Daniel Price; Ryan Stott; Kai Doherty; Priya Natt",
        "E13",
    ),
    # E14 social worker sees Kai at nursery
    (
        CSC,
        "2025-10-16 10:00",
        "Saw Kai at Brook Lane nursery with Kelly Ward. Kai was playing with the train set and chatted in short phrases; no marks seen on his face, hands or arms. Kelly gave me copies of the body maps from July and September.",
        "Kai Doherty; Kelly Ward; Priya Natt",
        "E14",
    ),
    (
        CC,
        "2025-10-16 10:00",
        "SW Priya in at 10 to observe Kai in the room, Kelly with her. Copies of body maps handed over.",
        "Kai; SW Natt; Kelly",
        "E14",
    ),
    (
        GP,
        "2025-10-16 15:30",
        "CD - neck pain + bruising after assault 11/10 (police aware). O/E fading bruising L neck, no stridor, voice normal. DA - IDVA details given. Sertraline increased 100mg. Kai with her, well.",
        "Chantelle Doherty; Kai; Dr Rao",
        None,
    ),
    (
        CSC,
        "2025-10-17",
        "Home visit. Ms Doherty signed a written agreement that Ryan will not stay at the house or be alone with Kai. She said she has 'finished with him'. Kai's bedroom seen; the broken stairgate latch has been mended.",
        "Chantelle Doherty; Ryan Stott; Kai Doherty; Priya Natt",
        None,
    ),
    (
        HV,
        "2025-10-20",
        "Strat minutes (mtg 14.10) rec'd from MASH by secure email - filed. HV actions confirmed.",
        "Kai; Bethan",
        "E12",
    ),
    (
        HV,
        "2025-10-21",
        "MARAC research form completed + returned to coordinator (health info: PED 21.09, bruising 22.07, Mum's mood).",
        "Mum; Kai; Bethan",
        None,
    ),
    # E15 MARAC (HV gets the actions six days later)
    (
        POL,
        "2025-10-23 10:00",
        "MARAC 23/10/25 - case 14. V DOHERTY / S STOTT. High risk (DASH 16, strangulation). Actions: Police - TIM marker on addr, bail mgmt; Probation - share CO/BBR compliance; IDVA - engage V; CSC - s47 open; Health - flag records, RE at every contact.",
        "Chantelle Doherty; STOTT",
        "E15",
    ),
    (
        CSC,
        "2025-10-23 10:00",
        "Multi-Agency Risk Assessment Conference: Ms Doherty's case was heard; Priya Natt attended for Children's Social Care. Ms Doherty has not taken up contact from the independent domestic violence adviser. We reported the enquiry for Kai and the written agreement. Actions noted for all agencies.",
        "Chantelle Doherty; Ryan Stott; Kai Doherty; Priya Natt",
        "E15",
    ),
    (
        PRO,
        "2025-10-23 10:00",
        "MARAC - OM attended (DP). PoP's bail + order compliance shared. Actions: expedite BBR completion; 3-way w/ police re bail compliance; OASys review.",
        "Mr Stott; DP",
        "E15",
    ),
    (
        CC,
        "2025-10-29",
        "Freedom Programme wk 7 - Chantelle more open in group. Said Ryan 'keeps messaging' - Kelly advised her to tell the police (bail). She said she would.",
        "Chantelle; Ryan; Kelly",
        None,
    ),
    (
        HV,
        "2025-10-29",
        "MARAC actions rec'd from coordinator (mtg 23.10): health - flag records, RE DA at each contact, share concerns with SW. Done.",
        "Mum; Kai; Bethan",
        "E15",
    ),
    # ---------------- November 2025 ----------------
    # E16 joint home visit SW + HV
    (
        CSC,
        "2025-11-04 10:00",
        "Joint home visit with Bethan Hughes, health visitor. Kai was in his pyjamas and cheerful; no marks seen. Ms Doherty said Ryan has not been to the house since the arrest and she has told the police she does not want to go ahead. The house was tidy. We talked about Kai's speech and the speech and language drop-in.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott; Bethan Hughes; Priya Natt",
        "E16",
    ),
    (
        HV,
        "2025-11-04 10:00",
        "JV with SW (Priya N). Kai well, no marks. Mum says partner not visiting, she has withdrawn her police statement. RE DA. Speech ~50 words, some 2-word phrases. SALT drop-in 12.11 advised.",
        "Kai; Mum; Ryan; SW Natt; Bethan",
        "E16",
    ),
    # E17 police NFA and the notifications of it
    (
        POL,
        "2025-11-05 11:40",
        "Occ 25/188214 - V retraction statement rec'd 30/10 (does not support prosecution). Evidence review: no indep witness, BWV post-incident only. Insufficient w/o V. NFA (outcome 16). Bail cancelled, S STOTT notified 11:40. CSC + probation emailed.",
        "Chantelle Doherty; STOTT",
        "E17",
    ),
    (
        PRO,
        "2025-11-06",
        "Police email: NFA re 11/10 arrest (V withdrew). Bail cancelled. PoP says he's staying at his mum's, 'done with Chantelle'. Enforcement: no breach action. RoSH remains HIGH.",
        "Mr Stott; Chantelle; DP",
        "E17",
    ),
    (
        CSC,
        "2025-11-07",
        "Email from DS Venn: no further action on the assault on 11 October because Ms Doherty no longer supports a prosecution; Ryan's bail conditions have ended. The written agreement still stands - Ms Doherty reminded of it by phone.",
        "DS Venn; Ryan Stott; Chantelle Doherty; Priya Natt",
        "E17",
    ),
    (
        CSC,
        "2025-11-10",
        "Outcome of the section 47 enquiry (TM Graham Lowe): concerns about domestic abuse substantiated; Kai's injuries had plausible explanations at the time; Ryan has left and Ms Doherty is attending the Freedom Programme. Not progressing to an initial child protection conference. Child in need plan; first meeting 18 November.",
        "Kai Doherty; TM Lowe",
        None,
    ),
    (
        GP,
        "2025-11-11 09:40",
        "Kai - brought by MGM. Cough 5/7, eating OK. Chest clear, RR 28, apyrexial. Viral. Safety-net.",
        "Kai; MGM; Dr Rao",
        None,
    ),
    # E18 child in need meeting 1
    (
        CSC,
        "2025-11-18 13:30",
        "Child in need meeting at Brook Lane Children's Centre. Present: Ms Doherty, Denise Doherty (maternal grandmother), Priya Natt (social worker), Bethan Hughes (health visitor), Kelly Ward. Plan: finish the Freedom Programme; speech and language drop-in; Ryan not to stay at the house; Denise to help with nursery drop-offs. Next meeting in six weeks.",
        "Chantelle Doherty; Denise Doherty; Priya Natt; Bethan Hughes; Kelly Ward; Kai Doherty; Ryan Stott",
        "E18",
    ),
    (
        CC,
        "2025-11-18 13:30",
        "CIN mtg here (1.30, family room). Chantelle + Denise, SW Priya, HV Bethan, Kelly. Kai's attendance 92%. Next one in 6 wks.",
        "Chantelle; Denise; SW Natt; Bethan; Kelly; Kai",
        "E18",
    ),
    (
        HV,
        "2025-11-18",
        "CIN meeting attended (at CC). Plan: SALT drop-in, HV visits monthly, RE DA at each contact.",
        "Kai; Mum; Bethan",
        "E18",
    ),
    (
        PRO,
        "2025-11-18 16:00",
        "Reporting appt. PoP says he 'sees Kai sometimes at the park' with Chantelle. Reminded of the written agreement CSC described (tel 15/10). PoP: 'it's only the park'.",
        "Mr Stott; Kai; Chantelle; DP",
        None,
    ),
    # E19 practice safeguarding liaison meeting 2 (GP + HV)
    (
        GP,
        "2025-11-20 13:00",
        "Practice safeguarding mtg (HV present). KD - s47 concluded, now CIN. DA 11/10, MARAC 23/10. Partner left per mum. Keep alerts. CD sertraline 100mg.",
        "Kai; Chantelle Doherty; Dr Rao; HV Hughes",
        "E19",
    ),
    (
        HV,
        "2025-11-20",
        "GP liaison meeting at Millbrook - Kai discussed: CIN plan, MARAC 23.10, no new health concerns. Next review Feb.",
        "Kai; Bethan; Dr Rao",
        "E19",
    ),
    (
        HV,
        "2025-11-25 10:30",
        "UPP visit (BH). Mum seen; Kai asleep upstairs - not seen awake. Mum tired, 'Kai's not sleeping'. Man's jacket on the banister - Mum says it's her brother's. RE DA - denies.",
        "Mum; Kai; Bethan",
        None,
    ),
    # E20 nursery bruise email (sent Thursday, read by the SW on Monday)
    (
        CC,
        "2025-11-27 15:40",
        "Kai - 2 small round bruises R upper arm (approx 1cm each, purplish) noticed by Tasha at nappy change. Body map done. Denise collected - didn't know how he got them. Kelly emailed SW Priya 16:10 with the body map.",
        "Kai; Tasha; Denise; Kelly; SW Natt",
        "E20",
    ),
    (
        CSC,
        "2025-12-01",
        "Read an email from Kelly Ward sent on Thursday afternoon with a body map: two small round bruises on Kai's right upper arm, noticed at nursery. Will ask Ms Doherty about them at Wednesday's visit. Discussed with TM Graham Lowe - not a strategy discussion on its own.",
        "Kelly Ward; Kai Doherty; Chantelle Doherty; TM Lowe; Priya Natt",
        "E20",
    ),
    (
        PRO,
        "2025-12-01",
        "Reporting appt (DP). PoP says still at mother's. BBR completed 24/11 - completion report requested. Looks tired, says 'not sleeping'.",
        "Mr Stott; DP",
        None,
    ),
    (
        CSC,
        "2025-12-03",
        "Planned home visit - no answer. Ms Doherty texted later to say she was at her mum's. Visit rearranged for 10 December.",
        "Chantelle Doherty; Priya Natt",
        None,
    ),
    # ---------------- December 2025: the head injury ----------------
    # E21 ED attendance 2 and admission (EDT call, HV liaison notice, grandmother's call to nursery, GP discharge summary)
    (
        HOS,
        "2025-12-06 10:52",
        "PED (resus). Kai DOHERTY 2y8m. BIBA with mother; mother's partner followed by car. Hx (mother): 'fell off the sofa' approx 08:30 while she was in the shower, partner with him. Vomited x3, increasingly drowsy. O/E GCS 12 (E3 V3 M6), boggy swelling R parietal. Bruising L ear pinna, R upper arm x3 (round, ~1cm), lumbar region. CT head 11:40: R parietal skull # + thin acute SDH R convexity; L frontal subdural collection of different density (?older). Neurosurg (tertiary) - conservative. Mechanism does not explain injuries - NAI suspected. CP-IS: no current plan. EDT referral by phone 12:40. Admit Ward 12 under Dr Mensah.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott; Dr Mensah",
        "E21",
    ),
    (
        CSC,
        "2025-12-06 12:40",
        "Emergency Duty Team: call from the paediatric registrar at Northgate General's children's emergency department. Kai Doherty, 2, has a fractured skull and bleeding on the brain, with bruising to his ear, arm and back. His mother says he fell off the sofa this morning while Ryan Stott was looking after him. The doctors do not think a fall from a sofa explains the injuries. Kai is being admitted to the children's ward. Open case (child in need, social worker Priya Natt). Police informed.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott",
        "E21",
    ),
    # E22 EDT strategy discussion by phone
    (
        CSC,
        "2025-12-06 13:15",
        "EDT strategy discussion by telephone with DS Claire Venn (Child Abuse Investigation Team). Agreed: joint section 47 investigation; police to attend the hospital; Kai not to leave the ward and no unsupervised contact with his mother or Ryan; police protection to be used if anyone tries to take him home; full strategy meeting on Monday with the hospital.",
        "Kai Doherty; DS Venn; Chantelle Doherty; Ryan Stott",
        "E22",
    ),
    (
        POL,
        "2025-12-06 13:15",
        "Occ 25/214507. EDT strat (tel) - DS Venn (CAIT on call) + EDT SW. 2y male, skull # + SDH, unexplained, NAI suspected. Joint s47. Officers to hosp. PP if risk of removal. Full strat Mon 08/12.",
        "Kai Doherty; DS Venn",
        "E22",
    ),
    # E23 police protection taken on the ward
    (
        POL,
        "2025-12-06 15:05",
        "Occ 25/214507. PCs 2210/3381 att Northgate Gen Ward 12 at 15:00. DOHERTY + STOTT present; STOTT agitated, demanding to take child home, 'he's fine'. Police protection (s46 CA 1989) invoked 15:05 re DOHERTY, Kai - Insp Marsh designated officer. Both adults informed, left ward 15:40. Scene 14 Greave St (consent): sofa seat height 42cm, carpet underlay. Photos.",
        "Kai Doherty; Chantelle Doherty; STOTT",
        "E23",
    ),
    (
        HOS,
        "2025-12-06 15:05",
        "Ward 12 nursing: police attended 15:00 - child placed under police protection 15:05. Mother + partner asked to leave 15:40 (partner shouting at staff, security called). Supervised contact only per EDT/police. Kai GCS 14, neuro obs hrly, 1 x vomit.",
        "Kai Doherty; Chantelle Doherty; Ryan Stott",
        "E23",
    ),
    (
        HOS,
        "2025-12-07 11:00",
        "CP medical (Dr Mensah), Ward 12. Body map: 11 bruises incl L pinna, R upper arm x3 (fingertip pattern), L lower back x4, R shin x2 (normal for age). No explanation offered beyond falls. Bloods: FBC, clotting, bone profile, vit D. Plan: skeletal survey Mon, ophthalmology, MRI brain + spine.",
        "Kai Doherty; Dr Mensah",
        None,
    ),
    (
        CSC,
        "2025-12-07 17:20",
        "EDT: Denise Doherty (maternal grandmother) rang asking to see Kai. Told that visits must be supervised by ward staff for now; day team will contact her on Monday.",
        "Denise Doherty; Kai Doherty",
        None,
    ),
    (
        CC,
        "2025-12-08 08:40",
        "Denise (Nana) rang - Kai in hospital since Saturday with a head injury, 'police are involved', won't be in this week. Kelly told; Kelly rang SW Priya - voicemail.",
        "Denise; Kai; Kelly",
        "E21",
    ),
    (
        HOS,
        "2025-12-08 09:00",
        "Skeletal survey (day 1): healing fracture L 8th posterior rib (callus - est 10-21 days); classic metaphyseal lesion R distal tibia. Repeat survey in 11-14 days.",
        "Kai Doherty",
        None,
    ),
    (
        HV,
        "2025-12-08 09:30",
        "Paed liaison: Kai admitted Ward 12 via PED 06.12.2025 - head injury, NAI suspected, under police protection. HV invited to strat mtg 13:00 today.",
        "Kai; Bethan",
        "E21",
    ),
    # E24 strategy meeting at the hospital (probation files the minutes four days later)
    (
        HOS,
        "2025-12-08 13:00",
        "Strategy mtg (Ward 12 seminar rm) - Dr Mensah, SN Pike, SW Natt, TM Lowe, DS Venn + DC Ellison (CAIT), HV Hughes. Medical: skull # + SDH of 2 ages, healing rib #, CML R tibia - opinion: inflicted injury. Outcome: joint s47 (CAIT/CSC), ICPC, police to arrest. Not for d/c home; s20 to MGM being sought.",
        "Kai Doherty; Dr Mensah; SN Pike; SW Natt; TM Lowe; DS Venn; DC Ellison; HV Hughes",
        "E24",
    ),
    (
        CSC,
        "2025-12-08 13:00",
        "Strategy meeting at Northgate General Hospital, chaired by TM Graham Lowe. Present: Dr Alan Mensah (consultant paediatrician), Lorraine Pike (hospital safeguarding nurse), DS Claire Venn and DC Mark Ellison (Child Abuse Investigation Team), Bethan Hughes (health visitor), Priya Natt. This morning's X-rays of Kai's whole skeleton found an older healing rib fracture and a fracture at the end of the right shin bone, as well as the skull fracture and bleeding; Dr Mensah's opinion is that the injuries were inflicted. Agreed: joint section 47 investigation; initial child protection conference within 15 working days; Kai not to return home - Ms Doherty to be asked to agree to Kai living with Denise Doherty under section 20 when he leaves hospital; probation to be informed; police protection to end once that agreement is signed.",
        "Kai Doherty; Dr Mensah; Lorraine Pike; DS Venn; DC Ellison; Bethan Hughes; Priya Natt; TM Lowe; Chantelle Doherty; Denise Doherty",
        "E24",
    ),
    (
        POL,
        "2025-12-08 13:00",
        "Strat mtg @ Northgate Gen - DS Venn, DC Ellison. Occ 25/214507. Medical: skull #, SDH (2 ages), healing rib #, CML tibia = NAI (Dr Mensah). Joint s47. Police: arrest STOTT + DOHERTY (s18 GBH / s5 DVCVA), seize phones, CCTV + H2H Greave St. PP stays until s20 signed.",
        "Kai Doherty; STOTT; Chantelle Doherty; DS Venn; DC Ellison",
        "E24",
    ),
    (
        HV,
        "2025-12-08",
        "Strat mtg at hospital - HV attended (BH). Shared: HV contacts incl 25.11 (Kai not seen awake, man's jacket), bruise at 2yr review, PED 21.09. Outcome: joint investigation, ICPC, no return home.",
        "Kai; Bethan",
        "E24",
    ),
    (
        CSC,
        "2025-12-08 16:30",
        "Ms Doherty signed a section 20 agreement for Kai to live with Denise when he is discharged; police protection ended at 17:00. Visited Denise's flat - suitable; checks started.",
        "Chantelle Doherty; Denise Doherty; Kai Doherty; Priya Natt",
        None,
    ),
    # E25 arrests (police, the call to CSC, probation told next day)
    (
        POL,
        "2025-12-09 07:10",
        "Occ 25/214507. STOTT arrested 07:10 at Flat 3 Hollin Ct (mother's addr) - s18 GBH w/i + s5 DVCVA. DOHERTY arrested 07:40 at 14 Greave St - s5 DVCVA. Phones seized x2. Interviews: STOTT no comment; DOHERTY - sofa account, Kai 'bruises easy', STOTT 'never hurt him', she was in shower. Both RUI, conds no unsupervised contact with u16s. CSC + probation informed 16:00.",
        "STOTT; Chantelle Doherty; Kai Doherty; DC Ellison",
        "E25",
    ),
    (
        HOS,
        "2025-12-09 11:30",
        "Ophthalmology (Ward 12): dilated fundoscopy - few intraretinal haemorrhages R eye, posterior pole; L normal. RetCam images stored.",
        "Kai Doherty",
        None,
    ),
    (
        CSC,
        "2025-12-09 16:00",
        "Phone call from DC Mark Ellison: Ryan Stott and Ms Doherty were both taken into custody this morning and questioned, and have been released while enquiries continue, on conditions not to have unsupervised contact with children. Ryan said nothing in interview; Ms Doherty maintains that Kai fell from the sofa.",
        "DC Ellison; Ryan Stott; Chantelle Doherty; Kai Doherty; Priya Natt",
        "E25",
    ),
    (
        PRO,
        "2025-12-10 09:00",
        "Police notification (DC Ellison): PoP arrested 09/12 - s18 GBH on partner's child (2y, skull #/SDH) + s5 DVCVA; RUI. PoP had told us he lived at his mother's - police say he'd been staying at Greave St. RoSH -> VERY HIGH (children). SPO oversight; MAPPA L2 referral; enforcement re non-disclosure of address.",
        "Mr Stott; Kai; DC Ellison; DP",
        "E25",
    ),
    (
        CSC,
        "2025-12-10",
        "Spoke to Lee Brennan, Kai's father, by phone. He had not seen Kai since the summer and wants to be assessed as a carer. Viability assessments of Lee and Denise to start.",
        "Lee Brennan; Kai Doherty; Denise Doherty; Priya Natt",
        None,
    ),
    (
        HOS,
        "2025-12-11",
        "MRI brain/spine: R parietal # with acute SDH; L fronto-parietal subdural collection with chronic component; no cord injury. Neuro stable, GCS 15. Clotting, bone profile, vit D normal.",
        "Kai Doherty",
        None,
    ),
    (
        PRO,
        "2025-12-12",
        "Strat mtg minutes (08/12) rec'd from CSC - OM not invited/did not attend. Read: joint s47, ICPC to be arranged, child to MGM on discharge. OM to submit report to ICPC.",
        "Kai; DP",
        "E24",
    ),
    # E26 discharge planning meeting
    (
        HOS,
        "2025-12-16 14:00",
        "Discharge planning mtg (Ward 12) - Dr Mensah, SN Pike, SW Natt, MGM. Kai MFFD 17/12 to MGM's under s20. F/u: repeat skeletal survey 22/12 (day case), paed neuro clinic 6/52, ophth 4/52. Contact w/ mother supervised (CSC).",
        "Kai Doherty; Dr Mensah; SN Pike; SW Natt; MGM",
        "E26",
    ),
    (
        CSC,
        "2025-12-16 14:00",
        "Discharge planning meeting on the children's ward. Kai is well enough to leave tomorrow and will go to Denise's under the section 20 agreement. Follow-up agreed: repeat X-rays on 22 December, neurology clinic in six weeks, eye clinic in four weeks. Ms Doherty to see Kai at the family centre twice a week, supervised.",
        "Kai Doherty; Denise Doherty; Chantelle Doherty; Dr Mensah; Lorraine Pike; Priya Natt",
        "E26",
    ),
    (
        HV,
        "2025-12-18 10:00",
        "Home visit at MGM's (Kai's new address). Kai subdued but walking, R parietal swelling resolving. Wt 13.1kg (was 13.4). Sleep disturbed. HV visits fortnightly for now.",
        "Kai; MGM; Bethan",
        None,
    ),
    (
        GP,
        "2025-12-18",
        "Report for ICPC (Kai) sent to conference team: prev CP plan, A&E 21/09/25, impetigo, URTI; CD - depression, DA disclosed 16/10/25. Unable to attend (surgery).",
        "Kai; Chantelle Doherty; Dr Rao",
        None,
    ),
    (
        GP,
        "2025-12-19",
        "Disch summary Ward 12 (adm 06/12/25 - d/c 17/12/25) - Kai: R parietal skull #, acute SDH R + older L subdural, healing L 8th rib #, CML R distal tibia, R retinal haemorrhages. Dx suspected NAI. PP -> s20 to MGM. F/u paed neuro, ophth, repeat SS. Coded.",
        "Kai; MGM; Dr Rao",
        "E21",
    ),
    (
        PRO,
        "2025-12-19",
        "Report to ICPC submitted to conference team: CO hx, DA risk, BBR completed 24/11, non-disclosure of residence. OM will attend.",
        "Mr Stott; Kai; DP",
        None,
    ),
    (
        HOS,
        "2025-12-22 09:30",
        "Repeat skeletal survey (day case, MGM with child): L 8th rib # healing; R distal tibia CML healing with periosteal reaction; no new fractures.",
        "Kai Doherty; MGM",
        None,
    ),
    # E27 initial child protection conference (HV files the minutes after Christmas)
    (
        CSC,
        "2025-12-22 13:30",
        "Initial child protection conference chaired by Janet Okafor. Present: Ms Doherty with her solicitor, Denise Doherty, Priya Natt, TM Graham Lowe, DC Mark Ellison, Bethan Hughes (health visitor), Kelly Ward (Brook Lane), Lorraine Pike (hospital safeguarding nurse) and Daniel Price (probation). GP report received. Ryan Stott invited - did not attend. Kai to be subject to a child protection plan, category physical abuse. Kai stays with Denise; contact with his mother supervised; no contact with Ryan. First core group 8 January.",
        "Kai Doherty; IRO Okafor; Chantelle Doherty; Denise Doherty; Priya Natt; TM Lowe; DC Ellison; Bethan Hughes; Kelly Ward; Lorraine Pike; Daniel Price; Ryan Stott",
        "E27",
    ),
    (
        POL,
        "2025-12-22 13:30",
        "ICPC - DOHERTY, Kai. DC Ellison attended. Police update: both S RUI, phones at lab. Outcome CP plan (physical abuse).",
        "Kai Doherty; DC Ellison",
        "E27",
    ),
    (
        HOS,
        "2025-12-22 13:30",
        "SN Pike attended ICPC (Civic Centre) for Dr Mensah - medical report presented. Outcome: CP plan, cat physical abuse.",
        "Kai Doherty; SN Pike; Dr Mensah",
        "E27",
    ),
    (
        HV,
        "2025-12-22",
        "ICPC attended (BH). CP plan - physical abuse. HV: fortnightly visits at MGM's, growth monitoring, core group member.",
        "Kai; MGM; Bethan",
        "E27",
    ),
    (
        CC,
        "2025-12-22",
        "Child protection conference - Kelly went (Civic Centre, 1.30). Kai now on a CP plan. Nursery place continues from Jan with Denise bringing him; Tasha to be part of the core group.",
        "Kai; Denise; Kelly; Tasha",
        "E27",
    ),
    (
        PRO,
        "2025-12-22",
        "CP conf (initial) - OM attended. Child made subject of CP plan (physical). PoP named as alleged perpetrator. Probation action: tell SW immediately of any change in PoP's address/relationships.",
        "Kai; Mr Stott; DP",
        "E27",
    ),
    # ---------------- January - April 2026 ----------------
    (
        GP,
        "2026-01-05",
        "Conference outcome letter rec'd: Kai subject to CP plan (physical abuse) from 22/12/25. CP-IS flag confirmed. Living with MGM - temp reg done.",
        "Kai; MGM; Dr Rao",
        None,
    ),
    # E28 core group 1
    (
        CSC,
        "2026-01-08 10:00",
        "First core group meeting at Brook Lane Children's Centre. Present: Denise, Ms Doherty, Priya Natt, Bethan Hughes (health visitor), Kelly Ward and Tasha Lyons (Kai's key person). Supervised contact going well; Kai back at nursery three mornings a week; follow-up clinics booked. Ms Doherty says she has ended the relationship with Ryan. Actions updated.",
        "Denise Doherty; Chantelle Doherty; Priya Natt; Bethan Hughes; Kelly Ward; Tasha Lyons; Kai Doherty; Ryan Stott",
        "E28",
    ),
    (
        CC,
        "2026-01-08 10:00",
        "Core group 1 here (family room) - Kelly + Tasha. Kai back in nursery since 6/1, clingy at drop-off, no marks.",
        "Kai; Kelly; Tasha",
        "E28",
    ),
    (
        HV,
        "2026-01-08",
        "Core grp attended at CC. Wt 13.3kg. HV actions: fortnightly visits, check neuro f/u attended.",
        "Kai; Bethan",
        "E28",
    ),
    (
        GP,
        "2026-01-08 15:10",
        "Kai - with MGM. Post-discharge check. Night waking x3, clingy. Neuro exam normal, walking well. Sleep hygiene advice. R/v prn.",
        "Kai; MGM; Dr Rao",
        None,
    ),
    (
        HV,
        "2026-01-09",
        "ICPC minutes (22.12.2025) rec'd - filed, HV actions checked.",
        "Kai; Bethan",
        "E27",
    ),
    (
        PRO,
        "2026-01-12",
        "MAPPA L2 mtg - PoP. Plan: weekly reporting, address checks, liaise with police re charging. PoP denies harming child, blames partner.",
        "Mr Stott; Chantelle; DP",
        None,
    ),
    (
        HV,
        "2026-01-15 10:00",
        "Home visit at MGM's. Kai happier, playing with cars. Father (Lee) visited at weekend per MGM. Wt 13.5kg.",
        "Kai; MGM; Lee; Bethan",
        None,
    ),
    (
        HOS,
        "2026-01-20 14:00",
        "Paed neurology clinic: Kai with MGM. Neuro exam normal; mild expressive speech delay (pre-dates injury per HV records). Ophth f/u: R retinal haemorrhages resolved. Repeat MRI 3/12.",
        "Kai Doherty; MGM",
        None,
    ),
    (
        GP,
        "2026-01-29 11:00",
        "CD - low mood, poor sleep since 'Kai was taken'. PHQ-9 19. Passive thoughts, no plan/intent. Sertraline 100 -> 150mg. Talking therapies, crisis numbers. R/v 2/52.",
        "Chantelle Doherty; Dr Rao",
        None,
    ),
    # E29 core group 2
    (
        CSC,
        "2026-02-05 10:00",
        "Second core group at Brook Lane. Present: Denise, Ms Doherty, Priya Natt, Bethan Hughes, Kelly Ward. Kai settled at Denise's; neurology follow-up normal; contact consistent. Assessment of Lee Brennan started. Police investigation ongoing.",
        "Denise Doherty; Chantelle Doherty; Priya Natt; Bethan Hughes; Kelly Ward; Kai Doherty; Lee Brennan",
        "E29",
    ),
    (
        CC,
        "2026-02-05 10:00",
        "Core group 2 (family room). Attendance 96%. Kai chattier, joining in at circle time.",
        "Kai; Kelly",
        "E29",
    ),
    (
        HV,
        "2026-02-05",
        "Core group mtg attended at CC. Neuro f/u normal. HV actions unchanged.",
        "Kai; Bethan",
        "E29",
    ),
    (
        HV,
        "2026-02-12 10:00",
        "Home visit at MGM's. ASQ-3 repeat: communication 35 (improved). Wt 13.6kg. MGM coping, tired.",
        "Kai; MGM; Bethan",
        None,
    ),
    # E30 charge and remand (police, the call to CSC, probation next day)
    (
        POL,
        "2026-02-24 15:00",
        "Occ 25/214507 - CPS charging decision: STOTT charged s18 GBH w/i + child cruelty (s1 CYPA 1933). Remanded in custody, Mags 25/02 -> Crown Ct. DOHERTY: RUI continues (s5). SW Natt informed 16:30; probation OM emailed.",
        "STOTT; Chantelle Doherty; Kai Doherty; DC Ellison; SW Natt",
        "E30",
    ),
    (
        CSC,
        "2026-02-24 16:30",
        "DC Ellison rang: the Crown Prosecution Service has authorised charges against Ryan Stott for causing grievous bodily harm with intent and child cruelty; he is being kept in custody until his court appearance. The investigation into Ms Doherty continues.",
        "DC Ellison; Ryan Stott; Chantelle Doherty; Priya Natt",
        "E30",
    ),
    (
        PRO,
        "2026-02-25",
        "Police email: PoP charged 24/02 (s18 GBH, child cruelty), remanded. Case to custody OM; CO to be dealt with at Crown Ct. Community supervision ends.",
        "Mr Stott; DC Ellison; DP",
        "E30",
    ),
    # E31 core group 3
    (
        CSC,
        "2026-03-05 10:00",
        "Third core group at Brook Lane. Present: Denise, Ms Doherty, Priya Natt, Kelly Ward; health visitor sent apologies and an update by email. Ryan remanded in custody. Ms Doherty's mood low; her GP has increased her medication. Plan continues; review conference 19 March.",
        "Denise Doherty; Chantelle Doherty; Priya Natt; Kelly Ward; Ryan Stott; Kai Doherty",
        "E31",
    ),
    (
        CC,
        "2026-03-05 10:00",
        "Core group 3 (family room). HV apologies. Kai's attendance 95%, happy.",
        "Kai; Kelly",
        "E31",
    ),
    (
        HV,
        "2026-03-05",
        "Unable to attend core group (imms clinic) - update emailed to SW: wt 13.8kg, development progressing.",
        "Kai; Bethan; SW Natt",
        None,
    ),
    (
        GP,
        "2026-03-12",
        "RCPC report sent (Kai + CD). Dr Rao to attend.",
        "Kai; Chantelle Doherty; Dr Rao",
        None,
    ),
    (
        HV,
        "2026-03-12 10:00",
        "Home visit at MGM's. Kai well, ~100 words. MGM: Lee now visiting fortnightly, supervised by her.",
        "Kai; MGM; Lee; Bethan",
        None,
    ),
    (
        POL,
        "2026-03-16",
        "RCPC 19/03 - police report to conference team: STOTT remanded, trial listed Jul 26; DOHERTY RUI. DC Ellison unable to attend.",
        "STOTT; Chantelle Doherty; DC Ellison",
        None,
    ),
    # E32 review child protection conference
    (
        CSC,
        "2026-03-19 10:00",
        "Review child protection conference chaired by Janet Okafor. Present: Ms Doherty, Denise, Priya Natt, Bethan Hughes, Kelly Ward, Dr Sunita Rao (GP). Police report received. Kai remains subject to a child protection plan (physical abuse); to be reviewed after the criminal proceedings and the assessments of Denise and Lee. Legal planning meeting to consider proceedings.",
        "Kai Doherty; IRO Okafor; Chantelle Doherty; Denise Doherty; Priya Natt; Bethan Hughes; Kelly Ward; Dr Rao; Lee Brennan",
        "E32",
    ),
    (
        GP,
        "2026-03-19",
        "Attended RCPC (Dr Rao). KD remains on CP plan. GP: monitor CD mood, Kai f/u.",
        "Kai; Chantelle Doherty; Dr Rao",
        "E32",
    ),
    (
        HV,
        "2026-03-19",
        "RCPC attended (BH). CP plan continues (physical abuse). HV monthly.",
        "Kai; Bethan",
        "E32",
    ),
    (
        CC,
        "2026-03-19",
        "Review conference (Kelly). Kai stays on CP plan. Nursery to keep body-mapping any marks.",
        "Kai; Kelly",
        "E32",
    ),
    (
        CSC,
        "2026-03-26",
        "Legal planning meeting (TM Graham Lowe, local authority solicitor): pre-proceedings letter to Ms Doherty; continue section 20 with Denise; parenting assessment of Ms Doherty and full assessment of Lee Brennan.",
        "Chantelle Doherty; Denise Doherty; Lee Brennan; TM Lowe",
        None,
    ),
    (
        HV,
        "2026-04-09 10:00",
        "Home visit at MGM's. Kai 3y - wt 14.0kg, speech improving, toilet training started. MGM tired but coping.",
        "Kai; MGM; Bethan",
        None,
    ),
]


def main():
    out = HERE / "case_ar.json"
    casegen.build(
        "ar",
        "Two-year-old with a suspected non-accidental head injury after earlier bruising; mother's "
        "new partner on a community order for domestic abuse; previous CP plan for neglect; "
        "7 agencies, Apr 2025 - Apr 2026 (held out)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
