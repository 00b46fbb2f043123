"""Run one command and report its wall time, CPU seconds and peak memory as JSON.

    python bench/peak.py RESULT.json COMMAND ARG...

A separate small process: on Linux a child's ``ru_maxrss`` carries over the peak of the
process that started it (the kernel keeps the old memory's high-water mark at exec), so a
benchmark that had generated data and then started a command would report its own peak.
Started from this small process, the command's figure is its own. The command's stdout is
discarded (as a user piping it into a file would not wait for a terminal); stderr is kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> int:
    result, command = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    with open(result, "w", encoding="utf-8") as out:
        json.dump(
            {
                "wall_s": wall,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "peak_mib": peak,
                "rc": os.waitstatus_to_exitcode(status),
            },
            out,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
