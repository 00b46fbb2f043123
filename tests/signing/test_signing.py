"""Keys, signatures and `observasi verify`, as a principal and a colleague would use them."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import click
import pytest

from observasi import paths
from observasi.context import AppContext
from observasi.core.record import Status
from observasi.signing import verify_codes
from observasi.signing.keys import create_key
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pick


@pytest.fixture
def keyed(demo: AppContext) -> AppContext:
    create_key(demo, PASSPHRASE)
    return demo


def _signed(
    capsys: pytest.CaptureFixture[str], context: AppContext, passphrase_file: Path, *, role: str = "kepala_sekolah"
) -> tuple[Path, str]:
    item = pick(context, form="supervisi-akademik", observer_role=role)
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
    return out, item.id


def test_signed_sheet_validates_with_pyhanko(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    out, obs_id = _signed(capsys, keyed, passphrase_file)
    reader = PdfFileReader(io.BytesIO(out.read_bytes()))
    sig = reader.embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[sig.signer_cert]))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert sig.signer_cert.subject.native["common_name"] == "Dra. Sri Wahyuningsih, M.Pd."
    field_box = [float(v) for v in sig.sig_field["/Rect"]]
    assert field_box[2] > field_box[0]  # visible, on the observer's block

    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "verify", str(out))
    assert result.code == 0, result.out
    assert "SAH" in result.out and obs_id in result.out and "Dra. Sri Wahyuningsih" in result.out
    assert "cocok dengan catatan" in result.out


def test_a_signed_recap_verifies_and_says_it_is_not_a_sheet(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path, tmp_path: Path
) -> None:
    data_dir = str(keyed.settings.data_dir)
    out = tmp_path / "rekap" / "rekap-2026-1.pdf"
    args = ("--data-dir", data_dir, "recap", "--semester", "2026-1", "-o", str(out), "--sign")
    result = observasi(capsys, *args, "--passphrase-file", str(passphrase_file))
    assert result.code == 0, result.err
    assert "ditandatangani" in result.out
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no unsigned copy left beside it
    result = observasi(capsys, "--data-dir", data_dir, "verify", str(out))
    assert result.code == 0, result.out
    assert "SAH" in result.out and "Dra. Sri Wahyuningsih" in result.out and "bukan lembar umpan balik" in result.out

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("bukan-ini\n", encoding="utf-8")
    again = tmp_path / "again.pdf"
    result = observasi(capsys, *args[:-2], str(again), "--sign", "--passphrase-file", str(wrong))
    assert result.code == 2 and f"kata sandi di {wrong} tidak membuka kunci" in result.err and not again.exists()


def test_a_flipped_byte_fails_verify(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    out, _ = _signed(capsys, keyed, passphrase_file)
    data = bytearray(out.read_bytes())
    where = data.index(b"/Keywords")  # inside the signed range, in plain text
    data[where + 3] ^= 0x01
    out.write_bytes(bytes(data))
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "verify", str(out))
    assert result.code == verify_codes.TAMPERED
    assert "TIDAK SAH" in result.out


def test_an_appended_change_fails_verify(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    out, _ = _signed(capsys, keyed, passphrase_file)
    with out.open("rb+") as stream:
        writer = IncrementalPdfFileWriter(stream)
        info = writer.trailer["/Info"]
        info["/Subject"] = generic.TextStringObject("Nilai diubah menjadi 100")
        writer.update_container(info)
        writer.write_in_place()
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "verify", str(out))
    assert result.code == verify_codes.TAMPERED
    assert "ditambahkan setelah tanda tangan" in result.out


def test_unsigned_and_unknown_certificates_fail_until_trusted(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path, tmp_path: Path
) -> None:
    out, _ = _signed(capsys, keyed, passphrase_file)
    colleague = tmp_path / "colleague"
    result = observasi(capsys, "--data-dir", str(colleague), "verify", str(out))
    assert result.code == verify_codes.UNKNOWN_SIGNER and "tidak dikenal" in result.out
    cert = tmp_path / "sri.pem"
    assert observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "keys", "export-cert", str(cert)).code == 0
    (colleague / "keys" / "trusted").mkdir(parents=True)
    shutil.copy(cert, colleague / "keys" / "trusted" / "sri.pem")
    result = observasi(capsys, "--data-dir", str(colleague), "verify", str(out))
    assert result.code == 0, result.out
    assert "tidak ada di basis data lokal" in result.out

    unsigned = tmp_path / "unsigned.pdf"
    item = pick(keyed, form="supervisi-akademik")
    assert (
        observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "sheet", item.id, "-o", str(unsigned)).code == 0
    )
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "verify", str(unsigned))
    assert result.code == verify_codes.NOT_SIGNED and "tidak bertanda tangan" in result.out


def test_a_draft_cannot_be_signed(capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path) -> None:
    item = pick(keyed, form="supervisi-akademik", status=Status.reflecting.value)
    result = observasi(
        capsys,
        "--data-dir",
        str(keyed.settings.data_dir),
        "sheet",
        item.id,
        "--sign",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "belum final" in result.err
    assert "Traceback" not in result.err


def test_wrong_passphrase_and_missing_key_are_one_line(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path, passphrase_file: Path
) -> None:
    data_dir = str(demo.settings.data_dir)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    result = observasi(
        capsys, "--data-dir", data_dir, "sheet", item.id, "--sign", "--passphrase-file", str(passphrase_file)
    )
    assert result.code == 2 and "belum ada kunci" in result.err and result.err.strip().count("\n") == 0
    assert (
        observasi(capsys, "--data-dir", data_dir, "keys", "create", "--passphrase-file", str(passphrase_file)).code == 0
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("bukan-ini\n", encoding="utf-8")
    result = observasi(capsys, "--data-dir", data_dir, "sheet", item.id, "--sign", "--passphrase-file", str(wrong))
    assert (
        result.code == 2
        and f"kata sandi di {wrong} tidak membuka kunci" in result.err
        and result.err.strip().count("\n") == 0
    )
    assert not list(demo.settings.data_dir.glob("lembar/*.pdf"))  # nothing written on a wrong passphrase


def test_no_terminal_and_no_passphrase_says_how(capsys: pytest.CaptureFixture[str], keyed: AppContext) -> None:
    item = pick(keyed, form="supervisi-akademik", observer_role="kepala_sekolah")
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "sheet", item.id, "--sign")
    assert result.code == 2 and "--passphrase-file" in result.err


def test_passphrase_from_environment(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OBSERVASI_PASSPHRASE", PASSPHRASE)
    item = pick(keyed, form="supervisi-akademik", observer_role="kepala_sekolah")
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "sheet", item.id, "--sign")
    assert result.code == 0, result.err
    assert "ditandatangani" in result.out


def test_missing_or_broken_signature_image_is_one_warning_and_the_sheet_is_made(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path
) -> None:
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    data_dir = str(demo.settings.data_dir)
    missing = tmp_path / "tidak-ada.png"
    demo.update_settings(signature_image=missing)
    result = observasi(capsys, "--data-dir", data_dir, "sheet", item.id)
    assert result.code == 0 and str(missing) in result.err and result.err.strip().count("\n") == 0
    written = list(demo.settings.data_dir.glob("lembar/*.pdf"))
    assert len(written) == 1  # made without the image
    written[0].unlink()
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"\x89PNG not really")
    demo.update_settings(signature_image=broken)
    result = observasi(capsys, "--data-dir", data_dir, "sheet", item.id)
    assert result.code == 0 and str(broken) in result.err and result.err.strip().count("\n") == 0
    assert len(list(demo.settings.data_dir.glob("lembar/*.pdf"))) == 1  # made again, without the image


def test_keys_create_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    data_dir = str(keyed.settings.data_dir)
    before = paths.observer_key(keyed.settings.data_dir).read_bytes()
    result = observasi(capsys, "--data-dir", data_dir, "keys", "create", "--passphrase-file", str(passphrase_file))
    assert result.code == 2 and "--force" in result.err
    assert paths.observer_key(keyed.settings.data_dir).read_bytes() == before
    shown = observasi(capsys, "--data-dir", data_dir, "keys", "show")
    assert shown.code == 0 and "SHA-256" in shown.out
    assert (
        observasi(
            capsys, "--data-dir", data_dir, "keys", "create", "--force", "--passphrase-file", str(passphrase_file)
        ).code
        == 0
    )
    assert paths.observer_key(keyed.settings.data_dir).read_bytes() != before


def test_sheets_writes_a_folder_and_signs_only_final_ones(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "semua"
    result = observasi(
        capsys,
        "--data-dir",
        str(keyed.settings.data_dir),
        "sheets",
        "--since",
        "01/11/2026",
        "-o",
        str(out),
        "--sign",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.code == 0, result.err
    expected = keyed.store.list_observations(date_from="2026-11-01")
    assert len(list(out.glob("*.pdf"))) == len(expected) > 3
    for item in expected:
        data = next(out.glob(f"*-{item.short_id}.pdf")).read_bytes()
        assert (b"/ByteRange" in data) == (item.status == Status.final.value), item.status


def test_every_sheet_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["keys"],
        ["keys", "create"],
        ["keys", "show"],
        ["keys", "export-cert"],
        ["sheet"],
        ["sheets"],
        ["verify"],
    ):
        result = observasi(capsys, *args, "--help")
        assert result.code == 0
        assert "--help" in result.out
    from observasi.cli.commands import cli

    for name in ("sheet", "sheets", "verify", "keys"):
        command = cli.commands[name]
        assert command.help
        for param in command.params:
            # Options carry their own help; arguments are described in the command's help.
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{name} {param.name}"


def test_a_replaced_key_is_kept_aside_and_its_sheets_still_verify(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    """Replacing the key ("lembar lama tetap sah") keeps that promise: the old key file is
    renamed, never deleted, and a sheet it signed still verifies on this laptop."""
    data_dir = keyed.settings.data_dir
    old_key = paths.observer_key(data_dir).read_bytes()
    out, _obs_id = _signed(capsys, keyed, passphrase_file)
    replaced = observasi(
        capsys, "--data-dir", str(data_dir), "keys", "create", "--force", "--passphrase-file", str(passphrase_file)
    )
    assert replaced.code == 0, replaced.err
    kept = [p for p in paths.keys_dir(data_dir).iterdir() if p.name.endswith(".lama")]
    assert [p.read_bytes() for p in kept] == [old_key]
    result = observasi(capsys, "--data-dir", str(data_dir), "verify", str(out))
    assert result.code == 0, result.out
    assert "SAH" in result.out


def test_keys_show_names_the_owner_as_a_person_reads_it(capsys: pytest.CaptureFixture[str], keyed: AppContext) -> None:
    shown = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "keys", "show")
    owner = next(line for line in shown.out.splitlines() if line.startswith("Pemilik:"))
    observer, school = keyed.store.self_observer(), keyed.store.get_school()
    assert observer is not None and school is not None
    assert owner.startswith(f"Pemilik: {observer.name}") and school.name in owner
    assert "CN=" not in owner and "O=" not in owner  # not the certificate's raw subject


def test_the_longest_names_still_fit_the_room_left_for_the_signature(
    capsys: pytest.CaptureFixture[str], demo: AppContext, passphrase_file: Path
) -> None:
    """The room left in the PDF for the signature is reckoned from the certificate (no dry
    run): a certificate made as large as names allow (a common name is at most 64 characters
    in X.509, a school's name is not bounded) still fits, and the sheet validates."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    store = demo.store
    observer = store.self_observer()
    assert observer is not None
    long_name = ("Prof. Dr. Hj. Raden Ayu Sri Wahyuningsih Kusumawardhani, S.Pd. " * 2)[:64]
    store.save_observer(observer.model_copy(update={"name": long_name, "id_number": "1" * 40}))
    school = store.get_school()
    assert school is not None
    store.save_school(school.model_copy(update={"name": "Sekolah Menengah Pertama Negeri Satu Atap " * 7}))
    create_key(demo, PASSPHRASE)

    out, _obs_id = _signed(capsys, demo, passphrase_file)
    sig = PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures[0]
    assert len(sig.signer_cert.dump()) > 700  # the names made it large
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[sig.signer_cert]))
    assert status.intact and status.valid and status.trusted
    assert sig.signer_cert.subject.native["common_name"] == long_name
