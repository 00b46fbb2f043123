"""Messages of the first day: the welcome steps, the signing key made in the app, and
the sheet dialog's offer to make one (issue 14)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the signing key, in plain words -------------------------------------------------------------------------
    "firstday.key.title": ("Kunci tanda tangan digital", "Digital signing key"),
    "firstday.key.what": (
        "Kunci tanda tangan digital untuk {name}, dilindungi kata sandi. Dengannya lembar umpan balik "
        "ditandatangani secara digital: siapa pun dapat memeriksa bahwa lembar itu dari Anda dan tidak "
        "diubah. Kunci ini disimpan di laptop ini saja.",
        "A digital signing key for {name}, protected by a password. With it the feedback sheets are signed "
        "digitally, so anyone can check that a sheet comes from you and was not changed afterwards. The key "
        "stays on this laptop.",
    ),
    "firstday.key.password_hint": (
        "Kata sandi paling sedikit {min} karakter. Catat di tempat aman: tanpanya kunci tidak dapat "
        "dipakai atau dipulihkan.",
        "A password of at least {min} characters. Keep a note of it somewhere safe: without it the key "
        "cannot be used and cannot be recovered.",
    ),
    "firstday.key.password": ("Kata sandi", "Password"),
    "firstday.key.repeat": ("Ulangi kata sandi", "Repeat the password"),
    "firstday.key.create": ("Buat kunci", "Create the key"),
    "firstday.key.later": ("Nanti saja", "Later"),
    "firstday.key.err_short": (
        "Kata sandi terlalu pendek: paling sedikit {min} karakter",
        "The password is too short: at least {min} characters",
    ),
    "firstday.key.err_differ": (
        "Kedua kata sandi tidak sama; ketik ulang di kolom Ulangi kata sandi",
        "The two passwords differ; type it again in Repeat the password",
    ),
    "firstday.key.err_no_observer": (
        "Isi dulu nama Anda sebagai observer dan simpan; kunci dibuat atas nama itu",
        "Fill in and save your name as observer first; the key is made in that name",
    ),
    "firstday.key.created": (
        "Kunci tanda tangan digital untuk {name} dibuat, dilindungi kata sandi.",
        "Digital signing key for {name} created, protected by a password.",
    ),
    "firstday.key.status_none": (
        "Belum ada kunci tanda tangan digital: lembar umpan balik dicetak tanpa tanda tangan digital.",
        "No digital signing key yet: feedback sheets are printed without a digital signature.",
    ),
    "firstday.key.status_have": (
        "Kunci tanda tangan digital untuk {name}, dilindungi kata sandi (berlaku sampai {until}).",
        "Digital signing key for {name}, protected by a password (valid until {until}).",
    ),
    "firstday.key.make_button": ("Buat kunci tanda tangan", "Create a signing key"),
    # -- the roster from settings and the welcome steps ----------------------------------------------------------
    "firstday.roster.section": ("Daftar guru", "Teachers"),
    "firstday.roster.status": (
        "{count} guru terdaftar.",
        "{count} teachers registered.",
    ),
    "firstday.roster.import": ("Impor berkas guru", "Import a teachers file"),
    "firstday.roster.manage": ("Tambah / ubah guru", "Add / edit teachers"),
    "firstday.setup.intro": (
        "Selamat datang. Isi profil sekolah dan identitas Anda sebagai observer: keduanya dicetak di lembar "
        "umpan balik. Sesudah itu: kunci tanda tangan digital dan daftar guru (boleh dilewati). Folder bersama "
        "boleh dikosongkan. Semua bisa diubah kapan saja di Pengaturan (f2). Tab atau Enter berpindah kolom; "
        "ctrl+s menyimpan.",
        "Welcome. Fill in the school profile and your identity as observer: both are printed on the feedback "
        "sheet. Then: the digital signing key and the teachers (each may be skipped). The shared folder may "
        "stay empty. Everything can be changed at any time in Settings (f2). Tab or Enter moves between "
        "fields; ctrl+s saves.",
    ),
    # -- the welcome steps after the school and the observer ---------------------------------------------------
    "firstday.steps.title": ("Langkah berikutnya", "Next steps"),
    "firstday.steps.intro": (
        "Profil sekolah dan identitas Anda tersimpan. Dua langkah lagi, keduanya boleh dilewati dan bisa "
        "dikerjakan kapan saja dari Pengaturan (f2). Tab berpindah tombol, Enter memilih.",
        "The school profile and your identity are saved. Two more steps; both may be skipped and done at any "
        "time from Settings (f2). Tab moves between buttons, Enter chooses.",
    ),
    "firstday.steps.key": ("1. Kunci tanda tangan digital", "1. Digital signing key"),
    "firstday.steps.roster": ("2. Daftar guru", "2. Teachers"),
    "firstday.steps.roster_hint": (
        "Impor berkas guru dari Dapodik (Excel .xlsx) atau CSV, atau tambah guru satu per satu.",
        "Import the teachers' file from Dapodik (Excel .xlsx) or CSV, or add teachers one by one.",
    ),
    "firstday.steps.done": ("Selesai, ke Beranda", "Done, go to Home"),
    "firstday.steps.key.done": ("✓ selesai", "✓ done"),
    # -- the sheet dialog: offer the key instead of a shell command ---------------------------------------------
    "firstday.sheet.no_key": (
        "Tanpa tanda tangan digital: belum ada kunci tanda tangan. Tekan k (Buat kunci) untuk membuatnya sekarang.",
        "Without a digital signature: there is no signing key yet. Press k (Create a key) to make one now.",
    ),
    "firstday.sheet.key_button": ("Buat kunci", "Create a key"),
    "firstday.sheet.key.key": ("Buat kunci", "Create a key"),
    # -- no accidental exits ---------------------------------------------------------------------------------
    "firstday.unsaved.title": ("Buang perubahan yang belum disimpan?", "Discard the changes not saved?"),
    "firstday.unsaved.lead": (
        "Isian berikut belum disimpan dan akan hilang bila Anda keluar sekarang (ctrl+s menyimpan):",
        "These entries are not saved and are lost if you leave now (ctrl+s saves):",
    ),
    "firstday.unsaved.empty": ("(dikosongkan)", "(emptied)"),
    "firstday.unsaved.discard": ("Buang dan keluar", "Discard and leave"),
    "firstday.live.leave_title": ("Tinggalkan pelajaran yang sedang berjalan?", "Leave the lesson under way?"),
    "firstday.live.leave_lines": (
        "Jam pelajaran {teacher} masih berjalan (menit ke-{minutes}) dan tetap berjalan setelah layar ini "
        "ditutup. Semua yang sudah diketik tersimpan; kembali dengan c (Lanjutkan) di Beranda.",
        "The lesson clock of {teacher} is running (minute {minutes}) and keeps running after this screen "
        "closes. Everything typed is saved; come back with c (Resume) on Home.",
    ),
    "firstday.live.leave_confirm": ("Tinggalkan", "Leave"),
    "firstday.quit.title": ("Keluar dari observasi?", "Quit observasi?"),
    "firstday.quit.lines": (
        "Pelajaran {teacher} masih berjalan (menit ke-{minutes}). Jamnya tetap berjalan selama aplikasi "
        "tertutup. Semua yang sudah diketik tetap ada: yang sudah disimpan ada di catatan observasi, dan catatan "
        "atau baris bukti yang masih terbuka dikembalikan saat aplikasi dibuka lagi; buka lagi lalu tekan c "
        "untuk melanjutkan.",
        "The lesson of {teacher} is under way (minute {minutes}). Its clock keeps running while the app is "
        "closed. Everything typed is kept: what was saved is in the record, and a note or evidence line still "
        "open comes back when the app opens again; open the app again and press c to resume.",
    ),
    "firstday.quit.confirm": ("Keluar", "Quit"),
    # -- 80x24: the rubric of the focused indicator --------------------------------------------------------
    "firstday.live.rubric_hint": ("(f4 lengkap)", "(f4 in full)"),
    "firstday.live.key.rubric": ("Rubrik lengkap", "Full rubric"),
    "firstday.live.rubric_title": ("Rubrik {id}", "Rubric {id}"),
    "firstday.live.rubric_close": ("Tutup", "Close"),
    # -- printing that prints --------------------------------------------------------------------------------
    "firstday.print.windows": (
        "{path} dikirim ke pencetak bawaan Windows.",
        "{path} was sent to the Windows default printer.",
    ),
    "firstday.print.sumatra": (
        "{path} dikirim ke pencetak bawaan melalui SumatraPDF.",
        "{path} was sent to the default printer through SumatraPDF.",
    ),
    "firstday.print.lp": ("{path} dikirim ke pencetak {printer}.", "{path} was sent to the printer {printer}."),
    "firstday.print.default_printer": ("bawaan", "default"),
    "firstday.print.viewer": (
        "Tidak dapat mencetak langsung. {why} PDF dibuka di penampil; cetak dari sana: {path}",
        "Could not print directly. {why} The PDF was opened in the viewer; print it from there: {path}",
    ),
    "firstday.print.nothing": (
        "Tidak dapat mencetak atau membuka PDF. {why} Lembar tersimpan di {path}. Buka dan cetak dari "
        "komputer lain atau program lain.",
        "Could not print or open the PDF. {why} The sheet is saved at {path}. Open and print it from another "
        "computer or program.",
    ),
    "firstday.print.no_verb": (
        "Tidak ada program PDF yang dapat mencetak.",
        "No PDF program that can print is installed.",
    ),
    "firstday.print.no_lp": (
        "Belum ada pencetak yang terpasang di komputer ini: program cetak lp tidak ada.",
        "No printer is set up on this computer: the lp printing program is not installed.",
    ),
    "firstday.print.lp_failed": (
        "Program cetak lp berhenti dengan kode {code}.",
        "The lp printing program stopped with code {code}.",
    ),
    # -- files where people look -------------------------------------------------------------------------------
    "firstday.settings.output_dir": ("Folder lembar dan rekap", "Folder for sheets and recaps"),
    "firstday.settings.output_dir_hint": (
        "Lembar umpan balik (PDF) dan rekap disimpan di sini (bawaan: Dokumen/observasi). Basis data dan "
        "kunci tetap di folder data aplikasi.",
        "Feedback sheets (PDF) and recaps are saved here (default: Documents/observasi). The database and "
        "the keys stay in the app's data folder.",
    ),
    "firstday.help.dialect": (
        "bentuk CSV: excel-id (; dan koma desimal, dibuka Excel berbahasa Indonesia) atau rfc4180 (, dan titik)",
        "CSV form: excel-id (; and a decimal comma, as Excel in Indonesian opens it) or rfc4180 (, and a point)",
    ),
    # -- Textual's own widgets in Indonesian ----------------------------------------------------------------
    "firstday.textual.dismiss_menu": ("Tutup menu", "Close the menu"),
    "firstday.textual.close_palette": ("Tutup palet perintah", "Close the command palette"),
    "firstday.textual.next_command": ("Perintah berikutnya", "Next command"),
    "firstday.textual.previous_command": ("Perintah sebelumnya", "Previous command"),
    "firstday.textual.next_page": ("Halaman berikutnya", "Next page"),
    "firstday.textual.previous_page": ("Halaman sebelumnya", "Previous page"),
    "firstday.textual.top": ("Ke atas", "To the top"),
    "firstday.textual.bottom": ("Ke bawah", "To the bottom"),
    "firstday.help.sheet_out": (
        "berkas PDF tujuan (bawaan: folder lembar dan rekap di Pengaturan, mis. Dokumen/observasi/lembar)",
        "target PDF file (default: the sheets and recaps folder of Settings, e.g. Documents/observasi/lembar)",
    ),
}
