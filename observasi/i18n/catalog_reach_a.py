"""Messages of reach-a: sync things reachable inside the app (issues 16, 17, 19): removing a
laptop from the sync screen, the shared bucket in Settings."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- removing a device (sync screen, p) -------------------------------------------------
    "reach.devices.key.remove": ("Keluarkan perangkat", "Remove device"),
    "reach.devices.hint": (
        "Enter: setujui permintaan · Del: keluarkan laptop yang hilang/tidak dipakai · Esc: tutup",
        "Enter: approve a request · Del: remove a lost/retired laptop · Esc: close",
    ),
    "reach.devices.remove_title": ("Keluarkan «{label}»?", "Remove «{label}»?"),
    "reach.devices.remove_what": (
        "Laptop {label} ({device}) tidak akan dapat membaca apa pun yang ditulis sesudah ini; "
        "kunci sekolah diganti dan dititipkan hanya untuk laptop yang tersisa.",
        "Laptop {label} ({device}) will read nothing written after this; the school key is "
        "replaced and left only for the remaining laptops.",
    ),
    "reach.devices.remove_after": (
        "Kiriman laptop itu tidak diterapkan lagi. Yang sudah dibacanya sebelum ini tetap ada "
        "padanya. Untuk bergabung lagi, laptop itu harus meminta dan disetujui ulang.",
        "Nothing that laptop sends is applied any more. What it read before this stays on it. "
        "To come back, it has to ask and be approved again.",
    ),
    "reach.devices.remove": ("Keluarkan", "Remove"),
    "reach.devices.founder": ("(pendiri)", "(founder)"),
    "reach.devices.not_self": (
        "Laptop ini tidak dapat mengeluarkan dirinya sendiri. Keluarkan dari laptop sekolah yang lain.",
        "This laptop cannot remove itself. Remove it from another school laptop.",
    ),
    "reach.devices.not_member": (
        "Laptop ini belum disetujui sebagai perangkat sekolah, jadi belum dapat mengeluarkan laptop lain.",
        "This laptop is not approved as a school device yet, so it cannot remove other laptops.",
    ),
    "reach.devices.pick_member": (
        "Pilih laptop anggota di daftar, lalu tekan Del.",
        "Pick a member laptop in the list, then press Del.",
    ),
    # -- the shared bucket in Settings -------------------------------------------------------
    "reach.bucket.section": ("Bucket bersama (S3)", "Shared bucket (S3)"),
    "reach.bucket.hint": (
        "Untuk dinas atau sekolah yang memakai bucket S3-compatible (AWS, R2, B2, Wasabi, server dinas). "
        "Kosongkan bila tidak dipakai; sinkronisasi memakai folder, bucket, atau keduanya.",
        "For a district or a school with an S3-compatible bucket (AWS, R2, B2, Wasabi, a district server). "
        "Leave empty if not used; sync uses the folder, the bucket, or both.",
    ),
    "reach.bucket.help": (
        "Bucket bersama: alamat s3://BUCKET/AWALAN dan endpoint server (kosong untuk AWS) diberikan oleh "
        "dinas atau pengelola bucket, bersama ID kunci akses dan kunci rahasianya. Kunci disimpan di folder "
        "data, hanya dapat dibaca pemilik akun; kunci rahasia tidak pernah ditampilkan lagi. Kosongkan kunci "
        "rahasia untuk tetap memakai yang tersimpan.",
        "Shared bucket: the s3://BUCKET/PREFIX address and the server's endpoint (empty for AWS) come from "
        "the district or whoever runs the bucket, with an access key id and its secret. The key is kept in "
        "the data folder, readable by the account's owner only; the secret is never shown again. Leave the "
        "secret empty to keep the saved one.",
    ),
    "reach.bucket.url": ("URL bucket (s3://BUCKET/AWALAN)", "Bucket URL (s3://BUCKET/PREFIX)"),
    "reach.bucket.endpoint": ("Endpoint (alamat server; kosong: AWS)", "Endpoint (server address; empty: AWS)"),
    "reach.bucket.key_id": ("ID kunci akses", "Access key id"),
    "reach.bucket.secret": ("Kunci rahasia", "Secret key"),
    "reach.bucket.secret_saved": (
        "Kunci rahasia: tersimpan. Isi hanya untuk menggantinya.",
        "Secret key: saved. Fill it in only to replace it.",
    ),
    "reach.bucket.secret_none": ("Kunci rahasia: belum ada.", "Secret key: none yet."),
    "reach.bucket.from_environment": (
        "Kunci dari AWS_ACCESS_KEY_ID di lingkungan dipakai, bukan yang tersimpan di sini.",
        "The key in AWS_ACCESS_KEY_ID in the environment is used, not the one saved here.",
    ),
    "reach.bucket.placeholder_secret": ("tersimpan", "saved"),
    "reach.bucket.field_error": ("{field}: {message}", "{field}: {message}"),
    "reach.bucket.err_endpoint": (
        "'{value}' bukan alamat server: tulis http:// atau https:// dan nama servernya, misalnya https://s3.dinas.go.id",
        "'{value}' is not a server address: write http:// or https:// and the server name, e.g. https://s3.dinas.go.id",
    ),
    "reach.bucket.err_endpoint_alone": (
        "endpoint diisi tetapi URL bucket kosong: isi s3://BUCKET/AWALAN, atau kosongkan endpoint",
        "an endpoint is set but the bucket URL is empty: write s3://BUCKET/PREFIX, or empty the endpoint",
    ),
    "reach.bucket.err_key_id": (
        "kunci rahasia diisi tanpa ID kunci akses: isi keduanya",
        "a secret key without an access key id: fill in both",
    ),
    "reach.bucket.err_secret": (
        "ID kunci akses baru memerlukan kunci rahasianya: isi kunci rahasia",
        "a new access key id needs its secret key: fill in the secret key",
    ),
    "reach.bucket.err_no_key": (
        "bucket memerlukan kunci akses: isi ID kunci akses dan kunci rahasia",
        "the bucket needs an access key: fill in the access key id and the secret key",
    ),
}
