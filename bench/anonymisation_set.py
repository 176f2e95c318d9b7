"""The labelled set for the anonymisation benchmark: reads the marked-up passages in
data/anonymisation_passages.txt and writes data/anonymisation_gold.jsonl, one line per passage:
{"id", "kind", "text", "spans": [{"start", "end", "label"}]}.

    python bench/anonymisation_set.py     # rewrite the JSONL after changing the passages"""

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SOURCE = DATA / "anonymisation_passages.txt"
GOLD = DATA / "anonymisation_gold.jsonl"
HELDOUT_SOURCE = DATA / "anonymisation_heldout.txt"
HELDOUT = DATA / "anonymisation_heldout.jsonl"
REGISTER = DATA / "anonymisation_register.json"
CODES = {
    "P": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "ADDR": "ADDRESS",
    "PC": "POSTCODE",
    "TEL": "PHONE",
    "EM": "EMAIL",
    "NHS": "NHS_NUMBER",
    "NI": "NI_NUMBER",
    "ORG": "ORGANISATION",
}
_MARK = re.compile(r"\{\{(?P<code>[A-Z]+)\|(?P<text>.*?)\}\}", re.DOTALL)


def parse(source: str) -> list[dict]:
    passages = []
    lines = [line for line in source.splitlines() if not line.startswith("#")]
    for block in "\n".join(lines).split("\n---\n"):
        block = block.strip("\n-")
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        passage_id, _, kind = head.partition(":")
        text, spans, last = [], [], 0
        length = 0
        for match in _MARK.finditer(body):
            before = body[last : match.start()]
            text.append(before)
            length += len(before)
            spans.append(
                {
                    "start": length,
                    "end": length + len(match.group("text")),
                    "label": CODES[match.group("code")],
                }
            )
            text.append(match.group("text"))
            length += len(match.group("text"))
            last = match.end()
        text.append(body[last:])
        passages.append(
            {"id": passage_id.strip(), "kind": kind.strip(), "text": "".join(text), "spans": spans}
        )
    return passages


def write() -> list[dict]:
    for source, target in ((SOURCE, GOLD), (HELDOUT_SOURCE, HELDOUT)):
        passages = parse(source.read_text(encoding="utf-8"))
        with target.open("w", encoding="utf-8") as out:
            for passage in passages:
                out.write(json.dumps(passage, ensure_ascii=False) + "\n")
    return parse(SOURCE.read_text(encoding="utf-8"))


def load(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


if __name__ == "__main__":
    written = write()
    print(f"{len(written)} passages, {sum(len(p['spans']) for p in written)} spans → {GOLD}")
