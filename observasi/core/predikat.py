"""A predikat as a person reads it, in the display language.

A form writes its predikat bands in its own language; the English form's "Excellent" sat
beside "Sangat Baik" in the Indonesian recap. Every screen, recap and list shows a
predikat through :func:`predikat_text`, which words the English form's band names in
Indonesian when Indonesian is chosen. Indonesian band names (PKG's "Amat Baik", "Sedang")
are official terms and are shown as the form writes them in either language. The
database and JSON keep the form's own label.
"""

from __future__ import annotations

from observasi.i18n import has, t


def predikat_text(label: str | None, lang: str | None = None) -> str | None:
    """*label* (a band name of a form) in the display language (or *lang*); None stays None."""
    if not label:
        return label
    key = f"firstdayb.predikat.{label.casefold()}"
    return t(key, lang=lang) if has(key) else label
