"""python -m bench.replies: accuracy per intent, date exactness, speed, memory, import cost."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path

from .evaluate import DATA, evaluate

ROOT = Path(__file__).resolve().parents[2]
COLD = """
import time
t = time.perf_counter()
import chalicelib.core.replies as r
t_import = time.perf_counter() - t
raw = open({path!r}, "rb").read()
t = time.perf_counter()
r.understand(r.parse_mail(raw), tz="Europe/Paris", country="FR")
t_first = time.perf_counter() - t
t = time.perf_counter()
r.warm_up()
t_warm = time.perf_counter() - t
print(t_import, t_first, t_warm)
"""

COLD_INBOUND = """
import time, sys
t = time.perf_counter()
import chalicelib.services.inbound
t_inbound = time.perf_counter() - t
print(t_inbound, int("dateparser" in sys.modules))
"""
# The API and the daily run (app.py and what it imports) must never load the heavy reply libraries.
API_IMPORTS = """
import sys, time
t = time.perf_counter()
import app
t_app = time.perf_counter() - t
heavy = [m for m in ("dateparser", "html2text", "chalicelib.core.replies", "chalicelib.services.inbound")
         if m in sys.modules]
print(t_app, ",".join(heavy) or "-")
"""


def _fresh(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout


def main() -> None:
    evaluate()  # warm caches so the timed pass measures steady state
    tracemalloc.start()
    report = evaluate()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timed = evaluate()

    print(f"Labelled set: {len(report.outcomes)} replies ({DATA.relative_to(ROOT)})\n")
    print(f"{'intent':<15}{'n':>4}{'correct':>9}{'accuracy':>10}{'auto-acted-wrong':>18}")
    intents = sorted({o.expected for o in report.outcomes} | {o.got for o in report.outcomes})
    for intent in intents:
        mine = [o for o in report.outcomes if o.expected == intent]
        wrong_auto = [o for o in report.outcomes if o.got == intent and o.auto_wrong]
        right = sum(o.right for o in mine)
        acc = f"{right / len(mine):.0%}" if mine else "-"
        print(f"{intent:<15}{len(mine):>4}{right:>9}{acc:>10}{len(wrong_auto):>18}")
    total_right = sum(o.right for o in report.outcomes)
    print(
        f"{'all':<15}{len(report.outcomes):>4}{total_right:>9}{report.accuracy():>10.1%}{len(report.auto_wrong()):>18}"
    )
    for o in report.outcomes:
        if not o.right:
            print(f"  miss {o.id}: expected {o.expected}, got {o.got} ({o.confidence:.2f})")

    exact, graded = report.promise_dates()
    print(f"\nPromise dates exact: {exact}/{graded} ({exact / max(1, graded):.0%})")
    for field in ("paid_on", "return_date"):
        rows = [o for o in report.outcomes if o.date_field == field and o.right]
        ok = sum(o.date_got == o.date_expected for o in rows)
        print(f"{field} exact (when intent right): {ok}/{len(rows)}")

    ms = [o.ms for o in timed.outcomes]
    print(f"\nParse + understand: {statistics.mean(ms):.2f} ms/message mean, {max(ms):.2f} ms max")
    print(f"Peak memory over the set (tracemalloc): {peak / 1024:.0f} KiB")

    sample = str(DATA / "p01.eml")
    imports, firsts, warms = [], [], []
    for _ in range(3):
        a, b, c = (float(x) for x in _fresh(COLD.format(path=sample)).split())
        imports.append(a)
        firsts.append(b)
        warms.append(c)
    print(
        f"Cold import of chalicelib.core.replies (fresh interpreter, best of 3): {min(imports) * 1000:.0f} ms"
    )
    print(f"First parse + understand in that interpreter: {min(firsts) * 1000:.0f} ms")
    print(
        f"dateparser warm-up (warm_up(), only needed by phrasings the rules miss): {min(warms) * 1000:.0f} ms"
    )
    inbound = [float(_fresh(COLD_INBOUND).split()[0]) for _ in range(3)]
    print(f"Cold import of the inbound path (chalicelib.services.inbound, best of 3): {min(inbound) * 1000:.0f} ms"
          f"; dateparser loaded by it: {'yes' if _fresh(COLD_INBOUND).split()[1] == '1' else 'no'}")
    t_app, heavy = _fresh(API_IMPORTS).split()
    print(f"API / daily run (import app): {float(t_app) * 1000:.0f} ms; heavy reply modules loaded: "
          f"{'none' if heavy == '-' else heavy}")
    if heavy != "-":
        raise SystemExit(f"the API and the daily run must not import {heavy}")
    top = _importtime_top()
    print("Slowest imports (-X importtime, cumulative):")
    for line in top:
        print("   ", line)


def _importtime_top(n: int = 5) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import chalicelib.core.replies"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stderr
    rows = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    return [f"{us / 1000:7.1f} ms  {name}" for us, name in sorted(rows, reverse=True)[:n]]


if __name__ == "__main__":
    main()
