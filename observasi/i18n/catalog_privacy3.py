"""Messages of the school's laptops' names and keys (privacy, round 3): (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "privacy3.laptop.default": ("Laptop {observer}", "Laptop {observer}"),
    "privacy3.settings.laptop_name": ("Nama laptop ini", "This laptop's name"),
    "privacy3.settings.laptop_name_hint": (
        "Nama yang dilihat laptop sekolah yang lain (terenkripsi di folder bersama). Kosong: «{default}».",
        "The name the school's other laptops see (encrypted in the shared folder). Empty: «{default}».",
    ),
}
