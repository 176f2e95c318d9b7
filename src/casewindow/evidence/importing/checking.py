"""Turning a table's rows into chronology entries, and reporting what was found on the way.

`entries_prepare` is used twice: by the check (which only counts and reports) and by the
import (which also saves). Both see the same problems for the same rows, so what the user was
shown before importing is what the import records."""

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from casewindow.evidence.importing import columns as c
from casewindow.evidence.importing.dates import DAY, ReadDate, read_date, read_time
from casewindow.evidence.importing.readers import Table

# Field lengths of ChronologyEntry; longer text is cut there (the original row keeps it all).
MAX_DATE_TEXT, MAX_SOURCE, MAX_PEOPLE = 100, 300, 500
PROBLEMS_SHOWN = 200


@dataclass(frozen=True, slots=True)
class Problem:
    row: int | None
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        where = f"Row {self.row}" if self.row is not None else "File"
        column = f" ({self.column})" if self.column else ""
        return f"{where}{column}: {self.message}"


@dataclass(slots=True)
class PreparedEntry:
    row_number: int
    date: ReadDate
    date_text: str
    time: dt.time | None
    description: str
    action: str
    source: str
    people_text: str
    original_row: dict[str, str]


@dataclass
class CheckReport:
    """What a chronology file holds, as the user sees it before importing."""

    file_type: str
    encoding: str
    location: str
    heading_row: int
    headings: list[str]
    mapping: dict[str, str]
    notices: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems that stop the import
    rows_read: int = 0
    blank_rows: int = 0
    entries: int = 0
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (row, same as row)
    precisions: Counter = field(default_factory=Counter)
    earliest: dt.date | None = None
    latest: dt.date | None = None

    @property
    def can_import(self) -> bool:
        return not self.errors and self.entries > 0

    @property
    def rows_with_problems(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})

    @property
    def problems_shown(self) -> list[Problem]:
        return self.problems[:PROBLEMS_SHOWN]

    def finish(self) -> None:
        """Errors that only the whole file can show."""
        if self.rows_read == 0 and not self.errors:
            self.errors.append(
                "The file has column headings but no rows of entries below them."
                if self.headings
                else "The file has no rows."
            )

    def as_dict(self) -> dict[str, Any]:
        return {
            "file_type": self.file_type,
            "encoding": self.encoding,
            "location": self.location,
            "heading_row": self.heading_row,
            "headings": self.headings,
            "mapping": self.mapping,
            "rows_read": self.rows_read,
            "blank_rows": self.blank_rows,
            "entries": self.entries,
            "rows_with_problems": self.rows_with_problems,
            "problems": [p.as_dict() for p in self.problems],
            "duplicates": [{"row": row, "same_as_row": first} for row, first in self.duplicates],
            "notices": self.notices,
            "errors": self.errors,
            "date_precisions": dict(self.precisions),
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }


def report_start(table: Table, mapping: Mapping[str, str]) -> CheckReport:
    report = CheckReport(
        file_type=table.file_type,
        encoding=table.encoding,
        location=table.location,
        heading_row=table.heading_row,
        headings=list(table.headings),
        mapping=dict(mapping),
        notices=table.notices,  # the same list: readers add to it while rows are read
    )
    report.errors.extend(c.mapping_problems(mapping, table.headings))
    return report


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entries_prepare(
    table: Table, report: CheckReport, *, today: dt.date | None = None
) -> Iterator[PreparedEntry]:
    """Read the table's rows as entries, adding each row's problems and duplicates to the
    report. Blank rows are counted and skipped; every other row becomes an entry, problems and
    all: an unreadable date is flagged, never dropped or guessed."""
    today = today or dt.date.today()
    if report.errors:
        return
    mapping = report.mapping
    index = {heading: i for i, heading in enumerate(table.headings)}

    def columns_for(field_name: str) -> list[int]:
        return [index[h] for h in table.headings if mapping.get(h) == field_name]

    date_column = columns_for(c.DATE)[0]
    date_heading = table.headings[date_column]
    time_columns = columns_for(c.TIME)
    description_columns = columns_for(c.DESCRIPTION)
    action_columns = columns_for(c.ACTION)
    source_columns = columns_for(c.SOURCE)
    people_columns = columns_for(c.PEOPLE)
    headings = table.headings
    seen: dict[int, int] = {}
    problems = report.problems

    for row in table.rows:
        if row.is_blank():
            report.blank_rows += 1
            continue
        report.rows_read += 1
        number = row.number
        cells = row.cells
        for column, message in row.problems:
            problems.append(Problem(number, column, _capital(message)))

        date_text = cells[date_column].strip()
        date = read_date(date_text)
        if date.problem:
            problems.append(Problem(number, date_heading, _capital(date.problem)))
        elif date.start and date.start > today:
            problems.append(
                Problem(number, date_heading, f"The date “{date_text}” is in the future")
            )
        time = date.time
        if time_columns:
            time_text = cells[time_columns[0]]
            column_time, time_problem = read_time(time_text)
            if time_problem:
                problems.append(Problem(number, headings[time_columns[0]], _capital(time_problem)))
            time = column_time or time

        description = "\n".join(cells[i].strip() for i in description_columns if cells[i].strip())
        action = "\n".join(cells[i].strip() for i in action_columns if cells[i].strip())
        if not description and not action:
            problems.append(Problem(number, "", "There is no description of the event"))
        source = "; ".join(cells[i].strip() for i in source_columns if cells[i].strip())
        people = "; ".join(cells[i].strip() for i in people_columns if cells[i].strip())

        # Rows that say the same, give or take spacing and capitals, look like duplicates.
        key = hash(
            (date_text.lower(), time, *description.lower().split(), "|", *action.lower().split())
        )
        first = seen.setdefault(key, number)
        if first != number:
            report.duplicates.append((number, first))

        report.entries += 1
        report.precisions[date.precision] += 1
        if date.start is not None:
            if report.earliest is None or date.start < report.earliest:
                report.earliest = date.start
            if report.latest is None or (date.end or date.start) > report.latest:
                report.latest = date.end or date.start
        original = dict(zip(headings, cells, strict=True))
        if row.extra:
            original.update(row.extra)
        yield PreparedEntry(
            row_number=number,
            date=date,
            date_text=_cut(date_text, MAX_DATE_TEXT),
            time=time,
            description=description,
            action=action,
            source=_cut(source, MAX_SOURCE),
            people_text=_cut(people, MAX_PEOPLE),
            original_row=original,
        )


def table_check(
    table: Table, mapping: Mapping[str, str], *, today: dt.date | None = None
) -> CheckReport:
    """Read every row without saving anything, and report."""
    report = report_start(table, mapping)
    for _ in entries_prepare(table, report, today=today):
        pass
    report.finish()
    return report


__all__ = [
    "DAY",
    "CheckReport",
    "PreparedEntry",
    "Problem",
    "entries_prepare",
    "report_start",
    "table_check",
]
