"""A final record changes only through an amendment. Edited in the database behind the
program's back, it is not published (reported by name) and ``verify`` exits non-zero; a
revision in the shared folder that changes it without an amendment is not applied."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from observasi.cli.commands import cli
from observasi.context import AppContext
from observasi.core.canonical import revision_hash
from observasi.core.record import utc_now
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.signing import verify_codes
from observasi.store.models import Revision
from observasi.store.store import Store
from observasi.sync import device_key, revision_file
from observasi.sync.naming import app_dir, device_dir, revision_file_name
from observasi.sync.service import sync

PASSPHRASE = "kopi pagi ruang guru"


@pytest.fixture
def school(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    """Laptop A with the demo school, laptop B that has synced it, one shared folder."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(a.store, a.catalog)
    b = AppContext(Settings(data_dir=tmp_path / "B"))
    sync(a, shared)
    sync(b, shared)
    yield a, b, shared
    a.store.close()
    b.store.close()


def _a_final(store: Store) -> tuple[str, str]:
    row = store.query(
        "select o.id, json_extract(o.teacher, '$.name') as name from observations o "
        "where status = 'final' and deleted = 0 and exists (select 1 from evidence e where e.observation_id = o.id) "
        "order by id limit 1"
    )[0]
    return row["id"], row["name"]


def _now() -> str:
    return utc_now()


EDITS: dict[str, Callable[[Store, str], None]] = {
    "score": lambda s, i: s.conn.execute(
        "update ratings set level = '1' where observation_id = ? and rowid = "
        "(select min(rowid) from ratings where observation_id = ? and level != '1')",
        [i, i],
    ),
    "name": lambda s, i: s.conn.execute(
        "update observations set teacher = json_set(teacher, '$.name', 'Orang Lain') where id = ?", [i]
    ),
    "evidence": lambda s, i: s.conn.execute(
        "update evidence set text = 'tidak ada apa-apa' where id = (select min(id) from evidence where observation_id = ?)",
        [i],
    ),
    "status": lambda s, i: s.conn.execute(
        "update observations set status = 'reflecting', finalized_at = null where id = ?", [i]
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_final_record_edited_in_the_database_is_not_published_and_is_reported_by_name(
    school: tuple[AppContext, AppContext, Path], edit: str
) -> None:
    a, b, shared = school
    obs_id, name = _a_final(a.store)
    before_b = b.store.get_observation(obs_id)
    files_before = set(os.listdir(device_dir(shared, a.store.device_id)))
    # Behind the program's back; updated_at moved too, so the record looks edited.
    EDITS[edit](a.store, obs_id)
    a.store.conn.execute("update observations set updated_at = ? where id = ?", [_now(), obs_id])

    report = sync(a, shared)
    assert report.sent == 0
    assert set(os.listdir(device_dir(shared, a.store.device_id))) == files_before
    mine = [reason for where, reason in report.problems if name in where]
    assert mine and "di luar observasi" in mine[0], report.problems

    sync(b, shared)
    assert b.store.get_observation(obs_id) == before_b


def _signed_sheet(a: AppContext, obs_id: str, tmp_path: Path) -> Path:
    (tmp_path / "pp").write_text(PASSPHRASE + "\n", encoding="utf-8")
    data = str(a.settings.data_dir)
    runner = CliRunner()
    made = runner.invoke(cli, ["--data-dir", data, "keys", "create", "--passphrase-file", str(tmp_path / "pp")])
    assert made.exit_code == 0, made.output
    target = tmp_path / "lembar.pdf"
    sheet = runner.invoke(
        cli,
        ["--data-dir", data, "sheet", obs_id, "-o", str(target), "--sign", "--passphrase-file", str(tmp_path / "pp")],
    )
    assert sheet.exit_code == 0, sheet.output
    return target


def test_verify_exits_non_zero_when_the_record_behind_a_sheet_was_edited(
    school: tuple[AppContext, AppContext, Path], tmp_path: Path
) -> None:
    a, _, _ = school
    obs_id, name = _a_final(a.store)
    sheet = _signed_sheet(a, obs_id, tmp_path)
    data = str(a.settings.data_dir)
    good = CliRunner().invoke(cli, ["--data-dir", data, "verify", str(sheet)])
    assert good.exit_code == verify_codes.VALID, good.output
    EDITS["score"](a.store, obs_id)
    bad = CliRunner().invoke(cli, ["--data-dir", data, "verify", str(sheet)])
    assert bad.exit_code == verify_codes.CONTENT_DIFFERS, bad.output
    assert "di luar observasi" in bad.output and name in bad.output


def _forged(shared: Path, parent: Revision, payload: dict) -> str:
    """A new device folder with a self-made key and one revision on top of *parent*."""
    device = os.urandom(8).hex()
    key = device_key.DeviceKey(_fresh_key())
    rid = os.urandom(16).hex()
    revision = Revision(
        id=rid,
        observation_id=parent.observation_id,
        parents=[parent.id],
        device_id=device,
        author="Penyusup",
        created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        deleted=False,
        payload=payload,
        hash=revision_hash(payload, False),
    )
    data, _, _ = revision_file.encode(revision, key)
    folder = app_dir(shared) / device
    folder.mkdir()
    (folder / revision_file_name(rid)).write_bytes(data)
    return device


def _fresh_key():
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def test_a_forged_revision_that_changes_a_final_record_is_not_applied_and_is_reported(
    school: tuple[AppContext, AppContext, Path],
) -> None:
    a, b, shared = school
    obs_id, name = _a_final(b.store)
    (head,) = b.store.heads(obs_id)
    payload = dict(head.payload)
    payload["ratings"] = {k: {**v, "level": "1"} for k, v in payload["ratings"].items()}
    before = b.store.get_observation(obs_id)
    forger = _forged(shared, head, payload)

    report = sync(b, shared)
    assert b.store.get_observation(obs_id) == before
    mine = [(where, reason) for where, reason in report.problems if forger in where]
    assert mine and name in mine[0][1] and "tanpa amandemen" in mine[0][1], report.problems
