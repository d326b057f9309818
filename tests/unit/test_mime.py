import email
from datetime import UTC, datetime
from email import policy

import pytest

from chalicelib.core.mime import build_message, make_message_id

LINK = "https://pay.example/p/tok_3f9a"


def _build(**over):
    args = dict(
        from_addr="relances@atelier-dupont.fr",
        from_name="Atelier Dupont — Études",
        to="compta@martin.example",
        cc=["dg@martin.example"],
        reply_to="r+tok@reply.example",
        subject="Mise en demeure de payer – facture F-2026-0042 – Atelier Dupont",
        text=f"Madame, Monsieur,\n\nTotal\u00a0: 1\u202f049,99\u00a0€\n{LINK}\n",
        html=f'<p>Madame, Monsieur,</p><a href="{LINK}">Régler</a>',
        message_id=make_message_id("t1/c19/formal_notice/2026-11-30", "atelier-dupont.fr"),
        in_reply_to="<prev@atelier-dupont.fr>",
        references=["<first@atelier-dupont.fr>"],
        date=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        headers={"X-SES-CONFIGURATION-SET": "relance"},
    )
    args.update(over)
    return build_message(**args)


def _parse(raw):
    return email.message_from_bytes(raw, policy=policy.default)


def test_parses_back_with_both_parts_and_headers():
    raw = _build()
    assert raw.isascii()
    assert all(len(line) <= 78 for line in raw.split(b"\r\n"))
    msg = _parse(raw)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["From"].addresses[0].display_name == "Atelier Dupont — Études"
    assert msg["From"].addresses[0].addr_spec == "relances@atelier-dupont.fr"
    assert "=?utf-8?" in raw.decode().split("\r\n\r\n")[0]  # encoded, not raw UTF-8
    assert msg["Reply-To"] == "r+tok@reply.example"
    assert msg["To"] == "compta@martin.example"
    assert msg["Cc"] == "dg@martin.example"
    assert msg["Subject"] == "Mise en demeure de payer – facture F-2026-0042 – Atelier Dupont"
    assert msg["Message-ID"].startswith("<relance.") and msg["Message-ID"].endswith("@atelier-dupont.fr>")
    assert msg["In-Reply-To"] == "<prev@atelier-dupont.fr>"
    assert msg["References"].split() == ["<first@atelier-dupont.fr>", "<prev@atelier-dupont.fr>"]
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-SES-CONFIGURATION-SET"] == "relance"
    assert msg["Date"].datetime == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert not msg.defects and not any(p.defects for p in msg.walk())


def test_bodies_round_trip_with_link_in_both_parts():
    msg = _parse(_build())
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "1\u202f049,99\u00a0€" in text
    assert LINK in text and LINK in html
    assert "Régler" in html


def test_no_threading_headers_on_a_first_message():
    msg = _parse(_build(in_reply_to=None, references=(), cc=(), from_name=None))
    assert msg["In-Reply-To"] is None and msg["References"] is None and msg["Cc"] is None
    assert msg["From"] == "relances@atelier-dupont.fr"


def test_same_message_id_gives_same_bytes():
    assert _build() == _build()


def test_make_message_id_is_deterministic():
    a = make_message_id("seed", "example.com")
    assert a == make_message_id("seed", "example.com") != make_message_id("other", "example.com")
    assert a.startswith("<") and a.endswith("@example.com>")


@pytest.mark.parametrize(
    "over",
    [
        {"subject": "Hello\r\nBcc: victim@example.com"},
        {"to": "a@example.com\nBcc: b@example.com"},
        {"from_name": "Dupont\r\nX-Evil: 1"},
        {"headers": {"Subject": "twice"}},
        {"date": datetime(2026, 11, 30, 9, 0)},
    ],
)
def test_rejects_header_injection_and_naive_dates(over):
    with pytest.raises(ValueError):
        _build(**over)
