"""Messages of round 10's fixes to what the walk found cut, stale or English on the screens at
80x24 (fix10-screens): the recap's coverage column named as the other recaps name "observed",
the signing key in the command palette, the palette's "no matches" in the app's language."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The coverage table counts a teacher's lessons held in the period, reflecting or final
    # (core.status.OBSERVED_STATUSES), as the line above it says; "Observasi" alone read as the
    # status of a lesson still being observed, which it does not count.
    "fx10s.recap.col.held": ("Pelajaran terlaksana (refleksi/final)", "Lessons held (reflecting/final)"),
    # -- the command palette: the signing key, as the settings' key panel offers it --------------
    "fx10s.cmd.key": ("Kunci tanda tangan", "Signing key"),
    "fx10s.cmd.key_help": (
        "Buat kunci tanda tangan digital, atau lihat milik siapa dan sampai kapan berlaku",
        "Make the digital signing key, or see whose it is and until when it is valid",
    ),
    # Where Textual's palette says "No matches found" (the commands, the theme picker).
    "fx10s.palette.none": ("Tidak ada yang cocok", "No matches found"),
    # -- checking a signed sheet whose signer is not known here: the verdict and what to do in
    # the first lines, short (the file and the fingerprint among the details below them) -----
    "fx10s.verify.untrusted": (
        "BELUM DIKENAL: tanda tangannya utuh, tetapi {reason}.",
        "NOT RECOGNISED YET: the signature is intact, but {reason}.",
    ),
    "fx10s.verify.r_unknown": (
        "sertifikat penanda tangannya tidak dikenal di laptop ini",
        "the signer's certificate is not known on this laptop",
    ),
    "fx10s.verify.todo_unknown": (
        "Yang perlu dilakukan: sertifikat rekan satu sekolah datang lewat folder bersama sesudah rekan itu "
        "sinkron: sinkronkan, lalu konfirmasi di Pengaturan → Sertifikat rekan. Rekan sekolah lain: minta ia "
        "menjalankan `observasi keys export-cert` dan simpan berkasnya di {folder}",
        "What to do: a colleague's certificate from this school comes through the shared folder once that "
        "colleague has synced: sync, then confirm it in Settings → Colleagues' certificates. A colleague from "
        "another school: ask them to run `observasi keys export-cert` and put the file in {folder}",
    ),
    "fx10s.verify.r_waiting": (
        "sertifikat {name} (dari {laptop}) belum dipercaya di laptop ini: menunggu konfirmasi",
        "{name}'s certificate (from {laptop}) is not trusted on this laptop yet: waiting for confirmation",
    ),
    "fx10s.verify.todo_waiting": (
        "Yang perlu dilakukan: bandingkan kode {code} dengan rekan, lalu konfirmasi di Pengaturan → "
        "Sertifikat rekan atau `observasi keys trust {code}`",
        "What to do: compare the code {code} with the colleague, then confirm it in Settings → Colleagues' "
        "certificates or `observasi keys trust {code}`",
    ),
    "fx10s.verify.file": ("Berkas: {path}", "File: {path}"),
}
