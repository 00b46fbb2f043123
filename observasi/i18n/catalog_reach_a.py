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
    "reach.devices.remove_title": ("Keluarkan laptop {label}?", "Remove laptop {label}?"),
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
    "reach.devices.not_founder": (
        "Laptop {label} membuat kunci sekolah (laptop pendiri) dan tidak dapat dikeluarkan.",
        "Laptop {label} made the school key (the founding laptop) and cannot be removed.",
    ),
    "reach.devices.not_member": (
        "Laptop ini belum disetujui sebagai perangkat sekolah, jadi belum dapat mengeluarkan laptop lain.",
        "This laptop is not approved as a school device yet, so it cannot remove other laptops.",
    ),
    "reach.devices.pick_member": (
        "Pilih laptop anggota di daftar, lalu tekan Del.",
        "Pick a member laptop in the list, then press Del.",
    ),
}
