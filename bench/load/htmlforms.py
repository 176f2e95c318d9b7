"""Reading pages and forms as a browser would: the values a form submits as it stands."""

import re

import lxml.html

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def form_with(html: str, field: str) -> tuple[str, list[tuple[str, str]]]:
    """(action, submitted values) of the first form on the page holding a field named `field`."""
    page = lxml.html.fromstring(html)
    for form in page.forms:
        if form.xpath(f".//*[@name='{field}']"):
            return form.get("action") or "", list(form.form_values())
    raise LookupError(f"no form with a field {field!r} on the page")


def replace(values: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """The form's values with `name` set to `value` (added if the form had none)."""
    kept = [(n, v) for n, v in values if n != name]
    return [*kept, (name, value)]


def value_of(values: list[tuple[str, str]], name: str) -> str:
    return next((v for n, v in values if n == name), "")


def links(html: str, pattern: str) -> list[str]:
    """Distinct hrefs on the page matching the regular expression, in page order."""
    found = re.findall(r'href="(' + pattern + ')"', html)
    return list(dict.fromkeys(found))
