"""Amounts and currencies. Money is Decimal; a float never enters."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

# Stripe sends amounts in the currency's smallest unit; these differ from ISO 4217 where Stripe says so.
# Source: https://docs.stripe.com/currencies#zero-decimal (checked 2026-11).
_STRIPE_ZERO_DECIMAL = frozenset(
    "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF".split()
)
_STRIPE_THREE_DECIMAL = frozenset("BHD JOD KWD OMR TND".split())
# Bounds checked before Decimal does any work: "1e999999999" parses at once, but formatting or quantizing it
# builds a billion digits. No invoice a small firm sends comes near a thousand billion in any currency.
MAX_AMOUNT_TEXT = 40
MAX_AMOUNT = Decimal(10) ** 15


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    # ISO 4217's X-codes are metals, funds and test codes, except these real currencies.
    return frozenset(c for c in list_currencies() if not c.startswith("X") or c in ("XAF", "XOF", "XPF", "XCD"))


def check_currency(code: object) -> str:
    """Returns the upper-case ISO 4217 code or raises ValueError."""
    if not isinstance(code, str) or len(code) != 3 or code.upper() not in _iso_currencies():
        raise ValueError("not an ISO 4217 currency code")
    return code.upper()


def decimals(currency: str) -> int:
    from babel.numbers import get_currency_precision

    return get_currency_precision(currency)


def parse_amount(value: object, *, allow_negative: bool = False) -> Decimal:
    """A decimal string ("1200.00", "1200,50") or an integer; never a float."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValueError("amount must be a decimal string such as \"1200.00\"")
    if isinstance(value, int):
        if abs(value) >= MAX_AMOUNT:
            raise ValueError(f"amount must be below {MAX_AMOUNT:,f}")
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("amount must be a finite decimal number")
        amount = value
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        if len(text) > MAX_AMOUNT_TEXT or not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", text):
            raise ValueError("amount must be a decimal number such as \"1200.00\" (digits, no exponent)")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError("amount must be a decimal number such as \"1200.00\"") from None
    else:
        raise ValueError("amount must be a decimal string such as \"1200.00\"")
    if abs(amount) >= MAX_AMOUNT:
        raise ValueError(f"amount must be below {MAX_AMOUNT:,f}")
    if amount < 0 and not allow_negative:
        raise ValueError("amount must not be negative")
    exponent = amount.as_tuple().exponent  # an int: the amount is finite here ('n', 'N', 'F' are not)
    if isinstance(exponent, int) and exponent < -4:
        raise ValueError("amount has too many decimal places")
    return amount


def quantize(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-decimals(currency)), rounding=ROUND_HALF_UP)


def from_minor(units: int, currency: str) -> Decimal:
    """Stripe minor units to a Decimal amount; raises ValueError past MAX_AMOUNT."""
    if isinstance(units, bool) or not isinstance(units, int) or abs(units) >= MAX_AMOUNT * 1000:
        raise ValueError(f"must be an integer amount in minor units below {MAX_AMOUNT * 1000:f}")
    code = currency.upper()
    if code in _STRIPE_ZERO_DECIMAL:
        places = 0
    elif code in _STRIPE_THREE_DECIMAL:
        places = 3
    else:
        places = 2
    amount = Decimal(int(units)).scaleb(-places)
    if abs(amount) >= MAX_AMOUNT:
        raise ValueError(f"must be an amount below {MAX_AMOUNT:f} in minor units")
    return amount


def fmt(amount: Decimal) -> str:
    """The canonical string of an amount in the API ("1200.00")."""
    return f"{amount:f}"
