"""Rich text for the narrative: reviewers write Markdown (headings, lists, links, emphasis),
which is rendered to HTML on the server and then cleaned by nh3 against a short allow-list.

Raw HTML in the source is never passed through (markdown-it escapes it as text), and the
allow-list removes anything else: no script, style, event handler attributes, iframes, images or
links other than http, https, mailto and relative ones. Text is sanitised when it is saved and
again whenever it is shown, so a stored value that slipped past (an older rule, a database edit)
is still harmless on the page."""

import re
from typing import Literal

import nh3
from lxml import html as lxml_html
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {"h2", "h3", "h4", "p", "ul", "ol", "li", "a", "strong", "em", "blockquote", "br"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Headings inside a section sit under the section's own h2: "## Heading" becomes h3.
_MIN_HEADING, _MAX_HEADING = 3, 4

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_markdown.disable(["image"])


def _clamp_headings(tokens: list) -> None:
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(max(int(token.tag[1]) + 1, _MIN_HEADING), _MAX_HEADING)
            token.tag = f"h{level}"


def sanitise_html(html: str) -> str:
    """The HTML with everything outside the allow-list removed (text of removed tags kept,
    except inside script and style)."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def markdown_to_html(source: str) -> str:
    """The Markdown source rendered and sanitised: what is stored beside the source."""
    source = (source or "").replace("\x00", "")
    tokens = _markdown.parse(source)
    _clamp_headings(tokens)
    return sanitise_html(_markdown.renderer.render(tokens, _markdown.options, {})).strip()


# --- plain text, for the report --------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def _text(element: lxml_html.HtmlElement) -> str:
    """The element's words on one line; a link keeps its address after its text when the
    address is not the text itself (a printed report cannot be clicked)."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if node.tag == "br":
            parts.append(" ")
        elif node.tag in ("ul", "ol"):
            return  # nested lists become items of their own
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            if node.tag == "a":
                href = (node.get("href") or "").strip()
                label = "".join(node.itertext()).strip()
                if href.startswith(("http://", "https://")) and href != label:
                    parts.append(f" ({href})")
                return

    walk(element)
    return _SPACE.sub(" ", "".join(parts)).strip()


def _list_items(element: lxml_html.HtmlElement) -> list[str]:
    items = []
    for li in element.iterchildren("li"):
        text = _text(li)
        if text:
            items.append(text)
        for nested in li.iterchildren("ul", "ol"):
            items.extend(f"– {item}" for item in _list_items(nested))
    return items


# What html_to_blocks gives: a heading or paragraph as text, a list as its items.
TextBlock = tuple[Literal["heading", "paragraph"], str]
ListBlock = tuple[Literal["list", "numbered"], tuple[str, ...]]


def html_to_blocks(html: str) -> list[TextBlock | ListBlock]:
    """Sanitised HTML as (kind, text or items) pairs: "heading", "paragraph", "list" or
    "numbered", in order. Everything becomes plain text."""
    html = sanitise_html(html or "").strip()
    if not html:
        return []
    blocks: list[TextBlock | ListBlock] = []
    root = lxml_html.fragment_fromstring(html, create_parent="div")

    def take(element: lxml_html.HtmlElement) -> None:
        tag = element.tag
        if tag in ("h2", "h3", "h4"):
            text = _text(element)
            if text:
                blocks.append(("heading", text))
        elif tag in ("ul", "ol"):
            items = tuple(_list_items(element))
            if items:
                blocks.append(("numbered" if tag == "ol" else "list", items))
        elif tag == "blockquote":
            for child in element:
                take(child)
        else:
            text = _text(element)
            if text:
                blocks.append(("paragraph", text))

    if root.text and root.text.strip():
        blocks.append(("paragraph", _SPACE.sub(" ", root.text).strip()))
    for element in root:
        take(element)
        if element.tail and element.tail.strip():
            blocks.append(("paragraph", _SPACE.sub(" ", element.tail).strip()))
    return blocks
