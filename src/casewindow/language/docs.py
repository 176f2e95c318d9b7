"""Writes docs/language-rules.md from rules.yaml, so the documentation lists exactly the rules
that ship. Run `.venv/bin/python -m casewindow.language.docs` after changing the rules; a test
fails while the file is out of date."""

import sys
from pathlib import Path

from casewindow.language.engine import CATEGORIES, shipped_rules_file

STRUCTURES_TEXT = {
    "counterfactual": "Structure: a “would/could/might (not) have” whose clause has a "
    "condition about the past (“If X had …”, “Had X …”, “Were X to have …”, “With a proper "
    "…”, “… had the meeting included …”, “But for …”) or an imagined action as its subject "
    "(“A home visit would have …”), with an outcome verb (harm prevented or caused, something "
    "found out), or negated, or whose condition is about what a professional or agency did "
    "not do (“If the nursery had reported …”, “Had the GP been more curious …”, “Had there "
    "been a strategy discussion …”); not “would have done the same”.",
    "imagined-professional": "Structure: an imagined or idealised professional as the subject "
    "of “would/could (not) have …” or “would …” (“a more experienced / any competent / most "
    "… / someone with more training / a stronger manager / a practitioner who was more "
    "alert”), also as the agent elsewhere in such a sentence (“in the hands of a more "
    "experienced worker”) or after “needed”; or good professionals in general in the present "
    "(“Good social workers do not accept …”, “Any good midwife asks …”); not “would have "
    "done the same”.",
    "excuse-duty": "Structure: moralising read from the sentence: nothing or no amount of "
    "anything can justify or excuse it, or a negated “justify/excuse”; something is never or "
    "not a reason or an excuse to …; someone “owed” a child something; an agency must answer "
    "for a decision; hiding or sheltering behind a policy.",
    "too-little": "Structure: practice “too vague / infrequent / shallow to …” (“too” with an "
    "adjective and a to-clause, said of a thing, not of a child, a family or a professional, "
    "and not of age, size or time: “too young to attend”); “not … in sufficient depth”, "
    "“without adequate scrutiny”.",
    "modal-adverb": "Structure: a modal and its “have” with words between them, commas "
    "included (“should, at the very least, have”, “ought, in our view, to have”, “could, "
    "and should, have”); after could/might/would only words of ease or certainty (“might "
    "easily have”, “could have easily checked”), and not about a family or a possibility "
    "(“could easily have been on call”); not a deadline (“must, within five days, have”).",
}
DOC_PATH = Path(__file__).resolve().parents[3] / "docs" / "language-rules.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown() -> str:
    version, rules = shipped_rules_file()
    lines = [
        "# Language check: the rules",
        "",
        "<!-- Generated from src/casewindow/language/rules.yaml by "
        "`python -m casewindow.language.docs`; do not edit by hand. -->",
        "",
        "A systems review explains why practice made sense to the people doing it, with what "
        "they knew at the time (SCIE *Learning Together*: analysis that explains rather than "
        "describes, and minimises hindsight and outcome bias). The language check flags wording "
        "that judges practice with the outcome known, with a short explanation and a question "
        "to ask instead. It is a prompt for the writer, not a verdict: a reviewer can dismiss "
        "any flag with a reason (a quotation, a factual use).",
        "",
        f"Rules version {version}: {len(rules)} rules. Matching is case-insensitive, at word "
        "boundaries; straight and curly apostrophes are the same. Where two rules' phrases "
        "overlap, the one that starts first (then the longer) is shown. A phrase inside one of "
        "a rule's *exceptions* is not flagged (for example “missed appointment” is a fact, "
        "“missing person” a police term, “failure to thrive” a clinical one).",
        "",
        "Some rules are sentence structures rather than phrases (“Had the midwife asked, the "
        "mother would have disclosed it”; “A more experienced social worker would have …”), "
        "found with spaCy's dependency parser and its small English model, loaded once per "
        "process from the installed package. The parser also keeps blame words from being "
        "flagged where the writer does not blame:",
        "",
        '- inside quotation marks (“…”, "…", ‘…’), or named as words (“words such as '
        "failed to”): the reviewer reports or discusses the words;",
        "- in reported speech (“The health visitor told us that she should have …”);",
        "- under a negation or rejection of the blame: “We do not consider that the GP should "
        "have …”, “The practitioners were not careless”, “no evidence that anyone failed "
        "to …”, “It would be wrong to conclude that …”, “Rather than asking who should have "
        "acted …”;",
        "- in the review's own text about hindsight and bias: “Hindsight bias makes outcomes "
        "seem predictable”, “The review considered whether the outcome could have been "
        "foreseen”.",
        "",
        "Only sentences that need it are parsed (a “would/could/might … have”, an evaluative "
        "word such as “competent”, or a flag beside a negation or method word), each once per "
        "process. Without the model the check still runs its phrases and skips quotations.",
        "",
        "Where it runs:",
        "",
        "- the review's **Language check** page: findings, key practice episodes and their "
        "contributory factors, recommendations, the multi-agency narrative (each section's "
        "text and each agency's perspective, as the plain text a reader sees, without the "
        "Markdown) and the report's sections written by the review team, each with a link to "
        "where it is changed;",
        "- a draft's **wording check** (linked from the draft's page as “Check the wording of "
        "this draft”, with the count of open flags on the drafts list): every paragraph, list "
        "item and table cell of the draft as it was frozen, grouped by section; a dismissal "
        "there holds for that draft only. Flags are for the review team (report.view to read, "
        "report.edit to dismiss): the people a draft is shared with never see them;",
        "- the **working report**: each section written by the review team shows its open "
        "flags under it (“Wording to check”), and “Check the wording of the whole report” "
        "checks the report as assembled now. Both use the keys `report:<section key>`, so a "
        "dismissal on one holds on the other and on the review's page;",
        "- any page that shows text with the `language/_flagged_text.html` include or the "
        "`{% flagged_text %}` tag, and `casewindow check_language FILE [--json] "
        "[--partnership NAME]`.",
        "",
        "Partnerships extend the list without code changes: a business manager opens the "
        "partnership's **Language rules** page to add phrases (with `*` for any ending, e.g. "
        "`non-complian*`), each with its explanation and prompt, and to switch a shipped rule "
        "off with a reason (or back on).",
        "",
        "## Categories",
        "",
        "| category | what it catches |",
        "|---|---|",
    ]
    meanings = {
        "hindsight": "the outcome read back into what was known at the time",
        "counterfactual": "what should or could have happened instead",
        "blame": "fault, motive and character attributed to people",
        "judgement": "verdicts on practice that explain nothing",
        "certainty": "interpretation presented as fact",
    }
    for key, label in CATEGORIES.items():
        lines.append(f"| {label} | {meanings[key]} |")
    lines += [
        "",
        "## Using the check on a page",
        "",
        "- `casewindow.language.selectors.flags_for(review=..., context_key=..., text=...)` "
        "returns the flags of a text (shipped rules plus the review's partnership's), each "
        "with `start`, `end`, `phrase`, `rule_id`, `category`, `explanation`, `prompt`, "
        "`sentence`, and `dismissed`/`dismissal` for flags a reviewer has dismissed. A page "
        "that checks many texts builds one `LanguageCheck(review)` and calls `.flags(key, "
        "text)`; `flags_for_report(review=..., content=..., context_prefix=...)` checks a "
        "whole `ReportContent`.",
        "- The context key says where the text is: `finding:<uuid>:<field>`, "
        "`episode:<uuid>:<field>`, `factor:<uuid>:explanation`, "
        "`recommendation:<uuid>:text`, `narrative:<uuid>:body`, `perspective:<uuid>:body`, "
        "`report:<section key>` (the working report), `draft:<uuid>:<section key>`. A "
        "dismissal is matched "
        "on the key, the rule, the phrase and its sentence, so it survives edits elsewhere in "
        "the text; rewriting the sentence brings the flag back.",
        "- `{% load language_tags %}{% flagged_text review context_key text %}` renders the "
        "text with its flags marked (highlight, wavy underline, a numbered link and a "
        "visually hidden “flagged:” label, so they are found without colour), and under it "
        "each flag's explanation, prompt and — for members with `report.edit` — a form to "
        "dismiss it with a reason. The include `language/_flagged_text.html` does the same "
        "from flags a view has already computed.",
    ]
    lines += ["", "## Rules", ""]
    for rule in rules:
        lines += [
            f"### {rule.title} (`{rule.id}`)",
            "",
            f"Category: {rule.category_label}.",
            "",
            rule.explanation,
            "",
            f"**Ask instead:** {rule.prompt}",
            "",
            *([STRUCTURES_TEXT[rule.structural], ""] if rule.structural else []),
            *(
                ["Patterns: " + ", ".join(f"`{p}`" for p in rule.patterns), ""]
                if rule.patterns
                else []
            ),
        ]
        if rule.exceptions:
            lines += [
                "Not flagged (factual uses): " + ", ".join(f"`{p}`" for p in rule.exceptions),
                "",
            ]
        lines += ["| flagged | not flagged |", "|---|---|"]
        rows = max(len(rule.examples_flag), len(rule.examples_pass))
        for i in range(rows):
            flagged = rule.examples_flag[i] if i < len(rule.examples_flag) else ""
            passed = rule.examples_pass[i] if i < len(rule.examples_pass) else ""
            lines.append(f"| {_cell(flagged)} | {_cell(passed)} |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    DOC_PATH.write_text(rules_markdown(), encoding="utf-8")
    print(f"wrote {DOC_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
