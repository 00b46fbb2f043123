"""Messages of round 9's trust fixes (ux9-trust): a target behaviour chosen over a typed
focus, an indicator note's draft kept through a kill."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- pre-observation: a chosen target behaviour is added to the focus the user typed ------------
    "ux9t.new.focus_kept": (
        "Fokus: teks Anda tetap, perilaku yang dipilih ditambahkan di belakangnya.",
        "Focus: your text is kept, the chosen behaviour is added after it.",
    ),
}
