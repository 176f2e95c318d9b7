"""Differences between two drafts: sections matched on their key, changed paragraphs shown word
by word."""

from casewindow.drafts.differences import draft_differences, word_difference
from casewindow.reports.content import Block, ReportContent, Section


def report(*sections: Section) -> ReportContent:
    return ReportContent("Child X", "REF-1", "A partnership", "Draft", "1 May 2026", sections)


def para(text: str) -> Block:
    return Block("paragraph", text=text)


def test_word_difference_marks_inserted_and_deleted_words_and_rebuilds_each_side() -> None:
    old = "Health visitors are not invited to strategy discussions."
    new = "Health visitors are not routinely invited to police-led strategy discussions."

    pieces = word_difference(old, new)

    assert [(p.op, p.text.strip()) for p in pieces if p.op != "same"] == [
        ("inserted", "routinely"),
        ("inserted", "police-led"),
    ]
    assert "".join(p.text for p in pieces if p.op != "inserted") == old
    assert "".join(p.text for p in pieces if p.op != "deleted") == new


def test_word_difference_of_a_replaced_word_deletes_then_inserts() -> None:
    pieces = word_difference("agencies knew the family", "agencies met the family")

    changed = [(p.op, p.text) for p in pieces if p.op != "same"]
    assert changed == [("deleted", "knew"), ("inserted", "met")]


def test_sections_are_matched_on_key_added_removed_changed_or_the_same() -> None:
    a = report(
        Section("introduction", "1", "Introduction", (para("Child X was two."),)),
        Section("methodology", "2", "Methodology", (para("We met the case group twice."),)),
        Section("old-appendix", "3", "Appendix", (para("Glossary."),)),
    )
    b = report(
        Section("introduction", "1", "Introduction", (para("Child X was two."),)),
        Section("methodology", "2", "Methodology", (para("We met the case group three times."),)),
        Section("findings", "3", "Findings", (para("Finding one."),)),
    )

    result = {d.key: d for d in draft_differences(a, b)}

    assert result["introduction"].change == "same"
    assert result["methodology"].change == "changed"
    assert result["old-appendix"].change == "removed"
    assert result["findings"].change == "added"
    (line,) = result["methodology"].lines
    assert line.change == "changed"
    assert {(p.op, p.text) for p in line.words if p.op != "same"} == {
        ("deleted", "twice."),
        ("inserted", "three times."),
    }
    assert [line.text for line in result["findings"].lines] == ["Finding one."]


def test_subsections_lists_and_renumbering_are_compared() -> None:
    finding = Section("finding-1", "5.1", "Strategy discussions", (para("Pattern."),))
    a = report(Section("findings", "5", "Findings", subsections=(finding,)))
    moved = Section(
        "finding-1",
        "6.1",
        "Strategy discussions",
        (para("Pattern."), Block("list", items=("Question one", "Question two"))),
    )
    b = report(Section("findings", "6", "Findings", subsections=(moved,)))

    result = {d.key: d for d in draft_differences(a, b)}

    assert result["finding-1"].depth == 1
    assert result["finding-1"].title_changed and result["finding-1"].old_number == "5.1"
    assert [(line.change, line.kind, line.text) for line in result["finding-1"].lines] == [
        ("same", "paragraph", "Pattern."),
        ("added", "list item", "Question one"),
        ("added", "list item", "Question two"),
    ]
    assert result["findings"].change == "changed"  # renumbered


def test_identical_reports_have_no_changes() -> None:
    same = report(Section("introduction", "1", "Introduction", (para("Text."),)))

    assert [d.change for d in draft_differences(same, same)] == ["same"]
