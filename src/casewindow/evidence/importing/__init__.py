"""Reading agency chronologies: CSV, Excel (.xlsx) and tables in Word (.docx) documents.

The pieces, in the order a file meets them:

- `sniffing` decides what the file is from its content (never its name) and its text encoding;
- `readers` turn it into a `Table`: column headings and rows of cells, as the agency wrote them;
- `columns` recognise which heading holds the date, the description and so on;
- `dates` read the dates, keeping how precise each one is;
- `checking` puts these together row by row and reports what it found.

Nothing here touches the database: `evidence.services.chronology_import` does the importing."""

from casewindow.evidence.importing.errors import ChronologyFileError

__all__ = ["ChronologyFileError"]
