"""Checksums of the identifiers a firm types in its settings. Pure."""

from __future__ import annotations

import re

BIC = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")


def iban_ok(value: str) -> bool:
    """ISO 13616: country, two check digits, up to 30 characters; mod 97 of the rearranged number is 1."""
    s = re.sub(r"\s+", "", value or "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    digits = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(digits) % 97 == 1


def bic_ok(value: str) -> bool:
    return bool(BIC.match(re.sub(r"\s+", "", value or "").upper()))


def siren_ok(value: str) -> bool:
    """A SIREN (9 digits) or SIRET (14) passes the Luhn check."""
    s = re.sub(r"\s+", "", value or "")
    if not re.fullmatch(r"\d{9}|\d{14}", s):
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
