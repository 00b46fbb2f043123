"""`verify` on a laptop whose copy of the record is older than the sheet (walk 10, F4).

Laptop B had synced before laptop A amended the record; `observasi verify amend.pdf` on B
said "Isi: BERBEDA … TIDAK COCOK", rc 3, as if the sheet were wrong. An amended sheet now
names its amendment in its signed keywords, and B says its own copy is older (its own exit
code, LOCAL_OLDER), in the CLI and in the app through the same words. A sheet whose content
truly differs from the record it names still says BERBEDA."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from observasi import paths
from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.record.live import amend, change
from observasi.settings import Settings
from observasi.sheet.service import write_sheet
from observasi.signing import verify_codes
from observasi.signing.keys import create_key
from observasi.signing.verify_report import verify_report
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pick

NEWER = (
    "Lembar ini lebih baru dari catatan di laptop ini (amandemen ke-1 belum diterima): sinkronkan, lalu periksa lagi."
)


def _laptop_b(a: AppContext, b_dir: Path) -> AppContext:
    """Laptop B holding A's data as it is now (the state of B's last sync with A): its own
    database and files; the key and certificates too, so A's signature is known on B."""
    a_dir = a.settings.data_dir
    live = {paths.DATABASE, paths.DATABASE + "-wal", paths.DATABASE + "-shm"}
    shutil.copytree(a_dir, b_dir, ignore=lambda _folder, names: [n for n in names if n in live])
    with sqlite3.connect(paths.database(a_dir)) as source, sqlite3.connect(paths.database(b_dir)) as target:
        source.backup(target)
    return AppContext(Settings(data_dir=b_dir))


@pytest.fixture
def amended(demo: AppContext, tmp_path: Path) -> tuple[AppContext, AppContext, Path, str]:
    """A's context, B's (synced before the amendment), A's amended signed sheet, the record's id."""
    create_key(demo, PASSPHRASE)
    obs_id = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah").id
    b = _laptop_b(demo, tmp_path / "laptop-b")
    amend(demo.store, obs_id, "Skor PD1 salah ketik")
    change(demo.store, obs_id, ch.Finalise())
    sheet = write_sheet(demo, obs_id, tmp_path / "amend.pdf", sign=True, passphrase=PASSPHRASE)
    yield demo, b, sheet, obs_id
    b.store.close()


def test_an_amended_sheet_on_a_laptop_without_the_amendment_says_the_laptop_is_older(
    capsys: pytest.CaptureFixture[str], amended: tuple[AppContext, AppContext, Path, str]
) -> None:
    a, b, sheet, _ = amended
    result = observasi(capsys, "--data-dir", str(b.settings.data_dir), "verify", str(sheet))
    assert result.code == verify_codes.LOCAL_OLDER == 7, result.out
    assert NEWER in result.out
    assert "Isi: catatan di basis data lokal lebih lama dari lembar ini" in result.out
    assert "BERBEDA" not in result.out and "TIDAK" not in result.out
    # On A, which has the amendment, the same sheet is valid.
    assert observasi(capsys, "--data-dir", str(a.settings.data_dir), "verify", str(sheet)).code == verify_codes.VALID


def test_the_app_check_says_the_same_words(amended: tuple[AppContext, AppContext, Path, str]) -> None:
    _, b, sheet, _ = amended
    report = verify_report(b, str(sheet))  # what Settings → "Periksa lembar bertanda tangan" shows
    assert report.code == verify_codes.LOCAL_OLDER and not report.valid
    assert NEWER in report.lines


def test_an_amended_sheet_whose_content_truly_differs_still_says_berbeda(
    capsys: pytest.CaptureFixture[str], amended: tuple[AppContext, AppContext, Path, str]
) -> None:
    a, _, sheet, obs_id = amended
    # A's record as amended, then changed without an amendment (as a sync could bring it):
    # the sheet names amendment 1, which this laptop has, with other content.
    record = a.store.get_observation(obs_id)
    a.store.put_observation(record.model_copy(update={"strengths": "Diubah tanpa amandemen"}))
    result = observasi(capsys, "--data-dir", str(a.settings.data_dir), "verify", str(sheet))
    assert result.code == verify_codes.CONTENT_DIFFERS, result.out
    assert "BERBEDA" in result.out and "lebih baru" not in result.out


def test_a_sheet_never_amended_keeps_its_keywords(demo: AppContext, tmp_path: Path) -> None:
    """Only an amended sheet carries the number: an unamended one is byte for byte as before."""
    from observasi.sheet.service import render_sheet

    obs_id = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah").id
    content, built = render_sheet(demo, obs_id)
    assert content.keywords == content.qr_payload and b"amendment:" not in built.data
    amend(demo.store, obs_id, "Nama kelas salah")
    change(demo.store, obs_id, ch.Finalise())
    content, built = render_sheet(demo, obs_id)
    assert content.keywords.endswith(" amendment:1")


def test_a_sheet_of_a_record_not_final_here_yet_says_the_laptop_is_older(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path
) -> None:
    """B synced while the lesson's reflection was still being written; A finalised it and
    signed the sheet: B's copy is older, not the sheet wrong."""
    create_key(demo, PASSPHRASE)
    obs_id = pick(demo, form="supervisi-akademik", status="reflecting").id
    b = _laptop_b(demo, tmp_path / "laptop-b")
    change(demo.store, obs_id, ch.Finalise())
    sheet = write_sheet(demo, obs_id, tmp_path / "final.pdf", sign=True, passphrase=PASSPHRASE)
    result = observasi(capsys, "--data-dir", str(b.settings.data_dir), "verify", str(sheet))
    b.store.close()
    assert result.code == verify_codes.LOCAL_OLDER, result.out
    assert "(versi finalnya belum diterima): sinkronkan, lalu periksa lagi." in result.out
