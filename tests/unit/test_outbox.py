"""One outbox builds every outgoing email: headers and threading, whatever the kind of mail."""

import email
import email.policy
from datetime import UTC, datetime

from chalicelib.core.records import Customer, Party, Tenant
from chalicelib.services import outbox
from chalicelib.services.reminders import basis_text

T = Tenant("t1", "Atelier Dupont", "relances@atelier-dupont.fr", "reply.atelier-dupont.fr", "fr", "Europe/Paris",
           "FR", "whsec_x", "whsec_y", firm_email="compta@atelier-dupont.fr")
P = Party("c1", "compta@martin.fr", "SARL Martin", cc=("dg@martin.fr",))
NOW = datetime(2026, 11, 3, 9, tzinfo=UTC)


def parse(out):
    return email.message_from_bytes(out.raw, policy=email.policy.default)


def test_to_a_debtor_threads_under_the_first_and_last_letter_without_repeating_an_id():
    c = Customer("t1", "c1", thread_root="<a@x>", last_message_id="<b@x>")
    m = parse(outbox.to_debtor(T, P, c, token="tok", subject="S", text="t", html_body="<p>t</p>", now=NOW,
                               seed="s1", in_reply_to="<b@x>"))
    assert m["From"] == "Atelier Dupont <relances@atelier-dupont.fr>" and m["Reply-To"] == "r+tok@reply.atelier-dupont.fr"
    assert m["In-Reply-To"] == "<b@x>" and m["References"].split() == ["<a@x>", "<b@x>"]
    assert m["Auto-Submitted"] == "auto-generated" and m["Cc"] == "dg@martin.fr"
    first = Customer("t1", "c1", thread_root="<a@x>", last_message_id="<a@x>")
    m = parse(outbox.to_debtor(T, P, first, token="tok", subject="S", text="t", html_body="t", now=NOW, seed="s2"))
    assert m["References"].split() == ["<a@x>"]


def test_to_the_firm():
    out = outbox.to_firm(T, subject="Relance : point", text="Bonjour <b>", now=NOW, seed="n1")
    m = parse(out)
    assert m["To"] == "compta@atelier-dupont.fr" and m["From"] == "Relance <relances@atelier-dupont.fr>"
    assert "&lt;b&gt;" in m.get_body(("html",)).get_content() and out.recipients == ("compta@atelier-dupont.fr",)


def test_consumer_interest_basis_reads_in_the_letter_language():
    basis = "legal rate 2.62 % after notice of 2026-11-20"
    assert basis_text(basis, "fr") == "taux légal 2,62\u00a0% à compter de la mise en demeure du 20/11/2026"
    assert basis_text(basis, "en") == "legal rate 2.62 % from the formal notice of 2026-11-20"
