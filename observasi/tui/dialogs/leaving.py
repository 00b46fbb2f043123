"""The two questions before a running lesson clock is left behind: leaving the lesson
screen (Esc) and quitting the app (ctrl+q). Both start on "Batal". And the one before
taking over a colleague's unfinished record, which starts on "Lihat saja"."""

from __future__ import annotations

from observasi.i18n import t
from observasi.tui.dialogs.questions import ConfirmDialog


def leave_lesson_question(teacher: str, minutes: int) -> ConfirmDialog:
    lines = [t("firstday.live.leave_lines", teacher=teacher, minutes=minutes)]
    return ConfirmDialog(t("firstday.live.leave_title"), lines, t("firstday.live.leave_confirm"), destructive=True)


def quit_question(teacher: str, minutes: int) -> ConfirmDialog:
    lines = [t("firstday.quit.lines", teacher=teacher, minutes=minutes)]
    return ConfirmDialog(t("firstday.quit.title"), lines, t("firstday.quit.confirm"), destructive=True)


def colleagues_record_question(observer: str) -> ConfirmDialog:
    """True: continue it on this laptop; False (the first button, Esc): only look at it."""
    lines = [t("ux8.colleague.lines", observer=observer or t("ux8.colleague.someone"))]
    return ConfirmDialog(
        t("ux8.colleague.title", observer=observer or t("ux8.colleague.someone")),
        lines,
        t("ux8.colleague.continue"),
        destructive=True,
        cancel=t("ux8.colleague.view"),
    )
