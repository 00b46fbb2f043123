"""The local database, one class over the modules that each hold one kind of data.

* :mod:`~observasi.store.connection` -- the connection, its pragmas, write transactions
* :mod:`~observasi.store.settings_table` -- settings and the device id
* :mod:`~observasi.store.people` -- the school, observers, teachers
* :mod:`~observasi.store.forms` -- the forms records use
* :mod:`~observasi.store.records` -- whole records, the list, saving one change
* :mod:`~observasi.store.revisions` -- the history of every record
* :mod:`~observasi.store.sync_state` -- what the shared-folder sync remembers
* :mod:`~observasi.store.coverage` -- who was observed, what is planned and what comes due
* :mod:`~observasi.store.programmes` -- the supervision programmes and their schedules

Only this package writes SQL. Every method that changes something commits before it
returns (or joins the caller's :meth:`~Connection.transaction`), so a caller that shows
"saved" after the call never lies, even if the battery dies a moment later.

Opening the TUI reads the home screen's list through here, so nothing on that path
imports sqlite-utils (made for migrations only) or the pydantic models (imported by the
methods that build them): together they were a third of the start-up time.
"""

from __future__ import annotations

from observasi.errors import RecordLocked
from observasi.store.connection import StoreBusy, StoreFailure
from observasi.store.coverage import CoverageTables
from observasi.store.data_keys import DataKeyTables
from observasi.store.note_drafts import NoteDraftTables
from observasi.store.people import PeopleTables
from observasi.store.programmes import ProgrammeTables
from observasi.store.records import RecordState, RecordTables
from observasi.store.sync_state import SyncTables

__all__ = ["RecordLocked", "RecordState", "Store", "StoreBusy", "StoreFailure"]


class Store(RecordTables, PeopleTables, SyncTables, CoverageTables, ProgrammeTables, DataKeyTables, NoteDraftTables):
    """The database of one data directory."""
