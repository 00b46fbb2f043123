"""Three enrolled laptops and their shared folder (the sync tests' fixtures) serve forms that travel."""

from tests.sync.conftest import devices, shared

__all__ = ["devices", "shared"]
