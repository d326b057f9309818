"""Raw MIME for reminder emails (pure, stdlib email).

multipart/alternative with a text and an HTML part, UTF-8 quoted-printable (7-bit clean),
RFC 5322 headers with CRLF line ends, non-ASCII display names and subjects encoded as RFC 2047
words. Assembled by hand: EmailMessage costs about 3 ms a message, email.header about 0.6 ms,
this well under 0.1 ms. The boundary derives from the Message-ID, so a retried send is byte-identical.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from email.utils import format_datetime, formataddr

CRLF = "\r\n"
_RESERVED = {
    "from", "to", "cc", "bcc", "reply-to", "subject", "message-id", "in-reply-to", "references",
    "date", "mime-version", "content-type", "content-transfer-encoding", "auto-submitted",
}  # fmt: skip


def _clean(value: str, field: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"line break in {field}")
    return value


def header_text(value: str) -> str:
    """Text for a header (a subject, a display name) on one line: every control character, line or paragraph
    separator (U+2028 splits lines for str.splitlines and the stdlib's folder) and lone surrogate becomes a
    space. For text that comes from outside: a reply's sender, a debtor's name."""
    out = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in value or "")
    return re.sub(" {2,}", " ", out).strip(" ")  # not str.split(): it would take the no-break spaces too


def _one_line(value: str, field: str) -> str:
    """CR and LF are refused (a header injection is a bug upstream); other control characters are spaces."""
    return header_text(_clean(value, field))


def _fold(text: str, room: int) -> str:
    """Fold ASCII text at spaces so lines stay within 78 characters."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > room:
            lines.append(line)
            line, room = word, 77
        else:
            line = f"{line} {word}" if line else word
    return f"{CRLF} ".join([*lines, line])


def _encoded_words(text: str) -> str:
    """RFC 2047 base64 words of at most 42 UTF-8 bytes (cut between characters), one a line."""
    data, words, i = text.encode("utf-8"), [], 0
    while i < len(data):
        j = min(i + 42, len(data))
        while j < len(data) and data[j] & 0xC0 == 0x80:
            j -= 1
        words.append(f"=?utf-8?b?{base64.b64encode(data[i:j]).decode('ascii')}?=")
        i = j
    return f"{CRLF} ".join(words)


def _text_header(name: str, value: str) -> str:
    value = _one_line(value, name)
    return _fold(value, 76 - len(name)) if value.isascii() else _encoded_words(value)


def _address(addr: str, name: str | None = None) -> str:
    _clean(addr, "address")
    if not addr.isascii() or not addr.isprintable() or "@" not in addr:
        raise ValueError(f"not an ASCII email address: {addr!r}")
    name = _one_line(name, "display name") if name else ""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{_encoded_words(name)}{CRLF} <{addr}>"


def _qp(body: str) -> str:
    data = CRLF.join(body.splitlines()).encode("utf-8") + CRLF.encode()
    return binascii.b2a_qp(data, istext=True).decode("ascii")


def build_message(
    *,
    from_addr: str,
    from_name: str | None,
    to: str | Iterable[str],
    cc: Iterable[str] = (),
    reply_to: str | None,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    date: datetime,
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """The message as bytes, ready for SES SendRawEmail (or SESv2 SendEmail Content.Raw)."""
    if date.tzinfo is None:
        raise ValueError("date must be timezone-aware")
    to = [to] if isinstance(to, str) else list(to)
    cc = list(cc)
    refs = [_clean(r, "References") for r in references]
    if in_reply_to and in_reply_to not in refs:
        refs.append(in_reply_to)

    lines = [f"From: {_address(from_addr, from_name)}", "To: " + ", ".join(_address(a) for a in to)]
    if cc:
        lines.append("Cc: " + ", ".join(_address(a) for a in cc))
    if reply_to:
        lines.append(f"Reply-To: {_address(reply_to)}")
    lines += [
        f"Subject: {_text_header('Subject', subject)}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {_clean(message_id, 'Message-ID')}",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: {_clean(in_reply_to, 'In-Reply-To')}")
    if refs:
        lines.append("References: " + f"{CRLF} ".join(refs))
    lines.append("Auto-Submitted: auto-generated")
    for name, value in (headers or {}).items():
        if name.lower() in _RESERVED or not name.isascii() or ":" in name or " " in name:
            raise ValueError(f"header {name!r} is not allowed here")
        lines.append(f"{_clean(name, 'header name')}: {_text_header(name, value)}")

    boundary = "=_relance_" + hashlib.sha256(message_id.encode()).hexdigest()[:24]
    lines += ["MIME-Version: 1.0", "Content-Type: multipart/alternative;", f' boundary="{boundary}"', ""]
    for subtype, body in (("plain", text), ("html", html)):
        lines += [
            f"--{boundary}",
            f'Content-Type: text/{subtype}; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(body),
        ]
    lines += [f"--{boundary}--", ""]
    return CRLF.join(lines).encode("ascii")


def make_message_id(seed: str, domain: str) -> str:
    """A deterministic "<...@domain>": the same seed (say tenant, debtor, stage, run date) gives
    the same id, so a retried send reuses it."""
    digest = hashlib.sha256(seed.encode()).hexdigest()[:32]
    return f"<relance.{digest}@{_clean(domain, 'domain')}>"
