"""Messages of merging, conflicts and their resolution (branch trust)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "trust.laptop.of": ("laptop {name}", "{name}'s laptop"),
    "trust.laptop.this": ("laptop ini", "this laptop"),
    "trust.laptop.other": ("laptop lain ({id})", "another laptop ({id})"),
    "trust.part.strengths": ("Kekuatan", "Strengths"),
    "trust.part.improvements": ("Yang perlu ditingkatkan", "Areas to improve"),
    "trust.part.focus": ("Fokus observasi", "Observation focus"),
    "trust.part.pre_notes": ("Catatan pra-observasi", "Pre-observation notes"),
    "trust.part.acknowledgement": ("Tanda terima guru", "Teacher's acknowledgement"),
    "trust.part.snapshots": ("Rekaman sesaat", "Snapshots"),
    "trust.part.stage_marks": ("Tahap pembelajaran", "Lesson stages"),
    "trust.part.amendments": ("Amandemen", "Amendments"),
    "trust.part.deleted": ("Dihapus", "Deleted"),
    "trust.part.finals": (
        "Dua versi final yang berbeda: pilih versi yang berlaku (yang lain tetap di riwayat; ubah lewat amandemen)",
        "Two different final versions: choose the one that stands (the other stays in the history; change it by an amendment)",
    ),
    "trust.part.rating": ("Skor {key}", "Rating {key}"),
    "trust.part.rating_note": ("Catatan skor {key}", "Note on {key}"),
    "trust.part.rating_recommendation": ("Rekomendasi {key}", "Recommendation on {key}"),
    "trust.part.rating_other": ("{key}: {field}", "{key}: {field}"),
    "trust.part.reflection": ("Refleksi {key}", "Reflection {key}"),
    "trust.part.tally": ("Hitungan {key}", "Tally {key}"),
    "trust.part.evidence": ("Catatan bukti «{text}»", "Evidence note «{text}»"),
    "trust.part.followups": ("Tindak lanjut «{text}»", "Follow-up «{text}»"),
    "trust.value.yes": ("ya", "yes"),
    "trust.value.no": ("tidak", "no"),
    "trust.value.empty": ("(kosong)", "(empty)"),
    "trust.err.choose": (
        "Bagian ini diubah berbeda di kedua laptop; pilih salah satu dengan --take BAGIAN=A atau "
        "--take BAGIAN=B: {parts}",
        "These parts were changed differently on both laptops; choose with --take PART=A or --take PART=B: {parts}",
    ),
    "trust.err.would_drop": (
        "Menyimpan hanya versi ini akan membuang yang ditambahkan di {side}: {parts}. "
        "Jalankan tanpa --keep untuk menggabungkan keduanya, atau tambahkan --drop-other "
        "bila memang ingin membuangnya.",
        "Keeping only this version would drop what was added on {side}: {parts}. Run without "
        "--keep to merge both, or add --drop-other if you do mean to drop it.",
    ),
    "trust.err.keep_and_take": (
        "--keep menyimpan satu versi utuh; --take memilih per bagian. Pakai salah satu saja.",
        "--keep keeps one version whole; --take chooses part by part. Use one of them.",
    ),
    "trust.err.drop_without_keep": (
        "--drop-other hanya berlaku bersama --keep.",
        "--drop-other only goes with --keep.",
    ),
    "trust.err.take": (
        "--take {value}: tulis BAGIAN=A, BAGIAN=B atau BAGIAN=AB (kedua teks), misalnya --take topic=B.",
        "--take {value}: write PART=A, PART=B or PART=AB (both texts), e.g. --take topic=B.",
    ),
    "trust.help.resolve": (
        "Selesaikan konflik: yang diubah hanya di satu laptop dan yang ditambahkan di keduanya "
        "tetap disimpan; bagian yang diubah berbeda di keduanya dipilih dengan --take "
        "(dua teks disimpan keduanya bila tidak dipilih).",
        "Resolve a conflict: what only one laptop changed and what both added is kept; parts "
        "both changed differently are chosen with --take (two texts are both kept unless "
        "chosen).",
    ),
    "trust.help.take": (
        "Bagian yang diubah berbeda di kedua laptop, dan versi yang dipakai: A, B, atau AB "
        "(kedua teks). Nama bagian seperti yang dicetak `observasi conflicts`.",
        "A part changed differently on both laptops and the version to use: A, B or AB (both "
        "texts). Part names as `observasi conflicts` prints them.",
    ),
    "trust.help.keep": (
        "Simpan satu versi utuh (awal id revisinya).",
        "Keep one version whole (the start of its revision id).",
    ),
    "trust.help.drop_other": (
        "Bersama --keep: buang juga yang hanya ditambahkan di versi lain (dicetak apa saja).",
        "With --keep: also drop what only the other version added (what is dropped is printed).",
    ),
    "trust.cli.conflict": ("Konflik {id} ({teacher})", "Conflict {id} ({teacher})"),
    "trust.cli.side": ("  Versi {label} [{rev}]: {laptop}, {when}", "  Version {label} [{rev}]: {laptop}, {when}"),
    "trust.cli.kept": ("    disimpan tanpa ditanya: {parts}", "    kept without asking: {parts}"),
    "trust.cli.clash": ("  Berbeda di keduanya: {unit} ({part})", "  Changed on both: {unit} ({part})"),
    "trust.cli.clash_value": ("    {label}: {value}", "    {label}: {value}"),
    "trust.cli.default_both": (
        "    bila tidak dipilih: kedua teks disimpan",
        "    unless chosen: both texts are kept",
    ),
    "trust.cli.default_a": ("    bila tidak dipilih: A (B menghapusnya)", "    unless chosen: A (B removed it)"),
    "trust.cli.default_b": ("    bila tidak dipilih: B (A menghapusnya)", "    unless chosen: B (A removed it)"),
    "trust.cli.default_none": ("    perlu dipilih: --take BAGIAN=A atau =B", "    needs a choice: --take PART=A or =B"),
    "trust.cli.dropped": ("Dibuang dari versi lain: {parts}", "Dropped from the other version: {parts}"),
    # The conflict screen.
    "trust.conflict.intro": (
        "Observasi ini diubah di dua laptop. Yang diubah hanya di satu laptop sudah digabung. "
        "Di bawah ini bagian yang diubah berbeda di keduanya: A, B, atau AB (kedua teks).",
        "This observation was changed on two laptops. What only one laptop changed is merged "
        "already. Below are the parts both changed differently: A, B or AB (both texts).",
    ),
    "trust.conflict.side": (
        "{label}: {author}, {laptop}, {when}",
        "{label}: {author}, {laptop}, {when}",
    ),
    "trust.conflict.kept": ("Digabung dari {label}: {parts}", "Merged from {label}: {parts}"),
    "trust.conflict.kept_none": ("Digabung dari {label}: tidak ada", "Merged from {label}: nothing"),
    "trust.conflict.choose": ("pilih", "choose"),
    "trust.conflict.undecided": (
        "Pilih A atau B untuk: {parts}",
        "Choose A or B for: {parts}",
    ),
    "trust.conflict.key_both": ("Keduanya", "Both"),  # short: the footer keeps "esc Kembali" whole at 80 columns
    "trust.conflict.key_a": ("Pakai A", "Take A"),
    "trust.conflict.key_b": ("Pakai B", "Take B"),
    # Sync decides by history; odd folders and files.
    "trust.bad.cycle": (
        "revisi ini menyebut dirinya sendiri (atau revisi yang menyebutnya) sebagai induk; dilewati",
        "this revision names itself (or a revision naming it) as its parent; left out",
    ),
    "trust.sync.copy_folder": (
        "salinan folder observasi yang dibuat klien sinkronisasi; {count} file di dalamnya ikut dibaca",
        "a copy of the observasi folder made by a sync client; its {count} files were read too",
    ),
    "trust.sync.new_identity": (
        "Kunci perangkat laptop ini hilang (misalnya setelah instal ulang): laptop ini kini "
        "memakai identitas baru {new} di folder bersama. File lama di folder {old} tetap ada. "
        "Sebagai perangkat baru, laptop ini perlu disetujui lagi oleh laptop sekolah lain.",
        "This laptop's device key is missing (after a reinstall, say): it now uses a new "
        "identity {new} in the shared folder. The old files in folder {old} stay. "
        "As a new device, it needs approving again on another of the school's laptops.",
    ),
    "trust.home.conflict": ("KONFLIK", "CONFLICT"),
    "trust.sync.no_folder": ("Folder bersama belum diatur", "No shared folder set"),
    "trust.verify.superseded": (
        "DIGANTI: catatan ini diamandemen setelah lembar ini dibuat (Amandemen ke-{number} dari {total}, "
        "{date}, oleh {author}, alasan: {reason}). Lembar ini menunjukkan versi sebelumnya; cetak lembar terbaru.",
        "SUPERSEDED: the record was amended after this sheet was made (amendment {number} of {total}, "
        "{date}, by {author}, reason: {reason}). This sheet shows the earlier version; print the current one.",
    ),
    "trust.help.verify": (
        "periksa tanda tangan digital lembar PDF; keluar 0 bila sah, 1 tidak bertanda tangan, "
        "3 isi berbeda dengan catatan, 4 diubah, 5 penanda tangan tidak dikenal, 6 diganti amandemen, "
        "7 catatan di laptop ini lebih lama dari lembar (sinkronkan dulu)",
        "check the digital signature of a PDF sheet; exit 0 when valid, 1 not signed, 3 content "
        "differs from the record, 4 tampered, 5 unknown signer, 6 superseded by an amendment, "
        "7 this laptop's record is older than the sheet (sync first)",
    ),
    "trust.sheet.amendment": (
        "AMANDEMEN KE-{number} · {date} · oleh {author} · alasan: {reason}",
        "AMENDMENT {number} · {date} · by {author} · reason: {reason}",
    ),
    "trust.sheet.ack_previous": (
        "Tanda terima guru untuk versi sebelum amandemen ke-{number}: {name}, {date}.",
        "The teacher acknowledged the version before amendment {number}: {name}, {date}.",
    ),
    "trust.sheet.ack_fresh": (
        "Tanda terima guru atas versi amandemen ke-{number}: ______________________ (belum diberikan)",
        "The teacher's acknowledgement of amendment {number}: ______________________ (not given yet)",
    ),
}
