"""`observasi recap` and `observasi history` as a principal types them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from observasi.cli.commands import cli
from observasi.errors import UserError
from tests.recap.conftest import MiniSchool


def _run(data_dir: Path, *args: str):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args])


def test_recap_printed_says_only_final_counts(school: MiniSchool, data_dir: Path) -> None:
    result = _run(data_dir, "recap", "--semester", "2026-1")
    assert result.exit_code == 0, result.output
    assert "hanya observasi final: 3 observasi" in result.output
    assert "draf 1, sedang observasi 0, refleksi 1" in result.output
    assert "Ani Lestari, S.Pd." in result.output and "85,00" in result.output  # Indonesian number style


def test_recap_to_each_format(school: MiniSchool, data_dir: Path, tmp_path: Path) -> None:
    for suffix in ("xlsx", "csv", "pdf"):
        target = tmp_path / f"r.{suffix}"
        result = _run(data_dir, "recap", "--from", "2026-07-01", "--to", "31/12/2026", "-o", str(target))
        assert result.exit_code == 0, result.output
        assert target.is_file() and str(target) in result.output


def test_recap_bad_input_is_one_clear_line(school: MiniSchool, data_dir: Path, tmp_path: Path) -> None:
    cases = {
        ("recap", "-o", str(tmp_path / "r.docx")): ".docx",
        ("recap", "--semester", "2026-1", "--from", "2026-07-01", "--to", "2026-08-01"): "--semester",
        ("recap", "--from", "2026-07-01"): "--to",
        ("recap", "--from", "kemarin", "--to", "2026-08-01"): "kemarin",
        ("recap", "--sign"): "PDF",
    }
    for args, needle in cases.items():
        result = _run(data_dir, *args)
        assert isinstance(result.exception, UserError), args
        assert needle in result.exception.message and "\n" not in result.exception.message


def test_history_prints_table_chart_trend_and_followups(school: MiniSchool, data_dir: Path) -> None:
    result = _run(data_dir, "history", "ani")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Ani Lestari, S.Pd.: 2 observasi (2 final)" in out
    assert "2026-10-05  " + "█" * 36 in out  # 90 of 100 on 40 cells
    assert "↑ Perencanaan (mini): 62,50 → 87,50" in out  # Indonesian number style
    assert "[Selesai] Menyusun asesmen formatif" in out
    assert "[Belum mulai] Mengatur waktu penutup (2026-11-05)" in out


def test_every_recap_command_has_help(school: MiniSchool) -> None:
    from observasi.cli.teachers_cmd import teachers_group

    commands = [
        cli.commands["recap"],
        cli.commands["history"],
        teachers_group.commands["export"],
        teachers_group.commands["forget"],
    ]
    for command in commands:
        assert command.help and not command.help.startswith("recap.")
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help and not param.help.startswith("recap."), (command.name, param.name)
