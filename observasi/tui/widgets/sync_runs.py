"""The sync screen's earlier runs of this visit, newest first, each with its time.

Opening the screen syncs at once; a following ``s`` said only its own run ("Tidak ada
yang perlu dikirim") and what the first had sent and received was gone from the screen
(the walk). Each run's words stay here once a newer one takes the summary's place."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Static

from observasi.i18n import t
from observasi.tui.render import plain


class SyncRuns(Static):
    """This visit's runs but the one the screen's summary says."""

    SHOWN = 3  # earlier runs listed at most: the screen fits 80x24 with its tables

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.display = False
        self.runs: list[tuple[str, str]] = []  # (time, what it did), newest first
        self.newest_in_summary = False  # the summary says the newest run (else: one runs or waits)

    def ran(self, said: str) -> str:
        """A run ended (or gave up) saying *said*: it is the newest; the ones before it are
        listed. Returns *said* with its time, for the summary."""
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.runs.insert(0, (now, said))
        self.newest_in_summary = True
        self._show()
        return t("fx11s.sync.run_at", time=now, said=said)

    def newest_is(self, said: str) -> str:
        """The newest run's words changed without a new run (a conflict resolved since)."""
        if not self.runs:
            return self.ran(said)
        when = self.runs[0][0]
        self.runs[0] = (when, said)
        return t("fx11s.sync.run_at", time=when, said=said)

    def summary_taken(self) -> None:
        """The summary says a run going on (or waiting): the newest one done is listed here."""
        self.newest_in_summary = False
        self._show()

    def _show(self) -> None:
        earlier = self.runs[1:] if self.newest_in_summary else self.runs
        self.display = bool(earlier)
        lines = [t("fx11s.sync.earlier")]
        lines += [f"{when}  {said}" for when, said in earlier[: self.SHOWN]]
        if len(earlier) > self.SHOWN:
            lines.append(t("fx11s.sync.older_runs", count=len(earlier) - self.SHOWN))
        self.update(plain("\n".join(lines)))
