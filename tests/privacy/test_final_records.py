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
from tests.privacy.enrolled import join

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
    join(a, b, shared)
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


def _later_than_its_history(store: Store, obs_id: str) -> str:
    """A time after the record's last revision (times are kept to the second: an edit in
    the same second as the revision would look like the revision itself)."""
    import datetime as dt

    (row,) = store.query("select max(created_at) as at from revisions where observation_id = ?", [obs_id])
    last = dt.datetime.strptime(row["at"], "%Y-%m-%dT%H:%M:%SZ")
    return (max(last, dt.datetime.strptime(utc_now(), "%Y-%m-%dT%H:%M:%SZ")) + dt.timedelta(seconds=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


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
    a.store.conn.execute(
        "update observations set updated_at = ? where id = ?", [_later_than_its_history(a.store, obs_id), obs_id]
    )

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


def _forged(shared: Path, parent: Revision, payload: dict, signer: tuple[str, object] | None = None) -> str:
    """One revision on top of *parent*, in a new device folder with a self-made key (or
    written with a member's own device key, *signer* = (device id, key))."""
    device, key = signer if signer is not None else (os.urandom(8).hex(), device_key.DeviceKey(_fresh_key()))
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
    data, _, _ = revision_file.encode(revision, key)  # type: ignore[arg-type]
    folder = app_dir(shared) / device
    folder.mkdir(exist_ok=True)
    (folder / revision_file_name(rid)).write_bytes(data)
    return device


def _fresh_key():
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _all_scores_one(head: Revision) -> dict:
    payload = dict(head.payload)
    payload["ratings"] = {k: {**v, "level": "1"} for k, v in payload["ratings"].items()}
    return payload


def test_a_forged_device_folder_is_reported_by_name_and_nothing_of_it_is_applied(
    school: tuple[AppContext, AppContext, Path],
) -> None:
    _, b, shared = school
    obs_id, _ = _a_final(b.store)
    (head,) = b.store.heads(obs_id)
    before = b.store.get_observation(obs_id)
    forger = _forged(shared, head, _all_scores_one(head))

    report = sync(b, shared)
    assert report.received == 0 and b.store.get_observation(obs_id) == before
    assert (
        f"observasi/{forger}",
        "folder perangkat yang bukan anggota sekolah (tidak disetujui siapa pun); isinya tidak diterapkan",
    ) in report.problems


def test_a_members_revision_that_changes_a_final_record_without_an_amendment_is_not_applied(
    school: tuple[AppContext, AppContext, Path],
) -> None:
    a, b, shared = school
    obs_id, name = _a_final(b.store)
    (head,) = b.store.heads(obs_id)
    before = b.store.get_observation(obs_id)
    signer = (a.store.device_id, device_key.load_or_create(a.store.data_dir))
    forged = _forged(shared, head, _all_scores_one(head), signer)

    report = sync(b, shared)
    assert b.store.get_observation(obs_id) == before
    mine = [(where, reason) for where, reason in report.problems if where.startswith(f"observasi/{forged}/")]
    assert mine and name in mine[0][1] and "tanpa amandemen" in mine[0][1], report.problems


def test_a_first_import_that_brings_a_final_record_and_a_change_to_it_applies_the_final_one(
    school: tuple[AppContext, AppContext, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new laptop reads the final revision and a member's change to it in one sync: the
    heads of a batch (and whether their parents are final) are read together, and the
    change is still refused (the record waits, unapplied, and is named), as it is one by one."""
    from observasi.sync import incoming

    a, b, shared = school
    obs_id, name = _a_final(b.store)
    (head,) = b.store.heads(obs_id)
    signer = (a.store.device_id, device_key.load_or_create(a.store.data_dir))
    forged = _forged(shared, head, _all_scores_one(head), signer)
    monkeypatch.setattr(incoming, "APPLY_BATCH", 2)  # the record's batch holds others too
    c = AppContext(Settings(data_dir=tmp_path / "C"))
    try:
        join(a, c, shared)
        assert obs_id in c.store.unapplied() and c.store.count_observations() == a.store.count_observations() - 1
        report = sync(c, shared)
        mine = [reason for where, reason in report.problems if where.startswith(f"observasi/{forged}/")]
        assert mine and name in mine[0] and "tanpa amandemen" in mine[0], report.problems
    finally:
        c.store.close()
