"""The firm's digest says, in one sentence, which rate figures in force the table lacks (on the twins)."""

import email
import email.policy
from datetime import UTC, datetime, timedelta

from chalicelib.core import intake as core_intake
from chalicelib.services import digest, intake, invoices
from chalicelib.services.tenants import create_tenant
from tests.factories import generic_event

NOW = datetime(2026, 11, 3, 9, tzinfo=UTC)  # 2026 S2: the French legal rate for it is not in the table


def _digest_text(deps, tenant, now=NOW):
    ev = generic_event(id="inv_1", due_on="2026-10-02", customer_id="c_1", email="compta@martin.fr",
                       occurred_at="2026-11-01T09:00:00Z")
    intake.apply(deps.store, tenant, core_intake.parse_generic(ev, "evt_inv_1"), datetime(2026, 11, 1, 9, tzinfo=UTC))
    invoices.dispute(deps.store, tenant, "inv_1", {"reason": "Quantité livrée incorrecte"},
                     now - timedelta(hours=1))  # something to report
    assert digest.send_one(deps, tenant, now)
    sent = [m for m in deps.mailer.sent if m.to == [tenant.notify_to]]
    msg = email.message_from_bytes(sent[-1].raw, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content()


def test_french_digest_names_the_missing_legal_rate_and_the_command(deps, tenant):
    text = _digest_text(deps, tenant)
    sentence = next(line for line in text.splitlines() if "peuvent être faux" in line)
    assert "taux de l'intérêt légal (créanciers professionnels) du second semestre 2026 manque" in sentence
    assert "(créanciers particuliers) du second semestre 2026" in sentence
    assert "`make rates`" in sentence
    assert "BCE" not in sentence  # the ECB rate in force on 1 July 2026 is in the table


def test_uk_digest_says_nothing_when_bank_rate_is_confirmed(deps):
    info = create_tenant(deps.store, name="Smith & Co", sender="accounts@smith.co.uk", jurisdiction="GB",
                         language="en", timezone="Europe/London", now=NOW)
    text = _digest_text(deps, deps.store.get_tenant(info["tenant_id"]))
    assert "Late-payment amounts may be wrong" not in text and "make rates" not in text


def test_english_digest_says_when_the_ecb_figure_for_the_half_year_is_missing(deps):
    info = create_tenant(deps.store, name="Müller GmbH", sender="buchhaltung@mueller.de", jurisdiction="DE",
                         language="en", timezone="Europe/Berlin", now=NOW)
    text = _digest_text(deps, deps.store.get_tenant(info["tenant_id"]), datetime(2027, 1, 5, 9, tzinfo=UTC))
    sentence = next(line for line in text.splitlines() if "Late-payment amounts may be wrong" in line)
    assert "the ECB main refinancing rate for January-June 2027 is missing from the rates table" in sentence
    assert sentence.endswith("(run `make rates` to refresh it).")
