"""Train the reply model (chalicelib/core/replies/model.json.gz) from every labelled reply set.

  python -m relance_ops.train_replies                       train on all sets, write the model
  python -m relance_ops.train_replies --hold-out set4       train without set4, evaluate on it, write nothing

Training needs scikit-learn (a development dependency); the Lambda only does the arithmetic in model.py.
The result is deterministic: the same sets give the same file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
from pathlib import Path

from chalicelib.core.replies import parse_mail
from chalicelib.core.replies.classify import model_input
from chalicelib.core.replies.model import MODEL_PATH, Model, counts, vector

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data"
MIN_DF = 2  # an n-gram seen in one reply only is that reply's, not a way of writing
KEEP = 12000  # features kept, by weight: the file stays small and the scores barely move
C = 10.0


def labelled_folders(hold_out: tuple[str, ...] = ()) -> tuple[list[Path], list[Path]]:
    """(training folders, held-out folders): the first labelled set and every fresh set's languages."""
    found = [SETS / "replies"] + sorted(p.parent for p in (SETS / "replies_fresh").glob("*/*/labels.json"))
    held = [p for p in found if any(part in p.relative_to(SETS).parts for part in hold_out)]
    return [p for p in found if p not in held], held


def examples(folders: list[Path]) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """What the model reads of each labelled reply, and its label."""
    inputs, ys = [], []
    for folder in folders:
        for case in json.loads((folder / "labels.json").read_text(encoding="utf-8"))["cases"]:
            inputs.append(model_input(parse_mail((folder / f"{case['id']}.eml").read_bytes())))
            ys.append(case["intent"])
    return inputs, ys


def idf_of(xs: list[dict[str, dict[str, int]]]) -> dict[str, float]:
    df: dict[str, int] = {}
    for x in xs:
        for group, grams in x.items():
            for g in grams:
                df[group + "|" + g] = df.get(group + "|" + g, 0) + 1
    n = len(xs)
    return {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items() if d >= MIN_DF}


def fit(xs, ys, idf):
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    names = sorted(idf)
    index = {f: i for i, f in enumerate(names)}
    rows, cols, vals = [], [], []
    for r, x in enumerate(xs):
        for f, v in vector(x, idf).items():
            rows.append(r)
            cols.append(index[f])
            vals.append(v)
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(xs), len(names)))
    clf = LogisticRegression(C=C, max_iter=5000).fit(matrix, ys)
    return names, clf


def train(xs, ys, keep: int = KEEP) -> Model:
    idf = idf_of(xs)
    names, clf = fit(xs, ys, idf)
    strength = abs(clf.coef_).max(axis=0)
    kept = {names[i] for i in sorted(range(len(names)), key=lambda i: (-strength[i], names[i]))[:keep]}
    idf = {f: round(v, 4) for f, v in idf.items() if f in kept}
    return as_model(*fit(xs, ys, idf), idf)  # refit on what is kept, normalised as it will be at run time


def as_model(names: list[str], clf, idf: dict[str, float]) -> Model:
    weights = {f: tuple(round(float(w), 4) for w in clf.coef_[:, i]) for i, f in enumerate(names)}
    return Model(tuple(str(c) for c in clf.classes_), tuple(round(float(b), 4) for b in clf.intercept_), idf, weights)


def trained_on(folders: list[Path]) -> dict[str, str]:
    """Each training folder and the digest of its labels: a test checks the shipped model is current."""
    return {str(f.relative_to(SETS)): hashlib.sha256((f / "labels.json").read_bytes()).hexdigest()[:16]
            for f in folders}


def write(model: Model, folders: list[Path], path: Path = MODEL_PATH) -> None:
    body = model.to_json() | {"trained_on": trained_on(folders)}
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(data.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m relance_ops.train_replies", description=__doc__)
    parser.add_argument("--hold-out", action="append", default=[], metavar="PART",
                        help="leave out folders with this path part (set4, fr, …), evaluate on them, write nothing")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    train_on, held = labelled_folders(tuple(args.hold_out))
    inputs, ys = examples(train_on)
    model = train([counts(*i) for i in inputs], ys)
    print(f"trained on {len(ys)} replies from {len(train_on)} folders: {len(model.weights)} features")
    if not args.hold_out:
        write(model, train_on, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
        return
    from bench.replies.__main__ import summary
    from bench.replies.evaluate import evaluate

    reports = []
    for folder in held:
        held_inputs, hy = examples([folder])
        alone = sum(model.best(*i)[0] == y for i, y in zip(held_inputs, hy, strict=True))
        report = evaluate(folder, model=model)
        report.name = str(folder.relative_to(SETS / "replies_fresh")) if "replies_fresh" in folder.parts else folder.name
        print(f"{report.name}: model alone {alone}/{len(hy)}")
        reports.append(report)
    summary(reports)


if __name__ == "__main__":
    main()
