"""python -m relance_rates refresh | add | check  (see README, "Legal amounts").

refresh: fetches the ECB MRO series and Bank Rate from their official machine-readable endpoints, adds the
changes the table lacks (each with its source), and says which figures in force are still missing.
add: records a figure a person read in its official text (the French legal rate, from the JORF arrêté).
check: prints the gaps for a jurisdiction and day, and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from datetime import date

from chalicelib.core.legal import rate_gaps
from chalicelib.core.rates import RATES_FILE, load_rates

from .sources import BOE_URL, ECB_URL, add_figure, dump, merge, parse_boe_csv, parse_ecb_csv

FETCHERS = {"ecb_mro": (ECB_URL, parse_ecb_csv), "boe_base": (BOE_URL, parse_boe_csv)}


def fetch(url: str) -> str:
    # The IADB answers 500 without a User-Agent.
    req = urllib.request.Request(url, headers={"User-Agent": "relance-rates/1 (+make rates)", "Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=60) as resp:  # noqa: S310 (fixed https URLs)
        return resp.read().decode("utf-8-sig")


def _print_gaps(today: date) -> int:
    count = 0
    for jurisdiction in ("FR", "GB", "DE"):
        for g in rate_gaps(jurisdiction, today, load_rates()):
            count += 1
            print(f"{jurisdiction}: {g.key} {g.problem} for {g.year} H{g.half} (needed on {g.needed_on}, "
                  f"last checked {g.last_checked})")
    return count


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m relance_rates")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("refresh")
    a = sub.add_parser("add")
    a.add_argument("key")
    a.add_argument("start", type=date.fromisoformat)
    a.add_argument("rate")
    a.add_argument("--source", required=True, help='e.g. "Arrêté du ... relatif à la fixation du taux ..., JORF n° ..."')
    a.add_argument("--url", required=True)
    a.add_argument("--published", required=True, type=date.fromisoformat, help="JORF publication date")
    c = sub.add_parser("check")
    c.add_argument("--on", type=date.fromisoformat, default=date.today())
    args = p.parse_args(argv)

    if args.cmd == "check":
        return 1 if _print_gaps(args.on) else 0
    data = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    if args.cmd == "add":
        data = add_figure(data, args.key, args.start, args.rate, args.source, args.url, args.published)
    else:
        today, failed = date.today(), False
        for key, (url, parse) in FETCHERS.items():
            try:
                data, added = merge(data, key, parse(fetch(url)), today)
            except OSError as exc:  # one source down must not stop the other
                print(f"{key}: not refreshed ({exc})", file=sys.stderr)
                failed = True
                continue
            print(f"{key}: checked {today}, {len(added)} new entr{'y' if len(added) == 1 else 'ies'}")
    RATES_FILE.write_text(dump(data), encoding="utf-8")
    load_rates()  # fails loudly if the file no longer parses
    if _print_gaps(date.today()):
        print("French legal rate: add it from the JORF arrêté with `python -m relance_rates add ...`.")
    return 2 if args.cmd == "refresh" and failed else 0


if __name__ == "__main__":
    sys.exit(main())
