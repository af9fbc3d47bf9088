"""The public surface is what we intend: __all__ complete and sorted, every CLI command documented."""

from __future__ import annotations

import click
import pytest

import letopis
from letopis.cli import cli


def test_public_api_all_is_sorted_and_importable() -> None:
    assert letopis.__all__ == sorted(letopis.__all__)
    for name in letopis.__all__:
        assert getattr(letopis, name) is not None


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, prefix + name + " "))
    return out


@pytest.mark.parametrize("name,cmd", _commands(cli))
def test_public_api_every_command_has_help_with_example(name: str, cmd: click.Command) -> None:
    assert cmd.help, f"{name} has no help"
    assert "Example:" in cmd.help, f"{name}: help has no Example: block"


def test_public_api_readme_documents_every_command() -> None:
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name, cmd in _commands(cli):
        if not isinstance(cmd, click.Group):
            assert f"letopis {name}" in readme or f"] {name}" in readme, f"README does not mention `{name}`"
