"""Readers turn a chronology file into a `Table`: the column headings and, lazily, the rows
below them, each cell as text exactly as the agency wrote it.

Readers stream: a 60,000-row CSV is never held in memory whole. Title lines above the headings
are skipped (the headings are the row that names the most chronology fields). Merged cells and
formulas in spreadsheets, and merged cells in Word tables, are resolved and reported."""

import contextlib
import csv
import datetime as dt
import io
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from casewindow.evidence.importing.columns import heading_score
from casewindow.evidence.importing.dates import date_from_cell_value
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.importing.sniffing import FileFacts

HEADING_SEARCH_ROWS = 25
MAX_LISTED = 5
csv.field_size_limit(10 * 1024 * 1024)


@dataclass
class Row:
    """One row below the headings. `cells` line up with the table's headings; `extra` holds
    any further cells (keyed by column name) so nothing the agency wrote is lost."""

    number: int
    cells: list[str]
    extra: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (column, message)

    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells) and not any(
            v.strip() for v in self.extra.values()
        )


@dataclass
class Table:
    file_type: str
    encoding: str
    location: str  # e.g. "sheet “Chronology”" or "table 2" ("" for a CSV file)
    heading_row: int
    headings: list[str]
    rows: Iterator[Row]
    notices: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the names spreadsheets give columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def unique_headings(cells: list[str]) -> list[str]:
    """Headings as written (trimmed), with blanks named by column letter and repeats numbered,
    so each can key the original row. Blank columns at the end are dropped."""
    cells = [" ".join(cell.split()) for cell in cells]
    while cells and not cells[-1]:
        cells.pop()
    headings: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = cell or f"Column {column_letter(index)}"
        key = name.lower()
        if key in seen:
            seen[key] += 1
            name = f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        headings.append(name)
    return headings


def _choose_heading(rows: list[tuple[int, list[str]]]) -> int:
    """Index (in `rows`) of the row that looks most like the column headings."""
    best, best_score = None, 0
    for index, (_, cells) in enumerate(rows):
        score = heading_score(cells)
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        return best
    for index, (_, cells) in enumerate(rows):
        if sum(1 for c in cells if c.strip()) >= 2:
            return index
    return next((i for i, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)), 0)


def _title_notice(skipped: list[tuple[int, list[str]]]) -> str | None:
    lines = [(number, " ".join(c.strip() for c in cells if c.strip())) for number, cells in skipped]
    lines = [(number, text) for number, text in lines if text]
    if not lines:
        return None
    first, last = lines[0][0], lines[-1][0]
    where = (
        f"Row {first}, above the column headings, was"
        if first == last
        else f"Rows {first} to {last}, above the column headings, were"
    )
    sample = lines[0][1]
    sample = sample if len(sample) <= 60 else sample[:57] + "…"
    return f"{where} not imported (“{sample}”)."


def _table_from_rows(
    raw: Iterator[tuple[int, list[str], list[tuple[int, str]]]],
    *,
    file_type: str,
    encoding: str,
    location: str,
    notices: list[str],
    empty_message: str,
) -> Table:
    """Find the headings among the first rows, then stream the rest as `Row`s.
    `raw` yields (row number, cells, [(column index, problem)])."""
    buffered: list[tuple[int, list[str], list[tuple[int, str]]]] = []
    for item in raw:
        buffered.append(item)
        if len(buffered) >= HEADING_SEARCH_ROWS:
            break
    if not any(any(c.strip() for c in cells) for _, cells, _ in buffered):
        raise ChronologyFileError(empty_message)
    index = _choose_heading([(n, c) for n, c, _ in buffered])
    heading_number, heading_cells, _ = buffered[index]
    headings = unique_headings(heading_cells)
    if notice := _title_notice([(n, c) for n, c, _ in buffered[:index]]):
        notices.append(notice)
    width = len(headings)

    def rows() -> Iterator[Row]:
        for number, cells, problems in _chain(buffered[index + 1 :], raw):
            row = Row(number=number, cells=cells[:width] + [""] * (width - len(cells)))
            for extra_index in range(width, len(cells)):
                if cells[extra_index].strip():
                    row.extra[f"Column {column_letter(extra_index)}"] = cells[extra_index]
            for column_index, message in problems:
                column = (
                    headings[column_index]
                    if column_index < width
                    else f"Column {column_letter(column_index)}"
                )
                row.problems.append((column, message))
            yield row

    return Table(
        file_type=file_type,
        encoding=encoding,
        location=location,
        heading_row=heading_number,
        headings=headings,
        rows=rows(),
        notices=notices,
    )


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


@contextlib.contextmanager
def table_open(fileobj: BinaryIO, facts: FileFacts, filename: str) -> Iterator[Table]:
    """The chronology table in the file. Raises ChronologyFileError (naming the problem) when
    the file cannot be read, also part-way through the rows."""
    opener: Callable[[BinaryIO, FileFacts, str], contextlib.AbstractContextManager[Table]] = {
        "csv": _csv_table,
        "xlsx": _xlsx_table,
        "docx": _docx_table,
    }[facts.file_type]
    fileobj.seek(0)
    with opener(fileobj, facts, filename) as table:
        yield table


# --- CSV ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _csv_table(fileobj: BinaryIO, facts: FileFacts, filename: str) -> Iterator[Table]:
    text = io.TextIOWrapper(fileobj, encoding=facts.encoding, newline="", errors="replace")
    try:
        sample = text.read(32 * 1024)
        text.seek(0)
        dialect: Any = _csv_dialect(sample)
        reader = csv.reader(text, dialect)

        def raw() -> Iterator[tuple[int, list[str], list[tuple[int, str]]]]:
            number = 0
            try:
                for cells in reader:
                    number += 1
                    yield number, cells, []
            except csv.Error as error:
                raise ChronologyFileError(
                    f'“{filename}” could not be read after row {number}: {error}. A quote mark (") '
                    "may open a cell that is never closed."
                ) from None

        notices = list(facts.notices)
        if dialect.delimiter != ",":
            separator = _DELIMITER_NAMES.get(dialect.delimiter, dialect.delimiter)
            notices.append(f"Columns are separated by {separator}.")
        yield _table_from_rows(
            raw(),
            file_type="csv",
            encoding=facts.encoding,
            location="",
            notices=notices,
            empty_message=f"“{filename}” has no rows: it holds no text.",
        )
    finally:
        text.detach()


_DELIMITER_NAMES = {";": "semicolons", "\t": "tabs", "|": "vertical bars (|)"}


def _csv_dialect(sample: str) -> Any:
    try:
        return csv.Sniffer().sniff(sample[: 16 * 1024], delimiters=",;\t|")
    except csv.Error:
        pass
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in ",;\t|"}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


# --- Excel --------------------------------------------------------------------------------

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE_TAG = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
_EXCEL_ERRORS = {
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#N/A",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
}


def _damaged(filename: str, what: str) -> ChronologyFileError:
    return ChronologyFileError(
        f"“{filename}” is damaged or incomplete: the {what} inside it cannot be read (it may "
        "have been cut short while copying). Open it, save it again and upload the new copy."
    )


def _cell_text(cell: Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date)):
        return date_from_cell_value(value, getattr(cell, "number_format", "") or "")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _sheet_scan(workbook: Any, sheet: Any) -> tuple[bool, list[str]]:
    """Whether the sheet's XML holds formulas, and its merged ranges, in one pass over it."""
    has_formulas = False
    merged: list[str] = []
    tail = b""
    with workbook._archive.open(sheet._worksheet_path) as source:
        while chunk := source.read(1024 * 1024):
            data = tail + chunk
            if not has_formulas and _FORMULA_TAG.search(data):
                has_formulas = True
            merged.extend(m.decode() for m in _MERGE_TAG.findall(data))
            tail = data[-200:]
            # A tag split across two chunks is found in the overlap; drop what the overlap repeats.
            merged = list(dict.fromkeys(merged))
    return has_formulas, merged


@contextlib.contextmanager
def _xlsx_table(fileobj: BinaryIO, facts: FileFacts, filename: str) -> Iterator[Table]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(fileobj, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of error for a damaged file
        raise _damaged(filename, "workbook") from None
    formulas_book = None
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        if not sheets:
            raise ChronologyFileError(f"“{filename}” has no worksheets.")
        try:
            sheet, others = _best_sheet(sheets)
            has_formulas, merged_refs = _sheet_scan(workbook, sheet)
        except ChronologyFileError:
            raise
        except Exception:
            raise _damaged(filename, "worksheet") from None
        notices = list(facts.notices)
        if others:
            notices.append(
                f"Read the sheet “{sheet.title}”; the workbook's other sheets ("
                + ", ".join(f"“{o}”" for o in others)
                + ") were not read."
            )
        merged_below, anchor_cells = _merged_blocks(merged_refs)
        notices.extend(_merged_notice(merged_refs))
        formula_rows: Iterator[Any] | None = None
        if has_formulas:
            fileobj.seek(0)
            formulas_book = load_workbook(fileobj, read_only=True, data_only=False)
            formula_sheet = formulas_book[sheet.title]
            formula_sheet.reset_dimensions()
            formula_rows = formula_sheet.iter_rows(min_row=1)
        sheet.reset_dimensions()
        formula_count = [0, ""]

        def raw() -> Iterator[tuple[int, list[str], list[tuple[int, str]]]]:
            anchors: dict[tuple[int, int], str] = {}
            try:
                for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
                    formula_cells = next(formula_rows, ()) if formula_rows is not None else ()
                    texts = [_cell_text(cell) for cell in cells]
                    problems = _formula_problems(number, texts, formula_cells, formula_count)
                    problems.extend(
                        (index, f"shows the spreadsheet error {text}")
                        for index, text in enumerate(texts)
                        if text in _EXCEL_ERRORS
                    )
                    if anchor_cells:
                        _fill_merged(number, texts, anchors, anchor_cells, merged_below)
                    yield number, texts, problems
            except ChronologyFileError:
                raise
            except Exception:
                raise _damaged(filename, "worksheet") from None
            if formula_count[0]:
                notices.append(
                    f"{formula_count[0]} cell(s) hold formulas (for example {formula_count[1]}): "
                    "the results saved with the workbook were imported."
                )

        yield _table_from_rows(
            raw(),
            file_type="xlsx",
            encoding="",
            location=f"sheet “{sheet.title}”",
            notices=notices,
            empty_message=f"“{filename}” has no rows: the sheet “{sheet.title}” is empty.",
        )
    finally:
        workbook.close()
        if formulas_book is not None:
            formulas_book.close()


# Below each row of a merged block: [(column, the block's top-left cell)], by row number.
MergedBelow = dict[int, list[tuple[int, tuple[int, int]]]]


def _merged_blocks(merged_refs: list[str]) -> tuple[MergedBelow, set[tuple[int, int]]]:
    """Merged cells: the value of a merged block is repeated down its first column. The rows
    below each block's top with the cell to copy, and the set of those top cells."""
    from openpyxl.utils.cell import range_boundaries

    merged_below: MergedBelow = {}
    for ref in merged_refs:
        min_col, min_row, _, max_row = range_boundaries(ref)
        for row in range(min_row + 1, max_row + 1):
            merged_below.setdefault(row, []).append((min_col, (min_row, min_col)))
    anchor_cells = {anchor for cells in merged_below.values() for _, anchor in cells}
    return merged_below, anchor_cells


def _merged_notice(merged_refs: list[str]) -> list[str]:
    """Only blocks that span rows change what is read: say so for those."""
    from openpyxl.utils.cell import range_boundaries

    spanning = [ref for ref in merged_refs if range_boundaries(ref)[1] != range_boundaries(ref)[3]]
    if not spanning:
        return []
    listed = ", ".join(spanning[:MAX_LISTED]) + (
        f" and {len(spanning) - MAX_LISTED} more" if len(spanning) > MAX_LISTED else ""
    )
    return [
        f"The sheet has merged cells ({listed}): each merged block's value was used for "
        "every row it covers."
    ]


def _formula_problems(
    number: int, texts: list[str], formula_cells: Any, formula_count: list[Any]
) -> list[tuple[int, str]]:
    """A formula with no saved result is a problem of its cell; the others are counted in
    `formula_count` ([how many, the first one as "B3 =SUM(…)"]) for the notice."""
    problems: list[tuple[int, str]] = []
    for index, formula_cell in enumerate(formula_cells):
        formula = getattr(formula_cell, "value", None)
        if isinstance(formula, str) and formula.startswith("="):
            if index >= len(texts) or not texts[index]:
                problems.append((index, f"holds a formula ({formula}) with no saved result"))
                continue
            formula_count[0] += 1
            formula_count[1] = formula_count[1] or f"{column_letter(index)}{number} {formula}"
    return problems


def _fill_merged(
    number: int,
    texts: list[str],
    anchors: dict[tuple[int, int], str],
    anchor_cells: set[tuple[int, int]],
    merged_below: MergedBelow,
) -> None:
    """Remember the row's cells that top a merged block; copy a block's value into this row."""
    for index, text in enumerate(texts):
        if (number, index + 1) in anchor_cells:
            anchors[(number, index + 1)] = text
    for col, anchor in merged_below.get(number, ()):
        texts.extend([""] * (col - len(texts)))
        texts[col - 1] = anchors.get(anchor, "")


def _best_sheet(sheets: list[Any]) -> tuple[Any, list[str]]:
    """The sheet whose first rows look most like a chronology; the names of the others that
    hold anything."""
    scored = []
    for index, sheet in enumerate(sheets):
        best = 0
        filled = False
        for cells in sheet.iter_rows(min_row=1, max_row=HEADING_SEARCH_ROWS, values_only=True):
            texts = ["" if v is None else str(v) for v in cells]
            filled = filled or any(t.strip() for t in texts)
            best = max(best, heading_score(texts))
        scored.append((best, filled, -index, sheet))
    scored.sort(key=lambda item: item[:3], reverse=True)
    chosen = scored[0][3]
    others = [s.title for score, filled, _, s in scored[1:] if filled]
    return chosen, others


# --- Word ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _docx_table(fileobj: BinaryIO, facts: FileFacts, filename: str) -> Iterator[Table]:
    import docx

    try:
        document = docx.Document(fileobj)
        grids = [_docx_grid(table) for table in document.tables]
    except Exception:  # python-docx raises many kinds of error for a damaged file
        raise _damaged(filename, "document") from None
    grids = [
        (rows, merges) for rows, merges in grids if any(any(c.strip() for c in r) for r in rows)
    ]
    if not grids:
        raise ChronologyFileError(
            f"“{filename}” has no table. Casewindow reads a chronology from a table in a Word "
            "document: one row per entry, with column headings in the first row."
        )
    scores = [max(heading_score(r) for r in rows[:5]) for rows, _ in grids]
    best = max(range(len(grids)), key=lambda i: (scores[i], -i))
    rows, merges = grids[best]
    width = max(len(r) for r in rows)
    heading_index = max(range(min(5, len(rows))), key=lambda i: (heading_score(rows[i]), -i))
    headings = [" ".join(c.split()) for c in rows[heading_index]]
    used = 1
    # A long chronology is often split into several tables (one per page or per year): the
    # tables after it with the same number of columns are read as its continuation.
    for later_rows, later_merges in grids[best + 1 :]:
        if max(len(r) for r in later_rows) != width:
            continue
        used += 1
        skip = 1 if [" ".join(c.split()) for c in later_rows[0]] == headings else 0
        rows = rows + later_rows[skip:]
        merges += later_merges
    notices = list(facts.notices)
    if len(document.tables) > 1:
        notices.append(
            f"The document has {len(document.tables)} tables: "
            + (
                f"{used} with the same columns were read as one chronology."
                if used > 1
                else f"table {best + 1} was read."
            )
        )
    if merges:
        notices.append(
            f"The table has {merges} merged cell(s): a cell merged down several rows gives its "
            "text to each of them; a cell merged across columns is read in its first column."
        )
    yield _table_from_rows(
        ((number, cells, []) for number, cells in enumerate(rows, start=1)),
        file_type="docx",
        encoding="",
        location=f"table {best + 1}",
        notices=notices,
        empty_message=f"“{filename}” has an empty table.",
    )


def _docx_grid(table: Any) -> tuple[list[list[str]], int]:
    """A Word table as rows of text on its layout grid, and how many merged cells it has."""
    from docx.table import _Cell

    rows: list[list[str]] = []
    merges = 0
    previous: list[str] = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = [""] * tr.grid_before
        for tc in tr.tc_lst:
            span = tc.grid_span
            column = len(cells)
            if tc.vMerge == "continue":
                merges += 1
                text = previous[column] if column < len(previous) else ""
            else:
                text = _Cell(tc, table).text
            if span > 1:
                merges += 1
            cells.append(text)
            cells.extend([""] * (span - 1))
        rows.append(cells)
        previous = cells
    return rows, merges
