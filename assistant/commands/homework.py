"""Homework: how it is going, when the service checks in on it, and check-ins by hand."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlalchemy.orm import Session

    from storage import Item
    from storage.tables import HomeworkPlan

pass_app = click.make_pass_decorator(App)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_GROUPS = {"daily": DAYS, "weekdays": DAYS[:5], "weekends": DAYS[5:]}
DAYS_HELP = "mon, tue, wed, thu, fri, sat, sun (or weekdays, weekends), comma-separated"
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_clock(text: str, option: str) -> time:
    """ "20:00" -> time(20, 0); anything else says what would do."""
    match = _CLOCK.match(text.strip())
    if match and int(match[1]) <= 23 and int(match[2]) <= 59:
        return time(int(match[1]), int(match[2]))
    raise InvalidInputError(
        f"{text!r} is not a time of day for {option}: use HH:MM from 00:00 to 23:59, e.g. 20:00"
    )


def parse_days(text: str) -> tuple[str, ...]:
    """ "mon,wed,fri" (or full names, weekdays, weekends) -> day names in week order."""
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
    """ "every day at 08:00 and 21:30, after dinner (Europe/Berlin)"."""
    from storage.plans import plan_times

    times = [f"{at:%H:%M}" for at in plan_times(plan)]
    at = ", ".join(times[:-1]) + " and " + times[-1] if len(times) > 1 else times[0]
    days = plan.days.split(",")
    if plan.once_on is not None:
        when = f"once, on {plan.once_on:%a %d %b %Y}"
    else:
        when = "every day" if len(days) == 7 else "on " + ", ".join(days)
    cue = f", {plan.cue}" if plan.cue else ""
    return f"{when} at {at}{cue} ({plan.timezone})"


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
@click.option("--json", "as_json", is_flag=True, help="Print the open homework as JSON.")
@click.pass_context
def homework(ctx: click.Context, as_json: bool) -> None:
    """Open homework, when it is checked on, and how the check-ins went."""
    if ctx.invoked_subcommand is None:
        app = ctx.find_object(App)
        if app is None:  # the main group always puts one there
            raise RuntimeError("sessionmate homework needs the App of the main command")
        _list(app, as_json)


def _list(app: App, as_json: bool = False) -> None:
    from assistant.adherence import checkin_notes, summarise
    from storage.items import get_item, list_items
    from storage.plans import list_plans

    zone = app.settings.zone
    with app.database.session() as session:
        plans = {plan.item_id: describe(plan) for plan in list_plans(session)}
        questions = {
            plan.item_id: _question_for(plan, plan_text)
            for plan, plan_text in (
                (p, get_item(session, p.item_id).text) for p in list_plans(session)
            )
        }
        rows = [
            (
                item.id,
                item.text,
                summarise(
                    ((c.at, c.result) for c in item.checkins), zone, checkin_notes(item.checkins)
                ),
            )
            for item in list_items(session, kind="homework", status="open")
        ]
    if as_json:
        import json

        click.echo(
            json.dumps(
                [
                    {
                        "id": ident,
                        "text": text,
                        "plan": plans.get(ident),
                        "question": questions.get(ident),
                        "timezone": app.settings.timezone,
                        "checkins": a.as_json(),
                    }
                    for ident, text, a in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not rows:
        click.echo("No open homework.")
    for ident, text, adherence in rows:
        # The same phrase the agenda reads: "journaling: done five of seven days, partly once".
        click.echo(f"#{ident:<4} {text}: {adherence.phrase()}")
        click.echo(f"      check-ins {plans[ident]}" if ident in plans else "      no check-ins")


def _times(texts: tuple[str, ...], option: str) -> tuple[time, ...]:
    from assistant.dates import parse_time_of_day

    return tuple(sorted({parse_time_of_day(text, option) for text in texts}))


def _question_for(plan: HomeworkPlan, text: str) -> str:
    from assistant.checkin_wording import checkin_question

    return plan.question or checkin_question(text, plan.cue, once=plan.once_on is not None)


@homework.command("plan")
@click.argument("item_id", type=int, metavar="ID")
@click.option(
    "--daily",
    metavar="TIME",
    multiple=True,
    help="Check in every day at this time (21:30 or 9pm); give it again for more times.",
)
@click.option("--days", metavar="DAYS", help=f"Check in on these days: {DAYS_HELP}.")
@click.option(
    "--at",
    "at",
    metavar="TIME",
    multiple=True,
    help="The time for --days or --by; give it again for more times.",
)
@click.option(
    "--by",
    "by",
    metavar="DAY",
    help='Ask once, on this day ("sunday", "2026-12-13"): a one-off task.',
)
@click.option(
    "--cue",
    metavar="TEXT",
    help='Your moment for it, said in the question, e.g. "after dinner" ("" drops it).',
)
@click.option(
    "--ask",
    metavar="TEXT",
    help='The question in your own words ("" goes back to the one made for you).',
)
@click.option("--none", "clear", is_flag=True, help="Stop checking in on it.")
@pass_app
def plan_command(
    app: App,
    item_id: int,
    daily: tuple[str, ...],
    days: str | None,
    at: tuple[str, ...],
    by: str | None,
    cue: str | None,
    ask: str | None,
    clear: bool,
) -> None:
    """Set when the service asks about homework ID; the options given replace those parts."""
    from assistant.schedule import clock_change_day
    from storage.plans import clear_plan, get_plan, plan_times, set_plan

    given = bool(daily or days or at or by or cue is not None or ask is not None)
    if clear and given:
        raise InvalidInputError("--none stops the check-ins: give it without other options")
    if daily and (days or at or by):
        raise InvalidInputError("--daily HH:MM means every day: use it alone, or --days with --at")
    if by and days:
        raise InvalidInputError("--by DAY asks once: give it with --at, not with --days")
    if not (clear or given):
        raise InvalidInputError(
            "say when: --daily HH:MM, --days DAYS --at HH:MM, --by DAY --at HH:MM, --cue, "
            "--ask or --none"
        )
    chosen_days = DAYS if daily else parse_days(days) if days else None
    chosen_times = _times(daily, "--daily") if daily else _times(at, "--at") if at else None
    settings = app.settings
    now = app.now()
    today = now.astimezone(settings.zone).date()
    once_on = None
    if by:
        from assistant.dates import parse_day

        once_on = parse_day(by, now, settings.zone)
    if ask is not None and ask.strip() and not ask.strip().endswith("?"):
        raise InvalidInputError(f"--ask {ask!r} is not a question: end it with a question mark")
    if clear:
        with app.database.session(write=True) as session:
            homework_item(session, item_id)
            removed = clear_plan(session, item_id)
        click.echo(f"No check-ins for homework #{item_id}{'' if removed else ' (none were set)'}.")
        return
    with app.database.session(write=True) as session:
        item = homework_item(session, item_id)
        existing = get_plan(session, item_id)
        before = describe(existing) if existing is not None else None
        question = ask
        if existing is not None:
            chosen_days = chosen_days or tuple(existing.days.split(","))
            chosen_times = chosen_times or tuple(plan_times(existing))
            cue = existing.cue if cue is None else cue
            question = existing.question if ask is None else ask
            if once_on is None and not (days or daily):
                once_on = existing.once_on
        if once_on is not None and chosen_days is None:
            chosen_days = DAYS
        if chosen_days is None or chosen_times is None:
            raise InvalidInputError(
                f"homework #{item_id} has no check-in time yet: "
                "give --daily HH:MM, or --days DAYS with --at HH:MM"
            )
        if once_on is not None and once_on < today:
            raise InvalidInputError(f"--by {by!r} is {once_on:%a %d %b %Y}, which has passed")
        for chosen_time in chosen_times:
            changes = clock_change_day(chosen_time, settings.zone, today)
            if changes is not None:
                raise InvalidInputError(
                    f"{chosen_time:%H:%M} is skipped or happens twice in {settings.timezone} when "
                    f"the clocks change ({changes}): pick a time outside that hour"
                )
        plan = set_plan(
            session,
            item_id,
            days=chosen_days,
            time_of_day=chosen_times[0],
            extra_times=chosen_times[1:],
            timezone=settings.timezone,
            cue=cue,
            question=question,
            once_on=once_on,
        )
        shown, status, asked = describe(plan), item.status, _question_for(plan, item.text)
        text = item.text
    note = "" if status == "open" else f" (it is {status}: no check-ins until it is open again)"
    click.echo(f"Check-ins for homework #{item_id} {shown}.{note}")
    if before is not None and before != shown:
        click.echo(f"  This replaces: {before}.")
    click.echo(f'  Asks: "{asked}" (change it with --ask "...")')
    if once_on is None:
        from assistant.checkin_wording import deadline_in

        due = deadline_in(text)
        if due is not None:
            click.echo(
                f"  It sounds like a one-off ({due}): --by {due.split()[-1]} --at TIME "
                "asks once whether it is done."
            )


def answer_words() -> dict[str, str]:
    """The words the voice accepts, typed: "homework checkin 3 partly"
    (intents/data/templates/checkin_answers.txt and checkin_typed.txt), and the results'
    own names."""
    from assistant.checkin import RESULTS
    from intents.language import language

    return {
        **{
            s.text: RESULTS[s.label]
            for name in ("checkin_answers", "checkin_typed")
            for s in language().sentences(name)
        },
        **{result: result for result in RESULTS.values()},
    }


SHOWN_RESULTS = {
    "done": "done",
    "partial": "partly",
    "not_done": "not done",
    "no_answer": "no answer",
}


def read_answer(words: tuple[str, ...]) -> str:
    said = " ".join(" ".join(words).lower().split()).rstrip(".!")
    known = answer_words()
    if said not in known:
        raise InvalidInputError(
            f"{' '.join(words)!r} is not an answer: say done or yes, partly or some, no or not yet"
        )
    return known[said]


def checkin_slot(
    plan: HomeworkPlan | None, at: datetime, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """The stretch of local time one answer covers: the day, or the part of it between two
    of the plan's times when it asks several times a day."""
    from storage.plans import plan_times

    local = at.astimezone(zone)
    day_start = datetime.combine(local.date(), time(0, 0), zone)
    day_end = datetime.combine(local.date() + timedelta(days=1), time(0, 0), zone)
    times = plan_times(plan) if plan is not None else []
    if len(times) < 2:
        return day_start, day_end
    bounds = [day_start] + [datetime.combine(local.date(), t, zone) for t in times[1:]] + [day_end]
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start <= local < end:
            return start, end
    return day_start, day_end


@homework.command("checkin")
@click.argument("item_id", type=int, metavar="ID")
@click.argument("answer", nargs=-1, required=True, metavar="ANSWER")
@click.option(
    "--date",
    "day",
    metavar="DAY",
    help='The day it is about, for a day missed ("yesterday", "monday 21:30").',
)
@click.option("--note", metavar="TEXT", help="What got in the way, or anything to remember.")
@pass_app
def checkin_command(
    app: App, item_id: int, answer: tuple[str, ...], day: str | None, note: str | None
) -> None:
    """Record how homework ID went: done or yes, partly or some, no or not yet."""
    from assistant.dates import parse_when
    from storage.checkin_slots import record_checkin
    from storage.plans import get_plan, plan_times

    result = read_answer(answer)
    zone, now = app.settings.zone, app.now()
    at = parse_when(day, now, zone, need_time=False) if day is not None else now
    today = now.astimezone(zone).date()
    if at.astimezone(zone).date() > today:
        raise InvalidInputError(
            f"--date {day!r} is {at:%a %d %b %Y}, a day still to come: "
            "record a check-in for today or a day gone by"
        )
    whole_day = day is not None and at.astimezone(zone).time() == time(0, 0)
    note = (note or "").strip() or None
    with app.database.session(write=True) as session:
        homework_item(session, item_id)
        plan = get_plan(session, item_id)
        if whole_day:
            # A day, no time: today means now; a day gone by means its first check-in time.
            first = plan_times(plan)[0] if plan is not None else time(12, 0)
            on = at.astimezone(zone).date()
            at = now if on == today else datetime.combine(on, first, zone)
        start, end = checkin_slot(plan, at, zone)
        _, replaced = record_checkin(
            session, item_id, result, at=at, slot_start=start, slot_end=end, note=note
        )
    local = at.astimezone(zone)
    when = "today" if local.date() == now.astimezone(zone).date() else f"{local:%a %d %b %Y}"
    if plan is not None and len(plan_times(plan)) > 1:
        when += f" ({start:%H:%M} to {end - timedelta(minutes=1):%H:%M})"
    click.echo(
        f"Recorded for homework #{item_id}, {when}: {SHOWN_RESULTS[result]}"
        + (" (with a note)." if note else ".")
    )
    if replaced is not None:
        click.echo(f"  This replaces the earlier answer for {when}: {SHOWN_RESULTS[replaced]}.")
