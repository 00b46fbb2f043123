"""The recap's small fixed school serves the personal-data tests too."""

from tests.recap.conftest import school

__all__ = ["school"]
