"""GOV.UK components as template tags: `{% load govuk %}`."""

from collections.abc import Container, Iterable

from django import template
from django.template.base import FilterExpression
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, SafeString

from casewindow.state_tags import tag_for

register = template.Library()


@register.simple_tag
def state_tag(kind: str, state: object, text: str | None = None) -> SafeString:
    """`<strong class="govuk-tag govuk-tag--…">…</strong>` for a state (casewindow/state_tags.py),
    the same markup as govuk/components/tag.html."""
    tag = tag_for(kind, state, text)
    return format_html('<strong class="{}">{}</strong>', tag.css_class, tag.text)


class CaptureNode(template.Node):
    def __init__(self, name: str, nodelist: template.NodeList) -> None:
        self.name, self.nodelist = name, nodelist

    def render(self, context: template.Context) -> str:
        context[self.name] = SafeString(self.nodelist.render(context).strip())
        return ""


@register.tag("capture")
def capture(parser: template.base.Parser, token: template.base.Token) -> CaptureNode:
    """Words made from several values, kept for a tag's argument (a caption with a count):

    {% capture caption %}{{ label }} ({{ people|length }}){% endcapture %}
    {% table caption "Name" %}…{% endtable %}

    The values are escaped as anywhere on the page; the words are not escaped a second time."""
    bits = token.split_contents()
    if len(bits) != 2 or not bits[1].isidentifier():
        raise template.TemplateSyntaxError("capture needs one name: {% capture caption %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(bits[1], nodelist)


# --- a table --------------------------------------------------------------------------------------

CAPTION_CLASSES = {
    "hidden": "govuk-table__caption govuk-visually-hidden",
    "m": "govuk-table__caption govuk-table__caption--m",
    "s": "govuk-table__caption govuk-table__caption--s",
}
TABLE_OPTIONS = {"caption_size", "classes", "heads", "id", "row_groups", "testid"}


class Head(str):
    """A column heading with how it is shown: read out only, over numbers, or left out."""

    hidden = False
    numeric = False
    omitted = False
    hint: str | None = None
    width = ""


class SafeHead(Head, SafeData):
    """A heading made of escaped values ({% capture %}), not escaped a second time."""


def _head(text: str, **how: bool) -> Head:
    head = SafeHead(text) if isinstance(text, SafeData) else Head(text)
    for name in ("hidden", "numeric", "omitted"):
        setattr(head, name, how.get(name, getattr(text, name, False)))
    head.hint = getattr(text, "hint", None)
    head.width = getattr(text, "width", "")
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


WIDTHS = {"full", "three-quarters", "two-thirds", "one-half", "one-third", "one-quarter"}


@register.filter
def width(text: str, share: str) -> Head:
    """A column given a share of the table's width (GOV.UK's width override), so that tables one
    above another line up: `"Name"|width:"one-quarter"`."""
    if share not in WIDTHS:
        raise template.TemplateSyntaxError(f"table: no column width {share!r}")
    head = _head(text)
    head.width = share
    return head


@register.filter
def allows(can: Container[str], permission: str) -> bool:
    """A permission as a value, for a column only some readers get and its cells:
    `{% with may_edit=can|allows:"agency.edit" %}`. Unlike inside `{% if %}`, a misspelt
    permission raises here (accounts.access.Can) instead of hiding the column from everyone."""
    return permission in can


@register.filter
def with_hints(pairs: Iterable[tuple[str, str]]) -> list[Head]:
    """Columns the page counts, each heading with a second, smaller line under it (what a column
    of an uploaded file was read as): `columns|with_hints`, from (heading, hint) pairs."""
    heads = []
    for text, hint in pairs:
        head = _head(text)
        head.hint = hint or ""
        heads.append(head)
    return heads


@register.filter
def numeric_each(texts: Iterable[str]) -> list[Head]:
    """Headings from a list, each over numbers: `heads=table.columns|slice:"1:"|numeric_each`."""
    return [numeric(text) for text in texts]


def _header(text: object) -> SafeString:
    if getattr(text, "omitted", False):
        return SafeString("")
    if text == "":  # the blank corner over a column of <th scope="row"> headings
        return SafeString('<td class="govuk-table__header"></td>')
    css = "govuk-table__header"
    if getattr(text, "numeric", False):
        css += " govuk-table__header--numeric"
    share = getattr(text, "width", "")
    if share:
        css += f" govuk-!-width-{share}"
    if getattr(text, "hidden", False):
        return format_html(
            '<th scope="col" class="{}"><span class="govuk-visually-hidden">{}</span></th>',
            css,
            text,
        )
    hint = getattr(text, "hint", None)
    if hint is not None:
        markup = '<th scope="col" class="{}">{}<br><span class="govuk-body-s">{}</span></th>'
        return format_html(markup, css, text, hint)
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
        heads = [head.resolve(context) for head in self.heads] + list(options.get("heads") or [])
        caption = self.caption.resolve(context)
        caption_html = (
            SafeString("")
            if caption is None
            else format_html('  <caption class="{}">{}</caption>\n', CAPTION_CLASSES[size], caption)
        )
        rows = self.rows.render(context)
        if not options.get("row_groups"):
            rows = format_html('  <tbody class="govuk-table__body">{}</tbody>\n', rows)
        return format_html(
            '<table class="{}"{}>\n{}'
            '  <thead class="govuk-table__head"><tr class="govuk-table__row">{}</tr></thead>\n'
            "{}"
            "</table>",
            classes,
            attributes,
            caption_html,
            SafeString("".join(_header(head) for head in heads)),
            rows,
        )


@register.tag("table")
def table(parser: template.base.Parser, token: template.base.Token) -> TableNode:
    """A GOV.UK table: its caption, its column headings, and the rows written inside.

    {% table "Removed sections" "Section" "Removed" "Restore"|visually_hidden %}
      {% for section in sections %}<tr class="govuk-table__row">…</tr>{% endfor %}
    {% endtable %}

    A heading can be `|numeric`, `|visually_hidden`, `|width:"one-quarter"` (GOV.UK's width
    override), or `|shown_if:condition` (a column only some readers get: the rows leave out its
    cells under the same condition; for a permission, name it once with
    `{% with may_edit=can|allows:"analysis.edit" %}`). A caption or heading made of several
    values: `{% capture %}`. "" is the blank corner over a column of `<th scope="row">` headings.

    Options: caption_size="hidden" (the default: read out, not shown), "m" or "s";
    classes="govuk-table--small-text-until-tablet"; id="…"; testid="…" (data-testid);
    heads=a_list (headings from a list, after any written out: `heads=columns|with_hints`,
    `heads=columns|numeric_each`, `heads=block.rows.0`);
    row_groups=True when the rows are groups, each written in its own
    `<tbody class="govuk-table__body">` (entries grouped under an event).

    A table that is a piece of written text (a table in a report section) has no caption of its
    own: `{% table None heads=block.rows.0 %}`."""
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
