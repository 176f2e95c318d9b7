"""The publication check's preview marks, for use inside GOV.UK components."""

from collections.abc import Iterable
from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag(takes_context=True)
def marked_cells(context: template.Context, cells: Iterable[Iterable[Any]] | None) -> list[str]:
    """Each cell of a report table's row as its pieces with their marks (`piece.html`), to be
    the table's headings: `{% marked_cells text.rows.0 as heads %}{% table None heads=heads %}`."""
    shows_real_names = context.get("show_real_names", False)
    return [
        format_html_join(
            "",
            "{}",
            (
                (
                    render_to_string(
                        "anonymisation/piece.html",
                        {"piece": piece, "show_real_names": shows_real_names},
                    ),
                )
                for piece in cell
            ),
        )
        for cell in cells or []
    ]
