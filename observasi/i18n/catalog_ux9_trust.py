"""Messages of round 9's trust fixes (ux9-trust): a target behaviour chosen over a typed
focus, an indicator note's draft kept through a kill."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- pre-observation: a chosen target behaviour is added to the focus the user typed ------------
    "ux9t.new.focus_kept": (
        "Fokus: teks Anda tetap, perilaku yang dipilih ditambahkan di belakangnya.",
        "Focus: your text is kept, the chosen behaviour is added after it.",
    ),
    # -- the note dialog open when the app ended, opened again with what was typed -----------------
    "ux9t.note.restored": (
        "Catatan ini belum disimpan ketika aplikasi tertutup ({time}). Yang sudah diketik dipulihkan di "
        "bawah: simpan (ctrl+s), atau Esc untuk membuangnya (ditanya dulu).",
        "This note was not saved when the app closed ({time}). What was typed is restored below: "
        "save it (ctrl+s), or Esc to throw it away (you are asked first).",
    ),
    # -- Esc on that restored note: asked, with the text, before it goes --------------------------
    "r9.note.drop_restored_title": ("Buang catatan yang dipulihkan?", "Throw away the restored note?"),
    "r9.note.drop_restored_lines": (
        "Teks ini diketik sebelum aplikasi tertutup dan belum disimpan. Bila dibuang, tidak bisa "
        "dikembalikan. Batal kembali ke catatan.",
        "This text was typed before the app closed and was never saved. Thrown away, it cannot be "
        "brought back. Cancel goes back to the note.",
    ),
    "r9.note.drop_restored_key": ("Buang", "Throw away"),
}
