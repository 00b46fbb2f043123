"""This laptop's identity in the shared folder: its device id and the key that signs it.

Other laptops pin a device's public key the first time they see it. A laptop reinstalled
with only ``observasi.db`` copied back has its history but not its key; signing as the old
device with a new key would have every other laptop refuse its files for ever. So a
missing key with published history starts a new device identity (a new folder, a new
key), said once in the next sync's report; the old folder's files stay as they are.
To the school the new identity is a new device: the school keys this laptop held are set
aside (kept, renamed, never deleted) so that it asks to join and a colleague approves it
by its code; otherwise it would seal files that every other laptop refuses to read.
"""

from __future__ import annotations

from observasi import files, paths
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync.status import JOIN_REPLACES, WAITING_CODE

_RENEWED = "device_identity_renewed"  # setting: {"old": id, "new": id} until reported


def renew_if_key_lost(store: Store) -> None:
    """Start a new device identity when the key is gone but this device published before
    (revisions, or a join request still waiting)."""
    if paths.device_key(store.data_dir).exists():
        return
    old = store.device_id
    if not store.has_published(old) and not store.get_setting(WAITING_CODE):
        # Nothing was ever signed: the key made next is this device's first. A laptop that
        # asked to join did sign its request: under the same id with a new key, its next
        # request would be read as a forgery and the member keep showing the old code (the
        # review), so it starts anew as well and asks again with a new code.
        return
    if store.get_setting(WAITING_CODE):
        # It waited to be approved: its new request names the old one, which members then
        # no longer show beside it (the old code matched nothing this laptop shows).
        store.set_setting(JOIN_REPLACES, old)
    new = store.start_new_device_identity()
    school = paths.school_keys(store.data_dir)
    if school.exists():
        aside = school.with_name(f"{school.name}.{old}")
        files.retry_on_sharing_error(lambda: school.replace(aside))
    store.set_setting(_RENEWED, {"old": old, "new": new})


def renewal_notice(store: Store) -> str | None:
    """The one message about a new device identity, the first time it is asked for."""
    renewed = store.get_setting(_RENEWED)
    if not isinstance(renewed, dict):
        return None
    store.set_setting(_RENEWED, None)
    return t("trust.sync.new_identity", old=str(renewed.get("old", "")), new=str(renewed.get("new", "")))
