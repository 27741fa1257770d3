"""`sessionmate devices`: the microphones and speakers this machine has."""

from __future__ import annotations

import click


@click.command()
def devices() -> None:
    """List sound devices, to choose one with --device or the config file."""
    from speech.audio import list_devices

    found = list_devices()
    if not found:
        click.echo("No sound devices found.", err=True)
    for device in found:
        roles = [role for role, count in (("in", device.inputs), ("out", device.outputs)) if count]
        default = (
            " (default "
            + "/".join(
                r for r, d in (("in", device.default_input), ("out", device.default_output)) if d
            )
            + ")"
            if device.default_input or device.default_output
            else ""
        )
        click.echo(
            f"{device.index:>3}  {device.name}  [{'/'.join(roles)}, "
            f"{device.default_rate:.0f} Hz]{default}"
        )
