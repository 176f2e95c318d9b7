"""casewindow import_chronology REVIEW_REF FILE --agency NAME [--create-agency [--kind KIND]]
[--mapping FILE.json] [--dry-run] [--allow-duplicate] [--json]: import an agency chronology from
the command line, all or nothing."""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from casewindow.evidence.importing.columns import FIELDS
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.services.chronology_import import (
    COMMAND_ACTOR_LABEL,
    ChronologyAlreadyImported,
    ChronologyCheckFailed,
    chronology_import_earlier,
    chronology_import_file,
)
from casewindow.reviews.management.commands.add_agency import kind_check
from casewindow.reviews.models import AgencyKind, Review
from casewindow.reviews.services import ReviewError, agency_save

PROBLEMS_PRINTED = 50


class Command(BaseCommand):
    help = (
        "Import an agency's chronology (CSV, XLSX or a table in a DOCX) into a review, all or "
        "nothing. Columns are recognised from their headings, or taken from the agency's saved "
        "mapping, or from --mapping."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("reference", metavar="REVIEW_REF")
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--agency", required=True, metavar="NAME", help="the agency's name in the review"
        )
        parser.add_argument(
            "--mapping",
            metavar="FILE.json",
            help="a JSON object: column heading → field, e.g. "
            '{"Date": "date", "Event": "description"}; '
            f"fields: {', '.join(sorted(FIELDS))}. Headings it leaves out are not imported.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report; import nothing"
        )
        parser.add_argument(
            "--create-agency",
            action="store_true",
            help="add the agency to the review if it is not there yet",
        )
        parser.add_argument(
            "--kind",
            default=AgencyKind.OTHER.value,
            metavar="KIND",
            help=f"with --create-agency: one of {', '.join(AgencyKind.values)} (default: other)",
        )
        parser.add_argument(
            "--allow-duplicate",
            action="store_true",
            help="import the file even if the same file was imported into the review before",
        )
        parser.add_argument("--json", action="store_true", help="print a machine-readable summary")

    def handle(self, *args: Any, reference: str, file: str, agency: str, **options: Any) -> None:
        as_json: bool = options["json"]
        dry_run: bool = options["dry_run"]
        summary: dict[str, Any] = {
            "ok": False,
            "review": reference.upper(),
            "agency": agency,
            "file": file,
            "dry_run": dry_run,
            "imported": False,
            "entries_imported": 0,
        }
        try:
            # An agency added with --create-agency goes if the import fails.
            with transaction.atomic():
                review = Review.objects.filter(reference=reference.upper()).first()
                if review is None:
                    raise ChronologyFileError(f"No review with reference {reference}")
                found = review.agencies.filter(name__iexact=agency.strip()).first()
                if found is None and options["create_agency"] and not dry_run:
                    try:
                        found = agency_save(
                            actor=None,
                            review=review,
                            values={"name": agency, "kind": kind_check(options["kind"])},
                        )
                    except ReviewError as error:
                        raise ChronologyFileError(str(error)) from None
                    summary["agency_created"] = True
                if found is None:
                    names = ", ".join(review.agencies.values_list("name", flat=True)) or "none yet"
                    raise ChronologyFileError(
                        f"No agency named “{agency}” in review {review.reference} "
                        f"(agencies: {names}); add --create-agency to add it"
                    )
                summary["agency"] = found.name
                mapping = _mapping(options.get("mapping"))
                path = Path(file)
                if not path.is_file():
                    raise ChronologyFileError(f"No file at {file}")
                with path.open("rb") as handle:
                    outcome = chronology_import_file(
                        actor_label=COMMAND_ACTOR_LABEL,
                        review=review,
                        agency=found,
                        fileobj=handle,
                        filename=path.name,
                        mapping=mapping,
                        dry_run=dry_run,
                        allow_duplicate=options["allow_duplicate"],
                    )
                earlier = (
                    chronology_import_earlier(review=review, sha256=outcome.facts.sha256)
                    if dry_run
                    else None
                )
        except ChronologyCheckFailed as failure:
            summary.update(failure.report.as_dict())
            self._fail(summary, str(failure), as_json)
        except ChronologyFileError as error:
            self._fail(summary, str(error), as_json)

        report = outcome.report
        summary.update(report.as_dict())
        if dry_run and earlier is not None:
            summary["already_imported"] = str(ChronologyAlreadyImported(earlier))
        summary["file_type"] = outcome.facts.file_type
        summary["sha256"] = outcome.facts.sha256
        if dry_run and not report.can_import:
            self._fail(summary, " ".join(report.errors) or "Nothing to import", as_json)
        summary["ok"] = True
        if outcome.chronology_import is not None:
            summary["imported"] = True
            summary["entries_imported"] = outcome.chronology_import.entries_created
            summary["import_uuid"] = str(outcome.chronology_import.uuid)
        if as_json:
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        self._print(summary, report)

    def _fail(self, summary: dict[str, Any], message: str, as_json: bool) -> None:
        summary["error"] = message
        if as_json:
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
        raise CommandError(message)

    def _print(self, summary: dict[str, Any], report: Any) -> None:
        if summary.get("already_imported"):
            self.stdout.write(f"Note: {summary['already_imported']}")
        for notice in report.notices:
            self.stdout.write(f"Note: {notice}")
        for problem in report.problems[:PROBLEMS_PRINTED]:
            self.stdout.write(str(problem))
        if len(report.problems) > PROBLEMS_PRINTED:
            self.stdout.write(
                f"… and {len(report.problems) - PROBLEMS_PRINTED} more problems "
                "(use --json to see all)"
            )
        if report.duplicates:
            self.stdout.write(f"{len(report.duplicates)} row(s) look the same as an earlier row")
        flagged = (
            f", {report.rows_with_problems} with problems" if report.rows_with_problems else ""
        )
        if summary["imported"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {report.entries:,} entries for {summary['agency']} "
                    f"into {summary['review']} from {Path(summary['file']).name} "
                    f"({report.rows_read:,} rows read{flagged})"
                )
            )
        else:
            self.stdout.write(
                f"Dry run: {report.entries:,} entries would be imported "
                f"({report.rows_read:,} rows read{flagged}); nothing was saved"
            )


def _mapping(path: str | None) -> dict[str, str] | None:
    if not path:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ChronologyFileError(f"No mapping file at {path}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ChronologyFileError(f"The mapping file {path} is not valid JSON: {error}") from None
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ChronologyFileError(
            f"The mapping file {path} must hold one JSON object of column heading → field"
        )
    return data
