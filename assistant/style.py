"""Colour and headers only for a person at a terminal; NO_COLOR (no-color.org) respected."""

from __future__ import annotations

import os
import sys
from typing import TextIO

import click


def at_terminal(stream: TextIO | None = None) -> bool:
    return (stream or sys.stdout).isatty()


def colour_wanted(stream: TextIO | None = None) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (to anything) or the terminal is dumb."""
    return at_terminal(stream) and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def heading(text: str) -> str:
    return click.style(text, bold=True) if colour_wanted() else text


def flagged(text: str) -> str:
    return click.style(text, fg="yellow") if colour_wanted() else text
