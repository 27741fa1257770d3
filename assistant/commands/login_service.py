"""`sessionmate service install | uninstall | status`: start `serve` at login (systemd)."""

from __future__ import annotations

import click

from assistant.app import App

pass_app = click.make_pass_decorator(App)

NO_SYSTEMD = (
    "Without systemd, start `{command}` at login another way: your desktop's "
    '"Startup Applications" (a .desktop file in ~/.config/autostart), or a line in '
    "your login script."
)


@click.group("service")
def service_group() -> None:
    """Run `sessionmate serve` at login, as a systemd user service."""


@service_group.command("install")
@click.option("--no-start", is_flag=True, help="Write and enable the unit, but do not start it.")
@pass_app
def install_command(app: App, no_start: bool) -> None:
    """Write the user unit, enable it at login and start it now.

    The unit holds no passphrase: for an encrypted database, save the passphrase in the
    system keyring (`sessionmate init --encrypt --keyring`).
    """
    from assistant.login_unit import (
        UNIT_NAME,
        manager_problem,
        render_unit,
        serve_command,
        systemctl,
        write_unit,
    )

    settings = app.settings
    text = render_unit(settings)
    path = write_unit(text)
    click.echo(f"Wrote {path}")
    if settings.encrypted:
        from assistant.passphrase import from_keyring

        if not from_keyring(settings.data_dir):
            click.echo(
                "Warning: the database is encrypted and the system keyring holds no "
                "passphrase for it, so the service cannot open it: save it with "
                "`sessionmate init --encrypt --keyring`.",
                err=True,
            )
    problem = manager_problem()
    if problem is not None:
        click.echo(f"Not enabled: {problem}.", err=True)
        if "not available" in problem:
            click.echo(NO_SYSTEMD.format(command=" ".join(serve_command(settings))), err=True)
        else:
            click.echo(
                "In your desktop session run: systemctl --user daemon-reload && "
                f"systemctl --user enable --now {UNIT_NAME}",
                err=True,
            )
        return
    steps = [("daemon-reload",), ("enable", UNIT_NAME)]
    if not no_start:
        steps.append(("restart", UNIT_NAME))
    for args in steps:
        done = systemctl(*args)
        if isinstance(done, str) or done.returncode != 0:
            reason = done if isinstance(done, str) else done.stderr.strip()
            click.echo(f"systemctl --user {' '.join(args)} failed: {reason}", err=True)
            click.get_current_context().exit(1)
    click.echo(
        f"Enabled at login{'' if no_start else ' and started'}; see it with "
        f"`sessionmate service status` or `journalctl --user -u {UNIT_NAME}`."
    )


@service_group.command("status")
def status_command() -> None:
    """Whether the unit is installed, enabled and running."""
    from assistant.login_unit import state

    found = state()
    click.echo(f"unit:    {found.path} ({'installed' if found.installed else 'not installed'})")
    if found.manager is not None:
        click.echo(f"systemd: {found.manager}")
    else:
        click.echo(f"enabled: {found.enabled or 'unknown'}")
        click.echo(f"running: {found.active or 'unknown'}")
    if not found.installed:
        click.echo("Install it with: sessionmate service install")


@service_group.command("uninstall")
def uninstall_command() -> None:
    """Stop and disable the service and remove its unit."""
    from assistant.login_unit import UNIT_NAME, manager_problem, remove_unit, systemctl

    if manager_problem() is None:
        systemctl("disable", "--now", UNIT_NAME)
    removed = remove_unit()
    if manager_problem() is None:
        systemctl("daemon-reload")
    click.echo("Removed the Sessionmate service." if removed else "The service was not installed.")
