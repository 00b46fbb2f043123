"""Messages of the S3-compatible bucket transport and the district view (branch district)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # The bucket.
    "bucket.err.url": (
        "Alamat bucket {url} tidak sah: tulis s3://NAMA-BUCKET atau s3://NAMA-BUCKET/awalan "
        "(huruf kecil, angka, titik dan tanda hubung pada nama bucket).",
        "The bucket address {url} is not valid: write s3://BUCKET-NAME or s3://BUCKET-NAME/prefix "
        "(lower-case letters, digits, dots and hyphens in the bucket name).",
    ),
    "bucket.err.no_credentials": (
        "Kunci akses bucket belum ada: isi AWS_ACCESS_KEY_ID dan AWS_SECRET_ACCESS_KEY, "
        "atau simpan dengan `observasi bucket-key` (disimpan di {path}).",
        "No access key for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
        "or save one with `observasi bucket-key` (kept in {path}).",
    ),
    "bucket.err.credentials_open": (
        "File kunci bucket {path} dapat dibaca orang lain: jalankan `chmod 600 {path}`, lalu coba lagi.",
        "The bucket key file {path} is readable by others: run `chmod 600 {path}`, then try again.",
    ),
    "bucket.err.credentials_bad": (
        "File kunci bucket {path} tidak dapat dibaca ({detail}).",
        "The bucket key file {path} cannot be read ({detail}).",
    ),
    "bucket.err.unreachable": (
        "Bucket {url} (server {endpoint}) tidak dapat dijangkau: {detail}.",
        "The bucket {url} (server {endpoint}) cannot be reached: {detail}.",
    ),
    "bucket.err.write": (
        "Tidak dapat menulis {name} ke bucket {url}: {detail}.",
        "Cannot write {name} to the bucket {url}: {detail}.",
    ),
    "bucket.err.overwrites": (
        "Server {endpoint} tidak dapat menolak penimpaan objek di {url} (If-None-Match: *), "
        "jadi observasi tidak menulis ke sana: sebuah revisi bisa tertimpa. Pakai server yang "
        "mendukung put bersyarat (AWS S3, Cloudflare R2, SeaweedFS, Garage, MinIO baru).",
        "The server {endpoint} cannot refuse to overwrite an object in {url} (If-None-Match: *), "
        "so observasi does not write there: a revision could be overwritten. Use a server that "
        "supports conditional puts (AWS S3, Cloudflare R2, SeaweedFS, Garage, recent MinIO).",
    ),
    "bucket.err.no_place": (
        "Belum ada tempat sinkronisasi: jalankan `observasi sync --folder FOLDER` "
        "atau `observasi sync --bucket s3://BUCKET/awalan --endpoint URL`.",
        "No place to sync with: run `observasi sync --folder FOLDER` "
        "or `observasi sync --bucket s3://BUCKET/prefix --endpoint URL`.",
    ),
    "bucket.err.place_failed": ("{place}: {detail}", "{place}: {detail}"),
    "bucket.help.bucket": (
        "Bucket S3 (s3://BUCKET/awalan), diingat untuk berikutnya; bisa bersama --folder.",
        "An S3 bucket (s3://BUCKET/prefix), remembered for next time; works alongside --folder.",
    ),
    "bucket.help.endpoint": (
        "Alamat server S3 (mis. https://s3.dinas.go.id); kosong: AWS.",
        "The S3 server's address (e.g. https://s3.example.org); empty: AWS.",
    ),
    "bucket.help.key": (
        "Simpan kunci akses bucket di folder data (hanya dapat dibaca pemiliknya).",
        "Keep the bucket's access key in the data folder (readable by its owner only).",
    ),
    "bucket.prompt.key_id": ("ID kunci akses", "Access key id"),
    "bucket.prompt.secret": ("Kunci rahasia", "Secret key"),
    "bucket.prompt.region": ("Region (kosongkan bila tidak tahu)", "Region (leave empty if unsure)"),
    "bucket.cli.key_saved": ("Kunci bucket disimpan di {path}.", "Bucket key saved in {path}."),
    "bucket.why.no_bucket": (
        "bucket itu tidak ada di server (minta pengelola server membuatnya)",
        "no such bucket on the server (ask the server's administrator to create it)",
    ),
    "bucket.why.denied": ("akses ditolak oleh server", "access denied by the server"),
    "bucket.why.bad_key": (
        "kunci akses ditolak (ID atau kunci rahasia salah)",
        "access key refused (wrong id or secret)",
    ),
    "bucket.screen.bucket": ("Bucket: {url}", "Bucket: {url}"),
}
