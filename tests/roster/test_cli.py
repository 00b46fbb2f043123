"""`observasi teachers import`: a preview first; a rename stops for --yes and changes nothing."""

from __future__ import annotations

from pathlib import Path

from observasi.store.store import Store
from tests.cli.helpers import observasi

from .dapodik import write_dapodik_xlsx

FIRST = "Nama;NUPTK;NIP;JK;Mapel;Hobi\nŞükrü Abdullah Al-Qur'ān;1234567890123456;;L;PAI;Voli\n;;;;;Catur\nSiti, S.Pd.;;198001012005012001;P;IPA;\n"
SECOND = (
    "Nama;NUPTK;NIP;JK;Mapel\n"
    "Bambang Sutrisno, S.Pd.;1234567890123456;198001012005011002;L;PAI\n"  # Şükrü's NUPTK
    "Siti, S.Pd.;;198001012005012001;P;IPA\n"
    "Dewi Lestari;;;P;IPS\n"
)


def teachers(data: Path) -> list[tuple[str, str, str]]:
    store = Store(data)
    try:
        return [(x.name, x.nip, x.nuptk) for x in store.list_teachers(include_inactive=True)]
    finally:
        store.close()


def test_import_shows_the_preview_saves_and_a_second_run_changes_nothing(tmp_path: Path, capsys) -> None:
    roster = tmp_path / "guru.csv"
    roster.write_bytes(FIRST.encode("utf-8-sig"))
    data = tmp_path / "d"
    result = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(roster))
    assert result.code == 0, result.err
    assert "3 baris dibaca: 2 baru, 0 berubah, 0 tidak berubah, 1 dilewati" in result.out
    assert "baris 3: nama kosong" in result.out and "Hobi" in result.out
    assert "Tersimpan: 2 guru baru" in result.out
    again = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(roster))
    assert "2 tidak berubah" in again.out and "Tidak ada yang perlu diubah." in again.out
    assert len(teachers(data)) == 2


def test_a_rename_stops_the_import_until_yes_and_changes_nothing(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    observasi(capsys, "--data-dir", str(data), "teachers", "import", str(first))
    before = teachers(data)

    dry = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(second), "--dry-run")
    assert dry.code == 0 and "--dry-run" in dry.out
    assert "Nama: Şükrü Abdullah Al-Qur'ān → Bambang Sutrisno, S.Pd.  [perlu konfirmasi]" in dry.out
    assert "NIP: – → 198001012005011002  [perlu konfirmasi]" in dry.out
    assert teachers(data) == before

    stopped = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(second))
    assert stopped.code == 1
    assert "1 guru yang sudah ada akan berganti nama atau NIP/NUPTK" in stopped.out
    assert "Tidak ada yang diubah" in stopped.out
    assert teachers(data) == before  # not even the new teacher (Dewi) was added

    kept = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(second), "--keep-names")
    assert kept.code == 0 and "1 guru tetap dengan nama dan NIP/NUPTK lamanya" in kept.out
    names = [name for name, _, _ in teachers(data)]
    assert "Dewi Lestari" in names and "Şükrü Abdullah Al-Qur'ān" in names and "Bambang Sutrisno, S.Pd." not in names

    applied = observasi(capsys, "--data-dir", str(data), "teachers", "import", str(second), "--yes")
    assert applied.code == 0
    assert ("Bambang Sutrisno, S.Pd.", "198001012005011002", "1234567890123456") in teachers(data)
    assert len(teachers(data)) == 3


def test_a_dapodik_workbook_in_english(tmp_path: Path, capsys) -> None:
    path = write_dapodik_xlsx(tmp_path / "guru.xlsx")
    result = observasi(capsys, "--lang", "en", "--data-dir", str(tmp_path / "d"), "teachers", "import", str(path))
    assert result.code == 0, result.err
    assert "9 rows read: 5 new, 0 changed, 0 unchanged, 4 skipped" in result.out
    assert "row 13: Rina Marlina: Jenis PTK 'Tenaga Administrasi Sekolah' is school staff, not a teacher" in result.out
    assert "Saved: 5 new teachers" in result.out


def test_a_folder_or_an_old_xls_is_one_line(tmp_path: Path, capsys) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path / "d"), "teachers", "import", str(tmp_path))
    assert result.code == 2 and "adalah folder" in result.err and "Traceback" not in result.err
    old = tmp_path / "guru.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    result = observasi(capsys, "--data-dir", str(tmp_path / "d"), "teachers", "import", str(old))
    assert result.code == 2 and "simpan sebagai .xlsx" in result.err
