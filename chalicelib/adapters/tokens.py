"""Signed debtor tokens for links (/p/<token>) and Reply-To addresses (r+<token>@...).

A token is base32(key id | debtor ref | tag): 17 bytes, 28 lower-case characters, so it survives mail
systems that fold case and fits an address's local part. The ref is an HMAC of tenant and debtor:
it reveals no id, sequential or not; the store maps it back (`ref#<ref>` mark) once the tag checks.
A forged, altered, truncated or wrong-key token fails the tag check before anything is read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import TYPE_CHECKING

from chalicelib import config

from . import aws

REF_BYTES, TAG_BYTES = 8, 8


class Keyring:
    """Key id (1-255) -> secret bytes; `current` signs, all verify (rotation keeps old links working)."""

    def __init__(self, keys: dict[int, bytes], current: int):
        if current not in keys:
            raise ValueError("current key missing from the keyring")
        self.keys, self.current = keys, current

    @classmethod
    def generate(cls) -> Keyring:
        return cls({1: secrets.token_bytes(32)}, 1)

    def to_json(self) -> str:
        return json.dumps({"current": self.current,
                           "keys": {str(k): base64.b64encode(v).decode() for k, v in self.keys.items()}})

    @classmethod
    def from_json(cls, text: str) -> Keyring:
        d = json.loads(text)
        return cls({int(k): base64.b64decode(v) for k, v in d["keys"].items()}, int(d["current"]))

    def ref(self, tenant_id: str, customer_id: str) -> str:
        """Stable per debtor, so every email carries the same link. Made with the oldest key, which rotation
        keeps: a new signing key changes tokens (old ones still verify), never the ref they name."""
        mac = hmac.new(self.keys[min(self.keys)], f"ref|{tenant_id}|{customer_id}".encode(), hashlib.sha256)
        return mac.hexdigest()[: REF_BYTES * 2]

    def sign(self, ref: str) -> str:
        kid, raw = self.current, bytes.fromhex(ref)
        tag = self._tag(kid, raw)
        return base64.b32encode(bytes([kid]) + raw + tag).decode().rstrip("=").lower()

    def verify(self, token: str) -> str | None:
        """The ref a genuine token names, else None. Pure computation: no I/O."""
        if not isinstance(token, str) or len(token) != 28 or not token.isalnum():
            return None
        try:
            data = base64.b32decode(token.upper() + "====")
        except ValueError:
            return None
        if len(data) != 1 + REF_BYTES + TAG_BYTES or data[0] not in self.keys:
            return None
        # 28 characters carry 140 bits for 136: the last one's 4 spare bits must be zero, or 16 spellings of
        # one token would open the same page.
        if base64.b32encode(data).decode().rstrip("=").lower() != token.lower():
            return None
        raw, tag = data[1: 1 + REF_BYTES], data[1 + REF_BYTES:]
        if not hmac.compare_digest(tag, self._tag(data[0], raw)):
            return None
        return raw.hex()

    def _tag(self, kid: int, raw: bytes) -> bytes:
        return hmac.new(self.keys[kid], b"tok|" + bytes([kid]) + raw, hashlib.sha256).digest()[:TAG_BYTES]


_cached: tuple[str, Keyring] | None = None


def keyring() -> Keyring:
    """From SSM Parameter Store (SecureString), cached per container and per parameter name."""
    global _cached
    name = config.token_key_param()
    if _cached is None or _cached[0] != name:
        value = aws.client("ssm").get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]
        _cached = (name, Keyring.from_json(value))
    return _cached[1]


def reset() -> None:
    global _cached
    _cached = None


if TYPE_CHECKING:  # mypy checks the keyring against its port (chalicelib/ports.py)
    from chalicelib import ports

    _tokens: ports.Keyring = Keyring.generate()
