"""`casewindow find_personal_data`: JSON lines in, spans out; the review's register with
--review; a bad line stops the run with its line number and leaves no output file."""

import json

import pytest
from django.core.management import CommandError, call_command

from tests.factories import PersonFactory


def write_lines(path, lines):
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_writes_one_line_of_spans_per_text_with_offsets_into_it(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Seen at 14 Larch Close, RG1 4QT (DOB 12/03/2015), NHS number 943 476 5919."
    write_lines(source, [{"id": "a", "text": text}, {"id": 2, "text": "Nothing here."}])

    call_command("find_personal_data", "--input", str(source), "--output", str(out))

    first, second = read_lines(out)
    assert first["id"] == "a" and second == {"id": 2, "spans": []}
    assert [(text[s["start"] : s["end"]], s["label"]) for s in first["spans"]] == [
        ("14 Larch Close", "ADDRESS"),
        ("RG1 4QT", "POSTCODE"),
        ("12/03/2015", "DATE_OF_BIRTH"),
        ("943 476 5919", "NHS_NUMBER"),
    ]


def test_review_register_finds_names_the_model_does_not(tmp_path, review_world):
    PersonFactory(review=review_world.review, real_name="Xiomara Quispe", aliases=["Mimi"])
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "mimi was quiet at school and xiomara's coat was wet."
    write_lines(source, [{"id": "x", "text": text}])

    call_command(
        "find_personal_data",
        "--input",
        str(source),
        "--output",
        str(out),
        "--review",
        review_world.review.reference.lower(),
    )

    spans = read_lines(out)[0]["spans"]
    assert [(text[s["start"] : s["end"]], s["label"]) for s in spans] == [
        ("mimi", "PERSON"),
        ("xiomara", "PERSON"),
    ]


UNRELATED = [
    {"id": "a", "text": "Her partner, Marek Summers, was at the flat."},
    {"id": "b", "text": "Long hot Summers at the caravan site were hard for the family."},
]


def spans_of(path, lines):
    return [
        [line["text"][s["start"] : s["end"]] for s in spans["spans"]]
        for line, spans in zip(lines, read_lines(path), strict=True)
    ]


def test_without_a_review_each_line_is_its_own_document(tmp_path):
    # A surname found in one line is not a name in an unrelated line: "Summers" stays a season.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, UNRELATED)

    call_command("find_personal_data", "--input", str(source), "--output", str(out))

    assert spans_of(out, UNRELATED) == [["Marek Summers"], []]


def test_with_a_review_the_lines_are_one_report_and_a_name_found_once_is_found_again(
    tmp_path, review_world
):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, UNRELATED)
    reference = review_world.review.reference

    call_command(
        "find_personal_data", "--input", str(source), "--output", str(out), "--review", reference
    )

    assert spans_of(out, UNRELATED) == [["Marek Summers"], ["Summers"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "text": "ok"}\nnot json\n', "Line 2: not valid JSON"),
        ('{"id": 1, "text": "ok"}\n[1, 2]\n', "Line 2: expected an object"),
        ('{"text": "no id"}\n', "Line 1: missing id"),
        ('{"id": 1, "text": 5}\n', "Line 1: missing text"),
        ('{"id": 1, "text": "a"}\n{"id": 1, "text": "b"}\n', "Line 2: id 1 appears twice"),
    ],
)
def test_a_bad_line_is_named_and_no_output_is_written(tmp_path, content, message):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("find_personal_data", "--input", str(source), "--output", str(out))
    assert list(tmp_path.iterdir()) == [source]


def test_unknown_review_and_missing_file_are_errors(tmp_path, db):
    source = tmp_path / "in.jsonl"
    write_lines(source, [{"id": 1, "text": "x"}])
    with pytest.raises(CommandError, match="No review with reference"):
        call_command(
            "find_personal_data",
            "--input",
            str(source),
            "--output",
            str(tmp_path / "o"),
            "--review",
            "NOPE-1",
        )
    with pytest.raises(CommandError, match="Input file not found"):
        call_command("find_personal_data", "--input", str(tmp_path / "missing"), "--output", "o")
