"""A teacher's evidence bundle (bukti dukung) from the app: b on the home list (the selected
observation's teacher) or on the teachers screen. Says what this semester's and this
year's zip will hold, offers every semester and calendar year in which the teacher has a
final observation, makes the chosen one with the same service as ``observasi bundle``,
then says where it went."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import Select

from observasi.context import AppContext
from observasi.core.dates import semester_label
from observasi.core.period import Period
from observasi.i18n import t
from observasi.queries import evidence
from observasi.queries.people import Teacher
from observasi.queries.reports import can_sign
from observasi.tui.dialogs.make_file import Made, MakeFileDialog, Variant


class BundleDialog(MakeFileDialog):
    """The make-file dialog with a period chooser above its button."""

    DEFAULT_CSS = """
    BundleDialog #bundle-period { width: 100%; }
    """

    def __init__(self, context: AppContext, teacher: Teacher) -> None:
        self.context = context
        self.teacher = teacher
        self.choices = choices(context, teacher)
        self.chosen = self.choices[0][0]
        lines = [t("reachb.bundle.teacher", name=teacher.name)]
        lines += [label for _, label in self.choices[:2]]  # this semester's and this year's
        lines.append(t("reachb.bundle.holds"))
        super().__init__(
            t("reachb.bundle.title"),
            lines,
            [Variant("chosen", t("year3.bundle.make"), self._make)],
            can_sign=can_sign(context),
            sign_label=t("reachb.bundle.sign"),
            printable=False,
        )

    def on_mount(self) -> None:
        options = [(label, period.file_stem()) for period, label in self.choices]
        chooser = Select(options, value=options[0][1], allow_blank=False, id="bundle-period", compact=True)
        # Below "Pilih periodenya:" (the summary's last line).
        self.query_one(Vertical).mount(chooser, before="#make-sign")

    def on_select_changed(self, event: Select.Changed) -> None:
        by_stem = {period.file_stem(): period for period, _ in self.choices}
        self.chosen = by_stem.get(str(event.value), self.chosen)

    def _make(self, sign: bool, passphrase: str | None) -> Made:
        period = self.chosen
        made = evidence.write(self.context, self.teacher, period, sign, passphrase)
        return Made(made.path, evidence.bundle_line(self.teacher, period, made))


def bundle_dialog(context: AppContext, teacher: Teacher) -> MakeFileDialog:
    return BundleDialog(context, teacher)


def choices(context: AppContext, teacher: Teacher) -> list[tuple[Period, str]]:
    """This semester, this calendar year, then every other period with a final observation
    of *teacher* (newest first), each said with what its zip will hold."""
    periods = evidence.periods()
    periods += [p for p in evidence.periods_with_data(context, teacher) if p not in periods]
    said = []
    for period in periods:
        sheets, attached = evidence.contents(context, teacher, period)
        said.append((period, t("reachb.bundle.period_line", period=short_label(period), sheets=sheets, files=attached)))
    return said


def short_label(period: Period) -> str:
    """ "Ganjil 2026/2027" or "Tahun 2026": a button's width (the label with its dates is
    in the message said after)."""
    if period.semester:
        return semester_label(period.semester)
    return t("year.period.calendar", year=period.year) if period.year is not None else period.label()
