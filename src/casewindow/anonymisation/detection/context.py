"""Names where case records put them, found by rule: after a title, a family relation or a
professional role, before a possessive relation or an age in brackets, after "known as", a
family in the plural possessive, and runs of capitalised words inside a sentence. These catch
the names a statistical model misses (first names alone, names of many origins)."""

from __future__ import annotations

import re

from casewindow.anonymisation.detection.decoys import uk_places
from casewindow.anonymisation.detection.identifiers import Span
from casewindow.anonymisation.detection.lexicon import (
    acronyms,
    is_first_name,
    is_known_name,
    is_surname,
    is_word_name,
    zipf,
)
from casewindow.anonymisation.detection.names import person_verb_follows
from casewindow.anonymisation.detection.register import TITLES
from casewindow.anonymisation.detection.vocabulary import (
    APP_NAMES,
    DIALECT_WORDS,
    ETHNICITY,
    FIELD_WORDS,
    KIN_WORDS,
    NEVER_NAMES,
    PLACE_END,
    PLACE_WORDS,
)

# Words the spaCy model sometimes calls a person that are roles, agencies or pronouns (and the
# apps, games and helplines young people name).
NOT_NAMES_TEXT = """mum mummy mother dad daddy father child baby nan nana grandma grandad gran
stepdad stepfather
stepmother partner sibling siblings brother sister aunt uncle cousin police officer social
worker health visitor gp school nurse midwife teacher head headteacher dsl sendco senco manager
team panel board lscp nscp cscp mash lado camhs nhs a&e ed court judge the he she they him her
his hers them their i we you it this that there children family services care council duty
paediatrician consultant doctor dr practitioner key worker worker chair reviewer author agency
agencies ofsted cafcass strategy discussion conference plan child protection section foster
carer carers designated safeguarding male female adult year masjid mosque gurdwara mandir
jamia windrush kanun assistant deputy principal how what why where who which whose whom
suspect suspects victim offender perpetrator witness complainant defendant caseworker forensics
dear madam sir sirs grandmother grandfather great-grandmother great-grandfather maternal
paternal stepson stepdaughter line"""
NOT_NAMES = frozenset(NOT_NAMES_TEXT.split()) | KIN_WORDS | APP_NAMES | NEVER_NAMES | DIALECT_WORDS
_RELATIONS = (
    r"mother|father|mum|dad|step-?father|step-?mother|step-?dad|step-?mum|partner|ex-partner|"
    r"boyfriend|girlfriend|husband|wife|brother|sister|half-brother|half-sister|sibling|"
    r"grandmother|grandfather|grandma|grandad|nan|nana|aunt|auntie|uncle|cousin|son|daughter|"
    r"baby|child|friend|neighbour|lodger|carer|foster carer|niece|nephew|girl|boy|lad|classmate|"
    r"associate"
)
# Capital and small letters of the Latin alphabets names are written in ("Ionuț", "Rūta",
# "Jankauskienė", "Ó Briain").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ"
# (Vietnamese and other letters of Latin Extended-B and Additional, "Chị", "Nghệ", "Ơn", count as
# small letters: inside a word their case does not matter here.)
_LOWER = "a-zß-öø-ÿĀ-ſșțƀ-ɏḀ-ỿ"
_NAME_WORD = rf"[{_UPPER}][{_UPPER}{_LOWER}'’]+"
# A street name: "big T", "Lil J", "T-Bone", "D-Money".
_STREET_NICKNAME = r"(?:[Bb]ig|[Ll]il|[Ll]ittle|[Yy]oung)[ \t]+[A-Z][\w'’-]*|[A-Z]-[A-Z][a-z]+"
_NAME = (
    rf"{_NAME_WORD}(?:-{_NAME_WORD})?"
    r"(?:\s+(?:ap|van|von|de|da|di|del|della|bin|binti|ibn|el|al|la|le|du|ter|ten)"
    rf"\s+{_NAME_WORD})?"
)
_ROLES = (
    r"social worker|health visitor|HV|GP|teacher|class teacher|head teacher|headteacher|PC|DC|"
    r"DS|officer|nurse|school nurse|midwife|youth worker|housing officer|advocate|manager|"
    r"paediatrician|consultant|SENCO|DSL|key worker|support worker|family support worker|"
    r"practitioner|interpreter|neighbour|childminder|SW|FSW|EHW|PCSO|DI|DCI|Sgt|Sergeant|"
    r"Inspector|IDVA|ISVA|Imam|Pastor|Sheikh|Cllr|Councillor|solicitor|barrister|registrar|"
    r"psychologist|therapist|counsellor|caseworker|case worker|mentor|tutor|TA|LSA|SENDCo|"
    r"nursery nurse|doctor|probation officer|YOT worker|early help worker|lead professional|"
    r"Nurse|Coach|Matron|District Judge|HHJ|Judge|Recorder"
)
# Words that make a role into a job or a service, not a person: "Nurse Prescriber".
_ROLE_TERMS_TEXT = """partnership practitioner prescriber specialist consultant lead manager team
service clinic practice unit ward bank visit visits led training advisor adviser associate
assistant apprentice educator champion station rota shift review assessment"""
_ROLE_TERMS = frozenset(_ROLE_TERMS_TEXT.split())
_CONTEXT_PATTERNS = (
    # "Ms Adaeze Okonkwo", "Dr Patel", "Mr O'Neill"
    re.compile(rf"\b{TITLES}\s+(?:(?:Ó|Ní|Nic|Mac|Uí|Mhic|Ua)\s+)?{_NAME}(?:\s+{_NAME})?"),
    # "Ms C MacLeod", "Mr T. J. Okafor"
    re.compile(rf"\b{TITLES}\s+(?:[A-Z]\.?\s+){{1,2}}{_NAME}"),
    # Initials used as names: "Mr T.", "Ms J", "H. Whitcombe"
    re.compile(rf"\b{TITLES}\s+[A-Z]\b\.?(?!\s*[A-Z][a-z])"),
    _INITIAL_SURNAME := re.compile(
        rf"(?<![\w.&])[A-Z]\.[ \t]?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?"
    ),
    # A single initial used as a name: "He said K drove him", "K's mother", "told K".
    _LONE_INITIAL := re.compile(
        r"(?<![\w.'’&/-])(?P<name>[B-HJ-Z])(?![\w.&/-])"
        r"(?=['’]s\b|\s+(?:(?:also|then|later|never|just|still|now|often|always)\s+)?"
        r"(?:said|says|told|tells|showed|shows|drove|drives|was|is|had|has|did|does|took|went|came|seen|"
        r"rang|phoned|called|gave|hit|hits|pushed|kicked|asked|wanted|wants|would|will|could|"
        r"knew|knows|lives|lived|picked|collected|brought|sent|threatened|supplied|paid|owes|hid|"
        r"bought|sold|ran|stayed|slept|cried|fell|looks|buys|gets|got|owes|sells|texts|texted|"
        r"messages|messaged|rings|rang|gives|takes|engaged|attended|presented|disclosed|"
        r"appeared|seemed|spoke|refused|missed|sat|started|moved|returned|arrived|left|talked|"
        r"wrote|drew|played|shouted|screamed|smiled|laughed|ate|walked|shouts|hits)\b"
        # An age, a date of birth or an NHS number in brackets: "R (5)", "M (NHS no. …)".
        r"|\s*\((?:aged\s+)?\d{1,2}(?:\s*(?:years?|yrs?|months?|weeks?))?\)"
        r"|\s*\((?:DOB|D\.O\.B\.?|NHS)\b)"
        r"|\b(?:told|asked|met|saw|with|by|called|named|visited|phoned|texted|hit|punched|kicked|"
        r"pushed|slapped|smacked|hurt|bit|(?:shouting|shouted|shouts|screaming|screamed|swore|"
        r"swearing)[ \t]+at) "
        r"(?P<object>[B-HJ-Z])(?=[\s,;:)]|\.\s|\.$|$)(?![\w&/-])"
    ),
    # Whom a letter or a message is to, from or signed by: "Dear Tanatswa,", "Hi Ekow,",
    # "Thanks, Dagim", "cc: Haben Tesfay" (not "Dear Colleague", "Kind regards, Leeds City
    # Council": see _NOT_ADDRESSEES).
    _ADDRESSEE := re.compile(
        rf"(?m)(?:\b(?:Dear|Hi|Hello|Hiya)[ \t]+(?P<to>{_NAME}(?:[ \t]+{_NAME})?)(?=[ \t]*[,!\n]|$)"
        r"|\b(?:Thanks|Thank\s+you|Many\s+thanks|Regards|Kind\s+regards|Best\s+wishes|Best|"
        r"Cheers|Warm\s+regards|Yours\s+sincerely|Yours\s+faithfully|Love)[ \t]*[,.]?\s*"
        # …and a first name before the formal one: "Kind regards, Claire Mrs C. Buckby".
        rf"(?P<by>{_NAME}(?:[ \t]+{_NAME})?)[ \t]*(?:$|(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z]))"
        # A message's header lines; copied out of an e-mail they often run on one line
        # ("From: Ruqayyah Siddiqui Sent: 12 March 2025").
        r"|(?:^|(?<=\s))(?:From|To|Cc|CC|cc|Bcc)[ \t]*:[ \t]*"
        rf"(?P<header>{_NAME}(?:[ \t]+{_NAME}){{0,2}})"
        r"(?=[ \t]*[,;<(\n]|$|[ \t]+(?:Sent|Date|To|Cc|CC|Bcc|Subject|From)[ \t]*:)"
        # A message signed with a name alone, after its last sentence: "… until the repairs
        # are done. Ruqayyah" (checked like a sign-off: no ordinary or role word)
        rf"|(?<=[.!?])[ \t]+(?P<last>{_NAME}(?:[ \t]+{_NAME})?)[ \t]*\Z)"
    ),
    # A letter's or a form's reference line: "Re: Johnny Ward", "Subject: Hope K.",
    # "Victim: Senait", "Name: AMINA YUSUF" (weak: checked like a capitalised run)
    _REFERENCE_LINE := re.compile(
        r"(?m)\b(?:Re|RE|Subject|SUBJECT|Name|NAME|Child|CHILD|Patient|Client|Pupil|Victim|"
        r"Perpetrator|Young person|Subject of referral)\s*:\s*(?P<name>"
        r"(?:[A-Z][a-zA-Z'’]+|[A-Z]{2,})(?:-[A-Z][a-zA-Z'’]+)?"
        r"(?:[ \t]+(?!AND\b|And\b)(?:[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?|"
        # a surname's initial, with its point or before a dash: "Subject: Given C – review"
        # (not a plan's or a document's part: "Subject: Part B – update")
        r"[A-Z]\.(?=[\s,;)]|$)|(?<!Part )(?<!Option )(?<!Appendix )(?<!Annex )(?<!Group )"
        r"(?<!Type )(?<!Section )(?<!Vitamin )(?<!Stage )(?<!Block )(?<!Wing )(?<!Room )"
        r"[A-Z](?=[ \t]+[–—-][ \t]))){0,2})"
    ),
    # An officer with the collar number between rank and name: "PC 418MS Singh".
    re.compile(rf"\b(?:PC|DC|PCSO|Sgt|DS|PS|DI)[ \t]+\d{{2,5}}[A-Z]{{0,2}}[ \t]+{_NAME}"),
    # "her partner, Tomasz Nowak", "maternal grandmother Bernadette"
    re.compile(
        rf"\b(?:{_RELATIONS})\s*,?\s+(?:called\s+|named\s+)?(?P<name>{_NAME}(?:\s+{_NAME})?)"
    ),
    # Who someone is, after their name: "Talent, her sister, lives in Leicester" (not "in
    # Leeds, her mother's town").
    re.compile(
        rf"(?<!\bin )(?<!\bfrom )(?<!\bto )(?<!\bat )(?<!\bnear )(?P<name>{_NAME}),\s+"
        r"(?:her|his|their|my|our)\s+(?:(?:older|younger|elder|big|little|twin|baby|"
        rf"maternal|paternal)\s+)?(?:{_RELATIONS})\b(?!['’])"
    ),
    # A parent and someone: "Mum and Talent argue" (weak: checked like a capitalised run).
    _WITH_PARENT := re.compile(
        rf"\b(?:Mum|Mummy|Mam|Mom|Dad|Daddy|Nan|Nana|Nanny|Grandma|Grandad)\s+(?:and|&)\s+"
        rf"(?P<name>{_NAME})"
    ),
    # "social worker Rhian ap Gwilym", "HV Bukola Adeyemi"
    _ROLE_NAME := re.compile(rf"\b(?:{_ROLES})\s*,?\s+(?P<name>{_NAME}(?:\s+{_NAME})?)"),
    # A role or a kinship word written as a title before one name: "Sister Okafor", "Nurse
    # Mole", "Nanny Dot", "Uncle Tunde" (not "Family Nurse Partnership", "Nurse Prescriber").
    _TITLED_ROLE := re.compile(
        r"(?<![\w'’-])(?:Nurse|Sister|Matron|Midwife|Nanny|Nana|Nanna|Nan|Granny|Gran|Grandma|"
        r"Grandad|Grandpa|Aunty|Auntie|Aunt|Uncle|Imam|Pastor|Rabbi|Coach)[ \t]+"
        # (and a first name with a surname: "our practice nurse, Sister Lyn Cobb")
        r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)"
        r"(?![\w'’-]|[ \t]+(?:[A-Z&]|and[ \t]+[A-Z]))"
    ),
    # "the Chakrabortys'" (a family, plural possessive)
    re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][a-zA-Z'’-]+s)['’](?=\s)"),
    # "Jayden's mother", "Kai's school"
    re.compile(
        rf"(?P<name>{_NAME})['’]s\s+(?:maternal\s+|paternal\s+)?(?:{_RELATIONS}|school|nursery|"
        r"class|teacher|bedroom|behaviour|presentation|weight|health|needs|attendance|care|"
        r"injur(?:y|ies)|bruis(?:e|es|ing)|development|plan|voice|views|wishes|feelings|home|"
        r"room|cot|file|record|GP|social worker|health visitor|key worker|safety)\b"
    ),
    # "Jayden (aged 4)", "Sami (3)", "Adaeze Okonkwo (mother)"
    re.compile(
        rf"(?P<name>{_NAME}(?:\s+{_NAME})?)\s*\((?:aged\s+)?(?:\d{{1,2}}(?:\s*(?:years?|yrs?|"
        rf"months?|weeks?)(?:\s*old)?)?|{_RELATIONS}|maternal [a-z]+|paternal [a-z]+)\)"
    ),
    # A letter signed with a full name and the writer's job on the same line: "Yours
    # sincerely, Joanne Mulvey Team Manager".
    re.compile(
        r"\b(?:Yours[ \t]+sincerely|Yours[ \t]+faithfully|Kind[ \t]+regards|Regards|"
        rf"Best[ \t]+wishes|Many[ \t]+thanks)[ \t]*[,.]?\s*(?P<name>{_NAME}[ \t]+{_NAME})"
        r"(?=[ \t]+(?:Team|Senior|Social|Family|Practice|Deputy|Assistant|Service|Head|Lead|"
        r"Designated|Specialist|Named|Health|School|Youth|Case|Independent|Children['’]s|"
        r"Detective|Police|Community|Early|Safeguarding|Consultant|Principal|Manager|Officer|"
        r"Nurse|Midwife|Teacher|SENCO|DSL|IRO|Key|Housing|Probation)\b)"
    ),
    # A name before its date of birth or NHS number: "Reign Hartley (DOB 04/07/2018)", "King
    # born (DOB …)", "Destiny, DOB 19.08.2010".
    _BEFORE_BIRTH := re.compile(
        rf"(?P<name>{_NAME}(?:[ \t]+{_NAME}){{0,2}})(?:[ \t]+born[ \t]*[,(;]|[ \t]*[,(])[ \t]*"
        r"(?:DOB|D\.O\.B\.?|d\.o\.b\.?|[Dd]ate of birth|born[ \t]+\d|NHS[ \t]*(?:[Nn]o\.?|"
        r"[Nn]umber)?[ \t]*:?[ \t]*\d)"
    ),
    # Who someone is, in brackets after their name in a list of those present: "Fiona (SW),
    # Gareth (police), Tamsin (school nurse), Hà (interpreter)".
    _NAME_WITH_ROLE_IN_BRACKETS := re.compile(
        rf"(?P<name>{_NAME}(?:[ \t]+{_NAME})?)[ \t]*\((?i:sw|hv|gp|dsl|senco|sendco|idva|isva|iro|"
        r"pc|dc|ds|ta|police|interpreter|school\s+nurse|nurse|teacher|class\s+teacher|"
        r"social\s+worker|health\s+visitor|midwife|chair|minutes|note-?taker|head\s*teacher|"
        r"key\s+worker|support\s+worker|youth\s+worker|family\s+support\s+worker|advocate|"
        r"solicitor|guardian|team\s+manager|housing|probation|camhs|yjs|yot)\)"
    ),
    # A nickname in quotes in brackets after a full or first name: 'Mehmet Yildiz ("Memo")',
    # 'his brother Tom ("Tucker")'.
    _NICKNAME := re.compile(
        rf"(?<![\w'’-])(?P<owner>[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){{0,2}}[ \t]*\([ \t]*"
        rf"['‘\"“](?P<name>{_NAME}|{_STREET_NICKNAME})['’\"”][ \t]*\)"
    ),
    # A nickname in quotes after a full name and its comma, before a gloss, the people who use
    # it or the sentence's next part: 'Yeison Almonte Reyes, "Flaco" (skinny) to his family'.
    _NICKNAME_AFTER_FULL_NAME := re.compile(
        rf"(?<![\w'’-])[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){{1,3}},[ \t]*"
        rf"['‘\"“](?P<name>{_NAME})['’\"”]"
        r"(?=[ \t]*(?:\(|,|;|\.|(?:to|at|and|on|in|with|among)[ \t]))"
    ),
    # A family's name for someone in brackets after their name: 'Ebin ("Kuttan" at home)',
    # "Angel (Ammu at home)", "Krish (Kanu to the family)".
    _HOME_NAME := re.compile(
        rf"(?<![\w'’-])(?P<owner>[A-Z][\w'’-]+)[ \t]*\([ \t]*['‘\"“]?(?P<name>{_NAME})['’\"”]?"
        r"[ \t]+(?:at[ \t]+home|to[ \t]+(?:the|his|her|their)[ \t]+family|to[ \t]+(?:his|her|the)"
        r"[ \t]+(?:mum|mother|dad|father|parents|family|grandmother|grandfather|nan|friends|uncle|"
        r"aunt|auntie|cousins|brothers|sisters|teachers)|to[ \t]+friends|"
        r"for[ \t]+short|in[ \t]+the[ \t]+family)[ \t]*[),]"
    ),
    # A street name after "call": "the one you call big T", "they call him Lil J".
    re.compile(
        rf"\bcall(?:s|ed)?[ \t]+(?:him[ \t]+|her[ \t]+|them[ \t]+)?(?P<name>{_STREET_NICKNAME})"
        r"(?![\w'’-])"
    ),
    # A surname before marriage: "her maiden name, Kazlauskaitė", "née Okonkwo".
    re.compile(
        rf"\b(?:maiden[ \t]+name|née|nee|birth[ \t]+name)[ \t]*[,:]?[ \t]*(?P<name>{_NAME})"
    ),
    # A street name in quotes after a person's description: 'a younger male, "Mo", believed to
    # be…', 'a third boy, "K", is thought to be…', 'a contact saved as "R"'.
    _DESCRIBED_NICKNAME := re.compile(
        r"\b(?:(?:male|female|man|woman|boy|girl|lad|youth|adult|friend|contact|cousin|brother|"
        r"sister),|saved[ \t]+as|(?:known|referred[ \t]+to)[ \t]+as|goes[ \t]+by)[ \t]*"
        rf"['‘\"“](?P<name>{_NAME}|{_STREET_NICKNAME}|[B-HJ-Z])['’\"”]"
    ),
    # "known as Jay", "called Bibi", "nicknamed Tiny"
    _CALLED := re.compile(
        r"\b(?:(?:known|knew(?:\s+(?:him|her|them|it|the\s+\w+(?:\s+\w+)?))?)"
        r"(?:\s+(?:to|by)\s+\w+(?:\s+\w+)?|\s+only|\s+locally|\s+simply)?\s+as|called|"
        r"nicknamed|named|aka|a\.k\.a\.|"
        # "and at home as "Dheere"", "gave his name as "Dheere"", "Can I call you Happy?",
        # "Friends call her "Cadey"" (not the children: what they call a relation is a word)
        r"(?:(?:at\s+home|at\s+school|online|on\s+the\s+street)\s+as|"
        r"(?:his|her|their)\s+name\s+as|call\s+you|"
        r"(?i:friends|everyone|everybody|people|staff|peers|mates|they)\s+call(?:s|ed)?\s+"
        r"(?:him|her|them|me)))"
        rf"\s+['‘\"“]?(?P<name>{_NAME})"
    ),
    # A name used online or on the street, in quotes: 'also uses "Bear" on social media',
    # 'goes by "Tiny"'.
    re.compile(
        rf"\b(?:uses|used|goes\s+by|went\s+by)\s+['‘\"“](?P<name>{_NAME})['’\"”]"
        r"(?=\s+(?:on|online|as|in\s+(?:messages|texts|chats))\b|\s*[,.;)])"
    ),
)


# Capitalised words that start sentences or name days and months: never part of a name.
NOT_NAME_WORDS_TEXT = """the a an in on at when after before then but and or so if as by for
from to with this that these those there here his her their our my your its she he they we it i
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december later earlier during while today yesterday
tomorrow present agreed also both each every no not yes"""
NOT_NAME_WORDS = frozenset(NOT_NAME_WORDS_TEXT.split())
# Two or three capitalised words inside a sentence, none of them a word institutions use:
# most often a person ("met Babatunde Ogun at").
_CAPITALISED_RUN = re.compile(
    rf"(?<=[{_LOWER},;:] )(?P<name>[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?"
    rf"(?:\s[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?){{1,2}})"
    r"(?![\w'’-])"
)
# A full name starting a sentence or a line, which `_CAPITALISED_RUN` leaves (a capitalised word
# there may be any word): "King Osei, River Hale and Tyrese Bennett", "Roman Oláh and Silvia".
_STARTING_PAIR = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))[\"“‘'(]?(?P<name>(?P<first>[{_UPPER}][{_LOWER}]+)[ \t]+"
    rf"(?P<last>[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?))(?![\w'’-])"
)
_INSTITUTION_WORDS_TEXT = """social care services police valley county council borough city
drove causeway canal marina wharf
health trust nhs foundation team help early children's childrens families family court
department unit centre center service board partnership safeguarding hospital school academy
college nursery surgery practice clinic ward house road street lane avenue close drive way
park estate church station office agency housing association group project panel review
conference plan protection authority local united kingdom england wales scotland ireland
north south east west new old great royal saint st national insurance number learning
together systems model method inquiry report act award fund scheme programme protocol toolkit
door desk"""
_INSTITUTION_WORDS = frozenset(_INSTITUTION_WORDS_TEXT.split())


# Words before a letter that make it a label, not a person ("Plan B", "Year C", "Appendix D").
_NOT_INITIAL_BEFORE = re.compile(
    r"\b(?:Plan|Year|Grade|Band|Class|Section|Part|Appendix|Annex|Table|Figure|Type|Level|Group|"
    r"Room|Block|Ward|Unit|Flat|Category|Vitamin|Hepatitis|Option|Stage|Tier|Box|Form|Column|"
    r"Row|Bay|Pitch|Plot|Zone|Wing|Floor|Gate|Team|Site|Court|Exhibit|Child|Sibling|Adult|Baby|"
    r"Person|Parent|Family|Case|Carer|Agency|Practitioner|Professional|Subject|Victim|"
    r"Perpetrator|Witness|Relative|Partner|Mother|Father|School|Teacher)\s+$",
    re.IGNORECASE,
)


# Initials that sign a message off: "Thanks, E.", "… of the review. F", "… sleeps over. WZ"
# (one or two capitals, or two initials with points, closing the text).
_SIGN_OFF_INITIALS = re.compile(
    r"(?:(?:[.!?]|\b(?:Thanks|Thank you|Many thanks|Regards|Kind regards|Best wishes|Best|"
    r"Cheers|Love|Speak soon|Warm regards|Sincerely))[,.!]?\s+)"
    r"(?P<name>[A-Z]{1,2}\.?|[A-Z]\.\s?[A-Z]\.?)\s*$"
)
# Abbreviations a note may end with: not initials.
_NOT_SIGN_OFF_TEXT = """ok cp ed hv sw gp eh pc dc ds ta nb na ae am pm uk us tbc nfa cin cla lac
sn dv ps"""
_NOT_SIGN_OFF = frozenset(_NOT_SIGN_OFF_TEXT.split())


# Abbreviations of the agencies, services, plans, benefits and conditions case records use: in
# capitals like a person's initials, never one (data/acronyms.txt).
DOMAIN_ACRONYMS = frozenset(w.casefold() for w in acronyms())
# Two or three capitals used as a person's name ("JJ", "PJ", "AZK"): before a verb only a
# person does, after a verb or a preposition only a person follows, or as an e-mail's subject
# ("Subject: RC and JC"); never a known abbreviation or an English word ("IT", "OK").
_INITIALS_AS_NAME = re.compile(
    r"(?<![\w.'’&/@-])(?P<subject>[A-Z]{2,3}|[A-Z][a-z]{1,3}[A-Z](?<!PhD))(?![\w&/@-]|['’](?!s\s)|\.\w)"
    r"(?=['’]s\s+(?:mum|mother|dad|father|brother|sister|friend|phone|car|flat|house|speech|"
    r"weight|development|bedroom|cot|bruis\w*|injur\w*|nursery|birthday|teeth)\b|"
    r"\s+(?:said|says|told|drove|drives|took|went|came|gave|hit|hits|pushed|kicked|knew|knows|"
    r"lives|lived|picked|collected|brought|threatened|supplied|paid|bought|owes|hid|ran|stayed|"
    r"phones|rings|texts|messages|visits|hopes|wants|"
    r"left|slept|sleeps|cried|laughed|smiled|shouted|punched|grabbed|sold|sells|deals|dealt|"
    r"seen|arrested|had\s+been|has\s+been|not\s+attending|went\s+missing)\b"
    # …and in a meeting's notes, what a person is, has or is to do: "JB is a young carer",
    # "MAW had £600 cash", "Agreed: KM to visit weekly" (not "PEP has not been updated", "IRO
    # to chair": listed abbreviations).
    r"|\s+(?:is|was|has|had|will|agreed|attended|reported|disclosed|to\s+(?:attend|visit|"
    r"have|see|meet|contact|speak|stay|move|go|take|join|start|continue|remain|return|ring|"
    r"phone|call|talk|share|mind|provide|chase|review|update|complete|refer|write|check|arrange|"
    r"book|liaise|apply|request|decide|flag|consider|send|confirm|obtain|seek|discuss|ask|"
    r"inform|notify|explore|record|convene|invite|support|monitor|link|follow\s+up|escalate|"
    r"complete|offer|do|make|bring|collect|feed\s+back|agree|lead|chair|draft|email|text))\b"
    # …and who they are in an attendance list: "Present: RH (SW), GS (DSL)", "HF (Mother)".
    r"|\s*\((?:SW|DSL|HV|GP|FSW|SENCO|SENDCo|IDVA|ISVA|TA|PC|DC|PCSO|IRO|EHW|YOT|Mother|Father|"
    r"Mum|Dad|Stepfather|Stepmother|Grandmother|Grandfather|Aunt|Uncle|Partner|Carer|Foster\s+carer|"
    r"Sister|Brother|Child|Chair|Social\s+Worker|Health\s+Visitor|Teacher|Head\s+Teacher|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Nursery|School|Academy|Surgery|Practice|"
    r"Hospital|Centre|Hub|Police|Council|Housing|Trust))\))"
    r"|\b(?:with|met|meet|meeting|know|knew|knows|told|tell|saw|see|seeing|visited|phoned|"
    r"texted|named|called|like|likes|liked|trust|trusts|trusted|by|boyfriend|girlfriend) "
    r"(?P<object>[A-Z]{2,3})(?=[\s,;:)!?\"”]|\.\s|\.$|$)(?![\w&/-])"
    # A doubled letter, the way a nickname from initials is written: "JJ", "KK".
    r"|(?<![\w.'’&/@-])(?P<doubled>(?P<letter>[B-HJ-UWYZ])(?P=letter))(?![\w&/@'’-]|\.\w)"
    r"|\bSubject\s*:\s*(?:(?i:urgent|re|fw|fwd)\s*[:—–-]\s*)?"
    r"(?P<first>[A-Z]{2,3}|[B-HJ-Z]|[A-Z]\.(?:[A-Z]\.){1,2})"
    # (a year group after each: "Subject: NT (Y2) and YT (Y6)")
    r"(?:\s*\((?:Y|Yr|Year\s?)\d{1,2}\))?"
    r"(?:(?:\s+(?:and|&)\s+|\s*[/+]\s*)(?P<second>[A-Z]{2,3}|[B-HJ-Z]|[A-Z]\.(?:[A-Z]\.){1,2}))?"
    # (not the Crown in a prosecution's name: "Subject: R v REID")
    r"(?=[\s,;:-]|\.(?:\s|$)|$)(?![ \t]+v\.?[ \t]+[A-Z])"
)


# A hospital's or a council's department a letter is addressed to: "To: Paediatric Dietetics".
_DEPARTMENT_WORDS = frozenset(
    "paediatric paediatrics dietetics dietetic radiology audiology physiotherapy orthopaedics "  # noqa: SIM905
    "neonatal neonates obstetrics gynaecology dermatology cardiology neurology psychiatry "
    "haematology oncology urology ophthalmology orthoptics podiatry pathology admissions "
    "safeguarding liaison midwifery maternity outpatients orthodontics".split()
)


def _not_an_addressee(value: str) -> bool:
    """Words of a salutation or a sign-off that name no one, or not only someone: "Colleague",
    "Sir", "All", "Panel Members", "Leeds City Council", "Paediatric Liaison"."""
    if any(w.isupper() and len(w) > 1 and not is_known_name(w) for w in value.split()):
        return True  # "Cc: EDT", "To: YOS"
    words = [w.casefold().strip("'’") for w in value.split()]
    return any(
        w in FIELD_WORDS
        or w in _DEPARTMENT_WORDS
        or w in NOT_NAMES
        or w in NOT_NAME_WORDS
        or w in ETHNICITY
        or w in _INSTITUTION_WORDS
        or (zipf(w) >= 3.0 and not is_known_name(w))
        for w in words
    )


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


# A meeting's list of actions, and each item's owner by initials: "Actions: EM to speak to Mr
# Mustafa; NA weekly weighs; CB to log late arrivals", "Actions: RE – tracing; HS – bike safety".
_ACTIONS = re.compile(
    r"\b(?:Agreed\s+)?(?:Actions?|ACTIONS?)(?:\s+agreed)?\s*:"
    r"(?P<items>(?:(?!\b(?:Actions?|ACTIONS?)\s*:)[^\n])*)"
)
_ACTION_OWNER = re.compile(
    rf"(?:^|;|\b(?:and|&)|\(\d{{1,2}}\)|\d{{1,2}}[.)])\s*(?P<letters>[{_UPPER}](?:[a-z]?[{_UPPER}]){{1,2}})"
    r"(?=\s+(?:to\b|[–-]\s|[a-z])|:)"
)
# Owners of actions by role, not by name: "SW to visit", "HV to weigh", "GP to review".
_ROLE_OWNERS_TEXT = """sw hv gp dsl ddsl iro csc sn senco sendco pc dc ds lado fsw eh camhs yot yjs
mash salt ot ep taf pcso isva idva cp cin mw cpn dv police school all chair"""
_ROLE_OWNERS = frozenset(_ROLE_OWNERS_TEXT.split())
_ACTION_WORK = re.compile(
    r"\s+(?:screening|tool|toolkit|form|checklist|assessment|training|pathway|panel|referral)\b"
)


# An action's owner by first name, even one that is a word: "Actions: Charity — next check
# 02/03; Joy — update NRM", "Hope to attend" (not "Father to attend", "Housing — repairs").
_NAMED_OWNER = re.compile(
    rf"(?:^|;|\(\d{{1,2}}\)|\d{{1,2}}[.)])\s*(?P<name>[{_UPPER}][{_LOWER}]+)"
    r"(?=[ \t]+(?:[–—][ \t]|to[ \t]+[a-z]))"
)


def _action_owners(text: str) -> list[Span]:
    spans = []
    for actions in _ACTIONS.finditer(text):
        offset = actions.start("items")
        for owner in _NAMED_OWNER.finditer(actions.group("items")):
            name = owner.group("name")
            if is_first_name(name) and name.casefold() not in NOT_NAMES | _ROLE_OWNERS:
                start = offset + owner.start("name")
                spans.append(Span(start, start + len(name), "PERSON", "context", 0.6))
        for owner in _ACTION_OWNER.finditer(actions.group("items")):
            if owner.group("letters").casefold() in _ROLE_OWNERS:
                continue
            # An abbreviation of the work, not its owner: "Action: CE screening tool".
            if owner.group("letters").casefold() in DOMAIN_ACRONYMS and _ACTION_WORK.match(
                actions.group("items"), owner.end()
            ):
                continue
            start = offset + owner.start("letters")
            spans.append(Span(start, start + len(owner.group("letters")), "PERSON", "context", 0.6))
    return spans


# A meeting's list of who came, by initials: "Present: RP (SW), SG (Mother), PS (HV), EP (DSL)",
# "Attendance: OB (SW), MKS (Mother), SR (Southall Black Sisters), EA.", "Apologies: MS.".
_ATTENDANCE_HEAD = re.compile(
    r"(?im)\b(?:present|attendees|attending|attendance|in\s+attendance|also\s+present|"
    r"apologies|invited|participants|core\s+group)\s*:"
    # …or the list straight after the word: "Core group, 20/01/2026 — attendees WA, NG, HR".
    r"|\b(?-i:(?:[Aa]ttendees|[Pp]resent|[Aa]pologies)(?=[ \t]+[A-Z]{2,4}[,;(]))"
)
# A full stop that ends the list, not one after an initial inside it ("+ S. Ahmed (uncle)").
_LIST_END = re.compile(r"(?<![\s+,(][A-Z])\.(?=[ \t]|$)")
_LIST_ITEM = re.compile(
    r"\s*(?:and\s+)?(?P<letters>[A-Z]{2,4})\.?\s*(?P<who>\([^()\n]{1,60}\))?\s*$"
)
# Agencies and roles written in capitals that stand in such a list for an agency, not a person.
_LISTED_AGENCIES_TEXT = """csc nhs mash camhs yot yjs cafcass nspcc dwp ofsted hmpps nps crc
idva isva dsl sw hv gp iro lado send senco"""
_LISTED_AGENCIES = frozenset(_LISTED_AGENCIES_TEXT.split())


# A family member in the list by role and initials: "Mother (SH)", "Father (AM)".
_ROLE_ITEM = re.compile(
    r"\s*(?:and\s+)?(?:Mother|Father|Mum|Dad|Step(?:father|mother|dad|mum)|Grand(?:mother|father|"
    r"ma|pa|ad)|Nan|Aunt|Auntie|Aunty|Uncle|Sister|Brother|Carer|Partner|Cousin)"
    r"[ \t]*\((?P<letters>[A-Z]{2,4})\)(?P<who>)\.?\s*$"
)


def _attendance_initials(text: str) -> list[Span]:
    spans = []
    for head in _ATTENDANCE_HEAD.finditer(text):
        end = len(text)
        full_stop = _LIST_END.search(text, head.end())
        for stop in (text.find("\n", head.end()), full_stop.start() if full_stop else -1):
            if stop != -1:
                end = min(end, stop)
        items, position, depth = [], head.end(), 0
        for at in range(head.end(), end + 1):
            character = text[at] if at < end else ","
            depth += {"(": 1, ")": -1}.get(character, 0)
            if character in ",;" and depth <= 0:
                items.append((position, text[position:at]))
                position, depth = at + 1, 0
        found = [(at, _LIST_ITEM.match(part) or _ROLE_ITEM.match(part)) for at, part in items]
        listed = [(at, m) for at, m in found if m is not None]
        if len(listed) < 2:
            continue
        for at, match in listed:
            letters = match.group("letters")
            if letters.casefold() in _LISTED_AGENCIES:
                continue
            if match.group("who") is None and len(listed) < 3:
                continue
            start = at + match.start("letters")
            spans.append(Span(start, start + len(letters), "PERSON", "context", 0.6))
    return spans


# A reference that is one set of initials alone: "Your ref: DC", "Your ref: RE".
_LONE_REFERENCE = re.compile(
    r"\b(?i:your|our)[ \t]+(?i:ref)\b\.?[ \t]*:?[ \t]*(?P<letters>[A-Z]{2,3})"
    r"(?=[ \t]*(?:\n|$|[ \t][A-Z][a-z]))"
)


# An e-mail's sign-off: a first name, the writer's initials (starting with its letter), then
# the role or the end: "Priya PS, HV, 0-19 Team", "Best, Els EA, DSL", "Rosa RE, HV".
_SIGNED_INITIALS = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)[ \t]+(?P<letters>[A-Z]{2,3})"
    r"(?=[ \t]*(?:,[ \t]*[A-Z0-9][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]*(?:,|$|\n)|$|\n"
    # …or a signature's fields between bars: "Nat NG | Social Worker | Central Locality".
    r"|(?P<bar>\|[ \t]*[A-Z0-9])))"
)


# Two or three initials each with its point: how a person signs a drawing, a form or a note, or
# is written after a role ("signed it "L.I."", "Morag M.T. · Health Visitor", "HV B.Q. said").
_DOTTED_INITIALS = re.compile(r"(?<![\w.&/@-])(?P<name>[A-Z]\.(?:[ \t]?[A-Z]\.){1,2})(?![\w@/-])")
# …which are not the points of an abbreviation: "U.K.", "N.B.", "D.O.B.", "a.m.".
_DOTTED_WORDS_TEXT = """uk us usa un eu nb eg ie ad bc dob nfa gp re ps ok tv dv aka rip ba ma pc dc
ds wc asap nhs cp sw hv ed ae am pm phd mp jp qc kc rn bsc msc llb ma nvq gcse st mr mrs ms dr op
cv id ni sos vip"""
_DOTTED_WORDS = frozenset(_DOTTED_WORDS_TEXT.split())


def _dotted_initials(text: str) -> list[Span]:
    spans = []
    for match in _DOTTED_INITIALS.finditer(text):
        letters = re.sub(r"[.\s]", "", match.group("name"))
        if letters.casefold() in _DOTTED_WORDS or letters in acronyms():
            continue
        if _NOT_INITIAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if re.match(r"[ \t]*:?[ \t]*\d", text[match.end() : match.end() + 4]):
            continue  # a field's label before its value: "(F.N. 02/06/2012)", a date of birth
        spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.6))
    return spans


# A transcript's speaker declared by one letter after the name it starts: "Present: Rebecca
# Summers (RS), Ayaan (A). RS: Thanks … A: Yeah." The letter is that person where it is
# declared and where it opens a turn, and nowhere else ("a", "I", "Father of A, M").
_ONE_LETTER_DECLARED = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_UPPER}][\w'’-]+){{0,2}})[ \t]*"
    rf"\((?P<letter>[{_UPPER}])\)"
)


# A full name with its initials declared after it, whatever its words ("Marcus Sterling (MS)",
# "Hope Bell (HB)"): the letters say the words before them are one person's name.
_NAME_WITH_ITS_INITIALS = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[{_UPPER}][{_LOWER}'’-]+[ \t]+){{1,3}}[{_UPPER}][{_LOWER}'’-]+)"
    rf"[ \t]*\((?P<letters>[{_UPPER}]{{2,4}})(?=[),])"
)


def _names_with_their_initials(text: str) -> list[Span]:
    spans = []
    for match in _NAME_WITH_ITS_INITIALS.finditer(text):
        words = match.group("name").split()
        letters = match.group("letters")
        if letters.casefold() in _ROLE_OWNERS | _LISTED_AGENCIES:
            continue  # "Sandra Whitworth (SW)": her role, not her initials
        # the initials of the last two, three or four words: "Dr Marcus Sterling (MS)"
        for count in range(len(words), 1, -1):
            chosen = words[-count:]
            if (
                "".join(w[0] for w in chosen) == letters
                and (is_first_name(chosen[0]) or zipf(chosen[0]) < 3.5)
                and not any(
                    w.casefold() in NOT_NAMES | _INSTITUTION_WORDS | _DEPARTMENT_WORDS
                    for w in chosen
                )
            ):
                start = match.start("name") + match.group("name").rindex(chosen[0])
                spans.append(Span(start, match.end("name"), "PERSON", "context", 0.7))
                spans.append(Span(*match.span("letters"), "PERSON", "context", 0.6))
                break
    return spans


def _one_letter_speakers(text: str) -> list[Span]:
    spans = []
    for match in _ONE_LETTER_DECLARED.finditer(text):
        letter = match.group("letter")
        # the letter of one of the name's words ("Nguyễn Thị Lan (L)", family name first)
        if letter not in {word[0] for word in match.group("name").split()} or letter == "I":
            continue
        turn = re.compile(rf"(?:(?<=[.!?…\"”)]\s)|(?<=\n)){letter}(?=:[ \t]|[ \t]\(via[ \t])")
        via = re.compile(rf"(?<=\(via[ \t]){letter}(?=\):)")  # "L (via H):", the interpreter
        turns = [m.span() for regex in (turn, via) for m in regex.finditer(text, match.end())]
        if turns:
            spans += [
                Span(start, end, "PERSON", "context", 0.6)
                for start, end in [match.span("letter"), *turns]
            ]
    return spans


def find_initial_names(text: str) -> list[Span]:
    """Initials used as a person's name, by where they stand (see _INITIALS_AS_NAME), and as
    the owners of a meeting's actions."""
    spans = _action_owners(text) + _attendance_initials(text) + _dotted_initials(text)
    spans += _one_letter_speakers(text) + _names_with_their_initials(text)
    for match in _SIGNED_INITIALS.finditer(text):
        letters, first = match.group("letters"), match.group("first")
        if (
            is_first_name(first)
            and letters[0] == first[0]
            and letters.casefold() not in _LISTED_AGENCIES  # "Sam SW, Duty Team": a role
        ):
            spans.append(Span(*match.span("letters"), "PERSON", "context", 0.6))
            # Between a signature's bars the first name is the writer's too, even a word
            # ("Hope HW | Herts Traveller Education").
            if match.group("bar"):
                spans.append(Span(*match.span("first"), "PERSON", "context", 0.6))
    for match in _LONE_REFERENCE.finditer(text):
        if match.group("letters").casefold() not in _REFERENCE_CODES:
            spans.append(
                Span(match.start("letters"), match.end("letters"), "PERSON", "context", 0.6)
            )
    for match in _INITIALS_AS_NAME.finditer(text):
        for group in ("subject", "object", "doubled", "first", "second"):
            letters = match.group(group)
            if letters is None:
                continue
            folded = letters.casefold()
            if not letters.isupper():  # "AvdB", "EdS": no abbreviation is written so
                spans.append(Span(match.start(group), match.end(group), "PERSON", "context", 0.6))
                continue
            # Who they are, in brackets after them, settles it: "AB (Mother)", "TB (SW)".
            in_list = group == "subject" and text.startswith("(", _skip_blanks(text, match.end()))
            if (
                (folded in DOMAIN_ACRONYMS and not in_list)
                or folded in _NOT_SIGN_OFF
                or folded in FIELD_WORDS
                # "OK", "IT", "ILL" ("JJ" and "PJ" are rarer; a letter alone is in a subject line)
                or (zipf(folded) >= 4.5 and len(letters) > 1)
            ):
                continue
            spans.append(Span(match.start(group), match.end(group), "PERSON", "context", 0.6))
    return spans


# A letter's reference code: "Our ref: SM/EH/2291", "Your ref: CP/Haworth", "Ref: AM/HV/0725".
REFERENCE_CODE = re.compile(
    r"\b(?:(?i:our|your|my)[ \t]+)?(?i:ref|reference)\b\.?[ \t]*:?[ \t]*"
    r"(?P<code>[A-Za-z0-9][\w.-]*(?:/[\w.-]+)+)"
)


# Teams' and records' codes that open or follow a reference ("HOU/HL/12", "AM/HV/0725",
# "CP/RDG/0517"): not a writer's initials.
_REFERENCE_CODES_TEXT = """hv sw csc cin cp cpp lac cla eh mash yot yjs sen send ehcp iro plo leg hr
fin adm edu hou sg cs ch ss fs sc dv da gp nhs pol inv acc foi sar ref mis hl ht ta ot ed cme fsw
rdg fam"""
_REFERENCE_CODES = frozenset(_REFERENCE_CODES_TEXT.split())


def _capitals_not_a_term(part: str) -> bool:
    """Two capitals that are only a word when written small ("EM", "AH"), not a team's code or
    a word written in capitals too ("IT", "OK", "US")."""
    folded = part.casefold()
    return (
        not _reference_word(part, by_frequency=False)
        and folded not in _REFERENCE_CODES
        and folded not in {"it", "ok", "us", "uk", "tv", "pc", "id", "am", "pm", "no", "go", "ex"}
    )


def _reference_word(part: str, *, by_frequency: bool = True) -> bool:
    """A part of a reference code that is a team, plan or record code, or (by its frequency) a
    word."""
    folded = part.casefold()
    return (
        folded in DOMAIN_ACRONYMS
        or folded in FIELD_WORDS
        or folded in _NOT_SIGN_OFF
        or (by_frequency and zipf(folded) >= 4.5)
    )


# Who typed or dictated a letter, by initials at its foot: "Typed lh 20/11/2024", "Dictated by:
# PK/jm".
_TYPED_BY = re.compile(
    r"\b(?:[Tt]yped|[Dd]ictated|TYPED|DICTATED)(?:[ \t]+(?:by|BY))?[ \t]*:?[ \t]+"
    r"(?P<letters>[A-Za-z]{2,3})(?![\w'’-])"
)


def find_reference_names(text: str) -> list[Span]:
    """The people in a letter's reference code. It starts with the writer's initials ("SM/EH",
    two letters), and may hold a case worker's surname ("CP/Haworth"); its other parts are team
    codes and numbers ("MARAC/RDG/0517"), which are not names."""
    spans = [
        Span(match.start("letters"), match.end("letters"), "PERSON", "context", 0.6)
        for match in _TYPED_BY.finditer(text)
        if zipf(match.group("letters")) < 5.0 and match.group("letters").casefold() != "and"
    ]
    for match in REFERENCE_CODE.finditer(text):
        position = match.start("code")
        parts = match.group("code").rstrip(".").split("/")  # "Ref: IL/ac." ends a sentence
        # The writer's and the typist's initials, "TB/OB/2025/114": two pairs of capitals
        # before the number, the first one even where it spells an abbreviation ("TB").
        pair = (
            len(parts) > 2
            and all(re.fullmatch(r"[A-Z]{2}", part) for part in parts[:2])
            # (a pair of capitals is no word: "EM" of "AG/EM/WB/0125"; "IT" of "HR/IT/…" is)
            and (not _reference_word(parts[1]) or _capitals_not_a_term(parts[1]))
            and parts[1].casefold() not in _REFERENCE_CODES  # "JT/SG/23/77": safeguarding's
        )
        # …and in threes or with a known service's letters second ("HBM/LS/2024/77",
        # "YC/IOD/25", "JP/KS/2025/0219"), where neither is a team's code and a number follows.
        # (a writer's four initials too, "RMGB/JTO/25/0147", and a team's code between them and
        # the number, "KAOD/BO/CP/0325")
        numbered = re.fullmatch(r"\d[\d.-]*", parts[2]) is not None if len(parts) > 2 else False
        coded = (
            len(parts) > 3
            and parts[2].casefold() in _REFERENCE_CODES
            and re.fullmatch(r"\d[\d.-]*", parts[3]) is not None
        )
        pair = pair or (
            len(parts) > 2
            and re.fullmatch(r"[A-Z]{2,4}", parts[0]) is not None
            and re.fullmatch(r"[A-Z]{2,3}", parts[1]) is not None
            and not any(part.casefold() in _REFERENCE_CODES for part in parts[:2])
            and parts[1].casefold() not in _LISTED_AGENCIES  # "TW/DSL/0423": the school's DSL
            and zipf(parts[1].casefold()) < 4.5
            and (numbered or coded)
        )
        # …or the writer's initials in capitals and the typist's in small letters, the old
        # way of a letter's reference: "AK/mw", "GHR/tt/IMM/4471", "PAR/jk".
        typed = (
            len(parts) > 1
            and re.fullmatch(r"[A-Z]{2,4}", parts[0]) is not None
            and re.fullmatch(r"[a-z]{2,3}", parts[1]) is not None
            and parts[0].casefold() not in DOMAIN_ACRONYMS
            and zipf(parts[1]) < 4.0  # "mw", "tt", not "re" or "to"
            and parts[1] not in _REFERENCE_CODES
        )
        # …or a person's initials no team code is written as, with an accented capital or a
        # particle's small letter: "GH/LÓS/2024/88", "BK/DaR/25-03".
        unusual = (
            len(parts) > 2
            and re.fullmatch(r"[A-Z]{2,3}", parts[0]) is not None
            and re.fullmatch(rf"[{_UPPER}][a-z]?[{_UPPER}][{_UPPER}]?", parts[1]) is not None
            and not (parts[1].isascii() and parts[1].isupper())
            and re.match(r"\d", parts[2]) is not None
        )
        # …or the writer's and the typist's initials alone: "Our ref: BC/AH".
        alone = (
            match.group(0)[:1] not in "Yy"  # "Your ref: SD/HC": the other office's code
            and len(parts) == 2
            and all(re.fullmatch(r"[A-Z]{2,3}", part) for part in parts)
            and not any(part.casefold() in _REFERENCE_CODES for part in parts)
            and not any(part.casefold() in DOMAIN_ACRONYMS for part in parts)
        )
        # …or the writer's initials before a team's code and a number, even where they spell an
        # abbreviation: "MH/CAIU/23/0417" (not a team's own code: "CP/RDG/0517").
        writer = (
            len(parts) > 2
            and re.fullmatch(r"[A-Z]{2}", parts[0]) is not None
            and parts[0].casefold() not in _REFERENCE_CODES
            and re.fullmatch(r"[A-Z]{3,5}", parts[1]) is not None
            and re.match(r"\d", parts[2]) is not None
        )
        pair = pair or typed or unusual or alone
        # The typist's small letters after a team's capitals are still a person's: "GP/mk/…",
        # "JK/bc/SG-24-19", "GL/ca/CA-2025-03", "HS/cs/0312" (a team's code is written in
        # capitals; not a word such as "re" or "to").
        typist = (
            len(parts) > 1
            and re.fullmatch(r"[A-Z]{2,4}", parts[0]) is not None
            and re.fullmatch(r"[a-z]{2,3}", parts[1]) is not None
            and zipf(parts[1]) < 5.0
            # (a team's code of three letters may be written small: "Your ref: GS/fam")
            and not (len(parts[1]) == 3 and parts[1] in _REFERENCE_CODES)
        )
        # …and the typist's small letters last, after the writer's capitals and a team's word:
        # "FQ/safeguarding/dm".
        typed_last = (
            len(parts) > 2
            and re.fullmatch(r"[A-Z]{2,4}", parts[0]) is not None
            and re.fullmatch(r"[a-z]{2,3}", parts[-1]) is not None
            and zipf(parts[-1]) < 5.0
            and parts[-1] not in _REFERENCE_CODES
        )
        for index, part in enumerate(parts):
            start, position = position, position + len(part) + 1
            if typed_last and index == len(parts) - 1:
                spans.append(Span(start, start + len(part), "PERSON", "context", 0.6))
                continue
            typed_by = typist and (index == 1 or parts[0].casefold() not in DOMAIN_ACRONYMS)
            if ((pair or typed_by) and index < 2) or (writer and index == 0):
                spans.append(Span(start, start + len(part), "PERSON", "context", 0.6))
                continue
            folded = part.casefold()
            if _reference_word(part):
                continue
            initials = index == 0 and re.fullmatch(r"[A-Z]{2}|[A-Z](?:Mc|Mac)[A-Z]{1,2}", part)
            surname = (
                re.fullmatch(r"[A-Z][a-z'’-]{2,}", part)
                and zipf(folded) < 3.0
                and folded not in _INSTITUTION_WORDS
                and folded not in NOT_NAMES
                and folded not in NOT_NAME_WORDS
            )
            if initials or surname:
                spans.append(Span(start, start + len(part), "PERSON", "context", 0.6))
    return spans


# A first name and a surname with the person's role after them, in an attendance list or under
# a signature: "Seo-yeon Park (SW)", "Amy Lane (HV)", "Yours sincerely, Amy Park, Social
# Worker". The surname may be a word that ends a place's name elsewhere ("Victoria Park"): the
# role says a person. A given name of two syllables joined in small letters ("Seo-yeon",
# "Xiu-mei") is a name whatever the lists hold.
_NAME_WITH_ROLE = re.compile(
    r"(?<![\w'’-])(?P<name>(?P<first>[A-Z][a-z]+(?:-[a-z]{2,})?)(?:[ \t]+[A-Z]\.)?[ \t]+"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?=[ \t]*\((?:SW|HV|DSL|GP|FSW|SENCO|SENDCo|IDVA|ISVA|TA|PC|DC|PCSO|IRO|EHW|YOT|SWM|TM|"
    r"ATM|PA|LAC|CAMHS|YJS|Social\s+Worker|Health\s+Visitor|Team\s+Manager)\)"
    r"|,[ \t]*(?:Social\s+Worker|Health\s+Visitor|Team\s+Manager|Family\s+Support\s+Worker|"
    r"Designated\s+Safeguarding\s+Lead|School\s+Nurse|Midwife|Practice\s+Manager)\b)"
)


def _names_with_roles(text: str) -> list[Span]:
    spans = []
    for match in _NAME_WITH_ROLE.finditer(text):
        first = match.group("first")
        east_asian = "-" in first and first.split("-")[1].islower()
        initial = re.search(r"\s[A-Z]\.\s", match.group("name")) is not None  # "Cat C. Bell"
        if (
            not east_asian
            and not initial
            and not (is_first_name(first) and not is_word_name(first))
        ):
            continue
        spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.7))
    return spans


_PLACE_WORD_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(w.title() for w in sorted(PLACE_WORDS)) + r")\b"
)
# Where a person stands: before another name in a list, an age or a person's verb.
_PERSON_LIST_AFTER = re.compile(rf"\s*(?:,|\band\b|&)\s*[{_UPPER}]|\s*\(\d")


def _name_position(text: str, match: re.Match) -> bool:
    end = match.end()
    return bool(_PERSON_LIST_AFTER.match(text, end)) or person_verb_follows(text, end)


def _rare_first_name(folded: str) -> bool:
    """A language's or a people's name that is also a first name no English text uses as a
    word: "Shona" of "Shona Pike" (not "Christian", "German")."""
    return is_first_name(folded) and zipf(folded) < 3.0


def _full_names_starting(text: str) -> list[Span]:
    """A first name (or a word the list has as neither) and a surname no dictionary has as a
    word, at the start of a sentence: "King Osei, River Hale…", "Roman Oláh and Silvia". Not a
    place's name ("Milton Keynes") nor the head of an institution's ("Aston Villa Academy")."""
    spans = []
    for match in _STARTING_PAIR.finditer(text):
        first, last = match.group("first"), re.sub(r"['’]s?$", "", match.group("last"))
        folded = first.casefold()
        if (
            not is_surname(last)
            or zipf(last) >= 3.0
            or is_word_name(last)
            or folded in NOT_NAMES
            or folded in NOT_NAME_WORDS
            or folded in FIELD_WORDS
            or (folded in ETHNICITY and not _rare_first_name(folded))
            or folded in _INSTITUTION_WORDS
            or last.casefold() in _INSTITUTION_WORDS
            or (not is_first_name(first) and zipf(first) >= 4.0 and not _name_position(text, match))
        ):
            continue
        name = f"{first} {last}".casefold()
        if name in uk_places() or last.casefold() in uk_places():
            continue
        if PLACE_END.match(text[match.end() :].lstrip()) or _PLACE_WORD_AFTER.match(
            text, match.end()
        ):
            continue
        spans.append(
            Span(match.start("name"), match.start("last") + len(last), "PERSON", "context", 0.5)
        )
    return spans


# A nickname and, in brackets, the person's full name: "Lucky (Lukáš Kotlár, 17) charged".
_NICKNAME_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UPPER}][{_LOWER}]+)[ \t]+\((?P<first>[{_UPPER}][{_LOWER}'’-]+)[ \t]+"
    rf"[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+[{_UPPER}][{_LOWER}'’-]+)?[ \t]*[,)]"
)


def _no_ones_word(folded: str) -> bool:
    """A role, a record's field, an ethnicity, an institution's word or a place: no one's name,
    whatever cue stands beside it."""
    return (
        folded in NOT_NAMES
        or folded in NOT_NAME_WORDS
        or folded in FIELD_WORDS
        or folded in ETHNICITY
        or folded in _INSTITUTION_WORDS
        or folded in uk_places()
    )


def _nicknames_before_names(text: str) -> list[Span]:
    spans = []
    for match in _NICKNAME_BEFORE_NAME.finditer(text):
        name = match.group("name")
        # (an action's owner in minutes is an agency with its people in brackets: "4. Schools
        # (Bryan Heslop) to…", "Education (Huw Batten, Bethan Rees)")
        if (
            is_first_name(match.group("first"))
            and not _no_ones_word(name.casefold())
            and (is_first_name(name) or zipf(name) < 4.0)
        ):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.55))
    return spans


# A name and, quoted in brackets, what the family calls them: 'Nusiba ("Nuna"), age 10',
# 'Darius Kazlauskas ("Dariukas")'. Both are the person.
_NAME_THEN_QUOTED_NICKNAME = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+[{_UPPER}][{_LOWER}'’-]+)?)"
    rf"[ \t]*\([ \t]*[\"“](?P<nick>[{_UPPER}][{_LOWER}'’-]+)[\"”][ \t]*\)"
)


def _names_then_quoted_nicknames(text: str) -> list[Span]:
    spans = []
    for match in _NAME_THEN_QUOTED_NICKNAME.finditer(text):
        words = match.group("name").split()
        nick = match.group("nick")
        # (a service's short name in quotes is no nickname: 'Early Help ("Help")')
        if any(_no_ones_word(w.casefold()) for w in [*words, nick]):
            continue
        if not all(is_first_name(w) or is_surname(w) or zipf(w) < 3.0 for w in words):
            continue
        if not (is_first_name(nick) or zipf(nick) < 3.0):
            continue
        spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.55))
        spans.append(Span(match.start("nick"), match.end("nick"), "PERSON", "context", 0.55))
    return spans


# A person with an age after them: "She feared for Jazz, 11.", "Sky, 8, had hidden Bliss",
# "Storm (6) was at school".
_NAME_WITH_AGE = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UPPER}][{_LOWER}]{{1,15}})"
    r"(?:,[ \t]+(?:aged[ \t]+)?\d{1,2}(?=[,.;)]|$)"
    r"|[ \t]+\((?:aged[ \t]+)?\d{1,2}\))"
)
_NOT_AGED_TEXT = """year years room flat ward page section item point para level grade stage
class group form set table line number no house block unit bay pitch plot bus route
question step phase part chapter appendix annex figure"""
_NOT_AGED = frozenset(_NOT_AGED_TEXT.split())


def _names_with_ages(text: str) -> list[Span]:
    spans = []
    for match in _NAME_WITH_AGE.finditer(text):
        word = match.group("name")
        folded = word.casefold()
        if (
            folded in _NOT_AGED
            or _no_ones_word(folded)
            or (zipf(folded) >= 5.0 and not is_first_name(word))
        ):
            continue
        spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.55))
    return spans


# A message's recipient written as an address's local part: "To: chloe.brennan".
_HEADER_LOCAL_PART = re.compile(
    r"(?:^|(?<=\s))(?:From|To|Cc|CC|cc|Bcc)[ \t]*:[ \t]*"
    r"(?P<name>[a-z][a-z'’]+[._][a-z][a-z'’-]+(?:\.[a-z][a-z'’-]+)?)(?![\w@.-])"
)
# An online name in quotes: "sina_h93", "jigs_patel81", "sophie.h.11", "JayB.N17".
_QUOTED_HANDLE = re.compile(
    r"(?<![\w'’])[\"“‘'](?P<name>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{2,}_?\d{2,4})"
    r"[\"”’'](?!\w)"
)
# What a file, a site or a version is written with: not a person's online name.
_NOT_HANDLE_ENDS = frozenset(
    "doc docx pdf jpg jpeg png gif txt xls xlsx csv com uk org net gov html htm mp4 mov zip "  # noqa: SIM905
    "eml msg".split()
)
# A name in small letters in quotes, after what says it is someone's online or saved name:
# 'saved as "adoumi"', 'gave his name as "dezzy"'.
_QUOTED_SAVED_NAME = re.compile(
    r"\b(?:saved[ \t]+as|under[ \t]+the[ \t]+name|(?:his|her|their)[ \t]+name[ \t]+as|"
    r"contacts?[ \t]+(?:include|includes|including|called|named)|user[ \t]?name|handle|"
    r"posted[ \t]+by|messages?[ \t]+from|account[ \t]+(?:called|named))[ \t]*:?[ \t]*"
    r"[\"“‘'](?P<name>[a-z][a-z'’-]{2,14})[\"”’']"
)
# A message signed with a first name and the writer's job after its last sentence: "… logged it
# on CPOMS. Donna Nursery Manager, Acorn Tree Nursery", "Precious Health Visitor, 0-19 Team".
_SIGNED_WITH_JOB = re.compile(
    rf"(?<=[.!?])[ \t]+(?P<name>[{_UPPER}][{_LOWER}]+)[ \t]+(?=(?:Nursery[ \t]+Manager|"
    r"Health[ \t]+Visitor|Social[ \t]+Worker|Team[ \t]+Manager|Family[ \t]+Support[ \t]+Worker|"
    r"School[ \t]+Nurse|Class[ \t]+Teacher|Practice[ \t]+Manager|Midwife|DSL|Designated[ \t]+"
    r"Safeguarding[ \t]+Lead|Deputy[ \t]+Head(?:teacher)?|Head[ \t]*teacher|Key[ \t]+Worker|"
    r"Youth[ \t]+Worker|Early[ \t]+Help[ \t]+Worker|Support[ \t]+Worker|Pastoral[ \t]+Lead|"
    r"Safeguarding[ \t]+Lead|Office[ \t]+Manager|Reception[ \t]+Teacher|Nursery[ \t]+Nurse|"
    r"Room[ \t]+Leader)\b[ \t]*(?:[,|\n]|$))"
)


# A signature whose fields are set between bars: the name, then the job ("Rufus Penn | Deputy
# Head (Safeguarding) | Ashgrove", "Faith Morgan | School Nurse | …"); and the first name alone
# that signs off just before it ("Regards, Rufus. Rufus Penn | …").
_BARRED_SIGNATURE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?P<first>[{_UPPER}][{_LOWER}]+)"
    rf"(?:[ \t]+[{_UPPER}][{_LOWER}][\w'’-]*){{1,2}})"
    r"[ \t]+\|[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}"
    r"(?:Head|Headteacher|Officer|Manager|Worker|Lead|Nurse|Visitor|Teacher|Coordinator|"
    r"Co-ordinator|Practitioner|Adviser|Advisor|Consultant|Therapist|Midwife|Principal|SENCO|"
    r"SENDCo|DSL|Reviewer|Chair|Mentor|Navigator|Liaison|Assistant|Director|Psychologist|"
    r"Paediatrician|Doctor|GP|Constable|Sergeant|Inspector|HV|SW|Keyworker|Key[ \t]+Worker)\b"
)


# A message quoted whole, signed with a letter after its last sentence: '"…home to Mere Rd at 8.
# T."', '"…Im not drinking. S x"'.
_QUOTED_MESSAGE_SIGNED = re.compile(
    r"(?<=[.!?])[ \t]+(?P<name>[A-Z])(?:\.|[ \t]+[xX]{1,3})?[\"”](?![\w'’])"
)


def _barred_signatures(text: str) -> list[Span]:
    spans = []
    for match in _BARRED_SIGNATURE.finditer(text):
        words = match.group("name").split()
        first = match.group("first")
        if any(
            w.casefold() in NOT_NAMES | _INSTITUTION_WORDS | _DEPARTMENT_WORDS for w in words
        ) or not (is_first_name(first) or zipf(first) < 3.5 or is_surname(words[-1])):
            continue  # "Social Care | Duty Team | Manager"
        spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
        before = re.search(rf"(?<![\w'’-]){re.escape(first)}\.[ \t]+$", text[: match.start()])
        if before is not None:
            end = before.start() + len(first)
            spans.append(Span(before.start(), end, "PERSON", "context", 0.7))
    return spans


# Nicknames the notes list in quotes: 'nicknames not derived from their names – "Happy",
# "Simmi" and "Sunny"', 'the names they chose: "Domi", "Bibi" and "Rosie"'; and one given to a
# named person: 'Jaspal is "Lucky"', 'Harleen is "Pinky"'.
_QUOTED_NAMES_LIST = re.compile(
    r"\b(?i:nicknames?|names|known\s+as|go\s+by)\b[^\n.;]{0,40}?"
    rf"(?P<list>['‘\"“]{_NAME}['’\"”](?:[ \t]*(?:,|and|&|or)[ \t]*['‘\"“]{_NAME}['’\"”])+)"
)
_QUOTED_NAME = re.compile(rf"['‘\"“](?P<name>{_NAME})['’\"”]")
_NAME_IS_QUOTED = re.compile(
    rf"(?<![\w'’-])(?P<owner>[{_UPPER}][{_LOWER}]+)[ \t]+is[ \t]+['‘\"“](?P<name>{_NAME})['’\"”]"
)


# A nickname in quotes after what the person is to the child or how they are known: 'her
# cousin "Tony"', 'aka "J"/"Jay"', 'an older boy "Dee"'.
_QUOTED_AFTER_CUE = re.compile(
    r"(?:\b(?i:aka|a\.k\.a\.?|alias|calls[ \t]+(?:him|her)self|cousin|brother|uncle|friend|"
    r"boyfriend|girlfriend|man|boy|male|youth|lad|nicknamed|"
    r"gave[ \t]+(?:(?:his|her|their|a|the)[ \t]+)?name(?:[ \t]+as)?)|"
    # a child's pet name after the age: 'Jahir (9, "Joy")'
    r"\(\d{1,2}(?:[ \t]*(?:y|yrs|years))?,)[ \t]*"
    rf"(?P<list>['‘\"“][{_UPPER}][\w'’-]*['’\"”]"
    rf"(?:[ \t]*(?:/|,|or|and)[ \t]*['‘\"“][{_UPPER}][\w'’-]*['’\"”])*)"
)
_QUOTED_WORD = re.compile(r"['‘\"“](?P<name>[^'’\"”‘“]+)['’\"”]")
_GLOSSED_AFTER = re.compile(r"['’\"”]?[ \t]*[.,;:(–-]?[ \t]*(?i:it|that|which|this)[ \t]+means?\b")
# A name someone is called by, in quotes after the calling: 'Dean calls me "Rocky"', 'a man
# calling himself "Sunny"', 'He called me "Princess K"', 'her nickname is "Peaches"' (not what a
# child calls a relation: 'calls him "Dada"').
_CALLED_QUOTED = re.compile(
    r"\b(?i:call(?:s|ed|ing)?[ \t]+(?:me|him|her|them|us|myself|himself|herself|themselves)|"
    r"nickname[ \t]+(?:is|was))[ \t]+"
    r"['‘\"“](?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)['’\"”]"
)


def _quoted_nicknames(text: str) -> list[Span]:
    spans = []
    for match in _QUOTED_AFTER_CUE.finditer(text):
        offset = match.start("list")
        for quoted in _QUOTED_WORD.finditer(match.group("list")):
            name = quoted.group("name")
            if name.casefold() not in NOT_NAMES and (
                len(name) == 1 or is_first_name(name) or zipf(name) < 3.5
            ):
                start = offset + quoted.start("name")
                spans.append(Span(start, start + len(name), "PERSON", "context", 0.7))
    for match in _CALLED_QUOTED.finditer(text):
        name = match.group("name")
        words = [w.casefold() for w in name.split()]
        if (
            any(w in NOT_NAMES or w in ETHNICITY for w in words)
            or (len(words) == 1 and zipf(name) >= 3.5 and not is_first_name(name))
            or _GLOSSED_AFTER.match(text, match.end())
        ):
            continue  # 'call me "Polish"', 'calls me "Ate"', "call him 'Unchi'. It mean uncle."
        spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    for match in _QUOTED_NAMES_LIST.finditer(text):
        offset = match.start("list")
        spans += [
            Span(offset + m.start("name"), offset + m.end("name"), "PERSON", "context", 0.7)
            for m in _QUOTED_NAME.finditer(match.group("list"))
            if m.group("name").casefold() not in NOT_NAMES
        ]
    for match in _NAME_IS_QUOTED.finditer(text):
        owner = match.group("owner")
        if (is_first_name(owner) or zipf(owner) < 3.0) and match.group(
            "name"
        ).casefold() not in NOT_NAMES:
            spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    return spans


def _online_and_signed_names(text: str) -> list[Span]:
    spans = []
    for match in _HEADER_LOCAL_PART.finditer(text):
        first, _, rest = re.split(r"([._])", match.group("name"), maxsplit=1)
        if is_first_name(first) or is_surname(rest.split(".")[-1]):
            spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    for match in _QUOTED_HANDLE.finditer(text):
        name = match.group("name")
        last = re.split(r"[._]", name)[-1].casefold()
        letters = re.sub(r"[^A-Za-z]", "", name)
        if (
            last in _NOT_HANDLE_ENDS
            or letters.isupper()  # "COVID19", "A.B.C": an abbreviation
            or len(letters) < 3
            or re.fullmatch(r"[vV]\d.*", name)  # a version
        ):
            continue
        spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    for match in _QUOTED_SAVED_NAME.finditer(text):
        name = match.group("name")
        if zipf(name) < 4.0 or is_first_name(name):
            spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    for match in _SIGNED_WITH_JOB.finditer(text):
        if is_first_name(match.group("name")):
            spans.append(Span(*match.span("name"), "PERSON", "context", 0.7))
    return spans


# The last word of a body's name, never a surname.
_BODY_LAST = re.compile(
    r"\b(?:Service|Services|Team|Unit|Department|Board|Partnership|Trust|Council|Police|Agency|"
    r"Authority|Project|Panel|Hub|Centre|Center)$"
)


def find_context_names(text: str) -> list[Span]:
    spans = find_initial_names(text) + find_reference_names(text) + _names_with_roles(text)
    spans += _online_and_signed_names(text) + _barred_signatures(text) + _quoted_nicknames(text)
    spans += [
        Span(*m.span("name"), "PERSON", "context", 0.7)
        for m in _QUOTED_MESSAGE_SIGNED.finditer(text)
        if m.group("name") not in ("I", "A")
    ]
    sign_off = _SIGN_OFF_INITIALS.search(text)
    if sign_off is not None:
        letters = sign_off.group("name").replace(".", "").replace(" ", "")
        if letters.casefold() not in _NOT_SIGN_OFF and letters.casefold() not in FIELD_WORDS:
            start = sign_off.start("name")
            end = start + len(sign_off.group("name").rstrip())
            spans.append(Span(start, end, "PERSON", "context", 0.7))
    for match in _CAPITALISED_RUN.finditer(text):
        previous = re.search(r"(\S+)\s+$", text[max(0, match.start() - 30) : match.start()])
        if previous and previous.group(1)[:1].isupper() and previous.group(1)[-1] not in ",;:":
            continue  # inside a longer capitalised name ("Greenhill Academy's Mr Tanner")
        if re.search(r"['’]s?\s", match.group("name")):
            continue
        words = [w.casefold() for w in re.split(r"[\s-]", match.group("name"))]
        if any(
            w in _INSTITUTION_WORDS
            or w in _DEPARTMENT_WORDS
            or w in NOT_NAMES
            or w in NOT_NAME_WORDS
            or (w in ETHNICITY and not (i == 0 and len(words) > 1 and _rare_first_name(w)))
            or w in FIELD_WORDS
            for i, w in enumerate(words)
        ):
            continue
        end = match.end("name")
        possessive = re.search(r"['’]s?$", match.group("name"))
        if possessive:
            end -= len(possessive.group(0))
        spans.append(Span(match.start("name"), end, "PERSON", "context", 0.5))
    spans += _full_names_starting(text) + _nicknames_before_names(text) + _names_with_ages(text)
    spans += _names_then_quoted_nicknames(text)
    for match in _FIRST_NAME_AND_SURNAME_WORD.finditer(text):
        first = match.group("first")
        if (
            is_first_name(first)
            or (
                zipf(first) < 4.0
                and first.casefold() not in NOT_NAMES | NOT_NAME_WORDS | _INSTITUTION_WORDS
            )
        ) and _CARE_AFTER.match(text, match.end()) is None:
            spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.7))
    for pattern in _CONTEXT_PATTERNS:
        for match in pattern.finditer(text):
            group = "name" if "name" in pattern.groupindex else 0
            if pattern is _ADDRESSEE:
                group = next(g for g in ("to", "by", "header", "last") if match.group(g))
                if _not_an_addressee(match.group(group)):
                    continue
            if pattern in (_HOME_NAME, _NICKNAME) and not (
                is_first_name(match.group("owner"))
                or (zipf(match.group("owner")) < 3.0 and not match.group("owner").isupper())
            ):
                continue  # 'the Warm Homes ("WHD") scheme': an abbreviation, not a nickname
            if pattern is _NAME_WITH_ROLE_IN_BRACKETS and _BODY_LAST.search(match.group("name")):
                continue  # "Youth Justice Service (YJS)": the service, not a worker
            if pattern is _LONE_INITIAL:
                group = "name" if match.group("name") else "object"
                before = text[max(0, match.start(group) - 12) : match.start(group)]
                if re.search(_NOT_INITIAL_BEFORE, before):
                    continue
            start, end = match.start(group), match.end(group)
            titled = re.match(rf"{TITLES}\s", match.group(group)) is not None
            words = re.sub(rf"^{TITLES}\s+", "", match.group(group)).split()
            if (
                words
                and all(w.casefold().strip("'’,") in ETHNICITY for w in words)
                # (a title or being called it makes it the name: "Dr Zulu", "called Shona")
                and not (titled and pattern is _CONTEXT_PATTERNS[0])
                and not (pattern is _CALLED and all(is_first_name(w) for w in words))
            ):
                continue  # "mother White Irish", "the father, Pakistani Muslim"
            if words and all(w.casefold().strip("'’,.:") in FIELD_WORDS for w in words):
                continue  # "(husband, DOB 14/06/1981)": a record's field, no name
            if (
                len(words) == 1
                and re.sub(r"['’]s?$", "", words[0].casefold().strip(",.:")) in KIN_WORDS
                and not titled
            ):
                continue  # "Baba's brother": a relation, as the family calls him
            if (
                len(words) == 1
                and len(words[0]) >= 3
                and words[0].isupper()
                and words[0] in acronyms()
                and not titled
            ):
                continue  # "Offence: GBH (child)": an offence, a service, no one's initials
            # An agency by its area: "Thanks, Ayesha SW, Haringey CSC".
            if (
                len(words) > 1
                and words[-1].isupper()
                and words[-1].casefold() in DOMAIN_ACRONYMS
                and all(w.casefold() in uk_places() for w in words[:-1])
            ):
                continue
            if not words or any(
                re.split(r"['’]", w.casefold().strip("'’"))[0] in NOT_NAMES  # "How's home"
                and not _surname_here(w, index, words, titled, text, end)
                for index, w in enumerate(words)
            ):
                # Drop a trailing role word ("Jayden Mother") rather than the whole match.
                while words and words[-1].casefold() in NOT_NAMES:
                    end -= len(words[-1]) + 1
                    words.pop()
                if not words or any(w.casefold() in NOT_NAMES for w in words):
                    continue
            # A name stops at a possessive ("Dr Patel's Surgery" → "Dr Patel").
            inner = re.search(r"['’]s\s", text[start:end])
            if inner:
                end = start + inner.start()
            # A possessive stays outside the name ("Ryan Doherty's" → "Ryan Doherty").
            possessive = re.search(r"['’]s?$", text[start:end])
            if possessive:
                end -= len(possessive.group(0))
            if pattern is _INITIAL_SURNAME and (
                # (a common surname is the surname after an initial: "J. Smith", "E. Jones")
                (zipf(words[-1]) >= 4.0 and not (is_surname(words[-1]) and zipf(words[-1]) < 5.0))
                or words[-1].casefold().strip("'’") in ETHNICITY
                or _NOT_INITIAL_BEFORE.search(text[max(0, start - 12) : start])
            ):
                continue  # "band B. New address", "Band B. Romanian Roma family"
            if pattern is _TITLED_ROLE and (
                words[0].casefold() in _ROLE_TERMS
                or (zipf(words[0]) >= 4.5 and not is_known_name(words[0]))
                or (
                    len(words) == 2
                    and (
                        not (
                            is_first_name(words[0])
                            or (
                                zipf(words[0]) < 3.5
                                and (is_surname(words[1]) or zipf(words[1]) < 3.5)
                            )
                        )
                        or words[1].casefold() in _INSTITUTION_WORDS | NOT_NAMES | _ROLE_TERMS
                    )
                )
            ):
                continue  # "Nurse Practitioner", "Sister Ward round", "Uncle Said"
            if pattern is _ROLE_NAME and (
                all(zipf(w) >= 3.5 and not is_known_name(w.strip("'’")) for w in words)
                or any(w.casefold() in _INSTITUTION_WORDS for w in words)
            ):
                # "Family Nurse Partnership", "School Nurse, Designated Safeguarding", "SW,
                # Birmingham Children's Trust"
                continue
            if pattern is _BEFORE_BIRTH:
                # Only a person has a birth date; a word before the name is no part of it: a
                # field's name, a role, an ordinary word starting the line ("Summary").
                parts = list(re.finditer(r"\S+", text[start:end]))
                while len(parts) > 1 and (
                    parts[0].group(0).casefold() in NOT_NAME_WORDS | FIELD_WORDS
                    or (zipf(parts[0].group(0)) >= 4.5 and not is_known_name(parts[0].group(0)))
                ):
                    parts.pop(0)
                if parts[0].group(0).casefold() in NOT_NAME_WORDS | FIELD_WORDS:
                    continue
                start += parts[0].start()
            score = 0.5 if pattern in (_REFERENCE_LINE, _WITH_PARENT) else 0.7
            if pattern is _REFERENCE_LINE and re.search(r"\s[A-Z]\.?$", text[start:end]):
                score = 0.7  # a name with its surname's initial: "Subject: Given C – review"
            # A surname of several words after a particle goes on: "Oisín Mac Giolla Bhríde".
            while (tail := _AFTER_PARTICLE.match(text, end)) is not None and re.search(
                rf"(?:^|\s){_SURNAME_PARTICLES}$", text[start:end]
            ):
                end = tail.end()
            spans.append(Span(start, end, "PERSON", "context", score))
    return spans


# Surnames that are also words of a case record ("Mrs Foster", "Gill Foster", "Dr Judge").
_SURNAME_WORDS = frozenset({"foster", "judge"})
_FIRST_NAME_AND_SURNAME_WORD = re.compile(r"\b(?P<first>[A-Z][a-z]+)[ \t]+(?:Foster|Judge)\b")
_CARE_AFTER = re.compile(
    r"[ \t]+(?i:carers?|care|placement|parents?|home|family|mum|dad|child|children|agency|"
    r"panel|team|service)\b"
)


def _surname_here(
    word: str, index: int, words: list[str], titled: bool, text: str, end: int
) -> bool:
    """A surname that is also a record's word, as the last word after a title or a first name,
    not before the noun it describes ("Foster carers")."""
    return (
        word.casefold() in _SURNAME_WORDS
        and index == len(words) - 1
        and (titled or (index > 0 and is_first_name(words[index - 1])))
        and _CARE_AFTER.match(text, end) is None
    )


_SURNAME_PARTICLES = (
    r"(?:Mac|Mc|Nic|Ní|Ó|Ó|Uí|Mhic|Giolla|Ap|ap|van|Van|der|den|de|De|da|Da|bin|ibn)"
)
_AFTER_PARTICLE = re.compile(rf"[ \t]+(?:{_SURNAME_PARTICLES}|[A-Z][\w'’-]+)(?![\w'’-])")
