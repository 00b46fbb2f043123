"""Settings: built once (by the CLI) and handed to whoever needs them.

``data_dir`` and the language may come from the command line; the rest is kept in the
database's settings table so it follows the data directory.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from observasi.i18n import LANGUAGES
from observasi.paths import output_dir, shared_forms_dir, user_forms_dir

# Settings persisted in the store, with their defaults.
PERSISTED = {
    "lang": "id",
    "shared_folder": None,
    "bucket_url": None,  # s3://bucket/prefix: a second (or the only) place to sync with
    "bucket_endpoint": None,  # the S3 server's URL; None: AWS
    "signature_image": None,
    "theme": "textual-dark",
    "id_label": "NIP",
    "output_dir": None,
    "laptop_name": None,  # this laptop's name for the school's other laptops (None: "Laptop <observer>")
}


@dataclass(frozen=True)
class Settings:
    """A plain dataclass, not a pydantic model: it is made before the TUI's first frame,
    and importing pydantic for it alone cost 50 ms of the start-up."""

    data_dir: Path
    lang: Literal["id", "en"] = "id"
    lang_forced: bool = False  # --lang given: do not let the stored choice override it
    debug: bool = False
    shared_folder: Path | None = None
    bucket_url: str | None = None
    bucket_endpoint: str | None = None
    signature_image: Path | None = None
    theme: str = "textual-dark"
    id_label: str = "NIP"
    output_dir: Path | None = None  # sheets and recaps; None: paths.default_output_dir
    laptop_name: str | None = None  # observasi.sync.devices.own_laptop_name

    def __post_init__(self) -> None:
        # Stored values are text: paths become Paths, and an unknown language is refused.
        for name in ("data_dir", "shared_folder", "signature_image", "output_dir"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                object.__setattr__(self, name, Path(value))
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}; expected one of {', '.join(LANGUAGES)}")

    @property
    def has_sync_place(self) -> bool:
        """Whether a shared folder or a bucket is set: what the app syncs with on its own."""
        return bool(str(self.shared_folder or "").strip() or (self.bucket_url or "").strip())

    @property
    def user_forms_dir(self) -> Path:
        return user_forms_dir(self.data_dir)

    @property
    def files_dir(self) -> Path:
        """Where sheets (``lembar/``) and recaps (``rekap/``) are written."""
        return output_dir(self.data_dir, self.output_dir)

    @property
    def shared_forms_dir(self) -> Path | None:
        return shared_forms_dir(self.shared_folder)

    def replace(self, **changes: Any) -> Settings:
        """A copy with *changes* (checked like the constructor's arguments)."""
        return dataclasses.replace(self, **changes)

    def with_stored(self, stored: dict[str, Any]) -> Settings:
        """These settings completed by the values kept in the database."""
        update = {k: stored[k] for k in PERSISTED if stored.get(k) is not None}
        if self.lang_forced:
            update.pop("lang", None)
        if update.get("lang") not in (None, *LANGUAGES):
            update.pop("lang")  # a value from a newer version: keep the default
        return self.replace(**update)
