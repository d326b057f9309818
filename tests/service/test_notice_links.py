"""Firm notices link to the cockpit's pages (from deps.public_url), never to API endpoints."""

import email
import email.policy
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from chalicelib.core.records import Party
from chalicelib.services import notices

from .conftest import NOW

ROWS = [{"id": "inv_812", "number": "F-2026-0042", "amount_due": Decimal("1200.00"), "currency": "EUR",
         "due_on": date(2026, 10, 31)}]
DEBTOR = Party("c_19", "compta@martin.fr", "SARL Martin")
CASES = {
    "dispute": ({"debtor": DEBTOR, "invoices": ROWS, "detail": {"reason": "x"}, "excerpt": None}, "/app/invoices/inv_812"),
    "promise_approval": ({"debtor": DEBTOR, "invoices": ROWS, "detail": {"promise_date": date(2027, 2, 1),
                                                                         "limit_days": 30}, "excerpt": None}, "/app/todo"),
    "bounce": ({"email": "a@b.fr", "kind": "bounce", "detail": "", "invoices": ROWS}, "/app/todo"),
    "handoff": ({"debtor": DEBTOR, "invoices": ROWS}, "/app/debtors/c_19"),
    "paid_claimed": ({"debtor": DEBTOR, "invoices": ROWS, "detail": {"paused_until": date(2026, 11, 12), "paid_on": None, "method": None},
                      "excerpt": None},
                     "/app/invoices/inv_812"),
    "digest": ({"day": date(2026, 11, 2), "sent": [], "payments": [], "promises": [], "clicks": [], "stages": {}, "rate_gaps": [], "refresh_command": "make rates",
                "human": [{"type": "dispute_opened", "detail": {}, "id": "inv_812", "number": "F-2026-0042",
                           "debtor": "SARL Martin"}]}, "/app/invoices/inv_812"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_notices_link_the_cockpit_not_the_api(deps, tenant, lang, name):
    ctx, path = CASES[name]
    notices.send(deps, replace(tenant, language=lang), name, ctx, NOW)
    msg = email.message_from_bytes(deps.mailer.sent[-1].raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()
    assert "https://relance.test" + path in text
    assert "/v1/" not in text and "API" not in text
