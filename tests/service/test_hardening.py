"""Replies and digests that used to be lost after a failure: marked after the send, headers always encodable."""

import dataclasses
import email
import email.policy
from datetime import UTC, datetime

import pytest

from chalicelib.adapters.mailer import SendFailed, Unreachable
from chalicelib.core import intake as core_intake
from chalicelib.services import digest, intake, invoices
from tests.factories import generic_event
from tests.service.test_inbound import FIRM, deliver, deps, forwards, notice, reply, sent  # noqa: F401  fixtures


def test_hardening_sender_name_with_line_separator_is_forwarded(deps, tenant, notice):  # noqa: F811
    """An unmatched reply: its subject names the sender by the display name it gave."""
    to = f"contact@{tenant.reply_domain}"
    for sender in ("=?utf-8?b?UGF1bOKAqE1hcnRpbg==?= <compta@martin.fr>",  # Paul U+2028 Martin
                   "=?utf-8?q?Paul=E2=80=A9Martin?= <compta@martin.fr>"):  # U+2029
        raw = reply("Bonjour, bien reçu.", to=to, sender=sender, subject="=?utf-8?q?Re=E2=80=A8:_facture?=")
        deliver(deps, notice, raw, to)
    fwds = forwards(deps)
    assert len(fwds) == 2
    for fwd in fwds:
        assert "Paul Martin" in fwd["Subject"] and fwd["Subject"].endswith("Re : facture")
        assert not any(c in fwd["Subject"] for c in "\u2028\u2029\n") and fwd["Reply-To"] == "compta@martin.fr"


def test_hardening_debtor_name_with_newline_is_forwarded(deps, tenant, notice):  # noqa: F811
    """Names stored before intake refused line breaks (or from another path) must not stop the forward."""
    change = core_intake.parse_generic(generic_event(id="inv_1", customer_id="c_1"), "evt_1")
    snap = change.snapshot
    snap = dataclasses.replace(snap, customer=dataclasses.replace(snap.customer, name="SARL\nMartin\u2029"))
    intake.apply(deps.store, tenant, dataclasses.replace(change, snapshot=snap), datetime(2026, 11, 1, tzinfo=UTC))
    ref = deps.keyring.ref(tenant.id, "c_1")
    deps.store.write(intake.WriteBatch(marks=[intake.Mark(f"ref#{ref}", {"tenant_id": tenant.id,
                                                                        "customer_id": "c_1"}, once=False)]))
    to = f"r+{deps.keyring.sign(ref)}@{tenant.reply_domain}"
    deliver(deps, notice, reply("Nous paierons le 15 décembre.", to=to), to)
    (fwd,) = forwards(deps)
    assert "SARL Martin" in fwd["Subject"]


@pytest.mark.parametrize("failure", [SendFailed("MessageRejected: x"), Unreachable("EndpointConnectionError: x")])
def test_hardening_forward_that_fails_twice_is_sent_on_the_next_delivery(deps, tenant, sent, notice, failure):  # noqa: F811
    raw = reply("Bonjour, bien reçu.", to=sent["reply_to"])  # no confirmation to the debtor: the forward is the send
    for _ in range(2):  # the first delivery, then SNS's retry: both sends fail
        deps.mailer.fail_next = failure
        with pytest.raises(SendFailed):
            deliver(deps, notice, raw, sent["reply_to"], ses_id="ses-1")
    assert forwards(deps) == []
    out = deliver(deps, notice, raw, sent["reply_to"], ses_id="ses-1")
    assert out == {"result": "duplicate", "forwarded": True} and len(forwards(deps)) == 1
    assert deliver(deps, notice, raw, sent["reply_to"], ses_id="ses-1") == {"result": "duplicate"}
    assert len(forwards(deps)) == 1


def test_hardening_digest_that_fails_is_sent_by_the_next_run(deps, tenant):  # noqa: F811
    change = core_intake.parse_generic(generic_event(id="inv_1", customer_id="c_1", due_on="2026-11-02"), "evt_1")
    intake.apply(deps.store, tenant, change, datetime(2026, 11, 1, tzinfo=UTC))
    invoices.dispute(deps.store, tenant, "inv_1", {"reason": "Quantité"}, datetime(2026, 11, 3, 8, tzinfo=UTC))
    now = datetime(2026, 11, 3, 9, tzinfo=UTC)
    deps.mailer.fail_next = Unreachable("EndpointConnectionError: x")
    with pytest.raises(SendFailed):
        digest.send_one(deps, tenant, now)
    assert digest.send_one(deps, tenant, now.replace(hour=10)) is True
    assert digest.send_one(deps, tenant, now.replace(hour=11)) is False  # once a day still
    (mail,) = [m for m in deps.mailer.sent if m.to == [FIRM]]
    assert "Quantité" in email.message_from_bytes(mail.raw, policy=email.policy.default).get_body(
        ("plain",)).get_content()
