"""Debtor tokens: compact, opaque, and rejected without any I/O when not genuine."""

import base64
import secrets

from chalicelib.adapters.tokens import Keyring


def test_round_trip_is_compact_lowercase_and_fits_an_address_local_part():
    ring = Keyring.generate()
    ref = ring.ref("t_1", "c_19")
    token = ring.sign(ref)
    assert ring.verify(token) == ref
    assert len(token) == 28 and token == token.lower() and token.isalnum()
    assert len("r+" + token) <= 64


def test_refs_reveal_no_id_and_differ_per_debtor_and_tenant():
    ring = Keyring.generate()
    refs = {ring.ref(t, c) for t in ("t_1", "t_2") for c in ("c_1", "c_2")}
    assert len(refs) == 4
    assert all("c_" not in ring.sign(r) and "t_" not in ring.sign(r) for r in refs)


def test_forged_altered_truncated_and_wrong_key_tokens_fail():
    ring, other = Keyring.generate(), Keyring.generate()
    token = ring.sign(ring.ref("t_1", "c_1"))
    flipped = token[:10] + ("a" if token[10] != "a" else "b") + token[11:]
    forged = base64.b32encode(bytes([1]) + secrets.token_bytes(16)).decode().rstrip("=").lower()
    for bad in (flipped, token[:-1], token + "a", forged, other.sign(other.ref("t_1", "c_1")), "", "../../etc",
                token.upper().replace("A", "!"), None):
        assert ring.verify(bad) is None, bad


def test_rotation_keeps_old_links_and_the_debtor_ref():
    ring = Keyring.generate()
    ref = ring.ref("t_1", "c_1")
    old_token = ring.sign(ref)
    rotated = Keyring.from_json(ring.to_json())
    rotated.keys[2] = secrets.token_bytes(32)
    rotated.current = 2
    assert rotated.ref("t_1", "c_1") == ref
    new_token = rotated.sign(ref)
    assert new_token != old_token
    assert rotated.verify(old_token) == ref and rotated.verify(new_token) == ref
    assert ring.verify(new_token) is None  # a container with the old ring does not know key 2 yet
