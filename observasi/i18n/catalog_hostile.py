"""Messages of the boundary for outside text (observasi.core.text), of export cells and of
rejected input files."""

MESSAGES = {
    "text.nul": (
        "berisi karakter NUL ('{text}'), bukan teks yang diketik orang",
        "holds a NUL character ('{text}'), not text a person typed",
    ),
    "text.too_long": (
        "{length} karakter, paling banyak {limit} untuk {kind}",
        "{length} characters, at most {limit} for {kind}",
    ),
    "text.bad_char": (
        "karakter kendali {char} tidak boleh ada dalam teks ('{text}')",
        "control character {char} is not allowed in text ('{text}')",
    ),
    "text.bad_key": (
        "nama kunci berisi karakter kendali ('{text}')",
        "a key name holds a control character ('{text}')",
    ),
    "text.in_file": ("{place}: {problem}", "{place}: {problem}"),
    "text.kind.name": ("nama", "a name"),
    "text.kind.name_plain": ("nama", "a name"),
    "text.kind.title_front": ("gelar depan", "a title before the name"),
    "text.kind.title_back": ("gelar belakang", "a title after the name"),
    "text.kind.nip": ("NIP", "a NIP"),
    "text.kind.nuptk": ("NUPTK", "a NUPTK"),
    "text.kind.npsn": ("NPSN", "an NPSN"),
    "text.kind.gender": ("jenis kelamin", "a sex"),
    "text.kind.ptk_type": ("jenis PTK", "a PTK type"),
    "text.kind.subject": ("mata pelajaran", "a subject"),
    "text.kind.rank": ("pangkat/golongan", "a rank"),
    "text.kind.birth_date": ("tanggal lahir", "a date of birth"),
    "text.kind.line": ("satu baris isian", "a one-line field"),
    "text.kind.evidence": ("satu catatan bukti", "an evidence line"),
    "text.kind.note": ("catatan", "a note"),
    "form.err.too_deep": (
        "kurung [ atau {{ bersarang lebih dari {limit} tingkat; ini bukan instrumen",
        "brackets [ or {{ nested more than {limit} levels deep; this is not a form",
    ),
    "form.size": ("{size} KB, paling besar {limit} KB", "{size} KB, at most {limit} KB"),
    "form.err.unexpected": (
        "berkas tidak dapat dibaca sebagai instrumen ({detail}); instrumen lain tetap dipakai",
        "the file cannot be read as a form ({detail}); the other forms are still used",
    ),
    "form.tui.problems": (
        "{count} berkas instrumen bermasalah dan tidak ditawarkan: {first} (semua: observasi forms list)",
        "{count} form files have problems and are not offered: {first} (all of them: observasi forms list)",
    ),
    "text.field.name": ("Nama", "Name"),
    "text.field.npsn": ("NPSN", "NPSN"),
    "text.field.address": ("Alamat", "Address"),
    "text.field.city": ("Kota", "City"),
    "text.field.principal_name": ("Nama kepala sekolah", "Principal's name"),
    "text.field.principal_id_label": ("Jenis nomor kepala sekolah", "Principal's number kind"),
    "text.field.principal_id_number": ("Nomor kepala sekolah", "Principal's number"),
    "text.field.id_label": ("Jenis nomor", "Number kind"),
    "text.field.id_number": ("Nomor", "Number"),
    "text.field.role": ("Peran", "Role"),
}
