"""The sheet's Paragraph (observasi.sheet.paragraph) is reportlab's, only quicker: a text
without markup gets the very fragments reportlab's parser would make of it."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from observasi.sheet.kit import Styles, markup, right_to_left
from observasi.sheet.paragraph import paragraph_class

TEXTS = [
    "Guru menyampaikan tujuan  pembelajaran",
    "  spasi   di awal\n dan baris  ",
    "Ä é ü 日本 محمد عبد الله",
    "a",
    "kata " * 200,
    "100% > 50?",
    markup("A & B <b>bukan tebal</b>\nbaris kedua"),  # markup: reportlab's parser, as before
]


def test_every_style_and_text_parses_as_reportlab_parses_it() -> None:
    for shaping in (False, True):
        styles = Styles(shaping=shaping)
        for name, style in vars(styles).items():
            if not hasattr(style, "fontName"):
                continue
            for text in TEXTS:
                ours = paragraph_class()(text, style)
                # Shaped only where there is right-to-left text: shaping's ligatures set Latin
                # "st" as "ﬆ" (test_rtl_names). Else as reportlab's own with that style.
                assert bool(ours.style.shaping) == bool(style.shaping and right_to_left(text)), (name, text)
                theirs = Paragraph(text, ours.style)
                mine, want = dict(ours.__dict__), dict(theirs.__dict__)
                assert [f.__dict__ for f in mine.pop("frags")] == [f.__dict__ for f in want.pop("frags")], (name, text)
                assert mine == want, (name, text)
                width = 120.0
                assert ours.wrap(width, 800) == theirs.wrap(width, 800), (name, text)


def test_a_cell_is_plain_only_when_a_paragraph_would_print_the_same_line() -> None:
    from observasi.sheet.kit import fitted_text

    style = Styles().cell
    assert fitted_text("Guru membuka dengan salam.", style, 200) == "Guru membuka dengan salam."
    # A Paragraph trims the ends and prints a run of spaces as one; it prints nothing for "".
    for text in ("Guru  membuka", " Guru membuka", "Guru membuka ", "baris\nkedua", "", "kata " * 40):
        assert not isinstance(fitted_text(text, style, 200), str), repr(text)
