"""Messages of the Textual app: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- keys shared by every screen -------------------------------------------------------
    "tui.key.quit": ("Keluar", "Quit"),
    "tui.key.help": ("Bantuan", "Help"),
    "tui.key.palette": ("Perintah", "Commands"),
    "tui.key.back": ("Kembali", "Back"),
    "tui.key.cancel": ("Batal", "Cancel"),
    "tui.key.confirm": ("Ya, lanjutkan", "Yes, go ahead"),
    "tui.key.save": ("Simpan", "Save"),
    "tui.key.close": ("Tutup", "Close"),
    "tui.quit_hint": ("Tekan ctrl+q untuk keluar.", "Press ctrl+q to quit."),
    "tui.saved": ("Tersimpan", "Saved"),
    "tui.saved_at": ("Tersimpan {time}", "Saved {time}"),
    "tui.err.unexpected": (
        "Galat tak terduga: {detail}. Data Anda aman; rinciannya dicatat di observasi-error.log di folder data.",
        "Unexpected error: {detail}. Your data is safe; the details are in observasi-error.log in the data folder.",
    ),
    "tui.select.choose": ("Pilih…", "Choose…"),
    "tui.date.placeholder": ("24/11/2026 atau 2026-11-24", "24/11/2026 or 2026-11-24"),
    "tui.date.invalid": (
        "Tanggal '{value}' tidak dikenali; tulis misalnya 24/11/2026",
        "The date '{value}' is not recognised; write e.g. 24/11/2026",
    ),
    # -- help and palette ----------------------------------------------------------------------
    "tui.help.title": ("Bantuan: tombol di layar ini", "Help: the keys of this screen"),
    "tui.help.close_hint": ("Esc atau F1 untuk menutup", "Esc or F1 closes"),
    "tui.palette.placeholder": ("Cari perintah…", "Search for commands…"),
    "tui.cmd.new": ("Observasi baru", "New observation"),
    "tui.cmd.new_help": ("Mulai pra-observasi untuk seorang guru", "Start the pre-observation of a teacher"),
    "tui.cmd.language": ("Ganti bahasa (Indonesia/English)", "Switch language (Indonesia/English)"),
    "tui.cmd.language_help": ("Tampilkan aplikasi dalam bahasa lain", "Show the app in the other language"),
    "tui.cmd.theme": ("Ganti tema warna", "Change the colour theme"),
    "tui.cmd.theme_help": ("Pilih tema tampilan", "Pick a display theme"),
    "tui.cmd.settings": ("Pengaturan", "Settings"),
    "tui.cmd.settings_help": (
        "Profil sekolah, identitas observer, bahasa, folder bersama, tanda tangan",
        "School profile, observer identity, language, shared folder, signature",
    ),
    "tui.cmd.sync": ("Sinkronkan", "Sync"),
    "tui.cmd.sync_help": ("Tukar observasi lewat folder bersama", "Exchange observations through the shared folder"),
    "tui.cmd.recap": ("Rekap sekolah", "School recap"),
    "tui.cmd.recap_help": ("Rekap supervisi per semester dan ekspor", "Supervision recap per semester and exports"),
    "tui.cmd.help": ("Bantuan tombol", "Key help"),
    "tui.cmd.help_help": ("Daftar tombol di layar ini", "The keys of this screen"),
    "tui.cmd.quit": ("Keluar", "Quit"),
    "tui.cmd.quit_help": ("Tutup observasi (semua sudah tersimpan)", "Close observasi (everything is saved)"),
    "tui.cmd.evidence_help": (
        "Ketik catatan bukti dengan menit pelajaran",
        "Type an evidence note stamped with the lesson minute",
    ),
    "tui.cmd.end_help": (
        "Hentikan jam pelajaran dan lanjut ke refleksi",
        "Stop the lesson clock and go on to reflection",
    ),
    "tui.cmd.pause_help": ("Hentikan atau lanjutkan jam pelajaran", "Pause or resume the lesson clock"),
    "tui.cmd.reflect_help": ("Buka refleksi dan tindak lanjut", "Open reflection and follow-up"),
    "tui.cmd.finalise_help": (
        "Periksa kelengkapan lalu kunci observasi",
        "Check what is missing, then lock the observation",
    ),
    "tui.cmd.scores_help": ("Ubah skor indikator", "Change the indicator scores"),
    "tui.cmd.followup_help": ("Tambah butir rencana tindak lanjut", "Add a follow-up plan item"),
    "tui.cmd.sheet_help": ("Cetak lembar umpan balik (PDF)", "Print the feedback sheet (PDF)"),
    "tui.cmd.amend_help": (
        "Buka observasi final untuk diubah, dengan alasan",
        "Open a final observation for a change, with a reason",
    ),
    "tui.cmd.save_help": ("Simpan isian layar ini", "Save this screen"),
    "tui.cmd.resume_help": ("Buka observasi yang belum selesai", "Open the unfinished observation"),
    "tui.cmd.teachers_help": ("Daftar guru dengan nilai terakhir", "Teachers with their last nilai"),
    "tui.cmd.sort_help": ("Ganti urutan daftar observasi", "Change the order of the list"),
    # -- sync, sheet, history, recap wiring -------------------------------------------------------
    "tui.sync.status": (
        "Sinkron terakhir {when} · {pending} menunggu dikirim",
        "Last sync {when} · {pending} waiting to be sent",
    ),
    "tui.sync.never": (
        "Belum pernah sinkron · {pending} menunggu dikirim",
        "Never synced · {pending} waiting to be sent",
    ),
    "tui.sync.no_folder": (
        "Folder bersama belum diatur · {pending} belum dikirim",
        "No shared folder set · {pending} not sent",
    ),
    "tui.sync.conflicts": ("{count} konflik", "{count} conflicts"),
    "tui.sync.publishing": ("Mengirim ke folder bersama…", "Sending to the shared folder…"),
    "tui.sync.published": ("{count} revisi dikirim ke folder bersama", "{count} revisions sent to the shared folder"),
    # -- dialogs ----------------------------------------------------------------------------------
    "tui.dialog.save": ("Simpan", "Save"),
    "tui.dialog.cancel": ("Batal", "Cancel"),
    "tui.dialog.save_hint": ("ctrl+s menyimpan, Esc membatalkan", "ctrl+s saves, Esc cancels"),
    "tui.dialog.required": ("Isian ini wajib", "This field is required"),
    "tui.note.title": ("Catatan indikator {id}", "Note on indicator {id}"),
    "tui.note.note": ("Catatan", "Note"),
    "tui.note.recommendation": ("Rekomendasi", "Recommendation"),
    "tui.followup.title": ("Butir rencana tindak lanjut", "Follow-up plan item"),
    "tui.followup.action": ("Kegiatan", "Action"),
    "tui.followup.measure": ("Ukuran keberhasilan", "Measure of success"),
    "tui.followup.support": ("Dukungan yang diperlukan", "Support needed"),
    "tui.followup.due": ("Batas waktu", "Due date"),
    "tui.followup.action_required": ("Tulis kegiatannya", "Write the action"),
    "tui.followup.col_action": ("Kegiatan", "Action"),
    "tui.followup.col_measure": ("Ukuran keberhasilan", "Measure of success"),
    "tui.followup.col_support": ("Dukungan", "Support"),
    "tui.followup.col_due": ("Batas", "Due"),
    "tui.followup.remove_title": ("Hapus butir tindak lanjut ini?", "Remove this follow-up item?"),
    "tui.followup.remove": ("Hapus", "Remove"),
    "tui.snapshot.title": ("Cuplikan menit ke-{minute}", "Snapshot at minute {minute}"),
    # -- home ------------------------------------------------------------------------------------------
    "tui.home.title": ("Beranda", "Home"),
    "tui.home.help": (
        "Daftar menampilkan paling banyak 200 observasi; saring dengan kotak cari (/), guru, status, "
        "instrumen, dan semester. Nama yang diketik di daftar masuk ke kotak cari, kecuali huruf yang "
        "menjadi tombol layar ini (di atas). s mengganti urutan; klik judul kolom juga mengurutkan. Enter membuka "
        "observasi: draf dan observasi berjalan ke layar penilaian, refleksi ke layar refleksi, final ke "
        "tampilan baca saja. g membuka daftar guru; Enter pada guru membuka riwayatnya. Esc menghapus saringan.",
        "The list shows at most 200 observations; narrow it with the search box (/), teacher, status, "
        "form and semester. A name typed on the list goes into the search box, except the letters that "
        "are this screen's keys (above). s changes the order; clicking a column title sorts too. Enter opens an "
        "observation: drafts and lessons under way on the scoring screen, reflecting ones on the reflection "
        "screen, final ones read-only. g opens the teachers; Enter on a teacher opens their history. "
        "Esc clears the filters.",
    ),
    "tui.home.key.new": ("Baru", "New"),
    "tui.home.key.resume": ("Lanjutkan", "Continue"),
    "tui.home.key.search": ("Cari", "Search"),
    "tui.home.key.sort": ("Urutan", "Sort"),
    "tui.home.key.teachers": ("Guru", "Teachers"),
    "tui.home.key.recap": ("Rekap", "Recap"),
    "tui.home.key.sync": ("Sinkron", "Sync"),
    "tui.home.key.settings": ("Pengaturan", "Settings"),
    "tui.home.key.clear": ("Hapus saringan", "Clear filters"),
    "tui.home.search_placeholder": ("Cari guru, mapel, kelas, materi…", "Search teacher, subject, class, topic…"),
    "tui.home.f_teacher": ("Guru", "Teacher"),
    "tui.home.f_status": ("Status", "Status"),
    "tui.home.f_form": ("Instrumen", "Form"),
    "tui.home.f_semester": ("Semester", "Semester"),
    "tui.home.count": ("{count} observasi", "{count} observations"),
    "tui.home.count_more": (
        "{limit} observasi pertama; persempit pencarian",
        "first {limit} observations; narrow the search",
    ),
    "tui.home.sorted": ("urut: {order}", "order: {order}"),
    "tui.home.empty": (
        "Belum ada observasi. Tekan n untuk observasi baru.",
        "No observations yet. Press n for a new one.",
    ),
    "tui.home.resume": (
        "▶ Lanjutkan (c): {teacher} · {status} · {date} (+{more})",
        "▶ Continue (c): {teacher} · {status} · {date} (+{more})",
    ),
    "tui.home.resume_one": (
        "▶ Lanjutkan (c): {teacher} · {status} · {date}",
        "▶ Continue (c): {teacher} · {status} · {date}",
    ),
    "tui.home.nothing_unfinished": ("Tidak ada observasi yang belum selesai", "No unfinished observation"),
    "tui.home.key.observations": ("Observasi", "Observations"),
    # -- teachers ----------------------------------------------------------------------------------------
    "tui.teachers.title": ("Guru", "Teachers"),
    "tui.teachers.hint": (
        "Observasi: pelajaran terlaksana (refleksi atau final) · nilai dari observasi final terbaru · "
        "Enter membuka riwayat guru",
        "Observations: lessons held (reflecting or final) · nilai of the latest final observation · "
        "Enter opens the teacher's history",
    ),
    "tui.teachers.col_count": ("Observasi", "Observations"),
    "tui.teachers.key.export": ("Ekspor data", "Export data"),
    "tui.teachers.key.forget": ("Hapus data", "Erase data"),
    "tui.teachers.none_selected": ("Pilih guru dulu", "Choose a teacher first"),
    "tui.teachers.exporting": (
        "Mengekspor data {name} (JSON dan lembar PDF)...",
        "Exporting the data of {name} (JSON and PDF sheets)...",
    ),
    "tui.teachers.exported": (
        "Data {name} diekspor ke {folder}: {count} observasi (JSON) dan {pdfs} lembar PDF.",
        "The data of {name} exported to {folder}: {count} observations (JSON) and {pdfs} sheet PDFs.",
    ),
    "tui.teachers.forget_hint": (
        "Simpan salinan dahulu bila perlu: tekan Batal, lalu e (ekspor data).",
        "Keep a copy first if needed: press Cancel, then e (export data).",
    ),
    "tui.teachers.forget_button": ("Hapus semua data guru ini", "Erase all of this teacher's data"),
    "tui.teachers.col_last_date": ("Terakhir", "Last"),
    "tui.teachers.col_last_nilai": ("Nilai terakhir", "Last nilai"),
    "tui.order.date_desc": ("tanggal terbaru", "newest first"),
    "tui.order.date_asc": ("tanggal terlama", "oldest first"),
    "tui.order.teacher": ("nama guru", "teacher name"),
    "tui.order.nilai_desc": ("nilai tertinggi", "highest nilai"),
    "tui.order.nilai_asc": ("nilai terendah", "lowest nilai"),
    "tui.order.status": ("status", "status"),
    "tui.order.updated": ("terakhir diubah", "last changed"),
    # -- new observation (pra-observasi) ------------------------------------------------------------
    "tui.new.title": ("Observasi baru: pra-observasi", "New observation: pre-observation"),
    "tui.new.title_edit": ("Data pra-observasi", "Pre-observation details"),
    "tui.new.help": (
        "Ketik sebagian nama guru (atau NIP/NUPTK), pilih dengan ↓ dan Enter. Isi kelas, mapel, materi, "
        "tanggal, jam ke, fokus yang disepakati dengan guru, dan catatan pra-observasi. ctrl+s menyimpan "
        "draf lalu membuka layar penilaian: telaah modul ajar (bagian perencanaan) bisa dinilai sebelum "
        "pelajaran dimulai.",
        "Type part of the teacher's name (or NIP/NUPTK), pick with ↓ and Enter. Fill in class, subject, "
        "topic, date, lesson period, the focus agreed with the teacher and pre-observation notes. ctrl+s "
        "saves the draft and opens the scoring screen: the lesson plan (planning section) can be scored "
        "before the lesson starts.",
    ),
    "tui.new.key.save": ("Simpan & buka", "Save & open"),
    "tui.new.teacher": ("Guru yang disupervisi", "Teacher observed"),
    "tui.new.teacher_placeholder": ("Ketik sebagian nama, NIP atau NUPTK…", "Type part of the name, NIP or NUPTK…"),
    "tui.new.period_placeholder": ("mis. 3-4", "e.g. 3-4"),
    "tui.new.teacher_none": ("Belum ada guru dipilih", "No teacher picked yet"),
    "tui.new.no_teacher": ("Tidak ada guru yang cocok dengan '{query}'", "No teacher matches '{query}'"),
    "tui.new.teacher_required": ("Pilih guru dulu", "Pick a teacher first"),
    "tui.new.form_required": ("Pilih instrumen", "Pick a form"),
    "tui.new.observer_required": (
        "Identitas observer belum diatur (Pengaturan)",
        "The observer is not set up (Settings)",
    ),
    "tui.new.present": ("Siswa hadir", "Students present"),
    "tui.new.absent": ("Siswa tidak hadir", "Students absent"),
    "tui.new.co_observer": ("Observer pendamping (boleh kosong)", "Co-observer (optional)"),
    "tui.new.focus": ("Fokus observasi yang disepakati", "Focus agreed with the teacher"),
    "tui.new.pre_notes": ("Catatan pra-observasi", "Pre-observation notes"),
    "tui.new.save": ("Simpan & mulai telaah", "Save & start"),
    "tui.new.save_edit": ("Simpan perubahan", "Save changes"),
    "tui.new.open_followups": (
        "Tindak lanjut observasi sebelumnya yang masih terbuka:",
        "Open follow-up items from the previous observation:",
    ),
    "tui.new.no_open_followups": (
        "Tidak ada tindak lanjut terbuka dari observasi sebelumnya",
        "No open follow-up items from a previous observation",
    ),
    "tui.new.created": ("Draf observasi {teacher}, {date} tersimpan", "Draft observation of {teacher}, {date} saved"),
    # -- live observation -----------------------------------------------------------------------------------
    "tui.live.title": ("Observasi", "Observation"),
    "tui.live.help": (
        "Dua tempat menerima ketikan.\n"
        "• Daftar indikator (fokus saat layar dibuka): ↑/↓ memilih indikator; angka memberi tingkat yang tertulis "
        "di depannya pada panel rubrik (1–4; 0, 1, 2 pada skala 0–2 PKG; 1, 2, 3 untuk tingkat tanpa angka) "
        "dan pindah ke indikator berikutnya; ←/→ menurunkan/menaikkan tingkat; "
        "- menandai T/A (bila instrumen mengizinkan); Backspace menghapus skor; Enter membuka catatan "
        "indikator. Huruf penghitung instrumen (lihat baris bawah) menambah hitungan.\n"
        "• Baris catatan bukti: / atau Tab untuk masuk, lalu ketik apa yang terjadi. Enter menyimpan catatan "
        "dengan menit pelajaran; ctrl+t menyimpannya sekaligus menandai indikator yang sedang dipilih (dengan "
        "baris kosong, ctrl+t menandai catatan terakhir); keduanya lalu kembali ke daftar indikator, jadi "
        "huruf berikutnya menghitung dan angka menilai lagi (/ untuk catatan berikutnya). Esc kembali ke "
        "daftar indikator; teks yang belum disimpan tetap di baris.\n"
        "Tombol pelajaran berlaku dari keduanya: ctrl+n memulai pelajaran lalu berpindah tahap (pendahuluan → "
        "inti → penutup), ctrl+b jeda/lanjut, ctrl+r mengisi cuplikan saat diminta, ctrl+l mengakhiri "
        "pelajaran. Sesudah pelajaran, ctrl+o (juga ctrl+l) membuka refleksi, dan ctrl+o di layar refleksi "
        "kembali ke skor. Setiap perubahan tersimpan di basis data sebelum tampil di layar.",
        "Two places take keys.\n"
        "• The indicator list (focused when the screen opens): ↑/↓ choose an indicator; a digit gives the level "
        "written before it in the rubric panel (1–4; 0, 1, 2 on PKG's 0–2 scale; 1, 2, 3 for levels without "
        "numbers) and moves on to the next indicator; ←/→ step the level "
        "down/up; - marks N/A (where the form allows it); Backspace clears the score; Enter opens the "
        "indicator's note. The form's tally letters (bottom line) count.\n"
        "• The evidence line: / or Tab to enter it, then type what happens. Enter saves the line stamped with "
        "the lesson minute; ctrl+t saves it tagged to the focused indicator (on an empty line, ctrl+t tags "
        "the last line); either then goes back to the indicator list, so the letters typed next count and "
        "digits score again (/ for the next line). Esc goes back to the list; text not yet saved stays in the line.\n"
        "The lesson keys work from both: ctrl+n starts the lesson, then moves to the next stage (opening → "
        "main activity → closing), ctrl+b pauses/resumes, ctrl+r fills in a snapshot when one is due, ctrl+l "
        "ends the lesson. After the lesson, ctrl+o (ctrl+l too) opens the reflection, and ctrl+o on the "
        "reflection comes back to the scores. Every change is in the database before the screen shows it.",
    ),
    "tui.live.key.start": ("Mulai", "Start"),
    "tui.live.key.next_stage": ("Tahap", "Stage"),
    "tui.live.key.pause": ("Jeda", "Pause"),
    "tui.live.key.end": ("Akhiri", "End"),
    "tui.live.key.reflect": ("Ke refleksi", "To reflection"),
    "tui.live.key.snapshot": ("Cuplikan", "Snapshot"),
    "tui.live.key.tag": ("Simpan bukti + tandai indikator", "Save evidence tagged to indicator"),
    "tui.live.key.evidence": ("Bukti", "Evidence"),
    "tui.live.tip.start": (
        "Mulai pelajaran: jam berjalan, tahap pendahuluan",
        "Start the lesson: the clock runs, opening stage",
    ),
    "tui.live.tip.next_stage": (
        "Tahap berikut (pendahuluan → inti → penutup), dicatat menitnya",
        "Next stage (opening → main → closing), its minute recorded",
    ),
    "tui.live.tip.pause": ("Jeda atau lanjutkan jam pelajaran", "Pause or resume the lesson clock"),
    "tui.live.tip.end": ("Akhiri pelajaran dan lanjut ke refleksi", "End the lesson and go on to reflection"),
    "tui.live.tip.evidence": (
        "Ke baris catatan bukti (Esc kembali ke indikator)",
        "To the evidence line (Esc back to the indicators)",
    ),
    "tui.live.key.edit_evidence": ("Perbaiki catatan bukti", "Correct evidence lines"),
    "tui.evidence.title": ("Catatan bukti", "Evidence lines"),
    "tui.evidence.hint": (
        "Enter ubah teks · u lepas tanda indikator · Delete hapus · Esc tutup",
        "Enter edit text · u remove the indicator tag · Delete remove · Esc close",
    ),
    "tui.evidence.key.edit": ("Ubah teks", "Edit text"),
    "tui.evidence.key.untag": ("Lepas tanda indikator", "Remove indicator tag"),
    "tui.evidence.key.delete": ("Hapus", "Remove"),
    "tui.evidence.edit_title": ("Ubah catatan bukti", "Edit evidence line"),
    "tui.evidence.edit_label": ("Teks catatan", "Text"),
    "tui.evidence.delete_title": ("Hapus catatan bukti ini?", "Remove this evidence line?"),
    "tui.evidence.saved": ("✓ Catatan bukti tersimpan", "✓ Evidence saved"),
    "tui.live.key.details": (
        "Data pra-observasi (kelas, materi, fokus)",
        "Pre-observation details (class, topic, focus)",
    ),
    "tui.live.key.up": ("Indikator sebelumnya", "Previous indicator"),
    "tui.live.key.down": ("Indikator berikutnya", "Next indicator"),
    "tui.live.key.lower": ("Tingkat turun", "Level down"),
    "tui.live.key.higher": ("Tingkat naik", "Level up"),
    "tui.live.key.level": ("Beri tingkat (angka di panel rubrik)", "Give a level (its digit in the rubric)"),
    "tui.live.key.leave_line": ("Kembali ke daftar indikator", "Back to the indicator list"),
    "tui.live.waiting": (
        "⏳ {count} perubahan menunggu disimpan: {reason} (dicoba lagi otomatis)",
        "⏳ {count} changes waiting to be saved: {reason} (retried automatically)",
    ),
    "tui.live.updated": (
        "Observasi ini diperbarui di tempat lain (sinkronisasi); layar menampilkan isinya sekarang",
        "This observation was updated elsewhere (sync); the screen shows what it holds now",
    ),
    "tui.live.key.na": ("Tandai T/A", "Mark N/A"),
    "tui.live.key.clear": ("Hapus skor", "Clear score"),
    "tui.live.key.note": ("Catatan indikator", "Indicator note"),
    "tui.live.not_started": ("Belum mulai · ctrl+n memulai pelajaran", "Not started · ctrl+n starts the lesson"),
    "tui.live.paused": ("DIJEDA", "PAUSED"),
    "tui.live.stage": ("Tahap: {stage}", "Stage: {stage}"),
    "tui.live.lesson_over": ("Pelajaran selesai ({minutes} menit)", "Lesson over ({minutes} minutes)"),
    "tui.live.scored": ("Terisi {scored}/{total}", "Scored {scored}/{total}"),
    "tui.live.nilai": ("Nilai {nilai} {predikat}", "Nilai {nilai} {predikat}"),
    "tui.live.nilai_provisional": ("Nilai sementara {nilai} {predikat}", "Provisional nilai {nilai} {predikat}"),
    "tui.live.evidence_placeholder": (
        "/ lalu ketik catatan bukti · Enter simpan · ctrl+t simpan + tandai indikator",
        "/ then type evidence · Enter saves · ctrl+t saves tagged to indicator",
    ),
    "tui.live.no_evidence": ("Belum ada catatan bukti", "No evidence notes yet"),
    "tui.live.no_level": (
        "Tombol {n} tidak memberi tingkat pada skala ini; pakai {keys}",
        "The key {n} gives no level on this scale; use {keys}",
    ),
    "tui.live.note_label": ("Catatan:", "Note:"),
    "tui.live.tagged": ("Bukti untuk indikator ini ({count}):", "Evidence for this indicator ({count}):"),
    "tui.live.tagged_last": ("Catatan terakhir ditandai ke {id}", "Last note tagged to {id}"),
    "tui.live.snapshot_due": (
        "Saatnya cuplikan menit ke-{minute}: tekan ctrl+r",
        "Snapshot due at minute {minute}: press ctrl+r",
    ),
    "tui.live.started": ("Pelajaran dimulai; jam berjalan", "Lesson started; the clock runs"),
    "tui.live.stage_marked": ("{stage} mulai menit ke-{minute}", "{stage} from minute {minute}"),
    "tui.live.end_title": ("Akhiri pelajaran?", "End the lesson?"),
    "tui.live.end_question": (
        "Jam berhenti pada menit ke-{minutes} dan observasi lanjut ke refleksi. Skor masih bisa diubah.",
        "The clock stops at minute {minutes} and the observation goes on to reflection. Scores can still be changed.",
    ),
    "tui.live.end_unscored": ("{count} indikator belum dinilai", "{count} indicators are not scored yet"),
    "tui.live.end_confirm": ("Akhiri pelajaran", "End lesson"),
    # -- reflection and finalise ---------------------------------------------------------------------------
    "tui.refl.title": ("Refleksi (pasca-observasi)", "Reflection (post-observation)"),
    "tui.refl.help": (
        "Tulis jawaban refleksi guru, kekuatan, dan hal yang perlu diperbaiki; setiap ketikan langsung "
        "tersimpan (lihat tanda ✓ di atas). Tab berpindah kolom. Pada tabel tindak lanjut: a menambah, "
        "Enter mengubah, Delete menghapus butir. Guru mengetik namanya sebagai tanda terima: artinya "
        "sudah menerima hasil, bukan berarti setuju. ctrl+o membuka skor, ctrl+s memeriksa kelengkapan "
        "lalu memfinalkan.",
        "Write the teacher's reflection, the strengths and the areas to improve; every keystroke is saved "
        "at once (see the ✓ at the top). Tab moves between fields. In the follow-up table: a adds, Enter "
        "edits, Delete removes an item. The teacher types their name as acknowledgement: it means they "
        "received the result, not that they agree. ctrl+o opens the scores, ctrl+s checks what is missing "
        "and finalises.",
    ),
    "tui.refl.key.finalise": ("Finalkan", "Finalise"),
    "tui.refl.key.scores": ("Skor", "Scores"),
    "tui.refl.key.followups": ("Ke tindak lanjut", "To follow-up"),
    "tui.refl.key.add": ("Tambah tindak lanjut", "Add follow-up"),
    "tui.refl.key.edit": ("Ubah", "Edit"),
    "tui.refl.key.remove": ("Hapus", "Remove"),
    "tui.refl.strengths": ("Kekuatan", "Strengths"),
    "tui.refl.improvements": ("Hal yang perlu diperbaiki", "Areas to improve"),
    "tui.refl.followups": ("Rencana tindak lanjut", "Follow-up plan"),
    "tui.refl.followups_hint": (
        "a tambah · Enter ubah · Delete hapus (saat tabel dipilih)",
        "a add · Enter edit · Delete remove (when the table is focused)",
    ),
    "tui.refl.ack": ("Tanda terima guru", "Teacher's acknowledgement"),
    "tui.refl.ack_meaning": (
        "Guru mengetik namanya lalu Enter. Artinya guru sudah MENERIMA hasil observasi ini, bukan berarti setuju.",
        "The teacher types their name and presses Enter. It means the teacher has RECEIVED this result, not that they agree with it.",
    ),
    "tui.refl.ack_placeholder": ("Nama guru", "Teacher's name"),
    "tui.refl.ack_none": ("Belum ada tanda terima", "Not acknowledged yet"),
    "tui.refl.ack_done": ("Diterima oleh {name}, {when}", "Received by {name}, {when}"),
    "tui.final.title": ("Finalkan observasi?", "Finalise the observation?"),
    "tui.final.question": ("Periksa dulu:", "Check first:"),
    "tui.final.complete": (
        "Semua indikator dinilai dan semua bagian terisi.",
        "Every indicator is scored and every part is filled in.",
    ),
    "tui.final.unscored": ("{count} indikator belum dinilai: {ids}", "{count} indicators not scored: {ids}"),
    "tui.final.unanswered": ("{count} pertanyaan refleksi belum dijawab", "{count} reflection questions not answered"),
    "tui.final.no_strengths": ("Kekuatan belum diisi", "Strengths are empty"),
    "tui.final.no_improvements": ("Hal yang perlu diperbaiki belum diisi", "Areas to improve are empty"),
    "tui.final.no_followups": ("Belum ada rencana tindak lanjut", "No follow-up plan yet"),
    "tui.final.no_ack": ("Guru belum memberi tanda terima", "The teacher has not acknowledged"),
    "tui.final.lock_note": (
        "Setelah final, observasi terkunci; perubahan hanya lewat amandemen dengan alasan.",
        "Once final, the observation is locked; a change needs an amendment with a reason.",
    ),
    "tui.final.confirm": ("Finalkan", "Finalise"),
    "tui.final.done": ("Observasi final dan terkunci", "Observation final and locked"),
    # -- read-only view -------------------------------------------------------------------------------------
    "tui.record.title": ("Observasi (baca saja)", "Observation (read-only)"),
    "tui.record.help": (
        "Tampilan baca saja. ↑/↓ dan PgUp/PgDn menggulir. p membuka lembar umpan balik. Observasi final "
        "hanya bisa diubah lewat amandemen (a): tulis alasannya; observasi kembali ke refleksi sampai "
        "difinalkan lagi, dan versi final sebelumnya tetap tersimpan di riwayat. Observasi yang belum final "
        "dibuka untuk diisi dengan e.",
        "Read-only view. ↑/↓ and PgUp/PgDn scroll. p opens the feedback sheet. A final observation changes "
        "only through an amendment (a): write the reason; the observation goes back to reflection until it "
        "is finalised again, and the earlier final version stays in the history. An observation that is not "
        "final opens for editing with e.",
    ),
    "tui.record.key.sheet": ("Lembar umpan balik", "Feedback sheet"),
    "tui.record.key.amend": ("Amandemen", "Amend"),
    "tui.record.key.edit": ("Lanjutkan mengisi", "Continue editing"),
    "tui.record.scores": ("Skor", "Scores"),
    "tui.record.col_indicator": ("Indikator", "Indicator"),
    "tui.record.col_level": ("Tingkat", "Level"),
    "tui.record.snapshot": ("Cuplikan menit ke-{minute}: {values}", "Snapshot at minute {minute}: {values}"),
    "tui.record.finalised": ("Final sejak {when}", "Final since {when}"),
    "tui.record.amendments": ("Amandemen", "Amendments"),
    "tui.record.amendment": ("{when} oleh {author}: {reason}", "{when} by {author}: {reason}"),
    "tui.record.amend_title": ("Amandemen observasi final", "Amend a final observation"),
    "tui.record.amend_reason": (
        "Alasan perubahan (disimpan di riwayat)",
        "Reason for the change (kept in the history)",
    ),
    "tui.record.amended": (
        "Amandemen dibuka; finalkan lagi setelah selesai",
        "Amendment opened; finalise again when done",
    ),
    # -- settings and first run ---------------------------------------------------------------------------------
    "tui.settings.title": ("Pengaturan", "Settings"),
    "tui.setup.title": ("Selamat datang di observasi", "Welcome to observasi"),
    "tui.setup.intro": (
        "Sebelum mulai, isi profil sekolah dan identitas Anda sebagai observer. Data ini dicetak di lembar "
        "umpan balik dan bisa diubah kapan saja di Pengaturan. Tab berpindah kolom; ctrl+s menyimpan.",
        "Before you start, fill in the school profile and your identity as observer. They are printed on "
        "the feedback sheet and can be changed at any time in Settings. Tab moves between fields; ctrl+s saves.",
    ),
    "tui.setup.required": (
        "Nama sekolah dan nama observer wajib diisi dulu (ctrl+q untuk keluar)",
        "The school name and the observer's name are needed first (ctrl+q quits)",
    ),
    "tui.settings.help": (
        "Profil sekolah dan identitas observer dicetak di lembar umpan balik. Folder bersama adalah folder "
        "Google Drive, OneDrive, Dropbox atau jaringan yang juga dibuka rekan Anda; kosongkan bila tidak "
        "dipakai. Gambar tanda tangan adalah hasil pindai (PNG/JPG). ctrl+s menyimpan.",
        "The school profile and the observer's identity are printed on the feedback sheet. The shared folder "
        "is a Google Drive, OneDrive, Dropbox or network folder your colleagues also open; leave it empty if "
        "you do not use one. The signature image is a scan (PNG/JPG). ctrl+s saves.",
    ),
    "tui.settings.key.save": ("Simpan", "Save"),
    "tui.settings.school": ("Profil sekolah", "School profile"),
    "tui.settings.school_name": ("Nama sekolah", "School name"),
    "tui.settings.school_npsn": ("NPSN", "NPSN (school number)"),
    "tui.settings.school_address": ("Alamat", "Address"),
    "tui.settings.school_city": ("Kota/kabupaten (untuk tempat dan tanggal)", "City (for place and date)"),
    "tui.settings.principal_name": ("Nama kepala sekolah", "Principal's name"),
    "tui.settings.id_label": ("Jenis nomor", "Number type"),
    "tui.settings.id_number": ("Nomor identitas", "Id number"),
    "tui.settings.observer": ("Observer (Anda)", "Observer (you)"),
    "tui.settings.observer_name": ("Nama lengkap dengan gelar", "Full name with titles"),
    "tui.settings.role": ("Jabatan", "Role"),
    "tui.settings.app": ("Aplikasi", "Application"),
    "tui.settings.language": ("Bahasa", "Language"),
    "tui.settings.shared_folder": ("Folder bersama", "Shared folder"),
    "tui.settings.shared_folder_hint": (
        "Contoh: C:\\Users\\Anda\\Google Drive\\Supervisi",
        "Example: C:\\Users\\You\\Google Drive\\Supervision",
    ),
    "tui.settings.signature": ("Gambar tanda tangan (boleh kosong)", "Signature image (optional)"),
    "tui.settings.signature_hint": ("Berkas PNG atau JPG hasil pindai", "A scanned PNG or JPG file"),
    "tui.settings.theme": ("Tema", "Theme"),
    "tui.settings.save": ("Simpan pengaturan", "Save settings"),
    "tui.settings.err_school": ("Nama sekolah wajib diisi", "The school name is required"),
    "tui.settings.err_observer": ("Nama observer wajib diisi", "The observer's name is required"),
    "tui.settings.err_folder": (
        "Folder {path} tidak ada; periksa penulisannya atau kosongkan",
        "The folder {path} does not exist; check it or leave it empty",
    ),
    "tui.settings.err_file": (
        "Berkas {path} tidak ada; periksa penulisannya atau kosongkan",
        "The file {path} does not exist; check it or leave it empty",
    ),
}
