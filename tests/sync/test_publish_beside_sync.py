"""A save's background publish while a sync runs does not wait behind it: it leaves the
revision counted as waiting (that sync or the next sends it). It waited with no limit,
one blocked thread per save through a long first import (review)."""

from __future__ import annotations

import threading
from pathlib import Path

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.record import Status
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync.one_at_a_time import one_sync
from observasi.sync.service import publish, status, sync
from tests.conftest import edit


def test_a_publish_while_a_sync_runs_leaves_the_revision_waiting_and_the_next_sends_it(tmp_path: Path) -> None:
    shared = tmp_path / "drive"
    shared.mkdir()
    context = AppContext(Settings(data_dir=tmp_path / "a"))
    fill_demo(context.store, context.catalog)
    context.update_settings(shared_folder=shared)
    sync(context, shared)
    draft = next(iter(context.store.list_observations(status=Status.draft.value)))
    edit(context.store, draft.id, ch.SetDetails({"topic": "Pecahan senilai"}))
    waiting_before = status(context).pending
    assert waiting_before > 0

    holding, done = threading.Event(), threading.Event()

    def a_sync_running() -> None:
        with one_sync(context.settings.data_dir):
            holding.set()
            done.wait()

    other = threading.Thread(target=a_sync_running)
    other.start()
    holding.wait()
    try:
        assert publish(context) == 0  # returns at once, nothing sent beside the sync
        assert status(context).pending == waiting_before
    finally:
        done.set()
        other.join()
    assert publish(context) > 0
    assert status(context).pending == 0
