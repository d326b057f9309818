"""python -m bench.package [--stage dev]: the deployment package as `make package` builds it, in figures.

Prints the zip's size against the 15 MB target and against the first package (37 MB zipped, 78 MB
unzipped, 6,383 files, botocore bundled), its file count, the runtime and architecture of the functions,
and the native extensions with the machine they were built for. Then the cold start measured on the
unzipped package itself (bench.coldstart --root), which is what a Lambda loads.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path

from bench.coldstart.__main__ import TARGET as COLD_TARGET
from bench.coldstart.__main__ import measure
from relance_ops import package

FIRST = {"zipped_mb": 37.0, "unzipped_mb": 78.0, "files": 6383}
TARGET_MB = 15.0
MACHINES = {0x3E: "x86_64", 0xB7: "aarch64"}


def figures(built: Path) -> dict:
    zip_path = built / "deployment.zip"
    sam = json.loads((built / "sam.json").read_text())
    with zipfile.ZipFile(zip_path) as z:
        infos = [i for i in z.infolist() if not i.is_dir()]
        native = {i.filename: MACHINES.get(int.from_bytes(z.read(i)[18:20], "little"), "other")
                  for i in infos if i.filename.endswith(".so")}
    arch = {a for r in sam["Resources"].values() if r["Type"] == "AWS::Serverless::Function"
            for a in r["Properties"].get("Architectures", ["x86_64"])}
    return {"zipped_mb": round(zip_path.stat().st_size / 1e6, 1),
            "unzipped_mb": round(sum(i.file_size for i in infos) / 1e6, 1), "files": len(infos),
            "runtime": package.runtime_of(sam), "architectures": sorted(arch),
            "native": dict(sorted(native.items()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.package")
    parser.add_argument("--stage", default="dev")
    parser.add_argument("--runs", type=int, default=7, help="cold-start samples on the unzipped package")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-package-") as d:
        built = package.build(args.stage, Path(d) / args.stage).parent
        f = figures(built)
        print(f"zip {f['zipped_mb']} MB (target <= {TARGET_MB}; {f['zipped_mb'] / FIRST['zipped_mb']:.2f} x the "
              f"first package), unzipped {f['unzipped_mb']} MB ({f['unzipped_mb'] / FIRST['unzipped_mb']:.2f} x), "
              f"{f['files']} files ({f['files'] / FIRST['files']:.2f} x)")
        print(f"functions: {f['runtime']} on {', '.join(f['architectures'])}; native extensions: "
              + ", ".join(f"{Path(n).name} ({m})" for n, m in f["native"].items()))
        root = Path(d) / "unzipped"
        with zipfile.ZipFile(built / "deployment.zip") as z:
            z.extractall(root)
        r = measure(root, args.runs)
        print(f"cold start from the package: import app {r['app_ms']} ms CPU, import boto3, pynamodb "
              f"{r['baseline_ms']} ms CPU, ratio {r['ratio']} (target <= {COLD_TARGET})")
    ok = f["zipped_mb"] <= TARGET_MB and r["ratio"] <= COLD_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
