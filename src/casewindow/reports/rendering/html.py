"""The report as one self-contained, accessible HTML file (a download, not a page of the app:
its stylesheet is inside it and it loads nothing). The PDF is printed from the same HTML with a
print stylesheet, so the two always say the same thing.

Headings follow the report's structure: the title is h1, each numbered part h2, its subparts
h3, and headings inside a part one level below the part's own heading."""

from html import escape

from casewindow.reports.content import Block, ReportContent, Section, logo_png

SCREEN_CSS = """
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 1.1875rem;
  line-height: 1.45; color: #0b0c0c; background: #fff; margin: 0; }
.report { max-width: 46em; margin: 0 auto; padding: 1.5em 1em 4em; }
a { color: #1d70b8; } a:visited { color: #4c2c92; }
a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
h1 { font-size: 2.25rem; line-height: 1.15; margin: 0.5em 0; }
h2 { font-size: 1.6rem; margin: 1.6em 0 0.5em; border-top: 2px solid #b1b4b6; padding-top: 0.6em; }
h3 { font-size: 1.3rem; margin: 1.4em 0 0.4em; }
h4, h5 { font-size: 1.1875rem; margin: 1.2em 0 0.3em; }
.number { margin-right: 0.5em; }
.title-page { border-bottom: 4px solid #1d70b8; padding-bottom: 1em; margin-bottom: 1.5em; }
.title-page p { margin: 0.3em 0; }
.title-page .logo img { max-width: 12em; max-height: 6em; }
.status { display: inline-block; font-weight: bold; padding: 0.1em 0.4em;
  border: 2px solid #0b0c0c; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 1.5em; }
.contents li { margin: 0.2em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0 1.2em; font-size: 1rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
"""

PRINT_CSS = """
@page { size: A4; margin: 2cm 2cm 2.2cm;
  @bottom-center { content: counter(page); font-family: "Liberation Sans", sans-serif;
    font-size: 9pt; color: #505a5f; } }
/* The title page and contents are unnumbered; page 1 is the first part's. */
@page front { @bottom-center { content: none; } }
.title-page, .contents { page: front; }
main { page: body; }
@page body:nth(1 of body) { counter-reset: page 1; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
  line-height: 1.4; color: #0b0c0c; }
a { color: #0b0c0c; text-decoration: none; }
h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 12pt; }
h2 { font-size: 16pt; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
h4, h5 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; }
.number { margin-right: 6pt; }
.title-page { break-after: page; padding-top: 6cm; }
.title-page p { margin: 4pt 0; font-size: 13pt; }
.title-page .logo img { max-width: 6cm; max-height: 3cm; }
.status { font-weight: bold; }
.contents { break-after: page; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 14pt; }
.contents li { font-size: 10pt; line-height: 1.3; }
.contents a::after { content: leader('.') target-counter(attr(href), page); }
section.part > h2 { margin-top: 24pt; padding-top: 6pt; border-top: 1.5pt solid #b1b4b6; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #8a8f93; padding: 3pt 4pt; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
p, li { orphans: 2; widows: 2; }
li:first-child { break-after: avoid; } li:last-child { break-before: avoid; }
"""


def _heading(level: int, text: str, ident: str = "", number: str = "") -> str:
    tag = f"h{min(level, 6)}"
    attr = f' id="{escape(ident)}"' if ident else ""
    num = f'<span class="number">{escape(number)}</span>' if number else ""
    return f"<{tag}{attr}>{num}{escape(text)}</{tag}>"


def _block(block: Block, level: int) -> str:
    if block.kind == "paragraph":
        return f"<p>{escape(block.text)}</p>"
    if block.kind == "heading":
        return _heading(level, block.text)
    if block.kind in ("list", "numbered"):
        tag = "ol" if block.kind == "numbered" else "ul"
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if block.kind == "table" and block.rows:
        header, *body = block.rows
        head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in body
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return ""


def section_id(section: Section) -> str:
    return f"section-{section.key}"


def _section(section: Section, level: int) -> str:
    ident = section_id(section)
    parts = [
        f'<section class="{"part" if level == 2 else "subpart"}" aria-labelledby="{ident}">',
        _heading(level, section.title, ident, section.number),
        *(_block(block, level + 1) for block in section.blocks),
        *(_section(sub, level + 1) for sub in section.subsections),
        "</section>",
    ]
    return "".join(parts)


def _contents(sections: tuple[Section, ...]) -> str:
    def items(secs: tuple[Section, ...], depth: int) -> str:
        out = []
        for s in secs:
            nested = items(s.subsections, depth + 1) if depth < 2 and s.subsections else ""
            out.append(
                f'<li><a href="#{section_id(s)}">{escape(s.number)} {escape(s.title)}</a>'
                f"{nested}</li>"
            )
        return f"<ol>{''.join(out)}</ol>"

    return (
        '<nav class="contents" aria-labelledby="contents-heading">'
        '<h2 id="contents-heading">Contents</h2>'
        f"{items(sections, 1)}</nav>"
    )


def report_html(content: ReportContent, *, css: str) -> str:
    """The whole report as an HTML document with the given stylesheet inside it."""
    logo = (
        f'<p class="logo"><img src="{escape(content.logo)}" '
        f'alt="{escape(content.partnership)} logo"></p>'
        if logo_png(content)
        else ""
    )
    title_page = (
        '<header class="title-page">'
        f"{logo}<p>{escape(content.partnership)}</p>"
        f"<h1>{escape(content.title)}</h1>"
        f'<p class="status">{escape(content.status)}</p>'
        f"<p>Review {escape(content.review_reference)}</p>"
        f"<p>{escape(content.date_text)}</p>"
        "</header>"
    )
    body = "".join(_section(section, 2) for section in content.sections)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(content.title)}</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        f'<div class="report">{title_page}{_contents(content.sections)}'
        f"<main>{body}</main></div>\n</body>\n</html>\n"
    )


def render_html(content: ReportContent) -> bytes:
    """The report as one self-contained HTML file (UTF-8)."""
    return report_html(content, css=SCREEN_CSS).encode("utf-8")
