"""A school with a few teachers and the small test form, in a temp data directory."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.record import Observation, Status
from observasi.i18n import set_language
from observasi.paths import user_forms_dir
from observasi.record import create_draft
from observasi.settings import Settings
from observasi.store.models import Observer, School, Teacher
from observasi.store.store import Store
from tests.waiting import screen_text

__all__ = ["draft_of", "fresh_store", "lesson_on", "make_context", "prepare", "screen_text"]

FIXTURES = Path(__file__).parent.parent / "fixtures"
TEACHERS = ("Siti Aminah, S.Pd.", "Ahmad Fauzi, S.Pd.", "Dewi Lestari, S.Pd.")


def prepare(data_dir: Path) -> None:
    """School, observer (this laptop's user), three teachers, the mini form."""
    forms = user_forms_dir(data_dir)
    forms.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "mini.toml", forms / "mini.toml")
    store = Store(data_dir)
    store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    observer = store.save_observer(Observer(id="0" * 32, name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    store.set_setting("self_observer_id", observer.id)
    for i, name in enumerate(TEACHERS):
        store.save_teacher(Teacher(id=f"{i + 1:032d}", name=name, subject="IPA", nip=f"19800101200501200{i}"))
    store.close()


def make_context(data_dir: Path, lang: str = "id") -> AppContext:
    set_language(lang)
    return AppContext(Settings(data_dir=data_dir, lang=lang, lang_forced=True))


def draft_of(context: AppContext, teacher_index: int = 0, day: str = "2026-11-24") -> Observation:
    """A draft on the mini form, stored."""
    store = context.store
    known = context.catalog.get("mini")
    assert known is not None
    teacher = store.get_teacher(f"{teacher_index + 1:032d}")
    observer = store.self_observer()
    assert teacher is not None and observer is not None
    obs = Observation(
        form_id="mini",
        form_version="1",
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person(),
        observer_id=observer.id,
        observer=observer.as_person(),
        subject="IPA",
        class_name="VII A",
        topic="Gerak lurus",
        date=day,
        semester="2026-1",
    )
    return store.create_observation(obs, known.instrument)


@pytest.fixture
def school_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    prepare(data_dir)
    return data_dir


def fresh_store(data_dir: Path) -> Store:
    """A second connection, as a restarted program would open it."""
    return Store(data_dir)


def lesson_on(context, form_id: str, minutes_ago: int) -> str:
    """A lesson on a bundled form that started *minutes_ago*, clock running."""
    store = context.store
    known = context.catalog.get(form_id)
    teacher = store.list_teachers()[0]
    obs = create_draft(store, teacher, store.self_observer(), known.instrument, date="2026-11-24", semester="2026-1")
    started = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).replace(microsecond=0)
    store.put_observation(
        store.get_observation(obs.id).model_copy(
            update={"status": Status.observing, "started_at": started.isoformat().replace("+00:00", "Z")}
        )
    )
    return obs.id
