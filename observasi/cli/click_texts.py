"""Click's own texts in the display language, through the catalog.

Click words its usage line, help headings, the help option and its errors in English
(through ``gettext``, which would need compiled .mo files chosen by the environment's
locale, not by ``--lang``). Its public extension points are used instead: a context whose
formatter words the usage line, the headings and the "[default: …]" notes; commands whose
help option says its help in the catalog's words; and :func:`show_error`, which says a
click error (usage line, the hint and the message, by the error's kind) the way click
would, in the catalog's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

import click

from observasi.i18n import t

# Click's English headings and phrases -> catalog keys.
_HEADINGS = {
    "Options": "screens.click.options",
    "Commands": "screens.click.commands",
    "Positional arguments": "screens.click.arguments",
}
_PLAIN_MESSAGES = {
    "Missing command.": "screens.click.missing_command",
}
_MISSING = {
    "argument": "screens.click.missing_argument",
    "option": "screens.click.missing_option",
}
# The note click adds after an option's help: "[default: x; env var: Y; required]".
# Patterns are compiled when first used (re caches them): most runs never show a help
# page or a complaint, and compiling the lot cost every command a few milliseconds.
_EXTRA = r"^(?P<help>.*?)\s*\[(?P<extra>(?:default: |env var: |required)[^\]]*)\]$"


def _extra_text(extra: str) -> str:
    parts = []
    for part in extra.split("; "):
        if part.startswith("default: "):
            parts.append(t("screens.click.default", default=part.removeprefix("default: ")))
        elif part.startswith("env var: "):
            parts.append(t("screens.click.env_var", var=part.removeprefix("env var: ")))
        elif part == "required":
            parts.append(t("screens.click.required"))
        else:
            parts.append(part)
    return "; ".join(parts)


class CatalogFormatter(click.HelpFormatter):
    """Help pages with the usage line, headings and option notes in the catalog's words."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, t("screens.click.usage") + " " if prefix is None else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        key = _HEADINGS.get(name)
        with super().section(t(key) if key else name):
            yield

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        worded = []
        for term, text in rows:
            match = re.match(_EXTRA, text, re.S)
            if match:
                text = f"{match['help']}  [{_extra_text(match['extra'])}]".lstrip()
            worded.append((term, text))
        super().write_dl(worded, col_max, col_spacing)


class CatalogContext(click.Context):
    formatter_class = CatalogFormatter


def _catalog_help_option(option: click.Option | None) -> click.Option | None:
    if option is not None:
        option.help = t("screens.click.help_option")
    return option


class CatalogCommand(click.Command):
    context_class = CatalogContext

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _catalog_help_option(super().get_help_option(ctx))


# Where a sub-group finds the data folder's check to run once its command is known
# (observasi.cli.commands.check_data_dir_of leaves it there).
DATA_DIR_CHECK = "observasi.data_dir_check"


class CatalogGroup(click.Group):
    """The command group: its commands and sub-groups word click's texts in the catalog."""

    context_class = CatalogContext
    command_class = CatalogCommand
    group_class = type  # sub-groups made with @group.group() are CatalogGroups too

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _catalog_help_option(super().get_help_option(ctx))

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """A sub-group's command, found: the data folder's check the top level left for
        it runs now that the command is known ("teachers list" only reads: a mistyped
        --data-dir is named, not made)."""
        name, command, rest = super().resolve_command(ctx, args)
        check = ctx.meta.pop(DATA_DIR_CHECK, None)
        if check is not None and name is not None:
            check(name)
        return name, command, rest


class CatalogChoice(click.Choice):
    """A choice whose complaint about a value not among the choices is in the catalog."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return t("screens.click.not_a_choice", value=value, choices=", ".join(f"'{c}'" for c in self.choices))


# A value type's own complaint (click's types word it in English, with the value in it):
# pattern -> catalog key, whose placeholders are the pattern's groups.
_VALUE_COMPLAINTS = [
    (
        r"^(?P<value>.*) is not a valid (?P<kind>integer|float|UUID)(?: range)?\.$",
        "firstdayb.click.not_a_number",
    ),
    (
        r"^(?P<value>.*) is not a valid boolean\. Recognized values: (?P<states>.*)$",
        "firstdayb.click.not_a_boolean",
    ),
    (r"^(?P<value>.*) is not in the range (?P<range>.*)\.$", "firstdayb.click.out_of_range"),
    (r"^(?P<value>.*) does not match the formats? (?P<formats>.*)\.$", "firstdayb.click.format"),
    (
        r"^(?P<kind>File|Directory|Path) (?P<value>.*) (?P<problem>does not exist|is a file|is a directory"
        r"|is not readable|is not writable|is not executable)\.$",
        "firstdayb.click.path",
    ),
]
_PATH_PROBLEMS = {
    "does not exist": "missing",
    "is a file": "is_file",
    "is a directory": "is_dir",
    "is not readable": "unreadable",
    "is not writable": "unwritable",
    "is not executable": "not_executable",
}


def value_complaint(text: str) -> str:
    """Click's complaint about a value ("'x' is not a valid integer.") in the catalog's
    words; a complaint it does not know (an observasi type's own, already in the
    catalog) is returned as it is."""
    for pattern, key in _VALUE_COMPLAINTS:
        match = re.match(pattern, text, re.S)
        if match is None:
            continue
        found = match.groupdict()
        if "kind" in found:
            found["kind"] = t(f"firstdayb.click.kind.{found['kind'].lower()}")
        if "problem" in found:
            found["problem"] = t(f"firstdayb.click.path.{_PATH_PROBLEMS[found['problem']]}")
        return t(key, **found)
    return text


def _hint(param_hint: Any) -> str:
    if isinstance(param_hint, str):
        return param_hint
    return " / ".join(f"'{hint}'" for hint in param_hint)


def _possibilities(possibilities: Sequence[str] | None) -> str:
    if not possibilities:
        return ""
    return " " + t("screens.click.did_you_mean", names=", ".join(sorted(possibilities)))


def message(error: click.ClickException) -> str:
    """The error's message in the catalog's words (click's own English only where the
    catalog has no words for it)."""
    if isinstance(error, click.NoSuchOption):
        return t("screens.click.no_such_option", name=error.option_name) + _possibilities(error.possibilities)
    if isinstance(error, click.exceptions.NoSuchCommand):
        return t("screens.click.no_such_command", name=error.command_name) + _possibilities(error.possibilities)
    if isinstance(error, click.MissingParameter):
        hint = error.param_hint
        if hint is None and error.param is not None:
            hint = error.param.get_error_hint(error.ctx)
        kind = error.param_type or (error.param.param_type_name if error.param is not None else "parameter")
        return t(_MISSING.get(kind, "screens.click.missing_parameter"), name=_hint(hint or ""))
    if isinstance(error, click.BadParameter):
        hint = error.param_hint
        if hint is None and error.param is not None:
            hint = error.param.get_error_hint(error.ctx)
        complaint = value_complaint(error.message)
        if hint is None:
            return t("screens.click.invalid", message=complaint)
        return t("screens.click.invalid_for", name=_hint(hint), message=complaint)
    key = _PLAIN_MESSAGES.get(error.message)
    return t(key) if key else error.format_message()


def show_error(error: click.ClickException, file: IO[str] | None = None) -> None:
    """What :meth:`click.ClickException.show` prints, in the catalog's words."""
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        click.echo(error.format_message(), file=file, err=file is None)
        return
    ctx = error.ctx if isinstance(error, click.UsageError) else None
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = t("screens.click.try", command=ctx.command_path, option=ctx.help_option_names[0]) + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=file is None)
    click.echo(t("screens.click.error", message=message(error)), file=file, err=file is None)
