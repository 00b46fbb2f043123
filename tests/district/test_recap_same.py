"""The district recap counts each school in grouped SQL (observasi.recap.school.district_figures);
its figures are the school recap's, added up: compared here with each school's own recap
(build_recap) added up the way the district adds them, on a small generated district."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from observasi.context import AppContext
from observasi.core.form_loader import load_form
from observasi.core.instrument import Instrument
from observasi.core.record import FollowUp, FollowUpStatus, Status
from observasi.district.reader import read_all, school_context
from observasi.district.recap import _across, _line, build_district_recap
from observasi.district.schools import add_school, schools
from observasi.recap.levels import ordered_levels
from observasi.recap.school import RatingCounts, SchoolRecap, build_recap
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import service
from tests.district.conftest import SEMESTER, let_the_district_read
from tests.recap.conftest import HERE as RECAP_TESTS
from tests.recap.conftest import add_observation

NOW = "2026-12-01T00:00:00Z"


def _generated_school(tmp_path: Path, n: int, forms: list[Instrument], rng: random.Random) -> AppContext:
    """A school laptop with observations of every kind: two forms, N/A ratings, drafts and
    reflections under way, lessons observed twice, co-observers (spaces around some names),
    follow-ups in every status, a teacher with nothing this semester."""
    context = AppContext(Settings(data_dir=tmp_path / f"laptop-{n}"))
    store = context.store
    observers = [store.save_observer(Observer(name=f"Pengamat {n}-{i}")) for i in range(2)]
    teachers = [store.save_teacher(Teacher(name=f"Guru {n}-{i}", subject="IPA")) for i in range(5)]
    for i in range(12):
        form = forms[i % len(forms)] if n % 2 else forms[0]
        teacher = teachers[rng.randrange(4)]  # teachers[4]: never observed
        day = f"2026-{rng.choice(['03', '08', '09', '10', '11'])}-{rng.randint(10, 20)}"
        levels = [level.key for level in form.scale.levels]
        ratings = {
            ind.id: (None if form.scale.allow_na and rng.random() < 0.15 else rng.choice(levels))
            for _, ind in form.indicators()
        }
        status = rng.choice([Status.final, Status.final, Status.final, Status.draft, Status.reflecting])
        followups = [
            FollowUp(action=f"Tindak {i}-{k}", status=rng.choice(list(FollowUpStatus))) for k in range(rng.randrange(3))
        ]
        co = rng.choice(["", "", " Bu Sari ", "Bu Sari", "Pak Dedi"])
        add_observation(
            store, form, teacher, observers[i % 2], day, ratings, status=status, co_observer=co, followups=followups
        )
        if status is Status.final and rng.random() < 0.4:  # the same lesson, by the other observer
            again = {k: (v if rng.random() < 0.6 else rng.choice(levels)) for k, v in ratings.items()}
            add_observation(store, form, teacher, observers[(i + 1) % 2], day, again)
    return context


def _counted(recap: SchoolRecap, instrument: Callable[[str], Instrument]) -> RatingCounts:
    """A school recap's indicator table back into ratings counted per level key."""
    counted: RatingCounts = defaultdict(lambda: defaultdict(Counter))
    for group in recap.indicators:
        key_of = {level.label: level.key for level in ordered_levels(instrument(group.form.hash))}
        for row in group.rows:
            counts = counted[group.form.hash][row.indicator_id]
            counts.update({key_of[label]: n for label, n in row.level_counts.items() if n})
            if row.na:
                counts["__na__"] += row.na
    return counted


def test_the_district_recap_has_the_school_recaps_figures(tmp_path: Path, mini_form: Instrument) -> None:
    verbal_form = load_form(RECAP_TESTS / "verbal.toml").instrument
    assert verbal_form is not None
    rng = random.Random(19)
    laptops: dict[str, tuple[AppContext, Path]] = {}
    district = AppContext(Settings(data_dir=tmp_path / "dinas"))
    for n in range(4):
        school = _generated_school(tmp_path, n, [mini_form, verbal_form], rng)
        drive = tmp_path / f"Drive {n}"
        drive.mkdir()
        service.sync(school, drive)
        add_school(district, f"Sekolah {n}", str(drive))
        laptops[f"Sekolah {n}"] = (school, drive)
    let_the_district_read(district, laptops)
    assert all(r.report and r.report.received for r in read_all(district))

    recap = build_district_recap(district, SEMESTER, name="Kabupaten Contoh", now=NOW)

    # The same district added up from each school's own recap.
    whole, lines, instruments, ratings = [], [], {}, []
    for place in schools(district):
        own = school_context(district, place)
        mine = build_recap(own.store, SEMESTER, now=NOW)
        for digest in {g.form.hash for g in mine.indicators} | {r.form.hash for r in mine.agreement}:
            instruments[digest] = own.store.instrument(digest)
        held = mine.load_followups()
        lines.append(_line(place, mine, len(mine.teachers), len(own.store.known_teacher_ids()), None))
        ratings.append(_counted(mine, own.store.instrument))
        own.store.close()
        mine.load_followups = lambda held=held: held  # type: ignore[misc]
        whole.append(mine)
        figures = recap.recaps[place.slug]
        assert (figures.final_count, figures.pending) == (mine.final_count, mine.pending)
        assert figures.predikat == mine.predikat
        assert figures.observers == mine.observers
        assert figures.followup_counts == mine.followup_counts
        assert figures.followups == held
        assert figures.agreement == mine.agreement
    expected = _across(SEMESTER, NOW, "Kabupaten Contoh", whole, ratings, instruments, lines)

    assert [(line.teachers_observed, line.final_count) for line in recap.lines] == [
        (line.teachers_observed, line.final_count) for line in lines
    ]
    assert [line.__dict__ | {"last_read": None} for line in recap.lines] == [line.__dict__ for line in lines]
    across = recap.across
    assert across.final_count == expected.final_count > 0
    assert across.pending == expected.pending and sum(across.pending.values()) > 0
    assert across.predikat == expected.predikat
    assert across.indicators == expected.indicators and len(across.indicators) == 2
    assert across.observers == expected.observers
    assert across.followup_counts == expected.followup_counts and across.followup_counts["done"] > 0
    assert across.followups == expected.followups
    assert across.agreement == expected.agreement and across.agreement[0].tally.compared > 0

    # Counted again once a school has something new (the figures of the others are kept).
    school, drive = laptops["Sekolah 2"]
    teacher = school.store.save_teacher(Teacher(name="Guru baru", subject="IPA"))
    observer = school.store.save_observer(Observer(name="Pengamat baru"))
    add_observation(school.store, mini_form, teacher, observer, "2026-10-01", {"R1": "4", "R2": "4"})
    service.sync(school, drive)
    assert [r.report.received for r in read_all(district) if r.report] == [0, 0, 1, 0]
    again = build_district_recap(district, SEMESTER, name="Kabupaten Contoh", now="2026-12-02T00:00:00Z")
    assert [line.final_count for line in again.lines] == [
        line.final_count + (i == 2) for i, line in enumerate(recap.lines)
    ]
    assert again.lines[2].teachers_known == recap.lines[2].teachers_known + 1
    assert again.across.final_count == recap.across.final_count + 1
    assert {r.generated_at for r in again.recaps.values()} == {"2026-12-02T00:00:00Z"}
    for school, _ in laptops.values():
        school.store.close()
    district.store.close()
