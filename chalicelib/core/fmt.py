"""Locale formatting for amounts and dates (pure, babel).

Output is babel's, unchanged: French uses narrow no-break spaces as thousands separators and a
no-break space before the currency sign. Results are cached: the inputs are small and repeat.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache


@lru_cache(maxsize=4096)
def money(amount: Decimal, currency: str, locale: str, *, trim: bool = False) -> str:
    """ "1 234,56 €" (fr_FR), "£1,234.56" (en_GB); JPY has no decimals.

    trim=True drops the decimals of a whole amount ("40 €"), for figures quoted in prose.
    """
    from babel import Locale  # babel is loaded on first use, not at cold start
    from babel.numbers import format_currency

    if trim and amount == amount.to_integral_value():
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        whole = pattern.split(";")[0].replace(".00", "")
        return format_currency(amount, currency, whole, locale=locale, currency_digits=False)
    return format_currency(amount, currency, locale=locale)


@lru_cache(maxsize=4096)
def day(d: date, locale: str, style: str = "long") -> str:
    """ "31 octobre 2026" (fr), "31 October 2026" (en_GB), "October 31, 2026" (en_US).

    French writes the first of the month as an ordinal: "1er octobre 2026".
    """
    from babel import Locale
    from babel.dates import format_date

    loc = Locale.parse(locale)
    if loc.language == "fr" and d.day == 1 and style in ("long", "full"):
        pattern = loc.date_formats[style].pattern.replace("d MMMM", "d'er' MMMM")
        return format_date(d, pattern, locale=loc)
    return format_date(d, style, locale=loc)
