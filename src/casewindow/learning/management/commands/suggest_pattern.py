"""casewindow suggest_pattern --input IN.jsonl --output OUT.jsonl

Reads lines of {"id", "text"} (a systems finding each) and writes lines of
{"id", "areas": [{"area", "score", "words"}]}, the six pattern areas of patterns.yaml best
first. A bad line stops the run with its line number and no output file is written."""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.learning.suggest import pattern_suggest


class Command(BaseCommand):
    help = "Suggest the pattern area of findings in JSON lines of {id, text}."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--input", required=True, help="JSON lines file of {id, text}")
        parser.add_argument("--output", required=True, help="where to write {id, areas} lines")

    def handle(self, *args: Any, **options: Any) -> None:
        records = self._read(Path(options["input"]))
        output = Path(options["output"])
        if not output.parent.is_dir():
            raise CommandError(f"No such folder for the output: {output.parent}")
        handle, temporary = tempfile.mkstemp(dir=output.parent, suffix=".partial")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                for line_id, text in records:
                    areas = [
                        {"area": s.area, "score": s.score, "words": list(s.words)}
                        for s in pattern_suggest(text)
                    ]
                    out.write(json.dumps({"id": line_id, "areas": areas}) + "\n")
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.stdout.write(f"{len(records)} findings → {output}")

    def _read(self, path: Path) -> list[tuple[Any, str]]:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise CommandError(f"Input file not found: {path}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        records = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"Line {number}: not valid JSON ({error.msg})") from error
            if not isinstance(record, dict) or not isinstance(record.get("id"), (str, int)):
                raise CommandError(f"Line {number}: missing id (a string or a number)")
            if not isinstance(record.get("text"), str):
                raise CommandError(f"Line {number}: missing text (a string)")
            records.append((record["id"], record["text"]))
        return records
