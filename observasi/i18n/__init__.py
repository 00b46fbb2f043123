"""The one catalog of user-facing strings, in Indonesian (default) and English.

Each area of the program keeps its messages in a module of this package
(`catalog_core`, `catalog_tui`, ...) as ``KEY: (indonesian, english)``; they are
merged here so that every lookup goes through :func:`t`. A test checks that every
key has both languages and that every key used in the code exists.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping

LANGUAGES = ("id", "en")
_DEFAULT = "id"
_current = _DEFAULT
_catalog: dict[str, tuple[str, str]] | None = None


def _load() -> dict[str, tuple[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, tuple[str, str]] = {}
        for info in pkgutil.iter_modules(__path__):
            if not info.name.startswith("catalog_"):
                continue
            module = importlib.import_module(f"{__name__}.{info.name}")
            messages: Mapping[str, tuple[str, str]] = module.MESSAGES
            duplicated = merged.keys() & messages.keys()
            if duplicated:
                raise RuntimeError(f"catalog keys defined twice: {sorted(duplicated)}")
            merged.update(messages)
        _catalog = merged
    return _catalog


def catalog() -> dict[str, tuple[str, str]]:
    """All messages, for tests and tools."""
    return dict(_load())


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def get_language() -> str:
    return _current


def t(key: str, /, lang: str | None = None, **params: object) -> str:
    """The message *key* in the current (or given) language, formatted with *params*. With
    ``count=1``, the key's ``.one`` variant where there is one ("1 observation", not "1
    observations": Indonesian nouns do not change, English ones do)."""
    catalog = _load()
    entry = catalog.get(key + ".one") if params.get("count") == 1 else None
    entry = entry or catalog.get(key)
    if entry is None:
        # A missing key is a programming error; show it plainly rather than crash a screen.
        return key
    text = entry[LANGUAGES.index(lang or _current)]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in _load()
