"""Docs grow with the code: every setting and every CLI command is documented."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from typer.main import get_command

from crosstally.cli import app
from crosstally.errors import Errors

ROOT = Path(__file__).resolve().parents[1]


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_settings_page_is_current() -> None:
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == _gen_docs().settings_md(), (
        "docs/settings.md is stale: run .venv/bin/python scripts/gen_docs.py"
    )


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = sorted(get_command(app).commands)  # type: ignore[attr-defined]
    missing = [n for n in names if not re.search(rf"crosstally {re.escape(n)}\b", readme) and f"| {n}" not in readme]
    assert not missing, f"README.md does not mention these commands: {missing}"


def test_error_messages_carry_their_code() -> None:
    assert Errors.E018.startswith("[E018] ")
    assert "{path}" in Errors.E018
