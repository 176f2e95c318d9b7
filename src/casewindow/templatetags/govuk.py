"""GOV.UK components as template tags: `{% load govuk %}`."""

from django import template
from django.template.base import FilterExpression
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from casewindow.state_tags import tag_for

register = template.Library()


@register.simple_tag
def state_tag(kind: str, state: object, text: str | None = None) -> SafeString:
    """`<strong class="govuk-tag govuk-tag--…">…</strong>` for a state (casewindow/state_tags.py),
    the same markup as govuk/components/tag.html."""
    tag = tag_for(kind, state, text)
    return format_html('<strong class="{}">{}</strong>', tag.css_class, tag.text)


# --- a table --------------------------------------------------------------------------------------

CAPTION_CLASSES = {
    "hidden": "govuk-table__caption govuk-visually-hidden",
    "m": "govuk-table__caption govuk-table__caption--m",
    "s": "govuk-table__caption govuk-table__caption--s",
}
TABLE_OPTIONS = {"caption_size", "classes", "id", "testid"}


class Head(str):
    """A column heading with how it is shown: read out only, over numbers, or left out."""

    hidden = False
    numeric = False
    omitted = False


def _head(text: str, **how: bool) -> Head:
    head = Head(text)
    for name in ("hidden", "numeric", "omitted"):
        setattr(head, name, how.get(name, getattr(text, name, False)))
    return head


@register.filter
def visually_hidden(text: str) -> Head:
    """A heading read out but not shown (a column of buttons): `"Restore"|visually_hidden`."""
    return _head(text, hidden=True)


@register.filter
def numeric(text: str) -> Head:
    """A heading over numbers, aligned right as they are: `"Entries"|numeric`."""
    return _head(text, numeric=True)


@register.filter
def shown_if(text: str, condition: object) -> Head:
    """A column only some readers get (one who may remove rows):
    `"Remove"|visually_hidden|shown_if:may_remove`. The rows leave out its cells the same way."""
    return _head(text, omitted=not condition)


def _header(text: object) -> SafeString:
    if getattr(text, "omitted", False):
        return SafeString("")
    css = "govuk-table__header"
    if getattr(text, "numeric", False):
        css += " govuk-table__header--numeric"
    if getattr(text, "hidden", False):
        return format_html(
            '<th scope="col" class="{}"><span class="govuk-visually-hidden">{}</span></th>',
            css,
            text,
        )
    return format_html('<th scope="col" class="{}">{}</th>', css, text)


class TableNode(template.Node):
    def __init__(
        self,
        caption: FilterExpression,
        heads: list[FilterExpression],
        options: dict[str, FilterExpression],
        rows: template.NodeList,
    ) -> None:
        self.caption, self.heads, self.options, self.rows = caption, heads, options, rows

    def render(self, context: template.Context) -> SafeString:
        options = {name: value.resolve(context) for name, value in self.options.items()}
        size = options.get("caption_size") or "hidden"
        if size not in CAPTION_CLASSES:
            raise template.TemplateSyntaxError(f"table: no caption size {size!r}")
        classes = f"govuk-table {options['classes']}" if options.get("classes") else "govuk-table"
        attributes = format_html_join(
            "",
            ' {}="{}"',
            [
                (name, options[key])
                for key, name in (("id", "id"), ("testid", "data-testid"))
                if options.get(key)
            ],
        )
        heads = SafeString("".join(_header(head.resolve(context)) for head in self.heads))
        return format_html(
            '<table class="{}"{}>\n'
            '  <caption class="{}">{}</caption>\n'
            '  <thead class="govuk-table__head"><tr class="govuk-table__row">{}</tr></thead>\n'
            '  <tbody class="govuk-table__body">{}</tbody>\n'
            "</table>",
            classes,
            attributes,
            CAPTION_CLASSES[size],
            self.caption.resolve(context),
            heads,
            self.rows.render(context),
        )


@register.tag("table")
def table(parser: template.base.Parser, token: template.base.Token) -> TableNode:
    """A GOV.UK table: its caption, its column headings, and the rows written inside.

    {% table "Removed sections" "Section" "Removed" "Restore"|visually_hidden %}
      {% for section in sections %}<tr class="govuk-table__row">…</tr>{% endfor %}
    {% endtable %}

    A heading can be `|numeric`, `|visually_hidden`, or `|shown_if:condition` (a column only some
    readers get: the rows leave out its cells under the same condition).

    Options: caption_size="hidden" (the default: read out, not shown), "m" or "s";
    classes="govuk-table--small-text-until-tablet"; id="…"; testid="…" (data-testid)."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("table needs a caption")
    positional: list[FilterExpression] = []
    options: dict[str, FilterExpression] = {}
    for bit in bits:
        name, equals, value = bit.partition("=")
        if equals and name in TABLE_OPTIONS:
            options[name] = parser.compile_filter(value)
        elif equals and name.isidentifier():
            raise template.TemplateSyntaxError(f"table has no option {name!r}")
        else:
            positional.append(parser.compile_filter(bit))
    rows = parser.parse(("endtable",))
    parser.delete_first_token()
    return TableNode(positional[0], positional[1:], options, rows)
