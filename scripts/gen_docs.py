"""Regenerate docs/settings.md from crosstally.config.SETTINGS (tests/test_docs.py checks it is current)."""

from __future__ import annotations

from pathlib import Path

from crosstally.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def settings_md() -> str:
    lines = [
        "# Settings",
        "",
        "Each setting is read from its environment variable; CLI options such as `--db` override it.",
        "This page is generated from `crosstally.config.SETTINGS` by `scripts/gen_docs.py`.",
        "",
        "| setting | environment variable | default | what it does |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        default = s.default.replace(str(Path.home()), "~")
        lines.append(f"| `{s.name}` | `{s.env}` | `{default}` | {s.help} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    (ROOT / "docs" / "settings.md").write_text(settings_md(), encoding="utf-8")
    print("wrote docs/settings.md")
