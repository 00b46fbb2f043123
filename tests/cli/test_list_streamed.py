"""`observasi list` streams its rows (issue 18) and prints what it printed when it held
them all: the same padded table, the same JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from observasi.cli import output
from observasi.core.numbers import list_nilai_text
from observasi.core.predikat import predikat_text
from observasi.i18n import t
from observasi.store.store import Store
from tests.cli.helpers import observasi


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "demo"
    assert observasi(capsys, "--data-dir", str(target), "demo").code == 0
    return target


def _held_table(header: str, rows: list[tuple[str, ...]]) -> str:
    """The table as `list` printed it before it streamed (every row held, then padded)."""
    headings = header.split("\t")
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headings)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=False)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def test_list_prints_the_table_it_printed_when_it_held_every_row(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "LINES_PER_WRITE", 7)  # several writes, one of them partial
    store = Store(demo_dir)
    rows = [
        (
            s.short_id,
            s.date,
            s.teacher_name,
            s.subject,
            s.class_name,
            s.form_id,
            t(f"status.{s.status}"),
            # The one number style (69,44), ≈ while not final; the predikat in Indonesian.
            list_nilai_text(s.nilai, s.status == "final") if s.nilai else "-",
            predikat_text(s.predikat) or "-",
        )
        for s in store.list_observations()
    ]
    store.close()
    result = observasi(capsys, "--data-dir", str(demo_dir), "list")
    assert result.code == 0 and len(rows) > 20
    assert result.out == _held_table(t("cli.list.header"), rows)


def test_list_json_is_the_array_it_was(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = observasi(capsys, "--data-dir", str(demo_dir), "list", "--json", "--status", "final")
    items = json.loads(result.out)
    assert items and {i["status"] for i in items} == {"final"}
    assert result.out == json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    empty = observasi(capsys, "--data-dir", str(demo_dir), "list", "--json", "--status", "observing")
    observing = json.loads(empty.out)
    assert empty.out == json.dumps(observing, ensure_ascii=False, indent=2) + "\n"


def test_json_array_of_nothing_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    output.echo_json_array(iter(()))
    assert capsys.readouterr().out == "[]\n"


def test_store_reads_the_list_a_batch_at_a_time(demo_dir: Path) -> None:
    store = Store(demo_dir)
    every = store.list_observations(order="date_asc")
    batches: list[int] = []
    original = store._stream

    def counting(sql: str, params: object = (), batch: int = 500):  # type: ignore[no-untyped-def]
        batches.append(batch)
        return original(sql, params, batch=3)  # type: ignore[arg-type]

    store._stream = counting  # type: ignore[method-assign]
    assert list(store.iter_observations(order="date_asc")) == every
    assert batches == [500]
    store.close()


def _listed_rows(store: Store, status: str | None = None) -> list[tuple[str, ...]]:
    return [
        (
            s.short_id,
            s.date,
            s.teacher_name,
            s.subject,
            s.class_name,
            s.form_id,
            t(f"status.{s.status}"),
            list_nilai_text(s.nilai, s.status == "final") if s.nilai else "-",
            predikat_text(s.predikat) or "-",
        )
        for s in store.list_observations(status=status)
    ]


@pytest.mark.parametrize("args", [("--lang", "en"), ("--status", "final"), ("--status", "draft")])
def test_list_by_status_and_in_english_is_the_held_table(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, str]
) -> None:
    from observasi.i18n import set_language

    status = args[1] if args[0] == "--status" else None
    if args[0] == "--lang":
        set_language("en")
    store = Store(demo_dir)
    rows, header = _listed_rows(store, status), t("cli.list.header")
    store.close()
    set_language("id")
    where = ["--lang", "en", "list"] if status is None else ["list", *args]
    result = observasi(capsys, "--data-dir", str(demo_dir), *where)
    assert result.code == 0 and rows
    assert result.out == _held_table(header, rows)


def test_odd_cells_are_padded_as_a_person_counts_them(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Widths are read in SQL now: a name written with combining marks (as some phones
    type "Nguyễn"), a missing subject and a long class still line up as Python counts."""
    store = Store(demo_dir)
    first, second = (s.id for s in store.list_observations()[:2])
    decomposed = "Nguye\u0302\u0303n Thi\u0323 Ha\u0300 Trang Panjang Sekali"
    with store.transaction() as conn:
        conn.execute(
            "update observations set teacher = json_set(teacher, '$.name', ?), subject = null where id = ?",
            [decomposed, first],
        )
        conn.execute(
            "update observations set class_name = ?, teacher = '{}' where id = ?", ["XII IPA 1 Unggulan", second]
        )
    rows = _listed_rows(store)
    store.close()
    assert {r[2] for r in rows} >= {decomposed, ""}
    result = observasi(capsys, "--data-dir", str(demo_dir), "list")
    assert result.out == _held_table(t("cli.list.header"), rows)


def test_a_combination_met_only_while_listing_is_still_written() -> None:
    """A record saved between reading the widths and reading its line (the app open beside
    the command): its status, nilai and predikat are worded when met."""
    from observasi.queries.listing import _Tails

    tails = _Tails([6, 7, 8])
    assert tails[("final", "70.5", None)] == "Final   70,50    -       "
    assert tails[("draft", "", "Baik")] == "Draf    -        Baik    "


def test_list_json_reads_odd_rows_as_the_summary_did(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`list --json` reads its keys straight from SQL now: a missing name, subject or count
    is written as the list's summary row wrote it ("" or 0), in the same order."""
    store = Store(demo_dir)
    first = store.list_observations()[0].id
    with store.transaction() as conn:
        conn.execute(
            "update observations set teacher = '{}', observer = '{}', subject = null, scored = null where id = ?",
            [first],
        )
    expected = [
        {
            "id": s.id,
            "teacher": s.teacher_name,
            "subject": s.subject,
            "class": s.class_name,
            "date": s.date,
            "form": s.form_id,
            "form_version": s.form_version,
            "status": s.status,
            "nilai": s.nilai,
            "predikat": s.predikat,
            "scored": s.scored,
            "total": s.total,
            "observer": s.observer_name,
        }
        for s in store.iter_observations()
    ]
    store.close()
    result = observasi(capsys, "--data-dir", str(demo_dir), "list", "--json")
    assert result.out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert expected[0]["teacher"] == "" and expected[0]["scored"] == 0
