"""The scale section's probes and floors, each run in a process of its own (bench/scale.py
starts them through bench/peak.py, which reports wall time, CPU seconds and peak memory).

    python scale_probe.py teachers DATA         # observasi: home settled, `g`, teachers screen settled
    python scale_probe.py teachers-floor DATA   # bare Textual app + sqlite3 reaching the same table
    python scale_probe.py home DATA             # observasi start-up to a settled home screen
    python scale_probe.py home-floor DATA       # bare app: the home list's first page and 4 filters
    python scale_probe.py list-floor DATA       # sqlite3: the list's columns, one line each, streamed
    python scale_probe.py recap-floor DATA      # sqlite3: the recap's figures aggregated in SQL
    python scale_probe.py recap-pdf-floor DATA SEMESTER OUT   # sqlite3 + reportlab: the same tables, plain strings
    python scale_probe.py sheets-floor DATA SINCE OUT        # per record: its rows + a like-for-like sheet
    python scale_probe.py sync DATA SHARED       # observasi: first import, then a rescan
    python scale_probe.py sync-floor SHARED      # verify + store every file; then list + stat

Probes that time a part of their run (a screen after a key, an import and its rescan) print
``TIMED name seconds cpu_seconds`` lines; the rest are timed as whole processes.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent  # observasi itself comes from the interpreter's install


def timed(name: str, wall: float, cpu: float) -> None:
    print(f"TIMED {name} {wall:.4f} {cpu:.4f}", flush=True)


def connect(data_dir: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{Path(data_dir) / 'observasi.db'}?mode=ro", uri=True)


# --- screens -------------------------------------------------------------------------


async def settle(pilot, ready, after_settled: tuple[str, ...] = ()) -> None:
    """Wait until *ready()* holds and the app has no worker left (but those of the groups
    *after_settled*) and no message pending."""
    from textual.worker import WorkerState

    app = pilot.app

    def busy() -> bool:
        return any(
            w.state in (WorkerState.PENDING, WorkerState.RUNNING) and w.group not in after_settled for w in app.workers
        )

    for _ in range(60_000):
        await pilot.pause(0.005)
        if not busy() and ready():
            await pilot.pause()
            if not busy():
                return
    raise RuntimeError("the screen did not settle")


def rows_on_screen(app, name: str | None = None) -> bool:
    from textual.widgets import DataTable

    if name is not None and type(app.screen).__name__ != name:
        return False
    return any(t.row_count > 0 for t in app.screen.query(DataTable))


def run_observasi(data_dir: str, pilot_fn) -> None:
    from observasi.cli import commands

    def open_headless(context) -> None:
        commands.start_tui(context).run(headless=True, size=(80, 24), auto_pilot=pilot_fn)

    commands.open_tui = open_headless  # the command line's own path, without the terminal check
    commands.cli.main(args=["--data-dir", data_dir], standalone_mode=False)


def teachers(data_dir: str) -> None:
    async def drive(pilot) -> None:
        await settle(pilot, lambda: rows_on_screen(pilot.app))
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press("g")
        await settle(pilot, lambda: rows_on_screen(pilot.app, "TeachersScreen"))
        timed("teachers", time.perf_counter() - wall, time.process_time() - cpu)
        pilot.app.exit()

    run_observasi(data_dir, drive)


def home_settled(app) -> bool:
    """Everything the home shows is on it: the list has rows, the header its sync line (the
    app reads it just after the first frame) and each of the four filters its choices (read
    in a worker after the first frame). With no worker left then, the screen has stopped
    changing; a probe that stopped at the first rows would time less than a user waits for."""
    from textual.widgets import Select

    if not rows_on_screen(app) or not app.sub_title:
        return False
    filters = [w for w in app.screen.query(Select) if (w.id or "").startswith("f-")]
    # Select keeps its blank entry first: a filled filter has more than that one.
    return len(filters) == 4 and all(len(w._options) > 1 for w in filters)


# The app's warm-up (the models and sqlite-utils the next screens need) starts only once
# the app itself has seen the first screen settled (observasi.tui.shell.when_idle: no worker
# left); it changes nothing on the screen. On a busy machine the probe could look after it
# had started and then timed it too.
AFTER_SETTLED = ("warm-up",)


def home(data_dir: str) -> None:
    wall, cpu = time.perf_counter(), time.process_time()

    async def drive(pilot) -> None:
        await settle(pilot, lambda: home_settled(pilot.app), AFTER_SETTLED)
        timed("home", time.perf_counter() - wall, time.process_time() - cpu)
        pilot.app.exit()

    run_observasi(data_dir, drive)


TEACHERS_FLOOR_SQL = """
select t.id, t.name, t.subject, c.n, f.last_date, f.nilai, f.predikat
from teachers t
left join (select teacher_id, count(*) as n from observations where deleted = 0 group by teacher_id) c
  on c.teacher_id = t.id
left join (select teacher_id, max(date || created_at) as last, date as last_date, nilai, predikat
           from observations where deleted = 0 and status = 'final' group by teacher_id) f
  on f.teacher_id = t.id
where t.active = 1 order by t.name collate nocase
"""


def bare_table_app(data_dir: str, on_key: str):
    """A bare app (header, a table, footer) that fills its table from plain SQL when *on_key*
    is pressed (the teachers floor)."""
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer, Header

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield DataTable()
            yield Footer()

        def on_key(self, event) -> None:
            if event.key == on_key:
                self.fill(TEACHERS_FLOOR_SQL, 6)

        def fill(self, sql: str, width: int) -> None:
            table = self.query_one(DataTable)
            table.clear(columns=True)
            table.add_columns(*(f"c{i}" for i in range(width)))
            for row in connect(data_dir).execute(sql):
                table.add_row(*(str(v) for v in row[1 : width + 1]), key=row[0])

    return Bare()


def teachers_floor(data_dir: str) -> None:
    async def drive(pilot) -> None:
        await settle(pilot, lambda: True)
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press("g")
        await settle(pilot, lambda: rows_on_screen(pilot.app))
        timed("teachers", time.perf_counter() - wall, time.process_time() - cpu)
        pilot.app.exit()

    bare_table_app(data_dir, "g").run(headless=True, size=(80, 24), auto_pilot=drive)


HOME_FLOOR_ATTENTION_SQL = (
    # The same counts the home screen's panel shows (observasi.store.coverage), in plain SQL
    # on the same indexes: this week's lessons, teachers, those observed, follow-ups due.
    "select count(*) from observations where deleted = 0 and status = 'draft' and date between ? and ?",
    "select count(*) from teachers where active = 1",
    "select count(distinct teacher_id) from observations where deleted = 0 and status in ('reflecting', 'final') "
    "and date between ? and ?",
    "select coalesce(sum(due < ?), 0), coalesce(sum(due >= ?), 0) from followups where status in "
    "('open', 'in_progress') and due is not null and due != '' and due <= ? "
    "and observation_id not in (select id from observations where deleted is not 0)",
    "select count(*) from sync_conflicts",
)


def bare_home_app(data_dir: str):
    """A bare app with the home screen's widgets (header, the resume line, the attention
    panel, a search field and the four filters, the list's info line, the table, footer),
    each filled by plain SQL: the unfinished record to resume, the attention counts, the
    list's first page, the filters' choices."""
    import datetime as dt

    from textual.app import App, ComposeResult
    from textual.containers import Horizontal
    from textual.widgets import Button, DataTable, Footer, Header, Input, Select, Static

    class BareHome(App):
        CSS = "#filters { height: 1; } #filters > * { width: 1fr; } #attention { height: 2; }"

        def compose(self) -> ComposeResult:
            yield Header()
            yield Button("", id="resume")
            yield Static(id="attention")
            with Horizontal(id="filters"):
                yield Input(id="search", compact=True)
                for name in ("teacher", "status", "form", "semester"):
                    yield Select([], prompt=name, id=f"f-{name}", compact=True)
            yield Static(id="list-info")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Footer(compact=True)

        def on_mount(self) -> None:
            conn = connect(data_dir)
            resume = conn.execute(
                "select json_extract(teacher, '$.name'), status, date, count(*) over () from observations "
                "where deleted = 0 and status in ('observing', 'reflecting') order by updated_at desc limit 1"
            ).fetchall()
            self.query_one("#resume", Button).label = " · ".join(str(v) for v in resume[0]) if resume else ""
            today = dt.date.today()
            monday = today - dt.timedelta(days=today.weekday())
            week = (monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
            half = ("01-01", "06-30") if today.month < 7 else ("07-01", "12-31")
            semester = (f"{today.year}-{half[0]}", f"{today.year}-{half[1]}")
            day, due_by = today.isoformat(), (today + dt.timedelta(days=7)).isoformat()
            params = (week, (), semester, (day, day, due_by), ())
            counts = [conn.execute(sql, p).fetchone() for sql, p in zip(HOME_FLOOR_ATTENTION_SQL, params, strict=True)]
            self.query_one("#attention", Static).update(" ".join(str(v) for row in counts for v in row))
            table = self.query_one(DataTable)
            table.add_columns(*(f"c{i}" for i in range(8)))
            for row in conn.execute(
                "select id, date, json_extract(teacher, '$.name'), class_name, subject, status, nilai, form_id "
                "from observations where deleted = 0 order by date desc limit 200"
            ):
                table.add_row(*(str(v) for v in row[1:]), key=row[0])
            self.query_one("#list-info", Static).update("200")
            sync_line = [  # the header's sync line: last sync, changes to send, conflicts, problems
                conn.execute(sql).fetchone()
                for sql in (
                    "select at from sync_log order by id desc limit 1",
                    # what the next sync sends, counted as observasi's line counts it (m121's index)
                    "select (select count(*) from revisions where origin = 'local' and published_at is null)"
                    " + (select count(*) from observations where version != revised_version and revised_version != -1"
                    " and id not in (select observation_id from sync_conflicts))",
                    "select count(*) from sync_conflicts",
                    "select count(*) from sync_problems",
                )
            ]
            self.sub_title = " · ".join(str(row[0]) if row else "-" for row in sync_line)
            for column in ("teacher_id", "status", "form_id", "semester"):  # the four filters
                values = conn.execute(f"select distinct {column} from observations where deleted = 0").fetchall()
                name = column.removesuffix("_id")
                self.query_one(f"#f-{name}", Select).set_options([(str(v[0]), str(v[0])) for v in values])

    return BareHome()


def home_floor(data_dir: str) -> None:
    wall, cpu = time.perf_counter(), time.process_time()

    async def drive(pilot) -> None:
        await settle(pilot, lambda: home_settled(pilot.app))
        timed("home", time.perf_counter() - wall, time.process_time() - cpu)
        pilot.app.exit()

    bare_home_app(data_dir).run(headless=True, size=(80, 24), auto_pilot=drive)


# --- command-line floors ---------------------------------------------------------------


def list_floor(data_dir: str) -> None:
    out = sys.stdout
    rows = connect(data_dir).execute(
        "select substr(id, 1, 8), date, json_extract(teacher, '$.name'), subject, class_name, form_id, status, "
        "coalesce(nilai, '-'), coalesce(predikat, '-') from observations where deleted = 0 order by date desc"
    )
    for row in rows:
        out.write("\t".join(str(v) for v in row) + "\n")


RECAP_FLOOR_SQL = (
    # per teacher: count, mean nilai, latest
    "select teacher_id, count(*), avg(cast(nilai as real)), max(date || created_at) from observations "
    "where deleted = 0 and status = 'final' and date between ? and ? group by teacher_id",
    # predikat per form
    "select form_hash, predikat, count(*) from observations "
    "where deleted = 0 and status = 'final' and date between ? and ? group by form_hash, predikat",
    # levels per indicator
    "select o.form_hash, r.indicator_id, r.level, r.na, count(*) from ratings r join observations o "
    "on o.id = r.observation_id where o.deleted = 0 and o.status = 'final' and o.date between ? and ? "
    "group by o.form_hash, r.indicator_id, r.level, r.na",
    # observers
    "select json_extract(observer, '$.name'), count(*) from observations "
    "where deleted = 0 and status = 'final' and date between ? and ? group by 1",
    # follow-ups
    "select o.id, o.date, json_extract(o.teacher, '$.name'), f.action, f.measure, f.due, f.status "
    "from followups f join observations o on o.id = f.observation_id "
    "where o.deleted = 0 and o.status = 'final' and o.date between ? and ? order by 3, 2",
    # What the recap also shows, so the floor does the same work (p-recap, round 4): the
    # records still open, per status
    "select status, count(*) from observations where deleted = 0 and date between ? and ? group by 1",
    # tallies summed per form
    "select o.form_hash, t.key, sum(t.value) from observations o, json_each(o.tallies) t "
    "where o.deleted = 0 and o.status = 'final' and o.date between ? and ? group by 1, 2",
    # snapshot answers counted per form and prompt
    "select o.form_hash, v.key, v.value, count(*) from observations o, json_each(o.snapshots) s, "
    "json_each(s.value, '$.values') v where o.deleted = 0 and o.status = 'final' and o.date between ? and ? "
    "group by 1, 2, 3",
    # the lessons two observers scored (agreement)
    "select teacher_id, date, coalesce(period, ''), form_hash from observations "
    "where deleted = 0 and status = 'final' and date between ? and ? group by 1, 2, 3, 4 "
    "having count(distinct observer_id) > 1",
    # coverage: lessons held per teacher, the last one
    "select teacher_id, count(*), max(date) from observations "
    "where deleted = 0 and status in ('reflecting', 'final') and date between ? and ? group by 1",
)


def recap_floor(data_dir: str, start: str = "2000-01-01", end: str = "2099-12-31") -> list[list[tuple]]:
    """The recap's figures counted from the raw rows. Since m123 (q-recap, round 5) the
    database has no ratings_levels index (the recap sums rating_tally, kept by triggers),
    so the level count here reads every rating's row: slower than before m123 (at 100,000
    about 10 s CPU instead of 6), with the same plain SQL. The recap's budget is absolute."""
    conn = connect(data_dir)
    results = [conn.execute(sql, [start, end]).fetchall() for sql in RECAP_FLOOR_SQL]
    for block in results:
        for row in block:
            sys.stdout.write("\t".join(str(v) for v in row) + "\n")
    return results


def recap_pdf_floor(data_dir: str, semester: str, out: str) -> None:
    """The recap's tables drawn by reportlab as plain-string tables (landscape A4), laid out
    a page's rows at a time as the recap lays them out (observasi.recap.export_pdf)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from observasi.core.dates import semester_range
    from observasi.fonts import register_fonts

    regular, _ = register_fonts()
    start, end = semester_range(semester)
    conn = connect(data_dir)
    story = []
    for sql in RECAP_FLOOR_SQL:
        rows = [[str(v)[:60] for v in row] for row in conn.execute(sql, [start.isoformat(), end.isoformat()])]
        # A table a page's rows at a time: one table of thousands of rows is re-measured
        # whole at every page break (quadratic), work no PDF needs to do.
        for first in range(0, len(rows), 40):
            story.append(Table(rows[first : first + 40], style=[("FONTNAME", (0, 0), (-1, -1), regular)]))
    SimpleDocTemplate(out, pagesize=landscape(A4), invariant=1).build(story)


def sheets_floor(data_dir: str, since: str, out: str) -> None:
    """Each record's own rows read by primary key (its form once per batch, the school
    once), drawn as a like-for-like sheet (sheet_timing.like_for_like_sheet: letterhead,
    identity, the form's indicator texts, totals, closing blocks, evidence, and on every
    page the footer, QR code and the DRAF mark of a record not final, both fonts embedded)
    and written as durably as the batch writes a sheet: a temp file, fsynced, renamed,
    and the folder fsynced once after the last.

    Round 5 (q-sheets) made it like-for-like: before, it drew the raw rows as one table
    (indicator ids for their texts, one font, no letterhead, footer or QR code, a plain
    write_bytes without fsync), about two thirds of the sheet's pages."""
    import os

    sys.path.insert(0, str(HERE))
    from sheet_timing import like_for_like_sheet, record_connection, record_rows, rows

    conn = record_connection(Path(data_dir))
    ids = [r[0] for r in conn.execute("select id from observations where deleted = 0 and date >= ?", [since])]
    [school] = rows(conn, "select * from school where id = 1", [])
    forms: dict[str, dict] = {}
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for obs_id in ids:
        data = like_for_like_sheet(*record_rows(conn, obs_id, forms), school)
        temp = folder / f".~{obs_id}.tmp"
        with open(temp, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, folder / f"{obs_id}.pdf")
    handle = os.open(folder, os.O_RDONLY)
    os.fsync(handle)
    os.close(handle)


# --- sync ----------------------------------------------------------------------------------


def sync_probe(data_dir: str, shared: str) -> None:
    # The laptop the school approved (bench/sync_import.py made it beside the folder).
    import shutil

    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.sync.service import sync

    shutil.copytree(Path(shared).with_name(Path(shared).name + "-reader"), data_dir, dirs_exist_ok=True)
    from sync_import import working_copy

    folder = working_copy(Path(shared), Path(data_dir).parent)
    context = AppContext(Settings(data_dir=Path(data_dir)))
    context.store  # noqa: B018 - opening the database is not part of the import
    wall, cpu = time.perf_counter(), time.process_time()
    first = sync(context, folder)
    timed("import", time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    again = sync(context, folder)
    timed("rescan", time.perf_counter() - wall, time.process_time() - cpu)
    if first.problems or first.received == 0 or again.received:
        raise RuntimeError(f"import went wrong: {first.received} received, problems {first.problems[:3]}")


def sync_floor(data_dir: str, shared: str) -> None:
    """Verify and store plainly: read, parse, check both hashes and the signature, keep
    each revision and each record's latest payload in SQLite (one transaction), then write
    each record as the rows the app's screens read (:func:`_floor_records`), and open the
    school's sealed roster (:func:`_floor_roster`); then the rescan floor: list every
    folder and stat every file.

    The roster is necessary work too: the bench's folder holds the school's roster as a
    member published it (a teacher file per teacher, sealed under the teacher's data key,
    and that key's ``dk-`` file, wrapped under the school key and signed by the member
    that made it), and a laptop's first import must open it (a floor that opened no seal
    measured an import that skipped the roster; 15-20% of the app's import was spent there).

    The rows are necessary work, not the import's overhead: a record a first import brings
    is read by the list, the recap and the teachers screen from its row in
    ``observations`` (with the score columns the list shows) and its rating, evidence and
    follow-up rows, never from a revision's JSON. A floor that stopped at the payload
    measured an import that left the laptop unable to show what it received."""
    import base64
    import hashlib
    import json
    import os

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from observasi.core.canonical import canonical_json

    conn = sqlite3.connect(Path(data_dir) / "floor.db")
    conn.execute("pragma journal_mode=wal")
    conn.execute("create table revisions (id text primary key, observation_id text, payload text)")
    conn.execute("create table heads (observation_id text primary key, created_at text, payload text)")
    keys: dict[str, ec.EllipticCurvePublicKey] = {}
    sealed: dict[str, list[str]] = {}  # "dk", "teacher", "member" -> their paths
    forms = _floor_forms()
    wall, cpu = time.perf_counter(), time.process_time()
    top = Path(shared) / "observasi"
    with conn:
        for device in os.scandir(top):
            if not device.is_dir():
                continue
            batch = []
            for entry in os.scandir(device.path):
                # Revision files only: the school's folder also holds its enrollment files
                # and the roster (kept for _floor_roster).
                if entry.name.startswith(("dk-", "teacher-", "member-")):
                    sealed.setdefault(entry.name.partition("-")[0], []).append(entry.path)
                    continue
                if len(entry.name) != 37 or not entry.name.endswith(".json") or "-" in entry.name:
                    continue
                with open(entry.path, "rb") as handle:
                    data = json.loads(handle.read())
                signature, digest = data.pop("signature"), data.pop("sha256")
                if hashlib.sha256(canonical_json(data)).hexdigest() != digest:
                    raise RuntimeError(entry.path)
                content = hashlib.sha256(canonical_json({"payload": data["payload"], "deleted": data["deleted"]}))
                if content.hexdigest() != data["content_hash"]:
                    raise RuntimeError(entry.path)
                key = keys.get(data["public_key"])
                if key is None:
                    key = serialization.load_der_public_key(base64.b64decode(data["public_key"]))
                    keys[data["public_key"]] = key  # type: ignore[assignment]
                key.verify(base64.b64decode(signature), digest.encode("ascii"), ec.ECDSA(hashes.SHA256()))  # type: ignore[union-attr]
                payload = json.dumps(data["payload"])
                batch.append((data["id"], data["observation_id"], payload, data["created_at"]))
                if len(batch) >= 500:
                    _store_floor(conn, batch)
                    batch = []
            _store_floor(conn, batch)
        _floor_records(conn, forms)
        _floor_roster(conn, Path(shared), sealed)
    timed("import", time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    for device in os.scandir(top):
        if device.is_dir():
            for entry in os.scandir(device.path):
                entry.stat()
    timed("rescan", time.perf_counter() - wall, time.process_time() - cpu)


def _store_floor(conn: sqlite3.Connection, batch: list[tuple[str, str, str, str]]) -> None:
    conn.executemany("insert into revisions values (?, ?, ?)", [b[:3] for b in batch])
    conn.executemany(
        "insert into heads values (?, ?, ?) on conflict (observation_id) do update set "
        "created_at = excluded.created_at, payload = excluded.payload where excluded.created_at > heads.created_at",
        [(b[1], b[3], b[2]) for b in batch],
    )


def _floor_roster(conn: sqlite3.Connection, shared: Path, sealed: dict[str, list[str]]) -> None:
    """The school's roster opened the plainest way, as a member laptop holding the school
    key does: the members from their certificates (each signed by a member already known,
    from the founder on); each ``dk-`` file read, its signature by the member that wrote
    it verified, its data key unwrapped under the school key; each teacher file read and
    opened under its data key, its name's sha256 checked; the data keys and the teachers'
    rows stored (the teachers screen reads the roster from its rows)."""
    import base64
    import hashlib
    import json

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from observasi.core.canonical import canonical_json

    loaded: dict[str, object] = {}  # each member's key loaded once, as the app keeps it

    def signed_by(data: dict, public_key: str) -> bool:  # type: ignore[type-arg]
        body = {k: v for k, v in data.items() if k != "signature"}
        digest = hashlib.sha256(canonical_json(body)).hexdigest().encode("ascii")
        key = loaded.get(public_key)
        if key is None:
            key = loaded[public_key] = serialization.load_der_public_key(base64.b64decode(public_key))
        try:
            key.verify(base64.b64decode(data["signature"]), digest, ec.ECDSA(hashes.SHA256()))  # type: ignore[union-attr, call-arg]
        except Exception:
            return False
        return True

    # The laptop's school key (held in its data folder since it was approved).
    school = json.loads((shared.with_name(shared.name + "-reader") / "keys" / "school.json").read_bytes())
    wrappers = {kid: AESGCM(base64.b64decode(k)) for kid, k in school["keys"].items()}
    members = {school["root_device"]: school["root_key"]}
    certificates = [json.loads(Path(p).read_bytes()) for p in sealed.get("member", [])]
    grew = True
    while grew:
        grew = False
        for cert in certificates:
            device, signer = cert["device_id"], cert["approved_by"]
            if device not in members and signer in members and signed_by(cert, members[signer]):
                members[device] = cert["public_key"]
                grew = True
    data_keys: dict[str, bytes] = {}
    rows = []
    for path in sealed.get("dk", []):
        data = json.loads(Path(path).read_bytes())
        if not signed_by(data, members[data["device_id"]]):
            raise RuntimeError(path)
        dkid, teacher, kid = data["dkid"], data["teacher_id"], data["kid"]
        aad = f"{dkid}|{teacher}|{kid}".encode("ascii")
        key = wrappers[kid].decrypt(base64.b64decode(data["nonce"]), base64.b64decode(data["ciphertext"]), aad)
        data_keys[dkid] = key
        rows.append((dkid, teacher, key, kid))
    conn.execute("create table data_keys (dkid text primary key, teacher_id, key, kid)")
    conn.executemany("insert into data_keys values (?, ?, ?, ?)", rows)
    fields = ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank", "active")
    conn.execute(f"create table teachers (id text primary key, {', '.join(fields)})")
    teachers = []
    for path in sealed.get("teacher", []):
        digest = Path(path).name[len("teacher-") : -len(".json")]
        data = json.loads(Path(path).read_bytes())
        aad = f"teacher|{digest}|{data['dkid']}".encode("ascii")
        plain = AESGCM(data_keys[data["dkid"]]).decrypt(
            base64.b64decode(data["nonce"]), base64.b64decode(data["ciphertext"]), aad
        )
        if hashlib.sha256(plain).hexdigest() != digest:
            raise RuntimeError(path)
        doc = json.loads(plain)
        teachers.append((doc["subject"], *(doc["fields"].get(f) for f in fields)))
        if len(teachers) >= 500:
            conn.executemany(f"insert or replace into teachers values ({', '.join('?' * (1 + len(fields)))})", teachers)
            teachers = []
    conn.executemany(f"insert or replace into teachers values ({', '.join('?' * (1 + len(fields)))})", teachers)


def _floor_forms() -> dict[str, tuple[dict[str, int], int, int, list[tuple[object, str]]]]:
    """Each bundled form's scoring, by hash: level values, the top value, the number of
    items, the bands (read before the floor is timed: the app's forms are in its database)."""
    from observasi.core.forms import load_catalog

    forms = {}
    for known in load_catalog().latest():
        inst = known.instrument
        values = {level.key: level.value or 0 for level in inst.scale.levels}
        bands = sorted(((band.min, band.label) for band in inst.bands), reverse=True)
        forms[known.hash] = (values, inst.scale.max_value, len(list(inst.indicators())), bands)
    return forms


def _floor_records(conn: sqlite3.Connection, forms: dict) -> None:  # type: ignore[type-arg]
    """Each record's newest payload as the rows a screen reads, the plainest way: its
    scalar and JSON columns, the score columns (this form's rule: the sum of the levels
    rated over their maximum, x 100, half up to two decimals, banded), one row per rating,
    evidence line and follow-up; written a batch of 500 records at a time."""
    import json
    from decimal import ROUND_HALF_UP, Decimal

    from observasi.store.record_rows import EVIDENCE_COLUMNS, FOLLOWUP_COLUMNS, JSON_FIELDS, SCALAR_FIELDS

    columns = ("id", *SCALAR_FIELDS, *JSON_FIELDS, "status", "deleted", "nilai", "predikat", "scored", "total")
    conn.execute(f"create table observations ({', '.join(columns)}, primary key (id))")
    conn.execute("create table ratings (observation_id, indicator_id, level, na, note, recommendation, updated_at)")
    conn.execute(f"create table evidence (observation_id, seq, id, {', '.join(EVIDENCE_COLUMNS)})")
    conn.execute(f"create table followups (observation_id, position, id, {', '.join(FOLLOWUP_COLUMNS)})")
    cursor = conn.execute("select payload from heads")
    while rows := cursor.fetchmany(500):
        records, ratings, evidence, followups = [], [], [], []
        for (text,) in rows:
            record = json.loads(text)
            values, top, total, bands = forms[record["form_hash"]]
            levels = [values[r["level"]] for r in record["ratings"].values() if not r["na"] and r["level"] in values]
            nilai = predikat = None
            if levels:
                exact = Decimal(sum(levels)) * 100 / Decimal(len(levels) * top)
                nilai = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                predikat = next((label for low, label in bands if low <= nilai), None)
            records.append(
                (
                    record["id"],
                    *(record.get(f) for f in SCALAR_FIELDS),
                    *(None if record.get(f) is None else json.dumps(record[f]) for f in JSON_FIELDS),
                    record["status"],
                    0,
                    None if nilai is None else f"{nilai:.2f}",
                    predikat,
                    len(levels),
                    total,
                )
            )
            oid = record["id"]
            ratings += [
                (oid, k, r["level"], int(r["na"]), r["note"], r["recommendation"], r["updated_at"])
                for k, r in record["ratings"].items()
            ]
            evidence += [
                (oid, i, e["id"], *(e.get(c) for c in EVIDENCE_COLUMNS)) for i, e in enumerate(record["evidence"])
            ]
            followups += [
                (oid, i, f["id"], *(f.get(c) for c in FOLLOWUP_COLUMNS)) for i, f in enumerate(record["followups"])
            ]
        conn.executemany(f"insert into observations values ({', '.join('?' * len(columns))})", records)
        conn.executemany("insert into ratings values (?, ?, ?, ?, ?, ?, ?)", ratings)
        conn.executemany(f"insert into evidence values ({', '.join('?' * (3 + len(EVIDENCE_COLUMNS)))})", evidence)
        conn.executemany(f"insert into followups values ({', '.join('?' * (3 + len(FOLLOWUP_COLUMNS)))})", followups)


KINDS = {
    "teachers": teachers,
    "teachers-floor": teachers_floor,
    "home": home,
    "home-floor": home_floor,
    "list-floor": list_floor,
    "recap-floor": recap_floor,
    "recap-pdf-floor": recap_pdf_floor,
    "sheets-floor": sheets_floor,
    "sync": sync_probe,
    "sync-floor": sync_floor,
}

if __name__ == "__main__":
    KINDS[sys.argv[1]](*sys.argv[2:])
