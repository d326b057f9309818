"""Bounds at the door, found by an outside probe: pure checks, each fast."""

import base64
import time
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chalicelib.adapters.tokens import Keyring
from chalicelib.core import intake
from chalicelib.core.errors import BadRequest, ValidationError
from chalicelib.core.mime import build_message
from chalicelib.core.money import MAX_AMOUNT, from_minor, parse_amount
from chalicelib.core.policy import default_policy, from_dict

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_hardening_token_spare_bits_must_be_zero():
    ring = Keyring.generate()
    token = ring.sign(ring.ref("t_1", "c_1"))
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    others = [token[:-1] + c for c in alphabet if c != token[-1]]
    same_bytes = [t for t in others if base64.b32decode(t.upper() + "====") == base64.b32decode(token.upper() + "====")]
    assert len(same_bytes) == 15  # what the probe found: 15 other spellings of the same bytes
    assert all(ring.verify(t) is None for t in others)
    assert ring.verify(token) and ring.verify(token.upper()) == ring.verify(token)  # case folding still fine


@pytest.mark.parametrize("text", ["1e999999999", "1E+400", "9" * 5000, "1" + "0" * 15, "-1e5", "NaN", "Infinity",
                                  "0x10", "1_000", "\u0661\u0662"])
def test_hardening_amounts_are_bounded_before_decimal_works(text):
    started = time.monotonic()
    with pytest.raises(ValueError):
        parse_amount(text)
    assert time.monotonic() - started < 0.1


def test_hardening_amount_bounds_for_ints_and_minor_units():
    assert parse_amount("999999999999999.99") < MAX_AMOUNT and parse_amount(12) == 12
    for bad in (10 ** 15, 10 ** 400):
        with pytest.raises(ValueError):
            parse_amount(bad)
    assert from_minor(120000, "EUR") == parse_amount("1200.00")
    for bad in (10 ** 20, "120000", True, 1.5):
        with pytest.raises(ValueError):
            from_minor(bad, "EUR")


@given(st.text(max_size=60))
def test_hardening_any_accepted_amount_formats_short(text):
    try:
        amount = parse_amount(text)
    except ValueError:
        return
    assert abs(amount) < MAX_AMOUNT and len(f"{amount:f}") <= 40


@given(st.text(max_size=30))
def test_hardening_accepted_text_always_builds_a_message(name):
    """Whatever a text field accepts, a mail header can carry (the send never fails on it)."""
    try:
        clean = intake._text(200)(name)
    except ValueError:
        return
    build_message(from_addr="a@b.fr", from_name=clean, to=["c@d.fr"], reply_to=None, subject=f"F-1 {clean}",
                  text="x", html="x", message_id="<m@b.fr>", date=NOW)


@given(st.text(max_size=30))
def test_hardening_cleaned_stripe_text_always_builds_a_message(name):
    clean = intake.clean_text(name.encode("utf-8", "replace").decode("utf-8"))
    assert intake.bad_char(clean) is None
    build_message(from_addr="a@b.fr", from_name=clean, to=["c@d.fr"], reply_to=None, subject=clean,
                  text="x", html="x", message_id="<m@b.fr>", date=NOW)


def test_hardening_emails_are_what_ses_can_send():
    assert intake.check_email("compta@café.fr") == "compta@xn--caf-dma.fr"
    assert intake.check_email(" Compta@Martin.FR ") == "Compta@Martin.FR"
    for bad in ("josé@martin.fr", "a\x00@martin.fr", "a@martin", "a@-x.fr", "a b@martin.fr", "a@b.c", "a@" + "é" * 70,
                "\ud800@martin.fr", "a@\ud800.fr"):
        with pytest.raises(ValueError):
            intake.check_email(bad)


def test_hardening_links_for_debtors_are_https_only():
    assert intake._url("https://pay.example/x?a=1")
    for bad in ("javascript:alert(1)", "http://pay.example", "https://", "https://a b", "data:text/html,x",
                'https://x"onmouseover=1', "https://\u00e9.fr", "JAVASCRIPT:alert(1)"):
        with pytest.raises(ValueError):
            intake._url(bad)


def test_hardening_dates_and_stamps_stay_in_range():
    assert intake.parse_day("2026-10-31") == date(2026, 10, 31)
    for bad in ("0001-01-01", "9999-12-31", "1969-12-31", "2026-10-31" * 10):
        with pytest.raises(ValueError):
            intake.parse_day(bad)
    for bad in ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"):
        with pytest.raises(ValueError):
            intake.parse_instant(bad)
    for bad in (10 ** 20, -1, True, "1790000000"):
        with pytest.raises(ValueError):
            intake.from_stamp(bad)


def test_hardening_json_reader_bounds_depth_and_numbers():
    assert intake.parse_json(b'{"a": [1, "2", 3.5]}') == {"a": [1, "2", "3.5"]}
    for raw in (b"[" * 100000 + b"]" * 100000, b"[" * 40 + b"]" * 40, b'{"n": ' + b"9" * 5000 + b"}",
                b'{"n": 1e999999999999999999999999999999999999999}', b"NaN", b"\xff", b"{"):
        with pytest.raises(BadRequest):
            intake.parse_json(raw)


def test_hardening_payment_in_the_future_is_refused():
    intake.parse_payment({"amount": "10", "paid_on": "2026-11-03"}, occurred_at=NOW, payment_id="p", source="api")
    with pytest.raises(ValidationError) as exc:
        intake.parse_payment({"amount": "10", "paid_on": "2026-11-04"}, occurred_at=NOW, payment_id="p", source="api")
    assert "payment.paid_on" in exc.value.fields


@pytest.mark.parametrize("doc, field", [
    ({"window_start": "17:00", "window_end": "09:00"}, "policy.window_end"),
    ({"window_end": "08:00"}, "policy.window_end"),
    ({"window_start": "09:00+01:00"}, "policy.window_start"),
    ({"stages": [{"name": "reminder", "offset_days": 10 ** 9, "tone": "neutral"}]}, "policy.stages[0].offset_days"),
    ({"stages": [{"name": "reminder", "offset_days": True, "tone": "neutral"}]}, "policy.stages[0]"),
    ({"stages": [{"name": ["x"], "offset_days": 1, "tone": "neutral"}]}, "policy.stages[0].name"),
    ({"stages": [{"name": "x", "offset_days": 1, "tone": ["neutral"], "template": "x"}]}, "policy.stages[0].tone"),
    ({"stages": [{"name": "reminder", "offset_days": i, "tone": "neutral"} for i in range(13)]}, "policy.stages"),
    ({"name": {"a": 1}}, "policy.name"),
])
def test_hardening_policy_ranges(doc, field):
    with pytest.raises(ValidationError) as exc:
        from_dict(doc, base=default_policy("FR"))
    assert field in exc.value.fields


def test_hardening_policy_bounds_keep_good_documents():
    p = from_dict({"window_start": "08:30", "window_end": "18:00",
                   "stages": [{"name": "heads_up", "offset_days": -90, "tone": "neutral"},
                              {"name": "reminder", "offset_days": 1, "tone": "neutral"},
                              {"name": "final_notice", "offset_days": 3650, "tone": "formal"}]},
                  base=default_policy("FR"))
    assert p.window_end > p.window_start and len(p.stages) == 3


def test_a_policy_whose_first_letter_after_the_due_date_is_a_notice_is_refused():
    import pytest

    from chalicelib.core.errors import ValidationError

    with pytest.raises(ValidationError):
        from_dict({"stages": [{"name": "heads_up", "offset_days": -5, "tone": "courteous"},
                              {"name": "formal_notice", "offset_days": 30, "tone": "formal"}]},
                  base=default_policy("FR"))
