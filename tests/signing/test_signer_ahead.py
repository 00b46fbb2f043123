"""`sheet --sign` imports pyHanko in a helper process while the sheet is drawn: the helper
signs what it is sent as the command itself would, says pyHanko's refusal as one line, and
when it cannot start or dies the command signs by itself (the sheet is signed either way)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.signing import pades, pdf_signature
from observasi.signing.keys import create_key
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pick


@pytest.fixture
def keyed(demo: AppContext) -> AppContext:
    create_key(demo, PASSPHRASE)
    return demo


ANSWERS_ANOTHER_PDF = (
    "import base64, json, sys; sys.stdin.buffer.readline(); "
    "print(json.dumps({'signed': base64.b64encode(b'%PDF-1.7 another document').decode()}))"
)


def _sign_sheet(capsys: pytest.CaptureFixture[str], context: AppContext, passphrase_file: Path) -> Path:
    item = pick(context, form="supervisi-akademik", observer_role="kepala_sekolah")
    out = context.settings.data_dir / "signed.pdf"
    result = observasi(
        capsys,
        "--data-dir",
        str(context.settings.data_dir),
        "sheet",
        item.id[:8],
        "-o",
        str(out),
        "--sign",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.code == 0, result.err
    return out


def _valid(out: Path) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    sig = PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[sig.signer_cert]))
    return bool(status.intact and status.valid and status.trusted)


def _verify(capsys: pytest.CaptureFixture[str], context: AppContext, out: Path) -> str:
    result = observasi(capsys, "--data-dir", str(context.settings.data_dir), "verify", str(out))
    assert result.code == 0, result.out
    return result.out


def test_the_helper_signs_the_sheet_as_the_command_would(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[bytes] = []
    real_sign = pdf_signature.SignerAhead.sign

    def sign(self: pdf_signature.SignerAhead, request: pdf_signature.SignRequest) -> bytes | None:
        signed = real_sign(self, request)
        served.append(signed or b"")
        return signed

    monkeypatch.setattr(pdf_signature.SignerAhead, "sign", sign)
    out = _sign_sheet(capsys, keyed, passphrase_file)
    assert served and served[0] == out.read_bytes()  # the helper's answer is the file written
    assert _valid(out)
    assert "SAH" in _verify(capsys, keyed, out)


@pytest.mark.parametrize(
    "command",
    [
        [str(Path(sys.executable).with_name("no-such-python"))],  # cannot start
        [sys.executable, "-c", "import sys; sys.exit(3)"],  # exits without answering
        [sys.executable, "-c", "print('not an answer')"],  # answers nonsense
        [sys.executable, "-c", ANSWERS_ANOTHER_PDF],  # a signed PDF that is not the sheet sent
        [sys.executable, "-c", 'print(\'{"signed": "not base64!"}\')'],  # garbled
    ],
    ids=["missing", "exits", "nonsense", "another", "garbled"],
)
def test_without_a_working_helper_the_command_signs_by_itself(
    capsys: pytest.CaptureFixture[str],
    keyed: AppContext,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.setattr(pdf_signature, "_helper_command", lambda: command)
    out = _sign_sheet(capsys, keyed, passphrase_file)
    assert _valid(out)
    assert "SAH" in _verify(capsys, keyed, out)


def test_what_pyhanko_refuses_is_one_line_with_or_without_a_helper(keyed: AppContext) -> None:
    pdf_signature.start_ahead()
    try:
        with pytest.raises(UserError) as refused:
            pades.sign_bytes(keyed, b"%PDF-1.7\nnot really a PDF", PASSPHRASE, reason="uji")
    finally:
        pdf_signature.discard_ahead()
    # The same words as when this process signs: pyHanko's error, named.
    with pytest.raises(UserError) as here:
        pades.sign_bytes(keyed, b"%PDF-1.7\nnot really a PDF", PASSPHRASE, reason="uji")
    assert refused.value.message == here.value.message
    assert "\n" not in refused.value.message


def test_a_helper_not_needed_is_ended(
    capsys: pytest.CaptureFixture[str], demo: AppContext, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft cannot be signed: the command stops before signing, and its helper with it."""
    from observasi.core.record import Status

    started: list[pdf_signature.SignerAhead] = []
    real_start = pdf_signature.SignerAhead.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[pdf_signature.SignerAhead]) -> pdf_signature.SignerAhead | None:
        helper = real_start(cls)
        started.append(helper)
        return helper

    monkeypatch.setattr(pdf_signature.SignerAhead, "start", classmethod(start))
    item = pick(demo, form="supervisi-akademik", status=Status.draft.value)
    create_key(demo, PASSPHRASE)
    args = ["--data-dir", str(demo.settings.data_dir), "sheet", item.id[:8], "--sign"]
    result = observasi(capsys, *args, "--passphrase-file", str(passphrase_file))
    assert result.code != 0 and "belum final" in result.err
    [helper] = started
    assert helper is not None and helper._process.poll() is not None  # ended, not left waiting


def test_a_frozen_app_starts_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen app's executable is observasi itself, not a Python to run the helper with."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_signature.SignerAhead.start() is None


def test_the_helper_does_not_inherit_the_passphrase(monkeypatch) -> None:
    """The helper gets the key already opened; the passphrase a script passes stays with
    the command (the name is the one keys reads)."""
    from observasi.signing import pdf_signature
    from observasi.signing.keys import PASSPHRASE_ENV

    monkeypatch.setenv(PASSPHRASE_ENV, "rahasia-panjang-sekali")
    assert PASSPHRASE_ENV not in pdf_signature._helper_environment()
