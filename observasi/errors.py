"""Errors that carry a message meant for the user (already translated)."""


class UserError(Exception):
    """Something the user can fix; its text is shown as one plain line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
