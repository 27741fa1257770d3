"""`sessionmate config show | get | set | path`: the settings, where each came from, and changes."""

from __future__ import annotations

import re

import click

from assistant.app import App

pass_app = click.make_pass_decorator(App)


@click.group("config")
def config() -> None:
    """Show and change settings (config.toml in the data directory)."""


def _value(app: App, name: str) -> object:
    value = getattr(app.settings, name)
    if name == "database_url":  # a server URL may carry a password: never print it
        value = re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", str(value))
    return value


@config.command("show")
@pass_app
def show_command(app: App) -> None:
    """Every setting, its value and where it came from (option, environment, file, default)."""
    from assistant.config_file import SHOWN, shown

    settings = app.settings
    width = max(len(name) for name in SHOWN)
    for name in SHOWN:
        click.echo(f"{name:<{width}}  {shown(_value(app, name))}  [{settings.source(name)}]")


@config.command("get")
@click.argument("key")
@pass_app
def get_command(app: App, key: str) -> None:
    """Print one setting's value."""
    from assistant.config_file import SHOWN, shown
    from assistant.errors import SettingsError

    if key not in SHOWN:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(SHOWN))}")
    click.echo(shown(_value(app, key)))


@config.command("set")
@click.argument("key")
@click.argument("value", nargs=-1, required=True)
@pass_app
def set_command(app: App, key: str, value: tuple[str, ...]) -> None:
    """Check a value and write it to config.toml (crisis_contacts takes several).

    Examples: `config set timezone Europe/Berlin`, `config set readout_lead_minutes 45`,
    `config set crisis_contacts "Samaritans: 116 123" "My therapist: 030 1234567"`.
    """
    from assistant.config_file import parse_value, shown
    from assistant.settings import ENV_NAMES, set_config_value

    typed = parse_value(key, value)
    set_config_value(app.data_dir, key, typed)
    path = app.settings.data_dir / "config.toml"
    click.echo(f"Set {key} = {shown(typed)} in {path}")
    source = app.settings.source(key)
    if source in (ENV_NAMES.get(key), "--model", "--db"):
        click.echo(f"Note: {source} is set and takes precedence while it is.", err=True)


@config.command("path")
@pass_app
def path_command(app: App) -> None:
    """Print where the config file is (it need not exist yet)."""
    click.echo(str(app.settings.data_dir / "config.toml"))
