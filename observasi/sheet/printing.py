"""Send a PDF to the printer the way the system can, and say in one sentence which way
it went (issue 14: "Cetak" that only opened a viewer, or failed with "xdg-open tidak ada").

- Windows: the shell's print verb (the PDF program's own "Print"); where no program has
  one, SumatraPDF's ``-print-to-default`` if it is installed; else the PDF opens in the
  viewer, with the reason it could not be printed directly.
- Linux and macOS: ``lp`` (CUPS) to the default printer, whose name the message gives;
  else the viewer (``xdg-open`` / ``open``), with lp's reason.
- Nothing at all: one line saying where the PDF is, so it can be printed from elsewhere.

What the system offers comes in a :class:`Tools`, so the tests can stand in for Windows.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from observasi.errors import UserError
from observasi.i18n import t

# Seconds lp or SumatraPDF may take to accept a job; a spooler that hangs longer is not
# going to print.
SPOOL_TIMEOUT = 30
# "request id is HP_LaserJet-42 (1 file(s))": the printer is the id without its number.
LP_REQUEST = re.compile(r"request id is (?P<printer>.+)-\d+\b")


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=SPOOL_TIMEOUT)


def _spawn(args: list[str]) -> None:
    subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _startfile() -> Callable[..., None] | None:
    return getattr(os, "startfile", None)  # Windows only


@dataclass(frozen=True)
class Tools:
    """What this system offers for printing."""

    platform: str = sys.platform
    which: Callable[[str], str | None] = shutil.which
    run: Callable[[list[str]], subprocess.CompletedProcess[str]] = _run
    spawn: Callable[[list[str]], None] = _spawn
    startfile: Callable[..., None] | None = field(default_factory=_startfile)
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))


def print_pdf(path: Path, tools: Tools | None = None) -> str:
    """Print *path*, or open it in the viewer; returns the sentence that says which
    happened. A UserError when neither is possible (the PDF stays where it is)."""
    tools = tools or Tools()
    path = Path(path)
    if tools.platform == "win32":
        return _print_windows(path, tools)
    return _print_posix(path, tools)


def find_sumatra(tools: Tools) -> str | None:
    """SumatraPDF's program, on the PATH or where its installer puts it."""
    found = tools.which("SumatraPDF") or tools.which("SumatraPDF.exe")
    if found:
        return found
    for base in ("LOCALAPPDATA", "PROGRAMFILES", "PROGRAMFILES(X86)"):
        root = tools.environ.get(base)
        if root:
            candidate = Path(root) / "SumatraPDF" / "SumatraPDF.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def sentence(text: object) -> str:
    """A reason as a sentence of its own (a system's words: "No default destination"), so a
    message says its reasons one after another, never in brackets inside brackets."""
    said = str(text).strip().rstrip(";")
    if not said:
        return ""
    said = said[0].upper() + said[1:]
    return said if said.endswith((".", "!", "?")) else said + "."


def _print_windows(path: Path, tools: Tools) -> str:
    startfile = tools.startfile
    why = t("firstday.print.no_verb")
    if startfile is not None:
        try:
            startfile(str(path), "print")
            return t("firstday.print.windows", path=path)
        except OSError as exc:
            why = sentence(exc.strerror or exc)
    sumatra = find_sumatra(tools)
    if sumatra:
        try:
            done = tools.run([sumatra, "-print-to-default", "-silent", str(path)])
            if done.returncode == 0:
                return t("firstday.print.sumatra", path=path)
            why = sentence(done.stderr or "") or why
        except (OSError, subprocess.SubprocessError) as exc:
            why = sentence(exc)
    if startfile is not None:
        try:
            startfile(str(path))
            return t("firstday.print.viewer", path=path, why=why)
        except OSError as exc:
            why = f"{why} {sentence(exc.strerror or exc)}"
    raise UserError(t("firstday.print.nothing", path=path, why=why))


def _print_posix(path: Path, tools: Tools) -> str:
    lp = tools.which("lp")
    if lp is None:
        why = t("firstday.print.no_lp")
    else:
        try:
            done = tools.run([lp, str(path)])
            if done.returncode == 0:
                found = LP_REQUEST.search(done.stdout or "")
                printer = found.group("printer") if found else t("firstday.print.default_printer")
                return t("firstday.print.lp", path=path, printer=printer)
            why = sentence(done.stderr or done.stdout or "") or t("firstday.print.lp_failed", code=done.returncode)
        except (OSError, subprocess.SubprocessError) as exc:
            why = sentence(exc)
    opener = "open" if tools.platform == "darwin" else "xdg-open"
    program = tools.which(opener)
    if program is not None:
        try:
            tools.spawn([program, str(path)])
            return t("firstday.print.viewer", path=path, why=why)
        except OSError as exc:
            why = f"{why} {sentence(exc)}"
    else:
        why = f"{why} " + t("sheet.print.no_opener", opener=opener)
    raise UserError(t("firstday.print.nothing", path=path, why=why))
