"""Messages of forms3 (issue 17's last constructs): the form's logo, forms that travel,
two-tier ratings."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "forms3.err.logo_relative": (
        "logo ditulis relatif terhadap berkas instrumen, di foldernya atau di bawahnya (mis. logo-kop.png)",
        "the logo is a path relative to the form's file, in its folder or below (e.g. logo-kop.png)",
    ),
    "forms3.err.logo_kind": (
        "logo harus berkas gambar ({kinds})",
        "the logo must be an image file ({kinds})",
    ),
    "forms3.warn.logo_missing": (
        "berkas logo {path} tidak ada; lembar dicetak tanpa logo",
        "the logo file {path} does not exist; sheets print without a logo",
    ),
    "forms3.err.logo_taken": (
        "sudah ada gambar lain bernama {path}; ganti nama berkas logo instrumen ini",
        "another image named {path} is already there; rename this form's logo file",
    ),
    "forms3.sheet.logo_missing": (
        "Logo instrumen {form} tidak ditemukan ({path}); lembar dicetak tanpa logo.",
        "The logo of the form {form} was not found ({path}); the sheet was printed without a logo.",
    ),
    "forms3.sheet.logo_broken": (
        "Logo instrumen {form} tidak dapat dibaca sebagai gambar ({path}: {detail}); lembar dicetak tanpa logo.",
        "The logo of the form {form} cannot be read as an image ({path}: {detail}); the sheet was printed without a logo.",
    ),
    "forms2.origin.received": ("dari rekan", "colleague"),
    "forms3.cli.will_travel": (
        "Instrumen ini dibagikan ke rekan pada sinkronisasi berikutnya.",
        "This form goes to your colleagues at the next sync.",
    ),
    "forms3.err.element_unknown": (
        "elemen '{value}' tidak ada di bagian ini (tulis id butir elemen yang dinilai 1-5)",
        "element '{value}' is not in this section (write the id of the element item rated 1-5)",
    ),
    "forms3.err.element_chain": (
        "'{value}' sendiri adalah perilaku; perilaku berada di bawah elemen, bukan di bawah perilaku lain",
        "'{value}' is itself a behaviour; a behaviour sits under an element, not under another behaviour",
    ),
    "forms3.err.element_scale": (
        "elemen '{value}' harus dinilai dengan skala angka (mis. 1-5)",
        "element '{value}' must be rated on a numeric scale (e.g. 1-5)",
    ),
    "forms3.err.behaviour_scale": (
        "perilaku dinilai dengan skala verbal (mis. Rendah/Sedang/Tinggi); nilainya tidak dijumlahkan",
        "a behaviour is rated on a verbal scale (e.g. Low/Medium/High); it is not added to any sum",
    ),
    "forms3.live.behaviours": ("Perilaku", "Behaviours"),
    "forms3.live.suggestion": ("saran skor elemen: {key} {label}", "suggested element score: {key} {label}"),
    "forms3.live.behaviour_of": ("Perilaku dari elemen {id}", "Behaviour of element {id}"),
    "forms3.tui.kop": ("Kop instrumen:", "The form's kop:"),
    "forms3.tui.logo": ("logo {path}", "logo {path}"),
    "forms3.sync.keep_failed": (
        "instrumen dari rekan tidak dapat disimpan ({detail}); dicoba lagi pada sinkronisasi berikutnya",
        "a colleague's form could not be kept ({detail}); tried again at the next sync",
    ),
}
