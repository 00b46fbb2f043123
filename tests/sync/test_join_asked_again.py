"""A joiner that asks again under another name replaces its pending request: the approving
laptop sees the current name (the review: a laptop that asked as "Laptop A", cancelled and
asked again as "Laptop Siti Rahma" still showed "Laptop A" to the member approving it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code


def _laptops(tmp_path: Path, shared: Path) -> tuple[AppContext, AppContext]:
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    newcomer = AppContext(Settings(data_dir=tmp_path / "B"))
    newcomer.update_settings(shared_folder=shared)
    return school, newcomer


@pytest.mark.parametrize("seen_first", [True, False])
def test_asking_again_under_another_name_is_what_the_member_sees(
    tmp_path: Path, shared: Path, seen_first: bool
) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop A")
    first_code = join_code(sync(newcomer, shared))
    if seen_first:  # the member's app saw the first request (its header names it)
        assert [r.label for r in devices.device_list(school).requests] == ["Laptop A"]
    devices.ask_to_join(newcomer, "Laptop Siti Rahma")  # cancelled, then asked again
    again = join_code(sync(newcomer, shared))
    assert again == first_code  # the same laptop, the same keys: the same code on both screens
    (request,) = devices.device_list(school).requests
    assert request.label == "Laptop Siti Rahma"
    sync(newcomer, shared)  # the same name again: no new request written
    assert len(list(shared.rglob("join*.json"))) == 2
    devices.approve(school, again)
    assert sync(school, shared).problems == []
    assert sync(newcomer, shared).problems == []
    assert sync(school, shared).problems == []  # the second request file is no stray file
    assert devices.device_list(newcomer).founder == school.store.device_id


def test_a_damaged_request_file_under_the_next_number_does_not_swallow_the_new_name(
    tmp_path: Path, shared: Path
) -> None:
    """A damaged or foreign join-000001.json in the joiner's folder (a sync client's half
    copy): asking again under a new name wrote nothing (create-only) and said nothing, and
    the members kept the old name (review)."""
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop A")
    join_code(sync(newcomer, shared))
    (first,) = shared.rglob("join.json")
    (first.parent / "join-000001.json").write_bytes(b'{"format": "observasi-join", "cut')
    devices.ask_to_join(newcomer, "Laptop Siti Rahma")
    join_code(sync(newcomer, shared))
    (request,) = devices.device_list(school).requests
    assert request.label == "Laptop Siti Rahma"
