"""The PAdES signature itself (pyHanko), and a helper process that makes it.

pyHanko's import is most of what a signed sheet costs over an unsigned one (about 0.4 s:
``pyhanko.sign`` loads its timestamp client, hence aiohttp, whatever is signed) and it
holds Python's lock all along, so a thread cannot overlap it with the drawing. A process
can: ``observasi sheet --sign`` starts this module as a helper (:class:`SignerAhead`) when
the command begins; it imports pyHanko on the other core while the sheet is drawn and the
key opened, then signs the one PDF it is sent and exits. When the helper cannot start,
fails or gives no usable answer, the caller signs in its own process instead
(:func:`sign_pdf`, the same function): the signature is the same either way, and a refusal
is always the caller's own.

This module imports nothing of observasi beyond the standard library at the top, so the
helper starts quickly; the messages a person reads are made by the caller.
"""

from __future__ import annotations

import atexit
import base64
import io
import json
import math
import os
import subprocess
import sys
from dataclasses import asdict, dataclass

FIELD_NAME = "TandaTanganSupervisor"
# The helper gets this long to answer before the caller signs itself (it normally answers
# in a fraction of a second; a stalled one must not stall the command).
HELPER_TIMEOUT_S = 60.0

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in points


@dataclass(frozen=True)
class SignRequest:
    """What a signature needs: the PDF, the key (PKCS#8 DER) and certificate (DER), and
    what the signature says (reason, place, name) and shows (the stamp's text)."""

    data: bytes
    key_der: bytes
    cert_der: bytes
    reason: str
    stamp_text: str
    field_box: Box | None = None
    page: int = -1
    location: str = ""
    name: str = ""


def import_pyhanko() -> None:
    """Import what :func:`sign_pdf` uses, including the XMP module pyHanko's writer
    imports on its first save (lxml)."""
    import pyhanko.pdf_utils.incremental_writer
    import pyhanko.pdf_utils.metadata.xmp_xml
    import pyhanko.sign.fields
    import pyhanko.sign.signers
    import pyhanko.stamp  # noqa: F401


STAMP_FONT_SIZE = 10  # points, Courier: "Ditandatangani secara digital" is 180 points wide


def _whole_points(box: Box) -> tuple[int, int, int, int]:
    """*box* in whole points, as pyHanko's field spec takes it, rounded outwards so the
    stamp keeps all the space the sheet left for it."""
    x1, y1, x2, y2 = box
    return math.floor(x1), math.floor(y1), math.ceil(x2), math.ceil(y2)


def signature_room(cert_der: bytes) -> int:
    """How many hex digits to leave in the PDF for the signature (its CMS container), so
    pyHanko need not make a throwaway signature first to find out (a dry run it otherwise
    does, as costly as the signature itself).

    The container holds the certificate once, and the signer's identification (the
    issuer's name and serial number, twice: issuerAndSerialNumber and signing-certificate-v2),
    the signed attributes and an ECDSA signature: under twice the certificate plus 512
    bytes, and each byte is written as two hex digits. pyHanko's own estimate for the same
    key is the container it measured plus half: about as much."""
    return 2 * (2 * len(cert_der) + 512)


def sign_pdf(request: SignRequest) -> bytes:
    """The PDF with a PAdES signature appended as an incremental update (baseline B-B, see
    :mod:`observasi.signing.pades`); pyHanko's own exception when it cannot."""
    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    (cert,) = load_certs_from_pemder_data(request.cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(request.key_der, passphrase=None),
        cert_registry=SimpleCertificateStore(),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(request.data), strict=False)
    box = _whole_points(request.field_box) if request.field_box else None
    spec = fields.SigFieldSpec(FIELD_NAME, on_page=request.page, box=box)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=request.reason,
        location=request.location or None,
        name=request.name or None,
    )
    # pyHanko keeps 10 points of margin around the stamp's text, then shrinks the whole to the
    # field: two lines of 10-point text came out at 5 points in the sheet's strip (walk 8).
    # A margin of 1 point keeps the text at its size where the strip holds it (the sheet's
    # does: 200x24) and near it where one is smaller.
    text = TextBoxStyle(
        font_size=STAMP_FONT_SIZE,
        box_layout_rule=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID, margins=Margins.uniform(1)
        ),
    )
    style = TextStampStyle(
        stamp_text=request.stamp_text,
        border_width=0,
        timestamp_format="%Y-%m-%d %H:%M %Z",
        text_box_style=text,
    )
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, bytes_reserved=signature_room(request.cert_der))
    return out.getvalue()


# -- the helper process ---------------------------------------------------------------------
# One JSON line each way, bytes in base64. The key crosses a pipe between this process and
# the one that started it, the same user's, as it already sits in that process' memory.

_BYTES = ("data", "key_der", "cert_der")


def _encode(request: SignRequest) -> bytes:
    fields = asdict(request)
    for name in _BYTES:
        fields[name] = base64.b64encode(fields[name]).decode("ascii")
    return json.dumps(fields).encode("utf-8") + b"\n"


def _decode(line: bytes) -> SignRequest:
    fields = json.loads(line)
    for name in _BYTES:
        fields[name] = base64.b64decode(fields[name])
    if fields["field_box"] is not None:
        fields["field_box"] = tuple(fields["field_box"])
    return SignRequest(**fields)


class SignerAhead:
    """The helper process, started before it is needed. :meth:`sign` sends it the one
    request it serves; None means it could not (not started, exited, no answer in time)
    and the caller signs itself. :meth:`discard` ends it when nothing is to be signed."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    @classmethod
    def start(cls) -> SignerAhead | None:
        """The helper, running; None when it cannot be started (then the caller signs)."""
        command = _helper_command()
        if command is None:
            return None
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=flags,
                env=_helper_environment(),
            )
        except (OSError, ValueError):
            return None
        return cls(process)

    def sign(self, request: SignRequest) -> bytes | None:
        """The signed PDF from the helper; None when it did not answer (it exited, or took
        longer than :data:`HELPER_TIMEOUT_S`), failed, or answered with anything but the
        PDF sent with a signature appended: the caller then signs itself, and what it
        gives (a signature, or pyHanko's own refusal) decides."""
        try:
            out, _ = self._process.communicate(_encode(request), timeout=HELPER_TIMEOUT_S)
        except (OSError, ValueError, subprocess.SubprocessError):
            self.discard()
            return None
        except BaseException:  # interrupted (Ctrl+C): the helper goes too
            self.discard()
            raise
        try:
            answer = json.loads(out)
            data = base64.b64decode(answer["signed"], validate=True)
        except (ValueError, TypeError, KeyError):  # it failed ("error"), or said nonsense
            return None
        # A signature is an incremental update: the sheet drawn here comes back byte for
        # byte, with the signature after it. Anything else is not taken.
        return data if len(data) > len(request.data) and data.startswith(request.data) else None

    def discard(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                pipe.close()


# The helper started for this command's signature, until it is taken or ended.
_ahead: SignerAhead | None = None


def start_ahead() -> None:
    """Start the helper now, for the one signature this command will make (``observasi
    sheet --sign``), unless it is started already; it is ended at exit if nothing took it."""
    global _ahead
    if _ahead is None:
        _ahead = SignerAhead.start()
        if _ahead is not None:
            atexit.register(discard_ahead)


def take_ahead() -> SignerAhead | None:
    """The helper started for this signature, if any (a helper serves one signature)."""
    global _ahead
    ahead, _ahead = _ahead, None
    return ahead


def discard_ahead() -> None:
    """End the helper if it is still waiting (the command stopped before signing)."""
    ahead = take_ahead()
    if ahead is not None:
        ahead.discard()


def _helper_command() -> list[str] | None:
    """This Python running this module; ``-P`` keeps the current folder off the module
    path (a file there named like a module must not be imported in its place), as it is
    off the path of the ``observasi`` command itself."""
    if not sys.executable or getattr(sys, "frozen", False):
        return None  # no Python to start (embedded, or a frozen app whose executable is observasi)
    return [sys.executable, "-P", "-m", "observasi.signing.pdf_signature"]


def _serve() -> None:
    """The helper: import pyHanko, then sign the one request read from stdin (none when
    the caller closes it without one: nothing was to be signed)."""
    import_pyhanko()
    line = sys.stdin.buffer.readline()
    if not line.strip():
        return
    try:
        answer = {"signed": base64.b64encode(sign_pdf(_decode(line))).decode("ascii")}
    except Exception as exc:  # the caller signs itself, and says what is wrong
        answer = {"error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.buffer.write(json.dumps(answer).encode("utf-8"))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
    # Straight out: the answer is flushed, nothing else is to be kept, and tearing down
    # the interpreter with pyHanko and aiohttp loaded took 0.2-0.4 s that the command,
    # waiting for this process to end, would wait too.
    os._exit(0)


def _helper_environment() -> dict[str, str]:
    """The command's environment without what the helper never needs and must not hold:
    the passphrase a script may pass (``OBSERVASI_PASSPHRASE``; the helper gets the key
    already opened, never the passphrase)."""
    # keys.PASSPHRASE_ENV, spelt out: importing keys here would delay the helper's start.
    return {name: value for name, value in os.environ.items() if name != "OBSERVASI_PASSPHRASE"}
