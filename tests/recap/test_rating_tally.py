"""The recap counts ratings from ``rating_tally``, counted per day by SQLite triggers (issue 18:
all years at 100,000 observations in under 3 s). Whatever path writes (a level typed on the
live screen, N/A, a rating cleared, finalise, amend, delete, a sync replacing a record whole,
a teacher forgotten), the tally must stay the ratings of final records counted directly; and
the recap's figures must be those the direct count over the ratings gives."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from decimal import Decimal

import pytest

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Rating, Status
from observasi.demo import fill_demo
from observasi.errors import UserError
from observasi.i18n import t
from observasi.privacy import forget_teacher
from observasi.recap.period import Period
from observasi.recap.school import build_recap, rating_counts
from observasi.record.live import amend, change
from observasi.settings import Settings
from observasi.store.connection import StoreFailure
from observasi.store.models import Observer, Teacher
from observasi.store.store import Store
from tests.recap.conftest import add_observation

DAYS = ["2026-08-10", "2026-08-11", "2026-09-01", "2027-01-05"]
PERIODS = [
    Period.between("2000-01-01", "2099-12-31"),
    Period.of_semester("2026-1"),
    Period.between("2026-08-11", "2026-09-01"),
    Period.between("2026-08-11", "2026-08-11"),
]
KEY = "case when r.na then '__na__' else r.level end"


def tally(store: Store) -> Counter:
    """The tally as kept (a row left at 0 counts nothing; one below 0 would show here)."""
    rows = store.query("select date, form_hash, indicator_id, key, n from rating_tally where n != 0")
    return Counter({(r["date"], r["form_hash"], r["indicator_id"], r["key"]): r["n"] for r in rows})


def counted_directly(store: Store) -> Counter:
    rows = store.query(
        f"select o.date, o.form_hash, r.indicator_id, {KEY} as key, count(*) as n from ratings r "
        "join observations o on o.id = r.observation_id where o.deleted = 0 and o.status = 'final' "
        f"and {KEY} is not null group by 1, 2, 3, 4"
    )
    return Counter({(r["date"], r["form_hash"], r["indicator_id"], r["key"]): r["n"] for r in rows})


def old_rating_counts(store: Store, period: Period) -> dict:
    """The recap's rating counts as it computed them before the tally: grouped over every rating."""
    counted = store.query(
        "select o.form_hash, r.indicator_id, r.level, r.na, count(*) as n from ratings r "
        "join observations o on o.id = r.observation_id left join forms f on f.hash = o.form_hash "
        "where o.deleted = 0 and o.status = 'final' and o.date >= ? and o.date <= ? "
        "group by r.indicator_id, r.level, r.na, coalesce(f.rowid, o.form_hash)",
        [period.date_from, period.date_to],
    )
    per_form: dict = defaultdict(lambda: defaultdict(Counter))
    for row in counted:
        key = "__na__" if row["na"] else row["level"]
        if key is not None:
            per_form[row["form_hash"]][row["indicator_id"]][key] += row["n"]
    return plain(per_form)


def plain(per_form: dict) -> dict:
    return {digest: {ind: dict(levels) for ind, levels in inds.items()} for digest, inds in per_form.items()}


def _random_levels(rng: random.Random, inst: Instrument) -> dict[str, str | None]:
    ids = [ind.id for _, ind in inst.indicators()]
    chosen = rng.sample(ids, rng.randint(0, len(ids)))
    return {ind: (None if rng.random() < 0.2 else rng.choice(["1", "2", "3", "4"])) for ind in chosen}


class Writer:
    """Random writes through the paths a user's actions and a sync take."""

    def __init__(self, store: Store, inst: Instrument, seed: int) -> None:
        self.store, self.inst, self.rng = store, inst, random.Random(seed)
        self.observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
        self.teachers = [store.save_teacher(Teacher(name=f"Guru {i}", subject="IPA")) for i in range(3)]
        self.ids: list[str] = []

    def live_ids(self) -> list[str]:
        rows = self.store.query("select id from observations where deleted = 0 order by id")
        return [r["id"] for r in rows]

    def step(self) -> str:
        rng, store = self.rng, self.store
        ids = self.live_ids()
        kind = rng.choice(
            ["create", "create", "create", "rate", "rate", "na", "clear", "finalise", "amend", "delete"]
            + ["sync", "sync", "batch", "forget"]
        )
        if kind == "create" or not ids:
            status = rng.choice([Status.final, Status.final, Status.reflecting, Status.draft])
            obs = add_observation(
                store, self.inst, rng.choice(self.teachers), self.observer, rng.choice(DAYS),
                _random_levels(rng, self.inst), status=status,
            )  # fmt: skip
            self.ids.append(obs.id)
            return f"create {status.value}"
        obs_id = rng.choice(ids)
        indicator = rng.choice([ind.id for _, ind in self.inst.indicators()])
        try:
            if kind == "rate":
                change(store, obs_id, ch.Rate(indicator, rng.choice(["1", "2", "3", "4"])))
            elif kind == "na":
                change(store, obs_id, ch.MarkNA(indicator))
            elif kind == "clear":
                change(store, obs_id, ch.ClearRating(indicator))
            elif kind == "finalise":
                change(store, obs_id, ch.Finalise())
            elif kind == "amend":
                amend(store, obs_id, "Salah ketik nilai")
            elif kind == "delete":
                store.delete_observation(obs_id)
            elif kind == "sync":  # another laptop's revision applied: the record replaced whole
                store.put_observation(self._edited(obs_id), revision=False)
            elif kind == "batch":  # an import's batch, the same record twice (insert or replace)
                rows = [store.whole_rows(self._edited(obs_id)), store.whole_rows(self._edited(obs_id))]
                store.write_whole_records(rows, revision=False)
            elif kind == "forget":
                teacher = store.get_teacher(store.get_observation(obs_id).teacher_id)
                if teacher is not None:
                    forget_teacher(store, teacher)
                    self.teachers = [t for t in self.teachers if t.id != teacher.id]
                    self.teachers.append(store.save_teacher(Teacher(name=f"Guru {rng.random()}", subject="IPA")))
        except UserError:
            return f"{kind} refused"
        return kind

    def _edited(self, obs_id: str):
        rng = self.rng
        obs = self.store.get_observation(obs_id)
        levels = _random_levels(rng, self.inst)
        ratings = {ind: Rating(indicator_id=ind, level=lv, na=lv is None) for ind, lv in levels.items()}
        return obs.model_copy(
            update={
                "date": rng.choice(DAYS),
                "status": rng.choice([Status.final, Status.reflecting]),
                "ratings": ratings if rng.random() < 0.7 else obs.ratings,
            }
        )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_tally_is_the_ratings_counted_after_every_write(store: Store, mini_form: Instrument, seed: int) -> None:
    writer = Writer(store, mini_form, seed)
    done: list[str] = []
    for _ in range(120):
        done.append(writer.step())
        assert tally(store) == counted_directly(store), done[-8:]
    kinds = Counter(step.split()[0] for step in done)
    # the sequence went through every path, not only the easy ones
    assert {"create", "rate", "na", "clear", "finalise", "amend", "delete", "sync", "batch", "forget"} <= kinds.keys()
    for period in PERIODS:
        assert plain(rating_counts(store, period)) == old_rating_counts(store, period)


def test_a_rating_typed_on_a_final_record_reopened_counts_once(store: Store, mini_form: Instrument) -> None:
    """A lesson finalised, amended, rescored and finalised again: the recap counts the new level only."""
    teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
    observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
    levels: dict[str, str | None] = {"R1": "3", "R2": "2", "I1": "3", "I2": "4", "I3": "4"}
    obs = add_observation(store, mini_form, teacher, observer, "2026-08-10", levels)
    period = Period.of_semester("2026-1")
    assert rating_counts(store, period)[obs.form_hash]["R1"] == {"3": 1}
    amend(store, obs.id, "Salah ketik nilai")
    assert rating_counts(store, period) == {}  # reflecting again: not counted
    change(store, obs.id, ch.Rate("R1", "4"))
    change(store, obs.id, ch.MarkNA("I2"))
    change(store, obs.id, ch.Finalise())
    counts = rating_counts(store, period)[obs.form_hash]
    assert counts["R1"] == {"4": 1} and counts["I2"] == {"__na__": 1}
    store.delete_observation(obs.id)
    assert rating_counts(store, period) == {}


def test_a_rating_replaced_in_a_batch_is_uncounted(data_dir, mini_form: Instrument) -> None:
    """An import's batch holding one record twice replaces its ratings (insert or replace):
    the replaced rows leave the tally, on a database opened as any day (migrations done)."""
    store = Store(data_dir)
    teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
    observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
    obs = add_observation(store, mini_form, teacher, observer, "2026-08-10", {"R1": "3"})
    store.close()
    store = Store(data_dir)
    try:
        first, second = (
            obs.model_copy(update={"ratings": {"R1": Rating(indicator_id="R1", level=level)}}) for level in "24"
        )
        store.write_whole_records([store.whole_rows(first), store.whole_rows(second)], revision=False)
        assert tally(store) == counted_directly(store) == Counter({("2026-08-10", obs.form_hash, "R1", "4"): 1})
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    context = AppContext(Settings(data_dir=tmp_path_factory.mktemp("tally") / "demo"))
    fill_demo(context.store, context.catalog)
    return context.store


@pytest.mark.parametrize("period", [*PERIODS, Period.of_semester("2025-2")], ids=str)
def test_the_recap_of_the_demo_school_counts_what_the_ratings_say(demo: Store, period: Period) -> None:
    assert counted_directly(demo)  # the demo holds final records with ratings
    assert tally(demo) == counted_directly(demo)
    assert plain(rating_counts(demo, period)) == old_rating_counts(demo, period)
    recap = build_recap(demo, period)
    rated = sum(row.rated + row.na for group in recap.indicators for row in group.rows)
    (direct,) = demo.query(
        "select count(*) as n from ratings r join observations o on o.id = r.observation_id "
        "join forms f on f.hash = o.form_hash where o.deleted = 0 and o.status = 'final' "
        f"and o.date >= ? and o.date <= ? and {KEY} is not null",
        [period.date_from, period.date_to],
    )
    assert rated <= direct["n"]  # ratings of indicators a form no longer lists are not shown
    assert (rated > 0) == (direct["n"] > 0)


def test_a_database_from_before_the_tally_is_counted_when_opened(tmp_path, mini_form: Instrument) -> None:
    """The migration fills the tally from the ratings already held."""
    store = Store(tmp_path / "old")
    teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
    observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
    for day in DAYS:
        add_observation(store, mini_form, teacher, observer, day, {"R1": "3", "I2": None})
    expected = counted_directly(store)
    with store.db.atomic():
        for row in store.query("select name from sqlite_master where type = 'trigger'"):
            store.db.execute(f"drop trigger {row['name']}")
        store.db.execute("drop table rating_tally")
        store.db.execute("delete from _sqlite_migrations where name = 'm122_q_recap_rating_tally'")
    store.close()
    store = Store(tmp_path / "old")
    try:
        assert tally(store) == expected and sum(expected.values()) == 8
    finally:
        store.close()


def test_tallies_held_alike_by_many_records_are_counted_for_each(store: Store, mini_form: Instrument) -> None:
    """The recap groups records by their tallies as stored: a text held by two records counts twice."""
    teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
    observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
    held = ['{"tanya": 2}', '{"tanya": 2}', '{"tanya": 5, "lama": 1}', "{}"]
    for day, tallies in zip(DAYS, held, strict=True):
        obs = add_observation(store, mini_form, teacher, observer, day, {"R1": "3"})
        with store.db.atomic():
            store.db.execute("update observations set tallies = ? where id = ?", [tallies, obs.id])
    counts = build_recap(store, Period.between("2000-01-01", "2099-12-31")).counts
    assert [(row.item, row.observations, row.value) for row in counts] == [
        ("Pertanyaan guru", 4, t("forms2.recap.tally_value", total=9, mean=Decimal("2.3"))),
        ("lama", 4, t("forms2.recap.tally_value", total=1, mean=Decimal("0.3"))),
    ]


def test_the_latest_of_two_lessons_alike_in_day_and_creation_is_the_first_by_id(
    store: Store, mini_form: Instrument
) -> None:
    """Per-teacher rows are grouped from an index; the latest record is still the one the
    recap always showed: latest day, then creation, then the first by form and id (not
    the first in the index, which orders by nilai)."""
    teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
    observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
    add_observation(store, mini_form, teacher, observer, "2026-08-10", {"R1": "1"})
    alike = [add_observation(store, mini_form, teacher, observer, "2026-09-01", {"R1": lv}) for lv in "42"]
    first, second = sorted(alike, key=lambda o: o.id)
    with store.db.atomic():
        for obs, nilai in ((first, "90.00"), (second, "80.00")):
            store.db.execute(
                "update observations set created_at = '2026-09-01T07:00:00Z', nilai = ? where id = ?", [nilai, obs.id]
            )
    (row,) = build_recap(store, Period.of_semester("2026-1")).teachers
    assert (row.count, row.latest_date, str(row.latest_nilai)) == (3, "2026-09-01", "90.00")


def test_a_batch_that_fails_leaves_the_tally_and_its_triggers_as_they_were(data_dir, mini_form: Instrument) -> None:
    """A batch of whole records counts itself with the triggers paused; one that fails part
    way (here a rating row naming a column the table does not have) is rolled back whole, and the next rating typed
    is counted by the triggers again."""
    store = Store(data_dir)
    try:
        teacher = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", subject="IPA"))
        observer = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd."))
        obs = add_observation(store, mini_form, teacher, observer, "2026-08-10", {"R1": "3"})
        before = tally(store)
        good = store.whole_rows(obs.model_copy(update={"ratings": {"R1": Rating(indicator_id="R1", level="4")}}))
        broken = store.whole_rows(obs)
        broken.ratings[0]["no_such_column"] = 1  # the ratings table refuses it
        with pytest.raises(StoreFailure, match="perubahan belum tersimpan"):
            store.write_whole_records([broken, good], revision=False)
        assert tally(store) == counted_directly(store) == before
        amend(store, obs.id, "Salah ketik nilai")
        change(store, obs.id, ch.Rate("R1", "2"))
        change(store, obs.id, ch.Finalise())
        assert tally(store) == counted_directly(store) == Counter({("2026-08-10", obs.form_hash, "R1", "2"): 1})
    finally:
        store.close()
