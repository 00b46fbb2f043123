"""A teacher's evidence bundle (bukti dukung) from the app: b on the home list (the selected
observation's teacher) or on the teachers screen. Says what each period's zip will hold,
makes it with the same service as ``observasi bundle``, then says where it went."""

from __future__ import annotations

from observasi.context import AppContext
from observasi.core.dates import semester_label
from observasi.core.period import Period
from observasi.i18n import t
from observasi.queries import evidence
from observasi.queries.people import Teacher
from observasi.queries.reports import can_sign
from observasi.tui.dialogs.make_file import Made, MakeFile, MakeFileDialog, Variant

VARIANT_IDS = ("semester", "year")  # in the order of evidence.periods()


def bundle_dialog(context: AppContext, teacher: Teacher) -> MakeFileDialog:
    lines = [t("reachb.bundle.teacher", name=teacher.name)]
    variants = []
    for variant_id, period in zip(VARIANT_IDS, evidence.periods(), strict=True):
        sheets, attached = evidence.contents(context, teacher, period)
        label = short_label(period)
        lines.append(t("reachb.bundle.period_line", period=label, sheets=sheets, files=attached))
        variants.append(Variant(variant_id, label, _maker(context, teacher, period)))
    lines.append(t("reachb.bundle.holds"))
    return MakeFileDialog(
        t("reachb.bundle.title"),
        lines,
        variants,
        can_sign=can_sign(context),
        sign_label=t("reachb.bundle.sign"),
        printable=False,
    )


def short_label(period: Period) -> str:
    """ "Ganjil 2026/2027" or "Tahun 2026": a button's width (the label with its dates is
    in the message said after)."""
    if period.semester:
        return semester_label(period.semester)
    return t("year.period.calendar", year=period.year) if period.year is not None else period.label()


def _maker(context: AppContext, teacher: Teacher, period: Period) -> MakeFile:
    def make(sign: bool, passphrase: str | None) -> Made:
        made = evidence.write(context, teacher, period, sign, passphrase)
        line = t(
            "year.cli.bundle",
            name=teacher.name,
            period=period.label(),
            path=made.path,
            sheets=made.sheets,
            signed=made.signed,
            files=made.files,
        )
        return Made(made.path, line)

    return make
