"""The local stack: every AWS resource the deploy template creates, on moto, in-process.

Used by `make demo`, `make run` and the end-to-end tests. Not deployed.
"""

from __future__ import annotations

import email
import email.policy
import os
from datetime import UTC, datetime
from pathlib import Path

import boto3
from chalice.test import Client
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID

from chalicelib import clock
from chalicelib.adapters import aws, dynamo
from chalicelib.adapters.dynamo import DynamoStore
from chalicelib.services import tenants

ROOT = Path(__file__).resolve().parents[1]
REGION = "eu-west-1"
ENV = {
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": REGION, "AWS_REGION": REGION, "RELANCE_STAGE": "dev",
    "RELANCE_TABLE_PREFIX": "relance-dev", "RELANCE_QUEUE": "relance-dev-reminders",
    "RELANCE_MAIL_BUCKET": "relance-dev-inbound-mail", "RELANCE_SES_CONFIGURATION_SET": "relance-dev",
    "RELANCE_TOKEN_KEY_PARAM": "/relance/dev/token-keys", "RELANCE_PUBLIC_URL": "https://relance.test",
}


class DevStack:
    def __init__(self, now: datetime | None = None):
        self.now = now or datetime.now(UTC)
        self._saved_env: dict[str, str | None] = {}

    # lifecycle
    def __enter__(self) -> DevStack:
        for k, v in ENV.items():
            self._saved_env[k] = os.environ.get(k)
            os.environ[k] = v
        self._mock = mock_aws()
        self._mock.start()
        # Clients made before the mock would reach the real AWS: rebuild every cached one.
        dynamo.bind(force=True)
        aws.reset()
        self._create_resources()
        clock.set_source(lambda: self.now)
        from app import app

        self.app = app
        self.client = Client(app, stage_name="dev", project_dir=str(ROOT))
        self.http = self.client.http
        return self

    def __exit__(self, *exc) -> None:
        clock.set_source(None)
        self._mock.stop()
        aws.reset()
        dynamo.bind(force=True)
        for k, v in self._saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    def _create_resources(self) -> None:
        ddb = boto3.client("dynamodb", region_name=REGION)
        for spec in dynamo.table_specs(ENV["RELANCE_TABLE_PREFIX"]):
            ddb.create_table(**spec)
        self.store = DynamoStore()

    # tenants
    def create_tenant(self, **kwargs) -> dict:
        t = tenants.create_tenant(self.store, now=self.now, **kwargs)
        boto3.client("sesv2", region_name=REGION).create_email_identity(EmailIdentity=kwargs["sender"])
        return t

    # mail
    def outbox(self) -> list[email.message.EmailMessage]:
        from moto.ses.models import ses_backends

        sent = ses_backends[DEFAULT_ACCOUNT_ID][REGION].sent_messages
        return [email.message_from_string(m.raw_data, policy=email.policy.default) for m in sent
                if hasattr(m, "raw_data")]
