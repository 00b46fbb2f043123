"""What a school installs: the wheel holds every bundled form, the fonts and their licence,
the app's stylesheet and no benchmark helper; the licence file matches the package's
metadata; and the program starts both as `observasi` and as `python -m observasi`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel, built as `python -m build` builds it, with the backend installed here
    (no network: CI has only the package registries)."""
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)]
    built = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    assert built.returncode == 0, built.stdout + built.stderr
    (path,) = out.glob("observasi-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def source_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def test_the_wheel_holds_every_bundled_form(wheel: zipfile.ZipFile) -> None:
    forms = source_files(ROOT / "forms")
    assert any(p.suffix == ".toml" for p in forms)
    names = set(wheel.namelist())
    missing = [p.relative_to(ROOT / "forms").as_posix() for p in forms]
    missing = [rel for rel in missing if f"observasi/forms/{rel}" not in names]
    assert not missing, f"forms/ not in the wheel: {missing}"


def test_the_wheel_holds_the_fonts_their_licence_and_the_stylesheet(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for font in FONTS:
        assert (ROOT / "observasi" / "fonts" / font).is_file()
        assert f"observasi/fonts/{font}" in names
    assert "observasi/tui/app.tcss" in names
    # And every other file of the package: a data file left out would surface only on a
    # school's laptop.
    package = [p.relative_to(ROOT).as_posix() for p in source_files(ROOT / "observasi")]
    assert not [name for name in package if name not in names]


def test_the_wheel_holds_no_benchmark_or_test(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    helpers = [p.name for p in source_files(ROOT / "bench") if p.suffix == ".py"]
    assert "revision_files.py" in helpers and "sheet_timing.py" in helpers
    assert not [n for n in names if n.startswith(("bench/", "tests/")) or Path(n).name in helpers]


def test_the_licence_matches_the_metadata(wheel: zipfile.ZipFile) -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT" and licence.startswith("MIT License")
    (author,) = PROJECT["authors"]
    assert f"Copyright (c) 2026 {author['name']}" in licence
    metadata = wheel.read(next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    shipped = next(n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE"))
    assert wheel.read(shipped).decode("utf-8") == licence


@pytest.mark.parametrize("how", ["observasi", "python -m observasi"])
def test_the_program_starts_as_a_command(how: str) -> None:
    if how == "observasi":
        script = shutil.which("observasi", path=str(Path(sys.executable).parent))
        assert script is not None, "the observasi command is not installed"
        command = [script, "--help"]
    else:
        command = [sys.executable, "-m", "observasi", "--help"]
    out = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert "observasi [OPTIONS]" in out.stdout and "teachers" in out.stdout
