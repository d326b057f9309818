"""Run the labelled set through parse_mail + understand and compare with the labels."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "replies"


@dataclass
class Outcome:
    id: str
    expected: str
    got: str
    confidence: float
    date_field: str | None = None
    date_expected: str | None = None
    date_got: str | None = None
    ms: float = 0.0
    excerpt: str = ""

    @property
    def right(self) -> bool:
        return self.got == self.expected

    @property
    def auto_wrong(self) -> bool:
        return not self.right and self.confidence >= AUTO_ACT_CONFIDENCE


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def accuracy(self) -> float:
        return sum(o.right for o in self.outcomes) / max(1, len(self.outcomes))

    def promise_dates(self) -> tuple[int, int]:
        graded = [o for o in self.outcomes if o.expected == "promise" and o.date_field == "promise_date"]
        return sum(o.date_got == o.date_expected for o in graded), len(graded)

    def auto_wrong(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.auto_wrong]


def load_cases(data: Path = DATA) -> tuple[list[dict], tuple[str, ...]]:
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    return labels["cases"], tuple(labels.get("known_invoice_numbers", ()))


def evaluate(data: Path = DATA) -> Report:
    cases, known = load_cases(data)
    report = Report()
    for case in cases:
        raw = (data / f"{case['id']}.eml").read_bytes()
        t0 = time.perf_counter()
        mail = parse_mail(raw)
        u = understand(mail, tz=case["tz"], country=case["country"], known_invoice_numbers=known)
        ms = (time.perf_counter() - t0) * 1000
        o = Outcome(case["id"], case["intent"], u.intent, u.confidence, ms=ms, excerpt=u.excerpt)
        for name in ("promise_date", "paid_on", "return_date"):
            if (
                case["intent"]
                == {"promise_date": "promise", "paid_on": "paid", "return_date": "out_of_office"}[name]
            ):
                o.date_field = name
                o.date_expected = case.get(name)
                got = getattr(u, name)
                o.date_got = got.isoformat() if got else None
        report.outcomes.append(o)
    return report
