"""Messages of form schema v2 (issue 17): its problems and warnings, and what it prints."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "forms2.err.needs_v2": (
        "kolom ini baru ada di skema 2; tulis schema_version = 2 di awal berkas",
        "this field exists since schema 2; write schema_version = 2 at the top of the file",
    ),
    "forms2.err.scale_unknown": (
        "skala '{value}' tidak ada di [scales]",
        "scale '{value}' is not in [scales]",
    ),
    "forms2.err.reverse_verbal": (
        "butir terbalik memerlukan skala angka",
        "a reverse-keyed item needs a numeric scale",
    ),
    "forms2.err.absent_value": (
        "jawaban 'tidak ada' bernilai 0",
        "the 'absent' answer has the value 0",
    ),
    "forms2.err.absent_twice": (
        "hanya satu tingkat boleh ditandai absent",
        "only one level may be marked absent",
    ),
    "forms2.err.presence_without_absent": (
        "jawaban berpasangan (Ada/Tidak) memerlukan satu tingkat dengan absent = true",
        "a paired answer (present/absent) needs one level with absent = true",
    ),
    "forms2.err.absent_without_presence": (
        "tingkat absent memerlukan [presence] pada skalanya (apa yang dihitung skor maksimal)",
        "an absent level needs [presence] on its scale (what the maximum score counts)",
    ),
    "forms2.err.na_level_exclude": (
        "jenis N/A yang dikeluarkan dari penjumlahan tidak memakai 'level'",
        "an N/A kind that is excluded from the sums takes no 'level'",
    ),
    "forms2.err.section_conversion": (
        "section_conversion hanya untuk hasil instrumen; untuk bagian pakai 'conversion'",
        "section_conversion is for the form's result; a section uses 'conversion'",
    ),
    "forms2.err.conversion_form": (
        "'conversion' hanya untuk hasil bagian; untuk instrumen pakai 'section_conversion'",
        "'conversion' is for a section's result; the form uses 'section_conversion'",
    ),
    "forms2.err.bands_no_predikat": (
        "predikat = false: instrumen ini tanpa predikat; hapus [[bands]]",
        "predikat = false: this form has no predikat; remove [[bands]]",
    ),
    "forms2.warn.bands_start": (
        "rentang terendah '{label}' mulai {min}: nilai di bawah {min} tidak mendapat predikat",
        "the lowest band '{label}' starts at {min}: a result below {min} gets no predikat",
    ),
    "forms2.warn.bands_end": (
        "rentang tertinggi sampai {max}, hasil tertinggi {top}: dibaca dari batas bawahnya, "
        "semua nilai mulai batas bawah '{label}' mendapat '{label}'",
        "the highest band reaches {max}, the highest result is {top}: read by its lower bound, "
        "every result from the start of '{label}' gets '{label}'",
    ),
    "forms2.warn.band_overlap": (
        "rentang '{a}' dan '{b}' bertumpang tindih: dibaca dari batas bawah, nilai mulai {min} mendapat '{b}'",
        "bands '{a}' and '{b}' overlap: read by lower bounds, a result from {min} gets '{b}'",
    ),
    "forms2.warn.band_gap": (
        "ada celah antara '{a}' (sampai {low}) dan '{b}' (mulai {high}): "
        "dibaca dari batas bawah, nilai di atas {low} dan di bawah {high} mendapat '{a}'",
        "there is a gap between '{a}' (up to {low}) and '{b}' (from {high}): "
        "read by lower bounds, a result above {low} and below {high} gets '{a}'",
    ),
    "forms2.cli.warning": ("peringatan", "warning"),
    "forms2.tui.choose": ("Pilih", "Choose"),
    "forms2.recap.title": ("Hitungan dan potret (observasi final)", "Counts and snapshots (final observations)"),
    "recap.sheet.counts": ("Hitungan dan potret", "Counts and snapshots"),
    "forms2.recap.tally": ("Hitungan", "Tally"),
    "forms2.recap.tally_value": (
        "jumlah {total}, rata-rata {mean} per observasi",
        "total {total}, mean {mean} per observation",
    ),
    "forms2.recap.share": ("{percent}% ({count} dari {n} potret)", "{percent}% ({count} of {n} snapshots)"),
    "forms2.recap.mean": ("rata-rata", "mean"),
    "forms2.recap.col.form": ("Instrumen", "Form"),
    "forms2.recap.col.what": ("Jenis", "Kind"),
    "forms2.recap.col.item": ("Butir", "Item"),
    "forms2.recap.col.observations": ("Observasi", "Observations"),
    "forms2.recap.col.value": ("Hasil", "Result"),
    "forms2.origin.bundled": ("bawaan", "bundled"),
    "forms2.origin.user": ("sekolah", "school"),
    "forms2.origin.shared": ("bersama", "shared"),
    "forms2.tui.title": ("Instrumen", "Forms"),
    "forms2.tui.cmd_help": (
        "daftar instrumen, pratinjau, dan impor dari lembar kerja",
        "the forms, a preview, and importing one from a spreadsheet",
    ),
    "forms2.tui.help": (
        "Daftar instrumen yang dikenal program: bawaan, milik sekolah (folder data), bersama (folder "
        "bersama) dan dari rekan (dipasang di laptop rekan, tiba lewat sinkronisasi), dengan versinya. "
        "Instrumen yang Anda pasang ikut terkirim ke rekan pada sinkronisasi berikutnya. Pratinjau menunjukkan skala, predikat, isian identitas, bagian dan "
        "indikator instrumen di bawah kursor. Tekan i untuk memasang instrumen dari buku kerja XLSX "
        "(buat dengan: observasi forms template), dan h untuk menyembunyikan instrumen dari rekan yang tidak "
        "dipakai sekolah (observasi yang sudah memakainya tetap terbaca). Berkas yang tidak dapat dipakai ditulis di atas pratinjau "
        "dengan tempat masalahnya.",
        "The forms the program knows: bundled, the school's (data folder), shared (shared folder) and a "
        "colleague's (installed on a colleague's laptop, arrived by sync), with their versions. A form you "
        "install goes to your colleagues at the next sync. The preview shows the scales, predicate bands, identity fields, sections and "
        "indicators of the form under the cursor. Press i to install a form from an XLSX workbook (make one "
        "with: observasi forms template), and h to hide a colleague's form the school does not use (observations "
        "already made on it still read). Files that cannot be used are listed above the preview with where "
        "the problem is.",
    ),
    "forms2.tui.key.import": ("Impor XLSX", "Import XLSX"),
    "forms2.tui.col_title": ("Judul", "Title"),
    "forms2.tui.col_version": ("Versi", "Version"),
    "forms2.tui.col_origin": ("Asal", "Origin"),
    "forms2.tui.col_items": ("Butir", "Items"),
    "forms2.tui.meta": (
        "{id} · versi {version} · {origin} · skema {schema}",
        "{id} · version {version} · {origin} · schema {schema}",
    ),
    "forms2.tui.scale": ("Skala", "Scale"),
    "forms2.tui.bands": ("Predikat:", "Predicates:"),
    "forms2.tui.no_predikat": ("Tanpa predikat", "No predicate"),
    "forms2.tui.identity": ("Isian identitas:", "Identity fields:"),
    "forms2.tui.none": ("Belum ada instrumen", "No forms yet"),
    "forms2.tui.broken": (
        "{count} berkas instrumen tidak dapat dipakai:",
        "{count} form file(s) cannot be used:",
    ),
    "forms2.tui.import_title": ("Impor instrumen dari XLSX", "Import a form from XLSX"),
    "forms2.tui.import_label": (
        "Lokasi berkas .xlsx (dibuat dengan observasi forms template)",
        "Path of the .xlsx file (made with observasi forms template)",
    ),
    "forms2.tui.import_refused": (
        "Instrumen tidak dipasang, {count} masalah:",
        "The form was not installed, {count} problem(s):",
    ),
    "forms2.tui.installed": (
        "Terpasang: {id} versi {version} ({count} indikator)",
        "Installed: {id} version {version} ({count} indicators)",
    ),
    "forms2.book.too_big": (
        "buku kerja lebih dari {limit} MB; ini bukan instrumen",
        "the workbook is over {limit} MB; not a form",
    ),
    "forms2.book.too_many": (
        "lembar terlalu besar untuk instrumen ({rows} baris, {columns} kolom)",
        "the sheet is too large for a form ({rows} rows, {columns} columns)",
    ),
    "forms2.book.unknown_sheet": (
        "lembar tidak dikenal (yang dikenal: {sheets})",
        "unknown sheet (known ones: {sheets})",
    ),
    "forms2.book.no_sheet": ("lembar ini wajib ada", "this sheet is required"),
    "forms2.book.unknown_column": (
        "kolom '{value}' tidak dikenal (yang dikenal: {expected}, dan 'rubrik <kunci tingkat>')",
        "unknown column '{value}' (known ones: {expected}, and 'rubrik <level key>')",
    ),
    "forms2.book.unknown_key": ("kunci '{value}' tidak dikenal", "unknown key '{value}'"),
    "forms2.book.bad_value": ("{column}: harus berupa {kind}", "{column}: must be {kind}"),
    "forms2.book.kind.text": ("teks", "text"),
    "forms2.book.kind.int": ("bilangan bulat", "a whole number"),
    "forms2.book.kind.number": ("angka", "a number"),
    "forms2.book.kind.bool": ("ya atau tidak", "yes or no"),
    "forms2.book.kind.list": ("daftar dipisah titik koma", "a list separated by semicolons"),
    "forms2.book.no_section": (
        "bagian '{value}' tidak ada di lembar Bagian",
        "section '{value}' is not in the Bagian sheet",
    ),
    "forms2.book.version_taken": (
        "instrumen {id} versi {version} sudah ada ({path}) dengan isi lain; naikkan version di lembar Pengaturan",
        "form {id} version {version} already exists ({path}) with other content; raise its version in Pengaturan",
    ),
    "forms2.book.file_taken": ("berkas {path} sudah ada", "the file {path} already exists"),
    "forms2.cli.help.template": (
        "tulis buku kerja XLSX berisi contoh instrumen dan petunjuk untuk diisi",
        "write an XLSX workbook with an example form and instructions to fill in",
    ),
    "forms2.cli.help.export": ("tulis instrumen ke buku kerja XLSX", "write a form to an XLSX workbook"),
    "forms2.cli.help.import": (
        "periksa buku kerja XLSX dan pasang instrumennya di folder data",
        "check an XLSX workbook and install its form in the data folder",
    ),
    "forms2.cli.help.version": ("versi instrumen (bawaan: terbaru)", "form version (default: the newest)"),
    "forms2.cli.template_written": ("Templat ditulis: {path}", "Template written: {path}"),
    "forms2.cli.no_form": (
        "instrumen '{id}' tidak ada (lihat: observasi forms list)",
        "no form '{id}' (see: observasi forms list)",
    ),
    "forms2.cli.exported": ("{id} versi {version} ditulis: {path}", "{id} version {version} written: {path}"),
    "forms2.cli.import_refused": (
        "{count} masalah; instrumen tidak dipasang",
        "{count} problem(s); the form was not installed",
    ),
    "forms2.cli.installed": (
        "Terpasang: {id} versi {version} ({count} indikator) di {path}",
        "Installed: {id} version {version} ({count} indicators) in {path}",
    ),
    "forms2.cli.already_installed": (
        "{id} versi {version} sudah terpasang dengan isi yang sama ({path})",
        "{id} version {version} is already installed with the same content ({path})",
    ),
    "forms2.settings.kop_lines": (
        "Kop surat (baris di atas nama sekolah)",
        "Letterhead (lines above the school's name)",
    ),
    "forms2.settings.kop_lines_hint": (
        "Satu baris per baris kop, mis. PEMERINTAH KABUPATEN SUKAMAJU lalu DINAS PENDIDIKAN",
        "One line each, e.g. PEMERINTAH KABUPATEN SUKAMAJU then DINAS PENDIDIKAN",
    ),
    "forms2.settings.phone": ("Telepon sekolah", "School phone"),
    "forms2.settings.email": ("Surel sekolah", "School e-mail"),
    "forms2.tui.identity_required": ("{label} wajib diisi", "{label} is required"),
    "forms2.sheet.reversed": ("(terbalik: dihitung {value})", "(reverse-keyed: counts {value})"),
    "forms2.kop.phone": ("Telp. {value}", "Phone {value}"),
    "forms2.kop.email": ("Surel: {value}", "E-mail: {value}"),
    "forms2.sheet.section_mean": ("Rata-rata bagian: {value}", "Section mean: {value}"),
    "forms2.sheet.section_total": ("Skor bagian: {value}", "Section score: {value}"),
    "forms2.sheet.section_conversion": ("Nilai konversi bagian: {value}", "Section converted value: {value}"),
    "forms2.sheet.snapshot_choice": ("{label} ({n} potret): {shares}", "{label} ({n} snapshots): {shares}"),
    "forms2.sheet.snapshot_count": ("{label} ({n} potret): rata-rata {mean}", "{label} ({n} snapshots): mean {mean}"),
    "forms2.sheet.h.counts": ("Hitungan dan potret selama pembelajaran", "Counts and snapshots during the lesson"),
    "forms2.sheet.tallies": ("Hitungan: {line}", "Counts: {line}"),
    "forms2.sheet.formula_mean": (
        "Hasil = rata-rata skor butir pada skalanya (berbobot).",
        "Result = the (weighted) mean item score on its scale.",
    ),
    "forms2.sheet.formula_total": ("Hasil = jumlah skor perolehan.", "Result = the score obtained."),
}
