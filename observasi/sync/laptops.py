"""Each laptop by its name, never by a bare hex id: the one place that says which laptop a
revision or a version of a conflict came from.

The name is the one each laptop's person chose, read from its sealed name file at a sync
(:mod:`observasi.sync.laptop_names`; this laptop's own from the settings); for laptops of
older versions, the member label of the school's member list, which a sync remembers (a
setting of this data directory), so the history and the conflict screen name the laptops
without the shared folder at hand. Before either is known a laptop is named by the observer
who uses it, and only without that by the first characters of its id.
"""

from __future__ import annotations

from collections.abc import Mapping

from observasi.context import AppContext
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync.devices import own_laptop_name

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
        # Names the people chose ("Laptop Bu Sari", "Laptop ruang KS"): shown as they are.
        self._chosen = {d: n.strip() for d, n in store.laptop_names().items() if n.strip()}
        if (context.settings.laptop_name or "").strip() or store.self_observer() is not None:
            self._chosen[store.device_id] = own_laptop_name(context)  # not the bare computer name
        self._observers = {**store.device_authors(), **store.device_observers()}
        self._this = store.device_id

    def name(self, device_id: str, *, mark_this: bool = False) -> str:
        """The laptop as a person knows it: the name its person chose ("Laptop Bu Sari");
        else its member label from an older version; else "laptop Budi Santoso" (its
        observer); else "laptop ini" for this one, "laptop lain (36962bdd)" for another.
        *mark_this*: where two sides meet, this laptop says so ("Laptop Bu Sari (laptop ini)")."""
        named = self._chosen.get(device_id, "")
        label = str(self._labels.get(device_id) or "")
        if not named and label:  # an older version's member label: the computer's name
            named = t("history.laptop.named", name=label)
            if sum(1 for other in self._labels.values() if other == label) > 1:
                # Two laptops both called "vm" (a computer's name): told apart by who uses
                # each, else by the start of its id.
                named += f" ({self._observers.get(device_id) or device_id[:8]})"
        if named:
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
