# ruff: noqa: E501  (prose: the case as the agencies wrote it)
"""Writing aid for held-out case F (never tune on it). Run: python3 build_f.py > case_f.json

Hand-written entry by entry on 4 December 2026 by a writer who had not read the merging code,
its tests, its scores or the tuning cases (only case_e.json's field names). Every name is invented.

Shape: six agencies, a family of five over eight months; a teenager drifting into exploitation,
a six-year-old's bruise, a baby's head injury, the mother's overdose. Deliberate difficulties:
referral sent vs received days apart, a strategy discussion minuted four days later, discharge
and clinic letters arriving one to two weeks after the attendance, abbreviations on one side and
words on the other (PPN / police notification, s47 / section 47, ED / A&E / emergency department,
HV = health visitor and HV = home visit, MARAC, ICPC / RCPC, NFA, RHI, OD, FTE), events that
share only people, and same-day decoys (different happenings on the same day naming the same
people). Reports sent to a meeting by an agency that did not attend are not members (as in
../README.md).

Membership: an entry belongs to an event when it records that happening (first- or
second-hand, including a letter about an attendance); an entry whose
subject is something else and only mentions the happening in passing (a late arrival "because mum
was in hospital") is not in it.
"""

import datetime as dt
import json

PEOPLE = [
    {
        "name": "Kerry-Ann Doyle",
        "aliases": ["Kerry-Ann", "Kerry", "Ms Doyle", "K DOYLE", "KD", "mum", "mother"],
        "label": "Mother",
        "category": "parent",
    },
    {
        "name": "Liam Brophy",
        "aliases": ["Liam", "Mr Brophy", "L BROPHY", "LB"],
        "label": "Mother's partner",
        "category": "parent",
    },
    {
        "name": "Tyler Doyle",
        "aliases": ["Tyler", "TD", "T DOYLE", "YP"],
        "label": "Child T",
        "category": "child",
    },
    {
        "name": "Poppy Doyle",
        "aliases": ["Poppy", "P DOYLE", "Pops"],
        "label": "Child P",
        "category": "child",
    },
    {
        "name": "Archie Brophy",
        "aliases": ["Archie", "baby Archie", "baby", "A BROPHY"],
        "label": "Child A",
        "category": "child",
    },
    {
        "name": "Dennis Doyle",
        "aliases": ["Dennis", "grandad", "MGF", "Mr Doyle"],
        "label": "Maternal grandfather",
        "category": "family",
    },
    {
        "name": "Connor Hayes",
        "aliases": ["Connor", "C HAYES"],
        "label": "Older associate of Child T",
        "category": "other_adult",
    },
    {
        "name": "Anjali Mehta",
        "aliases": ["Anjali", "AM", "SW Mehta"],
        "label": "Social worker",
        "category": "professional",
    },
    {
        "name": "Bronwen Pugh",
        "aliases": ["Bronwen", "HV Pugh", "BP"],
        "label": "Health visitor",
        "category": "professional",
    },
    {
        "name": "Gary Threlfall",
        "aliases": ["Mr Threlfall", "GT"],
        "label": "Designated safeguarding lead",
        "category": "professional",
    },
]

CSC = "Children's Social Care"
POL = "Police"
GP = "Hollybank Surgery"
HOS = "Northgate General Hospital"
HV = "0-19 Health Service"
SCH = "Ridgeway Academy"

AGENCIES = [
    {"name": CSC, "kind": "social_care"},
    {"name": POL, "kind": "police"},
    {"name": GP, "kind": "health"},
    {"name": HOS, "kind": "health"},
    {"name": HV, "kind": "health"},
    {"name": SCH, "kind": "education"},
]


def _csc(d):
    return f"{d.day} {d:%B %Y}"


def _pol(d):
    return f"{d:%d/%m/%Y}"


def _gp(d):
    return f"{d:%d-%b-%Y}"


def _hos(d):
    return d.isoformat()


def _hv(d):
    return f"{d:%d.%m.%y}"


def _sch(d):
    return f"{d:%a} {d.day} {d:%b}"


STYLE = {CSC: _csc, POL: _pol, GP: _gp, HOS: _hos, HV: _hv, SCH: _sch}

# (agency, date, time or None, text, people ("; "-separated register names), event or None)
ENTRIES = [
    (
        HV,
        "2026-01-07",
        None,
        "Birth visit. Baby Archie 12 days, feeding well (formula). Mum tired, lives with partner Liam and two older children. Home cluttered but warm. EPDS 9. Next contact 6-8 wks.",
        "Archie Brophy; Kerry-Ann Doyle; Liam Brophy",
        None,
    ),
    (
        GP,
        "2026-01-09",
        None,
        "Baby check 8/52 brought forward - mum unable to make later appt. NAD. Imms due. Mum reports poor sleep, declines discussion of mood.",
        "Archie Brophy; Kerry-Ann Doyle",
        None,
    ),
    (
        SCH,
        "2026-01-12",
        None,
        "Tyler (Y8) late 4 times this week. Says he is looking after the baby in the mornings. Form tutor spoke to him. Logged.",
        "Tyler Doyle",
        None,
    ),
    (
        SCH,
        "2026-01-20",
        None,
        "Poppy (Y1) came in with no lunch or coat. Breakfast club place offered to mum by phone - mum said she'd think about it.",
        "Poppy Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        POL,
        "2026-01-24",
        "16:40",
        "Shop theft Northgate retail park. Two youths detained by security, one TD 13 yrs. Parent KD attended. Community resolution. Associate C HAYES (19) left scene.",
        "Tyler Doyle; Kerry-Ann Doyle; Connor Hayes",
        "F17",
    ),
    (
        SCH,
        "2026-01-27",
        None,
        "Tyler told a TA he was 'in trouble with the police' at the weekend. DSL aware. No police notification received.",
        "Tyler Doyle",
        "F17",
    ),
    (
        GP,
        "2026-02-03",
        None,
        "Tel consult Ms Doyle. Low mood, drinking 'a bottle of wine most nights'. AUDIT-C 9. Advised re alcohol service. Sertraline 50mg. Review 4 wks.",
        "Kerry-Ann Doyle",
        None,
    ),
    (
        HV,
        "2026-02-10",
        None,
        "6-8 wk check at clinic. Archie weight 25th centile (birth 50th). Mum did not attend last week, came today with grandad. Discussed feeding.",
        "Archie Brophy; Kerry-Ann Doyle; Dennis Doyle",
        None,
    ),
    # F01: domestic incident; police -> school (Op Encompass) -> CSC PPN -> HV notification
    (
        POL,
        "2026-02-14",
        "23:10",
        "DA call 999 from neighbour. Male shouting, female crying. Attended: L BROPHY, K DOYLE (IP). Children in address: 13, 6, 2mths. DASH - medium. Injury: red mark L cheek. Male left voluntarily. PPN submitted.",
        "Liam Brophy; Kerry-Ann Doyle; Tyler Doyle; Poppy Doyle; Archie Brophy",
        "F01",
    ),
    (
        SCH,
        "2026-02-16",
        None,
        "Operation Encompass call 8.15am: police at Tyler and Poppy's home Saturday night, domestic incident. Both in school. Class teacher and form tutor told to keep an eye. Tyler quiet.",
        "Tyler Doyle; Poppy Doyle",
        "F01",
    ),
    (
        CSC,
        "2026-02-19",
        None,
        "Police notification received at the front door about a domestic incident at the weekend between Ms Doyle and Mr Brophy; three children at home including a baby of eight weeks. Screened: referral to Early Help and letter to mother; health visitor to be informed.",
        "Kerry-Ann Doyle; Liam Brophy; Archie Brophy",
        "F01",
    ),
    (
        HV,
        "2026-02-20",
        None,
        "Notification from MASH re DA incident 14.02. Baby Archie in property. Tel call to mum - says it was 'just an argument', Liam not living there now. Will bring forward visit.",
        "Archie Brophy; Kerry-Ann Doyle; Liam Brophy",
        "F01",
    ),
    (
        SCH,
        "2026-02-16",
        None,
        "Y8 parents' evening - no one attended for Tyler. Letter home.",
        "Tyler Doyle",
        None,
    ),
    (
        HV,
        "2026-02-25",
        None,
        "Home visit. Mum alone with baby. Liam's work boots by door - mum says he 'calls round for the baby'. Archie alert, weight gain 150g in 2 wks (low). Feeding plan.",
        "Kerry-Ann Doyle; Archie Brophy; Liam Brophy",
        None,
    ),
    (
        GP,
        "2026-03-02",
        None,
        "Ms Doyle DNA'd medication review. Letter sent.",
        "Kerry-Ann Doyle",
        None,
    ),
    # F02: school referral about Poppy's bruise; sent Tue, logged by CSC Wed
    (
        SCH,
        "2026-03-03",
        None,
        "Poppy arrived with a bruise on her upper arm, finger-shaped. Said 'Liam grabbed me because I wouldn't get in the bath'. DSL Mr Threlfall made referral to MASH online 11.40am. Mum informed at pick-up.",
        "Poppy Doyle; Liam Brophy; Gary Threlfall; Kerry-Ann Doyle",
        "F02",
    ),
    (
        CSC,
        "2026-03-04",
        None,
        "Contact received from Ridgeway Academy (sent yesterday): Poppy, 6, disclosed that her mother's partner grabbed her arm, leaving marks. Previous police notification in February. Threshold for section 47 met; strategy discussion to be convened.",
        "Poppy Doyle; Liam Brophy",
        "F02",
    ),
    # F03: strategy discussion on 5 March, minuted by CSC on 9 March
    (
        POL,
        "2026-03-05",
        "10:30",
        "Strat disc (tel) w/ CSC, school, health. s47 joint investigation agreed re P DOYLE 6yrs. Suspect L BROPHY. ABE to be arranged. CP medical to be requested.",
        "Poppy Doyle; Liam Brophy",
        "F03",
    ),
    (
        SCH,
        "2026-03-05",
        None,
        "DSL took part in strategy meeting by phone. Agreed: Poppy to be seen at school by police and SW tomorrow.",
        "Poppy Doyle; Gary Threlfall",
        "F03",
    ),
    (
        CSC,
        "2026-03-09",
        None,
        "Minutes of the strategy discussion held on 5 March typed up and circulated (chair: team manager; police CAIT, school DSL, health visitor). Decision: joint s47 enquiry; child protection medical for Poppy; safety plan - Mr Brophy not to stay at the home.",
        "Poppy Doyle; Liam Brophy; Kerry-Ann Doyle",
        "F03",
    ),
    (
        HV,
        "2026-03-05",
        None,
        "Unable to join strategy discussion (clinic). Information shared by email to SW Mehta: weight faltering for baby, DA history.",
        "Anjali Mehta; Archie Brophy",
        None,
    ),
    # F04: child protection medical; hospital, CSC same day, GP letter a week later
    (
        HOS,
        "2026-03-06",
        "14:00",
        "Child protection medical, paediatric outpatients. P DOYLE 6y. 4 oval bruises L upper arm, consistent with gripping. Skin otherwise clear. Opinion: likely inflicted. SW present.",
        "Poppy Doyle; Anjali Mehta",
        "F04",
    ),
    (
        CSC,
        "2026-03-06",
        None,
        "Accompanied Poppy and her mother to Northgate General for the medical. The paediatrician's view is that the bruises were probably caused by an adult's grip. Mother upset, agreed Mr Brophy will stay with his brother.",
        "Poppy Doyle; Kerry-Ann Doyle; Liam Brophy",
        "F04",
    ),
    (
        GP,
        "2026-03-13",
        None,
        "Letter from Northgate paeds re CP medical 06/03 for Poppy: bruising L arm likely non-accidental. Safeguarding code added for Poppy and siblings.",
        "Poppy Doyle",
        "F04",
    ),
    (
        POL,
        "2026-03-06",
        "16:20",
        "ABE interview P DOYLE at school w/ SW. Account consistent with disclosure. Suspect to be interviewed.",
        "Poppy Doyle; Anjali Mehta",
        None,
    ),
    (
        POL,
        "2026-03-10",
        "11:00",
        "L BROPHY voluntary interview. Denies assault, says he 'lifted her by the arm into the bath'. File to CPS for advice.",
        "Liam Brophy",
        None,
    ),
    (
        CSC,
        "2026-03-12",
        None,
        "Home visit. Spoke to Tyler alone - he said Liam 'isn't that bad' and he has been 'out with mates' most evenings. Would not name them. Mother says Tyler is out until late.",
        "Tyler Doyle; Kerry-Ann Doyle; Liam Brophy",
        None,
    ),
    (
        SCH,
        "2026-03-12",
        None,
        "Tyler internal exclusion (1 day) for phone use and swearing at staff.",
        "Tyler Doyle",
        None,
    ),
    (
        HV,
        "2026-03-18",
        None,
        "Weight check at home. Archie 9th centile. Referral to GP for review of faltering growth. Mum engaging better. Grandad Dennis visiting daily.",
        "Archie Brophy; Kerry-Ann Doyle; Dennis Doyle",
        None,
    ),
    (
        GP,
        "2026-03-20",
        None,
        "Archie reviewed re faltering weight (HV referral). Examination normal. Plan: bloods, paeds OPD referral if no improvement. Mum reports partner not in home.",
        "Archie Brophy; Kerry-Ann Doyle",
        None,
    ),
    # F05: ICPC 26 March; GP report sent 23 March; police, school, HV attend
    (
        GP,
        "2026-03-23",
        None,
        "Report for initial child protection conference (26/03) completed and emailed to conference team. Unable to attend.",
        "Poppy Doyle; Archie Brophy; Tyler Doyle",
        None,
    ),
    (
        CSC,
        "2026-03-26",
        None,
        "Initial child protection conference. All three children made subject to child protection plans: Poppy under physical abuse, Tyler and Archie under neglect. Core group to meet within ten working days.",
        "Poppy Doyle; Tyler Doyle; Archie Brophy; Kerry-Ann Doyle",
        "F05",
    ),
    (
        POL,
        "2026-03-26",
        "10:00",
        "Attended ICPC re DOYLE children. Update given on investigation (awaiting CPS). All 3 children on CP plans.",
        "Poppy Doyle; Tyler Doyle; Archie Brophy",
        "F05",
    ),
    (
        SCH,
        "2026-03-26",
        None,
        "DSL attended ICPC. Tyler and Poppy both on CP plans. Actions for school: daily check-in for Poppy, mentor for Tyler.",
        "Tyler Doyle; Poppy Doyle; Gary Threlfall",
        "F05",
    ),
    (
        HV,
        "2026-03-26",
        None,
        "ICPC attended. Archie CP plan - neglect. HV actions: fortnightly visits and weight monitoring.",
        "Archie Brophy",
        "F05",
    ),
    (
        SCH,
        "2026-04-01",
        None,
        "Poppy's daily check-in: happy, says grandad brought her. Good week.",
        "Poppy Doyle; Dennis Doyle",
        None,
    ),
    (
        CSC,
        "2026-04-02",
        None,
        "First core group. Written agreement signed by mother. Mr Brophy to have contact with Archie only at the maternal grandfather's home.",
        "Kerry-Ann Doyle; Liam Brophy; Archie Brophy; Dennis Doyle",
        None,
    ),
    (
        POL,
        "2026-04-04",
        "21:50",
        "Concern for welfare: TD 13yrs seen in stairwell of Carlton Tower with older males. Taken home. Mum KD intoxicated. Intel report submitted re C HAYES.",
        "Tyler Doyle; Kerry-Ann Doyle; Connor Hayes",
        None,
    ),
    # F06: baby's head injury: ED -> hospital safeguarding to CSC next day -> HV discharge notice -> GP letter
    (
        HOS,
        "2026-04-11",
        "19:45",
        "ED attendance. A BROPHY 3/12. Swelling R parietal, 'rolled off the sofa'. Non-mobile infant. CT head: no fracture. Admitted for observation and safeguarding review. Father and MGF present.",
        "Archie Brophy; Liam Brophy; Dennis Doyle",
        "F06",
    ),
    (
        CSC,
        "2026-04-13",
        None,
        "Hospital safeguarding team rang the emergency duty team on Saturday night; passed to the day team this morning: Archie, 3 months, in A&E last night with a swelling to his head, said to have rolled off a sofa. Mr Brophy was caring for him at the grandfather's house. Strategy discussion needed.",
        "Archie Brophy; Liam Brophy; Dennis Doyle",
        "F06",
    ),
    (
        HV,
        "2026-04-14",
        None,
        "Discharge notification received: Archie A&E attendance 11/04, head injury, admitted one night. Contacted SW - strategy meeting held yesterday.",
        "Archie Brophy; Anjali Mehta",
        "F06",
    ),
    (
        GP,
        "2026-04-17",
        None,
        "Discharge summary Northgate: Archie, emergency department 11/04 then paediatric ward 1 night. Minor head injury, no fracture. Safeguarding - CSC involved. Read and filed.",
        "Archie Brophy",
        "F06",
    ),
    (
        POL,
        "2026-04-13",
        "09:30",
        "Strat disc re A BROPHY head injury. Accidental explanation plausible per paediatrician. No crime. Safety plan: supervised care only.",
        "Archie Brophy",
        None,
    ),
    (
        SCH,
        "2026-04-14",
        None,
        "Tyler absent, no call from home. First-day calling - no answer.",
        "Tyler Doyle",
        None,
    ),
    # F07: joint home visit by health visitor and social worker ("joint HV")
    (
        CSC,
        "2026-04-20",
        None,
        "Joint HV with health visitor to mother's home. Baby's bruise from the hospital admission fading. Home much tidier. Poppy shown her new bed. Tyler not home.",
        "Kerry-Ann Doyle; Archie Brophy; Poppy Doyle; Tyler Doyle; Bronwen Pugh",
        "F07",
    ),
    (
        HV,
        "2026-04-20",
        None,
        "Joint home visit with social worker (Anjali). Archie weighed: 16th centile - improving. Mum says she has stopped drinking. Tyler out.",
        "Archie Brophy; Kerry-Ann Doyle; Anjali Mehta; Tyler Doyle",
        "F07",
    ),
    (
        GP,
        "2026-04-20",
        None,
        "Ms Doyle medication review. Mood improved. Drinking reduced per patient. Continue sertraline.",
        "Kerry-Ann Doyle",
        None,
    ),
    (
        SCH,
        "2026-04-24",
        None,
        "Mentor session with Tyler. Talked about football trials. He mentioned 'Connor' gives him lifts and money for 'running errands'. Passed to DSL.",
        "Tyler Doyle; Connor Hayes",
        "F18",
    ),
    (
        CSC,
        "2026-04-27",
        None,
        "School shared Tyler's comments about an older man giving him money and lifts. Exploitation screening tool completed: medium risk.",
        "Tyler Doyle; Connor Hayes",
        "F18",
    ),
    # F08: Tyler missing Sat night; police report, school notes Monday, CSC return home interview Wed
    (
        POL,
        "2026-05-02",
        "23:30",
        "Missing person report: TD 13yrs, last seen 18:00. Mother KD reports. Graded medium. Found 04:10 at Northgate bus station by patrol. Returned home. Would not say where he had been.",
        "Tyler Doyle; Kerry-Ann Doyle",
        "F08",
    ),
    (
        SCH,
        "2026-05-05",
        None,
        "Mum rang: Tyler was missing on Saturday night, police found him early Sunday. He is in today, tired. Mentor to see him.",
        "Tyler Doyle; Kerry-Ann Doyle",
        "F08",
    ),
    (
        CSC,
        "2026-05-06",
        None,
        "Return home interview (RHI) with Tyler after his missing episode at the weekend. He said he was 'at a mate's flat' in Carlton Tower and was given a phone. He would not say more.",
        "Tyler Doyle",
        "F08",
    ),
    (
        HV,
        "2026-05-06",
        None,
        "Home visit. Archie 4/12 weight 20th centile. Mum anxious about Tyler. Grandad present.",
        "Archie Brophy; Kerry-Ann Doyle; Dennis Doyle; Tyler Doyle",
        None,
    ),
    (
        GP,
        "2026-05-11",
        None,
        "Tyler seen with mum - poor sleep, headaches. Mum worried re 'bad crowd'. Advised sleep hygiene, signposted school counsellor.",
        "Tyler Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        HOS,
        "2026-05-14",
        "11:20",
        "Paeds OPD: Archie growth review. Weight 25th centile. Discharged to HV/GP care.",
        "Archie Brophy",
        None,
    ),
    # F09: Tyler arrested with Connor; police 20 May, school told 21 May, CSC 22 May
    (
        POL,
        "2026-05-20",
        "15:05",
        "Stop search Carlton Tower car park. T DOYLE 13yrs and C HAYES 19yrs. Hayes found with 14 wraps class A; TD with £240 cash and 2 phones. Both arrested. TD released under investigation. NRM referral submitted.",
        "Tyler Doyle; Connor Hayes",
        "F09",
    ),
    (
        SCH,
        "2026-05-21",
        None,
        "Police rang DSL: Tyler arrested yesterday with an adult, drugs found on the adult. Tyler in school today. Mentor check-in.",
        "Tyler Doyle; Gary Threlfall",
        "F09",
    ),
    (
        CSC,
        "2026-05-22",
        None,
        "Police notified the team that Tyler was arrested on Wednesday with Connor Hayes, who had drugs on him; Tyler had cash and two phones. National Referral Mechanism referral made by police. Exploitation risk now high; MACE referral to be made.",
        "Tyler Doyle; Connor Hayes",
        "F09",
    ),
    (
        HV,
        "2026-05-26",
        None,
        "Tel call from mum, tearful re Tyler. Offered visit. Archie well.",
        "Kerry-Ann Doyle; Tyler Doyle; Archie Brophy",
        None,
    ),
    # F10: core group 28 May, HV writes up on 2 June
    (
        CSC,
        "2026-05-28",
        None,
        "Core group meeting at Ridgeway Academy. Present: mother, grandfather, school DSL, health visitor, social worker. Progress on Poppy's plan good; Tyler's risk outside the home increasing.",
        "Kerry-Ann Doyle; Dennis Doyle; Gary Threlfall; Bronwen Pugh; Anjali Mehta; Poppy Doyle; Tyler Doyle",
        "F10",
    ),
    (
        SCH,
        "2026-05-28",
        None,
        "Hosted core group. Poppy attendance 97%. Tyler 81%, mentor sessions continuing.",
        "Poppy Doyle; Tyler Doyle",
        "F10",
    ),
    (
        HV,
        "2026-06-02",
        None,
        "Notes of core group held 28/05 (written up late - leave). Archie's weight now satisfactory; HV visits to reduce to monthly if next conference agrees.",
        "Archie Brophy",
        "F10",
    ),
    (
        POL,
        "2026-05-28",
        "14:00",
        "Voluntary attendance C HAYES re drugs supply. No comment. Bailed.",
        "Connor Hayes",
        None,
    ),
    (
        SCH,
        "2026-06-03",
        None,
        "Poppy's class assembly - mum and grandad came. Poppy delighted.",
        "Poppy Doyle; Kerry-Ann Doyle; Dennis Doyle",
        None,
    ),
    # F11: mother's overdose: police concern for welfare, ED, CSC next day, GP letter 6 days later
    (
        POL,
        "2026-06-09",
        "01:35",
        "Concern for welfare. Call from Tyler (13) - mum 'won't wake up'. Ambulance and officers attended. K DOYLE conscious, had taken tablets with alcohol. Conveyed to hospital. Children to grandad's.",
        "Kerry-Ann Doyle; Tyler Doyle; Dennis Doyle",
        "F11",
    ),
    (
        HOS,
        "2026-06-09",
        "02:10",
        "ED: K DOYLE 34F. OD sertraline approx 20 tabs + alcohol. Obs stable. Psych liaison review am. Children's safeguarding: 3 children, on CP plans - referral to CSC.",
        "Kerry-Ann Doyle",
        "F11",
    ),
    (
        CSC,
        "2026-06-10",
        None,
        "Emergency duty team handover: Ms Doyle taken to hospital in the early hours of yesterday after an overdose; Tyler found her and called 999. Children staying with maternal grandfather. Visit to the grandfather's today.",
        "Kerry-Ann Doyle; Tyler Doyle; Dennis Doyle",
        "F11",
    ),
    (
        GP,
        "2026-06-15",
        None,
        "A&E letter: Kerry-Ann attended 09/06 following intentional overdose of sertraline with alcohol. Seen by liaison psychiatry, discharged with crisis team follow-up. Medication to be issued weekly.",
        "Kerry-Ann Doyle",
        "F11",
    ),
    (
        SCH,
        "2026-06-09",
        None,
        "Tyler and Poppy brought in late by grandad. Grandad said mum 'poorly in hospital'. Both quiet.",
        "Tyler Doyle; Poppy Doyle; Dennis Doyle",
        None,
    ),
    (
        HV,
        "2026-06-11",
        None,
        "Visit at grandfather's home. Archie well cared for by grandad. Mum home from hospital, staying there too.",
        "Archie Brophy; Dennis Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        CSC,
        "2026-06-12",
        None,
        "Visit to Ms Doyle at her father's flat. She said the overdose followed a threatening message from Mr Brophy. Referral to IDVA; case to go to MARAC.",
        "Kerry-Ann Doyle; Liam Brophy; Dennis Doyle",
        None,
    ),
    # F12: MARAC 18 June
    (
        POL,
        "2026-06-18",
        "09:30",
        "MARAC - case 7 K DOYLE. Perp L BROPHY. Actions: flag address, DVPN considered, IDVA allocated.",
        "Kerry-Ann Doyle; Liam Brophy",
        "F12",
    ),
    (
        CSC,
        "2026-06-18",
        None,
        "Multi-agency risk assessment conference: Ms Doyle's case heard. Agreed that police will put a marker on the address and the independent domestic violence adviser will see her this week.",
        "Kerry-Ann Doyle",
        "F12",
    ),
    (
        HV,
        "2026-06-18",
        None,
        "MARAC research form completed for today; dial-in. HV to share any disclosure by mum with IDVA.",
        "Kerry-Ann Doyle",
        "F12",
    ),
    (
        GP,
        "2026-06-19",
        None,
        "Ms Doyle seen - low mood post OD. Crisis team involved. Weekly prescriptions. Safeguarding noted.",
        "Kerry-Ann Doyle",
        None,
    ),
    # F13: Tyler's suspension 24 June; CSC told 26 June
    (
        SCH,
        "2026-06-24",
        None,
        "Tyler FTE 3 days for bringing a knife (kitchen knife in bag) into school. Police informed. Mum collected him.",
        "Tyler Doyle; Kerry-Ann Doyle",
        "F13",
    ),
    (
        CSC,
        "2026-06-26",
        None,
        "School let me know that Tyler has been suspended for three days after a kitchen knife was found in his bag on Wednesday. He told the head of year he carries it 'for protection'.",
        "Tyler Doyle",
        "F13",
    ),
    (
        POL,
        "2026-06-24",
        "13:15",
        "Report from Ridgeway Academy: knife found in TD 13yrs bag. Attended, knife seized, words of advice. Referral to YOS prevention.",
        "Tyler Doyle",
        "F13",
    ),
    (
        HV,
        "2026-06-30",
        None,
        "Visit. Mum back in own flat with all three children. Archie 6/12, developing well. Mum says Liam 'knows not to come'.",
        "Kerry-Ann Doyle; Archie Brophy; Liam Brophy",
        None,
    ),
    (
        GP,
        "2026-07-01",
        None,
        "Archie 6-month imms given. Mum calm.",
        "Archie Brophy; Kerry-Ann Doyle",
        None,
    ),
    (
        POL,
        "2026-07-03",
        "22:00",
        "Call from K DOYLE: male knocking at door. L BROPHY located nearby, arrested for breach of DVPN. Children asleep.",
        "Kerry-Ann Doyle; Liam Brophy",
        "F19",
    ),
    (
        CSC,
        "2026-07-06",
        None,
        "Police e-mail: Mr Brophy arrested on Friday night after going to Ms Doyle's door. Children were asleep. Discussed with manager: plan unchanged.",
        "Liam Brophy; Kerry-Ann Doyle",
        "F19",
    ),
    # F14: review child protection conference 9 July
    (
        CSC,
        "2026-07-09",
        None,
        "Review child protection conference. Poppy's and Archie's plans continue; Tyler's plan continues with an exploitation focus and a referral to the contextual safeguarding panel.",
        "Poppy Doyle; Archie Brophy; Tyler Doyle",
        "F14",
    ),
    (
        SCH,
        "2026-07-09",
        None,
        "RCPC attended by DSL. Summer holiday plan for Tyler discussed - holiday club place offered.",
        "Tyler Doyle; Gary Threlfall",
        "F14",
    ),
    (
        HV,
        "2026-07-09",
        None,
        "RCPC attended. Archie plan continues (neglect). Visits monthly.",
        "Archie Brophy",
        "F14",
    ),
    (
        POL,
        "2026-07-09",
        "10:00",
        "Review conf DOYLE children - police report submitted, not attended. L BROPHY charged, bail conditions not to contact KD.",
        "Liam Brophy; Kerry-Ann Doyle",
        None,
    ),
    (
        SCH,
        "2026-07-17",
        None,
        "Last day of term. Poppy's report: good progress in reading. Tyler attendance for year 84%.",
        "Poppy Doyle; Tyler Doyle",
        None,
    ),
    # F15: Poppy's growth clinic 22 July; GP and HV (school nursing) receive the clinic letter later
    (
        HOS,
        "2026-07-22",
        "09:40",
        "Paeds general clinic: P DOYLE 6y 7m referred by school nurse with low BMI. Ht 9th, wt 2nd centile. Dietary history poor. Plan: dietitian, bloods, review 3 months.",
        "Poppy Doyle",
        "F15",
    ),
    (
        GP,
        "2026-08-04",
        None,
        "Clinic letter from Northgate paediatrics (seen 22/7): Poppy low weight, dietitian referral, bloods requested. Bloods form issued.",
        "Poppy Doyle",
        "F15",
    ),
    (
        HV,
        "2026-08-05",
        None,
        "School nursing: copy of paediatric clinic letter received for Poppy (clinic 22.07). To add to weight monitoring with HV visits.",
        "Poppy Doyle",
        "F15",
    ),
    (
        CSC,
        "2026-07-22",
        None,
        "Visit. Children at home for the holidays. Tyler out. Mother says Poppy had 'a hospital appointment about her eating' this morning. Food in cupboards limited; food bank voucher given.",
        "Poppy Doyle; Kerry-Ann Doyle; Tyler Doyle",
        None,
    ),
    (
        POL,
        "2026-07-25",
        "00:40",
        "TD 13yrs found in vehicle with 3 adult males on the A61 lay-by after ANPR hit. Driver arrested. TD returned home. Intel to exploitation team.",
        "Tyler Doyle",
        "F20",
    ),
    (
        CSC,
        "2026-07-27",
        None,
        "Tyler was found in a car with three adult men late on Friday night. Return home interview offered; Tyler declined. Referral to the contextual safeguarding panel updated.",
        "Tyler Doyle",
        "F20",
    ),
    (
        HV,
        "2026-08-12",
        None,
        "Visit. Archie 7/12, sitting, babbling. Weight 25th. Mum tired, still not drinking she says. Grandad helping.",
        "Archie Brophy; Kerry-Ann Doyle; Dennis Doyle",
        None,
    ),
    # F16: CPS decision / NFA on Liam for the arm-grab; police 20 Aug, CSC 24 Aug
    (
        POL,
        "2026-08-20",
        "12:00",
        "CPS advice received re assault on P DOYLE (Mar 26). Insufficient evidence - NFA. Suspect L BROPHY informed. CSC to be updated.",
        "Poppy Doyle; Liam Brophy",
        "F16",
    ),
    (
        CSC,
        "2026-08-24",
        None,
        "Police confirmed there will be no further action against Mr Brophy over the bruising to Poppy's arm in March; the Crown Prosecution Service found the evidence insufficient. Mother told; she was upset.",
        "Liam Brophy; Poppy Doyle; Kerry-Ann Doyle",
        "F16",
    ),
    (
        GP,
        "2026-08-24",
        None,
        "Poppy bloods: FBC normal, ferritin low. Iron supplement started. Mum informed by phone.",
        "Poppy Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        SCH,
        "2026-09-03",
        None,
        "New term. Poppy Y2 settled. Tyler Y9 - mentor continues. Mum attended transition meeting.",
        "Poppy Doyle; Tyler Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        CSC,
        "2026-09-07",
        None,
        "Supervision: case discussed with manager. Step-down of Archie's plan to child in need to be considered at October conference if progress holds.",
        "Archie Brophy",
        None,
    ),
    (
        HV,
        "2026-09-09",
        None,
        "9-12 month review at home. Archie meeting milestones. Home tidy. Mum mentions Tyler 'hardly home'.",
        "Archie Brophy; Kerry-Ann Doyle; Tyler Doyle",
        None,
    ),
    (
        POL,
        "2026-09-12",
        "20:15",
        "C HAYES charged with PWITS class A. Remanded. Linked juvenile TD not charged (NRM positive reasonable grounds).",
        "Connor Hayes; Tyler Doyle",
        None,
    ),
    (
        SCH,
        "2026-09-15",
        None,
        "Tyler in isolation for vaping. Spoke to mentor about Connor being 'locked up' - says he feels safer.",
        "Tyler Doyle; Connor Hayes",
        None,
    ),
    (
        GP,
        "2026-09-22",
        None,
        "Ms Doyle review: mood stable, abstinent 3 months per patient. Sertraline continued, monthly scripts now.",
        "Kerry-Ann Doyle",
        None,
    ),
    (
        CSC,
        "2026-09-29",
        None,
        "Home visit. Poppy proud of a reading certificate. Grandfather in hospital for a knee operation next week; mother worried about managing the school run.",
        "Poppy Doyle; Dennis Doyle; Kerry-Ann Doyle",
        None,
    ),
    (
        HOS,
        "2026-10-06",
        "08:00",
        "Elective admission: D DOYLE, right knee replacement. Lives alone; daughter to support on discharge.",
        "Dennis Doyle",
        None,
    ),
    (
        SCH,
        "2026-10-06",
        None,
        "Poppy late - mum walked her in, said grandad having his operation. Tyler absent, mum says ill.",
        "Poppy Doyle; Kerry-Ann Doyle; Tyler Doyle; Dennis Doyle",
        None,
    ),
    (
        CSC,
        "2026-10-15",
        None,
        "Review child protection conference. Archie's plan ended, moving to a child in need plan. Poppy's and Tyler's plans continue.",
        "Archie Brophy; Poppy Doyle; Tyler Doyle",
        None,
    ),
    (
        HOS,
        "2026-10-21",
        "10:15",
        "Paeds clinic review P DOYLE. Weight now 9th centile. Iron improving. Discharge to GP.",
        "Poppy Doyle",
        None,
    ),
    (
        HV,
        "2026-10-28",
        None,
        "CIN visit (Archie). Mum coping. Transfer of HV lead to the universal team planned.",
        "Archie Brophy; Kerry-Ann Doyle",
        None,
    ),
    (
        POL,
        "2026-11-02",
        "17:30",
        "Intel: TD 13yrs seen with new group near Northgate skate park. Shared with CSC exploitation team.",
        "Tyler Doyle",
        None,
    ),
    (
        SCH,
        "2026-11-05",
        None,
        "Tyler attendance this half term 92%. Joined the boxing club after school.",
        "Tyler Doyle",
        None,
    ),
    (
        GP,
        "2026-11-10",
        None,
        "Tyler seen - sports injury to wrist (boxing). X-ray not required. Mum present.",
        "Tyler Doyle; Kerry-Ann Doyle",
        None,
    ),
]

# Entries the agency dated only roughly: (agency, date, date_end, precision, date_text, time, text, people, event)
IMPRECISE = [
    (
        CSC,
        "2026-03-01",
        "2026-03-31",
        "month",
        "March 2026",
        None,
        "Early Help assessment closed on escalation to child protection (closure date not recorded on the system).",
        "Kerry-Ann Doyle; Poppy Doyle",
        None,
    ),
    (
        HV,
        "2026-04-01",
        "2026-04-30",
        "month",
        "April 2026",
        None,
        "Retrospective entry: grandad Dennis has been doing most night feeds during April by mum's account; red book entries undated.",
        "Dennis Doyle; Archie Brophy; Kerry-Ann Doyle",
        None,
    ),
    (
        GP,
        "2026-05-18",
        "2026-05-22",
        "approximate",
        "w/c 18/5/26",
        None,
        "Fit note issued w/c 18/5 (anxiety) - retrospective, requested by phone.",
        "Kerry-Ann Doyle",
        None,
    ),
    (
        SCH,
        "2026-05-25",
        "2026-06-12",
        "approximate",
        "around half term (approx.)",
        None,
        "Form tutor recalls Tyler arriving in new designer trainers and a coat around half term; not logged at the time.",
        "Tyler Doyle",
        None,
    ),
]


def build():
    entries = []
    rows = [
        (
            date,
            time or "99:99",
            {
                "agency": agency,
                "date": date,
                "date_text": STYLE[agency](dt.date.fromisoformat(date)),
                "precision": "day",
                "time": time,
                "text": text,
                "people": people,
                "event": event,
            },
        )
        for agency, date, time, text, people, event in ENTRIES
    ] + [
        (
            date,
            "99:99",
            {
                "agency": agency,
                "date": date,
                "date_end": end,
                "date_text": date_text,
                "precision": precision,
                "time": time,
                "text": text,
                "people": people,
                "event": event,
            },
        )
        for agency, date, end, precision, date_text, time, text, people, event in IMPRECISE
    ]
    rows.sort(key=lambda row: (row[0], row[1]))  # ids in date order
    for number, (_, _, entry) in enumerate(rows, 1):
        entries.append({"id": f"f{number:03d}", **entry})
    return {
        "case": "f",
        "description": "HELD-OUT 3 (written blind): a teenager drawn into exploitation, a six-year-old's bruise, a baby's head injury, a mother's overdose; six agencies (terse police/hospital/GP notes, HV shorthand, school log, social-care prose), Jan-Nov 2026",
        "people": PEOPLE,
        "agencies": AGENCIES,
        "entries": entries,
    }


if __name__ == "__main__":
    print(json.dumps(build(), indent=1, ensure_ascii=False))
