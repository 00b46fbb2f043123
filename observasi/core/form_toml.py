"""A form written back as the text of a TOML file (installing a workbook's form, keeping a
form received from a colleague): it loads to the same form, with the same content hash."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from observasi.core.instrument import Instrument, drop_v2_defaults


def _plain(value: Any) -> Any:
    """Data TOML can hold: no None (left out: its default), numbers for decimals."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def form_toml(inst: Instrument) -> str:
    """The form as a TOML file's text (it loads to the same form: same content hash)."""
    import tomli_w

    data = inst.model_dump(mode="python")
    drop_v2_defaults(inst, data)
    # The schema the file is written in, first, as a reader expects it.
    first = {"schema_version": data.pop("schema_version")} if "schema_version" in data else {}
    return tomli_w.dumps(_plain({**first, **data}))
