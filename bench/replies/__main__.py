"""python -m bench.replies [--set FOLDER]: accuracy per intent, date exactness, speed, memory, import cost.

  python -m bench.replies                                      built-in set + speed + cold import figures
  python -m bench.replies --set tests/data/replies_fresh/set1  every language folder under it
  python -m bench.replies --set tests/data/replies_fresh/set1/fr --quiet
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE

from .evaluate import DATA, DATE_FIELDS, ROOT, Report, evaluate, folders

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
t = time.perf_counter()
from chalicelib.core.replies import model
model.load.cache_clear()
model.load()
t_model = time.perf_counter() - t
print(t_import, t_first, t_warm, t_model)
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


def print_report(report: Report, misses: bool = True) -> None:
    """Intent accuracy, confusion, date exactness and wrong automatic actions for one labelled folder."""
    n = len(report.outcomes)
    right = sum(o.right for o in report.outcomes)
    print(f"== {report.name}: {n} replies")
    print(f"{'intent':<15}{'n':>4}{'correct':>9}{'accuracy':>10}{'auto-acted-wrong':>18}")
    intents = sorted({o.expected for o in report.outcomes} | {o.got for o in report.outcomes})
    for intent in intents:
        mine = [o for o in report.outcomes if o.expected == intent]
        wrong_auto = [o for o in report.outcomes if o.got == intent and o.auto_wrong]
        ok = sum(o.right for o in mine)
        acc = f"{ok / len(mine):.0%}" if mine else "-"
        print(f"{intent:<15}{len(mine):>4}{ok:>9}{acc:>10}{len(wrong_auto):>18}")
    print(f"{'all':<15}{n:>4}{right:>9}{report.accuracy():>10.1%}{len(report.auto_wrong()):>18}")
    confusion = [(k, v) for k, v in sorted(report.confusion().items()) if k[0] != k[1]]
    if confusion:
        print("Confusion (expected -> got: count): " + ", ".join(f"{e}->{g}: {c}" for (e, g), c in confusion))
    for name in DATE_FIELDS:
        ok, graded = report.dates(name)
        if graded:
            print(f"{name} exact (over labelled dates): {ok}/{graded} ({ok / graded:.0%})")
    ok, graded = report.all_dates()
    print(f"all dates exact: {ok}/{graded} ({ok / max(1, graded):.0%})")
    print(f"automatic actions on a wrong intent (confidence >= {AUTO_ACT_CONFIDENCE}): {len(report.auto_wrong())}")
    if misses:
        for o in report.outcomes:
            if not o.right:
                flag = " AUTO-ACTED" if o.auto_wrong else ""
                print(f"  miss {o.id}: expected {o.expected}, got {o.got} ({o.confidence:.2f}){flag}")
            for name, (exp, got) in o.dates.items():
                if exp != got:
                    print(f"  date {o.id}: {name} expected {exp}, got {got}")
    print()


def summary(reports: list[Report]) -> None:
    print(f"{'set':<8}{'n':>5}{'intents':>10}{'promise':>12}{'paid_on':>12}{'return':>12}{'auto-wrong':>12}")
    for r in reports:
        cells = []
        for name in DATE_FIELDS:
            ok, graded = r.dates(name)
            cells.append(f"{ok}/{graded}" if graded else "-")
        print(f"{r.name:<8}{len(r.outcomes):>5}{r.accuracy():>10.1%}{cells[0]:>12}{cells[1]:>12}{cells[2]:>12}"
              f"{len(r.auto_wrong()):>12}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.replies", description=__doc__)
    parser.add_argument("--set", action="append", type=Path, metavar="FOLDER",
                        help="a labelled folder (labels.json + .eml), or a folder of such folders (one per "
                             "language); repeatable. Without it: the built-in labelled set plus speed and "
                             "import-cost figures.")
    parser.add_argument("--quiet", action="store_true", help="no per-reply misses")
    args = parser.parse_args(argv)
    if args.set:
        reports = [evaluate(f) for path in args.set for f in folders(path)]
        for r in reports:
            print_report(r, misses=not args.quiet)
        summary(reports)
        return

    evaluate()  # warm caches so the timed pass measures steady state
    tracemalloc.start()
    report = evaluate()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timed = evaluate()

    print(f"Labelled set: {len(report.outcomes)} replies ({DATA.relative_to(ROOT)})\n")
    print_report(report)

    ms = [o.ms for o in timed.outcomes]
    print(f"Parse + understand: {statistics.mean(ms):.2f} ms/message mean, {max(ms):.2f} ms max")
    print(f"Peak memory over the set (tracemalloc): {peak / 1024:.0f} KiB")

    sample = str(DATA / "p01.eml")
    imports, firsts, warms, models = [], [], [], []
    for _ in range(3):
        a, b, c, d = (float(x) for x in _fresh(COLD.format(path=sample)).split())
        imports.append(a)
        firsts.append(b)
        warms.append(c)
        models.append(d)
    print(
        f"Cold import of chalicelib.core.replies (fresh interpreter, best of 3): {min(imports) * 1000:.0f} ms"
    )
    print(f"First parse + understand in that interpreter: {min(firsts) * 1000:.0f} ms"
          f" (loading the reply model, in it once per container: {min(models) * 1000:.0f} ms)")
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
