"""The command line as a principal (or a later issue's check) uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from observasi.cli.commands import cli
from tests.cli.helpers import observasi
from tests.conftest import FIXTURES


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


def test_every_command_and_option_has_help_text() -> None:
    missing = []
    for name, command in [("observasi", cli), *_commands(cli)]:
        if not (command.help or "").strip():
            missing.append(name)
        for param in command.params:
            if isinstance(param, click.Option) and not (param.help or "").strip():
                missing.append(f"{name} {param.opts[0]}")
    assert not missing, missing


@pytest.fixture
def demo_dir(tmp_path: Path, capsys) -> Path:
    target = tmp_path / "demo"
    result = observasi(capsys, "--data-dir", str(target), "demo")
    assert result.code == 0, result.err
    return target


def test_demo_then_list_json_gives_nilai_and_predikat(demo_dir: Path, capsys) -> None:
    result = observasi(capsys, "--data-dir", str(demo_dir), "list", "--json")
    assert result.code == 0
    items = json.loads(result.out)
    assert len(items) >= 30
    assert {i["status"] for i in items} == {"draft", "observing", "reflecting", "final"}
    assert len({i["teacher"] for i in items}) == 12
    forms = {i["form"] for i in items}
    assert {"supervisi-akademik", "pmm-observasi-kelas"} <= forms
    numeric_final = [i for i in items if i["status"] == "final" and i["form"] != "pmm-observasi-kelas"]
    assert numeric_final and all(i["nilai"] and i["predikat"] for i in numeric_final)
    verbal = [i for i in items if i["form"] == "pmm-observasi-kelas"]
    assert verbal and all(i["nilai"] is None for i in verbal)


def test_demo_is_idempotent(demo_dir: Path, capsys) -> None:
    before = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json").out)
    again = observasi(capsys, "--data-dir", str(demo_dir), "demo")
    assert again.code == 0 and "sudah ada" in again.out
    after = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json").out)
    assert before == after


def test_demo_has_evidence_and_follow_ups(demo_dir: Path, capsys) -> None:
    items = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json", "--status", "final").out)
    shown = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "show", items[0]["id"][:8], "--json").out)
    assert shown["evidence"] and shown["followups"] and shown["acknowledgement"]
    assert shown["score"]["nilai"] == items[0]["nilai"]


def test_demo_refuses_to_mix_into_a_real_school(tmp_path: Path, capsys) -> None:
    target = tmp_path / "real"
    roster = tmp_path / "guru.csv"
    roster.write_text("Nama\nGuru Nyata\n", encoding="utf-8")
    assert observasi(capsys, "--data-dir", str(target), "teachers", "import", str(roster)).code == 0
    result = observasi(capsys, "--data-dir", str(target), "demo")
    assert result.code == 2 and "sudah berisi" in result.err
    assert "Traceback" not in result.err


def test_show_in_english_and_text(demo_dir: Path, capsys) -> None:
    items = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json", "--status", "final").out)
    result = observasi(capsys, "--data-dir", str(demo_dir), "--lang", "en", "show", items[0]["id"][:6])
    assert result.code == 0
    assert items[0]["teacher"] in result.out and "Teacher" in result.out and "Final" in result.out


def test_list_text_is_a_table(demo_dir: Path, capsys) -> None:
    result = observasi(capsys, "--data-dir", str(demo_dir), "list")
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["ID", "TANGGAL", "GURU"]
    assert len(lines) >= 31


def test_unknown_id_is_one_plain_line(demo_dir: Path, capsys) -> None:
    result = observasi(capsys, "--data-dir", str(demo_dir), "show", "ffffffff")
    assert result.code == 2
    assert result.err.strip() == "tidak ada observasi dengan id ffffffff"


def test_damaged_database_is_one_plain_line(tmp_path: Path, capsys) -> None:
    target = tmp_path / "broken"
    target.mkdir()
    (target / "observasi.db").write_bytes(b"\x00garbage" * 500)
    result = observasi(capsys, "--data-dir", str(target), "list")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "observasi.db" in result.err and "Traceback" not in result.err


def test_forms_check_reports_and_exits_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "rusak.toml"
    bad.write_text(
        (FIXTURES / "mini.toml").read_text(encoding="utf-8").replace('id = "I2"', 'id = "I1"'), encoding="utf-8"
    )
    result = observasi(capsys, "forms", "check", str(FIXTURES / "mini.toml"), str(bad))
    assert result.code == 2
    assert f"{bad}:" in result.err and "indicators[2].id" in result.err
    assert "Traceback" not in result.err
    ok = observasi(capsys, "forms", "check", str(FIXTURES / "mini.toml"))
    assert ok.code == 0 and "sah" in ok.out


def test_forms_check_on_bands_with_a_gap_exits_0_naming_the_reading(capsys) -> None:
    result = observasi(capsys, "forms", "check", str(FIXTURES / "v2.toml"))
    assert result.code == 0, result.err
    assert "v2-mini" in result.out
    assert f"peringatan: {FIXTURES / 'v2.toml'}:" in result.err
    assert "bands[3].min: ada celah antara 'Cukup' (sampai 60) dan 'Baik' (mulai 75)" in result.err
    assert "nilai di atas 60 dan di bawah 75 mendapat 'Cukup'" in result.err


def test_bundled_forms_pass_check(capsys) -> None:
    from observasi.core.forms import bundled_forms_dir

    result = observasi(capsys, "forms", "check", str(bundled_forms_dir()))
    assert result.code == 0, result.err
    assert result.out.count("sah") >= 3


def test_forms_list_shows_user_forms_and_problems(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    (data / "forms").mkdir(parents=True)
    (data / "forms" / "mini.toml").write_text((FIXTURES / "mini.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (data / "forms" / "patah.toml").write_text("[[sections]\n", encoding="utf-8")
    result = observasi(capsys, "--data-dir", str(data), "forms", "list")
    assert result.code == 0
    assert "mini" in result.out and "sekolah" in result.out
    assert "patah.toml:1:" in result.err


def test_missing_roster_file_is_one_line(tmp_path: Path, capsys) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path / "d"), "teachers", "import", str(tmp_path / "tidak-ada.csv"))
    assert result.code == 2 and "tidak-ada.csv" in result.err and "Traceback" not in result.err


def test_data_dir_from_environment(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("OBSERVASI_HOME", str(tmp_path / "envhome"))
    roster = tmp_path / "g.csv"
    roster.write_text("Nama\nAni\n", encoding="utf-8")
    observasi(capsys, "teachers", "import", str(roster))
    assert (tmp_path / "envhome" / "observasi.db").exists()


def test_app_needs_a_terminal(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "observasi", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 2
    assert "terminal" in out.stderr and "Traceback" not in out.stderr


def test_python_dash_m_and_version() -> None:
    out = subprocess.run([sys.executable, "-m", "observasi", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "0.1.0" in out.stdout
