"""What every command and the app work with: settings, the store, the forms."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from observasi import files
from observasi.i18n import set_language
from observasi.settings import PERSISTED, Settings
from observasi.store.store import Store

if TYPE_CHECKING:
    from observasi.core.forms import FormCatalog, KnownForm


class AppContext:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._catalog: FormCatalog | None = None

    @cached_property
    def store(self) -> Store:
        store = Store(self._settings.data_dir)
        # Temp files say which laptop writes them by this data directory's device id: see
        # observasi.files.stale_temps (asked for only when a temp file is named or judged).
        files.write_as(lambda: store.device_id)
        self._settings = self._settings.with_stored(store.all_settings())
        set_language(self._settings.lang)
        return store

    @property
    def settings(self) -> Settings:
        self.store  # noqa: B018 - opening the store completes the settings
        return self._settings

    def update_settings(self, **changes: object) -> Settings:
        """Change settings and keep the persisted ones in the database."""
        self._settings = self.settings.replace(**changes)
        for key in changes.keys() & PERSISTED.keys():
            value = getattr(self._settings, key)
            self.store.set_setting(key, None if value is None else str(value))
        if "lang" in changes:
            set_language(self._settings.lang)
        if "shared_folder" in changes:
            self._catalog = None
        return self._settings

    def reload_forms(self) -> None:
        """Read the form files again on next use (a form was just installed)."""
        self._catalog = None

    @property
    def catalog(self) -> FormCatalog:
        if self._catalog is None:
            # Imported here: parsing forms is not needed to show the home screen.
            from observasi.core.forms import load_catalog

            self._catalog = load_catalog(*self._form_folders())
        return self._catalog

    def knows_form(self, digest: str) -> bool:
        """Whether the catalog offers the form of hash *digest*. When the catalog is not
        read yet and only the bundled forms could offer it (no form file in this laptop's
        own, shared or received forms folders), the bundled forms' index answers and no
        form is parsed (observasi.core.forms.bundled_hashes): a sync asks this of every
        colleague's form, and those are mostly the bundled forms."""
        if self._catalog is None and not self._form_files(self._form_folders()):
            from observasi.core.forms import bundled_hashes

            return digest in bundled_hashes()
        return self.catalog.by_hash(digest) is not None

    def user_forms(self) -> list[KnownForm]:
        """The forms the catalog offers from this laptop's forms folder; none parsed when
        that folder holds no form file (the catalog offers a user form only from there)."""
        if self._catalog is None and not self._form_files([self.settings.user_forms_dir]):
            return []
        return [known for known in self.catalog.forms.values() if known.origin == "user"]

    def _form_folders(self) -> list[Path | None]:
        from observasi.paths import received_forms_dir

        settings = self.settings
        return [settings.user_forms_dir, settings.shared_forms_dir, received_forms_dir(settings.data_dir)]

    @staticmethod
    def _form_files(folders: list[Path | None]) -> bool:
        from observasi.core.forms import form_files

        return any(form_files(folder) for folder in folders if folder is not None)
