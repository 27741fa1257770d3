"""Homework: how it is going, when the service checks in on it, and check-ins by hand."""

from __future__ import annotations

import re
from datetime import time
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage import Item
    from storage.tables import HomeworkPlan

pass_app = click.make_pass_decorator(App)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_GROUPS = {"daily": DAYS, "weekdays": DAYS[:5], "weekends": DAYS[5:]}
DAYS_HELP = "mon, tue, wed, thu, fri, sat, sun (or weekdays, weekends), comma-separated"
HAND_RESULTS = ("done", "partial", "not_done")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_clock(text: str, option: str) -> time:
    """"20:00" -> time(20, 0); anything else says what would do."""
    match = _CLOCK.match(text.strip())
    if match and int(match[1]) <= 23 and int(match[2]) <= 59:
        return time(int(match[1]), int(match[2]))
    raise InvalidInputError(
        f"{text!r} is not a time of day for {option}: use HH:MM from 00:00 to 23:59, e.g. 20:00"
    )


def parse_days(text: str) -> tuple[str, ...]:
    """"mon,wed,fri" (or full names, weekdays, weekends) -> day names in week order."""
    from assistant.dates import WEEKDAYS

    chosen: set[str] = set()
    for word in re.split(r"[,\s]+", text.strip().lower()):
        if word in DAY_GROUPS:
            chosen.update(DAY_GROUPS[word])
        elif word in WEEKDAYS:
            chosen.add(DAYS[WEEKDAYS[word]])
        else:
            raise InvalidInputError(f"unknown day {word!r} in --days: use {DAYS_HELP}")
    return tuple(day for day in DAYS if day in chosen)


def describe(plan: HomeworkPlan) -> str:
    days = plan.days.split(",")
    when = "every day" if len(days) == 7 else "on " + ", ".join(days)
    cue = f", {plan.cue}" if plan.cue else ""
    return f"{when} at {plan.time_of_day:%H:%M}{cue} ({plan.timezone})"


def homework_item(session: Session, item_id: int) -> Item:
    from storage.items import get_item

    item = get_item(session, item_id)
    if item.kind != "homework":
        raise InvalidInputError(
            f"item #{item_id} is a {item.kind}, not homework: only homework has check-ins "
            "(see `sessionmate homework` for the ids)"
        )
    return item


@click.group(invoke_without_command=True)
@click.pass_context
def homework(ctx: click.Context) -> None:
    """Open homework, when it is checked on, and how the check-ins went."""
    if ctx.invoked_subcommand is None:
        _list(ctx.find_object(App))


def _list(app: App) -> None:
    from assistant.adherence import summarise
    from storage.items import list_items
    from storage.plans import list_plans

    zone = app.settings.zone
    with app.database.session() as session:
        plans = {plan.item_id: describe(plan) for plan in list_plans(session)}
        rows = [
            (item.id, item.text, summarise(((c.at, c.result) for c in item.checkins), zone))
            for item in list_items(session, kind="homework", status="open")
        ]
    if not rows:
        click.echo("No open homework.")
    for ident, text, adherence in rows:
        # The same phrase the agenda reads: "journaling: done five of seven days, partly once".
        click.echo(f"#{ident:<4} {text}: {adherence.phrase()}")
        click.echo(f"      check-ins {plans[ident]}" if ident in plans else "      no check-ins")


@homework.command("plan")
@click.argument("item_id", type=int, metavar="ID")
@click.option("--daily", metavar="HH:MM", help="Check in every day at this time.")
@click.option("--days", metavar="DAYS", help=f"Check in on these days: {DAYS_HELP}.")
@click.option("--at", "at", metavar="HH:MM", help="The time for --days.")
@click.option("--cue", metavar="TEXT",
              help='Your moment for it, said in the question, e.g. "after dinner" ("" drops it).')
@click.option("--none", "clear", is_flag=True, help="Stop checking in on it.")
@pass_app
def plan_command(
    app: App, item_id: int, daily: str | None, days: str | None, at: str | None,
    cue: str | None, clear: bool,
) -> None:
    """Set when the service asks about homework ID (options given replace those parts)."""
    from assistant.schedule import clock_change_day
    from storage.plans import clear_plan, get_plan, set_plan

    if clear and (daily or days or at or cue is not None):
        raise InvalidInputError("--none stops the check-ins: give it without other options")
    if daily and (days or at):
        raise InvalidInputError("--daily HH:MM means every day: use it alone, or --days with --at")
    if not (clear or daily or days or at or cue is not None):
        raise InvalidInputError("say when: --daily HH:MM, --days DAYS --at HH:MM, --cue or --none")
    chosen_days = DAYS if daily else parse_days(days) if days else None
    chosen_time = parse_clock(daily or at, "--daily" if daily else "--at") if daily or at else None
    settings = app.settings
    if clear:
        with app.database.session(write=True) as session:
            homework_item(session, item_id)
            removed = clear_plan(session, item_id)
        click.echo(f"No check-ins for homework #{item_id}{'' if removed else ' (none were set)'}.")
        return
    today = app.now().astimezone(settings.zone).date()
    with app.database.session(write=True) as session:
        item = homework_item(session, item_id)
        existing = get_plan(session, item_id)
        if existing is not None:
            chosen_days = chosen_days or tuple(existing.days.split(","))
            chosen_time = chosen_time or existing.time_of_day
            cue = existing.cue if cue is None else cue
        if chosen_days is None or chosen_time is None:
            raise InvalidInputError(
                f"homework #{item_id} has no check-in time yet: "
                "give --daily HH:MM, or --days DAYS with --at HH:MM"
            )
        changes = clock_change_day(chosen_time, settings.zone, today)
        if changes is not None:
            raise InvalidInputError(
                f"{chosen_time:%H:%M} is skipped or happens twice in {settings.timezone} when the "
                f"clocks change ({changes}): pick a time outside that hour"
            )
        plan = set_plan(session, item_id, days=chosen_days, time_of_day=chosen_time,
                        timezone=settings.timezone, cue=cue)
        shown, status = describe(plan), item.status
    note = "" if status == "open" else f" (it is {status}: no check-ins until it is open again)"
    click.echo(f"Check-ins for homework #{item_id} {shown}.{note}")


@homework.command("checkin")
@click.argument("item_id", type=int, metavar="ID")
@click.argument("result", type=click.Choice(HAND_RESULTS), metavar="done|partial|not_done")
@click.option("--note", metavar="TEXT", help="What got in the way, or anything to remember.")
@pass_app
def checkin_command(app: App, item_id: int, result: str, note: str | None) -> None:
    """Record how homework ID went today, by hand."""
    from storage.checkins import add_checkin

    with app.database.session(write=True) as session:
        homework_item(session, item_id)
        add_checkin(session, item_id, result, at=app.now(), note=(note or "").strip() or None)
    click.echo(f"Recorded for homework #{item_id}: {result.replace('_', ' ')}"
               + (" (with a note)." if note and note.strip() else "."))
