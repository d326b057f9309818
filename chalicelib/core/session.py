"""The cockpit's signed session cookie and CSRF tokens. Pure: keys and `now` come in.

A session is `<key id>.<payload>.<tag>`: the payload (user, tenant, session id, expiry) in URL-safe base64,
the tag an HMAC-SHA256 under a key derived from the link keyring (rotation keeps sessions valid while the
old key stays in the ring). A CSRF token is an HMAC of the session id (or, before sign-in, of a random
pre-session cookie): a form posted from elsewhere cannot know it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime

SESSION_SECONDS = 12 * 3600


@dataclass(frozen=True)
class Session:
    email: str
    tenant_id: str
    sid: str
    expires: int  # epoch seconds


def _key(secret: bytes, purpose: bytes) -> bytes:
    return hmac.new(secret, b"relance cockpit " + purpose, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(keys: dict[int, bytes], current: int, s: Session) -> str:
    payload = _b64(json.dumps({"u": s.email, "t": s.tenant_id, "s": s.sid, "e": s.expires},
                              separators=(",", ":")).encode())
    tag = hmac.new(_key(keys[current], b"session"), f"{current}.{payload}".encode(), hashlib.sha256).digest()
    return f"{current}.{payload}.{_b64(tag)}"


def verify(keys: dict[int, bytes], value: str | None, now: datetime) -> Session | None:
    """The session a genuine, unexpired cookie names, else None."""
    if not isinstance(value, str) or len(value) > 1024 or value.count(".") != 2:
        return None
    kid, payload, tag = value.split(".")
    if not kid.isdigit() or int(kid) not in keys:
        return None
    want = hmac.new(_key(keys[int(kid)], b"session"), f"{kid}.{payload}".encode(), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(_unb64(tag), want):
            return None
        d = json.loads(_unb64(payload))
        s = Session(str(d["u"]), str(d["t"]), str(d["s"]), int(d["e"]))
    except (ValueError, KeyError, TypeError):
        return None
    return s if now.timestamp() < s.expires else None


def csrf(keys: dict[int, bytes], current: int, sid: str) -> str:
    return _b64(hmac.new(_key(keys[current], b"csrf"), sid.encode(), hashlib.sha256).digest()[:18])


def check_csrf(keys: dict[int, bytes], sid: str | None, token: str | None) -> bool:
    if not sid or not isinstance(token, str) or len(token) > 64:
        return False
    return any(hmac.compare_digest(token, csrf(keys, kid, sid)) for kid in keys)


def link_hash(secret: str) -> str:
    """Only a hash of a sign-in link's secret is stored."""
    return hashlib.sha256(b"relance login|" + secret.encode()).hexdigest()
