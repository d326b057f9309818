"""parse_mail never raises: truncated, mislabelled and junk input all come back as a ParsedMail."""

import os
import random
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from chalicelib.core.replies import parse_mail

HEAD = b"From: Jean <jean@martin.fr>\r\nTo: r+tok@reply.example\r\nSubject: Re: Relance\r\n"
HEAD += b"Date: Mon, 03 Nov 2025 14:12:00 +0100\r\nMIME-Version: 1.0\r\n"


def test_plain_reply_fields():
    raw = (
        HEAD
        + b"Message-ID: <a@b>\r\nIn-Reply-To: <r1@x>\r\nReferences: <r0@x> <r1@x>\r\nCc: Compta <compta@martin.fr>\r\n"
    )
    raw += b"Content-Type: text/plain; charset=utf-8\r\n\r\nJe paierai le 15.\r\n\r\n> Relance\r\n"
    m = parse_mail(raw)
    assert (m.from_addr, m.from_name, m.to_addrs, m.cc_addrs) == (
        "jean@martin.fr",
        "Jean",
        ("r+tok@reply.example",),
        ("compta@martin.fr",),
    )
    assert m.date == datetime(2025, 11, 3, 13, 12, tzinfo=UTC)
    assert (m.message_id, m.in_reply_to, m.references) == ("<a@b>", "<r1@x>", ("<r0@x>", "<r1@x>"))
    assert m.new_text == "Je paierai le 15."
    assert not m.auto_reply and not m.bounce


def test_prefers_plain_text_over_html():
    raw = (
        HEAD
        + b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nplain wins\r\n'
    )
    raw += b"--b\r\nContent-Type: text/html\r\n\r\n<p>html loses</p>\r\n--b--\r\n"
    m = parse_mail(raw)
    assert m.new_text == "plain wins" and not m.html_only


def test_html_only_is_converted_without_remote_content():
    raw = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    raw += b"<html><head><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Je paie <b>demain</b>."
    raw += b'<img src="https://tracker.example/pixel.gif"></p><blockquote>Vieux message</blockquote></body></html>'
    m = parse_mail(raw)
    assert m.html_only
    assert "Je paie demain." in m.new_text
    assert "tracker" not in m.text and "color" not in m.text and "Vieux" not in m.new_text


def test_truncated_multipart():
    raw = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nJe paierai le 15'
    )
    m = parse_mail(raw)
    assert "Je paierai le 15" in m.new_text


def test_unknown_and_wrong_charsets():
    m = parse_mail(HEAD + b"Content-Type: text/plain; charset=x-klingon\r\n\r\nR\xe9gl\xe9 hier\r\n")
    assert "hier" in m.new_text
    m = parse_mail(HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nR\xe9gl\xe9 hier\r\n")
    assert "hier" in m.new_text
    m = parse_mail(HEAD + b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nR\xe9gl\xe9 hier\r\n")
    assert m.new_text == "Réglé hier"


def test_broken_base64_and_encoded_headers():
    raw = (
        b"From: =?utf-8?b?SsOpcsO0bWU=?= <j@x.fr>\r\nSubject: =?iso-8859-1?q?R=E9ponse?=\r\nDate: garbage\r\n"
    )
    raw += b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSmUgcGFpZS@@@Bk\r\n"
    m = parse_mail(raw)
    assert m.from_name == "Jérôme" and m.subject == "Réponse" and m.date is None


def test_empty_and_missing_everything():
    for raw in (b"", b"\r\n\r\n", b"no headers at all", HEAD + b"\r\n"):
        m = parse_mail(raw)
        assert m.new_text == m.new_text.strip()
    m = parse_mail(b"")
    assert (m.from_addr, m.subject, m.date, m.to_addrs, m.new_text) == ("", "", None, (), "")


def test_binary_junk_never_raises():
    rng = random.Random(5)
    for _ in range(200):
        blob = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 3000)))
        parse_mail(blob)
        parse_mail(HEAD + b'Content-Type: multipart/mixed; boundary="q"\r\n\r\n--q\r\n' + blob)


def test_max_bytes_truncates_and_says_so():
    m = parse_mail(HEAD + b"Content-Type: text/plain\r\n\r\n" + b"a" * 5000, max_bytes=1000)
    assert any("truncated" in d for d in m.defects)


def test_attachments_are_listed_not_read():
    raw = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nCi-joint l\'avis de virement.\r\n'
    )
    raw += b'--m\r\nContent-Type: application/pdf; name="avis.pdf"\r\nContent-Disposition: attachment; filename="avis.pdf"\r\n'
    raw += b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--m--\r\n"
    m = parse_mail(raw)
    assert m.attachments == ("avis.pdf",) and "avis de virement" in m.new_text


@pytest.mark.parametrize(
    "header,auto",
    [
        (b"Auto-Submitted: auto-replied", True),
        (b"Auto-Submitted: no", False),
        (b"X-Autoreply: yes", True),
        (b"X-Autorespond: 1", True),
        (b"Precedence: bulk", True),
        (b"Precedence: auto_reply", True),
        (b"Precedence: list", False),
    ],
)
def test_auto_reply_headers(header, auto):
    m = parse_mail(HEAD + header + b"\r\nContent-Type: text/plain\r\n\r\nabsent\r\n")
    assert m.auto_reply is auto


@pytest.mark.parametrize(
    "subject",
    [
        "Réponse automatique : Relance",
        "Absence du bureau",
        "Automatic reply: X",
        "Out of Office: X",
        "Abwesenheitsnotiz: X",
    ],
)
def test_auto_reply_subjects(subject):
    raw = (
        b"From: a@b.fr\r\nSubject: "
        + subject.encode()
        + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nabsent\r\n"
    )
    assert parse_mail(raw).auto_reply


def test_delivery_status_notification():
    raw = b"From: MAILER-DAEMON@x.fr\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n"
    raw += b'Content-Type: multipart/report; report-type=delivery-status; boundary="d"\r\n\r\n'
    raw += b"--d\r\nContent-Type: text/plain\r\n\r\nSorry.\r\n--d\r\nContent-Type: message/delivery-status\r\n\r\n"
    raw += b"Reporting-MTA: dns; x.fr\r\n\r\nFinal-Recipient: rfc822; Gone@Martin.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n--d--\r\n"
    m = parse_mail(raw)
    assert m.bounce and m.bounced_recipient == "gone@martin.fr"
    delayed = parse_mail(raw.replace(b"Action: failed", b"Action: delayed").replace(b"5.1.1", b"4.4.7"))
    assert not delayed.bounce


def test_signatures_and_phone_footers_are_dropped():
    for footer in (
        "Envoyé de mon iPhone",
        "Sent from my iPhone",
        "Envoyé depuis mon mobile",
        "Get Outlook for iOS",
        "-- \nJean",
    ):
        raw = (
            HEAD
            + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + f"Je paie demain.\n\n{footer}\n".encode()
        )
        assert parse_mail(raw).new_text == "Je paie demain.", footer


def test_import_is_light():
    code = (
        "import sys, chalicelib.core.replies; print('dateparser' in sys.modules, 'html2text' in sys.modules)"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.split() == ["False", "False"]
