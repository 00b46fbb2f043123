"""The large data set the benchmarks run on: ~40 teachers observed over several years.

Made from the demo generator (same realistic records), written with synchronous=OFF
because this is a throw-away fixture, and cached in bench/data/ by size.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from observasi.core.dates import semester_of  # noqa: E402
from observasi.core.forms import load_catalog  # noqa: E402
from observasi.core.record import Status  # noqa: E402
from observasi.demo import _observation, _rid  # noqa: E402
from observasi.store.models import Observer, School, Teacher  # noqa: E402
from observasi.store.store import Store  # noqa: E402

SURNAMES = (
    "Siregar",
    "Nasution",
    "Wibowo",
    "Lestari",
    "Putri",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Rahayu",
    "Susanti",
    "Pratama",
    "Wijaya",
    "Gunawan",
    "Halim",
    "Sitompul",
    "Manurung",
)
GIVEN = (
    "Ahmad",
    "Siti",
    "Budi",
    "Dewi",
    "Made",
    "Ni Luh",
    "Yohana",
    "Rizky",
    "Agus",
    "Rina",
    "Hendra",
    "Wulan",
    "Fajar",
    "Indah",
    "Bayu",
    "Sri",
    "Joko",
    "Maria",
    "Andi",
    "Fitri",
)
SUBJECTS = (
    "Matematika",
    "IPA",
    "IPS",
    "Bahasa Indonesia",
    "Bahasa Inggris",
    "PJOK",
    "Seni Budaya",
    "Informatika",
    "PPKn",
    "Pendidikan Agama Islam",
)


def dataset_dir(observations: int) -> Path:
    return ROOT / "data" / f"obs-{observations}"


def make_dataset(observations: int = 10_000, teachers: int = 40, *, quiet: bool = False) -> Path:
    """A data directory holding *observations* records; built once, then reused."""
    target = dataset_dir(observations)
    marker = target / "complete"
    if marker.exists():
        return target
    started = time.perf_counter()
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("observasi.db*"):
        stale.unlink()
    store = Store(target)
    store.db.execute("PRAGMA synchronous=OFF")
    rng = random.Random(7)
    catalog = load_catalog()
    forms = [k.instrument for k in catalog.latest()]
    store.save_school(School(name="SMP Negeri 1 Bench", npsn="20200001", city="Bandung"))
    observers = [
        store.save_observer(Observer(id=_rid(rng), name=f"Observer {i}", role=role))
        for i, role in enumerate(("kepala_sekolah", "wakasek", "guru_senior"))
    ]
    store.set_setting("self_observer_id", observers[0].id)
    staff = [
        Teacher(
            id=_rid(rng),
            name=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {i}",
            subject=rng.choice(SUBJECTS),
            nip=f"19{rng.randint(70, 99)}{rng.randint(10**13, 10**14 - 1)}",
        )
        for i in range(teachers)
    ]
    store.save_teachers(staff)
    skills = {t.id: rng.uniform(0.45, 0.9) for t in staff}
    first = dt.date(2020, 7, 13)
    span = (dt.date(2026, 11, 20) - first).days
    for n in range(observations):
        teacher = staff[n % teachers]
        day = first + dt.timedelta(days=rng.randint(0, span))
        status = Status.final if rng.random() < 0.96 else rng.choice((Status.draft, Status.reflecting))
        inst = forms[n % len(forms)]
        obs = _observation(rng, inst, teacher, observers[n % 3], day, status, skills[teacher.id], observers[0].name)
        obs = obs.model_copy(update={"semester": semester_of(day)})
        store.remember_form(inst)
        store.put_observation(obs)
        if not quiet and n and n % 1000 == 0:
            print(f"  {n} observations ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    store.db.execute("PRAGMA synchronous=FULL")
    store.close()
    marker.write_text(str(observations))
    return target


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(make_dataset(count))
