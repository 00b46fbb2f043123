"""forms/hashes.json says which way of hashing a form made it (``Instrument.HASH_SCHEME``):
an index written by code that hashed forms another way vouches for nothing, so newer code
reads the forms rather than trust hashes its own code would not make (review8 LOW)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from observasi.core import forms as catalog_module
from observasi.core.form_loader import load_form
from observasi.core.forms import BUNDLED_INDEX, bundled_forms_dir, bundled_hashes, load_catalog
from observasi.core.instrument import Instrument
from tests.conftest import FIXTURES

# The hash of two fixture forms (one of schema v1, one of v2) under each scheme. A change
# of the hash code (canonical_data, drop_v2_defaults, the models' fields) changes these:
# raise Instrument.HASH_SCHEME, add its pins here and rewrite forms/hashes.json
# (python -c "from observasi.core.forms import write_bundled_index as w; w()").
PINS = {
    1: {
        "mini.toml": "7561c5d86f25f5a45042fdea4b3f557201106bf3772e16eea8a16f745f9761ed",
        "v2.toml": "f3a23eecaa9d54ac6d9750b637c7c9340e357811e7758344f858fe77c49345d7",
    },
}


def test_a_form_hash_change_is_a_new_scheme() -> None:
    made = {}
    for name in PINS[Instrument.HASH_SCHEME]:
        inst = load_form(FIXTURES / name).instrument
        assert inst is not None
        made[name] = inst.content_hash()
    assert made == PINS[Instrument.HASH_SCHEME], "the form hash changed: raise Instrument.HASH_SCHEME (see PINS)"


@pytest.mark.parametrize("scheme", ["none", "older", "newer"])
def test_an_index_of_another_scheme_is_not_trusted(
    scheme: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files are byte for byte the ones the index names, but its hashes were made by
    another scheme (here: hashes no form has): the forms are read and their own hashes come."""
    copy = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), copy)
    monkeypatch.setattr(catalog_module, "bundled_forms_dir", lambda: copy)
    catalog_module._bundled_hashes.cache_clear()
    catalog_module._bundled_catalog.cache_clear()
    shipped = json.loads((copy / BUNDLED_INDEX).read_text(encoding="utf-8"))
    files = {name: {**entry, "hash": f"{n:064x}"} for n, (name, entry) in enumerate(shipped["files"].items())}
    written: object = {
        "none": files,  # the first index: a bare mapping of file names
        "older": {"scheme": Instrument.HASH_SCHEME - 1, "files": files},
        "newer": {"scheme": Instrument.HASH_SCHEME + 1, "files": files},
    }[scheme]
    (copy / BUNDLED_INDEX).write_text(json.dumps(written), encoding="utf-8")

    offered = {known.hash for known in load_catalog().forms.values()}
    assert bundled_hashes() == offered
    # The same index with this code's scheme is trusted (what the test above relies on).
    (copy / BUNDLED_INDEX).write_text(json.dumps({"scheme": Instrument.HASH_SCHEME, "files": files}), encoding="utf-8")
    catalog_module._bundled_hashes.cache_clear()
    assert bundled_hashes() == {entry["hash"] for entry in files.values() if entry["hash"]}
