"""The GOV.UK component includes (templates/govuk/components/) and that templates use them."""

import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string

from casewindow.state_tags import COLOURS, OTHERWISE, STATE_TAGS, tag_for

SOURCE = Path(__file__).resolve().parent.parent / "src" / "casewindow"
# A summary-list row with a plain key and one value, written out by hand.
PLAIN_ROW = re.compile(
    r'<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">[^<{"]*</dt>'
    r'<dd class="govuk-summary-list__value">\{\{ [^}]* \}\}</dd></div>'
)


def test_no_template_writes_a_plain_summary_list_row_by_hand() -> None:
    by_hand = [
        f"{path.relative_to(SOURCE)}: {found}"
        for path in sorted(SOURCE.rglob("*.html"))
        for found in PLAIN_ROW.findall(path.read_text())
    ]
    assert not by_hand, "use govuk/components/summary_list_row.html:\n" + "\n".join(by_hand)


def test_a_summary_list_row_escapes_its_value_and_offers_a_change_link() -> None:
    html = render_to_string(
        "govuk/components/summary_list_row.html",
        {"key": "Name", "value": "<b>Sam</b>", "change_url": "/edit/"},
    )
    assert (
        '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt>'
        '<dd class="govuk-summary-list__value">&lt;b&gt;Sam&lt;/b&gt;</dd>'
        '<dd class="govuk-summary-list__actions"><a class="govuk-link" href="/edit/">Change'
        '<span class="govuk-visually-hidden"> name</span></a></dd></div>'
    ) in html
    plain = render_to_string("govuk/components/summary_list_row.html", {"key": "N", "value": 0})
    assert '<dd class="govuk-summary-list__value">0</dd></div>' in plain
    assert "Change" not in plain


def test_a_tag_has_its_colour() -> None:
    html = render_to_string("govuk/components/tag.html", {"text": "Late", "colour": "red"})
    assert '<strong class="govuk-tag govuk-tag--red">Late</strong>' in html
    assert '<strong class="govuk-tag">New</strong>' in render_to_string(
        "govuk/components/tag.html", {"text": "New"}
    )


def test_the_removal_buttons_go_back_to_the_page_with_its_anchor() -> None:
    html = render_to_string(
        "govuk/components/confirm_removal.html",
        {"cancel_url": "/narrative/", "cancel_anchor": "section-", "cancel_anchor_id": "abc"},
    )
    assert '<a class="govuk-link" href="/narrative/#section-abc">No, go back</a>' in html
    assert "Yes, remove</button>" in html


# --- a tag from a state (casewindow/state_tags.py, {% state_tag %}) -----------------------------

# A state's tag written out by hand: `{% if x.state == "…" %}<strong class="govuk-tag`.
HAND_STATE_TAG = re.compile(r"\{% (?:el)?if [\w.]+ == [\"']\w+[\"'] %\}<strong class=\"govuk-tag")
# States that are more than one field (a document read or not, an export with its message).
COMPOSITE_STATES = {"evidence/templates/evidence/document_status_tag.html",
                    "reports/templates/reports/export_list.html"}  # fmt: skip


def _state_tag(kind: str, state: object, text: str | None = None) -> str:
    template = Template("{% load govuk %}{% state_tag kind state text %}")
    return template.render(Context({"kind": kind, "state": state, "text": text}))


def test_a_state_tag_has_the_colour_and_words_of_its_state() -> None:
    assert _state_tag("factor_effect", "helped") == (
        '<strong class="govuk-tag govuk-tag--green">Helped</strong>'
    )
    assert _state_tag("episode_appraisal", "problematic") == (
        '<strong class="govuk-tag govuk-tag--red">Problematic</strong>'
    )
    # A state the kind does not list takes the kind's last word.
    assert _state_tag("episode_appraisal", "") == (
        '<strong class="govuk-tag govuk-tag--grey">Not yet appraised</strong>'
    )
    assert _state_tag("agreement_side", "only_b") == (
        '<strong class="govuk-tag govuk-tag--purple">Only the second coder</strong>'
    )


def test_a_state_tag_takes_its_words_from_the_page_when_given_and_escapes_them() -> None:
    assert _state_tag("due_state", "met_late", "met 2 days late") == (
        '<strong class="govuk-tag govuk-tag--red">met 2 days late</strong>'
    )
    assert _state_tag("comment_status", "answered", "<b>Answered</b>") == (
        '<strong class="govuk-tag govuk-tag--turquoise">&lt;b&gt;Answered&lt;/b&gt;</strong>'
    )


def test_a_state_tag_is_the_markup_of_the_tag_include() -> None:
    """{% state_tag %} and govuk/components/tag.html must not drift apart."""
    for kind, state in [("draft_change", "added"), ("publication_group", "register")]:
        tag = tag_for(kind, state)
        included = render_to_string(
            "govuk/components/tag.html", {"text": tag.text, "colour": tag.colour}
        )
        assert _state_tag(kind, state) in included


def test_every_kind_of_state_has_a_last_word_and_gov_uk_colours() -> None:
    for kind, states in STATE_TAGS.items():
        assert OTHERWISE in states, kind
        assert {tag.colour for tag in states.values()} <= COLOURS, kind


def test_a_misspelt_kind_of_state_is_an_error_not_a_blank() -> None:
    with pytest.raises(ValueError, match="factor_efect"):
        _state_tag("factor_efect", "helped")


def test_no_template_writes_a_state_tag_by_hand() -> None:
    by_hand = [
        f"{path.relative_to(SOURCE)}: {found}"
        for path in sorted(SOURCE.rglob("*.html"))
        if str(path.relative_to(SOURCE)) not in COMPOSITE_STATES
        for found in HAND_STATE_TAG.findall(path.read_text())
    ]
    assert not by_hand, "use {% state_tag %} (casewindow/state_tags.py):\n" + "\n".join(by_hand)


# --- a table ({% table %}) ------------------------------------------------------------------------


def _table(source: str, **context: object) -> str:
    return Template("{% load govuk %}" + source).render(Context(context))


def test_a_table_has_its_caption_headings_and_rows() -> None:
    html = _table(
        '{% table "Removed sections" "Section" "Entries"|numeric "Restore"|visually_hidden %}'
        '{% for row in rows %}<tr class="govuk-table__row"><td class="govuk-table__cell">'
        "{{ row }}</td></tr>{% endfor %}{% endtable %}",
        rows=["<b>Early help</b>"],
    )
    assert html == (
        '<table class="govuk-table">\n'
        '  <caption class="govuk-table__caption govuk-visually-hidden">Removed sections</caption>\n'
        '  <thead class="govuk-table__head"><tr class="govuk-table__row">'
        '<th scope="col" class="govuk-table__header">Section</th>'
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Entries</th>'
        '<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">'
        "Restore</span></th></tr></thead>\n"
        '  <tbody class="govuk-table__body"><tr class="govuk-table__row">'
        '<td class="govuk-table__cell">&lt;b&gt;Early help&lt;/b&gt;</td></tr></tbody>\n'
        "</table>"
    )


def test_a_table_caption_can_be_shown_and_the_table_named_for_tests_and_links() -> None:
    html = _table(
        '{% table caption "Date" caption_size="m" classes="govuk-table--small-text-until-tablet" '
        'testid="letters" id="sent" %}{% endtable %}',
        caption="Letters <sent>",
    )
    assert html.startswith(
        '<table class="govuk-table govuk-table--small-text-until-tablet" id="sent" '
        'data-testid="letters">\n'
        '  <caption class="govuk-table__caption govuk-table__caption--m">Letters &lt;sent&gt;'
        "</caption>"
    )


@pytest.mark.parametrize("may_remove", [True, False])
def test_a_table_leaves_out_a_column_the_reader_does_not_get(may_remove: bool) -> None:
    html = _table(
        '{% table "Members" "Name" "Remove"|visually_hidden|shown_if:may_remove %}{% endtable %}',
        may_remove=may_remove,
    )

    assert '<th scope="col" class="govuk-table__header">Name</th>' in html
    assert ("Remove</span></th>" in html) is may_remove
    assert html.count("<th ") == (2 if may_remove else 1)


def test_a_table_column_can_have_a_share_of_the_width_whatever_else_it_is() -> None:
    html = _table(
        '{% table "Members" "Name"|width:"one-quarter" "Count"|numeric|width:"one-third" %}'
        "{% endtable %}"
    )

    assert '<th scope="col" class="govuk-table__header govuk-!-width-one-quarter">Name</th>' in html
    assert (
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric '
        'govuk-!-width-one-third">Count</th>'
    ) in html


def test_a_table_column_width_is_one_gov_uk_has() -> None:
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="one-fifth"):
        _table('{% table "Members" "Name"|width:"one-fifth" %}{% endtable %}')


def test_a_caption_made_of_several_values_is_escaped_once() -> None:
    html = _table(
        "{% for label, people in groups %}{% capture caption %} {{ label }} "
        '({{ people|length }}) {% endcapture %}{% table caption "Name" caption_size="m" %}'
        "{% endtable %}{% endfor %}",
        groups=[("Children & <family>", ["A", "B"]), ("Staff", ["C"])],
    )

    assert (
        '<caption class="govuk-table__caption govuk-table__caption--m">'
        "Children &amp; &lt;family&gt; (2)</caption>"
    ) in html
    assert (
        '<caption class="govuk-table__caption govuk-table__caption--m">Staff (1)</caption>'
    ) in html


def test_a_permission_named_once_shows_a_column_and_its_cells_to_those_who_have_it() -> None:
    from casewindow.accounts.access import Can, Permission

    source = (
        '{% with may_edit=can|allows:"analysis.edit" %}'
        '{% table "Factors" "Factor" "Change"|visually_hidden|shown_if:may_edit %}'
        '<tr class="govuk-table__row"><td class="govuk-table__cell">Risk</td>'
        '{% if may_edit %}<td class="govuk-table__cell">Change</td>{% endif %}</tr>'
        "{% endtable %}{% endwith %}"
    )
    editor = _table(source, can=Can([Permission.ANALYSIS_EDIT]))
    reader = _table(source, can=Can([Permission.ANALYSIS_VIEW]))

    assert editor.count("<th ") == 2 and editor.count("<td ") == 2
    assert reader.count("<th ") == 1 and reader.count("<td ") == 1


def test_a_permission_named_once_refuses_a_misspelt_name() -> None:
    from django.core.exceptions import ImproperlyConfigured

    from casewindow.accounts.access import Can

    with pytest.raises(ImproperlyConfigured, match=r"analysis\.edti"):
        _table('{% with x=can|allows:"analysis.edti" %}{% endwith %}', can=Can())


def test_a_table_has_a_blank_corner_over_row_headings_and_a_column_per_item_of_a_list() -> None:
    html = _table('{% table "How each agency recorded it" "" heads=agencies %}{% endtable %}',
                  agencies=["Police", "<Health>"])  # fmt: skip

    assert (
        '<tr class="govuk-table__row"><td class="govuk-table__header"></td>'
        '<th scope="col" class="govuk-table__header">Police</th>'
        '<th scope="col" class="govuk-table__header">&lt;Health&gt;</th></tr>'
    ) in html


def test_a_table_heading_can_carry_a_second_line() -> None:
    html = _table('{% table "Rows" "Row" heads=columns|with_hints %}{% endtable %}',
                  columns=[("Date", "Date of the event"), ("Notes", "")])  # fmt: skip

    assert (
        '<th scope="col" class="govuk-table__header">Row</th>'
        '<th scope="col" class="govuk-table__header">Date<br>'
        '<span class="govuk-body-s">Date of the event</span></th>'
        '<th scope="col" class="govuk-table__header">Notes<br>'
        '<span class="govuk-body-s"></span></th>'
    ) in html


def test_a_table_of_row_groups_writes_each_group_in_its_own_body() -> None:
    html = _table(
        '{% table "Entries" "Date" row_groups=True %}{% for group in groups %}'
        '<tbody class="govuk-table__body"><tr class="govuk-table__row">'
        '<td class="govuk-table__cell">{{ group }}</td></tr></tbody>{% endfor %}{% endtable %}',
        groups=["1 May", "2 May"],
    )

    assert html.count('<tbody class="govuk-table__body">') == 2
    assert html.endswith("</tr></tbody></table>")


def test_a_caption_the_page_puts_together_is_escaped_once() -> None:
    html = _table(
        "{% capture caption %}\n{{ n }} conversation{{ n|pluralize }} with {{ name }}\n"
        '{% endcapture %}{% table caption "Date" %}{% endtable %}',
        n=2,
        name="Sam <Jones>",
    )

    caption = '<caption class="govuk-table__caption govuk-visually-hidden">'
    assert caption + "2 conversations with Sam &lt;Jones&gt;</caption>" in html


def test_a_table_of_the_reports_own_has_headings_from_its_first_row_and_no_caption() -> None:
    html = _table(
        '{% table None heads=rows.0 %}{% for row in rows|slice:"1:" %}<tr>{{ row.0 }}</tr>'
        "{% endfor %}{% endtable %}",
        rows=[["Agency <a>", "Contacts"], ["School", "3"]],
    )

    assert "<caption" not in html
    assert html.startswith(
        '<table class="govuk-table">\n'
        '  <thead class="govuk-table__head"><tr class="govuk-table__row">'
        '<th scope="col" class="govuk-table__header">Agency &lt;a&gt;</th>'
        '<th scope="col" class="govuk-table__header">Contacts</th></tr></thead>\n'
        '  <tbody class="govuk-table__body"><tr>School</tr></tbody>'
    )


def test_headings_from_a_list_follow_those_written_out_and_can_each_be_over_numbers() -> None:
    html = _table(
        '{% table "Figures" columns.0 heads=columns|slice:"1:"|numeric_each %}{% endtable %}',
        columns=["Area", "2024", "2025"],
    )

    assert re.findall(r'<th scope="col" class="([^"]+)">([^<]+)</th>', html) == [
        ("govuk-table__header", "Area"),
        ("govuk-table__header govuk-table__header--numeric", "2024"),
        ("govuk-table__header govuk-table__header--numeric", "2025"),
    ]


def test_a_heading_made_of_several_values_is_escaped_once() -> None:
    html = _table(
        "{% capture helped %}{{ reference }}: helped{% endcapture %}"
        '{% table "Factors" "Area" helped|numeric %}{% endtable %}',
        reference="R&D <1>",
    )

    assert (
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">'
        "R&amp;D &lt;1&gt;: helped</th>"
    ) in html


HAND_TABLE = re.compile(r'<table[^>]*class="govuk-table')


def test_no_template_writes_a_table_by_hand() -> None:
    by_hand = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.html")
        if HAND_TABLE.search(path.read_text())
    )
    assert not by_hand, "use {% table %}: " + ", ".join(by_hand)


def test_a_table_refuses_an_option_it_does_not_have() -> None:
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="caption_sise"):
        _table('{% table "T" "A" caption_sise="m" %}{% endtable %}')
