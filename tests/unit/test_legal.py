import json
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from chalicelib.core.legal import LateInvoice, fixed_fee, late_amounts
from chalicelib.core.rates import RATES_FILE, RateUnavailable, load_rates, series


def inv(amount: str, due: date, currency: str = "EUR", number: str = "F-1") -> LateInvoice:
    return LateInvoice(number, D(amount), currency, due)


def only_line(result):
    (line,) = result.lines
    return line


# --- France, business debtor -------------------------------------------------------------------


def test_fr_business_spanning_two_semesters():
    # EUR 1,000.00 due 2025-05-31, as of 2025-08-15.
    # 1 Jan 2025: ECB MRO 3.15 (from 2024-12-18; the 2.90 cut only took effect on 2025-02-05) + 10 = 13.15 %
    #   2025-06-01..06-30 = 30 days
    # 1 Jul 2025: ECB MRO 2.15 (from 2025-06-11) + 10 = 12.15 %
    #   2025-07-01..08-15 = 31 + 15 = 46 days
    # 1000 * (13.15 * 30 + 12.15 * 46) / 36500 = 1000 * (394.5 + 558.9) / 36500 = 26.1205... -> 26.12
    # plus the EUR 40 fixed indemnity.
    result = late_amounts("FR", "business", [inv("1000.00", date(2025, 5, 31))], date(2025, 8, 15))
    line = only_line(result)
    assert line.days_late == 76
    assert line.interest == D("26.12")
    assert line.fixed_fee == D("40.00")
    assert line.annual_rate == D("12.15")  # the rate in force on as_of
    assert "ECB MRO 3.15 % + 10 points" in line.basis and "ECB MRO 2.15 % + 10 points" in line.basis
    assert "Code de commerce, art. D441-5" in line.sources
    assert any("5 June 2025" in s for s in line.sources)
    assert result.total == {"EUR": D("1066.12")}
    assert result.stale is False


def test_fr_business_rate_is_fixed_for_the_semester():
    # EUR 2,500.00 due 2025-01-31, as of 2025-03-02: 28 (Feb) + 2 (Mar) = 30 days.
    # The MRO fell to 2.90 on 2025-02-05 and 2.65 on 2025-03-12, but the semester keeps the 1 January
    # rate: 3.15 + 10 = 13.15 %. 2500 * 13.15 * 30 / 36500 = 27.0205... -> 27.02
    line = only_line(late_amounts("FR", "business", [inv("2500.00", date(2025, 1, 31))], date(2025, 3, 2)))
    assert line.interest == D("27.02")
    assert line.basis == "ECB MRO 3.15 % + 10 points"


def test_fr_contract_rate_below_three_times_legal_rate_is_raised():
    # Contract 5.00 %, EUR 1,000.00 due 2025-05-31, as of 2025-08-15.
    # 2025 S1 legal rate (professional creditor) 3.71 -> floor 11.13 %, 30 days
    # 2025 S2 legal rate 2.76 -> floor 8.28 %, 46 days
    # 1000 * (11.13 * 30 + 8.28 * 46) / 36500 = (333.9 + 380.88) / 36.5 = 19.5830... -> 19.58
    result = late_amounts(
        "FR", "business", [inv("1000.00", date(2025, 5, 31))], date(2025, 8, 15), contract_rate=D("5.00")
    )
    line = only_line(result)
    assert line.interest == D("19.58")
    assert line.annual_rate == D("8.28")
    assert "raised to 3 x legal rate 3.71 %" in line.basis
    assert line.fixed_fee == D("40.00")


def test_fr_contract_rate_above_the_floor_is_used():
    # Contract 12.00 % > 3 x 3.71 = 11.13. EUR 1,000.00 due 2025-03-31, as of 2025-04-30: 30 days.
    # 1000 * 12 * 30 / 36500 = 9.8630... -> 9.86
    result = late_amounts(
        "FR", "business", [inv("1000.00", date(2025, 3, 31))], date(2025, 4, 30), contract_rate=D("12.00")
    )
    line = only_line(result)
    assert line.interest == D("9.86")
    assert line.basis == "contract rate 12.00 %"


# --- France, consumer debtor ---------------------------------------------------------------------


def test_fr_consumer_never_gets_a_fee_nor_interest_without_notice():
    line = only_line(late_amounts("FR", "consumer", [inv("1000.00", date(2025, 5, 31))], date(2025, 8, 15)))
    assert line.fixed_fee == D("0.00")
    assert line.interest == D("0.00")
    assert line.annual_rate is None
    assert line.days_late == 76
    assert fixed_fee("FR", "consumer", D("1000.00"), "EUR") == D(0)


def test_fr_consumer_interest_runs_from_the_notice_at_the_legal_rate():
    # Notice on 2025-06-20. EUR 1,000.00 due 2025-05-31, as of 2025-08-15.
    # 2025-06-21..06-30 = 10 days at 3.71 %; 2025-07-01..08-15 = 46 days at 2.76 %.
    # 1000 * (3.71 * 10 + 2.76 * 46) / 36500 = (37.1 + 126.96) / 36.5 = 4.4948... -> 4.49
    result = late_amounts(
        "FR",
        "consumer",
        [inv("1000.00", date(2025, 5, 31))],
        date(2025, 8, 15),
        contract_rate=D("20"),  # ignored for consumers
        notice_on=date(2025, 6, 20),
    )
    line = only_line(result)
    assert line.interest == D("4.49")
    assert line.fixed_fee == D("0.00")
    assert result.total == {"EUR": D("1004.49")}


def test_rounding_happens_once_per_line_not_per_segment():
    # EUR 30.00, notice 2025-06-29, as of 2025-07-01: 1 day at 3.71 % and 1 day at 2.76 %.
    # Per segment: 0.00305 -> 0.00 and 0.00227 -> 0.00. Per line: 30 * 6.47 / 36500 = 0.00532 -> 0.01
    line = only_line(
        late_amounts(
            "FR", "consumer", [inv("30.00", date(2025, 6, 1))], date(2025, 7, 1), notice_on=date(2025, 6, 29)
        )
    )
    assert line.interest == D("0.01")


def test_rounding_is_half_up():
    # USD 182.50 at 1 % for 1 day: 182.5 / 36500 = 0.005 exactly -> 0.01 (banker's rounding gives 0.00)
    line = only_line(
        late_amounts("US", "business", [inv("182.50", date(2025, 1, 1), "USD")], date(2025, 1, 2), D("1"))
    )
    assert line.interest == D("0.01")


# --- United Kingdom ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "principal, fee",
    [
        ("0.01", "40"),
        ("999.99", "40"),
        ("1000.00", "70"),
        ("9999.99", "70"),
        ("10000.00", "100"),
        ("250000", "100"),
    ],
)
def test_uk_fixed_sum_bands(principal, fee):
    assert fixed_fee("GB", "business", D(principal), "GBP") == D(fee)
    assert fixed_fee("GB", "consumer", D(principal), "GBP") == D(0)


def test_uk_business_interest_and_bands():
    # GBP 999.99 and 1,000.00 due 2025-05-31, as of 2025-08-15.
    # Bank Rate on 31 Dec 2024: 4.75 -> 12.75 % for 2025-06-01..06-30 (30 days)
    # Bank Rate on 30 Jun 2025: 4.25 -> 12.25 % for 2025-07-01..08-15 (46 days)
    # 999.99 * (12.75 * 30 + 12.25 * 46) / 36500 = 999.99 * 946 / 36500 = 25.9175... -> 25.92
    # 1000.00 * 946 / 36500 = 25.9178... -> 25.92
    due, as_of = date(2025, 5, 31), date(2025, 8, 15)
    result = late_amounts(
        "UK", "business", [inv("999.99", due, "GBP", "A"), inv("1000.00", due, "GBP", "B")], as_of
    )
    a, b = result.lines
    assert (a.interest, a.fixed_fee) == (D("25.92"), D("40.00"))
    assert (b.interest, b.fixed_fee) == (D("25.92"), D("70.00"))
    assert "Bank Rate 4.75 % + 8 points" in a.basis and "Bank Rate 4.25 % + 8 points" in a.basis
    assert result.total == {"GBP": D("1999.99") + D("51.84") + D("110.00")}


def test_uk_consumer_gets_nothing():
    result = late_amounts("GB", "consumer", [inv("5000.00", date(2025, 1, 31), "GBP")], date(2025, 8, 15))
    line = only_line(result)
    assert (line.interest, line.fixed_fee) == (D("0.00"), D("0.00"))
    assert result.total == {"GBP": D("5000.00")}


# --- EU default, US ------------------------------------------------------------------------------


def test_eu_default_across_the_year_end():
    # DE, EUR 10,000.00 due 2024-12-21, as of 2025-01-10.
    # 1 Jul 2024: ECB MRO 4.25 (from 2024-06-12) + 8 = 12.25 % for 2024-12-22..31 (10 days)
    # 1 Jan 2025: ECB MRO 3.15 + 8 = 11.15 % for 2025-01-01..10 (10 days)
    # 10000 * (12.25 * 10 + 11.15 * 10) / 36500 = 2340000 / 36500 = 64.1095... -> 64.11; plus EUR 40.
    line = only_line(late_amounts("DE", "business", [inv("10000.00", date(2024, 12, 21))], date(2025, 1, 10)))
    assert line.interest == D("64.11")
    assert line.fixed_fee == D("40.00")
    assert "Directive 2011/7/EU, art. 6" in line.sources


@pytest.mark.parametrize("country", ["ES", "IT", "BE", "NL", "NO"])
def test_eu_default_countries(country):
    # EUR 1,000.00 due 2025-03-31, as of 2025-04-30: 30 days at 3.15 + 8 = 11.15 %.
    # 1000 * 11.15 * 30 / 36500 = 9.1643... -> 9.16
    line = only_line(
        late_amounts(country, "business", [inv("1000.00", date(2025, 3, 31))], date(2025, 4, 30))
    )
    assert (line.interest, line.fixed_fee) == (D("9.16"), D("40.00"))
    consumer = only_line(
        late_amounts(country, "consumer", [inv("1000.00", date(2025, 3, 31))], date(2025, 4, 30))
    )
    assert (consumer.interest, consumer.fixed_fee) == (D("0.00"), D("0.00"))


def test_us_has_no_statutory_amounts():
    result = late_amounts("US", "business", [inv("1000.00", date(2025, 1, 1), "USD")], date(2025, 6, 1))
    line = only_line(result)
    assert (line.interest, line.fixed_fee, line.annual_rate) == (D("0.00"), D("0.00"), None)
    assert result.total == {"USD": D("1000.00")}
    assert result.stale is False
    assert fixed_fee("US", "business", D("1000.00"), "USD") == D(0)


def test_us_contract_rate_is_simple_interest():
    # USD 1,000.00 due 2025-01-01 at 18 %, as of 2025-03-02: 30 (Jan 2-31) + 28 + 2 = 60 days.
    # 1000 * 18 * 60 / 36500 = 29.5890... -> 29.59
    result = late_amounts(
        "US", "consumer", [inv("1000.00", date(2025, 1, 1), "USD")], date(2025, 3, 2), contract_rate=D("18")
    )
    assert only_line(result).interest == D("29.59")


# --- Cross-cutting -------------------------------------------------------------------------------


@pytest.mark.parametrize("as_of", [date(2025, 5, 31), date(2025, 5, 1)])
def test_not_yet_late_is_zero(as_of):
    line = only_line(late_amounts("FR", "business", [inv("1000.00", date(2025, 5, 31))], as_of))
    assert (line.days_late, line.interest, line.fixed_fee, line.annual_rate) == (
        0,
        D("0.00"),
        D("0.00"),
        None,
    )


def test_one_day_late():
    # 2025-06-01 only: 1000 * 13.15 / 36500 = 0.3602... -> 0.36
    line = only_line(late_amounts("FR", "business", [inv("1000.00", date(2025, 5, 31))], date(2025, 6, 1)))
    assert (line.days_late, line.interest, line.fixed_fee) == (1, D("0.36"), D("40.00"))


def test_stale_flag_follows_the_last_checked_date():
    checked = series("ecb_mro").last_checked
    due = checked - timedelta(days=30)
    fresh = late_amounts("DE", "business", [inv("100.00", due)], checked + timedelta(days=200))
    stale = late_amounts("DE", "business", [inv("100.00", due)], checked + timedelta(days=201))
    assert fresh.stale is False
    assert stale.stale is True
    # After the last entry, the last rate stays in force.
    assert only_line(stale).annual_rate == series("ecb_mro").entries[-1].rate + 8


def test_multiple_currencies_are_kept_apart():
    due, as_of = date(2025, 3, 31), date(2025, 4, 30)  # 30 days at 11.15 %: EUR 9.16 per 1,000
    invoices = [
        inv("1000.00", due, "EUR", "A"),
        inv("1000.00", due, "EUR", "B"),
        inv("500.00", due, "SEK", "C"),
    ]
    result = late_amounts("IE", "business", invoices, as_of)
    assert result.total_principal == {"EUR": D("2000.00"), "SEK": D("500.00")}
    assert result.total_interest == {"EUR": D("18.32"), "SEK": D("4.58")}
    # The EUR 40 is not converted into SEK: it is left out and said so.
    assert result.total_fees == {"EUR": D("80.00"), "SEK": D("0.00")}
    assert "not converted to SEK" in result.lines[2].basis
    assert result.total == {"EUR": D("2098.32"), "SEK": D("504.58")}


def test_amounts_are_decimal_only():
    result = late_amounts("FR", "business", [inv("1234.56", date(2025, 5, 31))], date(2025, 8, 15))
    line = only_line(result)
    for value in (line.principal, line.interest, line.fixed_fee, line.annual_rate):
        assert type(value) is D
    for totals in (result.total_principal, result.total_interest, result.total_fees, result.total):
        assert all(type(v) is D for v in totals.values())
    assert all(
        type(x) is D
        for x in (fixed_fee("GB", "business", D("5"), "GBP"), fixed_fee("US", "business", D("5"), "USD"))
    )


def test_floats_and_bad_kinds_are_rejected():
    with pytest.raises(TypeError):
        late_amounts(
            "FR", "business", [LateInvoice("F", 1000.0, "EUR", date(2025, 5, 31))], date(2025, 8, 15)
        )
    with pytest.raises(TypeError):
        late_amounts("US", "business", [inv("1.00", date(2025, 5, 31))], date(2025, 8, 15), contract_rate=8.0)
    with pytest.raises(ValueError):
        late_amounts("FR", "b2b", [], date(2025, 8, 15))


def test_no_invoices_gives_empty_totals():
    result = late_amounts("FR", "business", [], date(2025, 8, 15))
    assert result.lines == () and result.total == {} and result.stale is False


def test_rate_before_the_data_is_an_error_not_a_guess():
    # The French legal rate series starts in 2023: a 2022 semester cannot be floored.
    with pytest.raises(RateUnavailable):
        late_amounts(
            "FR", "business", [inv("100.00", date(2022, 11, 30))], date(2023, 1, 15), contract_rate=D("1")
        )


# --- Rate data -----------------------------------------------------------------------------------


def test_rate_series_are_complete_and_dated():
    rates = load_rates()
    assert set(rates) >= {"ecb_mro", "fr_legal_pro", "fr_legal_consumer", "boe_base"}
    for s in rates.values():
        assert s.unit == "percent per year" and s.name and s.publisher
        assert all(e.source for e in s.entries)
        assert [e.start for e in s.entries] == sorted(e.start for e in s.entries)
    # French legal rates change on 1 January and 1 July only.
    for key in ("fr_legal_pro", "fr_legal_consumer"):
        assert all((e.start.month, e.start.day) in ((1, 1), (7, 1)) for e in rates[key].entries)


@pytest.mark.parametrize(
    "key, on, rate",
    [
        ("ecb_mro", date(2022, 7, 26), "0.00"),
        ("ecb_mro", date(2022, 7, 27), "0.50"),
        ("ecb_mro", date(2024, 1, 1), "4.50"),
        ("ecb_mro", date(2024, 9, 18), "3.65"),
        ("ecb_mro", date(2025, 1, 1), "3.15"),
        ("ecb_mro", date(2025, 7, 1), "2.15"),
        ("fr_legal_pro", date(2024, 3, 1), "5.07"),
        ("fr_legal_consumer", date(2024, 9, 1), "8.16"),
        ("boe_base", date(2019, 12, 31), "0.75"),
        ("boe_base", date(2020, 12, 31), "0.10"),
        ("boe_base", date(2023, 12, 31), "5.25"),
        ("boe_base", date(2025, 6, 30), "4.25"),
    ],
)
def test_rates_in_force(key, on, rate):
    assert series(key).in_force(on).rate == D(rate)


def test_rates_file_rejects_numbers(tmp_path):
    data = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    data["series"]["ecb_mro"]["entries"][0]["rate"] = 0.0
    path = tmp_path / "rates.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError):
        load_rates(path)


def test_a_semester_whose_french_legal_rate_is_not_published_claims_no_interest_on_it():
    """The legal rate is set per half-year: the last one known is never carried into a half-year the table
    lacks (the digest names the missing figure instead)."""
    from chalicelib.core.amounts import Item, statement

    start = date(2026, 7, 1)
    if any(e.start == start for e in series("fr_legal_pro").entries):
        pytest.skip("the 2026 S2 figure has been published into the table since")
    inv = LateInvoice("F-1", D("420.00"), "EUR", date(2026, 7, 22))
    with pytest.raises(RateUnavailable):
        late_amounts("FR", "consumer", [inv], as_of=date(2026, 11, 9), notice_on=date(2026, 10, 19))
    with pytest.raises(RateUnavailable):
        late_amounts("FR", "business", [inv], as_of=date(2026, 11, 9), contract_rate=D("5"))
    line = statement("FR", "consumer", [Item("i", "F-1", "EUR", D("420.00"), date(2026, 7, 22), "claimed",
                                             "final_notice", date(2026, 10, 19))], date(2026, 11, 9)).lines[0]
    assert (line.principal, line.penalties, line.indemnity) == (D("420.00"), 0, 0)
    # the statutory B2B rate rests on the ECB rate in force on 1 July, which is known: it is still claimed
    assert late_amounts("FR", "business", [inv], as_of=date(2026, 11, 9)).lines[0].interest > 0
