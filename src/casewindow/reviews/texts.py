"""The texts of a review that its readers see, as plain data. Each app offers its own through
its selectors (analysis: findings, episodes, recommendations, narrative; reports: the free-text
sections), with the labels, keys and links only it knows; a check that reads them all (the
language check) consumes them without knowing any other app's models or URL names."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewText:
    """One text of an object. `pieces` is what a reader sees of it: one piece for a plain field;
    one per paragraph, heading or list item for rich text (`numbered`), so each has its own place
    on a page."""

    label: str
    context_key: str  # stable across pages: "<kind>:<uuid>:<field>" or "report:<section key>"
    pieces: tuple[str, ...]
    numbered: bool = False
    edit_url: str = ""  # where this text is changed, when that is not its object's page


@dataclass(frozen=True)
class ReviewTextSource:
    """One object of the review with its texts, and where a reader finds it."""

    kind: str  # shown: "Finding", "Case-specific learning", "Key practice episode"…
    area: str  # "finding", "episode", "recommendation", "report" or "narrative"
    title: str
    url: str
    texts: tuple[ReviewText, ...]
    edit_url: str = ""  # where the text is changed, if not at `url`
    edit_permission: str = ""  # what changing it needs (the page shows the link only then)
    hidden_note: str = ""  # why some of its texts were left out
