"""The `observasi` command group. Each area adds its commands in its own module."""

from __future__ import annotations

import sys
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from observasi.cli.click_texts import DATA_DIR_CHECK, CatalogChoice, CatalogGroup
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import set_language, t
from observasi.paths import resolve_data_dir
from observasi.settings import Settings

if TYPE_CHECKING:
    from observasi.tui.app import ObservasiApp


class _Commands(MutableMapping[str, click.Command]):
    """The commands of `observasi`, their modules imported when asked for. Reading the
    whole mapping (help, completion, a test's walk) imports every module first, so it
    is never seen short of a command."""

    def __init__(self) -> None:
        self._held: dict[str, click.Command] = {}
        self._complete = False

    def command(self, name: str) -> click.Command | None:
        """The command *name*, importing only the module(s) that make it."""
        import importlib

        for module in COMMAND_MODULES.get(name, ()):
            importlib.import_module(f"observasi.cli.{module}")
        found = self._held.get(name)
        if found is None and not self._complete:  # not in the table: look everywhere
            self.load_all()
            found = self._held.get(name)
        return found

    def load_all(self) -> None:
        if not self._complete:
            _register_commands()
            self._complete = True

    def __getitem__(self, name: str) -> click.Command:
        self.load_all()
        return self._held[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._held[name] = command

    def __delitem__(self, name: str) -> None:
        del self._held[name]

    def __iter__(self) -> Iterator[str]:
        self.load_all()
        return iter(self._held)

    def __len__(self) -> int:
        self.load_all()
        return len(self._held)


class _RootGroup(CatalogGroup):
    """`observasi` itself: a command's module is imported when the command is run."""

    group_class = CatalogGroup  # type: ignore[assignment]  # its sub-groups: plain click groups

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = self.lazy_commands = _Commands()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self.lazy_commands.command(cmd_name)


@click.group(cls=_RootGroup, invoke_without_command=True, help=t("cli.help.main"))
@click.option("--data-dir", type=click.Path(file_okay=False), envvar=None, help=t("cli.help.data_dir"))
@click.option("--lang", type=CatalogChoice(["id", "en"]), default=None, help=t("cli.help.lang"))
@click.option("--debug", is_flag=True, help=t("cli.help.debug"))
@click.version_option(package_name="observasi", help=t("screens.click.version_option"))
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, lang: Literal["id", "en"] | None, debug: bool) -> None:
    if lang:
        set_language(lang)
    settings = Settings(data_dir=resolve_data_dir(data_dir), lang=lang or "id", lang_forced=bool(lang), debug=debug)
    if data_dir:
        check_data_dir_of(ctx, settings.data_dir)
    ctx.obj = AppContext(settings)
    if ctx.invoked_subcommand is None:
        open_tui(ctx.obj)


# Commands that only read the data folder: a --data-dir that does not exist is a typo
# there (reading it would create an empty folder and say "no observations").
# A group's command is named with the group's ("teachers list").
READ_ONLY_COMMANDS = frozenset(
    {"list", "show", "recap", "history", "coverage", "conflicts", "devices", "sheet", "sheets", "attachments", "bundle"}
    | {"teachers list", "teachers export", "keys show", "keys export-cert", "keys pending", "forms list"}
    | {"programme show", "programme report", "district list", "school choices"}
)


def check_data_dir_of(ctx: click.Context, path: Path) -> None:
    """:func:`check_data_dir` for the command *ctx* invokes; for a group's command, when
    the group has found it (see :meth:`CatalogGroup.resolve_command`)."""
    command = ctx.invoked_subcommand
    # The app itself (no command) is no group: asking the mapping for "" imported every
    # command's module, a tenth of the app's start-up.
    if command is not None and command not in READ_ONLY_COMMANDS and isinstance(cli.commands.get(command), click.Group):
        ctx.meta[DATA_DIR_CHECK] = lambda name: check_data_dir(path, f"{command} {name}")
        return
    check_data_dir(path, command)


def check_data_dir(path: Path, command: str | None) -> None:
    """A --data-dir that does not exist: an error naming it for a command that only
    reads; for one that makes data (the app's welcome, demo, an import...) a line on
    stderr saying where the new folder is made, so a mistyped name is seen at once."""
    if path.exists():
        return
    if command in READ_ONLY_COMMANDS:
        raise UserError(t("firstdayb.data_dir.missing", path=str(path)))
    if command is not None:  # the app itself shows the folder on its welcome form
        try:
            path.mkdir(parents=True)
        except OSError as exc:
            raise UserError(t("firstdayb.data_dir.cannot_create", path=str(path), reason=exc.strerror or exc)) from exc
        click.echo(t("firstdayb.data_dir.created", path=str(path)), err=True)


def open_tui(context: AppContext) -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(t("cli.err.no_terminal"))
    start_tui(context).run()


def start_tui(context: AppContext) -> ObservasiApp:
    """The app, ready to run on *context* (the benchmark runs it headless from here)."""
    import gc

    # Start-up makes many long-lived objects (Textual's widgets, styles, the first rows);
    # collecting among them while the first screen is built cost about 50 ms. The app
    # turns collection back on, freezing what start-up made, once its first screen is up.
    gc.disable()
    from observasi.tui.app import ObservasiApp

    context.store  # noqa: B018 - open (and migrate) before the screen appears
    return ObservasiApp(context, collector_paused=True)


pass_context = click.make_pass_decorator(AppContext)


# The module(s) of this package that make each command: running one command imports its
# own module(s), not every area's (signing, sync, districts, PDFs...), which was about half
# of a simple command's start. A command missing here still runs (every module is then
# imported to find it); tests/cli/test_lazy_commands.py checks the table.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "attach": ("attach_cmd",),
    "attachments": ("attach_cmd",),
    "bucket-key": ("sync_cmd",),
    "bundle": ("year_cmd",),
    "conflicts": ("sync_cmd",),
    "coverage": ("year_cmd",),
    "demo": ("demo_cmd",),
    "detach": ("attach_cmd",),
    "devices": ("devices_cmd",),
    "district": ("district_cmd",),
    "followup": ("year_cmd",),
    "forms": ("forms_cmd",),
    "history": ("recap_cmd",),
    "keys": ("keys_cmd", "travel_cmd"),  # travel adds "keys pending" and "keys trust"
    "list": ("records_cmd",),
    "programme": ("programme_cmd",),
    "recap": ("recap_cmd",),
    "resolve": ("sync_cmd",),
    "restore": ("revisions_cmd",),
    "school": ("travel_cmd",),
    "sheet": ("sheet_cmd",),
    "sheets": ("sheet_cmd",),
    "show": ("records_cmd",),
    "sync": ("sync_cmd",),
    "teachers": ("teachers_cmd",),
    "verify": ("keys_cmd",),
}


def _register_commands() -> None:
    """Import every ``*_cmd`` module of this package: each adds its commands to `cli`,
    so an area (sheet, sync, recap) brings its commands without editing this file."""
    import importlib
    import pkgutil

    import observasi.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"observasi.cli.{info.name}")
