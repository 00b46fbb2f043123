"""`observasi devices` and `observasi devices approve CODE`: the school's laptops."""

from __future__ import annotations

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
from observasi.i18n import t


@cli.group("devices", help=t("privacy.help.devices"), invoke_without_command=True)
@click.pass_context
def devices_group(ctx: click.Context) -> None:
    if ctx.invoked_subcommand is None:
        ctx.invoke(devices_list)


@devices_group.command("list", help=t("privacy.help.devices_list"))
@pass_context
def devices_list(context: AppContext) -> None:
    from observasi.sync.devices import asking_name, device_list

    found = device_list(context)
    if found.no_school:
        click.echo(t("ux7j.join.no_school"))
        return
    if found.waiting_code:
        click.echo(t("privacy.devices.waiting", code=found.waiting_code))
        return
    rows = [
        (
            m.device,
            m.label or "-",
            t("privacy.devices.this") if m.device == found.this_device else "",
            m.approved_at[:10],
        )
        for m in found.members
    ]
    echo_table(t("privacy.devices.members_header"), rows)
    if not found.requests:
        click.echo(t("privacy.devices.no_requests"))
    for request in found.requests:
        click.echo(
            t(
                "privacy.devices.request",
                label=asking_name(request.label, request.device),
                device=request.device,
                code=request.code,
            )
        )


@devices_group.command("approve", help=t("privacy.help.devices_approve"))
@click.argument("code")
@pass_context
def devices_approve(context: AppContext, code: str) -> None:
    from observasi.sync.devices import approve

    request = approve(context, code)
    click.echo(t("privacy.devices.approved", label=request.label or request.device, code=request.code))


@devices_group.command("remove", help=t("privacy.help.devices_remove"))
@click.argument("device")
@click.option("--yes", is_flag=True, help=t("privacy.help.yes"))
@pass_context
def devices_remove(context: AppContext, device: str, yes: bool) -> None:
    from observasi.sync.devices import remove

    if not yes and not click.confirm(t("privacy.devices.remove_confirm", device=device), default=False):
        click.echo(t("privacy.forget.cancelled"))
        return
    member = remove(context, device)
    click.echo(t("privacy.devices.removed", label=member.label or member.device, device=member.device))
