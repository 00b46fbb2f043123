"""A district on a bucket: many schools' revision files in a local SeaweedFS, read by a
district data folder; figures against a floor measured in the same run on the same server.

- first import: ``observasi district sync`` of every school, against the floor of listing
  every prefix and GET + ``json.loads`` of every object with the same concurrency;
- no-op rescan: the same again with nothing new (S3 list requests counted, objects read);
- district recap over what was read.

    python bench/district_bucket.py [SCHOOLS] [FILES_PER_SCHOOL]

The issue's scale is 200 schools x 640 files (128,000); the default here is scaled down
(200 x 40 = 8,000) so it runs on a shared 2-core machine: the upload alone of 128,000
objects takes tens of minutes there.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.s3.server: the test suite's SeaweedFS launcher

from revision_files import write_revision_files  # noqa: E402

from observasi.context import AppContext  # noqa: E402
from observasi.district import reader  # noqa: E402
from observasi.district.recap import build_district_recap  # noqa: E402
from observasi.district.schools import add_school  # noqa: E402
from observasi.recap.period import Period  # noqa: E402
from observasi.settings import Settings  # noqa: E402
from observasi.sync import bucket as bucket_module  # noqa: E402
from tests.s3 import server as s3  # noqa: E402


def upload(running: s3.S3Server, folder: Path, prefix: str) -> int:
    store = running.store()
    files = list(folder.rglob("*.json"))

    def put(path: Path) -> None:
        store.put(f"{prefix}/{path.relative_to(folder).as_posix()}", path.read_bytes())

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(put, files))
    return len(files)


def floor_seconds(running: s3.S3Server, prefixes: list[str], workers: int) -> float:
    """List every school's device prefixes, GET and json.loads every object."""
    store = running.store()

    def one(prefix: str) -> int:
        top = store.list_with_delimiter(f"{prefix}/observasi/")
        n = 0
        for device in top["common_prefixes"]:
            for page in store.list(device.rstrip("/") + "/", chunk_size=1000):
                for meta in page:
                    json.loads(bytes(store.get(meta["path"]).bytes()))
                    n += 1
        return n

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, prefixes))
    return time.perf_counter() - started


DATA = HERE / "data"


def _make_school(args: tuple[Path, str, int, int]) -> int:
    """Generate one school's revision files (in a worker process: signing is CPU-bound)."""
    files, prefix, per_school, seed = args
    write_revision_files(files / prefix, per_school, seed=seed)
    return seed


def bucket_data(schools: int, per_school: int) -> tuple[s3.S3Server, list[str], int]:
    """SeaweedFS serving the district's bucket, generated and uploaded once and kept under
    bench/data/ (a later run starts the server on the same folder)."""
    import shutil
    from concurrent.futures import ProcessPoolExecutor

    folder = DATA / f"district-{schools}x{per_school}"
    prefixes = [f"kab/sekolah-{i:03d}" for i in range(schools)]
    done = folder / "uploaded.json"
    if done.is_file():
        running = s3.start(folder / "seaweedfs")
        return running, prefixes, int(json.loads(done.read_text())["objects"])
    shutil.rmtree(folder, ignore_errors=True)
    running = s3.start(folder / "seaweedfs")
    started = time.perf_counter()
    total = 0
    files = folder / "files"
    jobs = [(files, p, per_school, i + 1) for i, p in enumerate(prefixes)]
    with ProcessPoolExecutor(2) as pool:
        for seed in pool.map(_make_school, jobs):
            prefix = prefixes[seed - 1]
            total += upload(running, files / prefix, prefix)
            shutil.rmtree(files / prefix)
    done.write_text(json.dumps({"objects": total, "seconds": round(time.perf_counter() - started)}))
    print(
        f"  {schools} schools, {total} objects made and uploaded in {time.perf_counter() - started:.0f} s (kept in {folder})",
        file=sys.stderr,
    )
    return running, prefixes, total


def list_floor_seconds(running: s3.S3Server, prefixes: list[str], workers: int) -> float:
    """What a rescan cannot avoid: list each school's top, then each device prefix."""
    store = running.store()

    def one(prefix: str) -> None:
        top = store.list_with_delimiter(f"{prefix}/observasi/")
        for device in top["common_prefixes"]:
            for _ in store.list(device.rstrip("/") + "/", chunk_size=1000):
                pass

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, prefixes))
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    schools = int(argv[0]) if argv else 200
    per_school = int(argv[1]) if len(argv) > 1 else 40
    work = Path(tempfile.mkdtemp(prefix="observasi-district-bench-"))
    running, prefixes, total = bucket_data(schools, per_school)
    try:
        os.environ["AWS_ACCESS_KEY_ID"] = running.access_key
        os.environ["AWS_SECRET_ACCESS_KEY"] = running.secret_key
        context = AppContext(Settings(data_dir=work / "dinas"))
        for i, prefix in enumerate(prefixes):
            add_school(context, f"Sekolah {i:03d}", f"s3://{s3.BUCKET}/{prefix}", running.endpoint)

        counted: list[bucket_module.BucketTransport] = []
        original = bucket_module.BucketTransport.__init__

        def counting(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            original(self, *args, **kwargs)
            counted.append(self)

        bucket_module.BucketTransport.__init__ = counting  # type: ignore[method-assign]

        floor = floor_seconds(running, prefixes, reader.READERS)
        load_first = os.getloadavg()
        started = time.perf_counter()
        reads = reader.read_all(context)
        first = time.perf_counter() - started
        received = sum(r.report.received for r in reads if r.report)
        failed = [r.error for r in reads if r.error]
        # The rescan, five times (the machine is shared: the median and the best are given),
        # against listing every top and device prefix with the same concurrency.
        list_floors = [list_floor_seconds(running, prefixes, reader.READERS) for _ in range(5)]
        counted.clear()
        rescans: list[float] = []
        again_received = 0
        for _ in range(5):
            started = time.perf_counter()
            again = reader.read_all(context)
            rescans.append(time.perf_counter() - started)
            again_received += sum(r.report.received for r in again if r.report)
        load_rescan = os.getloadavg()
        rescan, best = statistics.median(rescans), min(rescans)
        list_floor = statistics.median(list_floors)
        lists = sum(t.requests["list"] for t in counted) / 5
        gets = sum(t.requests["get"] for t in counted)
        device_prefixes = schools  # one laptop per school in this data set
        started = time.perf_counter()
        recap = build_district_recap(context, Period.of_semester("2026-1"))
        recap_s = time.perf_counter() - started

        rows = [
            [
                f"district first import, {total:,} objects, {schools} schools",
                f"{first:.1f} s",
                f"{floor:.1f} s (list + GET + json.loads, {reader.READERS} threads)",
                f"{first / floor:.2f}x",
                "<= 2x floor",
                "yes" if first <= 2 * floor else "**NO**",
            ],
            [
                f"district no-op rescan, {schools} schools (median of 5; best)",
                f"{rescan:.2f} s; {best:.2f} s",
                f"{list_floor:.2f} s (list every prefix, {reader.READERS} threads)",
                f"{rescan / list_floor:.2f}x",
                "< 1 s",
                "yes" if rescan < 1 else "**NO**",
            ],
            [
                "no-op rescan requests, each",
                f"{lists:.0f} lists, {gets} GETs",
                f"{schools} tops + {device_prefixes} prefixes",
                f"{lists / (schools + device_prefixes):.2f}x",
                "one listing per prefix, no GET",
                "yes" if lists == schools + device_prefixes and gets == 0 else "**NO**",
            ],
            [
                f"district recap, {recap.across.final_count:,} final of {received:,} revisions",
                f"{recap_s:.2f} s",
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
            f"received {received:,} revisions, {len(failed)} schools failed, the rescans received "
            f"{again_received}; load average {load_first[0]:.2f} (first import), {load_rescan[0]:.2f} (rescans); "
            f"server: SeaweedFS ({s3.weed_binary()}) on loopback"
        )
        print(note)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
