"""Small helpers for building form posts."""

import datetime


def date_parts(
    name: str, day: object = "", month: object = "", year: object = ""
) -> dict[str, str]:
    """The three GOV.UK date boxes of the field `name`, as a browser posts them."""
    return {f"{name}_day": str(day), f"{name}_month": str(month), f"{name}_year": str(year)}


def date_post(name: str, value: datetime.date) -> dict[str, str]:
    return date_parts(name, value.day, value.month, value.year)
