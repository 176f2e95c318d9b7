"""Reading rendered pages the way a user does: the GOV.UK error summary, banners and text."""

import lxml.html
from django.http import HttpResponse


def html(response: HttpResponse) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.content.decode())


def by_class(tree: lxml.html.HtmlElement, css_class: str) -> list[lxml.html.HtmlElement]:
    return tree.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {css_class} ')]")


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def error_summary(response: HttpResponse) -> list[str]:
    """The messages in the page's "There is a problem" box, in order."""
    return [
        text_of(item)
        for box in by_class(html(response), "govuk-error-summary__list")
        for item in box.xpath("./li")
    ]


def notification_banners(response: HttpResponse) -> list[str]:
    return [
        text_of(item) for item in by_class(html(response), "govuk-notification-banner__heading")
    ]


def main_text(response: HttpResponse) -> str:
    """The page's main content as one line of text."""
    return text_of(html(response).xpath("//main")[0])
