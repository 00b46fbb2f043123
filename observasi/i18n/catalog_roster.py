"""Messages of the teachers' roster: identity numbers, reading a roster file, the import
preview and its confirmation, adding, editing and removing a teacher: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- identity numbers (core/id_numbers.py) -----------------------------------------
    "id.err.scientific": (
        "{label} '{value}' sudah diubah Excel menjadi angka berpangkat sehingga digit terakhirnya hilang; "
        "ketik ulang sebagai teks (format sel Text, atau awali dengan ')",
        "{label} '{value}' was turned by Excel into a number in E notation and lost its last digits; "
        "type it again as text (cell format Text, or start it with ')",
    ),
    "id.err.excel_number": (
        "{label} {value} tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit, sehingga digit "
        "terakhirnya mungkin berubah; ketik ulang sebagai teks (format sel Text, atau awali dengan ')",
        "{label} {value} is stored as a number in Excel, which keeps only 15 digits, so its last digits "
        "may have changed; type it again as text (cell format Text, or start it with ')",
    ),
    "id.err.not_digits": (
        "{label} '{value}' bukan {length} angka",
        "{label} '{value}' is not {length} digits",
    ),
    "id.err.length": (
        "{label} '{value}' punya {count} angka, seharusnya {length}",
        "{label} '{value}' has {count} digits; it should have {length}",
    ),
    "id.err.nip_birth": (
        "NIP {value} tidak sah: 8 angka pertamanya ({part}) bukan tanggal lahir",
        "NIP {value} is not valid: its first 8 digits ({part}) are not a birth date",
    ),
    "id.err.nip_appointed": (
        "NIP {value} tidak sah: angka ke-9 sampai ke-14 ({part}) bukan tahun dan bulan pengangkatan",
        "NIP {value} is not valid: digits 9 to 14 ({part}) are not a year and month of appointment",
    ),
    "id.err.nip_gender": (
        "NIP {value} tidak sah: angka ke-15 ({digit}) harus 1 (laki-laki) atau 2 (perempuan)",
        "NIP {value} is not valid: digit 15 ({digit}) must be 1 (male) or 2 (female)",
    ),
    # -- reading a roster file ------------------------------------------------------------
    "roster.err.read": ("{path}: berkas tidak dapat dibaca: {detail}", "{path}: the file cannot be read: {detail}"),
    "roster.err.is_folder": (
        "{path} adalah folder; pilih berkas daftar guru (.xlsx atau .csv) di dalamnya",
        "{path} is a folder; choose a roster file (.xlsx or .csv) inside it",
    ),
    "roster.err.empty": ("{path}: berkas kosong", "{path}: the file is empty"),
    "roster.err.not_text": (
        "{path}: bukan berkas teks (CSV) maupun buku kerja Excel (.xlsx)",
        "{path}: neither a text (CSV) file nor an Excel workbook (.xlsx)",
    ),
    "roster.err.no_name": (
        "{path}: tidak ada kolom Nama di 40 baris pertama (yang ditemukan: {columns})",
        "{path}: no Name column in the first 40 rows (found: {columns})",
    ),
    "roster.err.no_name_xlsx": (
        "{path}: tidak ada kolom Nama di lembar mana pun ({sheets}); baris pertama berisi: {columns}",
        "{path}: no Name column on any sheet ({sheets}); the first row holds: {columns}",
    ),
    "roster.err.old_xls": (
        "{path} adalah buku kerja Excel lama (.xls) atau dilindungi kata sandi; buka di Excel lalu simpan "
        "sebagai .xlsx (tanpa kata sandi) atau CSV, kemudian impor berkas itu",
        "{path} is an old Excel workbook (.xls) or is password-protected; open it in Excel, save it as "
        ".xlsx (without a password) or CSV, and import that file",
    ),
    "roster.err.ods": (
        "{path} adalah berkas LibreOffice (.ods); simpan sebagai .xlsx atau CSV lalu impor berkas itu",
        "{path} is a LibreOffice file (.ods); save it as .xlsx or CSV and import that file",
    ),
    "roster.err.bad_xlsx": (
        "{path}: {detail}",
        "{path}: {detail}",
    ),
    "roster.err.too_big": (
        "{path}: {size} MB, terlalu besar untuk daftar guru (paling besar {limit} MB)",
        "{path}: {size} MB, too large for a teacher roster (at most {limit} MB)",
    ),
    "roster.err.too_many_rows": (
        "{path}, lembar {sheet}: {rows} baris × {columns} kolom, terlalu banyak untuk daftar guru",
        "{path}, sheet {sheet}: {rows} rows × {columns} columns, too many for a teacher roster",
    ),
    "roster.delimiter.semicolon": ("titik koma (;)", "semicolon (;)"),
    "roster.delimiter.comma": ("koma (,)", "comma (,)"),
    "roster.delimiter.tab": ("tab", "tab"),
    "roster.kind.csv": ("CSV, pemisah {delimiter}, {encoding}", "CSV, separator {delimiter}, {encoding}"),
    "roster.kind.xlsx": ("Excel, lembar {sheet}", "Excel, sheet {sheet}"),
    # -- why a row is skipped (the row number is put before) -----------------------------
    "roster.row.open_quote": (
        'tanda petik (") dibuka tetapi tidak ditutup; baris ini dilewati dan baris berikutnya dibaca terpisah',
        'a quote (") is opened but never closed; this row is skipped and the next rows are read on their own',
    ),
    "roster.row.giant_cell": (
        "kolom {column} berisi lebih dari {limit} karakter; baris dilewati",
        "column {column} holds more than {limit} characters; row skipped",
    ),
    "roster.row.extra_cells": (
        "{count} sel, padahal judul kolom hanya {width}: mungkin ada koma di nama tanpa tanda petik; "
        "simpan ulang dengan pemisah ; atau beri tanda petik",
        "{count} cells where the header has {width}: perhaps a comma in a name without quotes; "
        "save it again with ; as separator, or quote the name",
    ),
    "roster.row.cell": ("kolom {column}: {reason}", "column {column}: {reason}"),
    "roster.cell.nul": (
        "berisi karakter NUL ('{text}'), bukan teks yang diketik orang",
        "holds a NUL character ('{text}'), not text a person typed",
    ),
    "roster.cell.too_long": (
        "{length} karakter, paling banyak {limit}",
        "{length} characters, at most {limit}",
    ),
    "roster.row.no_name": ("nama kosong", "no name"),
    "roster.row.tendik": (
        "Jenis PTK '{ptk_type}' adalah tenaga kependidikan, bukan guru",
        "Jenis PTK '{ptk_type}' is school staff, not a teacher",
    ),
    "roster.row.other_school": (
        "NPSN {npsn} bukan sekolah ini (NPSN {school_npsn})",
        "NPSN {npsn} is not this school (NPSN {school_npsn})",
    ),
    "roster.row.duplicate": ("sama dengan baris {first}", "repeats row {first}"),
    "roster.row.id_taken": (
        "{label} {value} sudah ada di baris {first} ({name}), dengan nama lain",
        "{label} {value} is already on row {first} ({name}), under another name",
    ),
    "roster.row.same_teacher": (
        "guru yang sama ({name}) sudah cocok dengan baris {first}",
        "the same teacher ({name}) already matched row {first}",
    ),
    "roster.row.ids_disagree": (
        "NIP-nya milik {nip_name} tetapi NUPTK-nya milik {nuptk_name}; periksa baris ini",
        "its NIP belongs to {nip_name} but its NUPTK to {nuptk_name}; check this row",
    ),
    "roster.row.ambiguous_name": (
        "nama ini cocok dengan {count} guru; isi NIP atau NUPTK agar jelas guru yang mana",
        "this name matches {count} teachers; give a NIP or NUPTK so it is clear which",
    ),
    "roster.note.gender_unknown": (
        "JK '{value}' tidak dikenal (L atau P), dikosongkan",
        "JK '{value}' is not known (L or P), left empty",
    ),
    "roster.note.nip_birth": (
        "tanggal lahir {birth} berbeda dengan tanggal di NIP {nip} ({nip_birth})",
        "birth date {birth} differs from the date in NIP {nip} ({nip_birth})",
    ),
    "roster.note.nip_gender": (
        "JK {gender} berbeda dengan NIP {nip} (yang menunjukkan {nip_gender})",
        "JK {gender} differs from NIP {nip} (which says {nip_gender})",
    ),
    "roster.note.namesake": (
        "sudah ada guru bernama sama dengan NIP/NUPTK lain; ditambahkan sebagai guru tersendiri",
        "a teacher of the same name with another NIP/NUPTK exists; added as a separate teacher",
    ),
    # -- the preview ----------------------------------------------------------------------
    "roster.source": (
        "{path} ({kind}; judul kolom di baris {line})",
        "{path} ({kind}; header on row {line})",
    ),
    "roster.summary": (
        "{read} baris dibaca: {new} baru, {changed} berubah, {unchanged} tidak berubah, {skipped} dilewati",
        "{read} rows read: {new} new, {changed} changed, {unchanged} unchanged, {skipped} skipped",
    ),
    "roster.section.new": ("Baru ({count}):", "New ({count}):"),
    "roster.section.changed": ("Berubah ({count}):", "Changed ({count}):"),
    "roster.section.unchanged": ("Tidak berubah ({count}):", "Unchanged ({count}):"),
    "roster.section.skipped": ("Dilewati ({count}):", "Skipped ({count}):"),
    "roster.section.notes": ("Perlu diperiksa ({count}):", "To check ({count}):"),
    "roster.row_line": ("baris {line}: {text}", "row {line}: {text}"),
    "roster.change": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "roster.needs_confirmation": ("[perlu konfirmasi]", "[needs confirmation]"),
    "roster.matched.nip": ("cocok menurut NIP", "matched by NIP"),
    "roster.matched.nuptk": ("cocok menurut NUPTK", "matched by NUPTK"),
    "roster.matched.name": ("cocok menurut nama", "matched by name"),
    "roster.field.name": ("Nama", "Name"),
    "roster.field.nip": ("NIP", "NIP"),
    "roster.field.nuptk": ("NUPTK", "NUPTK"),
    "roster.field.gender": ("JK", "Sex"),
    "roster.field.ptk_type": ("Jenis PTK", "PTK type"),
    "roster.field.subject": ("Mapel", "Subject"),
    "roster.field.rank": ("Pangkat/Gol.", "Rank"),
    "roster.field.active": ("Status", "Status"),
    "roster.value.active": ("di daftar guru", "on the teachers list"),
    "roster.value.removed": ("dikeluarkan dari daftar", "removed from the list"),
    "roster.ignored_columns": ("Kolom tidak dipakai: {columns}", "Columns not used: {columns}"),
    "roster.err.changed_since": (
        "Daftar guru berubah sejak pratinjau {path} dibuat (sinkronisasi atau impor lain); "
        "tidak ada yang diubah. Lihat pratinjaunya lagi.",
        "The teachers changed since the preview of {path} was made (a sync or another import); "
        "nothing was changed. Look at the preview again.",
    ),
    "roster.done": ("Tersimpan: {parts}.", "Saved: {parts}."),
    "roster.done.added": ("{count} guru baru", "{count} new teachers"),
    "roster.done.changed": ("{count} guru diperbarui", "{count} teachers updated"),
    "roster.done.none": ("tidak ada perubahan", "no changes"),
    "roster.done.held_back": (
        "{count} guru tetap dengan nama dan NIP/NUPTK lamanya (perubahannya tidak diterapkan).",
        "{count} teachers keep their name and NIP/NUPTK (those changes were not applied).",
    ),
    # -- the command line -------------------------------------------------------------------
    "roster.help.dry_run": (
        "hanya tampilkan pratinjau; tidak ada yang diubah",
        "only show the preview; change nothing",
    ),
    "roster.help.yes": (
        "terapkan juga perubahan nama dan NIP/NUPTK guru yang sudah ada tanpa bertanya",
        "also apply changes to existing teachers' names and NIP/NUPTK without asking",
    ),
    "roster.help.keep_names": (
        "impor guru baru dan perubahan lain, tetapi biarkan nama dan NIP/NUPTK guru yang sudah ada",
        "import new teachers and other changes, but leave existing teachers' names and NIP/NUPTK as they are",
    ),
    "roster.cli.dry_run": ("Uji coba (--dry-run): tidak ada yang diubah.", "Dry run (--dry-run): nothing was changed."),
    "roster.cli.nothing": ("Tidak ada yang perlu diubah.", "Nothing to change."),
    "roster.cli.renames": (
        "{count} guru yang sudah ada akan berganti nama atau NIP/NUPTK:",
        "{count} existing teachers would change name or NIP/NUPTK:",
    ),
    "roster.cli.confirm": ("Terapkan perubahan itu juga?", "Apply those changes too?"),
    "roster.cli.stopped": (
        "Tidak ada yang diubah. Jalankan lagi dengan --yes untuk menerapkan semuanya, atau dengan "
        "--keep-names untuk mengimpor tanpa mengubah nama dan NIP/NUPTK guru yang sudah ada.",
        "Nothing was changed. Run it again with --yes to apply everything, or with --keep-names to "
        "import without changing existing teachers' names and NIP/NUPTK.",
    ),
    # -- one teacher by hand (roster/teachers.py) -------------------------------------------
    "teacher.err.name_required": ("Nama guru wajib diisi", "The teacher's name is required"),
    "teacher.err.id_taken": (
        "{label} {value} sudah dipakai {name}",
        "{label} {value} already belongs to {name}",
    ),
    "teacher.err.id_taken_removed": (
        "{label} {value} milik {name}, yang dikeluarkan dari daftar; tampilkan guru yang dikeluarkan lalu kembalikan",
        "{label} {value} belongs to {name}, who was removed from the list; show removed teachers and bring them back",
    ),
    "teacher.err.gender": ("JK '{value}' harus L atau P", "Sex '{value}' must be L or P"),
    "teacher.err.gone": (
        "Guru ini tidak ada lagi di laptop ini (dihapus atau disinkronkan ulang)",
        "This teacher is no longer on this laptop (erased, or changed by a sync)",
    ),
    "teacher.remove.what": (
        "{name} dikeluarkan dari daftar guru dan dari pilihan guru untuk observasi baru.",
        "{name} is taken off the teachers list and out of the teacher picker for new observations.",
    ),
    "teacher.remove.observations_stay": (
        "{count} observasinya tetap tersimpan utuh: tetap ada di Beranda, riwayat guru, dan rekap.",
        "Their {count} observations stay whole: still on Home, in the teacher's history and the recaps.",
    ),
    "teacher.remove.no_observations": ("Belum ada observasi guru ini.", "This teacher has no observations yet."),
    "teacher.remove.unfinished": (
        "{count} di antaranya belum final dan tetap dapat dilanjutkan dari Beranda.",
        "{count} of them are not final yet and can still be continued from Home.",
    ),
    "teacher.remove.back": (
        "Tidak ada yang dihapus: guru ini dapat dikembalikan kapan saja (atau lewat impor daftar guru).",
        "Nothing is erased: the teacher can be brought back at any time (or by a roster import).",
    ),
    "teacher.help.add": ("tambah seorang guru", "add a teacher"),
    "teacher.help.edit": ("ubah data seorang guru", "edit a teacher"),
    "teacher.help.remove": (
        "keluarkan guru dari daftar (observasinya tetap tersimpan)",
        "take a teacher off the list (their observations stay)",
    ),
    "teacher.help.restore": ("kembalikan guru yang dikeluarkan ke daftar", "bring a removed teacher back to the list"),
    "teacher.help.name": ("nama baru", "new name"),
    "teacher.help.nip": ("NIP (18 angka)", "NIP (18 digits)"),
    "teacher.help.nuptk": ("NUPTK (16 angka)", "NUPTK (16 digits)"),
    "teacher.help.gender": ("jenis kelamin: L atau P", "sex: L or P"),
    "teacher.help.ptk_type": ("Jenis PTK, mis. Guru Mapel", "PTK type, e.g. Guru Mapel"),
    "teacher.help.subject": ("mata pelajaran", "subject"),
    "teacher.help.rank": ("pangkat/golongan", "rank (pangkat/golongan)"),
    "teacher.cli.added": ("Ditambahkan: {name}", "Added: {name}"),
    "teacher.cli.saved": ("Tersimpan: {name}", "Saved: {name}"),
    "teacher.cli.confirm_remove": ("Keluarkan {name} dari daftar?", "Take {name} off the list?"),
    "teacher.cli.removed": ("{name} dikeluarkan dari daftar.", "{name} was taken off the list."),
    "teacher.cli.restored": ("{name} kembali di daftar guru.", "{name} is back on the teachers list."),
    "teacher.cli.cancelled": ("Dibatalkan; tidak ada yang berubah.", "Cancelled; nothing changed."),
    # -- the app: the roster import screen ------------------------------------------------
    "tui.roster.title": ("Impor daftar guru", "Import a roster"),
    "tui.roster.help": (
        "Pilih berkas: ketik lokasinya (→ melengkapi), pilih dari Berkas terbaru (Dokumen, Unduhan, Desktop), "
        "atau telusuri folder. Pratinjau menunjukkan setiap baris: Baru, Berubah (lama → baru), Tetap, atau "
        "Dilewati beserta alasannya; teks lengkap baris yang dipilih ada di bawah tabel. ctrl+s mengimpor. "
        "Perubahan nama atau NIP/NUPTK guru yang sudah ada ditanyakan dulu, satu per satu terlihat; tanpa "
        "persetujuan, tidak ada yang berganti nama. Esc kembali ke pilihan berkas.",
        "Choose a file: type its path (→ completes), pick one of the Recent files (Documents, Downloads, "
        "Desktop), or browse a folder. The preview shows every row: New, Changed (old → new), Same, or Skipped "
        "with the reason; the highlighted row's full text is below the table. ctrl+s imports. Changes to an "
        "existing teacher's name or NIP/NUPTK are asked about first, each one listed; without that, nobody is "
        "renamed. Esc goes back to choosing a file.",
    ),
    "tui.roster.key.apply": ("Impor", "Import"),
    "tui.roster.hint": (
        "Unduh daftar guru dari Dapodik (Excel .xlsx) atau simpan dari Excel sebagai .xlsx atau CSV, lalu "
        "pilih berkasnya. Sebelum ada yang berubah, Anda melihat apa yang akan diimpor.",
        "Download the teachers from Dapodik (Excel .xlsx) or save them from Excel as .xlsx or CSV, then "
        "choose the file. Before anything changes you see what would be imported.",
    ),
    "tui.roster.path": (
        "Berkas (ketik lokasinya; → melengkapi, Enter membuka)",
        "File (type its path; → completes, Enter opens)",
    ),
    "tui.roster.path_placeholder": (
        "mis. C:\\Users\\Guru\\Downloads\\daftar-guru.xlsx",
        "e.g. ~/Downloads/daftar-guru.xlsx",
    ),
    "tui.roster.recent": ("Berkas terbaru", "Recent files"),
    "tui.roster.browse": ("Telusuri folder", "Browse a folder"),
    "tui.roster.no_folders": ("Folder Dokumen dan Unduhan tidak ditemukan", "No Documents or Downloads folder found"),
    "tui.roster.no_recent": ("(tidak ada .xlsx atau .csv)", "(no .xlsx or .csv)"),
    "tui.roster.reading": ("Membaca {name}...", "Reading {name}..."),
    "tui.roster.col_line": ("Baris", "Row"),
    "tui.roster.col_action": ("Hasil", "Result"),
    "tui.roster.col_name": ("Nama", "Name"),
    "tui.roster.col_detail": ("Keterangan", "Details"),
    "tui.roster.action.new": ("Baru", "New"),
    "tui.roster.action.changed": ("Berubah", "Changed"),
    "tui.roster.action.unchanged": ("Tetap", "Same"),
    "tui.roster.action.skipped": ("Dilewati", "Skipped"),
    "tui.roster.nothing": (
        "Tidak ada yang perlu diubah. Esc untuk memilih berkas lain.",
        "Nothing to change. Esc to choose another file.",
    ),
    "tui.roster.next": (
        "ctrl+s mengimpor guru baru dan perubahan di atas · Esc memilih berkas lain",
        "ctrl+s imports the new teachers and the changes above · Esc chooses another file",
    ),
    "tui.roster.next_renames": (
        "ctrl+s mengimpor; perubahan nama/NIP/NUPTK {count} guru ditanyakan dulu · Esc memilih berkas lain",
        "ctrl+s imports; the name/NIP/NUPTK changes of {count} teachers are asked about first · Esc chooses another file",
    ),
    "tui.roster.renames_title": (
        "{count} guru yang sudah ada akan berganti nama atau NIP/NUPTK",
        "{count} existing teachers would change name or NIP/NUPTK",
    ),
    "tui.roster.renames_note": (
        "Observasi dan lembar yang sudah ada tetap milik guru yang sama; hanya nama atau nomornya yang berganti "
        "untuk observasi berikutnya.",
        "Existing observations and sheets stay with the same teacher; only the name or number changes for the "
        "next observations.",
    ),
    "tui.roster.apply_all": ("Terapkan semua", "Apply all"),
    "tui.roster.apply_keep": ("Impor tanpa ganti nama/nomor", "Import without renames"),
    # -- the app: one teacher -------------------------------------------------------------
    "tui.teacher.add_title": ("Tambah guru", "Add a teacher"),
    "tui.teacher.edit_title": ("Ubah data {name}", "Edit {name}"),
    "tui.teacher.label.name": ("Nama lengkap", "Full name"),
    "tui.teacher.label.nip": ("NIP", "NIP"),
    "tui.teacher.label.nuptk": ("NUPTK", "NUPTK"),
    "tui.teacher.label.ptk_type": ("Jenis PTK", "PTK type"),
    "tui.teacher.label.subject": ("Mapel", "Subject"),
    "tui.teacher.label.rank": ("Pangkat/Gol.", "Rank"),
    "tui.teacher.gender_l": ("L (laki-laki)", "L (male)"),
    "tui.teacher.gender_p": ("P (perempuan)", "P (female)"),
    "tui.teacher.gender_none": ("(belum diisi)", "(not given)"),
    "tui.teacher.edit_note": (
        "{count} observasi yang sudah ada tetap memakai nama dan nomor saat observasi itu dibuat; "
        "observasi baru memakai data ini.",
        "The {count} existing observations keep the name and number they were made with; new ones use these.",
    ),
    "tui.teacher.discard_title": ("Buang perubahan?", "Discard the changes?"),
    "tui.teacher.discard_line": (
        "Yang Anda ketik di formulir ini belum disimpan dan akan hilang.",
        "What you typed in this form is not saved and will be lost.",
    ),
    "tui.teacher.discard": ("Buang", "Discard"),
    # -- the app: the teachers screen -------------------------------------------------------
    "tui.teachers.help": (
        "a menambah guru, u mengubah data guru yang dipilih, i mengimpor daftar guru (Dapodik .xlsx atau "
        "Excel/CSV, dengan pratinjau). Del mengeluarkan guru dari daftar: observasinya tetap tersimpan, dan ia "
        "dapat dikembalikan (r menampilkan guru yang dikeluarkan, k mengembalikan). e mengekspor semua data "
        "seorang guru; x menghapus semua datanya dari laptop ini (UU 27/2022), setelah menyebutkan apa yang "
        "akan hilang. b membuat bukti dukung guru (zip) untuk semester atau tahun ini.",
        "a adds a teacher, u edits the highlighted one, i imports a roster (Dapodik .xlsx or Excel/CSV, with a "
        "preview). Del takes a teacher off the list: their observations stay, and they can be brought back "
        "(r shows removed teachers, k brings one back). e exports everything held about a teacher; x erases it "
        "from this laptop (UU 27/2022), after saying what goes. b makes the teacher's evidence bundle (zip) "
        "for this semester or this year.",
    ),
    "tui.teachers.key.add": ("Tambah", "Add"),
    "tui.teachers.key.edit": ("Ubah", "Edit"),
    "tui.teachers.key.import": ("Impor", "Import"),
    "tui.teachers.key.remove": ("Keluarkan", "Remove"),
    "tui.teachers.key.restore": ("Kembalikan", "Bring back"),
    "tui.teachers.key.show_removed": ("Yang dikeluarkan", "Removed"),
    "tui.teachers.empty": (
        "Belum ada guru. Tekan a untuk menambah seorang guru, atau i untuk mengimpor daftar guru "
        "(unduhan Dapodik .xlsx, atau Excel/CSV).",
        "No teachers yet. Press a to add one, or i to import a roster (Dapodik's .xlsx download, or Excel/CSV).",
    ),
    "tui.teachers.hint_removed": (
        "Guru yang dikeluarkan tampil di bawah (dicoret) · k mengembalikan · r menyembunyikan",
        "Removed teachers are listed below (struck through) · k brings one back · r hides them",
    ),
    "tui.teachers.removed_mark": ("dikeluarkan", "removed"),
    "tui.teachers.remove_title": ("Keluarkan {name} dari daftar guru?", "Take {name} off the teachers list?"),
    "tui.teachers.remove_button": ("Keluarkan dari daftar", "Take off the list"),
    "tui.teachers.remove_erase_hint": (
        "Untuk menghapus semua data guru ini (UU 27/2022), tekan Batal lalu x.",
        "To erase all of this teacher's data (UU 27/2022), press Cancel, then x.",
    ),
    "tui.teachers.added": ("Tersimpan: {name}", "Saved: {name}"),
    "tui.teachers.removed": (
        "{name} dikeluarkan dari daftar; observasinya tetap tersimpan.",
        "{name} was taken off the list; their observations stay.",
    ),
    "tui.teachers.restored": ("{name} kembali di daftar guru.", "{name} is back on the teachers list."),
    "tui.teachers.not_removed": (
        "{name} ada di daftar; k mengembalikan guru yang dikeluarkan (r menampilkannya).",
        "{name} is on the list; k brings back a removed teacher (r shows them).",
    ),
}
