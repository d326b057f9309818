"""Amounts and currencies. Money is Decimal; a float never enters."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

# Stripe sends amounts in the currency's smallest unit; these differ from ISO 4217 where Stripe says so.
# Source: https://docs.stripe.com/currencies#zero-decimal (checked 2026-11).
_STRIPE_ZERO_DECIMAL = frozenset(
    "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF".split()
)
_STRIPE_THREE_DECIMAL = frozenset("BHD JOD KWD OMR TND".split())


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
    if isinstance(value, int | Decimal):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError("amount must be a decimal number such as \"1200.00\"") from None
    else:
        raise ValueError("amount must be a decimal string such as \"1200.00\"")
    if not amount.is_finite():
        raise ValueError("amount must be a finite decimal number")
    if amount < 0 and not allow_negative:
        raise ValueError("amount must not be negative")
    if amount.as_tuple().exponent < -4:
        raise ValueError("amount has too many decimal places")
    return amount


def quantize(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-decimals(currency)), rounding=ROUND_HALF_UP)


def from_minor(units: int, currency: str) -> Decimal:
    """Stripe minor units to a Decimal amount."""
    code = currency.upper()
    if code in _STRIPE_ZERO_DECIMAL:
        places = 0
    elif code in _STRIPE_THREE_DECIMAL:
        places = 3
    else:
        places = 2
    return Decimal(int(units)).scaleb(-places)


def fmt(amount: Decimal) -> str:
    """The canonical string of an amount in the API ("1200.00")."""
    return f"{amount:f}"
