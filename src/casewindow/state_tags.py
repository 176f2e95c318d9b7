"""Which GOV.UK tag a state is shown with: its words and colour, in one place.

Templates write `{% load govuk %}{% state_tag "factor_effect" factor.effect %}` rather than
copying `<strong class="govuk-tag govuk-tag--green">Helped</strong>` and an if/elif chain; a
state not listed takes its kind's OTHERWISE tag. A kind that is not listed is an error, so a
misspelt kind fails when the page is first rendered (and in tests), never silently."""

from dataclasses import dataclass

# The colours GOV.UK Frontend offers for a tag; "" is the default (dark blue).
COLOURS = frozenset(
    {"", "grey", "green", "turquoise", "blue", "light-blue", "purple", "pink", "red", "orange",
     "yellow"}
)  # fmt: skip
OTHERWISE = "*"


@dataclass(frozen=True)
class Tag:
    text: str
    colour: str = ""

    @property
    def css_class(self) -> str:
        return f"govuk-tag govuk-tag--{self.colour}" if self.colour else "govuk-tag"


STATE_TAGS: dict[str, dict[str, Tag]] = {
    # A contributory factor's effect on practice (analysis.ContributoryFactor.effect).
    "factor_effect": {
        "helped": Tag("Helped", "green"),
        "hindered": Tag("Hindered", "red"),
        OTHERWISE: Tag("Both", "yellow"),
    },
    # A key practice episode's appraisal (analysis.KeyPracticeEpisode.appraisal).
    "episode_appraisal": {
        "good": Tag("Good practice", "green"),
        "problematic": Tag("Problematic", "red"),
        "mixed": Tag("Mixed", "yellow"),
        OTHERWISE: Tag("Not yet appraised", "grey"),
    },
    # A factor compared between the two coders of an agreement check, side by side.
    "agreement_side": {
        "agreed": Tag("Agreed", "green"),
        "different_effect": Tag("Different effect", "orange"),
        "only_a": Tag("Only the first coder", "purple"),
        OTHERWISE: Tag("Only the second coder", "purple"),
    },
    # A factor to settle at the end of an agreement check.
    "agreement_settle": {
        "agreed": Tag("Agreed", "green"),
        "different_effect": Tag("Different effect", "orange"),
        "shared_only": Tag("Only in the present shared coding", "grey"),
        OTHERWISE: Tag("Only one coder", "purple"),
    },
    # Where the notes of a conversation with a practitioner stand (evidence.views.conversations).
    "conversation": {
        "agreed": Tag("Agreed", "green"),
        "changed_since_agreed": Tag("Changed since agreed", "orange"),
        "shared": Tag("Shared", "blue"),
        "waiting_for_you": Tag("Waiting for you to agree", "blue"),
        OTHERWISE: Tag("Draft", "grey"),
    },
    # A draft comment's status (drafts.CommentStatus); the words are the status's own.
    "comment_status": {
        "open": Tag("Open", "blue"),
        "accepted": Tag("Accepted", "green"),
        "answered": Tag("Answered", "turquoise"),
        "not_accepted": Tag("Not accepted", "orange"),
        OTHERWISE: Tag("", "grey"),
    },
    # A report part compared between two drafts.
    "draft_change": {
        "added": Tag("Added", "green"),
        "removed": Tag("Removed", "red"),
        OTHERWISE: Tag("Changed", "yellow"),
    },
    # A group of found names on the publication check (anonymisation).
    "publication_group": {
        "unresolved": Tag("Unresolved", "red"),
        "kept": Tag("Kept", "grey"),
        "register": Tag("Register", "blue"),
        "automatic": Tag("Replaced automatically", "blue"),
        OTHERWISE: Tag("Replaced by decision", "green"),
    },
    # A statutory date (process.clock): the words are the date's own phrase.
    # A review archive being made (interchange.ReviewArchive.status); "failed" also for a job
    # the worker left stuck.
    "archive_status": {
        "done": Tag("Ready", "green"),
        "failed": Tag("Failed", "red"),
        OTHERWISE: Tag("In progress", "blue"),
    },
    "due_state": {
        "overdue": Tag("Overdue", "red"),
        "met_late": Tag("Met late", "red"),
        "met": Tag("Met", "green"),
        OTHERWISE: Tag("Due", "yellow"),
    },
}


def tag_for(kind: str, state: object, text: str | None = None) -> Tag:
    """The tag of `state` (a TextChoices value, or its string) in `kind`; `text`, when given,
    replaces the listed words (a status's display text, a date's phrase)."""
    try:
        states = STATE_TAGS[kind]
    except KeyError:
        raise ValueError(f"No tags are listed for states of kind {kind!r}") from None
    tag = states.get(str(state), states[OTHERWISE])
    return Tag(text, tag.colour) if text is not None else tag
