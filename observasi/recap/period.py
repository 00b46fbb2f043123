"""The stretch of time a recap covers (the rule lives in :mod:`observasi.core.period`,
where the supervision year's coverage uses it too)."""

from observasi.core.period import Period as Period

__all__ = ["Period"]
