"""The sheet's QR code: reportlab's encoder, with a quicker choice of mask pattern.

reportlab chooses among the eight mask patterns by scoring each with pure-Python loops;
that was most of the time spent on a sheet's QR code (about 8 of a sheet's 50 ms). The
same four penalty rules of the QR standard (ISO/IEC 18004, 7.8.3) are scored here on
bytes and integers, with regular expressions and bit operations, in about a tenth of the
time; and the symbol is laid out once for the eight candidates, not once each (see
qr_modules). The modules are reportlab's own for the chosen pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Rule 1: five or more modules of one colour in a row or column.
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
# Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on one side (overlaps count).
_FINDER = re.compile(rb"(?=\x01\x00\x01\x01\x01\x00\x01\x00\x00\x00\x00|\x00\x00\x00\x00\x01\x00\x01\x01\x01\x00\x01)")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def qr_modules(text: str, level: str = "M") -> list[list[bool]]:
    """The QR code of *text* (error correction *level*) as rows of dark/light modules."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    qr = QRCode(None, getattr(QRErrorCorrectLevel, level))
    qr.addData(text)
    qr.version = qr.calculate_version()
    # Each mask is scored as reportlab scores it (format information left blank), but the
    # symbol is laid out once: a mask only flips data modules, so the eight candidates are
    # the unmasked layout XOR each mask's pattern, row by row as integers (one byte a
    # module). Laying it out eight times in pure Python was most of the QR code's time.
    qr.makeImpl(True, 0)
    size = len(qr.modules)
    masks = _mask_rows(qr.version, qr.dataPosIterator(), size)
    unmasked = [int.from_bytes(bytes(row), "big") ^ flip for row, flip in zip(qr.modules, masks[0], strict=True)]

    def penalty_of(mask: int) -> int:
        return penalty([(row ^ flip).to_bytes(size, "big") for row, flip in zip(unmasked, masks[mask], strict=True)])

    best = min(range(8), key=lambda mask: (penalty_of(mask), mask))
    qr.makeImpl(False, best)  # the symbol itself is reportlab's own
    return qr.modules


_MASKS: dict[int, list[list[int]]] = {}


def _mask_rows(version: int, positions: list[tuple[int, int]], size: int) -> list[list[int]]:
    """Per mask pattern, per row: the data modules that pattern darkens (one byte a module,
    the first column the most significant); the same for every symbol of a *version*, so
    a batch of sheets works it out once."""
    if version not in _MASKS:
        from reportlab.graphics.barcode.qrencoder import QRUtil

        rows = []
        for mask in range(8):
            dark = QRUtil.getMask(mask)
            flips = [0] * size
            for col, row in positions:
                if dark(row, col):
                    flips[row] |= 1 << (8 * (size - 1 - col))
            rows.append(flips)
        _MASKS[version] = rows
    return _MASKS[version]


def penalty(modules: Sequence[Sequence[bool] | bytes]) -> int:
    """The standard's penalty score of a square symbol (lower reads more reliably)."""
    rows = [bytes(row) for row in modules]
    # Every row and column in one string, apart by a byte that is neither colour, so each
    # rule is one regular-expression pass.
    lines = b"\x02".join(rows + [bytes(column) for column in zip(*modules, strict=False)])
    runs = _RUN.findall(lines)
    score = sum(map(len, runs)) - 2 * len(runs)  # 3 for a run of five, one more for each further module
    score += 40 * len(_FINDER.findall(lines))
    # Rule 2: each 2x2 block of one colour. Bit k of a row's integer is one module; a block
    # starts at k when the two rows agree at k and k+1 and the row agrees with itself there.
    size = len(rows)
    inner = (1 << (size - 1)) - 1
    bits = [int(row.translate(_DIGITS), 2) for row in rows]
    for upper, lower in zip(bits, bits[1:], strict=False):
        agree = ~(upper ^ lower)
        score += 3 * (agree & (agree >> 1) & ~(upper ^ (upper >> 1)) & inner).bit_count()
    # Rule 4: how far the share of dark modules is from half, in steps of 5 %.
    dark = sum(row.count(1) for row in rows)
    score += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return score
