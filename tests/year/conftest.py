"""The demo school and a passphrase file (the sheet's fixtures) and the small school of the
TUI tests serve the supervision year's tests too."""

from tests.sheet.conftest import demo, demo_dir, passphrase_file
from tests.tui.conftest import school_dir

__all__ = ["demo", "demo_dir", "passphrase_file", "school_dir"]
