"""An observer's certificate travels sealed through the shared folder; a colleague's laptop
trusts it after one comparison of its code, and `verify` says what waits until then."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.signing import verify_codes
from observasi.signing.colleagues import own_code, pending
from observasi.signing.keys import create_key
from observasi.sync.service import sync
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, passphrase_file, pick

__all__ = ["passphrase_file"]


def _run(capsys: pytest.CaptureFixture[str], context, *args: str):
    return observasi(capsys, "--data-dir", str(context.settings.data_dir), *args)


def test_a_colleagues_sheet_verifies_after_one_confirmation(
    capsys: pytest.CaptureFixture[str], laptops, passphrase_file: Path
) -> None:
    a, b, shared = laptops
    create_key(a, PASSPHRASE)
    item = pick(a, form="supervisi-akademik", observer_role="kepala_sekolah")
    sheet = a.settings.data_dir / "signed.pdf"
    signed = _run(
        capsys, a, "sheet", item.id[:8], "-o", str(sheet), "--sign", "--passphrase-file", str(passphrase_file)
    )
    assert signed.code == 0, signed.err
    assert sync(a, shared).problems == []
    report = sync(b, shared)
    assert report.problems == []
    assert any("sertifikat rekan" in n for n in report.notices), report.notices

    before = _run(capsys, b, "verify", str(sheet))
    assert before.code == verify_codes.UNKNOWN_SIGNER
    code = own_code(a.settings.data_dir)
    assert code is not None
    assert "menunggu konfirmasi" in before.out and code in before.out and "keys trust" in before.out

    listed = _run(capsys, b, "keys", "pending")
    assert listed.code == 0 and code in listed.out and "Sri" in listed.out
    assert code in _run(capsys, a, "keys", "pending").out  # A reads out its own code

    wrong = _run(capsys, b, "keys", "trust", "12345")
    assert wrong.code != 0 and code in wrong.err + wrong.out
    trusted = _run(capsys, b, "keys", "trust", *code.split())
    assert trusted.code == 0, trusted.err
    assert pending(b.settings.data_dir) == []
    after = _run(capsys, b, "verify", str(sheet))
    assert after.code == verify_codes.VALID, after.out
    # A later sync does not offer it again.
    sync(b, shared)
    assert pending(b.settings.data_dir) == []
