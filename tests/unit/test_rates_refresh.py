"""The refresh command's parse and merge, on hand-written fixtures in the documented formats."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from chalicelib.core.rates import RATES_FILE, load_rates
from relance_rates.sources import Conflict, add_figure, dump, merge, parse_boe_csv, parse_ecb_csv

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "rates"
D = Decimal


def table():
    return json.loads(RATES_FILE.read_text(encoding="utf-8"))


def test_parse_ecb_csvdata():
    points = parse_ecb_csv((FIX / "ecb_mrr_fr.csv").read_text(encoding="utf-8"))
    assert points == [(date(2025, 4, 23), D("2.4")), (date(2025, 6, 11), D("2.15")),
                      (date(2026, 6, 17), D("2.4")), (date(2026, 9, 16), D("2.65"))]
    with pytest.raises(ValueError):
        parse_ecb_csv("DATE,VALUE\n2026-01-01,1\n")


def test_parse_boe_csv_keeps_change_days_only_and_skips_gaps():
    points = parse_boe_csv((FIX / "boe_iudbedr.csv").read_text(encoding="utf-8"))
    assert points == [(date(2025, 12, 17), D("4")), (date(2025, 12, 18), D("3.75"))]


def test_merge_adds_nothing_the_table_has_and_moves_last_checked():
    points = parse_ecb_csv((FIX / "ecb_mrr_fr.csv").read_text(encoding="utf-8"))
    before = table()
    after, added = merge(before, "ecb_mro", points, date(2026, 12, 3))
    assert added == []
    assert after["series"]["ecb_mro"]["entries"] == before["series"]["ecb_mro"]["entries"]
    assert after["series"]["ecb_mro"]["last_checked"] == "2026-12-03"
    assert before["series"]["ecb_mro"]["last_checked"] == "2026-09-10"  # the caller's copy is untouched
    again, _ = merge(after, "ecb_mro", points, date(2026, 11, 1))
    assert again["series"]["ecb_mro"]["last_checked"] == "2026-12-03"  # never moves back


def test_merge_adds_a_new_change_with_its_source_and_keeps_every_existing_entry():
    before = table()
    after, added = merge(before, "boe_base", [(date(2025, 12, 18), D("3.75")), (date(2026, 11, 5), D("3.5"))],
                         date(2026, 11, 6))
    entries = after["series"]["boe_base"]["entries"]
    assert entries[:-1] == before["series"]["boe_base"]["entries"]
    assert added == [entries[-1]]
    assert entries[-1]["from"] == "2026-11-05" and entries[-1]["rate"] == "3.50"
    assert "IUDBEDR" in entries[-1]["source"] and entries[-1]["url"].startswith("https://www.bankofengland.co.uk/")


def test_merge_refuses_to_rewrite_a_figure(tmp_path):
    with pytest.raises(Conflict):
        merge(table(), "ecb_mro", [(date(2026, 6, 17), D("2.50"))], date(2026, 12, 3))


def test_add_figure_for_a_semester_records_where_it_was_read():
    data = add_figure(table(), "fr_legal_pro", date(2027, 1, 1), "1,23", "Arrêté du X (test)",
                      "https://www.legifrance.gouv.fr/test", date(2026, 12, 24))
    last = data["series"]["fr_legal_pro"]["entries"][-1]
    assert (last["from"], last["rate"], last["url"], last["published"]) == (
        "2027-01-01", "1.23", "https://www.legifrance.gouv.fr/test", "2026-12-24")
    assert data["series"]["fr_legal_pro"]["last_checked"] == "2026-12-24"
    with pytest.raises(ValueError):
        add_figure(table(), "fr_legal_pro", date(2027, 2, 1), "1.23", "x", "https://x", date(2027, 1, 1))
    with pytest.raises(Conflict):
        add_figure(table(), "fr_legal_pro", date(2026, 1, 1), "2.63", "x", "https://x", date(2026, 1, 1))


def test_dump_keeps_the_file_layout_and_the_result_loads(tmp_path):
    assert dump(table()) == RATES_FILE.read_text(encoding="utf-8")
    data, _ = merge(table(), "boe_base", [(date(2026, 11, 5), D("3.5"))], date(2026, 11, 6))
    path = tmp_path / "rates.json"
    path.write_text(dump(data), encoding="utf-8")
    assert load_rates(path)["boe_base"].in_force(date(2026, 12, 1)).rate == D("3.50")
