"""Messages of the supervision year: what needs attention, follow-ups marked done,
periods: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- periods (core/period.py) ------------------------------------------------------------
    "year.period.calendar": ("Tahun {year}", "Year {year}"),
    "year.help.year": (
        "rekap satu tahun kalender (Januari-Desember), mis. 2026: periode laporan kinerja",
        "the recap of one calendar year (January-December), e.g. 2026: the performance report's period",
    ),
    "year.tui.period_placeholder": ("2026-1, Genap 2026, atau 2026", "2026-1, Genap 2026, or 2026"),
    "year.err.year": ("'{value}' bukan tahun (tulis misalnya 2026)", "'{value}' is not a year (write e.g. 2026)"),
    # -- follow-ups marked done ---------------------------------------------------------------
    "year.err.done_date": (
        "tanggal selesai '{value}' tidak dikenali; tulis misalnya 24/11/2026 atau 2026-11-24",
        "the day done '{value}' is not a date; write e.g. 24/11/2026 or 2026-11-24",
    ),
    "year.err.done_future": (
        "tanggal selesai {date} belum tiba; tindak lanjut hanya dapat ditandai selesai sampai hari ini",
        "the day done {date} has not come yet; a follow-up can be marked done up to today",
    ),
    "year.err.no_followup": (
        "tidak ada butir tindak lanjut '{which}' di observasi ini (ada {count} butir; tulis nomornya, mis. 1)",
        "no follow-up item '{which}' in this observation (it has {count}; give its number, e.g. 1)",
    ),
    # -- the CLI ---------------------------------------------------------------------------------
    "year.help.coverage": (
        "Yang perlu perhatian: observasi terjadwal minggu ini, guru yang belum diobservasi semester ini, "
        "tindak lanjut yang jatuh tempo atau lewat batas, dan observasi yang berkonflik",
        "What needs attention: observations planned this week, teachers not yet observed this semester, "
        "follow-ups due or overdue, and observations in conflict",
    ),
    "year.help.today": (
        "hitung seolah-olah hari ini tanggal ini (bawaan: tanggal laptop)",
        "count as if today were this date (default: the laptop's date)",
    ),
    "year.help.followup": ("Butir rencana tindak lanjut", "Follow-up plan items"),
    "year.help.followup_done": (
        "Tandai butir tindak lanjut ITEM (nomornya, mis. 1) dari observasi ID selesai, dengan catatan dan tanggal",
        "Mark follow-up item ITEM (its number, e.g. 1) of observation ID done, with a note and a date",
    ),
    "year.help.note": ("apa yang terlihat (catatan)", "what was seen (a note)"),
    "year.help.done_date": ("tanggal selesai (bawaan: hari ini)", "the day it was done (default: today)"),
    "year.cli.title": ("Perlu perhatian per {today}", "Needs attention as of {today}"),
    "year.cli.period": (
        "{period}: {observed} dari {teachers} guru sudah diobservasi",
        "{period}: {observed} of {teachers} teachers observed",
    ),
    "year.cli.planned": ("Terjadwal minggu ini ({week}): {count}", "Planned this week ({week}): {count}"),
    "year.cli.not_observed": ("Belum diobservasi semester ini: {count}", "Not yet observed this semester: {count}"),
    "year.cli.draft_on": ("direncanakan {date}", "planned {date}"),
    "year.cli.scheduled": ("jadwal", "schedule"),
    "year.cli.overdue": ("Tindak lanjut lewat batas: {count}", "Follow-ups overdue: {count}"),
    "year.cli.due": (
        "Tindak lanjut jatuh tempo 7 hari ke depan: {count}",
        "Follow-ups due in the next 7 days: {count}",
    ),
    "year.cli.conflicts": ("Observasi berkonflik: {count}", "Observations in conflict: {count}"),
    "year.cli.done": ("Selesai {date}: {action}", "Done {date}: {action}"),
    # -- the home screen's panel and the attention screen -------------------------------------
    "year.tui.planned": ("Terjadwal minggu ini: {count}", "Planned this week: {count}"),
    "year.tui.not_observed": (
        "Belum diobservasi: {count} dari {teachers} guru",
        "Not yet observed: {count} of {teachers} teachers",
    ),
    "year.tui.followups": (
        "Tindak lanjut: {overdue} lewat batas, {due} jatuh tempo",
        "Follow-ups: {overdue} overdue, {due} due",
    ),
    "year.tui.conflicts": ("Konflik: {count}", "Conflicts: {count}"),
    "year.tui.title": ("Perlu perhatian", "Needs attention"),
    "year.tui.cmd_help": (
        "Observasi terjadwal, guru yang belum diobservasi, tindak lanjut jatuh tempo, konflik",
        "Planned observations, teachers not yet observed, follow-ups due, conflicts",
    ),
    "year.tui.help": (
        "Daftar yang perlu perhatian semester ini. Enter: buka observasi yang terjadwal, riwayat guru "
        "yang belum diobservasi, tandai tindak lanjut selesai (dengan catatan dan tanggal), atau buka "
        "Sinkronisasi untuk konflik. 1-4 melompat ke daftar; o membuka observasinya.",
        "What needs attention this semester. Enter: open a planned observation, the history of a teacher "
        "not yet observed, mark a follow-up done (with a note and a date), or open Sync for a conflict. "
        "1-4 jump to a list; o opens the observation.",
    ),
    "year.tui.key.done": ("Tandai selesai", "Mark done"),
    "year.tui.key.open": ("Buka observasi", "Open observation"),
    "year.tui.key.planned": ("Terjadwal minggu ini", "Planned this week"),
    "year.tui.key.teachers": ("Belum diobservasi", "Not yet observed"),
    "year.tui.key.followups": ("Tindak lanjut jatuh tempo", "Follow-ups due"),
    "year.tui.key.conflicts": ("Konflik", "Conflicts"),
    "year.tui.col.what": ("Perihal", "What"),
    "year.tui.col.date": ("Tanggal", "Date"),
    "year.tui.col.teacher": ("Guru", "Teacher"),
    "year.tui.col.detail": ("Keterangan", "Detail"),
    "year.tui.kind.planned": ("Terjadwal", "Planned"),
    "year.tui.not_started": ("belum dimulai; Enter membuat observasinya", "not started; Enter creates its observation"),
    "year.tui.kind.not_observed": ("Belum diobs.", "Not observed"),
    "year.tui.kind.overdue": ("Lewat batas", "Overdue"),
    "year.tui.kind.due": ("Jatuh tempo", "Due"),
    "year.tui.kind.conflict": ("Konflik", "Conflict"),
    "year.tui.nothing": ("Tidak ada yang perlu perhatian", "Nothing needs attention"),
    "year.tui.empty.planned": ("Tidak ada observasi terjadwal minggu ini", "No observation planned this week"),
    "year.tui.empty.teachers": (
        "Semua guru sudah diobservasi semester ini",
        "Every teacher has been observed this semester",
    ),
    "year.tui.empty.followups": ("Tidak ada tindak lanjut yang jatuh tempo", "No follow-up is due"),
    "year.tui.empty.conflicts": ("Tidak ada konflik", "No conflicts"),
    "year.tui.no_record": ("Baris ini bukan observasi", "This row is not an observation"),
    "year.tui.not_followup": (
        "Pilih baris tindak lanjut dulu (tekan 3)",
        "Choose a follow-up row first (press 3)",
    ),
    "year.tui.done_title": ("Tandai tindak lanjut selesai", "Mark follow-up done"),
    "year.tui.done_due": ("Batas waktu: {due}", "Due: {due}"),
    "year.tui.done_note": ("Catatan (apa yang terlihat)", "Note (what was seen)"),
    "year.tui.done_date": ("Tanggal selesai (kosong: hari ini)", "Day done (empty: today)"),
    "year.tui.done_save": ("Tandai selesai", "Mark done"),
    # -- the programme and schedule ----------------------------------------------------------
    "year.prog.default_purpose": (
        "1. Membantu guru meningkatkan kualitas perencanaan, pelaksanaan, dan penilaian pembelajaran.\n"
        "2. Memastikan pembelajaran berpusat pada murid dan sesuai dengan Kurikulum Merdeka.\n"
        "3. Memberikan umpan balik dan tindak lanjut yang konkret untuk pengembangan keprofesian guru.",
        "1. Help teachers improve the quality of lesson planning, teaching and assessment.\n"
        "2. Make sure learning is student-centred and follows the Kurikulum Merdeka.\n"
        "3. Give concrete feedback and follow-up for teachers' professional development.",
    ),
    "year.prog.default_targets": (
        "Seluruh guru disupervisi satu kali pada semester {semester}; setiap guru menerima lembar umpan "
        "balik dan rencana tindak lanjut paling lambat satu minggu setelah observasi; rata-rata nilai "
        "supervisi sekolah minimal Baik.",
        "Every teacher is observed once in {semester}; every teacher receives the feedback sheet and a "
        "follow-up plan within a week of the observation; the school's average is at least Good.",
    ),
    "year.prog.role_head": ("Ketua (Kepala Sekolah)", "Head (principal)"),
    "year.err.no_row": (
        "tidak ada baris jadwal '{which}' (ada {count} baris; tulis nomornya, mis. 1)",
        "no schedule row '{which}' (there are {count}; give its number, e.g. 1)",
    ),
    "year.err.weeks": (
        "jumlah minggu harus paling sedikit 1 (tertulis {count})",
        "the number of weeks must be at least 1 (given {count})",
    ),
    "year.err.no_teachers": (
        "belum ada guru di daftar; tambahkan guru dulu (layar Guru, atau observasi teachers import)",
        "no teachers on the list yet; add teachers first (the Teachers screen, or observasi teachers import)",
    ),
    "year.err.outside": (
        "{date} di luar semester {semester}",
        "{date} is outside {semester}",
    ),
    "year.err.teacher_gone": (
        "guru {name} tidak ada lagi di daftar; pulihkan gurunya dulu",
        "teacher {name} is no longer on the list; restore them first",
    ),
    "year.err.no_observer": (
        "pengguna laptop ini belum diatur (Pengaturan, F2)",
        "this laptop's user is not set (Settings, F2)",
    ),
    "year.err.no_form": (
        "instrumen '{form}' tidak dikenal; lihat observasi forms list",
        "form '{form}' is not known; see observasi forms list",
    ),
    "year.err.not_scheduled": (
        "guru ini tidak ada di jadwal program semester ini",
        "this teacher is not in this semester's programme schedule",
    ),
    "year.err.member": (
        "anggota tim '{value}': tulis NAMA:PERAN, mis. 'Drs. Ahmad:Anggota'",
        "team member '{value}': write NAME:ROLE, e.g. 'Drs. Ahmad:Member'",
    ),
    "year.pdf.title": ("PROGRAM SUPERVISI AKADEMIK", "ACADEMIC SUPERVISION PROGRAMME"),
    "year.pdf.subtitle": ("Semester {semester}", "{semester}"),
    "year.pdf.h.purpose": ("Tujuan", "Purpose"),
    "year.pdf.h.targets": ("Sasaran dan Target", "Targets"),
    "year.pdf.h.team": ("Tim Supervisi", "Supervision team"),
    "year.pdf.h.forms": ("Instrumen", "Instruments"),
    "year.pdf.h.schedule": ("Jadwal Pelaksanaan", "Schedule"),
    "year.pdf.col.name": ("Nama", "Name"),
    "year.pdf.col.id": ("NIP", "ID number"),
    "year.pdf.col.role": ("Peran", "Role"),
    "year.pdf.col.teacher": ("Nama Guru", "Teacher"),
    "year.pdf.col.subject": ("Mata Pelajaran", "Subject"),
    "year.pdf.col.when": ("Waktu", "When"),
    "year.pdf.col.observer": ("Supervisor", "Observer"),
    "year.pdf.col.form": ("Instrumen", "Form"),
    "year.pdf.col.focus": ("Fokus", "Focus"),
    "year.pdf.week": ("{start} - {end}", "{start} - {end}"),
    "year.pdf.no_schedule": ("Jadwal belum disusun", "No schedule yet"),
    "year.pdf.acknowledged": ("Mengetahui,", "Acknowledged by,"),
    "year.pdf.supervisor": ("Pengawas Sekolah,", "School supervisor,"),
    "year.pdf.footer": ("Program {id} · sidik {hash}", "Programme {id} · digest {hash}"),
    "year.pdf.sign_reason": ("Program Supervisi Akademik {semester}", "Academic supervision programme {semester}"),
    # -- the programme on the command line ---------------------------------------------------
    "year.help.programme": (
        "Program supervisi akademik dan jadwalnya per semester",
        "The academic supervision programme and its schedule, per semester",
    ),
    "year.help.prog_semester": ("semester (bawaan: semester sekarang)", "semester (default: the current one)"),
    "year.help.prog_show": ("Tampilkan program dan jadwal", "Show the programme and schedule"),
    "year.help.prog_plan": (
        "Sebar semua guru pada minggu-minggu yang dipilih (baris yang sudah dimulai tetap)",
        "Spread every teacher over the chosen weeks (rows already started stay)",
    ),
    "year.help.first_week": ("minggu pertama (tanggal mana pun di minggu itu)", "the first week (any day in it)"),
    "year.help.weeks": ("berapa minggu sekolah", "how many school weeks"),
    "year.help.skip": (
        "lewati minggu tanggal ini (ujian, libur); boleh diulang",
        "leave out the week of this day (exams, holidays); may be repeated",
    ),
    "year.help.prog_move": (
        "Pindahkan baris ROW (nomornya) ke tanggal DAY",
        "Move row ROW (its number) to day DAY",
    ),
    "year.help.move_week": ("hanya minggunya, tanpa tanggal pasti", "only its week, no exact day"),
    "year.help.prog_edit": (
        "Ubah tujuan, sasaran, tim, instrumen, atau pengawas",
        "Change the purpose, targets, team, forms or supervisor",
    ),
    "year.help.purpose": ("tujuan", "purpose"),
    "year.help.targets": ("sasaran dan target", "targets"),
    "year.help.supervisor": ("nama pengawas sekolah (Mengetahui)", "the school supervisor's name (Acknowledged by)"),
    "year.help.supervisor_nip": ("NIP pengawas sekolah", "the school supervisor's NIP"),
    "year.help.member_metavar": ("NAMA:PERAN", "NAME:ROLE"),
    "year.help.member": (
        "anggota tim (menggantikan tim; boleh diulang)",
        "team member (replaces the team; may be repeated)",
    ),
    "year.help.forms": ("instrumen yang dipakai (id; boleh diulang)", "form used (id; may be repeated)"),
    "year.help.prog_start": (
        "Mulai baris ROW: buat observasinya (draf)",
        "Start row ROW: create its observation (a draft)",
    ),
    "year.help.prog_pdf": (
        "Cetak program sebagai PDF (kop, bagian, jadwal, tanda tangan)",
        "Print the programme as PDF (letterhead, sections, schedule, signatures)",
    ),
    "year.help.prog_output": (
        "berkas PDF (bawaan: program/program-supervisi-SEMESTER.pdf di folder lembar dan rekap)",
        "PDF file (default: program/program-supervisi-SEMESTER.pdf in the folder for sheets and recaps)",
    ),
    "year.help.prog_sign": (
        "tanda tangani secara digital di blok kepala sekolah",
        "sign digitally in the principal's block",
    ),
    "year.cli.prog_title": (
        "Program Supervisi Akademik, semester {semester}",
        "Academic supervision programme, {semester}",
    ),
    "year.cli.no_schedule": (
        "Jadwal belum disusun: observasi programme plan --first-week TANGGAL --weeks N",
        "No schedule yet: observasi programme plan --first-week DATE --weeks N",
    ),
    "year.cli.schedule_header": (
        "NO\tWAKTU\tGURU\tSUPERVISOR\tINSTRUMEN\tFOKUS\tOBSERVASI",
        "NO\tWHEN\tTEACHER\tOBSERVER\tFORM\tFOCUS\tOBSERVATION",
    ),
    "year.cli.planned_done": (
        "{rows} guru dijadwalkan dalam {weeks} minggu, semester {semester}",
        "{rows} teachers scheduled over {weeks} weeks, {semester}",
    ),
    "year.cli.moved": ("{teacher}: {day}", "{teacher}: {day}"),
    "year.cli.saved": ("Program semester {semester} disimpan", "Programme for {semester} saved"),
    "year.cli.started": (
        "Observasi {teacher} {date} dibuat (draf {id})",
        "Observation of {teacher} on {date} created (draft {id})",
    ),
    "year.cli.pdf": ("Program ditulis ke {path}", "Programme written to {path}"),
    "year.cli.pdf_signed": (
        "Program ditulis ke {path} dan ditandatangani secara digital",
        "Programme written to {path} and digitally signed",
    ),
    # -- the planner screen -------------------------------------------------------------------
    "year.err.day": (
        "{label}: '{value}' bukan tanggal (mis. 24/11/2026)",
        "{label}: '{value}' is not a date (e.g. 24/11/2026)",
    ),
    "year.err.weeks_number": ("jumlah minggu '{value}' bukan angka", "the number of weeks '{value}' is not a number"),
    "year.tui.prog.title": ("Program & jadwal supervisi", "Supervision programme & schedule"),
    "year.tui.prog.help": (
        "Program Supervisi Akademik semester ini. p menyebar semua guru pada minggu yang dipilih; m memindahkan "
        "baris (tulis tanggal, atau 'minggu 10/8/2026' untuk minggunya saja); u mengubah supervisor, instrumen "
        "dan fokus baris; Enter memulai baris (observasinya dibuat sebagai draf); e mengubah tujuan, sasaran, "
        "tim dan pengawas; c mencetak PDF; t mencetak dan menandatangani PDF; r membuat laporan supervisi "
        "akademik semester ini (PDF di folder lembar dan rekap).",
        "This semester's academic supervision programme. p spreads every teacher over the chosen weeks; m moves "
        "a row (write a date, or 'week 10/8/2026' for the week only); u changes a row's observer, form and "
        "focus; Enter starts a row (its observation is created as a draft); e changes the purpose, targets, "
        "team and supervisor; c prints the PDF; t prints and signs it; r makes this semester's academic "
        "supervision report (a PDF in the folder for sheets and recaps).",
    ),
    "year.tui.prog.key.plan": ("Susun jadwal", "Plan"),
    "year.tui.prog.key.move": ("Pindahkan", "Move"),
    "year.tui.prog.key.row": ("Ubah baris", "Edit row"),
    "year.tui.prog.key.edit": ("Ubah program", "Edit programme"),
    "year.tui.prog.key.print": ("Cetak PDF", "Print PDF"),
    "year.tui.prog.key.sign": ("PDF bertanda tangan", "Signed PDF"),
    "year.tui.prog.col.state": ("Observasi", "Observation"),
    "year.tui.prog.summary": (
        "Semester {semester}: {rows} guru dijadwalkan, {started} sudah dimulai",
        "{semester}: {rows} teachers scheduled, {started} started",
    ),
    "year.tui.prog.empty": (
        "Jadwal belum disusun: tekan p untuk menyebar guru pada minggu-minggu pilihan Anda.",
        "No schedule yet: press p to spread the teachers over the weeks you choose.",
    ),
    "year.tui.prog.week_of": ("minggu {day}", "week of {day}"),
    "year.tui.prog.started": ("dimulai", "started"),
    "year.tui.prog.no_row": ("Belum ada baris jadwal; tekan p", "No schedule row yet; press p"),
    "year.tui.prog.plan_title": ("Susun jadwal", "Plan the schedule"),
    "year.tui.prog.plan_hint": (
        "Semua guru disebar merata pada minggu-minggu sekolah mulai minggu pertama.",
        "Every teacher is spread evenly over the school weeks from the first week.",
    ),
    "year.tui.prog.plan_keeps": (
        "Baris yang sudah dimulai tetap di tempatnya.",
        "Rows already started stay where they are.",
    ),
    "year.tui.prog.first_week": ("Minggu pertama (tanggal mana pun di minggu itu)", "First week (any day in it)"),
    "year.tui.prog.weeks": ("Jumlah minggu", "Number of weeks"),
    "year.tui.prog.skip": ("Lewati minggu (ujian, libur)", "Leave out weeks (exams, holidays)"),
    "year.tui.prog.skip_placeholder": ("mis. 14/9/2026, 5/10/2026", "e.g. 14/9/2026, 5/10/2026"),
    "year.tui.prog.move_title": ("Pindahkan {teacher}", "Move {teacher}"),
    "year.tui.prog.move_day": ("Tanggal", "Day"),
    "year.tui.prog.move_hint": (
        "Tulis tanggal observasi, atau 'minggu 10/8/2026' bila baru minggunya yang pasti.",
        "Write the day of the observation, or 'week 10/8/2026' when only the week is fixed.",
    ),
    "year.tui.prog.form": ("Instrumen (id)", "Form (id)"),
    "year.tui.prog.team": ("Tim supervisi (satu per baris: Nama: Peran)", "Team (one a line: Name: Role)"),
    "year.tui.prog.edit_title": ("Ubah program", "Edit programme"),
    "year.tui.key.programme": ("Program & jadwal", "Programme & schedule"),
    "sync.bad.programme": ("bukan program supervisi yang sah: {detail}", "not a valid supervision programme: {detail}"),
    # -- evidence files ----------------------------------------------------------------------
    "year.err.attach_missing": ("berkas {path} tidak ada", "file {path} does not exist"),
    "year.err.attach_kind": (
        "{path}: jenis berkas ini tidak dapat dilampirkan (yang dapat: {kinds})",
        "{path}: this kind of file cannot be attached (allowed: {kinds})",
    ),
    "year.err.attach_too_big": (
        "{path} berukuran {size}, melebihi batas {limit} per lampiran; kecilkan dulu (foto dengan resolusi "
        "lebih kecil, PDF yang dikompresi) lalu lampirkan lagi",
        "{path} is {size}, over the limit of {limit} per attachment; make it smaller (a photo at a lower "
        "resolution, a compressed PDF) and attach it again",
    ),
    "year.err.attach_empty": ("{path} kosong (0 bita)", "{path} is empty (0 bytes)"),
    "year.err.attach_read": ("{path} tidak dapat dibaca: {detail}", "{path} cannot be read: {detail}"),
    "year.err.attached_already": ("{name} sudah terlampir di sini", "{name} is attached here already"),
    "year.err.no_evidence_line": ("baris catatan bukti itu tidak ada lagi", "that evidence line no longer exists"),
    "year.err.no_attachment": ("lampiran itu tidak ada lagi", "that attachment no longer exists"),
    "year.err.evidence_line": (
        "tidak ada catatan bukti nomor {line} (ada {count})",
        "no evidence line number {line} (there are {count})",
    ),
    "year.err.attachment_which": (
        "tidak ada lampiran '{which}' (ada {count}; tulis nomornya, mis. 1)",
        "no attachment '{which}' (there are {count}; give its number, e.g. 1)",
    ),
    "year.help.attach": (
        "Lampirkan berkas (PDF, foto, dokumen Office) ke observasi ID, atau ke salah satu catatan buktinya",
        "Attach a file (PDF, photo, Office document) to observation ID, or to one of its evidence lines",
    ),
    "year.help.evidence_line": (
        "nomor catatan bukti (urutan penulisan, 1, 2 ...)",
        "the evidence line's number (in the order written, 1, 2 ...)",
    ),
    "year.help.attachments": ("Daftar lampiran observasi ID", "The attachments of observation ID"),
    "year.help.detach": (
        "Lepaskan lampiran ITEM (nomornya) dari observasi ID",
        "Take attachment ITEM (its number) off observation ID",
    ),
    "year.cli.attached": ("{name} ({size}) dilampirkan · sha256 {sha}", "{name} ({size}) attached · sha256 {sha}"),
    "year.cli.detached": ("{name} dilepas dari observasi", "{name} taken off the observation"),
    "year.cli.no_attachments": ("Belum ada lampiran", "No attachments yet"),
    "year.cli.attachments_header": (
        "NO\tNAMA\tUKURAN\tSHA256\tCATATAN BUKTI\tADA",
        "NO\tNAME\tSIZE\tSHA256\tEVIDENCE LINE\tHERE",
    ),
    "year.cli.present": ("ya", "yes"),
    "year.cli.absent": ("belum (menunggu sinkron)", "not yet (waiting for sync)"),
    "year.sheet.h.attachments": ("Lampiran berkas bukti", "Attached evidence files"),
    "year.sheet.col.name": ("Nama berkas", "File name"),
    "year.sheet.col.size": ("Ukuran", "Size"),
    "year.sheet.col.hash": ("SHA-256", "SHA-256"),
    "year.sheet.whole": ("seluruh observasi", "whole observation"),
    "year.sheet.line": ("catatan: {text}", "note: {text}"),
    "year.tui.att.title": ("Lampiran", "Attachments"),
    "year.tui.att.help": (
        "Berkas bukti observasi ini (modul ajar, foto papan tulis, hasil kerja siswa). a melampirkan berkas "
        "yang dipilih dari folder (atau path yang ditulis); Delete melepas lampiran yang dipilih. Berkas disimpan sekali di folder data (lampiran/) "
        "dan ikut tercetak di lampiran lembar umpan balik.",
        "This observation's evidence files (modul ajar, a photo of the board, students' work). a attaches a file "
        "chosen in its folder (or a typed path); Delete takes the chosen one off. Files are kept once in the data folder (lampiran/) and "
        "listed in the feedback sheet's appendix.",
    ),
    "year.tui.att.evidence": ("Untuk", "For"),
    "year.tui.att.key.add": ("Lampirkan", "Attach"),
    "year.tui.att.key.remove": ("Lepas", "Remove"),
    "year.tui.att.key.open": ("Lampiran", "Attachments"),
    "year.tui.att.summary": ("{teacher} · {date} · {count} lampiran", "{teacher} · {date} · {count} attachments"),
    "year.tui.att.add_title": ("Lampirkan berkas", "Attach a file"),
    "year.tui.att.path": (
        "Path berkas (PDF, foto, dokumen Office; maks. {limit})",
        "File path (PDF, photo, Office document; max. {limit})",
    ),
    "year.tui.att.line": (
        "Nomor catatan bukti (kosong: seluruh observasi)",
        "Evidence line number (empty: whole observation)",
    ),
    "year.tui.att.line_number": (
        "nomor catatan bukti '{value}' bukan angka",
        "evidence line number '{value}' is not a number",
    ),
    "year.tui.att.remove_title": ("Lepas lampiran?", "Remove attachment?"),
    "year.tui.att.remove_line": (
        "{name} dilepas dari observasi ini. Berkasnya tetap ada dalam riwayat.",
        "{name} is taken off this observation. The file stays in the history.",
    ),
    "year.tui.att.none_selected": ("Belum ada lampiran", "No attachments yet"),
    "year.tui.att.no_row": ("Pilih observasi dulu di daftar", "Choose an observation in the list first"),
    # -- the evidence bundle -------------------------------------------------------------------
    "year.bundle.title": ("RINGKASAN HASIL SUPERVISI AKADEMIK", "ACADEMIC SUPERVISION SUMMARY"),
    "year.bundle.teacher": ("Nama guru: {name} · {label} {number}", "Teacher: {name} · {label} {number}"),
    "year.bundle.col.date": ("Tanggal", "Date"),
    "year.bundle.col.form": ("Instrumen", "Form"),
    "year.bundle.col.nilai": ("Nilai", "Score"),
    "year.bundle.col.predikat": ("Predikat", "Rating"),
    "year.bundle.none": ("Tidak ada observasi final pada periode ini", "No final observation in this period"),
    "year.bundle.h.followups": ("Rencana tindak lanjut", "Follow-up plan"),
    "year.bundle.no_followups": ("Tidak ada butir tindak lanjut", "No follow-up items"),
    "year.bundle.note": (
        "Lembar umpan balik setiap observasi ada di folder lembar/ dalam berkas zip ini; berkas bukti yang "
        "dilampirkan ada di folder lampiran/.",
        "The feedback sheet of each observation is in the lembar/ folder of this zip; the attached evidence "
        "files are in the lampiran/ folder.",
    ),
    "year.err.bundle_empty": (
        "{name} belum punya observasi final pada {period}",
        "{name} has no final observation in {period}",
    ),
    "year.help.bundle": (
        "Bukti dukung seorang guru untuk satu periode: lembar umpan balik (bertanda tangan), lampiran, dan "
        "ringkasan satu halaman, dalam satu berkas zip",
        "A teacher's evidence bundle for a period: feedback sheets (signed), attachments and a one-page "
        "summary, in one zip",
    ),
    "year.help.bundle_output": (
        "berkas zip (bawaan: ekspor/<guru>/bukti-dukung-<periode>.zip di folder lembar dan rekap)",
        "zip file (default: ekspor/<teacher>/bukti-dukung-<period>.zip in the folder for sheets and recaps)",
    ),
    "year.help.bundle_sign": (
        "tanda tangani lembar yang menjadi milik pengguna laptop ini",
        "sign the sheets that belong to this laptop's user",
    ),
    "year.cli.bundle": (
        "Bukti dukung {name}, {period}, ditulis ke {path}: {sheets} lembar ({signed} bertanda tangan), {files} lampiran, 1 ringkasan",
        "Evidence bundle of {name}, {period}, written to {path}: {sheets} sheets ({signed} signed), {files} attachments, 1 summary",
    ),
    # -- the recap's coverage table ------------------------------------------------------------
    "year.recap.coverage": ("Cakupan supervisi: semua guru", "Coverage: every teacher"),
    "recap.sheet.coverage": ("Cakupan", "Coverage"),
    "year.recap.col.last": ("Terakhir", "Last"),
    "year.recap.col.planned": ("Direncanakan", "Planned"),
    "year.recap.col.state": ("Keterangan", "State"),
    "year.recap.observed": ("sudah disupervisi", "observed"),
    "year.recap.not_observed": ("belum disupervisi", "not yet observed"),
    # -- the semester's report (laporan supervisi akademik) --------------------------------------
    "year.report.title": ("LAPORAN PELAKSANAAN SUPERVISI AKADEMIK", "ACADEMIC SUPERVISION REPORT"),
    "year.report.h.intro": ("Pendahuluan", "Introduction"),
    "year.report.intro": (
        "Supervisi akademik semester {semester} dilaksanakan berdasarkan Program Supervisi Akademik sekolah, "
        "dengan tujuan:",
        "The academic supervision of {semester} followed the school's supervision programme, whose purpose is:",
    ),
    "year.report.h.done": ("Pelaksanaan", "What was done"),
    "year.report.done": (
        "{observed} dari {teachers} guru ({percent}%) telah disupervisi; {planned} guru tercantum dalam jadwal; "
        "{finals} observasi telah final.",
        "{observed} of {teachers} teachers ({percent}%) were observed; {planned} teachers were scheduled; "
        "{finals} observations are final.",
    ),
    "year.report.h.results": ("Hasil (predikat observasi final)", "Results (ratings of final observations)"),
    "year.report.h.followups": ("Tindak lanjut", "Follow-up"),
    "year.report.h.closing": ("Penutup", "Closing"),
    "year.report.closing": (
        "Demikian laporan pelaksanaan supervisi akademik semester {semester} ini dibuat sebagai bahan evaluasi "
        "dan perencanaan pembinaan guru berikutnya.",
        "This report on the academic supervision of {semester} is made for evaluation and for planning the "
        "teachers' further development.",
    ),
    "year.report.sign_reason": ("Laporan Supervisi Akademik {semester}", "Academic supervision report {semester}"),
    "year.help.prog_report": (
        "Laporan pelaksanaan supervisi akademik semester (PDF): cakupan, hasil, tindak lanjut, tanda tangan",
        "The semester's academic supervision report (PDF): coverage, results, follow-up, signatures",
    ),
    "year.help.report_output": (
        "berkas PDF (bawaan: program/laporan-supervisi-SEMESTER.pdf di folder lembar dan rekap)",
        "PDF file (default: program/laporan-supervisi-SEMESTER.pdf in the folder for sheets and recaps)",
    ),
    "year.cli.report": ("Laporan ditulis ke {path}", "Report written to {path}"),
    "year.cli.report_signed": (
        "Laporan ditulis ke {path} dan ditandatangani secara digital",
        "Report written to {path} and digitally signed",
    ),
}
