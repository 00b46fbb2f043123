"""Sync: the first import of a folder of sealed (encrypted) revision files against the same
import of plaintext files, both written by a member of the school and read by another
member, in the same run. Budget (issue 16): sealed within 1.3x of plaintext.

    python bench/sealed_import.py [COUNT]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from revision_files import write_revision_files

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync import device_key, devices, envelope
from observasi.sync.service import sync

BUDGET = 1.3


def _school(root: Path) -> tuple[AppContext, Path, Path]:
    """A writer laptop that founded a school in *root*/folder, and the data directory of a
    reader laptop it approved (a template copied for every measured import)."""
    folder = root / "folder"
    folder.mkdir()
    writer = AppContext(Settings(data_dir=root / "writer"))
    sync(writer, folder)
    reader = AppContext(Settings(data_dir=root / "reader"))
    waiting = sync(reader, folder)
    code = next(reason.rsplit(": ", 1)[1] for _, reason in waiting.problems if "kodenya sama" in reason)
    devices.approve(writer, code)
    sync(reader, folder)
    reader.store.close()
    return writer, folder, root / "reader"


def _folders(root: Path, count: int) -> tuple[Path, Path]:
    writer, base, _ = _school(root)
    store = writer.store
    member = (store.device_id, device_key.load_or_create(store.data_dir))
    plain, sealed = root / "plain", root / "sealed"
    shutil.copytree(base, plain)
    shutil.copytree(base, sealed)
    write_revision_files(plain, count, writer=member)
    keys = envelope.keyring(store, sealed, devices.prepare(writer, sealed))
    write_revision_files(sealed, count, writer=member, encode=keys.encode)
    return plain, sealed


def _import(template: Path, folder: Path, work: Path) -> float:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(template, work)
    context = AppContext(Settings(data_dir=work))
    context.store  # noqa: B018 - opening the database is not part of the import
    started = time.perf_counter()
    report = sync(context, folder)
    seconds = time.perf_counter() - started
    # The generator's form file no longer matches its hash since forms2 (not this bench's
    # subject: the records use a bundled form and apply all the same).
    problems = [p for p in report.problems if "/form-" not in p[0]]
    if problems or report.received == 0:
        raise RuntimeError(f"import went wrong: {report.received} received, problems {problems[:3]}")
    context.store.close()
    return seconds


def measure(count: int, repeats: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="observasi-bench-sealed-") as tmp:
        root = Path(tmp)
        plain, sealed = _folders(root, count)
        template = root / "reader"
        plains, sealeds = [], []
        for _ in range(repeats):
            plains.append(_import(template, plain, root / "work"))
            sealeds.append(_import(template, sealed, root / "work"))
    plain_s, sealed_s = statistics.median(plains), statistics.median(sealeds)
    return {"plain_s": plain_s, "sealed_s": sealed_s, "ratio": sealed_s / plain_s}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    figures = measure(count)
    ok = figures["ratio"] <= BUDGET
    print(
        f"first import of {count:,} revision files: sealed {figures['sealed_s'] * 1000:,.1f} ms, "
        f"plaintext {figures['plain_s'] * 1000:,.1f} ms (same run): {figures['ratio']:.2f}x "
        f"(budget <= {BUDGET}x) {'yes' if ok else 'NO'}"
    )
