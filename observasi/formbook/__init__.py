"""Forms made in a spreadsheet (as ODK's XLSForm taught): a workbook with one sheet for the
settings, the scales and their levels, the kinds of N/A, the predikat bands, the sections,
the indicators with their rubric columns, the identity fields, the reflection questions,
the tallies and the snapshot prompts. ``forms template`` writes one with a filled example
and instructions, ``forms import`` turns a filled one into a validated form installed in
the data folder, ``forms export`` writes any form back (export -> import is the identity).
The workbook's layout is described in docs/forms-spreadsheet.md.
"""
