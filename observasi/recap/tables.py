"""The school recap as titled tables: the one shape the CSV, XLSX and PDF exports share,
so the three always carry the same figures (and every table names form id and version)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from observasi.core.numbers import number_text
from observasi.core.record import parse_utc
from observasi.i18n import t
from observasi.recap.agreement import AgreementReport
from observasi.recap.levels import round2
from observasi.recap.school import SchoolRecap

Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Table:
    key: str  # teachers, predikat, indicators, levels, observers, followups, agreement, kappa
    title: str
    header: list[str]
    rows: list[list[Cell]]
    nilai_columns: frozenset[int] = field(default_factory=frozenset)  # shown with two decimals


def percent(value: float | None) -> Decimal | None:
    return None if value is None else round2(value)


def kappa_cell(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.001"))


def levels_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{label}: {n}" for label, n in counts.items())


def heading_lines(recap: SchoolRecap) -> list[tuple[str, str]]:
    """Label/value lines printed above the tables of every export."""
    school = recap.school
    pending = recap.pending
    generated = parse_utc(recap.generated_at).astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [
        (t("recap.head.school"), (school.name if school else "") or "-"),
        (t("recap.head.period"), recap.period.label()),
        (t("recap.head.forms"), "; ".join(f"{f.id} {f.version}" for f in recap.forms) or "-"),
        (t("recap.head.counted"), t("recap.note.final_only", count=recap.final_count)),
        (
            t("recap.head.pending"),
            t(
                "ux9v.recap.note.pending",
                draft=pending.get("draft", 0),
                observing=pending.get("observing", 0),
                reflecting=pending.get("reflecting", 0),
            ),
        ),
    ]
    if recap.coverage:
        # What "observed" means, said once above every table (OBSERVED_STATUSES: reflecting
        # or final): the coverage table counts a lesson in its reflection as held, which the
        # line above had called "not counted" (walk 8 read "2" beside a final count of 1).
        observed = sum(1 for row in recap.coverage if row.held)
        lines.append(
            (t("ux9v.recap.head.observed"), t("ux9v.recap.note.observed", observed=observed, known=len(recap.coverage)))
        )
    lines.append((t("recap.head.generated"), generated))
    return lines


def summary_lines(recap: SchoolRecap) -> list[tuple[str, str]]:
    """The heading lines a screen shows above the recap's tables: all but the school's name
    (in the app's header) and when the recap was made (just now)."""
    hidden = {t("recap.head.school"), t("recap.head.generated")}
    return [(label, value) for label, value in heading_lines(recap) if label not in hidden]


def coverage_table(recap: SchoolRecap) -> Table:
    """Every teacher: observed in the period or not yet, the last lesson, what is planned."""
    return Table(
        "coverage",
        t("year.recap.coverage"),
        [
            t("recap.col.no"),
            t("recap.col.teacher"),
            t("fx10s.recap.col.held"),
            t("year.recap.col.last"),
            t("year.recap.col.planned"),
            t("year.recap.col.state"),
        ],
        [
            [
                i,
                r.name,
                r.held,
                r.last_date or "",
                r.planned or "",
                t("year.recap.observed") if r.held else t("year.recap.not_observed"),
            ]
            for i, r in enumerate(recap.coverage, 1)
        ],
        frozenset(),
    )


def recap_tables(recap: SchoolRecap) -> list[Table]:
    tables = schools_tables(recap) + [
        Table(
            "teachers",
            t("recap.table.teachers"),
            [
                t("recap.col.no"),
                t("recap.col.teacher"),
                t("recap.col.id_number"),
                t("recap.col.subject"),
                t("ux9v.recap.col.final_count"),  # final observations only, as "Dihitung" says
                t("recap.col.latest_date"),
                t("ux8w.recap.col.latest_nilai"),
                t("recap.col.average_nilai"),
                t("ux8w.recap.col.latest_predikat"),
                t("recap.col.form_id"),
                t("recap.col.form_version"),
            ],
            [
                [
                    i,
                    r.name,
                    f"{r.id_label} {r.id_number}".strip() if r.id_number else "",
                    r.subject,
                    r.count,
                    r.latest_date,
                    r.latest_nilai,
                    r.average_nilai,
                    r.predikat or "",
                    r.form.id,
                    r.form.version,
                ]
                for i, r in enumerate(recap.teachers, 1)
            ],
            frozenset({6, 7}),
        ),
        Table(
            "predikat",
            t("recap.table.predikat"),
            [t("recap.col.form_id"), t("recap.col.form_version"), t("recap.col.predikat"), t("recap.col.count")],
            [[d.form.id, d.form.version, c.label, c.count] for d in recap.predikat for c in d.counts],
            frozenset(),
        ),
        Table(
            "indicators",
            t("recap.table.indicators"),
            [
                t("recap.col.form_id"),
                t("recap.col.form_version"),
                t("recap.col.section"),
                t("recap.col.indicator_id"),
                t("recap.col.indicator"),
                t("recap.col.rated"),
                t("recap.col.na"),
                t("recap.col.average"),
                t("recap.col.percent"),
                t("recap.col.levels"),
            ],
            [
                [
                    g.form.id,
                    g.form.version,
                    r.section,
                    r.indicator_id,
                    r.text,
                    r.rated,
                    r.na,
                    r.average,
                    r.percent,
                    levels_text(r.level_counts),
                ]
                for g in recap.indicators
                for r in g.rows
            ],
            frozenset({7, 8}),
        ),
    ]
    verbal = [g for g in recap.indicators if not g.form.numeric]
    if verbal:
        tables.append(
            Table(
                "levels",
                t("recap.table.levels"),
                [t("recap.col.form_id"), t("recap.col.form_version"), t("recap.col.level"), t("recap.col.count")],
                [[g.form.id, g.form.version, label, n] for g in verbal for label, n in g.level_totals.items()],
                frozenset(),
            )
        )
    tables.append(
        Table(
            "observers",
            t("recap.table.observers"),
            [t("recap.col.observer"), t("recap.col.observations"), t("recap.col.co_observations")],
            [[r.name, r.observations, r.co_observations] for r in recap.observers],
            frozenset(),
        )
    )
    tables.append(
        Table(
            "followups",
            t("recap.table.followups"),
            [
                t("recap.col.teacher"),
                t("recap.col.date"),
                t("recap.col.form_id"),
                t("recap.col.form_version"),
                t("recap.col.action"),
                t("recap.col.measure"),
                t("recap.col.due"),
                t("recap.col.status"),
            ],
            [
                [
                    r.teacher_name,
                    r.date,
                    r.form.id,
                    r.form.version,
                    r.action,
                    r.measure,
                    r.due,
                    t(f"followup.{r.status}"),
                ]
                for r in recap.followups
            ],
            frozenset(),
        )
    )
    if recap.agreement:
        tables.extend(agreement_tables(recap.agreement))
    if recap.counts:
        tables.append(counts_table(recap))
    tables.insert(1, coverage_table(recap))  # after the teachers observed: who was not
    return tables


def counts_table(recap: SchoolRecap) -> Table:
    """Tallies and snapshot shares of the final observations, per form."""
    header = [
        t("forms2.recap.col.form"),
        t("forms2.recap.col.what"),
        t("forms2.recap.col.item"),
        t("forms2.recap.col.observations"),
        t("forms2.recap.col.value"),
    ]
    rows: list[list[Cell]] = [[r.form, r.what, r.item, r.observations, r.value] for r in recap.counts]
    return Table("counts", t("forms2.recap.title"), header, rows)


def schools_tables(recap: SchoolRecap) -> list[Table]:
    """A district's recap: its schools with their coverage, predikat, follow-ups and
    co-observation agreement (none for a school's own recap)."""
    if not recap.schools:
        return []
    return [
        Table(
            "schools",
            t("recap.table.schools"),
            [
                t("district.col.school"),
                t("district.col.teachers"),
                t("district.col.coverage"),
                t("district.col.final"),
                t("district.col.pending"),
                t("district.col.predikat"),
                t("district.col.followups"),
                t("district.col.agreement"),
                t("district.col.last_read"),
            ],
            [
                [
                    s.name,
                    f"{s.teachers_observed} / {s.teachers_known}",
                    s.coverage_pct,
                    s.final_count,
                    s.pending,
                    levels_text(s.predikat),
                    f"{s.followups_done} / {s.followups_total}",
                    percent(s.agreement_exact_pct),
                    s.last_read or "",
                ]
                for s in recap.schools
            ],
            frozenset({2, 7}),
        )
    ]


def agreement_tables(reports: list[AgreementReport]) -> list[Table]:
    summary = Table(
        "kappa",
        t("recap.table.kappa"),
        [
            t("recap.col.form_id"),
            t("recap.col.form_version"),
            t("recap.col.observer_pair"),
            t("recap.col.lessons"),
            t("recap.col.compared"),
            t("recap.col.exact"),
            t("recap.col.within_one"),
            t("recap.col.kappa_linear"),
            t("recap.col.kappa_quadratic"),
        ],
        [],
        frozenset({3, 4, 5, 6, 7, 8}),
    )
    per_indicator = Table(
        "agreement",
        t("recap.table.agreement"),
        [
            t("recap.col.form_id"),
            t("recap.col.form_version"),
            t("recap.col.indicator_id"),
            t("recap.col.indicator"),
            t("recap.col.compared"),
            t("recap.col.exact"),
            t("recap.col.within_one"),
        ],
        [],
        frozenset({5, 6}),
    )
    for report in reports:
        k = len(report.level_labels)
        summary.rows.append(
            [
                report.form.id,
                report.form.version,
                t("recap.agreement.all_pairs"),
                len(report.lessons),
                report.tally.compared,
                percent(report.tally.exact_pct),
                percent(report.tally.within_one_pct),
                kappa_cell(report.kappa_linear),
                kappa_cell(report.kappa_quadratic),
            ]
        )
        for pair in report.observer_pairs:
            summary.rows.append(
                [
                    report.form.id,
                    report.form.version,
                    f"{pair.observer_a} / {pair.observer_b}",
                    pair.lessons,
                    pair.tally.compared,
                    percent(pair.tally.exact_pct),
                    percent(pair.tally.within_one_pct),
                    kappa_cell(pair.kappa(k, "linear")),
                    kappa_cell(pair.kappa(k, "quadratic")),
                ]
            )
        for item in report.indicators:
            per_indicator.rows.append(
                [
                    report.form.id,
                    report.form.version,
                    item.indicator_id,
                    item.text,
                    item.tally.compared,
                    percent(item.tally.exact_pct),
                    percent(item.tally.within_one_pct),
                ]
            )
    return [summary, per_indicator]


def cell_text(value: Cell, lang: str | None = None) -> str:
    """A cell as text; a number in the style of *lang* (default: the display language:
    69,44 in Indonesian) with the decimals it carries (two, kappa three)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return number_text(value, lang, digits=digits)
    return str(value)
