"""Settings: built once (by the CLI) and handed to whoever needs them.

``data_dir`` and the language may come from the command line; the rest is kept in the
database's settings table so it follows the data directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from observasi.paths import shared_forms_dir, user_forms_dir

# Settings persisted in the store, with their defaults.
PERSISTED = {
    "lang": "id",
    "shared_folder": None,
    "signature_image": None,
    "theme": "textual-dark",
    "id_label": "NIP",
}


class Settings(BaseModel):
    data_dir: Path
    lang: Literal["id", "en"] = "id"
    lang_forced: bool = False  # --lang given: do not let the stored choice override it
    debug: bool = False
    shared_folder: Path | None = None
    signature_image: Path | None = None
    theme: str = "textual-dark"
    id_label: str = "NIP"

    @property
    def user_forms_dir(self) -> Path:
        return user_forms_dir(self.data_dir)

    @property
    def shared_forms_dir(self) -> Path | None:
        return shared_forms_dir(self.shared_folder)

    def with_stored(self, stored: dict) -> "Settings":
        """These settings completed by the values kept in the database."""
        update = {k: stored[k] for k in PERSISTED if stored.get(k) is not None}
        if self.lang_forced:
            update.pop("lang", None)
        # Validated (not model_copy): stored values are text, and shared_folder must be a Path.
        return type(self).model_validate({**self.model_dump(), **update})
