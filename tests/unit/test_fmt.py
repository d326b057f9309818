from datetime import date
from decimal import Decimal

import pytest

from chalicelib.core.fmt import day, money

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    "amount, currency, locale, expected",
    [
        ("1234.56", "EUR", "fr_FR", f"1{NNBSP}234,56{NBSP}€"),
        ("1234.56", "EUR", "en_GB", "€1,234.56"),
        ("1234.56", "GBP", "en_GB", "£1,234.56"),
        ("1234.56", "USD", "en_US", "$1,234.56"),
        ("0.5", "EUR", "fr_FR", f"0,50{NBSP}€"),
        ("1234", "JPY", "en_US", "¥1,234"),
        ("1234", "JPY", "fr_FR", f"1{NNBSP}234{NBSP}JPY"),
        ("1234567.8", "USD", "en_US", "$1,234,567.80"),
    ],
)
def test_money(amount, currency, locale, expected):
    assert money(Decimal(amount), currency, locale) == expected


def test_money_trim_whole_amounts_only():
    assert money(Decimal(40), "EUR", "fr_FR", trim=True) == f"40{NBSP}€"
    assert money(Decimal(40), "GBP", "en_GB", trim=True) == "£40"
    assert money(Decimal("40.50"), "EUR", "fr_FR", trim=True) == f"40,50{NBSP}€"


@pytest.mark.parametrize(
    "d, locale, style, expected",
    [
        (date(2026, 10, 31), "fr_FR", "long", "31 octobre 2026"),
        (date(2026, 10, 1), "fr_FR", "long", "1er octobre 2026"),
        (date(2026, 10, 1), "fr_FR", "full", "jeudi 1er octobre 2026"),
        (date(2026, 10, 1), "fr_FR", "short", "01/10/2026"),
        (date(2026, 10, 31), "en_GB", "long", "31 October 2026"),
        (date(2026, 10, 1), "en_GB", "long", "1 October 2026"),
        (date(2026, 10, 31), "en_US", "long", "October 31, 2026"),
        (date(2026, 10, 31), "en_GB", "medium", "31 Oct 2026"),
    ],
)
def test_day(d, locale, style, expected):
    assert day(d, locale, style) == expected
