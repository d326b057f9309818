"""Builds the deployment package: `python -m relance_ops.package --stage dev --out build/dev`.

1. copies templates/ into vendor/templates/ (Chalice packages only app.py, chalicelib/ and vendor/;
   vendor/ lands at the package root, so render.templates_dir() finds it in the Lambda too);
2. runs `chalice package` once plain, to learn the logical ids Chalice gives the functions and
   their event sources;
3. writes build/<stage>/merge.json (relance_ops/cfn.py: tables from dynamo.table_specs, queue,
   topics, bucket, SES) with overrides on those Chalice resources;
4. runs `chalice package --merge-template build/<stage>/merge.json build/<stage>`;
5. slims deployment.zip (`slim`): drops what the Lambda runtime provides (boto3, botocore and their
   own dependencies), babel's locales other than the languages served, and adds compiled bytecode
   (the package is read-only in Lambda: without it every cold start compiles the sources again).

RELANCE_STAGE is set for the Chalice runs: app.py reads it at import to name the queue and topics.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from relance_ops import cfn

ROOT = Path(__file__).resolve().parents[1]
CHALICE = Path(sys.executable).with_name("chalice")


def vendor_templates(root: Path = ROOT) -> Path:
    """Copies templates/ to vendor/templates/ (a copy: Chalice follows no symlink). Swapped in whole."""
    dest = root / "vendor" / "templates"
    dest.parent.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".templates-", dir=dest.parent))
    shutil.copytree(root / "templates", tmp / "templates",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    old = dest.parent / f".old-{os.getpid()}"
    if dest.exists():
        dest.rename(old)
    (tmp / "templates").rename(dest)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return dest


def chalice_package(stage: str, out: Path, merge: Path | None = None, root: Path = ROOT) -> None:
    env = {**os.environ, "RELANCE_STAGE": stage}
    # Chalice wants a region to build the template; nothing region-specific ends up in it.
    env.setdefault("AWS_DEFAULT_REGION", env.get("AWS_REGION", "eu-west-1"))
    cmd = [str(CHALICE), "package", "--stage", stage]
    if merge is not None:
        cmd += ["--merge-template", str(merge)]
    cmd.append(str(out))
    run = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    if run.returncode:
        raise RuntimeError(f"chalice package failed ({run.returncode}):\n{run.stdout}{run.stderr}")
    if "Could not install" in run.stdout + run.stderr:  # a wheel missing for Lambda: say so loudly
        raise RuntimeError(f"chalice package left dependencies out:\n{run.stdout}{run.stderr}")


def prune_cache(root: Path = ROOT, keep: int = 3) -> None:
    """Chalice caches one ~40 MB zip per hash of requirements, app code and vendor/: keep the newest."""
    zips = sorted((root / ".chalice" / "deployments").glob("*.zip"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in zips[keep:]:
        old.unlink(missing_ok=True)


# In every Lambda Python runtime (they are pulled in by pynamodb; boto3 itself is not a requirement).
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer", "jmespath", "urllib3")
# babel's locale data: the languages the templates exist in, plus root (the fallback of every locale).
BABEL_LANGUAGES = ("root", "en", "fr")
_DIST = re.compile(r"^(?P<name>[A-Za-z0-9_.]+)-[^/]+\.(dist-info|data)/")


def _dropped(name: str) -> bool:
    top = name.split("/", 1)[0]
    dist = _DIST.match(name)
    if top in RUNTIME_PROVIDED or (dist and dist["name"].lower() in RUNTIME_PROVIDED):
        return True
    if name.startswith("babel/locale-data/"):
        locale = name.rsplit("/", 1)[-1].split(".", 1)[0]
        return locale.split("_", 1)[0] not in BABEL_LANGUAGES
    return "/__pycache__/" in name or name.endswith(".pyc")


def runtime_of(sam: dict) -> str:
    (runtime,) = {r["Properties"]["Runtime"] for r in sam["Resources"].values()
                  if r["Type"] == "AWS::Serverless::Function"}
    return runtime


def slim(zip_path: Path, runtime: str) -> dict:
    """Rewrites the zip in place; returns its figures. Bytecode only when this interpreter is the runtime's
    (Chalice picks the runtime from it): a .pyc of another version would be ignored."""
    compile_ = runtime == f"python{sys.version_info.major}.{sys.version_info.minor}"
    with tempfile.TemporaryDirectory(prefix="relance-slim-") as d:
        root = Path(d) / "pkg"
        with zipfile.ZipFile(zip_path) as z:
            members = [i for i in z.infolist() if not _dropped(i.filename)]
            modes = {i.filename: i.external_attr for i in members}
            z.extractall(root, members)
        if compile_:
            # Unchecked hashes: valid whatever the files' times become once unzipped.
            compileall.compile_dir(root, quiet=2, optimize=0, workers=0,
                                   invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        tmp = zip_path.with_suffix(".tmp")
        files = sorted(p for p in root.rglob("*") if p.is_file())
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            for p in files:
                name = p.relative_to(root).as_posix()
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.external_attr = modes.get(name, 0o644 << 16)
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, p.read_bytes(), compresslevel=9)
        tmp.replace(zip_path)
        unzipped = sum(p.stat().st_size for p in files)
    return {"zipped_bytes": zip_path.stat().st_size, "unzipped_bytes": unzipped, "files": len(files),
            "bytecode": compile_}


def figures(zip_path: Path) -> str:
    with zipfile.ZipFile(zip_path) as z:
        infos = [i for i in z.infolist() if not i.is_dir()]
    return (f"{zip_path}: {zip_path.stat().st_size / 1e6:.1f} MB zipped, "
            f"{sum(i.file_size for i in infos) / 1e6:.1f} MB unzipped, {len(infos)} files")


def build(stage: str, out: Path, root: Path = ROOT) -> Path:
    """The deployable package in `out` (deployment.zip, sam.json, merge.json); returns sam.json's path."""
    out = out.resolve()
    vendor_templates(root)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="chalice-plain-") as plain:
        chalice_package(stage, Path(plain) / "out", root=root)
        generated = json.loads((Path(plain) / "out" / "sam.json").read_text())
    merge = out / "merge.json"
    merge.write_text(json.dumps(cfn.merge_template(stage, generated), indent=2, sort_keys=True) + "\n")
    for stale in ("sam.json", "deployment.zip"):
        (out / stale).unlink(missing_ok=True)
    chalice_package(stage, out, merge=merge, root=root)
    prune_cache(root)
    slim(out / "deployment.zip", runtime_of(json.loads((out / "sam.json").read_text())))
    return out / "sam.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relance_ops.package", description=__doc__.split("\n")[0])
    parser.add_argument("--stage", default="dev")
    parser.add_argument("--out", type=Path, default=None, help="default: build/<stage>")
    parser.add_argument("--write-policy", action="store_true",
                        help="only (re)write .chalice/policy-<stage>.json from relance_ops/cfn.py")
    args = parser.parse_args(argv)
    if args.write_policy:
        path = ROOT / ".chalice" / f"policy-{args.stage}.json"
        path.write_text(json.dumps(cfn.iam_policy(args.stage), indent=2) + "\n")
        print(f"{path} written")
        return 0
    sam = build(args.stage, args.out or ROOT / "build" / args.stage)
    print(f"{sam} and {sam.with_name('deployment.zip')} written")
    print(figures(sam.with_name("deployment.zip")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
