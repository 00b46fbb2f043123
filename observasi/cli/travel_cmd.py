"""What travels between the school's laptops besides observations, from the command line:
`observasi keys pending` / `keys trust CODE` (colleagues' certificates) and
`observasi school choices` / `school choose N --theirs|--mine` (a profile or teacher field
two laptops changed differently)."""

from __future__ import annotations

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.keys_cmd import keys_group
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t


@keys_group.command("pending", help=t("travel.help.pending"))
@pass_context
def keys_pending(context: AppContext) -> None:
    from observasi.signing.colleagues import own_code, pending

    data_dir = context.settings.data_dir
    mine = own_code(data_dir)
    if mine:
        click.echo(t("travel.cert.own_code", code=mine))
    waiting = pending(data_dir)
    if not waiting:
        click.echo(t("travel.cert.none_pending"))
        return
    for item in waiting:
        click.echo(item.described())
    click.echo(t("travel.cert.compare"))


@keys_group.command("trust", help=t("travel.help.trust"))
@click.argument("code", nargs=-1, required=True)
@pass_context
def keys_trust(context: AppContext, code: tuple[str, ...]) -> None:
    from observasi.signing.colleagues import find, trust

    data_dir = context.settings.data_dir
    item = find(data_dir, " ".join(code))
    trust(data_dir, item)
    click.echo(t("travel.cert.trusted", name=item.name, code=item.code))


@cli.group("school", help=t("travel.help.school"))
def school_group() -> None:
    pass


@school_group.command("choices", help=t("travel.help.choices"))
@pass_context
def school_choices(context: AppContext) -> None:
    from observasi.sync.school_data import choices, what

    found = choices(context)
    if not found:
        click.echo(t("travel.choices.none"))
        return
    for number, item in enumerate(found, 1):
        click.echo(
            t(
                "travel.choices.line",
                number=number,
                what=what(item),
                field=item.label,
                ours=item.ours,
                theirs=item.theirs,
                laptop=item.theirs_from or "-",
                at=item.theirs_at[:16].replace("T", " "),
            )
        )


@school_group.command("choose", help=t("travel.help.choose"))
@click.argument("number", type=int)
@click.option("--theirs", "side", flag_value="theirs", help=t("travel.help.theirs"))
@click.option("--mine", "side", flag_value="mine", help=t("travel.help.mine"))
@pass_context
def school_choose(context: AppContext, number: int, side: str | None) -> None:
    from observasi.sync.school_data import choose, what

    if side is None:
        raise UserError(t("travel.choices.err_side"))
    chosen, value, _ = choose(context, number, theirs=side == "theirs")
    click.echo(t("travel.choices.done", what=what(chosen), field=chosen.label, value=value))
