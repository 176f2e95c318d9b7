"""Which column holds what. Each agency names its columns its own way ("Date/Time", "Event
details", "Action taken", "Recorded by"); the common names are recognised, the user can change
any choice, and a mapping saved for an agency is reused for its next file."""

import re
from collections.abc import Mapping, Sequence

DATE, TIME, DESCRIPTION, ACTION, SOURCE, PEOPLE, IGNORE = (
    "date", "time", "description", "action", "source", "people", "ignore",
)  # fmt: skip

FIELD_CHOICES: list[tuple[str, str]] = [
    (DATE, "Date (may include the time)"),
    (TIME, "Time"),
    (DESCRIPTION, "Event or description"),
    (ACTION, "Action or outcome"),
    (SOURCE, "Source or author"),
    (PEOPLE, "People named"),
    (IGNORE, "Not imported (kept in the original row)"),
]
FIELDS = {value for value, _ in FIELD_CHOICES}
# Fields that take one column; the others join several columns' text (e.g. Event + Notes).
SINGLE_COLUMN_FIELDS = {DATE, TIME}
REQUIRED_FIELDS = (DATE, DESCRIPTION)
FIELD_NAMES = {
    DATE: "the date", TIME: "the time", DESCRIPTION: "the event or description",
    ACTION: "the action or outcome", SOURCE: "the source or author", PEOPLE: "the people named",
}  # fmt: skip

# Checked in this order; the first that matches decides. Words are matched whole.
_NOT_EVENT_DATES = re.compile(
    r"\b(birth|dob|d o b|born|entered|input|created|modified|updated|review date)\b"
)
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (DATE, re.compile(r"\b(date|dates|when|dated)\b")),
    (TIME, re.compile(r"\b(time|times|hour)\b")),
    (
        PEOPLE,
        re.compile(
            r"\b(people|persons?|individuals?|names?|involved|subjects?|family members?|"
            r"child(ren)?|young people|who|present|attendees|participants|service users?|"
            r"clients?)\b"
        ),
    ),
    (
        SOURCE,
        re.compile(
            r"\b(source|sources|author|authors|recorded by|entered by|completed by|written by|"
            r"by whom|staff|staff member|practitioner|worker|professional|officer|clinician|"
            r"agency|team|service|role|reference|ref|record|document|origin|informant|referrer)\b"
        ),
    ),
    (
        ACTION,
        re.compile(
            r"\b(action|actions|outcome|outcomes|response|decision|decisions|result|next steps|"
            r"plan|follow up|follow-up|taken)\b"
        ),
    ),
    (
        DESCRIPTION,
        re.compile(
            r"\b(event|events|description|details|detail|what happened|summary|narrative|"
            r"information|info|entry|contact|incident|notes|note|comments|comment|chronology|text|activity|"
            r"issue|issues|concerns?|observations?|account)\b"
        ),
    ),
]


def normalise_heading(heading: str) -> str:
    text = heading.lower().replace("&", " and ").replace("_", " ")
    text = re.sub(r"[^\w/\- ]+", " ", text)
    return " ".join(text.replace("/", " / ").split())


def recognise(heading: str) -> str:
    """The field a column heading most likely holds, or IGNORE."""
    text = normalise_heading(heading)
    if not text:
        return IGNORE
    for field, pattern in _RULES:
        if field == DATE and _NOT_EVENT_DATES.search(text):
            continue
        if pattern.search(text):
            return field
    return IGNORE


def heading_score(cells: Sequence[str]) -> int:
    """How much a row looks like a chronology's column headings: the number of different
    fields it names, with the date and description counting double."""
    found = {recognise(cell) for cell in cells if cell.strip() and len(cell) < 80}
    found.discard(IGNORE)
    return len(found) + sum(1 for field in REQUIRED_FIELDS if field in found)


def mapping_suggest(
    headings: Sequence[str], saved: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A field for every heading: from the agency's saved mapping where it names the heading,
    otherwise recognised from the heading's words. Only one column is given the date (and the
    time): a second "Date recorded" column is left out rather than fighting the first."""
    saved_by_name = {normalise_heading(k): v for k, v in (saved or {}).items() if v in FIELDS}
    mapping: dict[str, str] = {}
    for heading in headings:
        field = saved_by_name.get(normalise_heading(heading)) or recognise(heading)
        if field in SINGLE_COLUMN_FIELDS and field in mapping.values():
            field = IGNORE
        mapping[heading] = field
    return mapping


def mapping_problems(mapping: Mapping[str, str], headings: Sequence[str]) -> list[str]:
    """What is wrong with a mapping for these headings, in words for the user; empty if fine."""
    problems = []
    unknown = [h for h in mapping if h not in headings]
    if unknown:
        problems.append(
            "The mapping names column(s) the file does not have: "
            + ", ".join(f"“{h}”" for h in unknown)
        )
    bad = sorted({f for f in mapping.values() if f not in FIELDS})
    if bad:
        problems.append(
            f"Unknown field(s) {', '.join(bad)}: use one of {', '.join(sorted(FIELDS))}"
        )
    for field in REQUIRED_FIELDS:
        if field not in mapping.values():
            problems.append(f"Choose the column that holds {FIELD_NAMES[field]}")
    for field in SINGLE_COLUMN_FIELDS:
        columns = [h for h, f in mapping.items() if f == field]
        if len(columns) > 1:
            problems.append(
                f"Only one column can hold {FIELD_NAMES[field]}: "
                + " and ".join(f"“{h}”" for h in columns)
                + " are both chosen"
            )
    return problems
