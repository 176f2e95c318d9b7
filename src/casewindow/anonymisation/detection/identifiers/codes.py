"""Identifiers with a fixed shape and their check rules: NHS numbers (modulus 11), National
Insurance numbers (prefix rules), UK phone numbers, e-mail addresses, and dates of birth told
apart from the ordinary dates of events."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewindow.anonymisation.detection.identifiers.spans import Span

# --- NHS number --------------------------------------------------------------------------

_NHS = re.compile(r"(?<![\w/.-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w/]|\.\d|-\d)")
# "NHS" before a number, not inside an e-mail address or a web address ("…@nhs.example.net,
# 07700 900217" is a phone number).
# (Scotland's CHI number and Northern Ireland's H&C number are the NHS number there.)
_NHS_CONTEXT = re.compile(
    r"(?<![@.])\bNHS\b(?![.@])|\bnhs\s*(?:no|number)|(?-i:(?<![@.])\bCHI\b(?![.@]))|\bH\s?&\s?C\b",
    re.IGNORECASE,
)


def nhs_number_valid(digits: str) -> bool:
    """Modulus 11: weights 10..2 on the first nine digits; 11 − (sum mod 11) is the check digit
    (11 counts as 0; 10 means the number cannot be valid)."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> Iterator[Span]:
    for match in _NHS.finditer(text):
        if not nhs_number_valid(match.group(0)):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        # A valid number that starts with 0 and has no NHS context is more likely a phone number.
        if match.group(0).startswith("0") and not _NHS_CONTEXT.search(before):
            continue
        score = 1.0 if _NHS_CONTEXT.search(before) else 0.85
        yield Span(match.start(), match.end(), "NHS_NUMBER", "identifier", score)


# --- National Insurance number ------------------------------------------------------------

_NINO = re.compile(
    r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])\b",
    re.IGNORECASE,
)
_NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number_valid(value: str) -> bool:
    """HMRC's format rules: two prefix letters (first not D F I Q U V; second not D F I O Q U V;
    BG GB KN NK NT TN ZZ never allocated), six digits, suffix A–D."""
    compact = re.sub(r"\s", "", value).upper()
    match = _NINO.fullmatch(compact)
    return match is not None and match.group(1) not in _NINO_BAD_PREFIXES


_NI_CONTEXT = re.compile(r"\bNI\b|national\s+insurance|\bnino\b", re.IGNORECASE)


def find_ni_numbers(text: str) -> Iterator[Span]:
    """NI numbers in capitals; written in lower case only after "NI" or "National Insurance"."""
    for match in _NINO.finditer(text):
        value = match.group(0)
        if not ni_number_valid(value):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if value[:2].isupper() or (value.islower() and _NI_CONTEXT.search(before)):
            yield Span(match.start(), match.end(), "NI_NUMBER", "identifier")


# --- Phone --------------------------------------------------------------------------------

_PHONE_SHAPE = re.compile(
    r"(?<![\w+])(?:(?:\+44|0044)\s?(?:\(0\)\s?)?|\(?0)[1-37-9][\d() -]{7,14}\d(?!\w)"
)


def _phone_digits_ok(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("440"):
        digits = "0" + digits[3:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    if not digits.startswith("0") or len(digits) not in (10, 11):
        return False
    if digits.startswith("07"):
        return len(digits) == 11
    return digits[1] in "1238"


def find_phone_numbers(text: str) -> Iterator[Span]:
    for match in _PHONE_SHAPE.finditer(text):
        raw = match.group(0)
        if raw.count("(") != raw.count(")"):
            raw_stripped = raw.lstrip("(")
            start = match.start() + (len(raw) - len(raw_stripped))
        else:
            raw_stripped, start = raw, match.start()
        raw_stripped = raw_stripped.rstrip(" -")
        # A number run into what follows it on a letterhead ("020 7946 0472 20 January 2025"):
        # the number without the last group of digits.
        if not _phone_digits_ok(raw_stripped) and " " in raw_stripped:
            shorter = raw_stripped.rsplit(" ", 1)[0].rstrip(" -")
            if len(re.sub(r"\D", "", raw_stripped.rsplit(" ", 1)[1])) <= 2 and _phone_digits_ok(
                shorter
            ):
                raw_stripped = shorter
        if _phone_digits_ok(raw_stripped) and not nhs_like_in_context(text, start):
            yield Span(start, start + len(raw_stripped), "PHONE", "identifier", 0.95)


def nhs_like_in_context(text: str, start: int) -> bool:
    return bool(_NHS_CONTEXT.search(text[max(0, start - 25) : start]))


# --- E-mail -------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)


def find_emails(text: str) -> Iterator[Span]:
    for match in _EMAIL.finditer(text):
        yield Span(match.start(), match.end(), "EMAIL", "identifier")


# --- Dates of birth -------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}-{_MONTH}-(?:\d{{4}}|\d{{2}})"  # "17-Mar-2023", as health systems print it
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}})"
)
_DOB = re.compile(
    r"(?:\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bb\.(?=\s*\d)"
    r"|\bbirth\s+certificate\b(?:\s+(?:gives|says|shows|states|records|lists|has))?"
    r"|\b(?:her|his|their|\w+['’]s)\s+birth\b(?:[^.;\n]{0,40}?\b(?:on|in|was)\b)?"
    # (a place with its country between: "born in Larache, Morocco, on 3 April 1985")
    # (never past a date of its own to a later one: "born 2 March 1964) travelled … in
    # February 2025")
    rf"|\bborn\b(?:(?:(?!\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|\d{{1,2}}[/.-]\d)"
    r"[^.,;\n)]){0,60}?\b(?:on|in)\b|(?:[ \t]+(?:at|in)[ \t]+[A-Z][^.;\n]{0,50}?,"
    r"[ \t]+on\b))?)"
    r"(?:\s*\((?i:claimed|estimated|est\.?|approx\.?|given|disputed|assessed)\))?"
    # "My DOB for the form is …", "DOB for your records: …"
    r"(?:\s+for\s+(?:the|your|our|my|his|her)\s+(?:form|records?|file|application))?"
    # "DOB confirmed as …", "date of birth given as …", "DOB now recorded as …"
    r"(?:\s+(?:now\s+)?(?:confirmed|given|recorded|stated|verified|corrected|amended|changed)"
    r"(?:\s+(?:as|to))?)?"
    rf"\s*(?:[:=–—-]|is|was|of|as)?\s*\(?\s*(?:the\s+)?(?P<date>{DATE})",
    re.IGNORECASE,
)
# A birthday by its day and month: "on her birthday, 24 December", "his birthday (3 May)".
_BIRTHDAY = re.compile(
    rf"\b(?:her|his|their|\w+['’]s)\s+(?:\d+\w{{2}}\s+)?birthday\b\s*(?:[,(:–—-]|on|is|was)\s*"
    rf"(?:on\s+)?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b",
    re.IGNORECASE,
)


_FULL_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}-{_MONTH}-\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"
)
# "gave birth to a boy, Luca, on 26/02/2023"
_GAVE_BIRTH = re.compile(
    rf"\bgave\s+birth\b[^.;\n]{{0,50}}?\b(?:on|in)\s+(?:the\s+)?(?P<date>{DATE})",
    re.IGNORECASE,
)
# "They had their daughter Mari-Liis on 4 September 2015", "had Thora on a leap day, 29
# February 2012": a child had on a date is born then.
_HAD_A_CHILD = re.compile(
    r"\b(?:had|welcomed)\s+(?:(?:their|her|his|a)\s+)?(?:(?:baby|first|second|third|eldest|"
    r"youngest|son|daughter|boy|girl|child|twins?)\s+){1,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?"
    r"\s+on\s+(?:a\s+[a-z ]{1,15},\s+)?(?:the\s+)?"
    rf"(?P<date>{DATE})"
    r"|\bhad\s+[A-Z][\w'’-]+\s+on\s+a\s+[a-z ]{1,15},\s+"
    rf"(?P<leap>{DATE})"
    # "She had Isabela with Leandro Souza on 21 June 2011"
    r"|\bhad\s+[A-Z][\w'’-]+\s+with\s+(?:[A-Z][\w'’-]+\s+){1,3}on\s+(?:the\s+)?"
    rf"(?P<with>{_FULL_DATE})"
)
# A maiden name and a date in brackets: "Hetal (née Parmar, 22 July 1985)".
_NEE_THEN_DATE = re.compile(rf"\((?i:née|nee)\s+[A-Z][\w'’-]+,\s*(?P<date>{_FULL_DATE})\s*\)")
# "Victim: Senait (03/03/1988)", "Re: Denisa (30.08.2016) and Ionuț (12.05.2019)": a full date
# in brackets right after a name.
_NAME_THEN_DATE = re.compile(
    rf"(?P<word>[^\W\d_][\w'’-]*)\s*\(\s*(?:b\.\s*|born\s+)?(?P<date>{_FULL_DATE})\s*\)"
)
_NAME_THEN_SHORT_DATE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+\s*\(\s*(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2})\s*\)"
)
# A chronology's line of a birth: "11/03/2015 – Aleena Hussain born at Airedale", "5 January
# 2020 – Kathleen born." (the date heads the line; a name and "born" follow).
_BIRTH_LINE = re.compile(
    rf"(?m)(?:^|(?<=[.;]\s)|(?<=[.;]))\s*(?P<date>{_FULL_DATE})\s*[–—:-]\s*"
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?:was\s+)?born\b"
)
# A letter's reference line: "Re: Johnny Ward, 09/03/2014", "RE: AMINA (DOB 1/2/2015)".
_REFERENCE_DATE = re.compile(
    rf"(?m)\b(?:Re|RE|Subject|SUBJECT)\s*:\s*[^\n:]{{0,60}}?[A-Za-z][,\s]\s*"
    rf"(?P<date>{_FULL_DATE})(?![\w/])"
)


# A family member's line in a report's list of those involved: "Child C: Kavya Sivakumar, 19
# January 2014", "Mother: Katarzyna Wojcik, 15/01/1990", "Child: Cerys Pryce, 14/02/2017".
_PERSON_LINE_DATE = re.compile(
    r"(?m)(?:^|[.;]\s+)(?:Child(?:\s+[A-Z]\b)?|Sibling|Mother|Father|Mother['’]s\s+partner|"
    r"Father['’]s\s+partner|Stepfather|Stepmother|Partner|Baby|Young\s+person|Subject)\s*:\s*"
    rf"(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+,\s*(?P<date>{_FULL_DATE})(?![\w/])"
)


_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z])|\n")
_NEXT_BIRTH = re.compile(
    r"(?:,|;|\band\b)\s+(?:(?:their|her|his|a)\s+(?:baby\s+)?(?:son|daughter|boy|girl)\s+)?"
    # (the date straight after the name and what the family calls them: "Jun Hao (Ethan) 15
    # Jan 2012"; or later, after "on")
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:(?:\s*\([^()\n]{{1,30}}\))?,?\s+"
    rf"|[^.;\n]{{0,50}}?\bon\s+(?:the\s+)?)(?P<date>{DATE})"
)


def find_dates_of_birth(text: str) -> Iterator[Span]:
    """A date in the context of a birth ("DOB 12/03/2015", "born on 4 June 2019", "date of birth:
    …", "(d.o.b. …)", "gave birth to a boy, Luca, on …"), a full date in brackets right after a
    name ("Senait (03/03/1988)") and a date on a letter's reference line beside a name ("Re:
    Johnny Ward, 09/03/2014"). Dates of events ("seen on 4 June 2019") are not personal data and
    stay."""
    from casewindow.anonymisation.detection.lexicon import is_known_name, zipf

    for match in _DOB.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
        if not re.search(r"(?i)\bborn\b", match.group(0)):
            continue
        # The births that follow in the same sentence: "… born in Salford on 5 March 2016 and
        # Precious on 29/11/2019", "Malak in Misrata on 18 September 2015; Sanad at the Jessop
        # Wing on 3/5/21".
        end = _SENTENCE_END.search(text, match.end())
        stop = end.start() if end is not None else len(text)
        for more in _NEXT_BIRTH.finditer(text, match.end(), stop):
            yield Span(more.start("date"), more.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _GAVE_BIRTH.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _HAD_A_CHILD.finditer(text):
        group = next(g for g in ("date", "leap", "with") if match.group(g))
        yield Span(match.start(group), match.end(group), "DATE_OF_BIRTH", "identifier")
        # "… and their son Oskar on 3 February 2018"
        end = _SENTENCE_END.search(text, match.end())
        stop = end.start() if end is not None else len(text)
        for more in _NEXT_BIRTH.finditer(text, match.end(), stop):
            yield Span(more.start("date"), more.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _BIRTHDAY.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    listed: list[tuple[int, int]] = []  # names with a full date in brackets, as found
    for match in _NAME_THEN_DATE.finditer(text):
        word = re.sub(r"['’]s?$", "", match.group("word"))
        if not word[:1].isupper() or word.isupper():
            continue  # "the meeting (12/03/2021)", "MARAC (…)"
        if is_known_name(word) or zipf(word) < 3.5:
            listed.append((match.start(), match.end()))
            yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    # …and one of the same list with a year of two digits: "Malalai (14/06/2011), Ahmad Shah
    # (30 September 2016) and Marwa (11/04/22)" (alone, "Seen by Dr Okoro (12/03/22)" is a day).
    for match in _NAME_THEN_SHORT_DATE.finditer(text):
        if any(
            0 < match.start() - end <= 60 or 0 < start - match.end() <= 60 for start, end in listed
        ):
            yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _NEE_THEN_DATE.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _BIRTH_LINE.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _REFERENCE_DATE.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _PERSON_LINE_DATE.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")


# A person's online name: an @handle, or a name with a digit, an underscore or a dot inside it
# after the account it is on ("Snapchat: ry.an_99", "gamertag Serhat_77"). Labelled a person:
# it leads to one as surely as their name.
_HANDLE = re.compile(r"(?<![\w@.])@(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?<!\.)(?![\w@])")
_ACCOUNT_NAME = re.compile(
    r"\b(?i:user\s*name|handle|gamertag|account(?:\s+name)?|profile(?:\s+name)?|snapchat|snap|"
    r"instagram|insta|tiktok|facebook|whatsapp|discord|telegram|xbox|psn|roblox|twitter|kik|"
    r"fortnite)\b[ \t]*(?:(?i:account|user|name|called|named|was|is|as|handle|gamertag|tag|id|"
    r"profile)[ \t]+){0,3}[:=-]?[ \t]*['\"“‘]?"
    r"(?P<h>[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])"
)


def find_online_handles(text: str) -> Iterator[Span]:
    for match in _HANDLE.finditer(text):
        yield Span(match.start(), match.end(), "PERSON", "identifier", 0.8)
    for match in _ACCOUNT_NAME.finditer(text):
        handle = match.group("h")
        if re.search(r"[\d_]|[a-z]\.[a-z]", handle):
            yield Span(match.start("h"), match.end("h"), "PERSON", "identifier", 0.8)
