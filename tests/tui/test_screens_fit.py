"""What must show at 80×24 and 100×30: every column of the home list that a principal
reads (date, teacher, class, status, nilai and predikat, progress; subject and form from
100 columns) without scrolling sideways; wider terminals give each its own column and the
form's full id."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.core.record import Status
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.home_columns import form_code
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit
from tests.waiting import screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, lesson_on, make_context
from .test_snapshots import lesson_app


def test_a_form_code_is_made_of_its_words_initials() -> None:
    assert form_code("supervisi-akademik") == "SA"
    assert form_code("pmm-observasi-kelas") == "POK"
    assert form_code("pkg") == "PKG"
    assert form_code("mini") == "MINI"


@pytest.mark.parametrize(
    ("size", "headers", "form"),
    [
        ((80, 24), ("Kelas",), None),
        ((100, 30), ("Kelas · Mapel", "Instrumen"), "MINI"),  # the whole word, not "Instr"
        ((120, 40), ("Mata pelajaran", "Kelas", "Instrumen"), "mini"),
    ],
)
async def test_every_home_column_fits_the_terminal(
    school_dir: Path, size: tuple[int, int], headers: tuple[str, ...], form: str | None
) -> None:
    """The predikat shows at every size (the walk found none at 80 columns); the form code
    gives way to it at 80."""
    context = make_context(school_dir)
    obs = draft_of(context)
    edit(context.store, obs.id, ch.Rate("I1", "3"))
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        shown = await wait_for_text(pilot, "Tanggal", "Guru", "Status", "Nilai", "Predikat", "Terisi", *headers)
        header = next(line for line in shown.splitlines() if "Tanggal" in line)
        assert header.rstrip().endswith("Terisi" if form is None else headers[-1]), header  # nothing cut
        row = next(line for line in shown.splitlines() if "2026-11-24" in line and "Draf" in line)
        cells = row.split("Draf")[1].split()
        assert cells[0].startswith("≈") and cells[1] in ("Baik", "Cukup", "Kurang", "Sangat"), cells
        assert any(cell.startswith("1/") for cell in cells)
        assert (cells[-1] == form) if form else cells[-1].startswith("1/")


async def test_the_columns_follow_a_resize(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_for_text(pilot, "Mata pelajaran", "Instrumen", "mini")
        await pilot.resize_terminal(80, 24)

        def header() -> str:
            return next((line for line in screen_text(app).splitlines() if "Tanggal" in line), "")

        def narrow() -> bool:  # the predikat in, subject and form out
            shown = header()
            return "Predikat" in shown and "Terisi" in shown and "Mata pelajaran" not in shown and "Instr" not in shown

        await wait_until(pilot, narrow, lambda: f"the 80-column titles, not {header()!r}")
        await wait_until(
            pilot, lambda: "Perintah" in footer_line(app) and "Urutan" not in footer_line(app), "no sort key"
        )
        await pilot.resize_terminal(100, 30)
        await wait_until(pilot, lambda: "s Urutan" in footer_line(app), "the footer naming the sort key")


def footer_line(app: ObservasiApp) -> str:
    """The footer's line ("" while the screen is drawn anew)."""
    lines = reversed(screen_text(app).splitlines())
    return next((line for line in lines if "Perintah" in line or "Commands" in line), "")


@pytest.mark.parametrize(
    ("lang", "size", "shown"),
    [
        # At 80 the keys a newcomer needs from Beranda, the recap, sync and settings among
        # them (walk10: "the home footer lacks r / y / f2"), in one line, unscrolled.
        ("id", (80, 24), ("n Baru", "g Guru", "r Rekap", "y Sinkron", "f2 Pengaturan", "^q Keluar", "f1 Bantuan")),
        ("en", (80, 24), ("n New", "g Teachers", "r Recap", "y Sync", "f2 Settings", "^q Quit", "f1 Help")),
        ("id", (100, 30), ("/ Cari", "s Urutan", "r Rekap", "y Sinkron", "f2 Pengaturan", "^q Keluar", "f1 Bantuan")),
    ],
)
async def test_the_home_footer_shows_what_fits(
    school_dir: Path, lang: str, size: tuple[int, int], shown: tuple[str, ...]
) -> None:
    context = make_context(school_dir, lang)
    draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_for_text(pilot, *shown)
        footer = footer_line(app)
        assert all(text in footer for text in shown), footer


@pytest.mark.parametrize(
    "place",
    [
        places.Teachers(),
        places.Recap(),
        places.Sync(),
        places.Settings(),
        places.Programme(),
        places.Attention(),
        places.Forms(),
        "history",
    ],
)
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_back_and_help_show_in_every_main_footer(
    school_dir: Path, size: tuple[int, int], place: places.Place | str
) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.History(context.store.list_teachers()[0].id) if place == "history" else place)
        await wait_until(pilot, lambda: not isinstance(app.screen, HomeScreen), "the screen")
        await wait_for_text(pilot, "esc Kembali", "f1 Bantuan")


async def test_help_explains_the_short_form_code(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f1")
        shown = await wait_for_screen(pilot, HelpScreen)
        assert "kode singkat" in shown.text and "SA = supervisi-akademik" in shown.text


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_lesson_footer_names_back_and_help(school_dir: Path, size: tuple[int, int]) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=2)
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        await wait_for_screen(pilot, ObservationScreen)
        await wait_for_text(pilot, "Akhiri", "esc Kembali", "Keluar", "f1 Bantuan")


@pytest.mark.parametrize(
    ("size", "titles"),
    [
        ((80, 24), ("Guru", "Mapel", "Obs.", "Terakhir", "Nilai", "Predikat")),
        ((100, 30), ("Guru", "Mata pelajaran", "Observasi", "Terakhir", "Nilai terakhir", "Predikat")),
    ],
)
async def test_the_teachers_and_history_columns_fit(
    school_dir: Path, size: tuple[int, int], titles: tuple[str, ...]
) -> None:
    """The walk: at 80 columns the Guru screen and the history cut their last titles
    ("Pred"); short titles at 80, whole ones from 100, the predikat last and whole."""
    context = make_context(school_dir)
    obs = draft_of(context)
    edit(context.store, obs.id, ch.Rate("I1", "3"))
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Teachers())
        shown = await wait_for_text(pilot, *titles)
        header = next(line for line in shown.splitlines() if "Terakhir" in line)
        assert header.split() == " ".join(titles).split(), header
        app.open(places.History(obs.teacher_id))
        shown = await wait_for_text(pilot, "Instrumen", "Observer")
        header = next(line for line in shown.splitlines() if "Instrumen" in line and "Observer" in line)
        assert header.split()[-2:] == ["Nilai", "Predikat"], header


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_reflection_footer_keeps_back_and_help_on_the_follow_up_table(
    school_dir: Path, size: tuple[int, int]
) -> None:
    """The walk: with the follow-up table focused the footer ended "esc Kem"."""
    app, obs_id = lesson_app(school_dir, "id", Status.reflecting)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ReflectionScreen)
        screen.query_one("#followups").focus()
        footer = ""

        def table_keys_shown() -> bool:
            nonlocal footer
            footer = next((line for line in screen_text(app).splitlines() if "Perintah" in line), "")
            return "a Tambah" in footer

        await wait_until(pilot, table_keys_shown, lambda: f"the table's keys in the footer: {footer!r}")
        assert "esc Kembali" in footer and "f1 Bantuan" in footer, footer
        assert ("del Hapus" in footer) == (size[0] >= 100), footer


async def test_a_verbal_forms_result_shows_whole_under_the_history_table(tmp_path: Path) -> None:
    """A form without nilai yields counts per level ("Dilakukan dan efektif: 1"): too long for
    the nilai's column at 80, so the row points down and the line under the table says it
    whole (cut, its first word "Belum" read like a status)."""
    from observasi.demo import fill_demo

    context = make_context(tmp_path / "demo")
    fill_demo(context.store, context.catalog)
    verbal = next(
        o for o in context.store.list_observations() if o.form_id == "pmm-observasi-kelas" and o.status == "final"
    )
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.History(verbal.teacher_id))
        shown = " ".join((await wait_for_text(pilot, "Instrumen", f"↓ {verbal.date} (pmm-observasi-kelas)")).split())
        assert "efektif:" in shown
