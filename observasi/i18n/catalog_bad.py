"""Messages about bad input files named with what is wrong and what to do: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # `observasi verify FILE` on something that is not a PDF
    "bad.verify.folder": (
        "{path} adalah folder, bukan berkas PDF; sebutkan berkas PDF di dalamnya",
        "{path} is a folder, not a PDF file; name a PDF file inside it",
    ),
    "bad.verify.empty": (
        "berkas kosong (0 bita), bukan PDF; salin lagi dari sumbernya",
        "the file is empty (0 bytes), not a PDF; copy it again from where it came from",
    ),
    "bad.verify.truncated": (
        "PDF terpotong (akhir berkas hilang), mungkin unduhan atau salinan yang belum selesai; salin lagi",
        "the PDF is cut short (its end is missing), perhaps an unfinished download or copy; copy it again",
    ),
    "bad.verify.damaged": (
        "PDF rusak dan tidak dapat dibaca; minta berkas aslinya lagi",
        "the PDF is damaged and cannot be read; ask for the original file again",
    ),
    "bad.verify.other": (
        "bukan PDF (tidak diawali %PDF); minta lembar PDF yang ditandatangani",
        "not a PDF (it does not start with %PDF); ask for the signed PDF sheet",
    ),
    # why a file could not be read (observasi.core.os_reason.read_reason)
    "bad.os.missing": (
        "berkas tidak ada; periksa nama dan foldernya",
        "there is no such file; check its name and folder",
    ),
    "bad.os.folder": ("ini folder, bukan berkas", "this is a folder, not a file"),
    "bad.os.denied": (
        "tidak ada izin membacanya, atau program lain sedang membukanya",
        "no permission to read it, or another program has it open",
    ),
    # a roster row with a problem, named with its file (and sheet)
    "bad.roster.place": ("{file}, baris {line}", "{file}, row {line}"),
    "bad.roster.place_sheet": ("{file}, lembar {sheet}, baris {line}", "{file}, sheet {sheet}, row {line}"),
    "bad.roster.problem": ("{place}: {text}", "{place}: {text}"),
    "bad.roster.utf16_broken": (
        '{path}: tampaknya teks Unicode {encoding} tanpa BOM (Excel "Teks Unicode"), tetapi terpotong atau '
        'rusak; simpan ulang dari Excel sebagai "CSV UTF-8 (Comma delimited)" atau sebagai .xlsx',
        '{path}: looks like {encoding} Unicode text without a BOM (Excel "Unicode Text") but is cut short or '
        'damaged; save it again from Excel as "CSV UTF-8 (Comma delimited)" or as .xlsx',
    ),
    # the passphrase file (--passphrase-file)
    "bad.passphrase.empty": (
        "berkas kata sandi {path} kosong (baris pertamanya harus berisi kata sandi kunci)",
        "the passphrase file {path} is empty (its first line must hold the key's passphrase)",
    ),
    "bad.passphrase.not_text": (
        "berkas kata sandi {path} bukan teks; simpan kata sandi di baris pertama sebuah berkas teks (Notepad)",
        "the passphrase file {path} is not text; put the passphrase on the first line of a text file (Notepad)",
    ),
    # this laptop's key file (keys/observer.p12)
    "bad.key.wrong_passphrase_file": (
        "kata sandi di {source} tidak membuka kunci {path}; periksa baris pertama berkas itu "
        "(huruf besar/kecil, spasi di akhir)",
        "the passphrase in {source} does not open the key {path}; check that file's first line "
        "(upper/lower case, spaces at the end)",
    ),
    "bad.key.wrong_passphrase": (
        "kata sandi salah untuk kunci {path}; periksa huruf besar/kecil",
        "wrong passphrase for the key {path}; check upper and lower case",
    ),
    "bad.key.empty": (
        "berkas kunci {path} kosong; pulihkan dari cadangan, atau buat kunci baru "
        "(di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`; lembar lama tetap sah)",
        "the key file {path} is empty; restore it from a backup, or make a new key "
        "(in the app: Settings, F2 → Replace the key; or `observasi keys create --force`; older sheets stay valid)",
    ),
    "bad.key.pem": (
        "{path} berisi kunci atau sertifikat PEM dari program lain, bukan kunci observasi; "
        "pulihkan berkas kunci observasi dari cadangan, atau buat kunci baru (di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`)",
        "{path} holds a PEM key or certificate from another program, not an observasi key; "
        "restore observasi's key file from a backup, or make a new key (in the app: Settings, F2 → Replace the key; or `observasi keys create --force`)",
    ),
    "bad.key.not_observasi": (
        "{path} adalah berkas JSON, bukan kunci observasi; pulihkan dari cadangan, "
        "atau buat kunci baru (di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`)",
        "{path} is a JSON file, not an observasi key; restore it from a backup, "
        "or make a new key (in the app: Settings, F2 → Replace the key; or `observasi keys create --force`)",
    ),
    "bad.key.newer": (
        "kunci {path} dibuat oleh versi observasi yang lebih baru; perbarui observasi di laptop ini",
        "the key {path} was made by a newer observasi; update observasi on this laptop",
    ),
    "bad.key.damaged": (
        "berkas kunci {path} rusak (terpotong atau diubah); pulihkan dari cadangan, "
        "atau buat kunci baru (di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`; lembar lama tetap sah)",
        "the key file {path} is damaged (cut short or altered); restore it from a backup, "
        "or make a new key (in the app: Settings, F2 → Replace the key; or `observasi keys create --force`; older sheets stay valid)",
    ),
    "bad.key.not_key": (
        "{path} bukan berkas kunci; pulihkan dari cadangan, atau buat kunci baru (di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`)",
        "{path} is not a key file; restore it from a backup, or make a new key (in the app: Settings, F2 → Replace the key; or `observasi keys create --force`)",
    ),
    "bad.key.incomplete": (
        "berkas kunci {path} tidak memuat kunci dan sertifikatnya sekaligus; buat kunci baru "
        "(di aplikasi: Pengaturan, F2 → Ganti kunci; atau `observasi keys create --force`)",
        "the key file {path} does not hold both the key and its certificate; make a new key "
        "(in the app: Settings, F2 → Replace the key; or `observasi keys create --force`)",
    ),
    "bad.key.expired": (
        "sertifikat kunci {path} habis masa berlakunya pada {date}; buat kunci baru (di aplikasi: Pengaturan, F2 "
        "→ Ganti kunci; atau `observasi keys create --force`; lembar lama tetap sah) dan kirim sertifikat barunya "
        "ke rekan",
        "the certificate of the key {path} expired on {date}; make a new key (in the app: Settings, F2 → Replace "
        "the key; or `observasi keys create --force`; older sheets stay valid) and send its new certificate to "
        "colleagues",
    ),
    # a file in keys/trusted/ (colleagues' certificates)
    "bad.trusted.not_cert": (
        "{path} bukan sertifikat dan tidak dipakai; minta rekan menjalankan `observasi keys export-cert` lagi "
        "dan ganti berkas ini dengan hasilnya",
        "{path} is not a certificate and is not used; ask the colleague to run `observasi keys export-cert` "
        "again and replace this file with what it writes",
    ),
    "bad.trusted.private_key": (
        "{path} berisi kunci RAHASIA, bukan sertifikat, dan tidak dipakai; hapus berkas ini dan minta "
        "sertifikatnya saja (`observasi keys export-cert`)",
        "{path} holds a PRIVATE key, not a certificate, and is not used; delete this file and ask for the "
        "certificate only (`observasi keys export-cert`)",
    ),
    "bad.trusted.expired": (
        "sertifikat {path} habis masa berlakunya pada {date}; lembar yang ditandatangani sebelumnya tetap "
        "dikenali, minta rekan mengirim sertifikat barunya",
        "the certificate {path} expired on {date}; sheets it signed before stay recognised; ask the colleague "
        "for the new certificate",
    ),
    # what a file is instead (observasi.core.file_kind)
    "bad.kind.empty": ("kosong (0 bita)", "empty (0 bytes)"),
    "bad.kind.broken_zip": (
        "arsip ZIP yang rusak (buku kerja atau dokumen yang terpotong saat disalin?)",
        "a damaged ZIP archive (a workbook or document cut short while copied?)",
    ),
    "bad.kind.pdf": ("sebuah PDF", "a PDF"),
    "bad.kind.docx": ("dokumen Word (.docx)", "a Word document (.docx)"),
    "bad.kind.xlsx": ("buku kerja Excel (.xlsx)", "an Excel workbook (.xlsx)"),
    "bad.kind.pptx": ("presentasi PowerPoint (.pptx)", "a PowerPoint presentation (.pptx)"),
    "bad.kind.odf": ("dokumen LibreOffice (.odt/.ods)", "a LibreOffice document (.odt/.ods)"),
    "bad.kind.zip": ("arsip ZIP", "a ZIP archive"),
    "bad.kind.ole": (
        "dokumen Office lama (.doc/.xls) atau berkas Office berkata sandi",
        "an older Office document (.doc/.xls) or a password-protected Office file",
    ),
    "bad.kind.html": ("halaman web (HTML), mungkin halaman unduhan", "a web page (HTML), perhaps a download page"),
    "bad.kind.image": ("gambar {kind}", "a {kind} image"),
    # refusals that say what the file is instead
    "bad.verify.not_pdf": (
        "bukan PDF: berkas ini {kind}; minta lembar PDF yang ditandatangani",
        "not a PDF: this file is {kind}; ask for the signed PDF sheet",
    ),
    "bad.form.not_toml": (
        "bukan instrumen TOML: berkas ini {kind}",
        "not a TOML form: this file is {kind}",
    ),
    "bad.form.is_workbook": (
        "ini buku kerja Excel; pasang dengan `observasi forms import` (di aplikasi: Impor XLSX pada layar instrumen)",
        "this is an Excel workbook; install it with `observasi forms import` (in the app: Import XLSX on the forms screen)",
    ),
    "bad.form.utf16": (
        'berkas ini teks UTF-16 (Notepad "Unicode"); simpan ulang dengan Encoding "UTF-8" lalu periksa lagi',
        'this file is UTF-16 text (Notepad "Unicode"); save it again with Encoding "UTF-8" and check it again',
    ),
    "bad.book.damaged": (
        "buku kerja Excel ini rusak (mungkin terpotong saat diunduh atau disalin); unduh atau salin lagi "
        "berkas aslinya, atau buka di Excel dan simpan ulang sebagai .xlsx",
        "this Excel workbook is damaged (perhaps cut short while downloaded or copied); download or copy "
        "the original again, or open it in Excel and save it again as .xlsx",
    ),
    "bad.kind.unknown": ("data yang tidak dikenal", "data of an unknown kind"),
    "bad.book.not_xlsx": (
        "bukan buku kerja Excel (.xlsx): berkas ini {kind}",
        "not an Excel workbook (.xlsx): this file is {kind}",
    ),
    "bad.roster.not_roster": (
        "{path}: bukan daftar guru: berkas ini {kind}; unduh daftar PTK dari Dapodik (.xlsx) atau simpan "
        "daftar dari Excel sebagai CSV",
        "{path}: not a teacher roster: this file is {kind}; download the PTK list from Dapodik (.xlsx) or "
        "save the list from Excel as CSV",
    ),
    "bad.cli.folder": (
        "{path} adalah folder, bukan berkas; sebutkan berkas di dalamnya",
        "{path} is a folder, not a file; name a file inside it",
    ),
    # replacing an expired key in the app (Settings, the signing key)
    "bad.key.status_expired": (
        "Kunci tanda tangan untuk {name} habis masa berlakunya pada {until}; lembar baru tidak dapat "
        "ditandatangani sampai kunci diganti.",
        "The signing key for {name} expired on {until}; new sheets cannot be signed until the key is replaced.",
    ),
    "bad.key.replace_button": ("Ganti kunci", "Replace the key"),
    "bad.key.status_broken": (
        "Kunci tanda tangan di laptop ini tidak dapat dipakai: {problem}",
        "The signing key on this laptop cannot be used: {problem}",
    ),
    "bad.trusted.status": (
        "Sertifikat rekan yang tidak dapat dipakai ({count}):",
        "Colleagues' certificates that cannot be used ({count}):",
    ),
    "bad.trusted.set_aside_button": ("Sisihkan berkas itu", "Set those files aside"),
    "bad.trusted.set_aside_done": (
        "{count} berkas disisihkan ke {folder}; tidak ada yang dihapus.",
        "{count} files set aside in {folder}; nothing was deleted.",
    ),
    "bad.key.replace_title": ("Ganti kunci tanda tangan?", "Replace the signing key?"),
    "bad.key.replace_what": (
        "Kunci baru untuk {name} menggantikan kunci lama di laptop ini (berkas lama disimpan di samping, tidak "
        "dipakai lagi). Lembar yang sudah ditandatangani tetap sah; rekan yang memeriksanya perlu sertifikat "
        "baru Anda.",
        "A new key for {name} replaces the old one on this laptop (the old file is kept aside, no longer used). "
        "Sheets already signed stay valid; colleagues who check them need your new certificate.",
    ),
}
