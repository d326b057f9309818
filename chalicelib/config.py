"""Configuration, read at call time (never at import: Chalice applies its environment per invoke)."""

import os
from typing import overload


@overload
def _env(name: str) -> str | None: ...


@overload
def _env(name: str, default: str) -> str: ...


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value else default


def stage() -> str:
    return _env("RELANCE_STAGE", "dev")


def table_prefix() -> str:
    return _env("RELANCE_TABLE_PREFIX", f"relance-{stage()}")


def region() -> str:
    return _env("AWS_REGION", _env("AWS_DEFAULT_REGION", "eu-west-1"))


def dynamodb_endpoint() -> str | None:
    return _env("RELANCE_DYNAMODB_ENDPOINT")


def queue_name() -> str:
    return _env("RELANCE_QUEUE", f"relance-{stage()}-reminders")


def mail_bucket() -> str:
    return _env("RELANCE_MAIL_BUCKET", f"relance-{stage()}-inbound-mail")


def public_url() -> str | None:
    """Base of the debtor links, e.g. https://pay.example.com (no trailing slash); None: the API's own URL."""
    value = _env("RELANCE_PUBLIC_URL")
    return value.rstrip("/") if value else None


def configuration_set() -> str | None:
    return _env("RELANCE_SES_CONFIGURATION_SET", f"relance-{stage()}")


def send_rate() -> float:
    """SES sends per second allowed to this account (the SES quota); never exceeded."""
    return float(_env("RELANCE_SES_RATE", "10"))


def token_key_param() -> str:
    return _env("RELANCE_TOKEN_KEY_PARAM", f"/relance/{stage()}/token-keys")


def max_body_bytes() -> int:
    return 1024 * 1024
