"""A multinomial logistic regression over sparse binary features, in plain Python.

Training (``train.py``) needs numpy; scoring needs nothing: the weights are a TSV in
``intents/data`` read once, on first use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

_BIAS = "__bias__"


class ModelFileError(ValueError):
    """A model file is malformed (bad header, wrong number of weights on a line)."""


@dataclass(frozen=True)
class LinearModel:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per label
    temperature: float = 1.0  # logits are divided by it: fitted on held-out folds
    meta: tuple[tuple[str, str], ...] = ()  # provenance written in the file header

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax probability of each label, in the order of ``labels``."""
        get = self.weights.get
        rows = [w for w in map(get, features) if w is not None]
        if rows:
            columns = zip(*rows, strict=True)
            scores = [b + sum(col) for b, col in zip(self.bias, columns, strict=True)]
        else:
            scores = list(self.bias)
        top = max(scores)
        exps = [math.exp((s - top) / self.temperature) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.probabilities(features)
        i = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[i], probs[i]

    def dumps(self) -> str:
        """The model as TSV: header comments, a labels line, then one feature a line."""
        lines = [f"# {key}\t{value}" for key, value in self.meta]
        lines.append(f"# temperature\t{self.temperature:.4f}")
        lines.append("\t".join(("__labels__", *self.labels)))
        for name, row in ((_BIAS, self.bias), *sorted(self.weights.items())):
            lines.append("\t".join((name, *(f"{w:.4g}" for w in row))))
        return "\n".join(lines) + "\n"

    @classmethod
    def loads(cls, text: str, source: str = "<model>") -> LinearModel:
        meta: list[tuple[str, str]] = []
        temperature = 1.0
        labels: tuple[str, ...] = ()
        bias: tuple[float, ...] = ()
        weights: dict[str, tuple[float, ...]] = {}
        for number, line in enumerate(text.splitlines(), 1):
            name, _, rest = line.partition("\t")
            if name.startswith("# "):
                if name == "# temperature":
                    temperature = float(rest)
                else:
                    meta.append((name[2:], rest))
                continue
            values = rest.split("\t")
            if name == "__labels__":
                labels = tuple(values)
                continue
            if len(values) != len(labels):
                raise ModelFileError(
                    f"{source}:{number}: {len(values)} weights for {name!r}, "
                    f"expected one per label ({len(labels)})"
                )
            row = tuple(map(float, values))
            if name == _BIAS:
                bias = row
            else:
                weights[name] = row
        if not labels or len(bias) != len(labels):
            raise ModelFileError(f"{source}: needs a __labels__ line and a {_BIAS} line")
        return cls(labels, bias, weights, temperature, tuple(meta))


def load_packaged(name: str) -> LinearModel:
    """A model shipped in ``intents/data``."""
    text = resources.files("intents").joinpath("data", name).read_text(encoding="utf-8")
    return LinearModel.loads(text, f"intents/data/{name}")
