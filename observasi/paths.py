"""Where observasi keeps things: every location under the data directory, named once.

Everything takes the data directory as its argument (``--data-dir``, ``OBSERVASI_HOME`` or
the platform's user data folder), so tests and the demo point the whole program at a temp
folder. No other module joins a name onto the data directory.

Layout::

    <data dir>/observasi.db            the database (SQLite, WAL)
    <data dir>/observasi-error.log     tracebacks of unexpected errors in the app
    <data dir>/sinkron.lock            held while a sync runs (one sync at a time)
    <data dir>/forms/                  the school's own forms
    <data dir>/keys/observer.p12       the observer's signing key (passphrase-protected)
    <data dir>/keys/observer.crt       its certificate, for `keys show` and `verify`
    <data dir>/keys/trusted/           colleagues' certificates
    <data dir>/keys/device.pem         the device key that signs published revisions
    <data dir>/keys/device-kex.pem     the device's X25519 key: the school key is wrapped for it
    <data dir>/keys/school.json        the school keys this device holds (owner-only)
    <data dir>/keys/s3.json            the S3 bucket's access key (owner-only), if not in the environment
    <data dir>/lembar/                 feedback sheets (PDF)
    <data dir>/rekap/                  school recaps (XLSX, CSV, PDF)
    <data dir>/ekspor/<teacher>/       a teacher's personal data (JSON and PDF)
    <data dir>/sekolah/<school>/       a district's read-only copy of one school (a data folder)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

ENV_HOME = "OBSERVASI_HOME"

DATABASE = "observasi.db"
ERROR_LOG = "observasi-error.log"
FORMS_DIR = "forms"
KEYS_DIR = "keys"
OBSERVER_KEY = "observer.p12"
OBSERVER_CERT = "observer.crt"
TRUSTED_DIR = "trusted"
DEVICE_KEY = "device.pem"
DEVICE_KEX_KEY = "device-kex.pem"
SCHOOL_KEYS = "school.json"
BUCKET_CREDENTIALS = "s3.json"
SHEETS_DIR = "lembar"
RECAPS_DIR = "rekap"
EXPORTS_DIR = "ekspor"
PROGRAMMES_DIR = "program"
ATTACHMENTS_DIR = "lampiran"
DISTRICT_SCHOOLS_DIR = "sekolah"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("observasi", appauthor=False)


def resolve_data_dir(option: str | Path | None) -> Path:
    """``--data-dir`` first, then ``OBSERVASI_HOME``, then the platform's user data dir."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


# -- the program's own files ---------------------------------------------------------------


def database(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE


def error_log(data_dir: Path) -> Path:
    return Path(data_dir) / ERROR_LOG


def sync_lock(data_dir: Path) -> Path:
    return Path(data_dir) / "sinkron.lock"


def user_forms_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FORMS_DIR


def received_forms_dir(data_dir: Path) -> Path:
    """Forms colleagues published (a form they imported), kept as files by sync."""
    return Path(data_dir) / FORMS_DIR / "dari-rekan"


def shared_forms_dir(shared_folder: Path | None) -> Path | None:
    return Path(shared_folder) / "observasi" / FORMS_DIR if shared_folder else None


# -- keys ----------------------------------------------------------------------------------


def keys_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_DIR


def bucket_credentials(data_dir: Path) -> Path:
    return keys_dir(data_dir) / BUCKET_CREDENTIALS


def observer_key(data_dir: Path) -> Path:
    return keys_dir(data_dir) / OBSERVER_KEY


def observer_certificate(data_dir: Path) -> Path:
    return keys_dir(data_dir) / OBSERVER_CERT


def trusted_certificates_dir(data_dir: Path) -> Path:
    return keys_dir(data_dir) / TRUSTED_DIR


def pending_certificates_dir(data_dir: Path) -> Path:
    """Colleagues' certificates that came through the shared folder, waiting for a person to
    compare their code and trust them."""
    return keys_dir(data_dir) / "pending"


def colleague_certificate(data_dir: Path, der_sha256: str) -> Path:
    """Where a colleague's certificate goes once trusted (named by its hash, never by a person)."""
    return trusted_certificates_dir(data_dir) / f"rekan-{der_sha256[:16]}.der"


def old_own_certificate(data_dir: Path, fingerprint: str) -> Path:
    """This laptop's previous certificate, trusted on after its key was replaced."""
    return trusted_certificates_dir(data_dir) / f"kunci-lama-{fingerprint[:16]}.pem"


def set_aside_certificates_dir(data_dir: Path) -> Path:
    """Files from ``keys/trusted/`` that vouch for no one, kept but no longer read."""
    return keys_dir(data_dir) / "trusted-disisihkan"


def school_logo_file(data_dir: Path, sha256: str, suffix: str) -> Path:
    """A school logo that came with the school's profile from another laptop."""
    return Path(data_dir) / f"logo-{sha256[:16]}{suffix}"


def device_key(data_dir: Path) -> Path:
    return keys_dir(data_dir) / DEVICE_KEY


def device_kex_key(data_dir: Path) -> Path:
    return keys_dir(data_dir) / DEVICE_KEX_KEY


def school_keys(data_dir: Path) -> Path:
    return keys_dir(data_dir) / SCHOOL_KEYS


def school_key_files(data_dir: Path) -> Path:
    """A bucket's key files, copied here to be read like a shared folder's (observasi.sync.key_files)."""
    return Path(data_dir) / "school-keys"


# -- files a person opens ------------------------------------------------------------------

# The folder under the user's Documents that holds the sheets and recaps.
DOCUMENTS_SUBDIR = "observasi"


def documents_output_dir() -> Path:
    """``Documents/observasi``: where a person looks for the sheets and recaps (the data
    folder is hidden in %LOCALAPPDATA% on Windows)."""
    from platformdirs import user_documents_path

    return user_documents_path() / DOCUMENTS_SUBDIR


def picker_folders() -> list[Path]:
    """Where a person keeps the files they attach (the file picker starts in the first):
    Downloads and Documents, those that exist; else the home folder."""
    from platformdirs import user_documents_path, user_downloads_path

    found = [folder for folder in (user_downloads_path(), user_documents_path()) if folder.is_dir()]
    return found or [Path.home()]


def drives(
    *,
    windows: bool | None = None,
    listed: Callable[[], Iterable[str]] | None = None,
    exists: Callable[[Path], bool] | None = None,
    mounts: Iterable[Path] | None = None,
) -> list[Path]:
    """The drives a file can come from, for the file picker's buttons: on Windows every
    drive that is there (C:, D:, a USB stick's E:), from ``os.listdrives`` (Python 3.12+)
    or else by trying A: to Z:; elsewhere the removable media mounted under /media,
    /run/media or /Volumes. *windows*, *listed*, *exists* and *mounts* are for tests (roots
    handed in instead of the machine's)."""
    is_there = exists or _exists
    if windows if windows is not None else os.name == "nt":
        lister = listed or getattr(os, "listdrives", None)
        roots = list(lister()) if lister else [f"{letter}:\\" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        # listdrives names every letter in use, an empty card reader too: only those there.
        return [Path(root) for root in roots if is_there(Path(root))]
    found: list[Path] = []
    for parent in mounts if mounts is not None else _mount_parents():
        try:
            found += sorted(child for child in parent.iterdir() if child.is_dir() and is_there(child))
        except OSError:
            continue  # not there, or not ours to read
    return found


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a drive without its disk
        return False


def _mount_parents() -> list[Path]:
    import getpass

    try:
        user = getpass.getuser()  # USER, LOGNAME, ... else the account's name
    except (KeyError, OSError):
        user = ""
    return [Path("/media") / user, Path("/run/media") / user, Path("/Volumes")] if user else [Path("/Volumes")]


def default_output_dir(data_dir: Path) -> Path:
    """Where sheets and recaps go when the settings name no folder: Documents/observasi
    for the platform's own data folder; beside the data for a folder chosen with
    ``--data-dir`` or OBSERVASI_HOME (a demo, a test, a USB stick keep everything together)."""
    if Path(data_dir) == default_data_dir():
        return documents_output_dir()
    return Path(data_dir)


def output_dir(data_dir: Path, chosen: str | Path | None) -> Path:
    """The folder that receives sheets and recaps: the one chosen in the settings, else
    :func:`default_output_dir`."""
    return Path(chosen) if chosen else default_output_dir(data_dir)


def output_roots(data_dir: Path, chosen: str | Path | None) -> list[Path]:
    """Every folder under which this program may have written sheets and recaps: the data
    folder (older versions), the default output folder, and the chosen one."""
    found: list[Path] = []
    for root in (Path(data_dir), default_output_dir(data_dir), output_dir(data_dir, chosen)):
        if root not in found:
            found.append(root)
    return found


def sheet_folders(data_dir: Path, chosen: str | Path | None) -> list[Path]:
    """Every folder where this program may have written sheets (see :func:`output_roots`)."""
    return [sheets_dir(root) for root in output_roots(data_dir, chosen)]


def sheets_dir(data_dir: Path) -> Path:
    return Path(data_dir) / SHEETS_DIR


def sheet_file_name(teacher_name: str, date: str, observation_id: str) -> str:
    """``<teacher>-<date>-<id8>.pdf``: sorts by teacher, then date, and stays unique."""
    from observasi.files import safe_file_name  # not needed to start the app

    return f"{safe_file_name(teacher_name, fallback='guru')}-{date}-{observation_id[:8]}.pdf"


def sheet_file(data_dir: Path, teacher_name: str, date: str, observation_id: str) -> Path:
    return sheets_dir(data_dir) / sheet_file_name(teacher_name, date, observation_id)


def recaps_dir(data_dir: Path) -> Path:
    return Path(data_dir) / RECAPS_DIR


def recap_file(data_dir: Path, period_stem: str, suffix: str) -> Path:
    """``rekap/rekap-2026-1.xlsx``."""
    from observasi.files import safe_file_name

    return recaps_dir(data_dir) / f"rekap-{safe_file_name(period_stem)}{suffix}"


def programme_file(data_dir: Path, semester: str) -> Path:
    """``program/program-supervisi-2026-1.pdf``: the supervision programme of a semester."""
    from observasi.files import safe_file_name

    return programmes_dir(data_dir) / f"program-supervisi-{safe_file_name(semester)}.pdf"


def programmes_dir(root: Path) -> Path:
    """``program/``: the printed programmes and reports of the semesters."""
    return Path(root) / PROGRAMMES_DIR


def report_file(root: Path, semester: str) -> Path:
    """``program/laporan-supervisi-2026-1.pdf``: the semester's laporan supervisi akademik,
    beside its programme."""
    from observasi.files import safe_file_name

    return programme_file(root, semester).with_name(f"laporan-supervisi-{safe_file_name(semester)}.pdf")


def attachments_dir(data_dir: Path) -> Path:
    """``lampiran/``: evidence files, each kept once under its sha256."""
    return Path(data_dir) / ATTACHMENTS_DIR


def attachment_file(data_dir: Path, sha256: str) -> Path:
    """``lampiran/ab/ab12...``: the bytes of one evidence file (the first two hex digits
    as a folder, so no folder holds thousands of files)."""
    return attachments_dir(data_dir) / sha256[:2] / sha256


def exports_dir(data_dir: Path) -> Path:
    return Path(data_dir) / EXPORTS_DIR


def teacher_export_dir(data_dir: Path, teacher_name: str) -> Path:
    """``ekspor/<teacher>/``: one teacher's personal data, exported from the app."""
    from observasi.files import safe_file_name

    return exports_dir(data_dir) / safe_file_name(teacher_name, fallback="guru")


def district_school_dir(data_dir: Path, slug: str) -> Path:
    """Where a district data folder keeps what it read of one school."""
    return Path(data_dir) / DISTRICT_SCHOOLS_DIR / slug


def district_figures(data_dir: Path) -> Path:
    """The district screen's figures as last counted (observasi.district.figures)."""
    return Path(data_dir) / "district-figures.json"
