"""Jinja2 templates from the package, autoescaped, with what every page shows."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

NAV = (
    ("/", "Agenda"),
    ("/homework", "Homework"),
    ("/items", "Items"),
    ("/review", "Review"),
    ("/appointments", "Appointments"),
    ("/reflect", "Add a reflection"),
)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("assistant.web", "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["nav"] = NAV
    return env


def render(name: str, **values: object) -> str:
    return environment().get_template(name).render(**values)
