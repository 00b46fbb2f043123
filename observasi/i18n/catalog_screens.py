"""Messages of narrow screens, click's own texts and screens refreshed by a sync (branch screens)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "screens.home.class_subject": ("Kelas · Mapel", "Class·Subject"),
    "screens.home.help_columns": (
        "Di bawah 100 kolom daftar menampilkan kelas tanpa mapel dan instrumen (cari atau saring keduanya); "
        "dari 100 kolom kelas dan mapel berbagi satu kolom dan instrumen ditulis dengan kode singkat dari "
        "huruf awal namanya (SA = supervisi-akademik); dari 120 kolom masing-masing punya kolomnya sendiri. "
        "Saringan Instrumen menampilkan nama lengkapnya.",
        "Below 100 columns the list shows the class without subject and form (search or filter for both); "
        "from 100 columns class and subject share one column and the form shows as a short code of its "
        "words' initials (SA = supervisi-akademik); from 120 columns each has its own column. The Form "
        "filter shows its full name.",
    ),
    "screens.newer_kept": (
        "Versi lebih baru dari observasi ini tiba (sinkronisasi); isian Anda yang belum tersimpan tetap di layar",
        "A newer version of this observation arrived (sync); what you typed and has not been saved stays on the screen",
    ),
    # Click's own texts (observasi.cli.click_texts).
    "screens.click.usage": ("Penggunaan:", "Usage:"),
    "screens.click.options": ("Opsi", "Options"),
    "screens.click.commands": ("Perintah", "Commands"),
    "screens.click.arguments": ("Argumen", "Positional arguments"),
    "screens.click.help_option": ("Tampilkan bantuan ini lalu keluar.", "Show this message and exit."),
    "screens.click.version_option": ("Tampilkan versi lalu keluar.", "Show the version and exit."),
    "screens.click.default": ("bawaan: {default}", "default: {default}"),
    "screens.click.env_var": ("variabel lingkungan: {var}", "env var: {var}"),
    "screens.click.required": ("wajib", "required"),
    "screens.click.try": ("Coba '{command} {option}' untuk bantuan.", "Try '{command} {option}' for help."),
    "screens.click.error": ("Galat: {message}", "Error: {message}"),
    "screens.click.no_such_option": ("Tidak ada opsi '{name}'.", "No such option '{name}'."),
    "screens.click.no_such_command": ("Tidak ada perintah '{name}'.", "No such command '{name}'."),
    "screens.click.did_you_mean": ("Mungkin maksud Anda: {names}?", "Did you mean: {names}?"),
    "screens.click.missing_argument": ("Argumen {name} belum diberikan.", "Missing argument {name}."),
    "screens.click.missing_option": ("Opsi {name} belum diberikan.", "Missing option {name}."),
    "screens.click.missing_parameter": ("Parameter {name} belum diberikan.", "Missing parameter {name}."),
    "screens.click.missing_command": ("Perintah belum diberikan.", "Missing command."),
    "screens.click.not_a_choice": ("'{value}' bukan salah satu dari {choices}.", "'{value}' is not one of {choices}."),
    "screens.click.invalid": ("Nilai tidak sah: {message}", "Invalid value: {message}"),
    "screens.click.invalid_for": ("Nilai tidak sah untuk {name}: {message}", "Invalid value for {name}: {message}"),
}
