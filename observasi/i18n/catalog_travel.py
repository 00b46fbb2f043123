"""Messages of what travels between the school's laptops besides observations: the school's
profile, the roster and the observers' certificates: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- a sync's notices ------------------------------------------------------------------
    "travel.sync.taken": (
        "Dari laptop rekan: {count} perubahan profil sekolah/daftar guru diterapkan.",
        "From colleagues' laptops: {count} change(s) to the school profile / teacher list applied.",
    ),
    "travel.sync.choices": (
        "{count} data (profil sekolah atau guru) diubah berbeda di dua laptop: tekan c di layar Sinkronisasi "
        "untuk memilih (atau `observasi school choices`).",
        "{count} item(s) (school profile or teacher) were changed differently on two laptops: press c on the "
        "Sync screen to choose (or `observasi school choices`).",
    ),
    "travel.sync.certificates": (
        "{count} sertifikat rekan baru menunggu konfirmasi: tekan r di layar Sinkronisasi, atau Pengaturan → "
        "Sertifikat rekan (atau `observasi keys pending`).",
        "{count} new colleague certificate(s) waiting for confirmation: press r on the Sync screen, or "
        "Settings → Colleagues' certificates (or `observasi keys pending`).",
    ),
    "travel.sync.twins": (
        "{count} guru dari laptop lain tidak ditambahkan: NIP/NUPTK-nya sudah dimiliki guru di laptop ini "
        "(orang yang sama, dicatat di dua laptop sebelum daftar guru ikut tersinkron). Perubahan data guru "
        "itu di laptop lain tidak sampai ke sini.",
        "{count} teacher(s) from other laptops not added: a teacher on this laptop already has their NIP/NUPTK "
        "(the same person, entered on two laptops before the teacher list travelled). Changes to them on the "
        "other laptop do not reach this one.",
    ),
    # -- values as shown in a choice ---------------------------------------------------------
    "travel.value.active": ("ada di daftar guru", "on the teacher list"),
    "travel.value.removed": ("dikeluarkan dari daftar guru", "taken off the teacher list"),
    "travel.value.logo": ("logo (berkas {digest})", "logo (file {digest})"),
    "travel.value.none": ("(kosong)", "(empty)"),
    "travel.field.profile": ("Profil sekolah", "School profile"),
    "travel.field.teacher": ("Guru {name}", "Teacher {name}"),
    # -- field names as a choice shows them
    "travel.fieldname.name": ("Nama", "Name"),
    "travel.fieldname.npsn": ("NPSN", "NPSN"),
    "travel.fieldname.address": ("Alamat", "Address"),
    "travel.fieldname.city": ("Kota/kabupaten", "City/regency"),
    "travel.fieldname.principal_name": ("Nama kepala sekolah", "Principal's name"),
    "travel.fieldname.principal_id_label": ("Jenis nomor kepala sekolah", "Principal's id kind"),
    "travel.fieldname.principal_id_number": ("Nomor kepala sekolah", "Principal's id number"),
    "travel.fieldname.kop_lines": ("Baris kop", "Letterhead lines"),
    "travel.fieldname.phone": ("Telepon", "Phone"),
    "travel.fieldname.email": ("E-mail", "E-mail"),
    "travel.fieldname.logo": ("Logo", "Logo"),
    "travel.fieldname.nip": ("NIP", "NIP"),
    "travel.fieldname.nuptk": ("NUPTK", "NUPTK"),
    "travel.fieldname.gender": ("Jenis kelamin", "Gender"),
    "travel.fieldname.ptk_type": ("Jenis PTK", "PTK type"),
    "travel.fieldname.subject": ("Mata pelajaran", "Subject"),
    "travel.fieldname.rank": ("Pangkat/golongan", "Rank"),
    "travel.fieldname.active": ("Di daftar guru", "On the teacher list"),
    # -- choices (CLI and app) ---------------------------------------------------------------
    "travel.help.school": (
        "data sekolah yang dibagi lewat folder bersama: profil sekolah dan daftar guru",
        "the school's data shared through the shared folder: its profile and the teacher list",
    ),
    "travel.help.choices": (
        "tampilkan isian yang diubah berbeda di dua laptop (kedua nilai lengkap)",
        "show the fields changed differently on two laptops (both values in full)",
    ),
    "travel.help.choose": (
        "tetapkan satu pilihan: NOMOR (dari `school choices`) dan --theirs (pakai nilai laptop rekan) "
        "atau --mine (pertahankan nilai laptop ini)",
        "settle one choice: NUMBER (from `school choices`) and --theirs (take the colleague's laptop's value) "
        "or --mine (keep this laptop's value)",
    ),
    "travel.help.theirs": ("pakai nilai laptop rekan", "take the colleague's laptop's value"),
    "travel.help.mine": ("pertahankan nilai laptop ini", "keep this laptop's value"),
    "travel.choices.none": ("Tidak ada pilihan yang menunggu.", "No choice is waiting."),
    "travel.choices.line": (
        "{number}. {what}, {field}:\n   laptop ini:  {ours}\n   {laptop} ({at}):  {theirs}",
        "{number}. {what}, {field}:\n   this laptop:  {ours}\n   {laptop} ({at}):  {theirs}",
    ),
    "travel.choices.err_number": (
        "tidak ada pilihan nomor {number} (ada {count}); lihat `observasi school choices`",
        "no choice number {number} (there are {count}); see `observasi school choices`",
    ),
    "travel.choices.err_side": (
        "tulis --theirs (nilai laptop rekan) atau --mine (nilai laptop ini)",
        "give --theirs (the colleague's laptop's value) or --mine (this laptop's value)",
    ),
    "travel.choices.done": (
        "Tersimpan: {what}, {field} = {value}. Terkirim ke laptop lain pada sinkronisasi berikut.",
        "Saved: {what}, {field} = {value}. Sent to the other laptops at the next sync.",
    ),
    "travel.profile.from": ("Diperbarui dari {laptop}, {at}", "Updated from {laptop}, {at}"),
    # -- colleagues' certificates -------------------------------------------------------------
    "travel.help.pending": (
        "sertifikat rekan yang datang lewat folder bersama dan menunggu konfirmasi, dengan kodenya",
        "colleagues' certificates that came through the shared folder and wait for confirmation, with their code",
    ),
    "travel.help.trust": (
        "percayai sertifikat rekan KODE (20 angka dari `keys pending`), setelah rekan membacakan kode yang sama "
        "dari laptopnya (`keys show` atau Pengaturan)",
        "trust the colleague's certificate CODE (20 digits from `keys pending`), after the colleague read out "
        "the same code from their laptop (`keys show` or Settings)",
    ),
    "travel.cert.none_pending": (
        "Tidak ada sertifikat rekan yang menunggu. Sertifikat rekan datang lewat sinkronisasi setelah rekan "
        "membuat kunci tanda tangan.",
        "No colleague's certificate is waiting. Colleagues' certificates come with a sync once the colleague "
        "made a signing key.",
    ),
    "travel.cert.which": (
        "'{which}' tidak cocok dengan tepat satu sertifikat yang menunggu; kode yang menunggu: {codes}",
        "'{which}' matches no single waiting certificate; the codes waiting: {codes}",
    ),
    "travel.cert.line": (
        "{name}{number}, {school}\n   dari {laptop}; berlaku s.d. {until}\n   kode: {code}",
        "{name}{number}, {school}\n   from {laptop}; valid until {until}\n   code: {code}",
    ),
    "travel.cert.compare": (
        "Percayai hanya bila rekan membacakan kode yang sama dari laptopnya (Pengaturan atau `observasi keys show`).",
        "Trust it only when the colleague reads out the same code from their laptop (Settings or "
        "`observasi keys show`).",
    ),
    "travel.cert.trusted": (
        "Dipercaya: sertifikat {name} (kode {code}). Lembar yang ditandatanganinya kini dapat diperiksa di laptop ini.",
        "Trusted: {name}'s certificate (code {code}). Sheets they signed can now be checked on this laptop.",
    ),
    "travel.cert.own_code": (
        "Kode sertifikat Anda (bacakan kepada rekan): {code}",
        "Your certificate's code (read it out to colleagues): {code}",
    ),
    # -- the app's screen ----------------------------------------------------------------------
    "travel.tui.certs_title": ("Sertifikat rekan", "Colleagues' certificates"),
    "travel.tui.certs_button": ("Sertifikat rekan", "Colleagues' certificates"),
    "travel.tui.trust": ("Kodenya sama: percayai", "The codes match: trust"),
    "travel.tui.close": ("Tutup", "Close"),
    "travel.tui.choices_title": ("Pilihan data sekolah", "School data choices"),
    "travel.tui.choices_button": ("Pilihan data sekolah", "School data choices"),
    "travel.tui.col_code": ("Kode", "Code"),
    "travel.tui.col_from": ("Dari laptop", "From laptop"),
    "travel.tui.col_what": ("Data", "Item"),
    "travel.tui.col_field": ("Isian", "Field"),
    "travel.key.choices": ("pilihan data", "data choices"),
    "travel.key.certs": ("sertifikat rekan", "colleagues' certificates"),
    "travel.tui.take_mine": ("Pakai nilai laptop ini", "Keep this laptop's value"),
    "travel.tui.take_theirs": ("Pakai nilai laptop rekan", "Take the colleague's value"),
}
