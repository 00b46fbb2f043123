"""Cetak prints where the system can, and the message says which way it went: the
Windows print verb, SumatraPDF, lp with the printer named, else the viewer with the
reason, else where the PDF is."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from observasi.errors import UserError
from observasi.sheet.printing import Tools, print_pdf


class Calls:
    """Stand-ins for what a system offers, recording what was asked of them."""

    def __init__(self, programs: dict[str, str] | None = None) -> None:
        self.programs = programs or {}
        self.ran: list[list[str]] = []
        self.spawned: list[list[str]] = []
        self.started: list[tuple[str, ...]] = []
        self.answers: dict[str, subprocess.CompletedProcess[str]] = {}
        self.verbs_failing: set[str] = set()

    def which(self, name: str) -> str | None:
        return self.programs.get(name)

    def run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        self.ran.append(args)
        return self.answers.get(args[0], subprocess.CompletedProcess(args, 0, "", ""))

    def spawn(self, args: list[str]) -> None:
        self.spawned.append(args)

    def startfile(self, path: str, *verb: str) -> None:
        if (verb[0] if verb else "open") in self.verbs_failing:
            raise OSError(0, "Tidak ada aplikasi yang terkait untuk tindakan ini")
        self.started.append((path, *verb))

    def tools(self, platform: str, environ: dict[str, str] | None = None) -> Tools:
        return Tools(platform, self.which, self.run, self.spawn, self.startfile, environ or {})


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "lembar.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


def test_windows_uses_the_print_verb(pdf: Path) -> None:
    calls = Calls()
    said = print_pdf(pdf, calls.tools("win32"))
    assert calls.started == [(str(pdf), "print")]
    assert "pencetak bawaan Windows" in said


def test_windows_without_a_print_verb_uses_sumatra(pdf: Path, tmp_path: Path) -> None:
    sumatra = tmp_path / "apps" / "SumatraPDF" / "SumatraPDF.exe"
    sumatra.parent.mkdir(parents=True)
    sumatra.write_bytes(b"")
    calls = Calls()
    calls.verbs_failing = {"print"}
    said = print_pdf(pdf, calls.tools("win32", {"LOCALAPPDATA": str(tmp_path / "apps")}))
    assert calls.ran == [[str(sumatra), "-print-to-default", "-silent", str(pdf)]]
    assert "SumatraPDF" in said and "pencetak" in said


def test_windows_with_nothing_to_print_opens_the_viewer_and_says_why(pdf: Path) -> None:
    calls = Calls()
    calls.verbs_failing = {"print"}
    said = print_pdf(pdf, calls.tools("win32"))
    assert calls.started == [(str(pdf),)]
    assert "Tidak ada aplikasi yang terkait" in said and "dibuka di penampil" in said


def test_lp_names_the_printer(pdf: Path) -> None:
    calls = Calls({"lp": "/usr/bin/lp"})
    calls.answers["/usr/bin/lp"] = subprocess.CompletedProcess([], 0, "request id is Kantor_HP-17 (1 file(s))\n", "")
    said = print_pdf(pdf, calls.tools("linux"))
    assert calls.ran == [["/usr/bin/lp", str(pdf)]]
    assert "pencetak Kantor_HP" in said


def test_lp_without_a_printer_opens_the_viewer_with_lps_reason(pdf: Path) -> None:
    calls = Calls({"lp": "/usr/bin/lp", "xdg-open": "/usr/bin/xdg-open"})
    calls.answers["/usr/bin/lp"] = subprocess.CompletedProcess(
        [], 1, "", "lp: Error - No default destination available.\n"
    )
    said = print_pdf(pdf, calls.tools("linux"))
    assert calls.spawned == [["/usr/bin/xdg-open", str(pdf)]]
    assert "No default destination" in said and "dibuka di penampil" in said


def test_nothing_at_all_says_where_the_pdf_is(pdf: Path) -> None:
    calls = Calls()
    with pytest.raises(UserError) as caught:
        print_pdf(pdf, calls.tools("linux"))
    message = caught.value.message
    assert str(pdf) in message and "xdg-open" in message
    # In plain words first: no printer set up, no program to open a PDF.
    assert "Belum ada pencetak yang terpasang" in message and "Tidak ada program untuk membuka PDF" in message
    assert "CUPS" not in message
    # Plain sentences, one after another: no brackets inside brackets (the walk's "(… (… tidak ada); …)").
    assert "(" not in message and ";" not in message.split(str(pdf))[0], message
    assert message.startswith("Tidak dapat mencetak atau membuka PDF. Belum ada pencetak"), message
