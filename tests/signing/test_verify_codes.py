"""`observasi verify` exits with one code per verdict (observasi.signing.verdicts): a sheet
superseded by an amendment names it and exits SUPERSEDED; content that differs from the
record without an amendment is never "valid"."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.record.live import amend, change
from observasi.signing import verify_codes
from observasi.signing.keys import create_key
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pick


@pytest.fixture
def keyed(demo: AppContext) -> AppContext:
    create_key(demo, PASSPHRASE)
    return demo


def _sign(capsys: pytest.CaptureFixture[str], context: AppContext, passphrase_file: Path) -> tuple[Path, str]:
    item = pick(context, form="supervisi-akademik", observer_role="kepala_sekolah")
    out = context.settings.data_dir / "lembar-asli.pdf"
    args = ("--data-dir", str(context.settings.data_dir), "sheet", item.id[:8], "-o", str(out), "--sign")
    result = observasi(capsys, *args, "--passphrase-file", str(passphrase_file))
    assert result.code == 0, result.err
    return out, item.id


def test_a_sheet_superseded_by_an_amendment_names_it_and_exits_superseded(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    out, obs_id = _sign(capsys, keyed, passphrase_file)
    where = ("--data-dir", str(keyed.settings.data_dir))
    assert observasi(capsys, *where, "verify", str(out)).code == verify_codes.VALID == 0
    amend(keyed.store, obs_id, "Skor PD1 salah ketik")
    change(keyed.store, obs_id, ch.Finalise())
    result = observasi(capsys, *where, "verify", str(out))
    assert result.code == verify_codes.SUPERSEDED, result.out
    assert "DIGANTI" in result.out and "Amandemen ke-1" in result.out and "Skor PD1 salah ketik" in result.out


def test_content_that_differs_from_the_record_is_not_valid(
    capsys: pytest.CaptureFixture[str], keyed: AppContext, passphrase_file: Path
) -> None:
    out, obs_id = _sign(capsys, keyed, passphrase_file)
    record = keyed.store.get_observation(obs_id)
    # Another content for the same record, with no amendment (as a sync could bring it).
    keyed.store.put_observation(record.model_copy(update={"strengths": "Diubah tanpa amandemen"}))
    result = observasi(capsys, "--data-dir", str(keyed.settings.data_dir), "verify", str(out))
    assert result.code == verify_codes.CONTENT_DIFFERS, result.out
    assert "BERBEDA" in result.out


def test_the_codes_are_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "verify-exit-codes.md").read_text(encoding="utf-8")
    for name, code in verify_codes.CODES.items():
        assert f"| {code} | `{name}` |" in doc


def test_an_amended_sheet_shows_its_amendment_asks_a_fresh_acknowledgement_and_is_a_new_file(
    keyed: AppContext,
) -> None:
    from observasi.sheet.service import write_sheet
    from tests.sheet.conftest import pdf_pages

    item = pick(keyed, form="supervisi-akademik", observer_role="kepala_sekolah")
    store = keyed.store
    if store.get_observation(item.id).acknowledgement is None:
        amend(store, item.id, "Tanda terima dulu")
        change(store, item.id, ch.Acknowledge("Guru Yang Menerima"))
        change(store, item.id, ch.Finalise())
    first = write_sheet(keyed, item.id)
    ack_name = store.get_observation(item.id).acknowledgement.name
    amend(store, item.id, "Skor PD1 salah ketik")
    change(store, item.id, ch.Finalise())
    second = write_sheet(keyed, item.id)
    assert first.exists() and second.exists() and first != second  # the old sheet stays
    number = len(store.get_observation(item.id).amendments)
    assert second.stem.endswith(f"-amandemen-{number}")
    text = " ".join(pdf_pages(second.read_bytes()))
    assert f"AMANDEMEN KE-{number}" in text and "Skor PD1 salah ketik" in text
    assert f"Tanda terima guru untuk versi sebelum amandemen ke-{number}: {ack_name}" in text
    assert f"Tanda terima guru atas versi amandemen ke-{number}" in text
