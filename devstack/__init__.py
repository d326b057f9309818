"""The local stack: every AWS resource the deploy template creates, on moto, in-process.

Used by `make demo`, `make run` and the end-to-end tests. Not deployed.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import boto3
from chalice.test import Client
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID

from chalicelib import clock, wiring
from chalicelib.adapters import aws, dynamo, tokens
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
        tokens.reset()
        wiring.reset()
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
        tokens.reset()
        wiring.reset()
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
        sqs = boto3.client("sqs", region_name=REGION)
        dlq = sqs.create_queue(QueueName=ENV["RELANCE_QUEUE"] + "-dlq")["QueueUrl"]
        dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.queue_url = sqs.create_queue(QueueName=ENV["RELANCE_QUEUE"], Attributes={
            "VisibilityTimeout": "360",
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "5"})})["QueueUrl"]
        self.dlq_url = dlq
        boto3.client("s3", region_name=REGION).create_bucket(
            Bucket=ENV["RELANCE_MAIL_BUCKET"], CreateBucketConfiguration={"LocationConstraint": REGION})
        sns = boto3.client("sns", region_name=REGION)
        self.topics = {n: sns.create_topic(Name=f"relance-dev-{n}")["TopicArn"] for n in ("ses-events", "inbound")}
        boto3.client("sesv2", region_name=REGION).create_configuration_set(
            ConfigurationSetName=ENV["RELANCE_SES_CONFIGURATION_SET"])
        boto3.client("ssm", region_name=REGION).put_parameter(
            Name=ENV["RELANCE_TOKEN_KEY_PARAM"], Type="SecureString", Value=tokens.Keyring.generate().to_json())

    # tenants
    def create_tenant(self, **kwargs) -> dict:
        t = tenants.create_tenant(self.store, now=self.now, **kwargs)
        boto3.client("sesv2", region_name=REGION).create_email_identity(EmailIdentity=kwargs["sender"])
        return t

    def add_user(self, tenant_id: str, email: str, role: str = "owner") -> dict:
        """A firm user who may sign in to the cockpit (/app/login)."""
        from chalicelib.services import users

        return users.add_user(self.store, tenant_id, email, role)

    # mail
    def outbox(self) -> list[email.message.EmailMessage]:
        from moto.ses.models import ses_backends

        sent = ses_backends[DEFAULT_ACCOUNT_ID][REGION].sent_messages
        return [email.message_from_string(m.raw_data, policy=email.policy.default) for m in sent
                if hasattr(m, "raw_data")]

    # the scheduled path
    def run(self, at: datetime | None = None, max_rounds: int = 20) -> dict:
        """Fires daily_run at `at`, then drains the queue through send_reminders until empty."""
        if at is not None:
            self.now = at
        event = {"version": "0", "id": str(uuid.uuid4()), "detail-type": "Scheduled Event",
                 "source": "aws.events", "account": DEFAULT_ACCOUNT_ID, "region": REGION,
                 "time": self.now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "resources": [], "detail": {}}
        summary = self.client.lambda_.invoke("daily_run", event).payload
        summary.update(self.drain(max_rounds))
        return summary

    def drain(self, max_rounds: int = 20) -> dict:
        sqs = boto3.client("sqs", region_name=REGION)
        handled = failed = 0
        for _ in range(max_rounds):
            msgs = sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=10,
                                       AttributeNames=["All"]).get("Messages", [])
            if not msgs:
                break
            result = self.client.lambda_.invoke("send_reminders", self.sqs_event(msgs)).payload
            bad = {f["itemIdentifier"] for f in result["batchItemFailures"]}
            for m in msgs:
                if m["MessageId"] in bad:
                    failed += 1
                    sqs.change_message_visibility(QueueUrl=self.queue_url, ReceiptHandle=m["ReceiptHandle"],
                                                  VisibilityTimeout=0)
                else:
                    handled += 1
                    sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=m["ReceiptHandle"])
        return {"handled": handled, "failed": failed}

    def sqs_event(self, msgs: list[dict]) -> dict:
        """The Lambda event SQS would deliver, one distinct messageId per record."""
        arn = f"arn:aws:sqs:{REGION}:{DEFAULT_ACCOUNT_ID}:{ENV['RELANCE_QUEUE']}"
        return {"Records": [{"messageId": m["MessageId"], "receiptHandle": m["ReceiptHandle"], "body": m["Body"],
                             "attributes": m.get("Attributes", {}), "messageAttributes": {},
                             "md5OfBody": m["MD5OfBody"], "eventSource": "aws:sqs", "eventSourceARN": arn,
                             "awsRegion": REGION} for m in msgs]}

    def sns_event(self, topic: str, message: dict | str) -> dict:
        body = message if isinstance(message, str) else json.dumps(message)
        return {"Records": [{"EventSource": "aws:sns", "EventVersion": "1.0",
                             "EventSubscriptionArn": self.topics[topic] + ":sub",
                             "Sns": {"Type": "Notification", "MessageId": str(uuid.uuid4()),
                                     "TopicArn": self.topics[topic], "Subject": None, "Message": body,
                                     "Timestamp": self.now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                     "MessageAttributes": {}}}]}

    def ses_event(self, kind: str, ses_message_id: str) -> dict:
        """What SES's configuration set publishes to SNS for that message (event publishing format)."""
        stamp = self.now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        mail = {"timestamp": stamp, "messageId": ses_message_id, "source": "relance@example.test",
                "destination": [], "headersTruncated": False, "headers": []}
        message = {"eventType": kind.capitalize(), "mail": mail}
        if kind == "bounce":
            message["bounce"] = {"bounceType": "Permanent", "bounceSubType": "General", "timestamp": stamp,
                                 "bouncedRecipients": [{"emailAddress": "unknown", "action": "failed",
                                                        "status": "5.1.1",
                                                        "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}
        elif kind == "complaint":
            message["complaint"] = {"complainedRecipients": [], "timestamp": stamp,
                                    "complaintFeedbackType": "abuse"}
        elif kind == "delivery":
            message["delivery"] = {"timestamp": stamp, "recipients": [], "smtpResponse": "250 2.6.0 Message received"}
        else:
            raise ValueError("kind must be bounce, complaint or delivery")
        return self.client.lambda_.invoke("ses_events", self.sns_event("ses-events", message)).payload

    def deliver_email(self, raw: bytes, at: datetime | None = None, verdict: str = "PASS") -> dict:
        """As SES receiving would: the raw MIME into the inbound bucket (S3 action), then the "Received"
        notice through SNS to inbound_email. Recipients come from the To and Cc headers."""
        if at is not None:
            self.now = at
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        rcpts = [a for _, a in email.utils.getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])) if a]
        ses_id = uuid.uuid4().hex[:20]
        key = f"inbound/{ses_id}"
        boto3.client("s3", region_name=REGION).put_object(Bucket=ENV["RELANCE_MAIL_BUCKET"], Key=key, Body=raw)
        stamp = self.now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        common = {"from": msg.get_all("From", []), "to": msg.get_all("To", []), "subject": msg.get("Subject"),
                  "date": msg.get("Date"), "messageId": msg.get("Message-ID"), "returnPath": msg.get("Return-Path")}
        message = {
            "notificationType": "Received",
            "receipt": {"timestamp": stamp, "processingTimeMillis": 400, "recipients": rcpts,
                        "spamVerdict": {"status": verdict}, "virusVerdict": {"status": "PASS"},
                        "spfVerdict": {"status": "PASS"}, "dkimVerdict": {"status": "PASS"},
                        "dmarcVerdict": {"status": "PASS"},
                        "action": {"type": "S3", "topicArn": self.topics["inbound"],
                                   "bucketName": ENV["RELANCE_MAIL_BUCKET"], "objectKey": key}},
            "mail": {"timestamp": stamp, "source": email.utils.parseaddr(msg.get("From", ""))[1],
                     "messageId": ses_id, "destination": rcpts, "headersTruncated": False,
                     "headers": [{"name": k, "value": str(v)} for k, v in msg.items()],
                     "commonHeaders": {k: v for k, v in common.items() if v}},
        }
        return self.client.lambda_.invoke("inbound_email", self.sns_event("inbound", message)).payload

    def sent_ses_ids(self) -> list[str]:
        from moto.ses.models import ses_backends

        return [m.id for m in ses_backends[DEFAULT_ACCOUNT_ID][REGION].sent_messages]
