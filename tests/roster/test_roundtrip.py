"""Any names, written by Python's csv module as Excel would in any separator and encoding
a Windows laptop uses, read back as written (white space collapsed, NFC)."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observasi.roster.service import read_roster_bytes

_CHARACTERS = st.characters(
    categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Po", "Pd", "Ps", "Pe", "Zs"), exclude_characters="\x00\x85"
)
NAMES = st.text(_CHARACTERS, min_size=1, max_size=40).filter(lambda s: any(c.isalpha() for c in s))


def written(names: list[str], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["No", "Nama", "JK"])
    writer.writerows([number, name, "L"] for number, name in enumerate(names, start=1))
    return out.getvalue()


def read_names(raw: bytes) -> list[str]:
    return [row.values["name"] for row in read_roster_bytes(raw, "guru.csv").rows]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(NAMES, min_size=1, max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_names_come_back_as_written(names: list[str], delimiter: str, encoding: str) -> None:
    try:
        raw = written(names, delimiter).encode(encoding)
    except UnicodeEncodeError:
        return  # Windows-1252 cannot hold this name; Excel would not write it either
    assert read_names(raw) == [" ".join(unicodedata.normalize("NFC", name).split()) for name in names]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("0Α", "utf-8"), ("Nguyễn", "utf-8"), ("A¿", "cp1252"), ("Bôsco", "cp1252"), ("محمد", "utf-16")],
)
def test_short_names_that_fooled_the_detection(name: str, encoding: str) -> None:
    """charset-normalizer alone took a short UTF-8 name for Windows-1252, and gave up on
    a short Windows-1252 one."""
    assert read_names(written([name], ",").encode(encoding)) == [name]
