"""The sheet's QR code: reportlab's symbol with the mask the standard's penalty picks,
and upper-case text so it is a smaller symbol (larger modules on paper)."""

from __future__ import annotations

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from observasi.sheet.qr import penalty, qr_modules

PAYLOAD = "observasi:77958156f54741c581fadfba99a9fb0d:97ae95211f9c1ebf2b8f5f97b6fecd05a28a67177d6ffe092c1484728c2aefc1"


def reportlab_symbol(text: str, mask: int | None = None) -> list[list[bool]]:
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(text)
    if mask is None:
        qr.make()
    else:
        qr.version = qr.calculate_version()
        qr.makeImpl(False, mask)
    return qr.modules


def test_the_symbol_is_reportlabs_own_with_the_least_penalised_mask() -> None:
    text = PAYLOAD.upper()
    chosen = qr_modules(text)
    candidates = {mask: reportlab_symbol(text, mask) for mask in range(8)}
    [mask] = [m for m, modules in candidates.items() if modules == chosen]

    def scored(m: int) -> int:  # as the choice is made: format information left blank
        qr = QRCode(None, QRErrorCorrectLevel.M)
        qr.addData(text)
        qr.version = qr.calculate_version()
        qr.makeImpl(True, m)
        return penalty(qr.modules)

    assert scored(mask) == min(scored(m) for m in range(8))


def test_penalty_follows_the_four_rules() -> None:
    light = [[False] * 5 for _ in range(5)]
    # five 5-runs in rows and in columns (3 each), sixteen 2x2 blocks (3 each), no dark
    # modules at all: ten steps of 5 % from half (10 each).
    assert penalty(light) == 30 + 48 + 100
    checkerboard = [[(r + c) % 2 == 0 for c in range(6)] for r in range(6)]
    assert penalty(checkerboard) == 0
    finder_row = [True, False, True, True, True, False, True, False, False, False, False]
    finder = [finder_row] + [[(r + c) % 2 == 0 for c in range(11)] for r in range(1, 11)]
    assert penalty(finder) - penalty([[(r + c) % 2 == 0 for c in range(11)] for r in range(11)]) >= 40


def test_upper_case_makes_a_smaller_symbol_than_the_lower_case_text() -> None:
    assert len(qr_modules(PAYLOAD.upper())) < len(reportlab_symbol(PAYLOAD))


def test_the_upper_case_qr_text_reads_back_as_the_sheets_id_and_hash() -> None:
    from observasi.core.sheet_mark import qr_payload, read_sheet_keywords

    mark = read_sheet_keywords(PAYLOAD.upper())
    assert mark is not None and mark.amendment is None
    assert qr_payload(mark.observation_id, mark.content_hash) == PAYLOAD


def test_the_mask_chosen_is_the_one_each_full_layout_scores_lowest() -> None:
    """The quick choice (one layout, masks XOR-ed on) agrees with laying the symbol out
    under each mask, for symbols of several versions (7 and above carry version bits)."""
    for text in (PAYLOAD.upper(), "OBSERVASI:1", PAYLOAD.upper() * 2, PAYLOAD.upper() * 4, "X" * 600):
        chosen = qr_modules(text)
        qr = QRCode(None, QRErrorCorrectLevel.M)
        qr.addData(text)
        qr.version = qr.calculate_version()

        def scored(m: int, qr: QRCode = qr) -> int:
            qr.makeImpl(True, m)
            return penalty(qr.modules)

        best = min(range(8), key=lambda m: (scored(m), m))
        assert chosen == reportlab_symbol(text, best), text[:20]


def test_codewords_are_reportlabs_for_every_level_and_length() -> None:
    from observasi.sheet.qr import codewords

    for level in ("L", "M", "Q", "H"):
        for text in ("1", "OBSERVASI:" + "AB12" * 7, PAYLOAD.upper(), PAYLOAD, PAYLOAD.upper() * 5, "Ä" * 90):
            qr = QRCode(None, getattr(QRErrorCorrectLevel, level))
            qr.addData(text)
            qr.version = qr.calculate_version()
            assert codewords(qr) == QRCode.createData(qr.version, qr.errorCorrectLevel, qr.dataList), (level, text)


def _plain_penalty(m: list[list[bool]]) -> int:
    """The four rules as the standard words them, module by module (slow, plain)."""
    size = len(m)
    lines = m + [list(column) for column in zip(*m, strict=True)]
    score = 0
    for line in lines:  # rule 1: runs of five or more
        run = 1
        for a, b in zip(line, line[1:], strict=False):
            run = run + 1 if a == b else 1
            score += 3 if run == 5 else 1 if run > 5 else 0
    for r in range(size - 1):  # rule 2: 2x2 blocks
        for c in range(size - 1):
            score += 3 if m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1] else 0
    finders = ([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1])
    for line in lines:  # rule 3
        for start in range(size - 10):
            score += 40 * sum([int(x) for x in line[start : start + 11]] == f for f in finders)
    dark = sum(map(sum, m))  # rule 4
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


def test_penalty_is_the_standards_rules_module_by_module() -> None:
    import random

    rnd = random.Random(18)
    for size in (5, 11, 21, 25, 37):
        for share in (0.2, 0.5, 0.8):
            symbol = [[rnd.random() < share for _ in range(size)] for _ in range(size)]
            assert penalty(symbol) == _plain_penalty(symbol), (size, share)
