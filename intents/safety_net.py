"""The crisis net: a learned second opinion beside the rules, on the sentence embedding.

Rules catch the phrases someone thought of; a person in crisis often uses others ("the rope
is in the shed"). The net scores what a line *means*: ``risk`` (any thought of suicide or
self-harm) and ``urgent`` (a plan, means, preparation, rehearsal, a recent attempt, being at
a place to do it). Its thresholds are chosen by cross-validation under a false-alarm budget
(see ``safety_net_train``): a miss is the worst failure, but a false alarm harms too.

Weights are plain numbers in ``data/safety_net.tsv`` (numpy at run time, nothing else).
Where the embedding model cannot load, ``net_unavailable()`` says why and the rules work alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .safety_normalize import respelled

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MODEL_PATH", "NetScore", "NetWeights", "net_score", "net_unavailable"]

MODEL_PATH = Path(__file__).parent / "data" / "safety_net.tsv"
NEIGHBOURS_PATH = Path(__file__).parent / "data" / "safety_net_neighbours.npy"
URGENT_THRESHOLD = 0.5
NEIGHBOURS = 5  # the k of the nearest-example vote

# The families of words that risk is said in: means and method, death and dying, self-injury,
# burden, hopelessness, a plan or a time. A line holding none of them ("i kept putting it off",
# "i felt really heard today") must score higher before the net alone raises a concern: an
# everyday low mood sits close to crisis on the embedding, and a false alarm answers the
# person with crisis lines and puts their words at the top of the therapist's agenda.
RISK_CONCEPTS = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|medicine|dose|overdos\w*|paracetamol|poison\w*|"
    r"rope|noose|cord|belt|hang\w*|knot|gun|rifle|pistol|shotgun|barrel|trigger|bullets?|"
    r"knife|knives|blade|razor|glass|bridge|roof|ledge|balcony|cliff|edge|jump\w*|fall|"
    r"tracks?|trains?|platform|motorway|traffic|lorry|truck|engine|garage|exhaust|drown\w*|"
    r"wall|crash\w*|foot down|boxed up|packed up|who gets|who'll get|"
    r"water|river|lake|sea|reservoir|"
    r"die|dies|died|dying|dead|death|deadly|lethal|kill\w*|suicid\w*|end(?:ing)? (?:it|things|"
    r"my life|everything)|alive|live|living|life|exist\w*|wake|woke|waking|sleep|asleep|"
    r"gone|disappear\w*|vanish\w*|funeral|born|heaven|god|lord|grave|here|around|"
    r"cut\w*|burn\w*|scratch\w*|bleed\w*|blood|hurt\w*|harm\w*|hit|punish\w*|starv\w*|"
    r"scars?|wrists?|arms?|skin|"
    r"burden|better off|without me|drain|insurance|"
    r"hopeless\w*|pointless|no point|no reason|no way out|give up|giving up|carry on|go on|"
    r"keep going|anymore|any more|end|over|enough|tired of|can't do this|"
    r"plan\w*|decided|tonight|tomorrow|date|day|when|note|letters?|goodbye|farewell|ready|"
    r"will|affairs|give away|giving away|gave away|stockpil\w*|sav(?:e|ed|ing)|bought|"
    r"tried|attempt\w*|rehears\w*|practis\w*|practic\w*)\b"
)


@dataclass(frozen=True)
class NetScore:
    risk: float  # the regression's logit / 10 plus ten times the nearest-example margin
    urgent: float  # 0..1, given risk
    threshold: float  # risk at or above this raises a concern (where a risk concept is named)

    @property
    def fires(self) -> bool:
        return self.risk >= self.threshold

    @property
    def is_urgent(self) -> bool:
        return self.urgent >= URGENT_THRESHOLD


@dataclass(frozen=True)
class NetWeights:
    mean: np.ndarray
    scale: np.ndarray
    risk: np.ndarray  # [bias, weights...]
    urgent: np.ndarray
    threshold: float
    neighbours: np.ndarray  # the examples' vectors (float16), crisis rows first
    crisis_rows: int  # how many of them are crisis statements
    examples_digest: str = ""  # of the examples trained on: a test tells stale weights
    # the higher bar for a line naming no risk concept (RISK_CONCEPTS); inf: never by the net
    threshold_without_concept: float = float("inf")

    def threshold_for(self, text: str) -> float:
        if RISK_CONCEPTS.search(respelled(text)):
            return self.threshold
        return max(self.threshold, self.threshold_without_concept)

    def risk_score(self, vector: np.ndarray) -> float:
        """Regression and nearest examples together: each corrects the other's blind spots."""
        import numpy as np

        x = (vector - self.mean) / self.scale
        logit = float(self.risk[0] + x @ self.risk[1:])
        # einsum, not BLAS: one small matrix-vector product, where BLAS's worker threads cost
        # more than the sum itself on a busy machine (measured 0.5 ms against up to 8 ms)
        similar = np.einsum("ij,j->i", self.neighbours, vector.astype(np.float32))
        crisis = np.sort(similar[: self.crisis_rows])[-NEIGHBOURS:].mean()
        ordinary = np.sort(similar[self.crisis_rows :])[-NEIGHBOURS:].mean()
        return logit / 10 + 10 * float(crisis - ordinary)

    def urgent_score(self, vector: np.ndarray) -> float:
        import numpy as np

        x = (vector - self.mean) / self.scale
        return float(1 / (1 + np.exp(-(self.urgent[0] + x @ self.urgent[1:]))))

    def save(self, path: Path, neighbours_path: Path) -> None:
        import numpy as np

        np.save(neighbours_path, self.neighbours.astype(np.float16))
        rows = {"mean": self.mean, "scale": self.scale, "risk": self.risk, "urgent": self.urgent}
        lines = [
            "# crisis net weights, written by intents/safety_net_train.py",
            f"threshold\t{self.threshold!r}",
            f"threshold_without_concept\t{self.threshold_without_concept!r}",
            f"crisis_rows\t{self.crisis_rows}",
            f"examples\t{self.examples_digest}",
        ]
        lines += [name + "\t" + " ".join(f"{v:.7g}" for v in row) for name, row in rows.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path, neighbours_path: Path) -> NetWeights:
        import numpy as np

        fields: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                name, values = line.split("\t", 1)
                fields[name] = values

        def row(name: str) -> np.ndarray:
            return np.array(fields[name].split(), dtype=np.float64)

        return cls(
            row("mean"),
            row("scale"),
            row("risk"),
            row("urgent"),
            float(fields["threshold"]),
            np.load(neighbours_path).astype(np.float32),
            int(fields["crisis_rows"]),
            fields.get("examples", ""),
            float(fields.get("threshold_without_concept", fields["threshold"])),
        )


@lru_cache(maxsize=1)
def _weights() -> NetWeights | str:
    from .embedding import unavailable_reason

    if reason := unavailable_reason():
        return reason
    try:
        return NetWeights.load(MODEL_PATH, NEIGHBOURS_PATH)
    except (OSError, KeyError, ValueError) as err:
        return f"the crisis net's weights could not be read ({err})"


def net_unavailable() -> str | None:
    """None when the net works here; otherwise why not (the rules then work alone)."""
    loaded = _weights()
    return loaded if isinstance(loaded, str) else None


def net_score(text: str, threshold: float | None = None) -> NetScore | None:
    """The net's scores for one line, or None where it is unavailable."""
    import numpy as np

    from .embedding import embed

    weights = _weights()
    if isinstance(weights, str):
        return None
    vector = embed([respelled(text)])[0].astype(np.float64)
    return NetScore(
        weights.risk_score(vector),
        weights.urgent_score(vector),
        weights.threshold_for(text) if threshold is None else threshold,
    )
