"""boto3 clients, made lazily on first use and cached (never at import: they would escape moto and run
during `chalice package`)."""

from __future__ import annotations

from botocore.config import Config

from chalicelib import config

_clients: dict[str, object] = {}


def client(service: str):
    c = _clients.get(service)
    if c is None:
        import boto3  # boto3 adds ~20 ms to a cold start: loaded by the first client, not at import

        c = boto3.client(service, region_name=config.region(),
                         config=Config(retries={"mode": "standard", "max_attempts": 5}))
        _clients[service] = c
    return c


def reset() -> None:
    _clients.clear()
