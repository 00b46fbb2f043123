"""Teacher rosters: read a file a school already has, show what an import would do, and
change the teachers only after the user has seen it.

* :mod:`~observasi.roster.columns` -- the column labels of Dapodik and of sheets typed by
  hand, the header row, the kinds of PTK that are not teachers
* every cell's text passes :func:`observasi.core.text.clean_text`, the program's one
  boundary for outside text (NUL, control and bidi characters, length)
* :mod:`~observasi.roster.table` -- the rows a reader hands on, with their numbers
* :mod:`~observasi.roster.read_csv` -- CSV and Excel's "Unicode Text": encoding and
  dialect detected, a quote left open or a giant cell named and skipped
* :mod:`~observasi.roster.read_xlsx` -- Dapodik's XLSX download (title rows, merged
  header cells, numbers stored as numbers)
* :mod:`~observasi.roster.rows` -- a table's rows as teachers' fields, each row checked
* :mod:`~observasi.roster.plan` -- the preview: new, unchanged, changed (old -> new per
  field), skipped with the reason; applying it, renames only when confirmed
* :mod:`~observasi.roster.report` -- the preview in words (the CLI prints them)
* :mod:`~observasi.roster.teachers` -- adding, editing, removing one teacher by hand

Nothing here imports Textual; the CLI and the TUI both call :mod:`~observasi.roster.service`.
"""
