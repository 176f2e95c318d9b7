"""casewindow find_personal_data --input IN.jsonl --output OUT.jsonl [--review REF]

Runs the personal-data detector over lines of {"id", "text"} and writes lines of
{"id", "spans": [{"start", "end", "label"}]} (character offsets into the text). With --review,
that review's people register is used too, and the whole input is one batch (the review's
texts): a string found as personal data in one line is found in every line. Without --review
each line is its own document: a string found in one line is found again only in that line.
A bad line stops the run with its line number and no output file is written."""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.anonymisation.detection.engine import find_personal_data


class Command(BaseCommand):
    help = "Find personal data in JSON lines of {id, text}; write {id, spans} lines."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--input", required=True, help="JSON lines file of {id, text}")
        parser.add_argument("--output", required=True, help="where to write {id, spans} lines")
        parser.add_argument("--review", help="use this review's people register (reference)")

    def handle(self, *args: Any, **options: Any) -> None:
        ids, texts = self._read(Path(options["input"]))
        register = None
        if options["review"]:
            from casewindow.anonymisation.services import register_for
            from casewindow.reviews.models import Review

            review = Review.objects.filter(reference=options["review"].upper()).first()
            if review is None:
                raise CommandError(f"No review with reference {options['review']!r}")
            register, _ = register_for(review)
        found = find_personal_data(texts, register, separate=register is None)
        output = Path(options["output"])
        # Written beside the target and moved into place: never a half-written output file.
        handle, temporary = tempfile.mkstemp(dir=output.parent or Path("."), suffix=".partial")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                for line_id, spans in zip(ids, found, strict=True):
                    record = {
                        "id": line_id,
                        "spans": [
                            {"start": s.start, "end": s.end, "label": s.label} for s in spans
                        ],
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        total = sum(len(s) for s in found)
        self.stdout.write(f"{len(texts)} texts, {total} spans of personal data → {output}")

    def _read(self, path: Path) -> tuple[list[Any], list[str]]:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise CommandError(f"Input file not found: {path}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        ids: list[Any] = []
        texts: list[str] = []
        seen: set[str] = set()
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"Line {number}: not valid JSON ({error.msg})") from error
            if not isinstance(record, dict):
                raise CommandError(f"Line {number}: expected an object with id and text")
            if "id" not in record or not isinstance(record["id"], (str, int)):
                raise CommandError(f"Line {number}: missing id (a string or a number)")
            if not isinstance(record.get("text"), str):
                raise CommandError(f"Line {number}: missing text (a string)")
            if json.dumps(record["id"]) in seen:
                raise CommandError(f"Line {number}: id {record['id']!r} appears twice")
            seen.add(json.dumps(record["id"]))
            ids.append(record["id"])
            texts.append(record["text"])
        return ids, texts
