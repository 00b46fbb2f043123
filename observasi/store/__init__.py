"""The local SQLite database (never placed on the shared drive)."""

from observasi.store.store import RecordLocked, Store, StoreBusy, StoreFailure

__all__ = ["RecordLocked", "Store", "StoreBusy", "StoreFailure"]
