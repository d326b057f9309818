"""A small linear model of what a reply means, learned from every labelled reply set.

The rules in classify.py read the phrasings they were written for; on replies nobody tuned them to, most of
their misses are read as "other". This model reads the rest by likeness: word and letter n-grams, weighted
by tf-idf, into a multinomial logistic regression trained offline (relance_ops/train_replies.py, with
scikit-learn) and stored as plain weights in model.json.gz. Here it is only arithmetic: no library, no
download, loaded once on first use.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json.gz")
_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
GROUPS = ("w", "c")  # word n-grams, letter n-grams: each is normalised on its own


def counts(folded_text: str, folded_subject: str = "", auto_reply: bool = False) -> dict[str, dict[str, int]]:
    """Raw n-gram counts of a folded reply, by group. Digits are all 0: a date's shape, not its value."""
    words = _WORD.findall(_DIGIT.sub("0", folded_text))
    w: dict[str, int] = {}
    c: dict[str, int] = {}
    for i, word in enumerate(words):
        w[word] = w.get(word, 0) + 1
        if i:
            pair = words[i - 1] + " " + word
            w[pair] = w.get(pair, 0) + 1
        padded = f" {word} "
        for n in (3, 4, 5):
            for j in range(len(padded) - n + 1):
                gram = padded[j : j + n]
                c[gram] = c.get(gram, 0) + 1
    for word in _WORD.findall(_DIGIT.sub("0", folded_subject)):
        key = "s:" + word
        w[key] = w.get(key, 0) + 1
    if auto_reply:
        w["<auto-reply>"] = 1
    return {"w": w, "c": c}


def vector(raw: dict[str, dict[str, int]], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear tf times idf, each group scaled to unit length; n-grams the model does not know are dropped."""
    out: dict[str, float] = {}
    for group in GROUPS:
        key = group + "|"
        part = {key + g: (1.0 + math.log(n)) * idf[key + g] for g, n in raw[group].items() if key + g in idf}
        norm = math.sqrt(sum(v * v for v in part.values())) or 1.0
        out.update((k, v / norm) for k, v in part.items())
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    idf: dict[str, float]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class (features kept after pruning)

    def probabilities(self, folded_text: str, folded_subject: str = "", auto_reply: bool = False) -> dict[str, float]:
        return self.probabilities_of(vector(counts(folded_text, folded_subject, auto_reply), self.idf))

    def probabilities_of(self, x: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for feature, value in x.items():
            w = self.weights.get(feature)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += value * wk
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def best(self, folded_text: str, folded_subject: str = "", auto_reply: bool = False) -> tuple[str, float]:
        probs = self.probabilities(folded_text, folded_subject, auto_reply)
        intent = max(probs, key=lambda c: probs[c])
        return intent, probs[intent]

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "intercept": list(self.intercept),
            "features": {f: [round(self.idf[f], 4), *self.weights[f]] for f in sorted(self.weights)},
        }

    @classmethod
    def from_json(cls, data: dict) -> Model:
        idf = {f: v[0] for f, v in data["features"].items()}
        weights = {f: tuple(v[1:]) for f, v in data["features"].items()}
        return cls(tuple(data["classes"]), tuple(data["intercept"]), idf, weights)


@cache
def load(path: Path = MODEL_PATH) -> Model:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return Model.from_json(json.load(fh))
