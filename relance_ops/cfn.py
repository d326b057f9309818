"""The CloudFormation merge template: everything Chalice does not create, generated from code.

Tables come from `dynamo.table_specs` (the one definition every table has); the rest mirrors what
devstack/__init__.py creates on moto. `merge_template(stage, generated)` also patches the resources
Chalice generated (read from a plain `chalice package` run): the SQS event source gets partial batch
responses, the schedule takes the `ScheduleExpression` parameter, event sources point at the queue
and topics made here (so CloudFormation creates those first), and every function gets the real
resource names in its environment.
"""

from __future__ import annotations

from chalicelib.adapters import dynamo

MAX_RECEIVES = 5
INBOUND_MAIL_DAYS = 180
DEFAULT_SCHEDULE = "cron(0 9 * * ? *)"
TOPICS = {"ses-events": "SesEventsTopic", "inbound": "InboundTopic"}
PARAMETERS = {
    "ReplyDomain": {
        "Type": "CommaDelimitedList",
        "Description": "Domain(s) receiving debtor replies (r+<token>@<domain>), comma-separated; "
                       "each needs an MX record to SES inbound in this region.",
    },
    "ScheduleExpression": {
        "Type": "String", "Default": DEFAULT_SCHEDULE,
        "Description": "When daily_run fires (EventBridge cron or rate), e.g. cron(0 * * * ? *) hourly.",
    },
    "PublicUrl": {
        "Type": "String", "Default": "",
        "Description": "Base URL of the debtor links (https://pay.example.com, no trailing slash); "
                       "empty: this API's execute-api URL.",
    },
    "AlarmEmail": {
        "Type": "String", "Default": "",
        "Description": "Who gets the alarms (subscribed to the alarms topic; confirm the email); empty: none.",
    },
    "LogRetentionDays": {
        "Type": "Number", "Default": 90,
        "AllowedValues": [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
                          2922, 3288, 3653],
        "Description": "How long the functions' logs are kept.",
    },
    "SesSendRate": {
        "Type": "Number", "Default": 10, "MinValue": 1,
        "Description": "SES sends per second allowed to this account (the SES quota).",
    },
    "LogLevel": {
        "Type": "String", "Default": "INFO", "AllowedValues": ["INFO", "WARN", "ERROR"],
        "Description": "The functions' own log level (LOG_LEVEL); Lambda drops lines below INFO.",
    },
}


TRANSIENT = {"DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"}  # queues: daily_run refills them


def _logical(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


def _retention(stage: str) -> dict:
    """Data (tables, stored mail) outlives a deleted prod stack; anything else goes with it."""
    policy = "Retain" if stage == "prod" else "Delete"
    return {"DeletionPolicy": policy, "UpdateReplacePolicy": policy}


def tables(stage: str) -> dict:
    """AWS::DynamoDB::Table resources from the models: {logical id: resource}."""
    out = {}
    prefix = f"relance-{stage}"
    for spec in dynamo.table_specs(prefix):
        short = spec["TableName"][len(prefix) + 1:]
        props = {k: spec[k] for k in ("TableName", "BillingMode", "AttributeDefinitions", "KeySchema")}
        if spec.get("GlobalSecondaryIndexes"):
            props["GlobalSecondaryIndexes"] = spec["GlobalSecondaryIndexes"]
        props["PointInTimeRecoverySpecification"] = {"PointInTimeRecoveryEnabled": True}
        props["SSESpecification"] = {"SSEEnabled": True}
        if short in dynamo.TTL_ATTRIBUTES:
            props["TimeToLiveSpecification"] = {"AttributeName": dynamo.TTL_ATTRIBUTES[short], "Enabled": True}
        out[_logical(short) + "Table"] = {"Type": "AWS::DynamoDB::Table", **_retention(stage), "Properties": props}
    return out


def queues(stage: str, lambda_timeout: int) -> dict:
    """The visibility timeout is 6 x the function timeout, as AWS advises for SQS event sources."""
    name = f"relance-{stage}-reminders"
    return {
        "RemindersDeadLetterQueue": {"Type": "AWS::SQS::Queue", **TRANSIENT, "Properties": {
            "QueueName": f"{name}-dlq", "MessageRetentionPeriod": 14 * 24 * 3600, "SqsManagedSseEnabled": True}},
        "RemindersQueue": {"Type": "AWS::SQS::Queue", **TRANSIENT, "Properties": {
            "QueueName": name, "VisibilityTimeout": 6 * lambda_timeout, "SqsManagedSseEnabled": True,
            "MessageRetentionPeriod": 4 * 24 * 3600,
            "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["RemindersDeadLetterQueue", "Arn"]},
                              "maxReceiveCount": MAX_RECEIVES}}},
    }


def topics(stage: str) -> dict:
    out = {logical: {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": f"relance-{stage}-{name}"}}
           for name, logical in TOPICS.items()}
    # SES publishes to both: configuration set events and receipt notices.
    out["SesTopicPolicy"] = {"Type": "AWS::SNS::TopicPolicy", "Properties": {
        "Topics": [{"Ref": logical} for logical in TOPICS.values()],
        "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
            "Sid": "SesPublish", "Effect": "Allow", "Principal": {"Service": "ses.amazonaws.com"},
            "Action": "sns:Publish", "Resource": [{"Ref": logical} for logical in TOPICS.values()],
            "Condition": {"StringEquals": {"AWS:SourceAccount": {"Ref": "AWS::AccountId"}}}}]}}}
    return out


def mail_bucket(stage: str) -> dict:
    rule_arn = {"Fn::Sub": f"arn:${{AWS::Partition}}:ses:${{AWS::Region}}:${{AWS::AccountId}}:"
                           f"receipt-rule-set/relance-{stage}:receipt-rule/relance-{stage}-inbound"}
    bucket_arn = {"Fn::GetAtt": ["InboundMailBucket", "Arn"]}
    objects = {"Fn::Sub": "${InboundMailBucket.Arn}/*"}
    return {
        "InboundMailBucket": {"Type": "AWS::S3::Bucket", **_retention(stage), "Properties": {
            # Bucket names are global: the account and region make it unique.
            "BucketName": {"Fn::Sub": f"relance-{stage}-inbound-mail-${{AWS::AccountId}}-${{AWS::Region}}"},
            "BucketEncryption": {"ServerSideEncryptionConfiguration": [
                {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]},
            "PublicAccessBlockConfiguration": {"BlockPublicAcls": True, "BlockPublicPolicy": True,
                                               "IgnorePublicAcls": True, "RestrictPublicBuckets": True},
            "OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]},
            "LifecycleConfiguration": {"Rules": [{
                # Inbound mail only: letters/ is the firm's evidence of what was sent (a claim can come years
                # later), kept until the firm's data is erased (relance_ops.admin erase-*).
                "Id": "expire-inbound-mail", "Status": "Enabled", "Prefix": "inbound/",
                "ExpirationInDays": INBOUND_MAIL_DAYS,
                "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}]}}},
        "InboundMailBucketPolicy": {"Type": "AWS::S3::BucketPolicy", "Properties": {
            "Bucket": {"Ref": "InboundMailBucket"},
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Sid": "SesPutInboundMail", "Effect": "Allow", "Principal": {"Service": "ses.amazonaws.com"},
                 "Action": "s3:PutObject", "Resource": objects,
                 "Condition": {"StringEquals": {"AWS:SourceAccount": {"Ref": "AWS::AccountId"}},
                               "ArnLike": {"AWS:SourceArn": rule_arn}}},
                {"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": [bucket_arn, objects], "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
            ]}}},
    }


def ses(stage: str) -> dict:
    return {
        "ConfigurationSet": {"Type": "AWS::SES::ConfigurationSet", "Properties": {
            "Name": f"relance-{stage}", "ReputationOptions": {"ReputationMetricsEnabled": True}}},
        "ConfigurationSetEvents": {"Type": "AWS::SES::ConfigurationSetEventDestination",
                                   "DependsOn": ["SesTopicPolicy"], "Properties": {
            "ConfigurationSetName": {"Ref": "ConfigurationSet"},
            "EventDestination": {"Name": "to-sns", "Enabled": True,
                                 "MatchingEventTypes": ["bounce", "complaint", "delivery", "reject"],
                                 "SnsDestination": {"TopicARN": {"Ref": "SesEventsTopic"}}}}},
        "ReceiptRuleSet": {"Type": "AWS::SES::ReceiptRuleSet", "Properties": {"RuleSetName": f"relance-{stage}"}},
        # SES checks it may write to the bucket and publish to the topic when the rule is created.
        "InboundRule": {"Type": "AWS::SES::ReceiptRule", "DependsOn": ["InboundMailBucketPolicy", "SesTopicPolicy"],
                        "Properties": {
            "RuleSetName": {"Ref": "ReceiptRuleSet"},
            "Rule": {"Name": f"relance-{stage}-inbound", "Enabled": True, "ScanEnabled": True,
                     "TlsPolicy": "Optional", "Recipients": {"Ref": "ReplyDomain"},
                     "Actions": [{"S3Action": {"BucketName": {"Ref": "InboundMailBucket"},
                                               "ObjectKeyPrefix": "inbound/",
                                               "TopicArn": {"Ref": "InboundTopic"}}}]}}},
    }


BOUNCE_RATE, COMPLAINT_RATE = 0.05, 0.001  # SES reviews an account from 5 % bounces, 0.1 % complaints
DAILY_RUN_HOURS = 26


def _functions(generated: dict) -> dict:
    """{logical id: handler} of the functions in Chalice's template."""
    return {k: r["Properties"]["Handler"] for k, r in generated.get("Resources", {}).items()
            if r.get("Type") == "AWS::Serverless::Function"}


def _alarm(description: str, metric: dict, comparison: str, threshold: float, *, period: int = 300,
           periods: int = 1, missing: str = "notBreaching") -> dict:
    return {"Type": "AWS::CloudWatch::Alarm", "Properties": {
        "AlarmDescription": description, **metric, "ComparisonOperator": comparison, "Threshold": threshold,
        "Period": period, "EvaluationPeriods": periods, "DatapointsToAlarm": periods,
        "TreatMissingData": missing, "AlarmActions": [{"Ref": "AlarmTopic"}], "OKActions": [{"Ref": "AlarmTopic"}]}}


def monitoring(stage: str, generated: dict) -> dict:
    """The alarms topic, one log group per function (with a retention) and the alarms."""
    out = {
        "AlarmTopic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": f"relance-{stage}-alarms"}},
        "AlarmEmailSubscription": {"Type": "AWS::SNS::Subscription", "Condition": "HasAlarmEmail", "Properties": {
            "TopicArn": {"Ref": "AlarmTopic"}, "Protocol": "email", "Endpoint": {"Ref": "AlarmEmail"}}},
        "RemindersDeadLetterAlarm": _alarm(
            "Reminders failed 5 times and wait in the dead-letter queue",
            {"Namespace": "AWS/SQS", "MetricName": "ApproximateNumberOfMessagesVisible", "Statistic": "Maximum",
             "Dimensions": [{"Name": "QueueName", "Value": {"Fn::GetAtt": ["RemindersDeadLetterQueue", "QueueName"]}}]},
            "GreaterThanThreshold", 0),
        "SesBounceRateAlarm": _alarm(
            f"SES bounce rate over {BOUNCE_RATE:.0%}",
            {"Namespace": "AWS/SES", "MetricName": "Reputation.BounceRate", "Statistic": "Maximum"},
            "GreaterThanThreshold", BOUNCE_RATE, period=3600),
        "SesComplaintRateAlarm": _alarm(
            f"SES complaint rate over {COMPLAINT_RATE:.1%}",
            {"Namespace": "AWS/SES", "MetricName": "Reputation.ComplaintRate", "Statistic": "Maximum"},
            "GreaterThanThreshold", COMPLAINT_RATE, period=3600),
    }
    for logical, handler in _functions(generated).items():
        out[f"{logical}LogGroup"] = {"Type": "AWS::Logs::LogGroup", **_retention(stage), "Properties": {
            "LogGroupName": {"Fn::Sub": f"/aws/lambda/${{{logical}}}"},
            "RetentionInDays": {"Ref": "LogRetentionDays"}}}
        function = [{"Name": "FunctionName", "Value": {"Ref": logical}}]
        out[f"{logical}ErrorsAlarm"] = _alarm(
            f"{handler} raised an error", {"Namespace": "AWS/Lambda", "MetricName": "Errors",
                                           "Statistic": "Sum", "Dimensions": function},
            "GreaterThanThreshold", 0)
        if handler == "app.daily_run":
            # Hourly points, all 26 missing or zero: no run for 26 hours (a daily schedule plus slack).
            out["DailyRunMissedAlarm"] = _alarm(
                f"daily_run has not run for {DAILY_RUN_HOURS} hours",
                {"Namespace": "AWS/Lambda", "MetricName": "Invocations", "Statistic": "Sum", "Dimensions": function},
                "LessThanThreshold", 1, period=3600, periods=DAILY_RUN_HOURS, missing="breaching")
    return out


def resources(stage: str, lambda_timeout: int) -> dict:
    """Every resource Chalice does not make."""
    return {**tables(stage), **queues(stage, lambda_timeout), **topics(stage), **mail_bucket(stage), **ses(stage)}


def environment(stage: str, api: bool) -> dict:
    """What config.py reads, with the names of the resources made here."""
    base_url = {"Fn::Sub": "https://${RestAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/api"}
    # The API handler cannot name its own API (RestAPI already depends on it): no fallback there.
    fallback = {"Ref": "AWS::NoValue"} if api else base_url
    return {
        "RELANCE_STAGE": stage,
        "RELANCE_TABLE_PREFIX": f"relance-{stage}",
        "RELANCE_QUEUE": {"Fn::GetAtt": ["RemindersQueue", "QueueName"]},
        "RELANCE_MAIL_BUCKET": {"Ref": "InboundMailBucket"},
        "RELANCE_SES_CONFIGURATION_SET": {"Ref": "ConfigurationSet"},
        "RELANCE_TOKEN_KEY_PARAM": f"/relance/{stage}/token-keys",
        "RELANCE_PUBLIC_URL": {"Fn::If": ["HasPublicUrl", {"Ref": "PublicUrl"}, fallback]},
        "RELANCE_SES_RATE": {"Ref": "SesSendRate"},
        "LOG_LEVEL": {"Ref": "LogLevel"},
    }


def _sub(expr: str, chalice_value) -> dict:
    """A replacement for an ARN Chalice wrote as `Fn::Sub`. Chalice's merge is a deep merge: a dict
    merges into a dict key by key, so only a `Fn::Sub` can replace a `Fn::Sub` (a `Ref` would be
    added beside it)."""
    if not (isinstance(chalice_value, dict) and list(chalice_value) == ["Fn::Sub"]):
        raise ValueError(f"expected a Fn::Sub from Chalice, got {chalice_value!r}")
    return {"Fn::Sub": expr}


def _suffix(value) -> str:
    """The resource name at the end of a Chalice-built ARN (`Fn::Sub` string or plain)."""
    text = value.get("Fn::Sub", "") if isinstance(value, dict) else str(value)
    return text.rsplit(":", 1)[-1]


def overrides(stage: str, generated: dict) -> dict:
    """Patches for the functions in Chalice's own template (a `chalice package` output)."""
    queue = f"relance-{stage}-reminders"
    topic_ids = {f"relance-{stage}-{name}": logical for name, logical in TOPICS.items()}
    out = {}
    for logical, res in generated.get("Resources", {}).items():
        if res.get("Type") != "AWS::Serverless::Function":
            continue
        props = res["Properties"]
        patch: dict = {"Environment": {"Variables": environment(stage, api=logical == "APIHandler")},
                       # The root logger (boto, PynamoDB) stays at INFO: their DEBUG writes request bodies.
                       "LoggingConfig": {"LogFormat": "JSON", "ApplicationLogLevel": "INFO",
                                         "SystemLogLevel": "INFO"}}
        events = {}
        for event_id, event in (props.get("Events") or {}).items():
            kind, eprops = event["Type"], event["Properties"]
            if kind == "SQS":
                if _suffix(eprops["Queue"]) != queue:
                    raise ValueError(f"{logical}: queue {eprops['Queue']} is not made by the template")
                events[event_id] = {"Properties": {"Queue": _sub("${RemindersQueue.Arn}", eprops["Queue"]),
                                                   "FunctionResponseTypes": ["ReportBatchItemFailures"]}}
            elif kind == "SNS":
                name = _suffix(eprops["Topic"])
                if name not in topic_ids:
                    raise ValueError(f"{logical}: topic {name} is not made by the template")
                events[event_id] = {"Properties": {"Topic": _sub("${" + topic_ids[name] + "}", eprops["Topic"])}}
            elif kind == "Schedule" and props.get("Handler") == "app.daily_run":
                events[event_id] = {"Properties": {"Schedule": {"Ref": "ScheduleExpression"}}}
        if events:
            patch["Events"] = events
        out[logical] = {"Properties": patch}
    if not any("Events" in p["Properties"] for p in out.values()):
        raise ValueError("no event source found in Chalice's template")
    return out


def outputs() -> dict:
    def out(value, description):
        return {"Description": description, "Value": value}

    return {
        "RemindersQueueUrl": out({"Ref": "RemindersQueue"}, "The reminders queue"),
        "RemindersDeadLetterQueueUrl": out({"Ref": "RemindersDeadLetterQueue"}, "Reminders that failed 5 times"),
        "InboundMailBucketName": out({"Ref": "InboundMailBucket"}, "Raw inbound mail (SES receipt rule)"),
        "ReceiptRuleSetName": out({"Ref": "ReceiptRuleSet"}, "Activate it: aws ses set-active-receipt-rule-set"),
        "ConfigurationSetName": out({"Ref": "ConfigurationSet"}, "SES configuration set used for every send"),
        "SesEventsTopicArn": out({"Ref": "SesEventsTopic"}, "Bounces, complaints, deliveries"),
        "InboundTopicArn": out({"Ref": "InboundTopic"}, "Notices of received mail"),
        "AlarmTopicArn": out({"Ref": "AlarmTopic"}, "Alarms: subscribe the operator (or set AlarmEmail)"),
    }


def merge_template(stage: str, generated: dict) -> dict:
    """`generated`: Chalice's own sam.json for this stage (a plain `chalice package` run)."""
    timeout = max(r["Properties"].get("Timeout", 3) for r in generated["Resources"].values()
                  if r["Type"] == "AWS::Serverless::Function")
    return {
        "Description": f"Relance ({stage}): invoice reminders",
        "Parameters": PARAMETERS,
        "Conditions": {"HasPublicUrl": {"Fn::Not": [{"Fn::Equals": [{"Ref": "PublicUrl"}, ""]}]},
                       "HasAlarmEmail": {"Fn::Not": [{"Fn::Equals": [{"Ref": "AlarmEmail"}, ""]}]}},
        "Resources": {**resources(stage, timeout), **monitoring(stage, generated), **overrides(stage, generated)},
        "Outputs": outputs(),
    }


def iam_policy(stage: str) -> dict:
    """Least privilege for what the code calls; .chalice/policy-<stage>.json holds this (a test checks)."""
    arn = "arn:aws"
    # Every table of the stage by prefix: adding a table needs no policy change.
    tables_ = [f"{arn}:dynamodb:*:*:table/relance-{stage}-*"]
    return {"Version": "2012-10-17", "Statement": [
        {"Sid": "Tables", "Effect": "Allow",
         "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query",
                    "dynamodb:ConditionCheckItem", "dynamodb:BatchGetItem"],
         "Resource": tables_ + [t + "/index/*" for t in tables_]},
        {"Sid": "Reminders", "Effect": "Allow",
         "Action": ["sqs:SendMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:DeleteMessage",
                    "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"],
         "Resource": f"{arn}:sqs:*:*:relance-{stage}-reminders"},
        {"Sid": "Send", "Effect": "Allow", "Action": ["ses:SendEmail", "ses:SendRawEmail"],
         "Resource": [f"{arn}:ses:*:*:identity/*", f"{arn}:ses:*:*:configuration-set/relance-{stage}"]},
        {"Sid": "InboundMail", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
         "Resource": f"{arn}:s3:::relance-{stage}-inbound-mail-*/*"},
        {"Sid": "TokenKeys", "Effect": "Allow", "Action": ["ssm:GetParameter"],
         "Resource": f"{arn}:ssm:*:*:parameter/relance/{stage}/*"},
        {"Sid": "TokenKeysDecrypt", "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": f"{arn}:kms:*:*:key/*",
         "Condition": {"StringLike": {"kms:ViaService": "ssm.*.amazonaws.com"}}},
        {"Sid": "Logs", "Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
         "Resource": [f"{arn}:logs:*:*:log-group:/aws/lambda/relance-{stage}-*",
                      f"{arn}:logs:*:*:log-group:/aws/lambda/relance-{stage}-*:*"]},
    ]}
