"""Any names, written by Python's csv module as Excel would in any separator and encoding
a Windows laptop uses, read back as written (white space collapsed, NFC)."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
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


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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
    if encoding == "cp1252":
        # Bytes that are valid UTF-8 too ("Â" + no-break space is C2 A0, UTF-8's no-break
        # space) cannot tell their encoding; reading them as UTF-8 is the right guess.
        assume(not _is_utf8(raw))
    assert read_names(raw) == [" ".join(unicodedata.normalize("NFC", name).split()) for name in names]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("0Α", "utf-8"), ("Nguyễn", "utf-8"), ("A¿", "cp1252"), ("Bôsco", "cp1252"), ("محمد", "utf-16")],
)
def test_short_names_that_fooled_the_detection(name: str, encoding: str) -> None:
    """charset-normalizer alone took a short UTF-8 name for Windows-1252, and gave up on
    a short Windows-1252 one."""
    assert read_names(written([name], ",").encode(encoding)) == [name]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_give_rows_or_one_plain_message(raw: bytes) -> None:
    """Whatever the file holds, the reader answers with rows or a UserError naming the
    file, never another exception (the CLI's "Unexpected error")."""
    from observasi.errors import UserError

    try:
        read_roster_bytes(raw, "guru.csv")
    except UserError as exc:
        assert "guru.csv" in exc.message


IDS = st.one_of(st.just(""), st.sampled_from(["198001012005012001", "198512242010012003", "197803012005011001"]))
CARDS = st.one_of(st.just(""), st.sampled_from(["1234567890123456", "2345678901234567"]))
PEOPLE = st.tuples(st.sampled_from(["Siti Aminah", "SITI AMINAH", "Budi", "Dewi Lestari", "Şükrü"]), IDS, CARDS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PEOPLE, max_size=4, unique_by=lambda p: (p[1] or p[0], p[2] or p[0])), st.lists(PEOPLE, max_size=6))
def test_without_confirmation_no_existing_teacher_is_renamed_or_lost(existing_people, rows) -> None:
    from observasi.roster.plan import plan_import, teachers_to_save
    from observasi.store.models import Teacher

    existing = [Teacher(name=name, nip=nip, nuptk=nuptk) for name, nip, nuptk in existing_people]
    text = "Nama;NIP;NUPTK\n" + "".join(f"{name};{nip};{nuptk}\n" for name, nip, nuptk in rows)
    preview = plan_import(read_roster_bytes(text.encode(), "guru.csv"), existing)
    saved = teachers_to_save(preview, existing, with_identity=False)
    before = {x.id: (x.name, x.nip, x.nuptk) for x in existing}
    for teacher in saved:
        if teacher.id in before:
            assert (teacher.name, teacher.nip, teacher.nuptk) == before[teacher.id]
    new_ids = [x.nip for x in saved if x.id not in before and x.nip]
    assert len(new_ids) == len(set(new_ids))  # an import never makes two teachers of one NIP
    assert not set(new_ids) & {x.nip for x in existing if x.nip}
    new_cards = [x.nuptk for x in saved if x.id not in before and x.nuptk]
    assert len(new_cards) == len(set(new_cards)) and not set(new_cards) & {x.nuptk for x in existing if x.nuptk}
