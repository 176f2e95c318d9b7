"""The one error a chronology file can raise: its message is shown to the user as it is."""


class ChronologyFileError(ValueError):
    """The file cannot be read as a chronology. The message names the problem in plain words
    and, where there is one, says what to do about it."""
