"""Messages of the core, the store, the CLI and the demo data: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- form file problems ------------------------------------------------------------
    "form.err.toml": ("bukan TOML yang sah: {detail}", "not valid TOML: {detail}"),
    "form.err.unreadable": ("berkas tidak dapat dibaca: {detail}", "the file cannot be read: {detail}"),
    "form.err.too_big": ("berkas terlalu besar untuk sebuah instrumen", "the file is too large to be a form"),
    "form.err.encoding": ("berkas bukan teks UTF-8", "the file is not UTF-8 text"),
    "form.err.missing": ("wajib diisi", "is required"),
    "form.err.extra": ("kolom tidak dikenal (salah ketik?)", "unknown field (a typo?)"),
    "form.err.empty": ("tidak boleh kosong", "must not be empty"),
    "form.err.pattern": (
        "hanya huruf, angka, titik, garis bawah dan tanda hubung",
        "only letters, digits, dots, underscores and hyphens",
    ),
    "form.err.too_short": ("paling sedikit {min} isian", "needs at least {min} entries"),
    "form.err.choice": ("harus salah satu dari {expected}", "must be one of {expected}"),
    "form.err.range": ("di luar rentang yang diizinkan (batas {limit})", "out of the allowed range (limit {limit})"),
    "form.err.type": ("harus berupa {expected}", "must be {expected}"),
    "form.err.other": ("tidak sah: {detail}", "invalid: {detail}"),
    "form.type.int": ("bilangan bulat", "a whole number"),
    "form.type.number": ("angka", "a number"),
    "form.type.text": ("teks", "text"),
    "form.type.bool": ("true atau false", "true or false"),
    "form.type.list": ("daftar", "a list"),
    "form.type.table": ("tabel", "a table"),
    "form.err.duplicate": ("'{value}' dipakai lebih dari sekali", "'{value}' is used more than once"),
    "form.err.verbal_value": (
        "skala verbal tidak memakai angka; hapus 'value'",
        "a verbal scale has no numbers; remove 'value'",
    ),
    "form.err.level_value": (
        "tingkat pada skala angka harus punya 'value'",
        "a level of a numeric scale needs a 'value'",
    ),
    "form.err.yesno_levels": ("skala Ya/Tidak harus tepat dua tingkat", "a yes/no scale must have exactly two levels"),
    "form.err.no_positive": (
        "paling tidak satu tingkat harus bernilai lebih dari 0",
        "at least one level must be worth more than 0",
    ),
    "form.err.verbal_bands": (
        "skala verbal tidak memakai predikat angka; hapus [[bands]]",
        "a verbal scale has no score bands; remove [[bands]]",
    ),
    "form.err.bands_missing": (
        "skala angka memerlukan rentang predikat [[bands]]",
        "a numeric scale needs predicate bands [[bands]]",
    ),
    "form.err.band_order": (
        "batas bawah {min} lebih besar dari batas atas {max}",
        "lower bound {min} is above upper bound {max}",
    ),
    "form.err.bands_start": ("rentang predikat harus mulai dari 0", "predicate bands must start at 0"),
    "form.err.bands_end": ("rentang predikat harus sampai 100", "predicate bands must reach 100"),
    "form.err.band_overlap": ("rentang '{a}' dan '{b}' bertumpang tindih", "bands '{a}' and '{b}' overlap"),
    "form.err.band_gap": (
        "ada celah antara '{a}' (sampai {low}) dan '{b}' (mulai {high})",
        "there is a gap between '{a}' (up to {low}) and '{b}' (from {high})",
    ),
    "form.err.conversion_verbal": ("konversi memerlukan skala angka", "a conversion needs a numeric scale"),
    "form.err.conversion_missing": (
        "metode konversi memerlukan tabel [[scoring.conversion]]",
        "the conversion method needs [[scoring.conversion]] steps",
    ),
    "form.err.conversion_cover": (
        "langkah konversi harus menutup 0 sampai 100 tanpa celah",
        "conversion steps must cover 0 to 100 without gaps",
    ),
    "form.err.stage_phase": (
        'tahap (stage) hanya untuk bagian pelaksanaan (phase = "execution")',
        'a stage belongs only to an execution section (phase = "execution")',
    ),
    "form.err.rubric_level": (
        "rubrik menyebut tingkat '{value}' yang tidak ada di skala",
        "the rubric names level '{value}', which the scale does not have",
    ),
    "form.err.reserved_key": (
        "tombol '{value}' dipakai layar observasi; pilih huruf",
        "key '{value}' is used by the observation screen; pick a letter",
    ),
    "form.err.choices": (
        'pilihan (choices) wajib diisi untuk kind = "choice"',
        'choices are required for kind = "choice"',
    ),
    "form.err.conflict": (
        "instrumen {id} versi {version} sudah ada di {other} dengan isi berbeda; berkas ini diabaikan",
        "form {id} version {version} already exists in {other} with different content; this file is ignored",
    ),
    # -- store -------------------------------------------------------------------------
    "store.err.data_dir": (
        "folder data {path} tidak dapat dibuat: {detail}",
        "the data folder {path} cannot be created: {detail}",
    ),
    "store.err.damaged": (
        "basis data {path} rusak atau bukan basis data observasi ({detail})",
        "the database {path} is damaged or not an observasi database ({detail})",
    ),
    "store.err.newer": (
        "basis data {path} dibuat oleh versi observasi yang lebih baru; perbarui program ini",
        "the database {path} was written by a newer observasi; update this program",
    ),
    "store.err.form_missing": ("isi instrumen {hash} tidak tersimpan", "the content of form {hash} is not stored"),
    "store.err.id_short": (
        "ketik paling sedikit 4 karakter id observasi",
        "type at least 4 characters of the observation id",
    ),
    "store.err.not_found": ("tidak ada observasi dengan id {id}", "no observation has the id {id}"),
    "store.err.ambiguous": (
        "lebih dari satu observasi diawali {id}; ketik lebih panjang",
        "more than one observation starts with {id}; type more of it",
    ),
    # -- statuses, phases, stages, roles -------------------------------------------------
    "status.draft": ("Draf", "Draft"),
    "status.observing": ("Observasi", "Observing"),
    "status.reflecting": ("Refleksi", "Reflecting"),
    "status.final": ("Final", "Final"),
    "phase.planning": ("Perencanaan", "Planning"),
    "phase.execution": ("Pelaksanaan", "Execution"),
    "phase.reflection": ("Refleksi", "Reflection"),
    "stage.pendahuluan": ("Pendahuluan", "Opening"),
    "stage.inti": ("Inti", "Main activity"),
    "stage.penutup": ("Penutup", "Closing"),
    "role.kepala_sekolah": ("Kepala Sekolah", "Principal"),
    "role.wakasek": ("Wakil Kepala Sekolah", "Vice-principal"),
    "role.guru_senior": ("Guru Senior", "Senior teacher"),
    "role.pengawas": ("Pengawas Sekolah", "School supervisor"),
    "followup.open": ("Belum mulai", "Not started"),
    "followup.in_progress": ("Sedang berjalan", "In progress"),
    "followup.done": ("Selesai", "Done"),
    "followup.not_done": ("Tidak terlaksana", "Not done"),
    "score.na": ("T/A", "N/A"),
    "score.provisional": ("sementara", "provisional"),
    # -- CLI -----------------------------------------------------------------------------
    "cli.help.main": (
        "observasi: supervisi akademik di terminal. Tanpa perintah, membuka aplikasi.",
        "observasi: academic supervision in the terminal. With no command, opens the app.",
    ),
    "cli.help.data_dir": (
        "folder data (bawaan: folder data pengguna; juga OBSERVASI_HOME)",
        "data folder (default: the user data folder; also OBSERVASI_HOME)",
    ),
    "cli.help.lang": ("bahasa tampilan: id atau en", "display language: id or en"),
    "cli.help.debug": ("tampilkan traceback lengkap bila terjadi galat", "show the full traceback on errors"),
    "cli.help.demo": (
        "isi folder data dengan sekolah contoh (12 guru, 30+ observasi)",
        "fill the data folder with a sample school (12 teachers, 30+ observations)",
    ),
    "cli.help.demo_open": ("buka aplikasi setelah data contoh siap", "open the app once the demo data is ready"),
    "cli.help.forms": ("instrumen observasi: daftar dan pemeriksaan berkas", "observation forms: list and check files"),
    "cli.help.forms_list": (
        "daftar instrumen yang dikenal (bawaan, folder pengguna, folder bersama)",
        "list the known forms (bundled, user folder, shared folder)",
    ),
    "cli.help.forms_check": (
        "periksa berkas instrumen TOML; keluar 0 bila semua sah, 2 bila tidak",
        "check TOML form files; exit 0 when all are valid, 2 otherwise",
    ),
    "cli.help.teachers": (
        "data guru: tambah, ubah, keluarkan, impor daftar guru",
        "teachers: add, edit, remove, import a roster",
    ),
    "cli.help.teachers_import": (
        "impor daftar guru dari Excel (.xlsx unduhan Dapodik) atau CSV; menampilkan pratinjau dulu, "
        "perubahan nama atau NIP/NUPTK guru yang sudah ada perlu --yes",
        "import a teacher roster from Excel (Dapodik's .xlsx download) or CSV; shows a preview first, "
        "changes to an existing teacher's name or NIP/NUPTK need --yes",
    ),
    "cli.help.teachers_list": ("daftar guru", "list the teachers"),
    "cli.help.list": ("daftar observasi", "list observations"),
    "cli.help.show": (
        "tampilkan satu observasi (ID boleh 4+ karakter awal)",
        "show one observation (ID may be its first 4+ characters)",
    ),
    "cli.help.json": ("keluaran JSON", "JSON output"),
    "cli.help.status": ("saring menurut status", "filter by status"),
    "cli.err.unexpected": (
        "Galat tak terduga: {detail}. Data Anda aman; jalankan dengan --debug untuk rinciannya.",
        "Unexpected error: {detail}. Your data is safe; run with --debug for details.",
    ),
    "cli.err.no_terminal": ("Aplikasi memerlukan terminal interaktif.", "The app needs an interactive terminal."),
    "cli.forms.ok": (
        "{path}: sah ({id} versi {version}, {count} indikator)",
        "{path}: valid ({id} version {version}, {count} indicators)",
    ),
    "cli.forms.summary_bad": ("{bad} dari {total} berkas bermasalah", "{bad} of {total} files have problems"),
    "cli.forms.none": ("Tidak ada berkas .toml di {path}", "No .toml files in {path}"),
    "cli.forms.header": ("ID\tVERSI\tASAL\tINDIKATOR\tJUDUL", "ID\tVERSION\tORIGIN\tINDICATORS\tTITLE"),
    "cli.list.header": (
        "ID\tTANGGAL\tGURU\tMAPEL\tKELAS\tINSTRUMEN\tSTATUS\tNILAI\tPREDIKAT",
        "ID\tDATE\tTEACHER\tSUBJECT\tCLASS\tFORM\tSTATUS\tNILAI\tPREDICATE",
    ),
    "cli.list.empty": (
        "Belum ada observasi. Mulai dengan `observasi` atau isi contoh dengan `observasi demo`.",
        "No observations yet. Start with `observasi` or load a sample with `observasi demo`.",
    ),
    "cli.teachers.header": ("NAMA\tNIP\tNUPTK\tJK\tMAPEL", "NAME\tNIP\tNUPTK\tSEX\tSUBJECT"),
    "cli.demo.done": (
        "Data contoh siap di {path}: {teachers} guru, {observations} observasi.",
        "Demo data ready in {path}: {teachers} teachers, {observations} observations.",
    ),
    "cli.demo.exists": (
        "Data contoh sudah ada di {path}: {observations} observasi (tidak ada yang diubah).",
        "Demo data already in {path}: {observations} observations (nothing changed).",
    ),
    "cli.demo.not_empty": (
        "Folder data {path} sudah berisi data sekolah lain; data contoh tidak dicampurkan. Pakai --data-dir dengan folder kosong.",
        "The data folder {path} already holds another school's data; demo data is not mixed in. Use --data-dir with an empty folder.",
    ),
    "show.teacher": ("Guru", "Teacher"),
    "show.observer": ("Observer", "Observer"),
    "show.subject": ("Mata pelajaran", "Subject"),
    "show.class": ("Kelas", "Class"),
    "show.date": ("Tanggal", "Date"),
    "show.period": ("Jam ke", "Lesson period"),
    "show.topic": ("Materi", "Topic"),
    "show.form": ("Instrumen", "Form"),
    "show.status": ("Status", "Status"),
    "show.scored": ("Terisi", "Scored"),
    "show.nilai": ("Nilai", "Nilai"),
    "show.predikat": ("Predikat", "Predicate"),
    "show.obtained": ("Skor perolehan", "Score obtained"),
    "show.maximum": ("Skor maksimal", "Maximum score"),
    "show.levels": ("Sebaran tingkat", "Levels given"),
    "show.evidence": ("Catatan bukti", "Evidence notes"),
    "show.followups": ("Rencana tindak lanjut", "Follow-up plan"),
    # -- files (observasi/files.py) ----------------------------------------------------
    "files.err.write": ("{path} tidak dapat ditulis: {detail}", "{path} cannot be written: {detail}"),
    "files.err.remove": ("{path} tidak dapat dihapus: {detail}", "{path} cannot be deleted: {detail}"),
    "files.err.in_use": (
        "{path} sedang dibuka program lain (Excel, penampil PDF?); tutup dahulu lalu ulangi",
        "{path} is open in another program (Excel, a PDF viewer?); close it and try again",
    ),
}
