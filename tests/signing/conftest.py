"""The sheet's fixtures (the demo school, a passphrase file) serve the signing tests too."""

from tests.sheet.conftest import demo, demo_dir, passphrase_file

__all__ = ["demo", "demo_dir", "passphrase_file"]
