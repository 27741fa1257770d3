"""Benchmark the companion page and the printable agenda on a year of data.

    .venv/bin/python benchmarks/web.py [--items 5000] [--runs 20]

Builds a fresh SQLite database (sessionmate.db) in a temporary folder: 5,000 items over
a year (the older ones answered, done or dropped, as in real use; the last ten days'
still open), 12 homework tasks with a check-in every evening for a year, and a weekly
appointment.
Then serves it with the real server on 127.0.0.1 and prints, for each page, the median
and slowest time from request to the last byte over --runs requests (loopback only, so
this is server time), and the time to draw the agenda PDF (first, with WeasyPrint's
import, and warm; then the whole `agenda --pdf` command in a new process).
Targets: under 100 ms per page, under 2 s for the PDF.
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import open_database  # noqa: E402
from storage.tables import Appointment, CheckIn, Item  # noqa: E402

PAGES = (
    "/",
    "/homework",
    "/homework/chart.svg",
    "/items",
    "/items?q=walk",
    "/review",
    "/appointments",
    "/reflect",
    "/safety",
    "/agenda.pdf",
)
WORDS = (
    "walk",
    "sleep",
    "work",
    "mother",
    "Sunday",
    "breathing",
    "journal",
    "boss",
    "friend",
    "anger",
    "calm",
    "plan",
    "weekend",
    "call",
    "message",
    "time",
)
TASKS = 12


def build(database, items: int, now: datetime) -> None:
    rng = random.Random(15)
    start = now - timedelta(days=365)
    with database.session(write=True) as session:
        session.add(
            Appointment(
                starts_at=start.replace(hour=14, minute=0),
                minutes=50,
                timezone="Europe/Berlin",
                recurrence="weekly",
            )
        )
        rows = []
        for n in range(items - TASKS):
            created = start + timedelta(minutes=int(365 * 24 * 60 * n / items))
            recent = now - created < timedelta(days=10)
            kind = rng.choice(("note", "note", "question", "need"))
            closed = {"note": "done", "question": "answered", "need": "done"}[kind]
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))
            rows.append(
                Item(
                    kind=kind,
                    text=text,
                    transcript=text,
                    source="voice",
                    status="open" if recent else rng.choice((closed, "dropped")),
                    needs_review=recent and rng.random() < 0.1,
                    created_at=created,
                    confidence=0.8,
                )
            )
        session.add_all(rows)
        tasks = [
            Item(
                kind="homework",
                text=f"task {n}: {rng.choice(WORDS)} practice",
                transcript="homework",
                source="typed",
                status="open",
                created_at=start,
            )
            for n in range(TASKS)
        ]
        session.add_all(tasks)
        session.flush()
        checkins = []
        for task in tasks:
            for day in range(365):
                at = (start + timedelta(days=day)).replace(hour=19, minute=0)
                result = rng.choice(("done", "done", "done", "partial", "not_done", "no_answer"))
                note = "too tired" if result == "not_done" else None
                checkins.append(CheckIn(item_id=task.id, at=at, result=result, note=note))
        session.add_all(checkins)


def timed_get(port: int, path: str, cookie: str) -> tuple[float, int, int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    began = time.perf_counter()
    connection.request("GET", path, headers={"Host": f"127.0.0.1:{port}", "Cookie": cookie})
    response = connection.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - began
    connection.close()
    return elapsed, response.status, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from assistant.settings import resolve_settings

    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        settings = resolve_settings(home=home, database_url=f"sqlite:///{home / 'sessionmate.db'}")
        database = open_database(settings.database_url)
        began = time.perf_counter()
        build(database, args.items, now)
        print(
            f"built {args.items} items and {TASKS * 365} check-ins "
            f"in {time.perf_counter() - began:.1f} s"
        )

        # The PDF first, cold: this includes importing WeasyPrint, as `agenda --pdf` does.
        from assistant.web.agenda_sheet import agenda_sheet

        began = time.perf_counter()
        from assistant.agenda_pdf import pdf_bytes

        with database.session() as session:
            sheet = agenda_sheet(session, now, settings.zone)
        pdf = pdf_bytes(sheet)
        cold = time.perf_counter() - began
        warm = []
        for _ in range(5):
            began = time.perf_counter()
            with database.session() as session:
                pdf = pdf_bytes(agenda_sheet(session, now, settings.zone))
            warm.append(time.perf_counter() - began)
        entries = sum(len(s.entries) for s in sheet.sections)
        print(
            f"agenda PDF ({entries} entries, {len(pdf) // 1024} KiB): first {cold * 1000:.0f} ms"
            f" (with WeasyPrint's import), then median {statistics.median(warm) * 1000:.0f} ms"
        )

        # The whole command, as a person runs it: a new process, imports and all.
        import os
        import subprocess

        env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "Europe/Berlin"}
        env.pop("SESSIONMATE_DB_URL", None)
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "agenda", "--pdf", str(home / "agenda.pdf")],
            env=env,
            check=True,
            capture_output=True,
        )
        whole = (time.perf_counter() - began) * 1000
        print(f"`sessionmate agenda --pdf` in a new process, end to end: {whole:.0f} ms")

        from assistant.web.context import WebContext
        from assistant.web.security import new_token
        from assistant.web.server import WebServer, bind_loopback

        token = new_token()
        server = WebServer(WebContext(database, settings, lambda: now, token), bind_loopback(0))
        server.start_in_thread()
        cookie = f"sessionmate_token={token}"
        try:
            for _ in range(200):  # until it answers
                try:
                    timed_get(server.port, "/reflect", cookie)
                    break
                except OSError:
                    time.sleep(0.05)
            print(f"\n{'page':<22}{'median ms':>10}{'max ms':>9}{'KiB':>7}   target 100 ms")
            for path in PAGES:
                timed_get(server.port, path, cookie)  # warm
                runs = [timed_get(server.port, path, cookie) for _ in range(args.runs)]
                status = {status for _, status, _ in runs}
                assert status == {200}, (path, status)
                times = [elapsed * 1000 for elapsed, _, _ in runs]
                median = statistics.median(times)
                mark = "" if median < 100 or path == "/agenda.pdf" else "  over target"
                print(f"{path:<22}{median:>10.1f}{max(times):>9.1f}{runs[0][2] / 1024:>7.0f}{mark}")
        finally:
            server.stop()
            database.dispose()


if __name__ == "__main__":
    main()
