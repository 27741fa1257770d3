"""Fresh rounds of crisis utterances: score a round, and print every round's before-fix figures.

    .venv/bin/python benchmarks/safety_rounds.py r4        # score round 4 on the code as it is

Each round (tests/data/safety_rounds/rN_triggers.tsv, rN_non_triggers.tsv; rows
``level<TAB>utterance``, level ``urgent``, ``concern`` or ``none``) is written by someone who
never saw the rules or the net's examples, committed, and scored on the frozen code before
anything is fixed. That first score is appended to ``before_fix.tsv`` and is the honest
estimate; a round's later score is not (the detector has been fixed against it).
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUNDS = ROOT / "tests" / "data" / "safety_rounds"
BEFORE_FIX = ROUNDS / "before_fix.tsv"


@dataclass(frozen=True)
class Row:
    level: str  # urgent, concern or none
    text: str


def read_round(name: str) -> tuple[list[Row], list[Row]]:
    def rows(path: Path) -> list[Row]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [Row(*ln.split("\t", 1)) for ln in lines if ln.strip() and not ln.startswith("#")]

    return rows(ROUNDS / f"{name}_triggers.tsv"), rows(ROUNDS / f"{name}_non_triggers.tsv")


def round_names() -> list[str]:
    return sorted(
        {p.name.split("_")[0] for p in ROUNDS.glob("r*_triggers.tsv")}, key=lambda n: int(n[1:])
    )


def score_round(name: str, detect, *, show: bool = True) -> dict[str, str]:
    """Recall overall and by level, false alarms; each miss and false alarm printed."""
    triggers, harmless = read_round(name)
    by_level: dict[str, list[bool]] = defaultdict(list)
    same_level = 0
    for row in triggers:
        concern = detect(row.text)
        fired = concern is not None
        by_level[row.level].append(fired)
        same_level += fired and getattr(concern, "level", None) == row.level
        if show and not fired:
            print(f"    MISS [{row.level}] {row.text}")
    alarms = [row for row in harmless if detect(row.text) is not None]
    if show:
        for row in alarms:
            print(f"    ALARM {row.text}")
    caught = sum(sum(v) for v in by_level.values())
    figures = {
        "recall": f"{caught}/{len(triggers)} ({caught / len(triggers):.0%})",
        **{f"recall {level}": f"{sum(v)}/{len(v)}" for level, v in sorted(by_level.items())},
        "false alarms": f"{len(alarms)}/{len(harmless)} ({len(alarms) / len(harmless):.0%})",
        "level right": f"{same_level}/{caught}",
    }
    return figures


def threshold_table(name: str, thresholds=(-0.6, -0.4, -0.3, -0.2, -0.1, 0.0, 0.2, 0.5)) -> None:
    """Rules or net at each net threshold: recall by level and false alarms."""
    from intents.safety import detect_by_rules
    from intents.safety_net import net_score

    triggers, harmless = read_round(name)
    rows = [
        (row, detect_by_rules(row.text) is not None, net_score(row.text))
        for row in triggers + harmless
    ]
    if rows and rows[0][2] is None:
        print("  (the net is unavailable here: no threshold table)")
        return
    from intents.safety_net import MODEL_PATH, NEIGHBOURS_PATH, NetWeights

    shipped = NetWeights.load(MODEL_PATH, NEIGHBOURS_PATH)
    print(
        f"  threshold table for round {name} (rules or net, one threshold for every line; "
        f"shipped: {shipped.threshold:.3f} where a risk concept is named, "
        f"{shipped.threshold_without_concept:.3f} where none is):"
    )
    for threshold in sorted({*thresholds, round(shipped.threshold, 3)}):
        fired = {id(row): by_rules or score.risk >= threshold for row, by_rules, score in rows}
        line = []
        for level in ("urgent", "concern"):
            level_rows = [row for row in triggers if row.level == level]
            line.append(f"{level} {sum(fired[id(r)] for r in level_rows)}/{len(level_rows)}")
        recall = sum(fired[id(r)] for r in triggers)
        alarms = sum(fired[id(r)] for r in harmless)
        print(
            f"    {threshold:+.3f}: recall {recall}/{len(triggers)} ({', '.join(line)}); "
            f"false alarms {alarms}/{len(harmless)}"
        )


def print_before_fix() -> None:
    """The recorded first scores, one line per round and detector."""
    print("before-fix figures (each round scored on frozen code before any fix):")
    for line in BEFORE_FIX.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            print("  " + "  ".join(line.split("\t")))


def main(argv: list[str]) -> int:
    from intents.safety import detect_by_rules, detect_crisis

    names = argv or round_names()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    for name in names:
        for title, detect in (("rules alone", detect_by_rules), ("rules and net", detect_crisis)):
            print(f"round {name} on {commit}, {title}:")
            figures = score_round(name, detect)
            print("  " + "; ".join(f"{k} {v}" for k, v in figures.items()))
        threshold_table(name)
    if BEFORE_FIX.exists():
        print_before_fix()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
