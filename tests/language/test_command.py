"""`casewindow check_language FILE [--json] [--partnership NAME]`."""

import json
from io import StringIO
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command

from casewindow.language.models import PartnershipRule, ShippedRuleSwitchOff
from tests.factories import PartnershipFactory

DRAFT = (
    "KPE 3: the strategy discussion.\n"
    "The social worker failed to invite the health visitor.\n"
    "Child J missed two appointments; with hindsight the risk was plain to see.\n"
)


def run(*args: str) -> str:
    out = StringIO()
    call_command("check_language", *args, stdout=out)
    return out.getvalue()


def test_human_output_gives_line_column_phrase_rule_explanation_and_prompt(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")

    output = run(str(path))

    assert "2:19: “failed to” [failed-to, blame]" in output
    assert "3:34: “with hindsight” [with-hindsight, hindsight]" in output
    assert "Ask instead: What made not doing this seem reasonable at the time" in output
    assert "missed two" not in output  # a fact, not a flag
    assert output.strip().endswith(f"3 flags in {path}")


def test_json_output_is_a_list_of_flags_with_offsets_into_the_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")

    flags = json.loads(run(str(path), "--json"))

    assert [flag["phrase"] for flag in flags] == ["failed to", "with hindsight", "plain to see"]
    for flag in flags:
        assert set(flag) == {"start", "end", "phrase", "rule", "category", "explanation", "prompt"}
        assert DRAFT[flag["start"] : flag["end"]] == flag["phrase"]
    assert flags[0]["rule"] == "failed-to"


def test_a_docx_draft_is_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("Introduction")
    document.add_paragraph("Nobody asked Mother about the new partner.")
    document.save(str(path))

    flags = json.loads(run(str(path), "--json"))

    assert [(f["phrase"], f["start"]) for f in flags] == [("Nobody", len("Introduction\n"))]
    assert "2:1: “Nobody”" in run(str(path))


def test_clean_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("The health visitor saw Child J at home.", encoding="utf-8")

    assert "No hindsight or blame language found" in run(str(path))
    assert json.loads(run(str(path), "--json")) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "No such file"),
        ("binary.txt", b"\xff\xfe\x00bad", "not UTF-8"),
        ("broken.docx", b"not a zip", "not a readable .docx"),
        ("draft.pdf", b"%PDF-1.4", "use a .txt, .md or .docx"),
    ],
)
def test_a_missing_or_unreadable_file_is_a_clear_error(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        run(str(path))


def test_the_command_exits_non_zero_for_a_missing_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "casewindow.cli", "check_language", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
        env={
            "DJANGO_SETTINGS_MODULE": "casewindow.settings",
            "CASEWINDOW_TESTING": "1",
            "DATABASE_URL": "sqlite:///:memory:",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert result.returncode != 0
    assert "No such file" in result.stderr


@pytest.mark.django_db
def test_partnership_rules_and_switch_offs_apply_with_partnership(tmp_path: Path) -> None:
    partnership = PartnershipFactory(name="Northbridge Safeguarding Children Partnership")
    PartnershipRule.objects.create(
        partnership=partnership,
        phrase="non-complian*",
        explanation="Puts the difficulty on the family.",
        prompt="What got in the way of engagement?",
    )
    ShippedRuleSwitchOff.objects.create(
        partnership=partnership, rule_id="failed-to", reason="We use it for agencies only."
    )
    path = tmp_path / "draft.txt"
    path.write_text("Mother was non-compliant. The agency failed to reply.", encoding="utf-8")

    shipped = [f["phrase"] for f in json.loads(run(str(path), "--json"))]
    local = json.loads(
        run(str(path), "--json", "--partnership", "northbridge-safeguarding-children-partnership")
    )

    assert shipped == ["failed to"]
    assert [f["phrase"] for f in local] == ["non-compliant"]
    assert local[0]["prompt"] == "What got in the way of engagement?"
    with pytest.raises(CommandError, match="No partnership called Nowhere"):
        run(str(path), "--partnership", "Nowhere")


def test_a_zip_bomb_named_docx_is_refused_unopened(tmp_path: Path) -> None:
    from tests.evidence.hostile_files import docx_bomb

    path = docx_bomb(tmp_path / "draft.docx")
    with pytest.raises(CommandError, match=r"^draft.docx was refused: it would expand to 1,024 MB"):
        run(str(path))
