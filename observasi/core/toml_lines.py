"""Find the line of a TOML file on which a value was written.

``tomllib`` keeps no positions, yet a principal fixing a form needs ``FILE:LINE``.
This scanner follows table headers (``[a]``, ``[[a.b]]``) and ``key = value`` lines
and records the line of each path, e.g. ``("sections", 2, "indicators", 0, "id")``.
It understands what instrument files use; for anything fancier the nearest enclosing
path that it did see is used.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=""")
_PART = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)""")


def _split_dotted(text: str) -> list[str]:
    parts = [m.group(1) for m in _PART.finditer(text)]
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def line_map(text: str) -> dict[Path, int]:
    """Map each path seen in *text* to its 1-based line number."""
    lines: dict[Path, int] = {}
    counts: dict[Path, int] = {}
    current: Path = ()
    in_multiline: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_multiline:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header:
            names = _split_dotted(header.group(2))
            is_array = header.group(1) == "[["
            concrete: list[str | int] = []
            for depth, name in enumerate(names):
                concrete.append(name)
                last = depth == len(names) - 1
                key = tuple(concrete)
                if last and is_array:
                    index = counts.get(key, 0)
                    counts[key] = index + 1
                    concrete.append(index)
                elif key in counts:
                    # A parent that is an array of tables: descend into its latest element.
                    concrete.append(counts[key] - 1)
            current = tuple(concrete)
            lines.setdefault(current, number)
            continue
        assignment = _KEY.match(line)
        if assignment:
            path = current + tuple(_split_dotted(assignment.group(1)))
            lines.setdefault(path, number)
            rest = line[assignment.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def find_line(lines: dict[Path, int], path: Path) -> int | None:
    """The line of *path*, or of its nearest enclosing path that has one."""
    probe = tuple(path)
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return None
