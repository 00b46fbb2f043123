"""The recap's figures come from grouped SQL (issue 18: all years at 100,000 observations in
seconds, memory bounded); they are the figures the row-by-row recap computed. The oracle
below is that computation (every record's row read and tallied in Python, tallies and
snapshots parsed record by record), run on the demo school with awkward records added:
answers the form does not list, answers with spaces around them, empty snapshots, a tally
the form no longer declares, nilai left empty, co-observers with spaces."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest

from observasi.context import AppContext
from observasi.core.predikat import predikat_text
from observasi.core.record import SnapshotEntry
from observasi.core.snapshots import snapshot_summary, tally_counts
from observasi.demo import fill_demo
from observasi.i18n import t
from observasi.recap.counts import CountRow
from observasi.recap.levels import round2
from observasi.recap.period import Period
from observasi.recap.school import build_recap, observation_rows
from observasi.settings import Settings
from observasi.store.store import Store

PERIODS = [Period.between("2000-01-01", "2099-12-31"), Period.of_semester("2026-1"), Period.of_semester("2025-2")]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    context = AppContext(Settings(data_dir=tmp_path_factory.mktemp("grouped") / "demo"))
    store = context.store
    fill_demo(store, context.catalog)
    counted = store.query(
        "select id from observations where status = 'final' and deleted = 0 and snapshots is not null "
        "and snapshots like '%aktivitas_guru%' order by date, id"
    )
    assert len(counted) > 8
    odd = [
        # an answer the form does not list, one with spaces, one empty, a count that is no number
        [{"at": "x", "minute": 1, "values": {"aktivitas_guru": "Menari", "siswa_tidak_fokus": " 3 "}}],
        [{"at": "x", "minute": 1, "values": {"aktivitas_guru": "  Menjelaskan ", "siswa_tidak_fokus": "dua"}}],
        [{"at": "x", "minute": 1, "values": {}}, {"at": "y", "minute": 2, "values": {"aktivitas_guru": ""}}],
    ]
    with store.db.atomic():
        for row, snapshots in zip(counted, odd, strict=False):
            store.db.execute("update observations set snapshots = ? where id = ?", [json.dumps(snapshots), row["id"]])
        store.db.execute(
            "update observations set tallies = ?, nilai = '' where id = ?",
            [json.dumps({"pujian": 4, "teguran": 2}), counted[3]["id"]],
        )
        store.db.execute(
            "update observations set tallies = '', co_observer = '  Bu Sari ' where id = ?", [counted[4]["id"]]
        )
        store.db.execute("update observations set tallies = null, snapshots = '[]' where id = ?", [counted[5]["id"]])
    return store


def _old_figures(store: Store, period: Period) -> dict:
    """The recap's figures as the row-by-row recap computed them."""
    pending: Counter = Counter()
    teachers: dict = {}
    predikat: dict = defaultdict(Counter)
    observed: Counter = Counter()
    co: Counter = Counter()
    for row in observation_rows(store, period):
        if row["status"] != "final":
            pending[row["status"]] += 1
            continue
        tally = teachers.setdefault(row["teacher_id"], {"count": 0, "values": []})
        tally["count"] += 1
        tally["latest"] = row
        if row["nilai"] not in (None, ""):
            tally["values"].append(Decimal(row["nilai"]))
        predikat[row["form_hash"]][row["predikat"]] += 1
        observed[row["observer_name"] or ""] += 1
        if (row["co_observer"] or "").strip():
            co[row["co_observer"].strip()] += 1
    return {
        "pending": {k: v for k, v in pending.items() if v},
        "teachers": {
            tid: (
                t["count"],
                t["latest"]["teacher_name"],
                t["latest"]["date"],
                t["latest"]["nilai"] or None,
                round2(sum(t["values"], Decimal(0)) / len(t["values"])) if t["values"] else None,
                predikat_text(t["latest"]["predikat"]),
            )
            for tid, t in teachers.items()
        },
        "predikat": {h: dict(c) for h, c in predikat.items()},
        "observed": dict(observed),
        "co": dict(co),
    }


def _old_counts(store: Store, period: Period) -> list[CountRow]:
    """Tallies and snapshots of the final records, parsed record by record (the former
    observasi.recap.counts.count_rows)."""
    by_form: dict[str, list[dict]] = defaultdict(list)
    for row in store.query(
        "select form_hash, tallies, snapshots from observations where deleted = 0 and status = 'final' "
        "and date >= ? and date <= ? and (tallies is not null or snapshots is not null)",
        [period.date_from, period.date_to],
    ):
        by_form[row["form_hash"]].append(row)
    out = []
    for digest, records in sorted(by_form.items()):
        inst = store.instrument(digest)
        if not inst.tallies and inst.snapshot is None:
            continue
        form = f"{inst.id} {inst.version}"
        totals: dict[str, tuple[str, int]] = {}
        snapshots: list[SnapshotEntry] = []
        for record in records:
            for count in tally_counts(inst, json.loads(record["tallies"]) if record["tallies"] else {}):
                label, total = totals.get(count.name, (count.label, 0))
                totals[count.name] = (label, total + count.count)
            raw = json.loads(record["snapshots"]) if record["snapshots"] else []
            snapshots.extend(SnapshotEntry.model_validate(s) for s in raw)
        n = len(records)
        for label, total in totals.values():
            mean = (Decimal(total) / n).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            out.append(
                CountRow(form, t("forms2.recap.tally"), label, n, t("forms2.recap.tally_value", total=total, mean=mean))
            )
        for summary in snapshot_summary(inst, snapshots):
            if summary.kind == "choice":
                for share in summary.shares:
                    value = t("forms2.recap.share", percent=share.percent, count=share.count, n=summary.answered)
                    out.append(CountRow(form, summary.label, share.answer, n, value))
            else:
                shown = "-" if summary.mean is None else str(summary.mean)
                out.append(CountRow(form, summary.label, t("forms2.recap.mean"), n, shown))
    return out


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label())
def test_grouped_figures_are_the_row_by_row_figures(demo: Store, period: Period) -> None:
    old = _old_figures(demo, period)
    recap = build_recap(demo, period)
    assert recap.final_count == sum(t[0] for t in old["teachers"].values()) > 0
    assert {k: v for k, v in recap.pending.items() if v} == old["pending"]
    assert {
        r.teacher_id: (
            r.count,
            r.name,
            r.latest_date,
            r.latest_nilai and str(r.latest_nilai),
            r.average_nilai,
            r.predikat,
        )
        for r in recap.teachers
    } == old["teachers"]
    shown = {d.form.hash: {c.label: c.count for c in d.counts if c.count} for d in recap.predikat}
    expected = {
        h: {(predikat_text(k) or "") if k else "-": n for k, n in c.items()}
        for h, c in old["predikat"].items()
        if h in shown
    }
    assert shown == expected
    assert {r.name: r.observations for r in recap.observers if r.observations} == old["observed"]
    assert {r.name: r.co_observations for r in recap.observers if r.co_observations} == old["co"]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label())
def test_tallies_and_snapshots_counted_in_sql_are_the_parsed_ones(demo: Store, period: Period) -> None:
    old = _old_counts(demo, period)
    assert old
    if period.semester is None:  # all years: the awkward records are in
        assert any(r.item == "Menari" for r in old) and any(r.item == "teguran" for r in old)
    assert build_recap(demo, period).counts == old
