"""rate_gaps: which figures in force on a day the rates table lacks, per jurisdiction."""

from datetime import date
from decimal import Decimal

from chalicelib.core.legal import rate_gaps
from chalicelib.core.rates import MISSING, STALE, RateEntry, RateSeries, load_rates


def _series(key, last_checked, *starts):
    entries = tuple(RateEntry(date.fromisoformat(s), Decimal("1.00"), "test") for s in starts)
    return RateSeries(key, key, "percent per year", "test", date.fromisoformat(last_checked), entries)


def _table(ecb="2026-09-10", fr=("2026-01-01",), fr_checked="2025-12-26", boe="2026-09-17"):
    return {"ecb_mro": _series("ecb_mro", ecb, "2025-06-11"),
            "fr_legal_pro": _series("fr_legal_pro", fr_checked, *fr),
            "fr_legal_consumer": _series("fr_legal_consumer", fr_checked, *fr),
            "boe_base": _series("boe_base", boe, "2025-12-18")}


def test_french_legal_rate_for_the_current_semester_must_be_in_the_table():
    found = rate_gaps("FR", date(2026, 12, 3), _table())
    assert [(g.key, g.problem, g.year, g.half, g.needed_on) for g in found] == [
        ("fr_legal_pro", MISSING, 2026, 2, date(2026, 7, 1)),
        ("fr_legal_consumer", MISSING, 2026, 2, date(2026, 7, 1)),
    ]
    assert rate_gaps("FR", date(2026, 12, 3), _table(fr=("2026-01-01", "2026-07-01"), fr_checked="2026-06-20")) == ()
    # The first semester's figure is there: nothing missing in March.
    assert rate_gaps("FR", date(2026, 3, 1), _table()) == ()


def test_ecb_reference_for_the_half_year_is_missing_until_checked_on_or_after_its_day():
    found = rate_gaps("DE", date(2027, 1, 5), _table())
    assert [(g.key, g.problem, g.needed_on) for g in found] == [("ecb_mro", MISSING, date(2027, 1, 1))]
    assert rate_gaps("DE", date(2027, 1, 5), _table(ecb="2027-01-01")) == ()
    assert rate_gaps("FR", date(2027, 1, 5), _table(ecb="2026-12-31", fr=("2027-01-01",),
                                                     fr_checked="2026-12-28"))[0].key == "ecb_mro"


def test_bank_rate_reference_is_the_day_before_the_half_year():
    assert rate_gaps("UK", date(2027, 1, 5), _table(boe="2026-12-31")) == ()
    found = rate_gaps("GB", date(2027, 1, 5), _table(boe="2026-12-30"))
    assert [(g.key, g.problem, g.needed_on) for g in found] == [("boe_base", MISSING, date(2026, 12, 31))]


def test_a_series_checked_more_than_200_days_ago_is_stale():
    table = _table(fr=("2026-01-01", "2026-07-01"), fr_checked="2025-12-26")
    assert rate_gaps("FR", date(2026, 7, 14), table) == ()  # 200 days
    found = rate_gaps("FR", date(2026, 7, 15), table)
    assert [(g.key, g.problem) for g in found] == [("fr_legal_pro", STALE), ("fr_legal_consumer", STALE)]
    assert all(g.last_checked == date(2025, 12, 26) for g in found)
    # Missing wins over stale: one gap per series.
    assert [g.problem for g in rate_gaps("FR", date(2026, 7, 15), _table())] == [MISSING, MISSING]


def test_no_statutory_rate_no_gap():
    assert rate_gaps("US", date(2030, 1, 1), _table()) == ()


def test_bundled_table_on_the_day_of_this_refresh():
    # 3 December 2026: the ECB (1 July) and Bank Rate (30 June) references are in the table; the French legal
    # rate for 2026 S2 was not found in any stored source and is reported missing rather than guessed.
    table = load_rates()
    assert rate_gaps("DE", date(2026, 12, 3), table) == ()
    assert rate_gaps("GB", date(2026, 12, 3), table) == ()
    assert {(g.key, g.problem) for g in rate_gaps("FR", date(2026, 12, 3), table)} == {
        ("fr_legal_pro", MISSING), ("fr_legal_consumer", MISSING)}
    assert table["ecb_mro"].in_force(date(2026, 1, 1)).rate == Decimal("2.15")
    assert table["ecb_mro"].in_force(date(2026, 7, 1)).rate == Decimal("2.40")
    assert table["boe_base"].in_force(date(2026, 6, 30)).rate == Decimal("3.75")
