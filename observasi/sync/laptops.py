"""Each laptop by its name, never by a bare hex id: the one place that says which laptop a
revision or a version of a conflict came from.

The name is the member label of the school's member list (:class:`observasi.sync.enrollment.
Member`): how a label is chosen, stored and sealed belongs to the enrollment; this module
only reads it. A sync remembers the labels it saw (a setting of this data directory), so
the history and the conflict screen name the laptops without the shared folder at hand.
Before a laptop's label is known it is named by the observer who uses it, and only
without either by the first characters of its id.
"""

from __future__ import annotations

from collections.abc import Mapping

from observasi.context import AppContext
from observasi.i18n import t
from observasi.store.store import Store

LABELS_SETTING = "laptop_labels"  # device id -> member label, as the last sync read them


def remember(store: Store, labels: Mapping[str, str]) -> None:
    """Keep the member labels a sync read (device id -> label); a device no longer a
    member keeps its last name, so the history still names the laptop its revisions came from."""
    known = store.get_setting(LABELS_SETTING, {})
    if not isinstance(known, dict):
        known = {}
    updated = {**known, **{d: label.strip() for d, label in labels.items() if label and label.strip()}}
    if updated != known:
        store.set_setting(LABELS_SETTING, updated)


class Laptops:
    """The names of the school's laptops, read once for a screen or a listing."""

    def __init__(self, context: AppContext) -> None:
        store = context.store
        labels = store.get_setting(LABELS_SETTING, {})
        self._labels: dict[str, str] = labels if isinstance(labels, dict) else {}
        self._observers = {**store.device_authors(), **store.device_observers()}
        self._this = store.device_id

    def name(self, device_id: str, *, mark_this: bool = False) -> str:
        """The laptop as a person knows it: "Laptop Bu Sari" (its member label); else
        "laptop Budi Santoso" (its observer); else "laptop ini" for this one, "laptop lain
        (36962bdd)" for another. *mark_this*: where two sides meet, this laptop says so
        ("Laptop Bu Sari (laptop ini)")."""
        label = str(self._labels.get(device_id) or "")
        if label:
            named = t("history.laptop.named", name=label)
            if sum(1 for other in self._labels.values() if other == label) > 1:
                # Two laptops both called "vm" (a computer's name): told apart by who uses
                # each, else by the start of its id.
                named += f" ({self._observers.get(device_id) or device_id[:8]})"
            return t("history.laptop.this", name=named) if mark_this and device_id == self._this else named
        if device_id == self._this and (mark_this or not self._observers.get(device_id)):
            return t("trust.laptop.this")
        owner = self._observers.get(device_id, "")
        if owner:
            return t("trust.laptop.of", name=owner)
        return t("trust.laptop.other", id=device_id[:8])


def laptop_name(context: AppContext, device_id: str) -> str:
    """The name of one laptop (see :class:`Laptops` for many)."""
    return Laptops(context).name(device_id)
