"""Timing of the sheet against a floor measured in the same run (for bench/ and tests).

The floor is the same sheet drawn the plainest way from the record's rows
(:func:`like_for_like_sheet`, also the floor of the ``observasi sheets`` batch); the budget
is the sheet within twice that. Signing is timed on an already drawn sheet with the key
already loaded.
"""

from __future__ import annotations

import functools
import io
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observasi.context import AppContext


def median_seconds(*actions: Callable[[], object], repeat: int = 7) -> list[float]:
    """The median time of each action. The actions take turns, run after run, so that a
    busy moment of a shared machine slows them alike instead of only the one timed then."""
    for action in actions:
        action()  # warm-up: imports, font parsing
    runs: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, times in zip(actions, runs, strict=False):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in runs]


@dataclass(frozen=True)
class SheetTiming:
    sheet: float
    floor: float
    sign: float | None

    @property
    def ratio(self) -> float:
        return self.sheet / self.floor


def time_sheet(context: AppContext, observation_id: str, passphrase: str | None = None, repeat: int = 7) -> SheetTiming:
    from observasi.sheet.build import build_sheet
    from observasi.sheet.content import gather
    from observasi.signing.pades import sign_bytes

    content = gather(context, observation_id)
    conn = record_connection(context.settings.data_dir)
    [school] = rows(conn, "select * from school where id = 1", [])
    inputs = record_rows(conn, content.obs.id, {})
    conn.close()
    sheet, floor = median_seconds(
        lambda: build_sheet(content), lambda: like_for_like_sheet(*inputs, school), repeat=repeat
    )
    sign = None
    if passphrase is not None:
        built = build_sheet(content)
        spot = built.spots.get(content.signer_slot or "observer")
        [sign] = median_seconds(
            lambda: sign_bytes(
                context,
                built.data,
                passphrase,
                reason="bench",
                field_box=spot.box if spot else None,
                page=spot.page if spot else -1,
            ),
            repeat=repeat,
        )
    return SheetTiming(sheet, floor, sign)


# -- the sheets batch's floor: the same sheet, drawn the plainest way ------------------------


def record_connection(data_dir: Path) -> sqlite3.Connection:
    """The database read-only, rows as sqlite3.Row."""
    conn = sqlite3.connect(f"file:{Path(data_dir) / 'observasi.db'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def rows(conn: sqlite3.Connection, sql: str, params: list) -> list[dict]:
    return [dict(row) for row in conn.execute(sql, params)]


def record_rows(
    conn: sqlite3.Connection, obs_id: str, forms: dict[str, dict]
) -> tuple[dict, list[dict], list[dict], list[dict], dict]:
    """A record's rows by primary key and its form (parsed once per form: *forms* keeps
    them), what :func:`like_for_like_sheet` draws with the school's row."""
    import json

    [row] = rows(conn, "select * from observations where id = ?", [obs_id])
    if row["form_hash"] not in forms:
        [(body,)] = conn.execute("select body from forms where hash = ?", [row["form_hash"]]).fetchall()
        forms[row["form_hash"]] = json.loads(body)
    return (
        row,
        rows(conn, "select * from ratings where observation_id = ? order by rowid", [obs_id]),
        rows(conn, "select * from evidence where observation_id = ? order by seq", [obs_id]),
        rows(conn, "select * from followups where observation_id = ? order by position", [obs_id]),
        forms[row["form_hash"]],
    )


_MM = 72 / 25.4
_FRAME_W = 174 * _MM  # A4 less the sheet's side margins
_STAGES = {"pendahuluan": "Pendahuluan", "inti": "Inti", "penutup": "Penutup"}


@functools.cache
def _logo_reader(path: str) -> object:
    from reportlab.lib.utils import ImageReader

    return ImageReader(path)


def like_for_like_sheet(
    row: dict, ratings: list[dict], evidence: list[dict], followups: list[dict], form: dict, school: dict
) -> bytes:
    """One record's sheet from its database rows and its form, drawn the plainest way that
    puts the same things on paper as the sheet (observasi.sheet.build), so the two lay out
    to about the same pages:

    the letterhead (the school's logo when it has one, its name, address and NPSN, a rule);
    the title and the form's name; the identity block (labels bold); per section a grid
    table with its heading row repeated, the indicators' own texts, each rating's level as
    the form names it, the note and recommendation, and the section's subtotal; the totals;
    strengths, improvements, follow-ups, the reflection's questions and answers; the
    signature blocks with room for a signature (and the principal's when the observer is
    not the principal); the evidence timeline. Every page carries "Halaman X dari Y", the
    id, a content hash, the status and the QR code (observasi's own encoder, the one the
    sheet uses, drawn once per file as a form); a record that is not final carries DRAF.
    Both fonts are embedded (regular and bold subsets). A cell is a Paragraph only when
    its text wraps, and the Paragraph is the sheet's own (see below). What it leaves to
    the sheet: translated labels, pydantic validation and scoring of the record, and the
    record's canonical content hash (here a hash of its rows): work the sheet must do
    quickly, within its budget."""
    import hashlib
    import itertools
    import json
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table

    from observasi.fonts import register_fonts
    from observasi.sheet.paragraph import paragraph_class
    from observasi.sheet.qr import qr_modules

    # The sheet's own Paragraph and QR encoder: the floor gets what the sheet gets from them
    # (lines broken once per width, no markup parser for plain text; the QR laid out
    # quickly), so the ratio is the rest of the sheet's work, not credit for these.
    Paragraph = paragraph_class()

    regular, bold = register_fonts()
    cell_style = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.6)
    cell_bold = ParagraphStyle("cellb", parent=cell_style, fontName=bold)
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    heading = ParagraphStyle("h", fontName=bold, fontSize=10, leading=13, spaceBefore=9, spaceAfter=4, keepWithNext=1)
    centred = ParagraphStyle("c", fontName=regular, fontSize=9, leading=12, alignment=1)

    def text(value: object) -> str:
        return "" if value is None else str(value)

    def para(value: object, style: ParagraphStyle) -> object:
        return Paragraph(escape(text(value)).replace("\n", "<br/>"), style)

    def cell(value: object, width: float, style: ParagraphStyle = cell_style) -> object:
        value = text(value)
        if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= width - 8:
            return value
        return para(value, style)

    def grid(rows: list[list[object]], widths: list[float], repeat: int = 1, spanned: int | None = None) -> Table:
        """A grid table, its first row bold; row *spanned* one cell across the table."""
        drawn = [
            [
                cell(v, sum(widths) if i == spanned else w, cell_bold if i in (0, spanned) else cell_style)
                for v, w in zip(r, widths, strict=False)
            ]
            for i, r in enumerate(rows)
        ]
        span = [("SPAN", (0, spanned), (-1, spanned))] if spanned is not None else []
        return Table(
            drawn,
            colWidths=widths,
            repeatRows=repeat,
            hAlign="LEFT",
            style=[
                ("GRID", (0, 0), (-1, -1), 0.5, (0.55, 0.55, 0.6)),
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), (0.91, 0.92, 0.95)),
                *span,
            ],
        )

    teacher, observer = json.loads(row["teacher"]), json.loads(row["observer"])
    final = row["status"] == "final"
    digest = hashlib.sha256(json.dumps([row, ratings, evidence, followups], default=str).encode()).hexdigest()

    story: list[object] = []
    kop: list[object] = [
        para(
            (school.get("name") or "").upper(),
            ParagraphStyle("k", parent=heading, fontSize=14, leading=17, alignment=1),
        )
    ]
    kop += [para(line, centred) for line in (school.get("address"), f"NPSN: {school.get('npsn') or ''}") if line]
    if school.get("logo_path"):
        reader = _logo_reader(school["logo_path"])  # decoded once a batch, as the sheet does

        class Logo(Flowable):
            def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
                return 52, 52

            def draw(self) -> None:
                self.canv.drawImage(reader, 0, 0, 52, 52, preserveAspectRatio=True, mask="auto")

        story.append(Table([[Logo(), kop]], colWidths=[58, None]))
    else:
        story += kop
    story += [Table([[""]], colWidths=[_FRAME_W], style=[("LINEBELOW", (0, 0), (-1, -1), 1.6, (0, 0, 0))])]
    story += [
        para(
            "LEMBAR UMPAN BALIK SUPERVISI AKADEMIK",
            ParagraphStyle("t", parent=heading, fontSize=13, leading=16, alignment=1),
        ),
        para(f"{form['title']} ({form['version']})", centred),
    ]

    identity = json.loads(row["identity"] or "{}")
    pairs = [
        ("Nama guru", teacher["name"], "Hari, tanggal", row["date"]),
        (teacher.get("id_label") or "NIP", teacher.get("id_number") or "-", "Jam pelajaran ke", row["period"]),
        ("Mata pelajaran", row["subject"], "Semester", row["semester"]),
        ("Kelas", row["class_name"], "Siswa", f"{row['students_present']} hadir, {row['students_absent']} tidak hadir"),
        ("Materi/topik", row["topic"], "Supervisor", f"{observer['name']} ({observer.get('role') or ''})"),
    ]
    if row["co_observer"]:
        pairs.append(("Pengamat pendamping", row["co_observer"], "", ""))
    fields = [(f["label"], identity.get(f["id"], "-")) for f in form.get("identity", [])]
    pairs += [(*fields[i], *(fields[i + 1] if i + 1 < len(fields) else ("", ""))) for i in range(0, len(fields), 2)]
    if row["focus"]:
        pairs.append(("Fokus observasi", row["focus"], "", ""))
    widths = [92, 150, 94, _FRAME_W - 336]
    story.append(
        Table(
            [
                [
                    cell(v, w, cell_bold if j % 2 == 0 else cell_style)
                    for j, (v, w) in enumerate(zip(p, widths, strict=False))
                ]
                for p in pairs
            ],
            colWidths=widths,
            hAlign="LEFT",
            style=[
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (0, -1), bold),
                ("FONTNAME", (2, 0), (2, -1), bold),
            ],
        )
    )

    story.append(para("A. Hasil pengamatan", heading))
    levels = {level["key"]: level for level in form["scale"]["levels"]}
    by_indicator = {r["indicator_id"]: r for r in ratings}
    widths = [22, 228, 74, _FRAME_W - 324]
    number = 0
    for section in form["sections"]:
        if not any(ind["id"] in by_indicator for ind in section["indicators"]):
            continue  # a section the observation did not cover
        rows: list[list[object]] = [["No", "Indikator", "Skor", "Catatan"], [section["title"], "", "", ""]]
        obtained = 0
        for ind in section["indicators"]:
            number += 1
            rating = by_indicator.get(ind["id"]) or {}
            level = levels.get(rating.get("level"))
            score = f"{level['key']} ({level['label']})" if level else "-"
            obtained += (level["value"] or 0) if level else 0
            note = " ".join(text(rating.get(k)).strip() for k in ("note", "recommendation")).strip()
            rows.append([number, ind["text"], score, note])
        rows.append(["", "Jumlah skor bagian ini", obtained, ""])
        story += [grid(rows, widths, repeat=2, spanned=1), Spacer(1, 6)]
    story.append(
        grid(
            [
                ["Skor diperoleh", "Skor maksimum", "Nilai", "Predikat"],
                [row["scored"], row["total"], row["nilai"], row["predikat"]],
            ],
            [_FRAME_W / 4] * 4,
            0,
        )
    )
    for title, value in (("B. Kekuatan", row["strengths"]), ("C. Yang perlu ditingkatkan", row["improvements"])):
        story += [para(title, heading), para(value or "-", body)]
    story.append(para("D. Rencana tindak lanjut", heading))
    rows = [["No", "Kegiatan", "Ukuran keberhasilan", "Dukungan", "Batas waktu"]]
    rows += [
        [n, f["action"], f["measure"] or "-", f["support"] or "-", f["due"] or "-"] for n, f in enumerate(followups, 1)
    ]
    story.append(grid(rows, [22, 170, 120, 110, _FRAME_W - 422]))
    answers = json.loads(row["reflection"] or "{}")
    if form.get("reflection") or answers:
        story.append(para("E. Refleksi guru", heading))
        for n, q in enumerate(form.get("reflection", []), 1):
            story.append(
                KeepTogether(
                    [
                        para(f"{n}. {q['text']}", ParagraphStyle("q", parent=body, fontName=bold)),
                        para(answers.get(q["id"]) or "-", body),
                    ]
                )
            )

    def block(lines: list[str], person: dict) -> list[object]:
        return [
            *(para(line, centred) for line in lines),
            Spacer(150, 62),
            para(person.get("name") or "", centred),
            para(f"{person.get('id_label') or 'NIP'}. {person.get('id_number') or '-'}", centred),
        ]

    signatures = [
        ["", para(f"{school.get('city') or ''}, {row['date']}", centred)],
        [
            block(["Diterima oleh,", "Guru yang diobservasi"], teacher),
            block(["Supervisor,", observer.get("role") or ""], observer),
        ],
    ]
    parts: list[object] = [
        Spacer(1, 10),
        Table(signatures, colWidths=[_FRAME_W / 2] * 2, style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
    ]
    if observer.get("role") != "kepala_sekolah":
        principal = {
            "name": school.get("principal_name"),
            "id_label": school.get("principal_id_label"),
            "id_number": school.get("principal_id_number"),
        }
        parts += [
            Spacer(1, 8),
            Table([[block(["Mengetahui,", "Kepala Sekolah,"], principal)]], colWidths=[_FRAME_W / 2]),
        ]
    story.append(KeepTogether(parts))
    if evidence:
        story.append(para("Lampiran: catatan bukti pengamatan", heading))
        rows = [["Menit", "Tahap", "Catatan", "Indikator"]]
        rows += [
            [f"{e['minute']}'", _STAGES.get(e["stage"], e["stage"] or "-"), e["text"], e["indicator_id"] or "-"]
            for e in evidence
        ]
        story.append(grid(rows, [46, 80, _FRAME_W - 206, 80]))

    qr = qr_modules(f"observasi:{row['id']}:{digest}".upper(), "M")
    qr_size = 19 * _MM

    class FloorCanvas(Canvas):
        """Keeps each page until the end, for "Halaman X dari Y" (reportlab's usual recipe)."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []
            module = qr_size / (len(qr) + 2)
            self.beginForm("qr", 0, 0, qr_size, qr_size)
            for r, modules in enumerate(qr):
                c = 0
                for dark, run in itertools.groupby(modules):
                    width = len(list(run))
                    if dark:  # a row's dark modules side by side as one rectangle, as the sheet draws them
                        self.rect(
                            (c + 1) * module,
                            qr_size - (r + 2) * module,
                            width * module,
                            module * 1.04,
                            stroke=0,
                            fill=1,
                        )
                    c += width
            self.endForm()

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._kept:
                self.__dict__.update(state)
                top = 22 * _MM
                self.line(18 * _MM, top, A4[0] - 18 * _MM, top)
                self.saveState()
                self.translate(A4[0] - 18 * _MM - qr_size, top - qr_size - 1)
                self.doForm("qr")
                self.restoreState()
                self.setFont(bold, 8.5)
                self.drawString(18 * _MM, top - 11, f"Halaman {self._pageNumber} dari {len(self._kept)}")
                self.setFont(regular, 7)
                self.drawString(18 * _MM, top - 22, f"ID observasi: {row['id']}")
                self.drawString(18 * _MM, top - 31, f"Sidik isi (SHA-256): {digest}")
                self.drawRightString(A4[0] - 24 * _MM - qr_size, top - 11, f"Status: {row['status']}")
                if not final:
                    self.saveState()
                    self.setFont(bold, 130)
                    self.translate(A4[0] / 2, A4[1] / 2)
                    self.rotate(55)
                    self.drawCentredString(0, -45, "DRAF")
                    self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * _MM,
        rightMargin=18 * _MM,
        topMargin=14 * _MM,
        bottomMargin=26 * _MM,
        title="Lembar umpan balik",
        author=observer["name"],
        keywords=row["id"],
        invariant=1,
    )
    doc.build(story, canvasmaker=FloorCanvas)
    return buffer.getvalue()
