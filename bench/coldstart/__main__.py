"""python -m bench.coldstart [--root DIR] [--runs N]: what `import app` costs a cold Lambda, as a ratio.

Each sample is a whole new interpreter (`python -c ...`) and its CPU (user + system, from the child's
rusage), so interpreter start-up is in both terms. The app and the baseline (`import boto3, pynamodb`,
what any Lambda of this kind pays) are run alternately, and the medians compared: the ratio does not
depend on how fast this machine is. Target: at most 1.3. `--root` measures an unzipped deployment package.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = "import boto3, pynamodb"
APP = "import app"
TARGET = 1.3


def cpu(code: str, root: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "RELANCE_STAGE": "dev"}
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the package ships compiled bytecode: measure with it
    # os._exit: a Lambda keeps its process after the import; tearing the modules down is no part of a cold start.
    code = f"import os, sys; sys.path.insert(0, {str(root)!r}); {code}; os._exit(0)"
    subprocess.run([sys.executable, "-c", code],
                   cwd=root, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(root: Path = ROOT, runs: int = 15) -> dict:
    cpu(APP, root)  # warm the .pyc files and the page cache: a Lambda's package is compiled once too
    base, app = [], []
    for _ in range(runs):
        base.append(cpu(BASELINE, root))
        app.append(cpu(APP, root))
    b, a = statistics.median(base), statistics.median(app)
    return {"baseline_ms": round(b * 1000, 1), "app_ms": round(a * 1000, 1), "ratio": round(a / b, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.coldstart")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    r = measure(args.root.resolve(), args.runs)
    print(f"import app: {r['app_ms']} ms CPU, {BASELINE}: {r['baseline_ms']} ms CPU, "
          f"ratio {r['ratio']} (target <= {TARGET}, median of {args.runs} alternated runs)")
    return 0 if r["ratio"] <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
