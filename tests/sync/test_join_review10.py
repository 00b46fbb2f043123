"""What a member reads as a waiting laptop's request (review10): a forged file numbered 0 or
lower than the laptop's own does not take the real request's place, and a laptop that lost
its key while waiting asks again under a new identity that the member can approve."""

from __future__ import annotations

from pathlib import Path

from observasi import paths
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code
from tests.sync.test_join_asked_again import _laptops
from tests.sync.test_join_forged import _forge


def test_a_forged_request_numbered_0_is_not_read_and_the_real_one_not_accused(tmp_path: Path, shared: Path) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    code = join_code(sync(newcomer, shared))
    (asked,) = shared.rglob("join.json")
    forged = _forge(asked.parent, newcomer.store.device_id, tmp_path / "C")
    forged = forged.rename(forged.with_name("join-000000.json"))

    (request,) = devices.device_list(school).requests
    assert (request.code, request.label) == (code, "Laptop Siti")
    problems = dict(sync(school, shared).problems)
    assert f"observasi/{newcomer.store.device_id}/join.json" not in problems  # the real file is not accused
    assert join_code(sync(newcomer, shared)) == code
    assert devices.approve(school, code).device == newcomer.store.device_id


def test_numbered_requests_without_join_json_show_nothing_until_it_comes(tmp_path: Path, shared: Path) -> None:
    """A sync client brings files in any order: a forged ``join-000001.json`` alone is
    neither shown as the laptop's request nor taken as the key its real request is
    judged by; once ``join.json`` is there, the real code shows and the forgery is named."""
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    code = join_code(sync(newcomer, shared))
    (asked,) = shared.rglob("join.json")
    held_back = asked.read_bytes()
    asked.unlink()  # not arrived yet on the member's side
    forged = _forge(asked.parent, newcomer.store.device_id, tmp_path / "C")
    forged = forged.rename(forged.with_name("join-000001.json"))

    assert devices.device_list(school).requests == []
    assert not [p for p, _ in sync(school, shared).problems if p.endswith("join.json")]
    asked.write_bytes(held_back)  # it arrives
    (request,) = devices.device_list(school).requests
    assert request.code == code
    problems = dict(sync(school, shared).problems)
    assert f"observasi/{newcomer.store.device_id}/join-000001.json" in problems


def test_a_laptop_that_lost_its_key_while_waiting_asks_again_and_can_be_approved(tmp_path: Path, shared: Path) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    old = join_code(sync(newcomer, shared))
    first_id = newcomer.store.device_id
    paths.device_key(newcomer.store.data_dir).unlink()  # the data folder restored with observasi.db only

    new = join_code(sync(newcomer, shared))
    assert new != old and newcomer.store.device_id != first_id  # a new identity, a new code
    codes = {r.code for r in devices.device_list(school).requests}
    assert new in codes  # the member can see the code the laptop shows
    problems = sync(school, shared).problems
    assert not [p for p, _ in problems if newcomer.store.device_id in p]  # its own request is not accused
    assert devices.approve(school, new).device == newcomer.store.device_id
    assert sync(newcomer, shared).waiting_code is None
