"""A laptop that lost its key while it waited to join asks again under a new identity
(fix11-sync 3): the member saw two requests for one laptop, the old one with a code that
matched nothing the laptop showed. The new request names the old one; the member shows
one request. Only a request's own key counts: a
request of another laptop naming someone's request does not hide it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from observasi import paths
from observasi.cli.commands import cli
from observasi.core.record import utc_now
from observasi.sync import device_key, devices, enrollment
from observasi.sync.enrollment import kex_public
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code
from tests.sync.test_join_asked_again import _laptops


def test_a_laptop_renewed_while_waiting_is_one_request_with_the_code_it_shows(tmp_path: Path, shared: Path) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    old = join_code(sync(newcomer, shared))
    first_id = newcomer.store.device_id
    assert [r.code for r in devices.device_list(school).requests] == [old]  # the member saw it (kept)
    paths.device_key(newcomer.store.data_dir).unlink()  # the data folder restored with observasi.db only
    new = join_code(sync(newcomer, shared))
    assert new != old

    for _ in range(2):  # read from the folder, then as kept between syncs
        (request,) = devices.device_list(school).requests
        assert (request.code, request.label) == (new, "Laptop Siti") and request.device != first_id
    shown = CliRunner().invoke(cli, ["--data-dir", str(school.settings.data_dir), "devices"])
    assert new in shown.output and old not in shown.output, shown.output
    assert not [said for _, said in sync(school, shared).problems if old in said]
    assert [r.code for r in devices.requests_waiting(school)] == [new]
    assert devices.approve(school, new).device == newcomer.store.device_id
    assert sync(newcomer, shared).waiting_code is None
    # Approved, the laptop's new request is a member's: the old one does not come back.
    sync(school, shared)
    assert devices.device_list(school).requests == [] and devices.requests_waiting(school) == []


def test_a_request_naming_another_laptops_request_does_not_hide_it(tmp_path: Path, shared: Path) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    code = join_code(sync(newcomer, shared))
    other = tmp_path / "C"  # someone with access to the folder, another key, another name
    key = device_key.load_or_create(other)
    device = "0123456789abcdef"
    body = {
        "format": "observasi-join",
        "version": 1,
        "device_id": device,
        "public_key": key.public_key,
        "kex_key": kex_public(other),
        "label": "Laptop Kepala Sekolah",
        "label_sealed": [],
        "created_at": utc_now(),
        "replaces": newcomer.store.device_id,
    }
    folder = shared / "observasi" / device
    folder.mkdir()
    (folder / "join.json").write_bytes(enrollment.signed(body, key))
    assert json.loads((folder / "join.json").read_bytes())["replaces"] == newcomer.store.device_id

    codes = {r.code for r in devices.device_list(school).requests}
    assert code in codes and len(codes) == 2


def test_a_request_whose_name_cannot_be_opened_is_never_taken_as_replaced() -> None:
    """Review11: two names the member cannot open (sealed before it joined, or not sealed at
    all: both read "") counted as one name, so a forged request naming a real one, with a
    later time, hid it and only a code matching nothing was shown."""
    real = enrollment.JoinRequest("a" * 16, "pk-real", "kex-real", "", "2026-12-04T03:00:00Z")
    forged = enrollment.JoinRequest(
        "b" * 16, "pk-forged", "kex-forged", "", "2026-12-04T09:00:00Z", replaces=real.device
    )
    assert enrollment.current_requests([real, forged], []) == [real, forged]
    # Opened names that agree: the laptop asked again under its new identity.
    old = enrollment.JoinRequest("c" * 16, "pk-old", "kex-old", "Laptop Siti", "2026-12-04T03:00:00Z")
    new = enrollment.JoinRequest(
        "d" * 16, "pk-new", "kex-new", "Laptop Siti", "2026-12-04T03:05:00Z", replaces=old.device
    )
    assert enrollment.current_requests([old, new], []) == [new]
