"""Errors that carry a message meant for the user (already translated)."""


class UserError(Exception):
    """Something the user can fix; its text is shown as one plain line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RecordLocked(UserError):
    """A change to a record that may not change in place: it is final (change it through
    an amendment) or two laptops changed it (resolve the conflict first)."""
