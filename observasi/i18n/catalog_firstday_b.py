"""Messages of the first day's second pass (issue 14): provisional nilai, theme names,
click's value complaints, the data folder that does not exist, the home list's keys."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- a nilai that can still change ------------------------------------------------------------------
    "firstdayb.nilai.provisional_short": ("≈{nilai}", "≈{nilai}"),
    "firstdayb.home.provisional_legend": (
        "≈ nilai sementara (belum final)",
        "≈ provisional nilai (not final yet)",
    ),
    # -- the English form's predikat bands, worded in the display language (core.predikat) ------------
    "firstdayb.predikat.excellent": ("Sangat Baik", "Excellent"),
    "firstdayb.predikat.good": ("Baik", "Good"),
    "firstdayb.predikat.fair": ("Cukup", "Fair"),
    "firstdayb.predikat.poor": ("Kurang", "Poor"),
    # -- colour themes, named in the display language ---------------------------------------------------
    "firstdayb.theme.textual-dark": ("Gelap", "Dark"),
    "firstdayb.theme.textual-light": ("Terang", "Light"),
    "firstdayb.theme.textual-ansi": ("Warna terminal", "Terminal colours"),
    "firstdayb.theme.dark": ("{name} (gelap)", "{name} (dark)"),
    "firstdayb.theme.light": ("{name} (terang)", "{name} (light)"),
    "firstdayb.theme.search": ("Cari tema…", "Search for themes…"),
    # -- the home list ----------------------------------------------------------------------------------
    "firstdayb.home.only_drafts": (
        "c melanjutkan observasi yang sudah dimulai; belum ada. Draf {teacher} belum dimulai: pilih barisnya "
        "di daftar lalu tekan Enter untuk membukanya.",
        "c continues an observation that has started; there is none. The draft for {teacher} has not started: "
        "pick its row in the list and press Enter to open it.",
    ),
    # -- click's complaints about a value (observasi.cli.click_texts.value_complaint) -------------------
    "firstdayb.click.not_a_number": ("{value} bukan {kind} yang sah.", "{value} is not a valid {kind}."),
    "firstdayb.click.kind.integer": ("bilangan bulat", "integer"),
    "firstdayb.click.kind.float": ("bilangan", "number"),
    "firstdayb.click.kind.uuid": ("UUID", "UUID"),
    "firstdayb.click.not_a_boolean": (
        "{value} bukan ya/tidak yang dikenal. Yang dikenal: {states}",
        "{value} is not a known yes/no. Known values: {states}",
    ),
    "firstdayb.click.out_of_range": ("{value} di luar rentang {range}.", "{value} is not in the range {range}."),
    "firstdayb.click.format": (
        "{value} tidak sesuai format {formats}.",
        "{value} does not match the format {formats}.",
    ),
    "firstdayb.click.path": ("{kind} {value} {problem}.", "{kind} {value} {problem}."),
    "firstdayb.click.kind.file": ("Berkas", "File"),
    "firstdayb.click.kind.directory": ("Folder", "Folder"),
    "firstdayb.click.kind.path": ("Jalur", "Path"),
    "firstdayb.click.path.missing": ("tidak ada", "does not exist"),
    "firstdayb.click.path.is_file": ("adalah berkas, bukan folder", "is a file, not a folder"),
    "firstdayb.click.path.is_dir": ("adalah folder, bukan berkas", "is a folder, not a file"),
    "firstdayb.click.path.unreadable": ("tidak dapat dibaca", "cannot be read"),
    "firstdayb.click.path.unwritable": ("tidak dapat ditulisi", "cannot be written"),
    "firstdayb.click.path.not_executable": ("tidak dapat dijalankan", "cannot be run"),
    # -- a data folder that is not there --------------------------------------------------------------
    "firstdayb.data_dir.missing": (
        "Folder data {path} tidak ada. Periksa ejaan --data-dir; folder data baru dibuat dengan membuka "
        "aplikasi (`observasi --data-dir FOLDER`) atau `observasi --data-dir FOLDER demo`.",
        "The data folder {path} does not exist. Check the spelling of --data-dir; a new data folder is made "
        "by opening the app (`observasi --data-dir FOLDER`) or by `observasi --data-dir FOLDER demo`.",
    ),
    "firstdayb.data_dir.created": (
        "Folder data baru dibuat: {path}",
        "New data folder made: {path}",
    ),
    "firstdayb.data_dir.cannot_create": (
        "Folder data {path} tidak dapat dibuat: {reason}",
        "The data folder {path} cannot be made: {reason}",
    ),
    "firstdayb.data_dir.shown": ("Data disimpan di: {path}", "Data is kept in: {path}"),
    "firstdayb.live.not_started": (
        "Pelajaran belum dimulai. ctrl+n memulai jam pelajaran; sesudah itu ctrl+l mengakhirinya dan membuka refleksi.",
        "The lesson has not started. ctrl+n starts the lesson clock; after that ctrl+l ends it and opens the "
        "reflection.",
    ),
    "firstdayb.prog.key.print": ("Cetak", "Print"),
}
