"""What the interfaces ask of the program, by area, each function given the AppContext.

The screens of the TUI read what they show here (and change a record through the
live-record service it hands them), never from the store: the store's tables and its
connection stay the services' business. One module per area:

* :mod:`~observasi.queries.observations` -- the observation list, the unfinished ones,
  the list's filter choices, one record's state (the home screen's start path: nothing
  heavy at the top)
* :mod:`~observasi.queries.records` -- one record: read with its score, held live,
  created, changed, amended
* :mod:`~observasi.queries.people` -- the teachers, the school and this laptop's observer
* :mod:`~observasi.queries.reports` -- a teacher's history, the school recap, the sheet's
  preview, what the last sync could not read
"""
