"""A principal whose name with titles and degrees is longer than a certificate's common name
allows (64 characters) still gets a key, and is named whole wherever the key is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.signing.keys import create_key
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pick

LONG_NAME = "Prof. Dr. Hj. Raden Ayu Sri Wahyuningsih Kusumawardhani Puspitaningrum, S.Pd., M.Pd., M.Si."


@pytest.fixture
def long_named(demo: AppContext) -> AppContext:
    observer = demo.store.self_observer()
    assert observer is not None
    demo.store.save_observer(observer.model_copy(update={"name": LONG_NAME}))
    assert len(LONG_NAME) > 64
    return demo


def test_a_long_name_gets_a_key_and_keys_show_names_it_whole(
    capsys: pytest.CaptureFixture[str], long_named: AppContext
) -> None:
    create_key(long_named, PASSPHRASE)  # refused before: "Attribute's length must be >= 1 and <= 64"
    shown = observasi(capsys, "--data-dir", str(long_named.settings.data_dir), "keys", "show")
    assert shown.code == 0, shown.err
    owner = next(line for line in shown.out.splitlines() if line.startswith("Pemilik:"))
    assert owner.startswith(f"Pemilik: {LONG_NAME}")


def test_a_sheet_signed_with_a_long_name_verifies_naming_the_signer_whole(
    capsys: pytest.CaptureFixture[str], long_named: AppContext, passphrase_file: Path
) -> None:
    create_key(long_named, PASSPHRASE)
    data_dir = str(long_named.settings.data_dir)
    item = pick(long_named, form="supervisi-akademik", observer_role="kepala_sekolah")
    out = long_named.settings.data_dir / "signed.pdf"
    signed = observasi(
        capsys,
        *("--data-dir", data_dir, "sheet", item.id[:8], "-o", str(out), "--sign"),
        *("--passphrase-file", str(passphrase_file)),
    )
    assert signed.code == 0, signed.err
    verified = observasi(capsys, "--data-dir", data_dir, "verify", str(out))
    assert verified.code == 0, verified.out
    assert "SAH" in verified.out and LONG_NAME in verified.out
