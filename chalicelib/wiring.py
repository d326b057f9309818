"""The one wiring point: the real adapters, assembled once per container (rebuilt if configuration changes).
Every handler (app.py, the debtor pages, the cockpit) takes its Deps from here."""

from __future__ import annotations

from chalicelib import config
from chalicelib.adapters import tokens
from chalicelib.adapters.dynamo import DynamoStore
from chalicelib.adapters.mailer import SesMailer
from chalicelib.adapters.queue import SqsQueue
from chalicelib.services.context import Deps

_deps: tuple[tuple, Deps] | None = None
FALLBACK_URL = "https://relance.invalid"  # never in a link: the deploy sets the URL or the API request gives it


class _LazyKeyring:
    """The keyring comes from SSM on first use: webhooks and the API never pay for it."""

    @property
    def keys(self) -> dict[int, bytes]:
        return tokens.keyring().keys

    @property
    def current(self) -> int:
        return tokens.keyring().current

    def ref(self, tenant_id: str, customer_id: str) -> str:
        return tokens.keyring().ref(tenant_id, customer_id)

    def sign(self, ref: str) -> str:
        return tokens.keyring().sign(ref)

    def verify(self, token: str) -> str | None:
        return tokens.keyring().verify(token)


def deps() -> Deps:
    global _deps
    key = (config.table_prefix(), config.region(), config.dynamodb_endpoint(), config.queue_name(),
           config.public_url(), config.token_key_param())
    if _deps is None or _deps[0] != key:
        from chalicelib.adapters.mailstore import S3MailStore

        _deps = (key, Deps(store=DynamoStore(), mailer=SesMailer(), queue=SqsQueue(), keyring=_LazyKeyring(),
                           public_url=config.public_url() or FALLBACK_URL, mail_store=S3MailStore()))
    return _deps[1]


def reset() -> None:
    global _deps
    _deps = None
