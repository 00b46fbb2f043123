"""Messages of form schema v2 (issue 17): its problems and warnings, and what it prints."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "forms2.err.needs_v2": (
        "kolom ini baru ada di skema 2; tulis schema_version = 2 di awal berkas",
        "this field exists since schema 2; write schema_version = 2 at the top of the file",
    ),
    "forms2.err.scale_unknown": (
        "skala '{value}' tidak ada di [scales]",
        "scale '{value}' is not in [scales]",
    ),
    "forms2.err.reverse_verbal": (
        "butir terbalik memerlukan skala angka",
        "a reverse-keyed item needs a numeric scale",
    ),
    "forms2.err.absent_value": (
        "jawaban 'tidak ada' bernilai 0",
        "the 'absent' answer has the value 0",
    ),
    "forms2.err.absent_twice": (
        "hanya satu tingkat boleh ditandai absent",
        "only one level may be marked absent",
    ),
    "forms2.err.presence_without_absent": (
        "jawaban berpasangan (Ada/Tidak) memerlukan satu tingkat dengan absent = true",
        "a paired answer (present/absent) needs one level with absent = true",
    ),
    "forms2.err.absent_without_presence": (
        "tingkat absent memerlukan [presence] pada skalanya (apa yang dihitung skor maksimal)",
        "an absent level needs [presence] on its scale (what the maximum score counts)",
    ),
    "forms2.err.na_level_exclude": (
        "jenis N/A yang dikeluarkan dari penjumlahan tidak memakai 'level'",
        "an N/A kind that is excluded from the sums takes no 'level'",
    ),
    "forms2.err.section_conversion": (
        "section_conversion hanya untuk hasil instrumen; untuk bagian pakai 'conversion'",
        "section_conversion is for the form's result; a section uses 'conversion'",
    ),
    "forms2.err.conversion_form": (
        "'conversion' hanya untuk hasil bagian; untuk instrumen pakai 'section_conversion'",
        "'conversion' is for a section's result; the form uses 'section_conversion'",
    ),
    "forms2.err.bands_no_predikat": (
        "predikat = false: instrumen ini tanpa predikat; hapus [[bands]]",
        "predikat = false: this form has no predikat; remove [[bands]]",
    ),
    "forms2.warn.bands_start": (
        "rentang terendah '{label}' mulai {min}: nilai di bawah {min} tidak mendapat predikat",
        "the lowest band '{label}' starts at {min}: a result below {min} gets no predikat",
    ),
    "forms2.warn.bands_end": (
        "rentang tertinggi sampai {max}, hasil tertinggi {top}: dibaca dari batas bawahnya, "
        "semua nilai mulai batas bawah '{label}' mendapat '{label}'",
        "the highest band reaches {max}, the highest result is {top}: read by its lower bound, "
        "every result from the start of '{label}' gets '{label}'",
    ),
    "forms2.warn.band_overlap": (
        "rentang '{a}' dan '{b}' bertumpang tindih: dibaca dari batas bawah, nilai mulai {min} mendapat '{b}'",
        "bands '{a}' and '{b}' overlap: read by lower bounds, a result from {min} gets '{b}'",
    ),
    "forms2.warn.band_gap": (
        "ada celah antara '{a}' (sampai {low}) dan '{b}' (mulai {high}): "
        "dibaca dari batas bawah, nilai di atas {low} dan di bawah {high} mendapat '{a}'",
        "there is a gap between '{a}' (up to {low}) and '{b}' (from {high}): "
        "read by lower bounds, a result above {low} and below {high} gets '{a}'",
    ),
    "forms2.cli.warning": ("peringatan", "warning"),
    "forms2.sheet.section_mean": ("Rata-rata bagian: {value}", "Section mean: {value}"),
    "forms2.sheet.section_total": ("Skor bagian: {value}", "Section score: {value}"),
    "forms2.sheet.section_conversion": ("Nilai konversi bagian: {value}", "Section converted value: {value}"),
    "forms2.sheet.snapshot_choice": ("{label} ({n} potret): {shares}", "{label} ({n} snapshots): {shares}"),
    "forms2.sheet.snapshot_count": ("{label} ({n} potret): rata-rata {mean}", "{label} ({n} snapshots): mean {mean}"),
    "forms2.sheet.h.counts": ("Hitungan dan potret selama pembelajaran", "Counts and snapshots during the lesson"),
    "forms2.sheet.tallies": ("Hitungan: {line}", "Counts: {line}"),
}
