"""Pure parse and merge for the rates table: no network here (fetching is in __main__)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

ECB_URL = ("https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV"
           "?format=csvdata&detail=dataonly&startPeriod=2016-01-01")
BOE_URL = ("https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp?csv.x=yes"
           "&Datefrom=01/Jan/2018&Dateto=now&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N")

SOURCES = {
    "ecb_mro": {"url": ECB_URL, "title": "ECB Data Portal, series FM.B.U2.EUR.4F.KR.MRR_FR.LEV "
                "(main refinancing operations, fixed rate tenders, date of changes)"},
    "boe_base": {"url": BOE_URL, "title": "Bank of England Database, series IUDBEDR (Official Bank Rate)"},
}
PER_SEMESTER = ("fr_legal_pro", "fr_legal_consumer")  # one arrêté per half-year: added by hand (`add`)


class Conflict(ValueError):
    """The source gives another rate for a day the table already has: a person must look."""


def _rate(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None  # IADB writes ".." for no observation
    return value if value.is_finite() else None


def parse_ecb_csv(text: str) -> list[tuple[date, Decimal]]:
    """ECB Data Portal SDMX csvdata: one row per observation, TIME_PERIOD (YYYY-MM-DD) and OBS_VALUE."""
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not rows.fieldnames or not {"TIME_PERIOD", "OBS_VALUE"} <= set(rows.fieldnames):
        raise ValueError("not an SDMX csvdata response: TIME_PERIOD and OBS_VALUE columns expected")
    obs = [(date.fromisoformat(r["TIME_PERIOD"]), _rate(r["OBS_VALUE"])) for r in rows]
    return change_points([(d, v) for d, v in obs if v is not None])


def parse_boe_csv(text: str, series: str = "IUDBEDR") -> list[tuple[date, Decimal]]:
    """IADB CSV (CSVF=TN): a DATE column in "DD Mon YYYY" and one column per series code."""
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not rows.fieldnames or "DATE" not in rows.fieldnames or series not in rows.fieldnames:
        raise ValueError(f"not an IADB CSV response: DATE and {series} columns expected")
    obs = [(datetime.strptime(r["DATE"].strip(), "%d %b %Y").date(), _rate(r[series])) for r in rows]
    return change_points([(d, v) for d, v in obs if v is not None])


def change_points(obs: list[tuple[date, Decimal]]) -> list[tuple[date, Decimal]]:
    """Daily or change-date observations, sorted, down to the days the rate changed (and the first day)."""
    points: list[tuple[date, Decimal]] = []
    for day, value in sorted(obs):
        if not points or points[-1][1] != value:
            points.append((day, value))
    return points


def _in_force(entries: list[dict], on: date) -> Decimal | None:
    before = [e for e in entries if date.fromisoformat(e["from"]) <= on]
    return Decimal(before[-1]["rate"]) if before else None


def merge(data: dict, key: str, points: list[tuple[date, Decimal]], retrieved_on: date) -> tuple[dict, list[dict]]:
    """Adds the change points the table lacks, each with its source; never drops or rewrites an entry.

    A point whose rate is already the one in force on its day adds nothing. A point on a day the table has
    with another rate raises Conflict. last_checked moves to retrieved_on (never back).
    """
    data = json.loads(json.dumps(data))  # a copy: the caller's table is left as it was
    s = data["series"][key]
    entries = s["entries"]
    by_day = {e["from"]: e for e in entries}
    added = []
    for day, value in points:
        rate = f"{value.quantize(Decimal('0.01'))}"
        known = by_day.get(day.isoformat())
        if known is not None:
            if Decimal(known["rate"]) != value:
                raise Conflict(f"{key} {day}: table says {known['rate']}, source says {rate}")
            continue
        if _in_force(entries, day) == value:
            continue
        src = SOURCES[key]
        entry = {"from": day.isoformat(), "rate": rate, "source": f"{src['title']}, retrieved {retrieved_on}",
                 "url": src["url"], "title": src["title"], "published": retrieved_on.isoformat(),
                 "read_via": "machine-readable series fetched by `make rates`"}
        entries.append(entry)
        by_day[entry["from"]] = entry
        entries.sort(key=lambda e: e["from"])
        added.append(entry)
    s["last_checked"] = max(s["last_checked"], retrieved_on.isoformat())
    return data, added


def add_figure(data: dict, key: str, start: date, rate: str, source: str, url: str, published: date,
               title: str | None = None) -> dict:
    """A figure read by a person in its official text (the French arrêté), with where it was read."""
    if key in PER_SEMESTER and (start.month, start.day) not in ((1, 1), (7, 1)):
        raise ValueError(f"{key}: a semester figure starts on 1 January or 1 July, not {start}")
    value = Decimal(rate.replace(",", "."))
    if not source or not url:
        raise ValueError("a figure needs its source and URL")
    points = [(start, value)]
    data = json.loads(json.dumps(data))
    s = data["series"][key]
    known = next((e for e in s["entries"] if e["from"] == start.isoformat()), None)
    if known is not None:
        if Decimal(known["rate"]) != value:
            raise Conflict(f"{key} {start}: table says {known['rate']}, you gave {rate}")
        return data
    entry = {"from": start.isoformat(), "rate": f"{points[0][1].quantize(Decimal('0.01'))}", "source": source,
             "url": url, "title": title or source, "published": published.isoformat()}
    s["entries"] = sorted([*s["entries"], entry], key=lambda e: e["from"])
    s["last_checked"] = max(s["last_checked"], published.isoformat())
    return data


def dump(data: dict) -> str:
    """rates.json's layout: two-space indents, one line per entry."""

    def render(value, indent: int) -> str:
        pad = "  " * (indent + 1)
        if isinstance(value, dict):
            items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {render(v, indent + 1)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines = [pad + json.dumps(v, ensure_ascii=False) for v in value]
            return "[\n" + ",\n".join(lines) + "\n" + "  " * indent + "]"
        return json.dumps(value, ensure_ascii=False)

    return render(data, 0) + "\n"
