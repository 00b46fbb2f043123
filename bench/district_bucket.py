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


def main(argv: list[str]) -> int:
    schools = int(argv[0]) if argv else 200
    per_school = int(argv[1]) if len(argv) > 1 else 40
    work = Path(tempfile.mkdtemp(prefix="observasi-district-bench-"))
    running = s3.start(work / "seaweedfs")
    try:
        started = time.perf_counter()
        prefixes = [f"kab/sekolah-{i:03d}" for i in range(schools)]
        total = 0
        for i, prefix in enumerate(prefixes):
            folder = work / "files" / prefix
            write_revision_files(folder, per_school, seed=i + 1)
            total += upload(running, folder, prefix)
        print(
            f"  {schools} schools, {total} objects uploaded in {time.perf_counter() - started:.0f} s", file=sys.stderr
        )

        import os

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
        started = time.perf_counter()
        reads = reader.read_all(context)
        first = time.perf_counter() - started
        received = sum(r.report.received for r in reads if r.report)
        failed = [r.error for r in reads if r.error]
        counted.clear()
        started = time.perf_counter()
        again = reader.read_all(context)
        rescan = time.perf_counter() - started
        lists = sum(t.requests["list"] for t in counted)
        gets = sum(t.requests["get"] for t in counted)
        device_prefixes = schools  # one laptop per school in this data set
        started = time.perf_counter()
        recap = build_district_recap(context, Period.of_semester("2026-1"))
        recap_s = time.perf_counter() - started

        print("| figure | measured | floor | ratio | budget | met |")
        print("| --- | --- | --- | --- | --- | --- |")
        print(
            f"| district first import, {total} objects, {schools} schools | {first:.1f} s | {floor:.1f} s "
            f"(list + GET + json.loads, {reader.READERS} threads) | {first / floor:.2f}x | <= 2x floor | "
            f"{'yes' if first <= 2 * floor else '**NO**'} |"
        )
        print(
            f"| district no-op rescan, {schools} schools | {rescan:.2f} s | - | - | < 1 s | "
            f"{'yes' if rescan < 1 else '**NO**'} |"
        )
        print(
            f"| no-op rescan requests | {lists} lists, {gets} GETs | {schools} tops + {device_prefixes} prefixes | "
            f"{lists / (schools + device_prefixes):.2f}x | one listing per prefix, no GET | "
            f"{'yes' if lists == schools + device_prefixes and gets == 0 else '**NO**'} |"
        )
        print(
            f"| district recap, {recap.across.final_count} final of {received} revisions | {recap_s:.2f} s | - | - | "
            f"< 2 s | {'yes' if recap_s < 2 else '**NO**'} |"
        )
        print(
            f"received {received} revisions, {len(failed)} schools failed, rescan received "
            f"{sum(r.report.received for r in again if r.report)}; server: SeaweedFS {s3.weed_binary()}"
        )
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
