"""The sheet's QR code: reportlab's encoder, laid out and masked more quickly.

reportlab chooses among the eight mask patterns by laying the symbol out and scoring it
eight times in pure-Python loops; with its error correction that was about a fifth of a
sheet's drawing. Here the same four penalty rules of the QR standard (ISO/IEC 18004,
7.8.3) are scored on bytes and integers; what every symbol of a version shares (function
patterns, data module order, each mask's flips) is worked out once; the error correction
keeps its generator polynomials. The symbol is module for module what reportlab lays out
for the chosen mask (tests/sheet/test_qr.py compares them).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Rule 1: five or more modules of one colour in a row or column.
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
# Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on one side. Neither
# pattern can overlap itself, and the two never start at the same module, so counting
# each (bytes.count, no overlaps) counts every occurrence.
_FINDERS = (b"\x01\x00\x01\x01\x01\x00\x01\x00\x00\x00\x00", b"\x00\x00\x00\x00\x01\x00\x01\x01\x01\x00\x01")


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
    layout = _layout(qr.version)
    size = layout.size
    words = codewords(qr)  # what reportlab's makeImpl would work out, the same list, quicker
    unmasked = list(layout.patterns)
    bits = format(int.from_bytes(bytes(words), "big"), f"0{8 * len(words)}b")
    for found in _ONE.finditer(bits):  # data bits beyond the data modules do not occur
        row, module = layout.places[found.start()]
        unmasked[row] |= module
    masks = layout.masks
    # The columns too, so each candidate's are an XOR away (a mask's own columns are the
    # layout's): the symbol is turned on its side once, not once a mask.
    columns = _turned(unmasked, size)

    def penalty_of(mask: int) -> int:
        return _score(
            [row ^ flip for row, flip in zip(unmasked, masks[mask], strict=True)],
            [column ^ flip for column, flip in zip(columns, layout.column_masks[mask], strict=True)],
            size,
        )

    best = min(range(8), key=lambda mask: (penalty_of(mask), mask))
    # The symbol: the chosen candidate with its format (and version) information written
    # in by reportlab, as its makeImpl(False, best) does after the same layout.
    qr.moduleCount = size
    qr.modules = [
        [module == 1 for module in (row ^ flip).to_bytes(size, "big")]
        for row, flip in zip(unmasked, masks[best], strict=True)
    ]
    qr.setupTypeInfo(False, best)
    if qr.version >= 7:
        qr.setupTypeNumber(False)
    return qr.modules


def codewords(qr: Any) -> list[int]:
    """The symbol's codewords, data then error correction interleaved by block: what
    reportlab's ``QRCode.createData`` returns. reportlab builds each block's generator
    polynomial anew and divides by polynomial objects, about a third of the QR code's
    time; here the generators are kept per length and the remainder is the usual
    shift-register division over the same GF(256) tables. The data's bits go into one
    integer (:class:`_Bits`), not reportlab's buffer of a method call a bit."""
    from reportlab.graphics.barcode.qrencoder import QRRSBlock

    blocks = QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = _Bits()
    for data in qr.dataList:
        data.write(buffer, qr.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"QR text too long ({buffer.getLengthInBits()} > {capacity} bits)")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)  # the terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((0xEC, 0x11))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    words = list(buffer.value.to_bytes(capacity // 8, "big"))
    data_blocks, ec_blocks = [], []
    offset = 0
    for block in blocks:
        data_blocks.append(words[offset : offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(_remainder(data_blocks[-1], block.totalCount - block.dataCount))
    return [
        word
        for group in itertools.chain(itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks))
        for word in group
        if word is not None
    ]


class _Bits:
    """What reportlab's QRBitBuffer offers its data segments (put, putBit,
    getLengthInBits), the bits kept in one integer, the first bit the most significant;
    ``put`` takes the low *length* bits of *num*, as reportlab's does."""

    __slots__ = ("length", "value")

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:
        return self.length


def _remainder(data: list[int], length: int) -> list[int]:
    """The *length* error-correction codewords of *data* (Reed-Solomon, QR's generator)."""
    from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE

    generator = _generator_logs(length)
    remainder = [0] * length
    for word in data:
        factor = word ^ remainder[0]
        remainder = remainder[1:] + [0]
        if factor:
            shift = LOG_TABLE[factor]
            remainder = [r ^ EXP_TABLE[(g + shift) % 255] for r, g in zip(remainder, generator, strict=True)]
    return remainder


@functools.cache
def _generator_logs(length: int) -> list[int]:
    """The logarithms of QR's generator polynomial of degree *length*, its leading 1 left out
    (reportlab's own polynomial; every coefficient of it is non-zero)."""
    from reportlab.graphics.barcode.qrencoder import LOG_TABLE, QRUtil

    return [LOG_TABLE[c] for c in QRUtil.getErrorCorrectPolynomial(length).num[1:]]


_ONE = re.compile("1")


@dataclass(frozen=True)
class _Layout:
    """What every symbol of one version shares; worked out once a version, so a batch of
    sheets pays for it once."""

    size: int
    patterns: tuple[int, ...]  # per row: the finder, timing and alignment patterns (format blank)
    places: tuple[tuple[int, int], ...]  # per data bit, in reportlab's order: (row, its module)
    masks: tuple[tuple[int, ...], ...]  # per mask pattern, per row: the data modules it flips
    column_masks: tuple[tuple[int, ...], ...]  # the same per column (a column as a row is)


@functools.cache
def _layout(version: int) -> _Layout:
    """Rows are integers with one byte a module, the first column the most significant."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil

    probe = QRCode(version, QRErrorCorrectLevel.M)
    probe.dataCache = []  # no data: every data module is mask 0's own colour
    probe.makeImpl(True, 0)
    size = len(probe.modules)
    positions = probe.dataPosIterator()

    def module(col: int) -> int:
        return 1 << (8 * (size - 1 - col))

    masks = []
    for mask in range(8):
        dark = QRUtil.getMask(mask)
        flips = [0] * size
        for col, row in positions:
            if dark(row, col):
                flips[row] |= module(col)
        masks.append(tuple(flips))
    patterns = tuple(
        int.from_bytes(bytes(row), "big") ^ flip for row, flip in zip(probe.modules, masks[0], strict=True)
    )
    return _Layout(
        size,
        patterns,
        tuple((row, module(col)) for col, row in positions),
        tuple(masks),
        tuple(tuple(_turned(list(flips), size)) for flips in masks),
    )


def _turned(rows: list[int], size: int) -> list[int]:
    """The columns of a symbol whose rows are *rows* (one byte a module), as rows."""
    lines = [row.to_bytes(size, "big") for row in rows]
    return [int.from_bytes(bytes(column), "big") for column in zip(*lines, strict=True)]


def penalty(modules: Sequence[Sequence[bool] | bytes]) -> int:
    """The standard's penalty score of a square symbol (lower reads more reliably)."""
    rows = [int.from_bytes(bytes(row), "big") for row in modules]
    return _score(rows, _turned(rows, len(rows)), len(rows))


def _score(rows: list[int], columns: list[int], size: int) -> int:
    """:func:`penalty` of the symbol whose rows and columns are *rows* and *columns*
    (integers of one byte a module, 0 light, 1 dark, the first module the most significant)."""
    # Every row and column in one string, apart by a byte that is neither colour, so each
    # rule is one regular-expression pass.
    lines = b"\x02".join([line.to_bytes(size, "big") for line in rows + columns])
    runs = _RUN.findall(lines)
    score = sum(map(len, runs)) - 2 * len(runs)  # 3 for a run of five, one more for each further module
    score += 40 * sum(lines.count(finder) for finder in _FINDERS)
    # Rule 2: each 2x2 block of one colour. A block starts at a module when the two rows
    # agree there and at the next module, and the row agrees with itself there: a byte of
    # the OR of their differences is 0 (each byte holds 0 or 1, so the OR does too). The
    # last module has no next one.
    inner = _LANES[size]
    for upper, lower in zip(rows, rows[1:], strict=False):
        differ = upper ^ lower
        score += 3 * (size - 1 - ((differ | (differ >> 8) | (upper ^ (upper >> 8))) & inner).bit_count())
    # Rule 4: how far the share of dark modules is from half, in steps of 5 %.
    dark = sum(map(int.bit_count, rows))
    score += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return score


class _Lanes(dict[int, int]):
    """size -> the lowest bit of each of the lowest size-1 bytes (one per module but the last)."""

    def __missing__(self, size: int) -> int:
        self[size] = value = int.from_bytes(b"\x01" * (size - 1), "big")
        return value


_LANES = _Lanes()
