"""The packaged template deployed into moto's server mode (CloudFormation), then read back through the
AWS APIs: every resource is there with its settings.

What `make deploy` does, step by step: the zip goes to an artifacts bucket, the SAM transform turns
sam.json into plain CloudFormation (aws-sam-translator, the library the CloudFormation service runs),
and `create_stack` makes the rest. moto's CloudFormation lacks some resource types (SES configuration
set, event destination, receipt rule set and rule; SNS subscription and topic policy; S3 bucket policy;
CloudWatch alarm) and ignores some properties (table TTL and point-in-time recovery; bucket public
access block and lifecycle). `cfn_gaps` fills exactly those, each by the API call CloudFormation itself
would make with the template's properties, so a property the API refuses fails the deploy here too.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import boto3
import pytest
from moto.core.common_models import CloudFormationModel
from moto.server import ThreadedMotoServer
from samtranslator.translator.transform import transform

from chalicelib.adapters import dynamo

pytestmark = pytest.mark.slow
REGION = "eu-west-1"
STACK = "relance-dev"
ALARM_EMAIL = "ops@atelier-dupont.fr"
PUBLIC_URL = "https://pay.atelier-dupont.fr"
_server_url: str | None = None


def _client(service: str, region: str = REGION):
    return boto3.client(service, region_name=region, endpoint_url=_server_url)


class _ApiResource:
    """A resource type moto's CloudFormation lacks, made by the API call CloudFormation would make."""

    def __init__(self, physical_id: str):
        self.physical_resource_id = physical_id

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @classmethod
    def has_cfn_attr(cls, attr: str) -> bool:
        return False

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):
        return cls(cls.make(resource_name, cloudformation_json.get("Properties", {}), region_name) or resource_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        return original_resource

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        return None


def _gap(cfn_type: str, make) -> type:
    # A direct subclass: moto lists CloudFormationModel.__subclasses__(); it files models by module name.
    return type(cfn_type.replace("::", ""), (_ApiResource, CloudFormationModel), {"__module__": "tests.cfn_gaps",
        "cloudformation_type": staticmethod(lambda: cfn_type), "make": classmethod(lambda cls, *a: make(*a))})


def _event_destination(name, p, region):
    d = p["EventDestination"]
    _client("ses", region).create_configuration_set_event_destination(
        ConfigurationSetName=p["ConfigurationSetName"], EventDestination={
            "Name": d["Name"], "Enabled": d["Enabled"], "MatchingEventTypes": d["MatchingEventTypes"],
            "SNSDestination": {"TopicARN": d["SnsDestination"]["TopicARN"]}})


def _topic_policy(name, p, region):
    for arn in p["Topics"]:
        _client("sns", region).set_topic_attributes(TopicArn=arn, AttributeName="Policy",
                                                    AttributeValue=json.dumps(p["PolicyDocument"]))


def _alarm(name, p, region):
    keys = ("AlarmDescription", "Namespace", "MetricName", "Statistic", "Dimensions", "ComparisonOperator",
            "Period", "EvaluationPeriods", "DatapointsToAlarm", "TreatMissingData", "AlarmActions", "OKActions")
    _client("cloudwatch", region).put_metric_alarm(
        AlarmName=name, Threshold=float(p["Threshold"]), **{k: p[k] for k in keys if k in p})
    return name


GAPS = [
    _gap("AWS::SES::ConfigurationSet", lambda name, p, region: _client("ses", region).create_configuration_set(
        ConfigurationSet={"Name": p["Name"]}) and p["Name"]),
    _gap("AWS::SES::ConfigurationSetEventDestination", _event_destination),
    _gap("AWS::SES::ReceiptRuleSet", lambda name, p, region: _client("ses", region).create_receipt_rule_set(
        RuleSetName=p["RuleSetName"]) and p["RuleSetName"]),
    _gap("AWS::SES::ReceiptRule", lambda name, p, region: _client("ses", region).create_receipt_rule(
        RuleSetName=p["RuleSetName"], Rule=p["Rule"]) and p["Rule"]["Name"]),
    _gap("AWS::SNS::TopicPolicy", _topic_policy),
    _gap("AWS::SNS::Subscription", lambda name, p, region: _client("sns", region).subscribe(
        TopicArn=p["TopicArn"], Protocol=p["Protocol"], Endpoint=p["Endpoint"])["SubscriptionArn"]),
    _gap("AWS::S3::BucketPolicy", lambda name, p, region: _client("s3", region).put_bucket_policy(
        Bucket=p["Bucket"], Policy=json.dumps(p["PolicyDocument"])) and p["Bucket"]),
    _gap("AWS::CloudWatch::Alarm", _alarm),
]


def _with_ignored_properties(monkeypatch):
    """Tables and buckets: moto makes them, these properties are then applied as CloudFormation would.
    The REST API: moto wants a Name, which CloudFormation takes from the OpenAPI body's title."""
    from moto.apigateway.models import RestAPI
    from moto.dynamodb.models.table import Table
    from moto.s3.models import FakeBucket

    def table(orig):
        def create(cls, name, cfn, account_id, region_name, **kw):
            made = orig.__func__(cls, name, cfn, account_id, region_name, **kw)
            p, ddb = cfn["Properties"], _client("dynamodb", region_name)
            if "TimeToLiveSpecification" in p:
                ddb.update_time_to_live(TableName=made.name, TimeToLiveSpecification=p["TimeToLiveSpecification"])
            if "PointInTimeRecoverySpecification" in p:
                ddb.update_continuous_backups(TableName=made.name,
                                              PointInTimeRecoverySpecification=p["PointInTimeRecoverySpecification"])
            return made
        return classmethod(create)

    def bucket(orig):
        def create(cls, name, cfn, account_id, region_name, **kw):
            made = orig.__func__(cls, name, cfn, account_id, region_name, **kw)
            p, s3 = cfn["Properties"], _client("s3", region_name)
            if "PublicAccessBlockConfiguration" in p:
                s3.put_public_access_block(Bucket=made.name,
                                           PublicAccessBlockConfiguration=p["PublicAccessBlockConfiguration"])
            if "LifecycleConfiguration" in p:
                s3.put_bucket_lifecycle_configuration(Bucket=made.name, LifecycleConfiguration={
                    "Rules": [{"ID": r["Id"], "Status": r["Status"], "Filter": {"Prefix": r.get("Prefix", "")},
                               "Expiration": {"Days": r["ExpirationInDays"]},
                               "AbortIncompleteMultipartUpload": r["AbortIncompleteMultipartUpload"]}
                              for r in p["LifecycleConfiguration"]["Rules"]]})
            return made
        return classmethod(create)

    def api(orig):
        def create(cls, name, cfn, account_id, region_name, **kw):
            p = cfn["Properties"]
            if "Name" not in p and "Body" in p:
                cfn = {**cfn, "Properties": {**p, "Name": p["Body"]["info"]["title"]}}
            return orig.__func__(cls, name, cfn, account_id, region_name, **kw)
        return classmethod(create)

    monkeypatch.setattr(RestAPI, "create_from_cloudformation_json", api(RestAPI.create_from_cloudformation_json))
    monkeypatch.setattr(Table, "create_from_cloudformation_json", table(Table.create_from_cloudformation_json))
    monkeypatch.setattr(FakeBucket, "create_from_cloudformation_json",
                        bucket(FakeBucket.create_from_cloudformation_json))


class _NoManagedPolicies:
    def load(self):  # Chalice's functions name their roles: no managed policy to look up
        return {}


@pytest.fixture(scope="module")
def server():
    global _server_url
    from moto.cloudformation import parsing

    with pytest.MonkeyPatch.context() as mp:
        for k, v in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                     "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION, "AWS_REGION": REGION}.items():
            mp.setenv(k, v)
        _with_ignored_properties(mp)
        parsing.get_model_list.cache_clear()
        parsing.get_model_map.cache_clear()
        parsing.get_name_type_map.cache_clear()
        srv = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
        srv.start()
        host, port = srv.get_host_and_port()
        _server_url = f"http://{host}:{port}"
        try:
            yield _server_url
        finally:
            srv.stop()
            _server_url = None
            for model in GAPS:  # out of moto's model list for the tests that follow
                model.cloudformation_type = staticmethod(lambda: "Relance::Test::Unused")
            parsing.get_model_list.cache_clear()
            parsing.get_model_map.cache_clear()
            parsing.get_name_type_map.cache_clear()


def without_rest_api(template: dict) -> dict:
    """The API Gateway part (Chalice's own) stays out: moto's CloudFormation ignores the OpenAPI body of a
    REST API, so its deployment fails for want of methods. What refers to it goes too."""
    res, out = dict(template["Resources"]), dict(template.get("Outputs", {}))
    gone = {k for k, r in res.items() if r["Type"].startswith("AWS::ApiGateway::")}
    while gone:
        for k in gone:
            res.pop(k, None)

        def refers(value, gone=frozenset(gone)) -> bool:
            text = json.dumps(value)
            return any(f'"{k}"' in text or "${" + k + "}" in text or "${" + k + "." in text for k in gone)

        for k in [k for k, v in out.items() if refers(v)]:
            out.pop(k)
        # Environments refer to it only in the branch a PublicUrl parameter leaves out.
        gone = {k for k, r in res.items() if refers({kk: vv for kk, vv in r.items() if kk != "Properties"})
                or (r["Type"] == "AWS::Lambda::Permission" and refers(r["Properties"]))}
    return {**template, "Resources": res, "Outputs": out}


@pytest.fixture(scope="module")
def stack(server, built_package: Path) -> dict:
    """Deploys as `make deploy` does (package, transform, create_stack); returns {logical id: physical id}."""
    s3 = _client("s3")
    s3.create_bucket(Bucket="relance-artifacts", CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.upload_file(str(built_package / "deployment.zip"), "relance-artifacts", "dev/deployment.zip")
    sam = json.loads((built_package / "sam.json").read_text())
    for res in sam["Resources"].values():
        if res["Type"] == "AWS::Serverless::Function":
            res["Properties"]["CodeUri"] = {"Bucket": "relance-artifacts", "Key": "dev/deployment.zip"}
    params = {"ReplyDomain": "reply.atelier-dupont.fr", "AlarmEmail": ALARM_EMAIL, "PublicUrl": PUBLIC_URL}
    template = without_rest_api(transform(sam, params, _NoManagedPolicies()))
    cfn = _client("cloudformation")
    cfn.create_stack(StackName=STACK, TemplateBody=json.dumps(template), Capabilities=["CAPABILITY_IAM"],
                     Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in params.items()])
    (desc,) = cfn.describe_stacks(StackName=STACK)["Stacks"]
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc
    made = {r["LogicalResourceId"]: r.get("PhysicalResourceId")
            for r in cfn.describe_stack_resources(StackName=STACK)["StackResources"]}
    return {"resources": made, "template": template, "outputs": {o["OutputKey"]: o["OutputValue"]
                                                                   for o in desc.get("Outputs", [])}}


def test_every_resource_of_the_template_is_made(stack):
    missing = set(stack["template"]["Resources"]) - set(stack["resources"])
    assert not missing, sorted(missing)


def test_tables_with_indexes_ttl_and_point_in_time_recovery(stack):
    ddb = _client("dynamodb")
    for spec in dynamo.table_specs("relance-dev"):
        name = spec["TableName"]
        table = ddb.describe_table(TableName=name)["Table"]
        assert table["KeySchema"] == spec["KeySchema"], name
        assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
        # (moto describes no SSE for the AWS-owned key: SSESpecification is checked in test_package.)
        assert {g["IndexName"]: g["KeySchema"] for g in table.get("GlobalSecondaryIndexes", [])} == \
            {g["IndexName"]: g["KeySchema"] for g in spec.get("GlobalSecondaryIndexes", [])}
        pitr = ddb.describe_continuous_backups(TableName=name)["ContinuousBackupsDescription"]
        assert pitr["PointInTimeRecoveryDescription"]["PointInTimeRecoveryStatus"] == "ENABLED", name
    ttl = ddb.describe_time_to_live(TableName="relance-dev-marks")["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expires_at"}


def test_queue_and_dead_letter_queue_with_redrive(stack):
    sqs = _client("sqs")
    url = sqs.get_queue_url(QueueName="relance-dev-reminders")["QueueUrl"]
    dlq_url = sqs.get_queue_url(QueueName="relance-dev-reminders-dlq")["QueueUrl"]
    attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    assert json.loads(attrs["RedrivePolicy"]) == {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 5}
    assert int(attrs["VisibilityTimeout"]) == 360
    assert stack["outputs"]["RemindersDeadLetterQueueUrl"].endswith("relance-dev-reminders-dlq")


def _functions() -> dict:
    """{handler: configuration} of the deployed functions."""
    return {f["Handler"]: f for f in _client("lambda").list_functions()["Functions"]}


def test_topics_and_their_subscriptions(stack):
    sns = _client("sns")
    topics = {t["TopicArn"].rsplit(":", 1)[1]: t["TopicArn"] for t in sns.list_topics()["Topics"]}
    assert {"relance-dev-ses-events", "relance-dev-inbound", "relance-dev-alarms"} <= set(topics)
    fns = _functions()

    def subscribers(topic):
        return {(s["Protocol"], s["Endpoint"]) for s in
                sns.list_subscriptions_by_topic(TopicArn=topics[topic])["Subscriptions"]}

    assert ("lambda", fns["app.ses_events_handler"]["FunctionArn"]) in subscribers("relance-dev-ses-events")
    assert ("lambda", fns["app.inbound_email"]["FunctionArn"]) in subscribers("relance-dev-inbound")
    assert ("email", ALARM_EMAIL) in subscribers("relance-dev-alarms")
    policy = json.loads(sns.get_topic_attributes(TopicArn=topics["relance-dev-inbound"])["Attributes"]["Policy"])
    assert policy["Statement"][0]["Principal"] == {"Service": "ses.amazonaws.com"}


def test_mail_bucket_encrypted_private_and_expiring(stack):
    s3 = _client("s3")
    bucket = stack["outputs"]["InboundMailBucketName"]
    assert bucket.startswith("relance-dev-inbound-mail-")
    rule = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    block = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
    assert block == {"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True,
                     "RestrictPublicBuckets": True}
    (life,) = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    assert life["Expiration"]["Days"] == 180 and life["Filter"]["Prefix"] == "inbound/"  # letters/ is kept
    sids = {s["Sid"] for s in json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])["Statement"]}
    assert sids == {"SesPutInboundMail", "TlsOnly"}


def test_ses_configuration_set_and_receipt_rule(stack):
    ses = _client("ses")
    conf = ses.describe_configuration_set(ConfigurationSetName="relance-dev",
                                          ConfigurationSetAttributeNames=["eventDestinations"])
    (dest,) = conf["EventDestinations"]
    assert set(dest["MatchingEventTypes"]) == {"bounce", "complaint", "delivery", "reject"}
    assert dest["SNSDestination"]["TopicARN"] == stack["outputs"]["SesEventsTopicArn"]
    rule = ses.describe_receipt_rule(RuleSetName="relance-dev", RuleName="relance-dev-inbound")["Rule"]
    assert rule["Recipients"] == ["reply.atelier-dupont.fr"] and rule["ScanEnabled"] is True
    (action,) = rule["Actions"]
    assert action["S3Action"]["BucketName"] == stack["outputs"]["InboundMailBucketName"]
    assert action["S3Action"]["TopicArn"] == stack["outputs"]["InboundTopicArn"]


def test_schedule_fires_daily_run(stack):
    events = _client("events")
    fns = _functions()
    rules = [r for r in events.list_rules()["Rules"] if r.get("ScheduleExpression")]
    assert [r["ScheduleExpression"] for r in rules] == ["cron(0 9 * * ? *)"]
    targets = events.list_targets_by_rule(Rule=rules[0]["Name"])["Targets"]
    assert [t["Arn"] for t in targets] == [fns["app.daily_run"]["FunctionArn"]]


def test_every_function_with_its_environment_role_and_trigger(stack):
    fns = _functions()
    assert set(fns) == {"app.app", "app.daily_run", "app.send_reminders", "app.ses_events_handler",
                        "app.inbound_email"}
    iam = _client("iam")
    bucket = stack["outputs"]["InboundMailBucketName"]
    for handler, f in fns.items():
        env = f["Environment"]["Variables"]
        assert env["RELANCE_QUEUE"] == "relance-dev-reminders", handler
        assert env["RELANCE_MAIL_BUCKET"] == bucket, handler
        assert env["RELANCE_SES_CONFIGURATION_SET"] == "relance-dev", handler
        assert env["RELANCE_TABLE_PREFIX"] == "relance-dev" and str(env["RELANCE_SES_RATE"]) == "10", handler
        assert env["RELANCE_PUBLIC_URL"] == PUBLIC_URL, handler
        assert env["LOG_LEVEL"] == "INFO", handler
        assert f["Runtime"].startswith("python3.") and f["Timeout"] == 60, handler
        role = f["Role"].rsplit("/", 1)[1]
        (policy_name,) = iam.list_role_policies(RoleName=role)["PolicyNames"]
        doc = iam.get_role_policy(RoleName=role, PolicyName=policy_name)["PolicyDocument"]
        if isinstance(doc, str):  # moto hands back the policy a role was made with as Python's repr
            doc = json.loads(doc) if doc.startswith('{"') else ast.literal_eval(doc)
        assert "Tables" in {s.get("Sid") for s in doc["Statement"]}, handler
    (mapping,) = _client("lambda").list_event_source_mappings()["EventSourceMappings"]
    assert mapping["EventSourceArn"].endswith(":relance-dev-reminders")
    assert mapping["FunctionArn"] == fns["app.send_reminders"]["FunctionArn"]
    assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def test_log_groups_keep_90_days(stack):
    logs = _client("logs")
    groups = {g["logGroupName"]: g.get("retentionInDays")
              for g in logs.describe_log_groups(logGroupNamePrefix="/aws/lambda/")["logGroups"]}
    for f in _functions().values():
        assert groups.get(f"/aws/lambda/{f['FunctionName']}") == 90, f["FunctionName"]


def test_alarms_to_the_operator_topic(stack):
    alarms = {a["AlarmName"]: a for a in _client("cloudwatch").describe_alarms()["MetricAlarms"]}
    topic = stack["outputs"]["AlarmTopicArn"]
    assert all(a["AlarmActions"] == [topic] for a in alarms.values())
    by_metric = {}
    for a in alarms.values():
        by_metric.setdefault((a["Namespace"], a["MetricName"]), []).append(a)
    (dlq,) = by_metric[("AWS/SQS", "ApproximateNumberOfMessagesVisible")]
    assert dlq["Dimensions"] == [{"Name": "QueueName", "Value": "relance-dev-reminders-dlq"}]
    assert dlq["Threshold"] == 0 and dlq["ComparisonOperator"] == "GreaterThanThreshold"
    errors = {d["Value"] for a in by_metric[("AWS/Lambda", "Errors")] for d in a["Dimensions"]}
    assert errors == {f["FunctionName"] for f in _functions().values()}
    (missed,) = by_metric[("AWS/Lambda", "Invocations")]
    assert missed["Dimensions"][0]["Value"] == _functions()["app.daily_run"]["FunctionName"]
    assert missed["Period"] * missed["EvaluationPeriods"] == 26 * 3600 and missed["TreatMissingData"] == "breaching"
    (bounce,) = by_metric[("AWS/SES", "Reputation.BounceRate")]
    (complaint,) = by_metric[("AWS/SES", "Reputation.ComplaintRate")]
    assert (bounce["Threshold"], complaint["Threshold"]) == (0.05, 0.001)

