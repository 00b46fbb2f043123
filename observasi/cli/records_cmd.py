"""`observasi list` and `observasi show`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from observasi.cli import output
from observasi.cli.click_texts import CatalogChoice
from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_json, echo_json_array
from observasi.context import AppContext
from observasi.core.numbers import number_text
from observasi.core.predikat import predikat_text
from observasi.core.status import Status
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.core.instrument import Instrument


@cli.command("list", help=t("cli.help.list"))
@click.option("--json", "as_json", is_flag=True, help=t("cli.help.json"))
@click.option("--status", type=CatalogChoice([s.value for s in Status]), help=t("cli.help.status"))
@pass_context
def list_cmd(context: AppContext, as_json: bool, status: str | None) -> None:
    # Streamed: at 100,000 observations the list is never held whole (it was 190 MB).
    from observasi.queries.listing import list_items, list_text

    if as_json:
        echo_json_array(list_items(context, status=status), flat=True)
        return

    chunks = list_text(context, status=status, lines_per_chunk=output.LINES_PER_WRITE)
    if chunks is None:
        click.echo(t("cli.list.empty"))
        return
    for chunk in chunks:
        click.echo(chunk)


@cli.command("show", help=t("cli.help.show"))
@click.argument("observation_id")
@click.option("--json", "as_json", is_flag=True, help=t("cli.help.json"))
@pass_context
def show_cmd(context: AppContext, observation_id: str, as_json: bool) -> None:
    from observasi.cli import show_text
    from observasi.core.record import record_payload
    from observasi.record import load

    store = context.store
    scored = load(store, store.resolve_id(observation_id))
    obs, inst, result = scored.record, scored.instrument, scored.score
    if as_json:
        payload = record_payload(obs)
        payload["score"] = {
            "nilai": result.nilai_text or None,
            "predikat": result.predikat,
            "obtained": result.obtained,
            "maximum": result.maximum,
            "scored": result.scored,
            "total": result.total,
            "provisional": result.provisional,
            "level_counts": result.level_counts,
            "sections": [
                {
                    "id": s.section_id,
                    "title": s.title,
                    "obtained": s.obtained,
                    "maximum": s.maximum,
                    "nilai": None if s.nilai is None else f"{s.nilai:.2f}",
                    "level_counts": s.level_counts,
                }
                for s in result.sections
            ],
        }
        echo_json(payload)
        return
    rows = [
        (t("show.teacher"), f"{obs.teacher.name} ({obs.teacher.id_label} {obs.teacher.id_number})".replace(" ()", "")),
        (t("show.observer"), obs.observer.name),
        (t("show.subject"), obs.subject),
        (t("show.class"), obs.class_name),
        (t("show.date"), obs.date),
        (t("show.period"), obs.period),
        (t("show.topic"), obs.topic),
        (t("show.form"), f"{inst.title} ({inst.id} {inst.version})"),
        (t("show.status"), t(f"status.{obs.status}")),
        (t("show.scored"), f"{result.scored}/{result.total}"),
    ]
    if result.numeric:
        provisional = result.provisional or obs.status != Status.final
        suffix = f" ({t('score.provisional')})" if provisional else ""
        rows += [
            (t("show.obtained"), str(result.obtained)),
            (t("show.maximum"), str(result.maximum)),
            (t("show.nilai"), number_text(result.nilai) + suffix),
            (t("show.predikat"), predikat_text(result.predikat) or "-"),
        ]
    else:
        counts = ", ".join(f"{_level_label(inst, k)}: {n}" for k, n in result.level_counts.items())
        rows.append((t("show.levels"), counts))
    width = max(len(label) for label, _ in rows)
    click.echo(f"{obs.id}")
    for label, value in rows:
        for line in show_text.wrapped(value, f"  {label.ljust(width)}  ", " " * (width + 4)):
            click.echo(line)
    for line in show_text.lesson_blocks(obs, inst):
        click.echo(line)
    if obs.evidence:
        click.echo(f"\n{t('show.evidence')}:")
        for ev in obs.evidence:
            minute = f"{ev.minute:>3}'" if ev.minute is not None else "    "
            tag = f" [{ev.indicator_id}]" if ev.indicator_id else ""
            for line in show_text.wrapped(f"{ev.text}{tag}", f"  {minute} ", " " * 7):
                click.echo(line)
    for line in show_text.after_lesson_blocks(obs, inst):
        click.echo(line)
    if obs.followups:
        click.echo(f"\n{t('show.followups')}:")
        for item in obs.followups:
            due = f" ({item.due})" if item.due else ""
            for line in show_text.wrapped(f"{item.action}{due}: {t(f'followup.{item.status}')}", "  - ", "    "):
                click.echo(line)


def _level_label(inst: Instrument, key: str) -> str:
    level = inst.scale.level(key)
    return level.label if level is not None else key
