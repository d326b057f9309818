"""Run a labelled folder through parse_mail + understand and compare with the labels.

A folder holds <id>.eml files and labels.json ({"known_invoice_numbers": [...], "cases": [{"id", "intent",
"tz", "country", "promise_date"?, "paid_on"?, "return_date"?, "note"?}]}). A date is graded only where the
label names it; a wrong intent then counts as a wrong date.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.model import Model

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "replies"
FRESH = ROOT / "tests" / "data" / "replies_fresh"
DATE_FIELDS = ("promise_date", "paid_on", "return_date")
# As chalicelib/services/inbound.py decides: these intents act on their own when the reply is verified and
# confidence >= AUTO_ACT_CONFIDENCE (a test checks this copy against the service). contact_change,
# unsubscribe and bank_details are only advised to the firm; a promise without a date only asks.
ACTING = ("promise", "out_of_office", "dispute", "paid", "plan_request", "copy_request", "bounce")


@dataclass
class Outcome:
    id: str
    expected: str
    got: str
    confidence: float
    date_field: str | None = None  # the date that goes with the expected intent
    date_expected: str | None = None
    date_got: str | None = None
    ms: float = 0.0
    excerpt: str = ""
    dates: dict = field(default_factory=dict)  # field -> (expected, got) for every date the label names
    has_promise_date: bool = False

    @property
    def right(self) -> bool:
        return self.got == self.expected

    @property
    def automatic(self) -> bool:
        """Would Relance act on its own on this reading (given a verified reply)?"""
        if self.got not in ACTING or self.confidence < AUTO_ACT_CONFIDENCE:
            return False
        return not (self.got == "promise" and not self.has_promise_date)

    @property
    def auto_wrong(self) -> bool:
        return not self.right and self.automatic


@dataclass
class Report:
    name: str = ""
    outcomes: list[Outcome] = field(default_factory=list)

    def accuracy(self) -> float:
        return sum(o.right for o in self.outcomes) / max(1, len(self.outcomes))

    def promise_dates(self) -> tuple[int, int]:
        return self.dates("promise_date")

    def dates(self, name: str) -> tuple[int, int]:
        graded = [o.dates[name] for o in self.outcomes if name in o.dates]
        return sum(exp == got for exp, got in graded), len(graded)

    def all_dates(self) -> tuple[int, int]:
        pairs = [self.dates(n) for n in DATE_FIELDS]
        return sum(p[0] for p in pairs), sum(p[1] for p in pairs)

    def auto_wrong(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.auto_wrong]

    def confusion(self) -> Counter:
        return Counter((o.expected, o.got) for o in self.outcomes)


def load_cases(data: Path = DATA) -> tuple[list[dict], tuple[str, ...]]:
    labels = json.loads((Path(data) / "labels.json").read_text(encoding="utf-8"))
    return labels["cases"], tuple(labels.get("known_invoice_numbers", ()))


def folders(path: Path) -> list[Path]:
    """A labelled folder, or every labelled folder right under path (one per language)."""
    path = Path(path)
    if (path / "labels.json").is_file():
        return [path]
    found = sorted(p for p in path.iterdir() if (p / "labels.json").is_file()) if path.is_dir() else []
    if not found:
        raise SystemExit(f"{path}: no labels.json here or in its subfolders")
    return found


def evaluate(data: Path = DATA, model: Model | None = None) -> Report:
    """Every labelled reply of a folder through parse_mail + understand (with `model`, else the shipped one)."""
    data = Path(data)
    cases, known = load_cases(data)
    report = Report(data.name)
    for case in cases:
        raw = (data / f"{case['id']}.eml").read_bytes()
        t0 = time.perf_counter()
        mail = parse_mail(raw)
        u = understand(mail, tz=case["tz"], country=case["country"], known_invoice_numbers=known, model=model)
        ms = (time.perf_counter() - t0) * 1000
        o = Outcome(case["id"], case["intent"], u.intent, u.confidence, ms=ms, excerpt=u.excerpt,
                    has_promise_date=u.promise_date is not None)
        for name in DATE_FIELDS:
            got = getattr(u, name)
            got = got.isoformat() if got else None
            if name in case:
                o.dates[name] = (case[name], got)
            if case["intent"] == {"promise_date": "promise", "paid_on": "paid", "return_date": "out_of_office"}[name]:
                o.date_field = name
                o.date_expected = case.get(name)
                o.date_got = got
        report.outcomes.append(o)
    return report
