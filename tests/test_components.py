"""The GOV.UK component includes (templates/govuk/components/) and that templates use them."""

import re
from pathlib import Path

from django.template.loader import render_to_string

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
