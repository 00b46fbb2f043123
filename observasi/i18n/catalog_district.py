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
    # The district.
    "district.help.group": (
        "Folder data dinas/pengawas: membaca banyak sekolah (hanya membaca) dan merekapnya.",
        "A district's (or supervisor's) data folder: reads many schools (read-only) and recaps them.",
    ),
    "district.help.add": (
        "Tambah sekolah lewat tempat sinkronisasinya (folder bersama atau bucket).",
        "Add a school by the place it syncs with (a shared folder or a bucket).",
    ),
    "district.help.folder": ("Folder bersama sekolah itu.", "The school's shared folder."),
    "district.help.bucket": ("Bucket sekolah itu (s3://BUCKET/awalan).", "The school's bucket (s3://BUCKET/prefix)."),
    "district.help.list": ("Daftar sekolah yang dibaca.", "The schools read."),
    "district.help.sync": (
        "Baca yang baru dari setiap sekolah (tidak pernah menulis ke tempat sekolah).",
        "Read what is new from every school (never writes into a school's place).",
    ),
    "district.help.recap": (
        "Rekap lintas sekolah: cakupan, predikat, indikator terlemah, tindak lanjut, kesepakatan.",
        "Recap across schools: coverage, predikat, weakest indicators, follow-ups, agreement.",
    ),
    "district.help.name": ("Nama dinas/wilayah di kepala rekap.", "The district's name at the top of the recap."),
    "district.help.school": (
        'Jalankan perintah pada salinan satu sekolah ({commands}), mis. `district school "SMPN 1" recap`.',
        'Run a command on one school\'s copy ({commands}), e.g. `district school "SMPN 1" recap`.',
    ),
    "district.default_name": ("Rekap lintas sekolah", "Across schools"),
    "district.err.no_name": ("Nama sekolah kosong.", "The school's name is empty."),
    "district.err.no_folder": ("Folder {path} tidak ada.", "The folder {path} does not exist."),
    "district.err.same_name": ("Sekolah {name} sudah ada.", "The school {name} is already there."),
    "district.err.no_school": (
        "Tidak ada (tepat satu) sekolah bernama {name}: lihat `observasi district list`.",
        "No (single) school named {name}: see `observasi district list`.",
    ),
    "district.err.one_place": (
        "Beri satu tempat: --folder FOLDER atau --bucket s3://BUCKET/awalan.",
        "Give one place: --folder FOLDER or --bucket s3://BUCKET/prefix.",
    ),
    "district.err.drill_down": (
        "Perintah yang dapat dijalankan pada salinan sekolah: {commands}.",
        "Commands that run on a school's copy: {commands}.",
    ),
    "district.cli.added": ("Sekolah {name} ditambahkan ({place}).", "School {name} added ({place})."),
    "district.cli.none": (
        "Belum ada sekolah: tambahkan dengan `observasi district add NAMA --folder FOLDER` atau `--bucket s3://...`.",
        "No school yet: add one with `observasi district add NAME --folder FOLDER` or `--bucket s3://...`.",
    ),
    "district.waiting": (
        "sekolah ini belum mengizinkan dinas membaca foldernya. Di salah satu laptop sekolah, buka "
        "Sinkronisasi lalu Perangkat (atau: observasi devices approve KODE) dan setujui kode {code}; "
        "sesudah itu sinkronkan dinas lagi",
        "the school has not let the district read its folder yet. On one of the school's laptops, open "
        "Sync, then Devices (or: observasi devices approve CODE) and approve code {code}; then sync the "
        "district again",
    ),
    "district.cli.unreachable": ("{name}: tidak dapat dibaca: {detail}", "{name}: cannot be read: {detail}"),
    "district.cli.read": (
        "{name}: diterima {received}, konflik {conflicts}, masalah {problems}.",
        "{name}: received {received}, conflicts {conflicts}, problems {problems}.",
    ),
    "district.cli.written": (
        "Rekap {schools} sekolah ({count} observasi final) ditulis ke {path}.",
        "Recap of {schools} schools ({count} final observations) written to {path}.",
    ),
    "district.col.school": ("Sekolah", "School"),
    "district.col.place": ("Tempat", "Place"),
    "district.col.folder": ("Salinan", "Copy"),
    "district.col.last_read": ("Terakhir dibaca", "Last read"),
    "district.col.teachers": ("Guru diobservasi / dikenal", "Teachers observed / known"),
    "district.col.teachers_short": ("Guru", "Teachers"),
    "district.col.followups_short": ("TL selesai", "Follow-ups"),
    "district.col.coverage": ("Cakupan %", "Coverage %"),
    "district.col.final": ("Final", "Final"),
    "district.col.pending": ("Belum final", "Not final"),
    "district.col.predikat": ("Predikat", "Predikat"),
    "district.col.followups": ("Tindak lanjut selesai", "Follow-ups done"),
    "district.col.agreement": ("Kesepakatan persis %", "Exact agreement %"),
    "recap.table.schools": ("Sekolah dan cakupan", "Schools and coverage"),
    "recap.sheet.schools": ("Sekolah", "Schools"),
    "district.tui.open": ("Buka sekolah", "Open school"),
    "district.tui.read": ("Baca sekolah", "Read schools"),
    "district.tui.quit": ("Keluar", "Quit"),
    "district.tui.reading": ("Membaca setiap sekolah...", "Reading every school..."),
    "district.tui.read_done": (
        "Selesai dibaca: {received} revisi baru; {failed} sekolah tidak dapat dibaca.",
        "Read: {received} new revisions; {failed} schools could not be read.",
    ),
    "district.tui.summary": (
        "{schools} sekolah, {count} observasi final. Enter: rekap sekolah · r: baca lagi · x/c/p: ekspor",
        "{schools} schools, {count} final observations. Enter: school recap · r: read again · x/c/p: export",
    ),
    "district.tui.across": ("Lintas sekolah", "Across schools"),
}
