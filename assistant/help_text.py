"""The command list in --help shows whole sentences, never one cut at 45 characters."""

from __future__ import annotations

import click


def whole_sentences(command: click.Command) -> None:
    """Give every command (and subcommand) its help's first paragraph as its short help."""
    if not command.short_help and command.help:
        command.short_help = " ".join(command.help.split("\n\n")[0].split())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            whole_sentences(sub)
