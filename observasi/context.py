"""What every command and the app work with: settings, the store, the forms."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from observasi.i18n import set_language
from observasi.settings import PERSISTED, Settings
from observasi.store.store import Store

if TYPE_CHECKING:
    from observasi.core.forms import FormCatalog


class AppContext:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._catalog: FormCatalog | None = None

    @cached_property
    def store(self) -> Store:
        store = Store(self._settings.data_dir)
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
            from observasi.paths import received_forms_dir

            settings = self.settings
            self._catalog = load_catalog(
                settings.user_forms_dir, settings.shared_forms_dir, received_forms_dir(settings.data_dir)
            )
        return self._catalog
