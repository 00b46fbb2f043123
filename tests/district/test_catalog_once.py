"""A district opens one data folder per school it reads: the bundled forms are parsed once
per process, not once per school (0.25 s of parsing each, 200 schools)."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import forms
from observasi.settings import Settings


def test_the_bundled_forms_are_parsed_once_for_every_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = AppContext(Settings(data_dir=tmp_path / "a")).catalog
    parsed: list[Path] = []
    real = forms.load_form

    def counting(path: Path):  # type: ignore[no-untyped-def]
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(forms, "load_form", counting)
    contexts = [AppContext(Settings(data_dir=tmp_path / f"school-{i}")) for i in range(3)]
    catalogs = [c.catalog for c in contexts]
    assert parsed == []
    for catalog in catalogs:
        assert {k: f.hash for k, f in catalog.forms.items()} == {k: f.hash for k, f in first.forms.items()}
    # A form a school's folder holds is still its own: one catalog gains it, the others do not.
    own = contexts[0].settings.user_forms_dir
    own.mkdir(parents=True, exist_ok=True)
    bundled = next(iter(first.forms.values()))
    text = bundled.path.read_text(encoding="utf-8").replace(
        f'id = "{bundled.instrument.id}"', 'id = "milik-sekolah"', 1
    )
    (own / "milik-sekolah.toml").write_text(text, encoding="utf-8")
    contexts[0].reload_forms()
    assert contexts[0].catalog.get("milik-sekolah") is not None
    assert contexts[1].catalog.get("milik-sekolah") is None and first.get("milik-sekolah") is None
    for context in contexts:
        context.store.close()
