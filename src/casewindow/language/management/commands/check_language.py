"""`casewindow check_language FILE [--json] [--partnership NAME]`: the hindsight and blame
language check of a draft, from the command line."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from casewindow.language.engine import check_language, line_and_column, shipped_rules
from casewindow.language.selectors import rules_for_partnership

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


def read_text(path: Path) -> str:
    """The text of a .txt/.md file (UTF-8) or a .docx file (its paragraphs, one a line)."""
    if not path.exists():
        raise CommandError(f"No such file: {path}")
    if not path.is_file():
        raise CommandError(f"Not a file: {path}")
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            import docx

            from casewindow.evidence.importing.archives import ArchiveRefused, archive_check

            with path.open("rb") as handle:
                try:
                    archive_check(handle, path.name)  # a hostile file is refused unopened
                except ArchiveRefused as refused:
                    if refused.reason == "damaged":
                        raise CommandError(
                            f"Cannot read {path}: not a readable .docx file (it is damaged)"
                        ) from None
                    raise CommandError(str(refused)) from None
            document = docx.Document(str(path))
            return "\n".join(paragraph.text for paragraph in document.paragraphs)
        if suffix not in TEXT_SUFFIXES:
            raise CommandError(f"Cannot read {path}: use a .txt, .md or .docx file")
        return path.read_bytes().decode("utf-8-sig")
    except CommandError:
        raise
    except UnicodeDecodeError:
        raise CommandError(f"Cannot read {path}: it is not UTF-8 text") from None
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}") from None
    except Exception as error:  # python-docx raises several kinds for a broken file
        raise CommandError(f"Cannot read {path}: not a readable .docx file ({error})") from None


def _partnership(name: str):
    from django.utils.text import slugify

    from casewindow.accounts.models import Partnership

    wanted = name.strip()
    found = Partnership.objects.filter(name__iexact=wanted).first()
    if found is None:
        found = next(
            (p for p in Partnership.objects.all() if slugify(p.name) == slugify(wanted)), None
        )
    if found is None:
        raise CommandError(f"No partnership called {wanted}")
    return found


class Command(BaseCommand):
    help = (
        "Check a draft (.txt, .md or .docx) for hindsight and blame language. Prints each "
        "flag's line:column, phrase, rule, explanation and reframing prompt; --json prints a "
        "list of flags with start and end offsets into the text."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print the flags as JSON")
        parser.add_argument(
            "--partnership",
            help="also apply this partnership's own rules and switch-offs (name or slug)",
        )

    def handle(self, *args, file, json=False, partnership=None, **options):
        text = read_text(Path(file))
        rules = rules_for_partnership(_partnership(partnership)) if partnership else None
        flags = check_language(text, rules if rules is not None else shipped_rules())
        if json:
            self.stdout.write(_json_dump([flag.to_json() for flag in flags]))
            return
        for flag in flags:
            line, column = line_and_column(text, flag.start)
            self.stdout.write(
                f"{line}:{column}: “{flag.phrase}” [{flag.rule_id}, {flag.category}] "
                f"{flag.explanation}\n    Ask instead: {flag.prompt}"
            )
        self.stdout.write(
            f"{len(flags)} flag{'s' if len(flags) != 1 else ''} in {file}"
            if flags
            else f"No hindsight or blame language found in {file}"
        )


def _json_dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
