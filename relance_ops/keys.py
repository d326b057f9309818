"""Token keyring for the SSM parameter /relance/<stage>/token-keys (see README, Deploying).

    python -m relance_ops.keys                    # a new keyring: {"current": 1, "keys": {"1": "<base64>"}}
    python -m relance_ops.keys --rotate < old.json  # adds a key and makes it current; old links still verify
"""

from __future__ import annotations

import argparse
import secrets
import sys

from chalicelib.adapters.tokens import Keyring


def rotate(ring: Keyring) -> Keyring:
    kid = max(ring.keys) + 1
    if kid > 255:
        raise SystemExit("key ids go up to 255: drop old keys first")
    return Keyring({**ring.keys, kid: secrets.token_bytes(32)}, kid)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relance_ops.keys", description="Prints a token keyring as JSON.")
    parser.add_argument("--rotate", action="store_true", help="read the current keyring JSON on stdin")
    args = parser.parse_args(argv)
    ring = rotate(Keyring.from_json(sys.stdin.read())) if args.rotate else Keyring.generate()
    print(ring.to_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
