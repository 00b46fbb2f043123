"""The TUI's shape holds: screens reach each other only through the app, nothing in the
tui talks to the store, Textual's private API is touched in one adapter module only, and
no module grows past ~400 lines. Each import rule is a contract in pyproject.toml; here
the gate is shown to catch a new break of it."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from tests.test_layering import ROOT, lint_imports

TUI = ROOT / "observasi" / "tui"
QUERIES = ROOT / "observasi" / "queries"
ADAPTER = TUI / "textual_adapter.py"
MAX_LINES = 400

# Each change breaks one of the tui's contracts; the gate must name it.
VIOLATIONS: dict[str, tuple[str, str, str]] = {
    "a screen imports another screen": (
        "tui/screens/home_screen.py",
        "observasi.tui.screens.teachers_screen",
        "No screen imports another",
    ),
    "a screen imports one inside a function": (
        "tui/screens/record_screen.py",
        "observasi.tui.screens.sheet_screen",
        "No screen imports another",
    ),
    "the tui imports the store": ("tui/render.py", "observasi.store.store", "The screens never talk to the store"),
    "a dialog imports a screen": ("tui/dialogs/questions.py", "observasi.tui.screens.home_screen", "Inside the tui"),
    "a screen imports the app": ("tui/screens/sync_screen.py", "observasi.tui.app", "Inside the tui"),
    "a query imports Textual": ("queries/people.py", "textual.app", "Nothing below the tui imports Textual"),
}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_a_new_break_of_the_tui_contracts_fails_the_gate(tmp_path: Path, case: str) -> None:
    module, imported, contract = VIOLATIONS[case]
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "pyproject.toml", project)
    shutil.copytree(ROOT / "observasi", project / "observasi", ignore=shutil.ignore_patterns("__pycache__"))
    target = project / "observasi" / module
    text = target.read_text(encoding="utf-8")
    if "inside a function" in case:
        line = f"\n\ndef _opened_later() -> None:\n    import {imported}  # noqa\n"
    else:
        line = f"\nimport {imported}  # noqa\n"
    target.write_text(text + line, encoding="utf-8")
    out = lint_imports(project)
    assert out.returncode != 0, out.stdout
    broken = out.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, out.stdout


def modules(*folders: Path) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*.py"))


def test_no_screen_reaches_the_store_through_the_context() -> None:
    """The import contract cannot see ``self.context.store``: no module of the tui names it."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in modules(TUI)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "store"
    ]
    assert not found


def own_private_names(tree: ast.Module) -> set[str]:
    """Names starting with _ that the module itself defines: methods, functions, classes,
    attributes it assigns (``self._x = ...``), class variables."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return {name for name in names if name.startswith("_")}


def private_uses(path: Path) -> list[str]:
    """``x._name`` where ``_name`` is not the module's own (Textual's private API, or any
    other library's), and any ``super()._name``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = own_private_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        through_super = isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "super"
        if through_super or node.attr not in own:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    return found


def test_textual_private_api_only_in_the_adapter() -> None:
    found = [use for path in modules(TUI) if path != ADAPTER for use in private_uses(path)]
    assert not found
    # The adapter does hold what it says it holds (this check can see a private use).
    assert any("_bindings" in use for use in private_uses(ADAPTER))


def test_no_module_of_the_tui_or_the_queries_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in modules(TUI, QUERIES)
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long


def test_every_type_ignore_in_the_tui_says_why() -> None:
    bare = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in modules(TUI)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line and not line.split("type: ignore", 1)[1].split("]", 1)[-1].strip().startswith("#")
    ]
    assert not bare


def test_the_queries_do_not_load_textual() -> None:
    """What the interfaces ask of the program serves the command line too: no Textual."""
    import subprocess
    import sys

    code = (
        "import importlib, pkgutil, sys\n"
        "import observasi.queries as q\n"
        "for info in pkgutil.walk_packages(q.__path__, q.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(','.join(sorted(n for n in sys.modules if n == 'textual' or n.startswith('textual.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
