"""Messages of the observer's signing key, PDF signatures and `observasi verify`: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "signing.err.no_key": (
        "belum ada kunci tanda tangan di {path}; buat dengan `observasi keys create`",
        "there is no signing key at {path}; make one with `observasi keys create`",
    ),
    "signing.err.key_exists": (
        "kunci tanda tangan sudah ada di {path}; pakai --force untuk menggantinya (lembar lama tetap sah)",
        "a signing key already exists at {path}; use --force to replace it (older sheets stay valid)",
    ),
    "signing.err.passphrase": (
        "kata sandi kunci salah, atau berkas {path} rusak",
        "wrong passphrase for the key, or the file {path} is damaged",
    ),
    "signing.err.passphrase_short": (
        "kata sandi minimal {min} karakter",
        "the passphrase needs at least {min} characters",
    ),
    "signing.err.passphrase_needed": (
        "kata sandi kunci diperlukan untuk menandatangani (--passphrase-file atau OBSERVASI_PASSPHRASE)",
        "the key's passphrase is needed to sign (--passphrase-file or OBSERVASI_PASSPHRASE)",
    ),
    "signing.err.passphrase_file": (
        "berkas kata sandi {path} tidak dapat dibaca: {detail}",
        "the passphrase file {path} cannot be read: {detail}",
    ),
    "signing.err.no_terminal": (
        "tidak ada terminal untuk menanyakan kata sandi; pakai --passphrase-file atau OBSERVASI_PASSPHRASE",
        "there is no terminal to ask for the passphrase; use --passphrase-file or OBSERVASI_PASSPHRASE",
    ),
    "signing.err.no_observer": (
        "belum dipilih siapa pemakai laptop ini (supervisor); pilih di Pengaturan aplikasi",
        "this laptop's user (the observer) is not chosen yet; choose it in the app's Settings",
    ),
    "signing.err.sign_failed": ("penandatanganan {path} gagal: {detail}", "signing {path} failed: {detail}"),
    "signing.err.read": ("{path} tidak dapat dibaca: {detail}", "{path} cannot be read: {detail}"),
    "signing.stamp": ("Ditandatangani secara digital\n%(ts)s", "Digitally signed\n%(ts)s"),
    "signing.keys.created": (
        "Kunci dibuat: {path}\nPemilik: {subject}\nSidik jari SHA-256: {fingerprint}",
        "Key created: {path}\nOwner: {subject}\nSHA-256 fingerprint: {fingerprint}",
    ),
    "signing.keys.show": (
        "Kunci: {path}\nPemilik: {subject}\nBerlaku: {start} s.d. {end}\nSidik jari SHA-256: {fingerprint}",
        "Key: {path}\nOwner: {subject}\nValid: {start} to {end}\nSHA-256 fingerprint: {fingerprint}",
    ),
    "signing.keys.trusted": (
        "Sertifikat rekan yang dipercaya ({count}): {folder}",
        "Colleagues' certificates trusted ({count}): {folder}",
    ),
    "signing.keys.exported": (
        "Sertifikat ditulis ke {path}. Rekan menyimpannya di folder keys/trusted di folder data mereka.",
        "Certificate written to {path}. Colleagues put it in the keys/trusted folder of their data folder.",
    ),
    "signing.prompt.passphrase": ("Kata sandi kunci tanda tangan", "Signing key passphrase"),
    "signing.prompt.passphrase_new": (
        "Kata sandi baru untuk kunci (minimal 6 karakter)",
        "New passphrase for the key (at least 6 characters)",
    ),
    "signing.prompt.repeat": ("Ulangi kata sandi", "Repeat the passphrase"),
    "signing.verify.ok": (
        "SAH: tanda tangan utuh dan mencakup seluruh berkas.",
        "VALID: the signature is intact and covers the whole file.",
    ),
    "signing.verify.bad": ("TIDAK SAH: {path}: {reason}", "NOT VALID: {path}: {reason}"),
    "signing.verify.signer": ("Penanda tangan: {name}", "Signer: {name}"),
    "signing.verify.fingerprint": (
        "Sidik jari sertifikat (SHA-256): {fingerprint}",
        "Certificate fingerprint (SHA-256): {fingerprint}",
    ),
    "signing.verify.time": ("Waktu tanda tangan: {time}", "Signing time: {time}"),
    "signing.verify.observation": ("ID observasi: {id}", "Observation ID: {id}"),
    "signing.verify.cert_own": ("Sertifikat: kunci laptop ini", "Certificate: this laptop's key"),
    "signing.verify.cert_trusted": ("Sertifikat: dipercaya ({source})", "Certificate: trusted ({source})"),
    "signing.verify.hash_match": (
        "Isi: cocok dengan catatan di basis data lokal",
        "Content: matches the record in the local database",
    ),
    "signing.verify.hash_differs": (
        "Isi: BERBEDA dengan catatan di basis data lokal (catatan diubah/diamandemen setelah lembar dibuat)",
        "Content: DIFFERS from the record in the local database (the record changed or was amended after the sheet was made)",
    ),
    "signing.verify.not_sheet": (
        "Isi: bukan lembar umpan balik (tidak memuat id observasi)",
        "Content: not a feedback sheet (it carries no observation id)",
    ),
    "signing.verify.hash_absent": (
        "Isi: observasi ini tidak ada di basis data lokal",
        "Content: this observation is not in the local database",
    ),
    "signing.verify.r_unsigned": ("berkas tidak bertanda tangan digital", "the file carries no digital signature"),
    "signing.verify.r_modified": (
        "isi berkas diubah setelah ditandatangani",
        "the file was modified after it was signed",
    ),
    "signing.verify.r_invalid": (
        "tanda tangan tidak dapat diperiksa ({detail})",
        "the signature cannot be checked ({detail})",
    ),
    "signing.verify.r_appended": (
        "ada perubahan yang ditambahkan setelah tanda tangan dan tidak dicakup olehnya",
        "changes were added after the signature and are not covered by it",
    ),
    "signing.help.keys": ("kunci tanda tangan digital supervisor", "the observer's digital signing key"),
    "signing.help.keys_create": (
        "buat kunci tanda tangan digital Anda, dilindungi kata sandi, di folder data",
        "make your digital signing key, protected by a password, in the data folder",
    ),
    "signing.help.keys_show": ("tampilkan pemilik dan sidik jari kunci", "show the key's owner and fingerprint"),
    "signing.help.keys_export": (
        "tulis sertifikat (kunci publik) ke FILE untuk rekan",
        "write the certificate (public key) to FILE for colleagues",
    ),
    "signing.help.passphrase_file": (
        "baca kata sandi kunci dari berkas ini (baris pertama)",
        "read the key's passphrase from this file (first line)",
    ),
    "signing.help.force": ("ganti kunci yang sudah ada", "replace an existing key"),
    "signing.help.verify": (
        "periksa tanda tangan digital lembar PDF; keluar 0 bila sah, 1 bila tidak",
        "check the digital signature of a PDF sheet; exit 0 when valid, 1 otherwise",
    ),
}
