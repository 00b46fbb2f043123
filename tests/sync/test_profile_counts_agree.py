"""One exchange of the school's profile and roster, one number on both laptops (the review:
after a join the sender's line said "Terkirim 6 perubahan profil sekolah/daftar guru" and
the receiver's "diterima 0", with "2 ... diterapkan" among its notices: the four teachers
held as twins, and any version that changed nothing there, were not counted as arrived)."""

from __future__ import annotations

import re
from pathlib import Path

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.store.models import Teacher
from observasi.sync import devices
from observasi.sync.report_words import summary_line
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code

ROSTER = re.compile(r"(\d+) perubahan profil sekolah/daftar guru")


def _sent_and_received(line: str) -> tuple[int, int]:
    sent, _, received = line.partition("diterima")
    numbers = [[int(n) for n in ROSTER.findall(part)] for part in (sent, received)]
    return sum(numbers[0]), sum(numbers[1])


def test_the_receiver_says_as_many_roster_changes_as_the_sender_sent(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    newcomer = AppContext(Settings(data_dir=tmp_path / "B"))
    newcomer.update_settings(shared_folder=shared)
    # The newcomer imported the school's Dapodik file before joining: the same teachers (their
    # NIP) under other ids, and one teacher the school's laptop does not have yet.
    with_numbers = [t for t in school.store.list_teachers() if t.nip][:4]
    for teacher in with_numbers:
        newcomer.store.save_teacher(Teacher(name=teacher.name, nip=teacher.nip))
    newcomer.store.save_teacher(Teacher(name="Rina Wulandari, S.Pd.", nip="198805052010012005"))
    devices.ask_to_join(newcomer, "Laptop B")
    founded = summary_line(sync(school, shared), 0)
    devices.approve(school, join_code(sync(newcomer, shared)))
    joined = summary_line(sync(newcomer, shared), 0)
    back = summary_line(sync(school, shared), 0)

    school_sent, _ = _sent_and_received(founded)
    newcomer_sent, newcomer_received = _sent_and_received(joined)
    _, school_received = _sent_and_received(back)
    assert school_sent > 0 and newcomer_sent > 0
    assert newcomer_received == school_sent, (founded, joined)
    assert school_received == newcomer_sent, (joined, back)
