"""A sync asks of every form a colleague published whether this laptop has it already. The
forms in a school's folder are mostly the bundled ones, so where only the bundled forms
could have it (no form file in the laptop's own, shared or received forms folders) the
index shipped beside them answers, and no form file is read; what is kept and published is
as before (issue 18: parsing the seven bundled forms was ~0.1 s of a first import)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import forms as catalog_module
from observasi.core.forms import BUNDLED_INDEX, bundled_forms_dir, bundled_hashes, bundled_index, load_catalog
from observasi.paths import received_forms_dir
from observasi.settings import Settings
from observasi.sync.naming import app_dir, form_file_name
from tests.sync.conftest import Device


def test_the_shipped_index_is_the_bundled_forms_as_they_are() -> None:
    shipped = json.loads((bundled_forms_dir() / BUNDLED_INDEX).read_text(encoding="utf-8"))
    assert shipped == bundled_index(), (
        'forms/hashes.json is out of date: python -c "from observasi.core.forms import write_bundled_index as w; w()"'
    )


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The form files read from now on (the parsed bundled forms forgotten first)."""
    read: list[Path] = []
    real = catalog_module.load_form

    def spy(path: Path) -> catalog_module.FormLoad:
        read.append(path)
        return real(path)

    monkeypatch.setattr(catalog_module, "load_form", spy)
    forget(read)
    return read


def forget(parsed: list[Path]) -> None:
    """As a new process starts: no bundled form parsed yet (they are kept per process)."""
    parsed.clear()
    catalog_module._bundled_catalog.cache_clear()
    catalog_module._bundled_hashes.cache_clear()


def test_a_record_on_a_bundled_form_comes_in_without_a_form_file_read_and_a_colleagues_form_is_kept(
    devices: tuple[Device, Device, Device], parsed: list[Path]
) -> None:
    a, _, member = devices
    inst = load_catalog().get("supervisi-akademik").instrument
    obs = a.new_observation(inst)
    a.sync()  # the record, and the bundled form it was made on as form-<sha256>.json
    assert (app_dir(a.shared) / a.store.device_id / form_file_name(inst.content_hash())).is_file()
    # C as the next `observasi sync` meets it: a new process, no form read yet.
    member.close()
    c = Device("C", AppContext(Settings(data_dir=member.context.settings.data_dir)), member.shared)
    forget(parsed)

    report = c.sync()
    assert not report.problems, report.problems
    assert c.store.get_observation(obs.id) is not None
    # The bundled form is not taken for a colleague's: nothing kept, nor said kept...
    assert (report.received_forms, report.hidden_forms) == (0, 0)
    assert not received_forms_dir(c.context.settings.data_dir).exists()
    # ...and C learnt it without reading a form file.
    assert parsed == []

    # A form of A's own (a file in its forms folder) still travels, and C keeps it.
    own = a.context.settings.user_forms_dir / "telaah-sekolah.toml"
    own.parent.mkdir(parents=True, exist_ok=True)
    text = (bundled_forms_dir() / "telaah-modul-ajar.toml").read_text(encoding="utf-8")
    own.write_text(text.replace('id = "telaah-modul-ajar"', 'id = "telaah-sekolah"', 1), encoding="utf-8")
    a.context.reload_forms()
    assert a.sync().sent_forms == 1
    report = c.sync()
    assert report.received_forms == 1, report.problems
    kept = c.context.catalog.get("telaah-sekolah")
    assert kept is not None and kept.origin == "received"
    c.close()


def test_a_bundled_form_edited_in_place_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parsed: list[Path]
) -> None:
    """The index vouches for files byte for byte: one edited after it was written (the
    shipped one is stale for it) makes the answer come from reading the forms."""
    copy = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), copy)
    monkeypatch.setattr(catalog_module, "bundled_forms_dir", lambda: copy)
    form = copy / "telaah-modul-ajar.toml"
    stale = json.loads((copy / BUNDLED_INDEX).read_text(encoding="utf-8"))["files"][form.name]["hash"]
    form.write_text(form.read_text(encoding="utf-8").replace("Telaah Modul Ajar", "Telaah RPP", 1), encoding="utf-8")

    offered = {known.hash for known in load_catalog().forms.values()}
    assert stale not in offered
    assert bundled_hashes() == offered
    assert form in parsed
