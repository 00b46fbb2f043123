"""Messages of the first day: the welcome steps, the signing key made in the app, and
the sheet dialog's offer to make one (issue 14)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the signing key, in plain words -------------------------------------------------------------------------
    "firstday.key.title": ("Kunci tanda tangan digital", "Digital signing key"),
    "firstday.key.what": (
        "Kunci tanda tangan digital untuk {name}, dilindungi kata sandi. Dengan kunci ini lembar umpan balik "
        "ditandatangani secara digital, sehingga siapa pun dapat memeriksa bahwa lembar itu dari Anda dan "
        "tidak diubah sesudahnya. Kuncinya disimpan di laptop ini saja.",
        "A digital signing key for {name}, protected by a password. With it the feedback sheets are signed "
        "digitally, so anyone can check that a sheet comes from you and was not changed afterwards. The key "
        "stays on this laptop.",
    ),
    "firstday.key.password_hint": (
        "Kata sandi paling sedikit {min} karakter. Catat di tempat aman: tanpa kata sandi ini kunci tidak "
        "dapat dipakai dan tidak dapat dipulihkan.",
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
}
