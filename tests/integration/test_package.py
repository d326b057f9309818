"""The real deployment package, built as `make package` builds it: cfn-lint passes, the zip holds
everything the code loads at run time (templates included), and a reminder renders from the zip."""

from __future__ import annotations

import fnmatch
import json
import platform
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from chalicelib.adapters import dynamo
from relance_ops import cfn, package

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
RUNTIME_IMPORTS = ("pynamodb", "jinja2", "markupsafe", "babel", "holidays", "standardwebhooks", "dateutil",
                   "tzdata", "dateparser", "quotequail", "lxml", "html2text", "regex")
# The functions run on arm64 (Graviton): these load aarch64 extensions, so they import only on such a host.
NATIVE = ("dateparser", "quotequail", "lxml.etree", "regex")
ON_ARM = platform.machine() in ("aarch64", "arm64")


@pytest.fixture(scope="module")
def workdir(package_workdir):
    return package_workdir


@pytest.fixture(scope="module")
def built(built_package) -> Path:
    return built_package


@pytest.fixture(scope="module")
def sam(built) -> dict:
    return json.loads((built / "sam.json").read_text())


@pytest.fixture(scope="module")
def unzipped(built, workdir) -> Path:
    dest = workdir / "unzipped"
    if shutil.which("unzip"):  # twice as fast as zipfile for its ~6,000 files
        subprocess.run(["unzip", "-q", str(built / "deployment.zip"), "-d", str(dest)], check=True)
    else:
        with zipfile.ZipFile(built / "deployment.zip") as z:
            z.extractall(dest)
    return dest


def of_type(sam: dict, kind: str) -> dict:
    return {k: r for k, r in sam["Resources"].items() if r["Type"] == kind}


def test_cfn_lint_passes(built):
    run = subprocess.run([str(Path(sys.executable).with_name("cfn-lint")), str(built / "sam.json")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_zip_holds_code_templates_and_every_requirement(built):
    names = set(zipfile.ZipFile(built / "deployment.zip").namelist())
    for path in ("app.py", "chalicelib/__init__.py", "chalicelib/adapters/render.py", "chalicelib/data/rates.json",
                 "templates/fr/formal_notice.txt", "templates/fr/formal_notice.html", "templates/en/firm.txt",
                 "templates/fr/_layout.html", "chalice/app.py", "chalicelib/core/replies/model.json.gz"):
        assert path in names, path
    for lang in ("fr", "en"):
        expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / "templates" / lang).rglob("*") if p.is_file()}
        assert expected and expected <= names, sorted(expected - names)
    for module in RUNTIME_IMPORTS:
        assert any(n.startswith(f"{module}/") for n in names), module
    dist_infos = {n.split("/", 1)[0].lower() for n in names if ".dist-info/" in n}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            dist, version = line.split("==")
            wanted = f"{re.sub(r'[-_.]+', '_', dist).lower()}-{version.strip()}.dist-info"
            assert wanted in dist_infos, f"{line} is not in the package"


def test_package_is_small_and_leaves_out_what_the_runtime_has(built):
    with zipfile.ZipFile(built / "deployment.zip") as z:
        names = z.namelist()
    assert (built / "deployment.zip").stat().st_size <= 15 * 1024 * 1024
    tops = {n.split("/", 1)[0] for n in names}
    for provided in package.RUNTIME_PROVIDED:
        assert provided not in tops and not any(t.startswith(f"{provided}-") for t in tops), provided
    locales = {n.rsplit("/", 1)[-1].split(".")[0] for n in names if n.startswith("babel/locale-data/")}
    assert {"root", "fr", "fr_FR", "en", "en_GB", "en_US", "en_IE"} <= locales and "de" not in locales
    assert f"chalicelib/core/__pycache__/records.cpython-{sys.version_info[0]}{sys.version_info[1]}.pyc" in names


def test_native_code_is_built_for_the_functions_architecture(sam, unzipped):
    functions = of_type(sam, "AWS::Serverless::Function").values()
    assert {tuple(f["Properties"]["Architectures"]) for f in functions} == {("arm64",)}
    tag = package.runtime_of(sam).replace("python", "cpython-").replace(".", "")
    native = sorted(unzipped.rglob("*.so"))
    assert {p.parts[len(unzipped.parts)] for p in native} >= {"lxml", "regex", "markupsafe"}
    for p in native:
        head = p.read_bytes()[:20]
        assert head[:4] == b"\x7fELF" and int.from_bytes(head[18:20], "little") == 0xB7, p  # EM_AARCH64
        assert f".{tag}-aarch64-linux-gnu.so" in p.name, p.name


def test_renders_a_reminder_from_the_unzipped_package(unzipped):
    # -I -S: no site-packages, no cwd, no PYTHONPATH; the package is the only place to import from.
    code = textwrap.dedent(f"""
        import sys
        root = {str(unzipped)!r}
        sys.path.insert(0, root)
        from chalicelib.adapters import render
        import jinja2, babel
        assert str(render.templates_dir()).startswith(root), render.templates_dir()
        for mod in (render, jinja2, babel):
            assert mod.__file__.startswith(root), mod.__file__
        for language, jurisdiction in (("fr", "FR"), ("en", "GB")):
            out = render.Renderer().reminder(render.sample_context("formal_notice", language, jurisdiction=jurisdiction))
            assert "F-2026-0042" in out.subject + out.text, out.subject
            assert out.html.strip()
        print("rendered")
    """)
    run = subprocess.run([sys.executable, "-I", "-S", "-c", code], cwd=unzipped, capture_output=True, text=True)
    assert run.returncode == 0 and "rendered" in run.stdout, run.stdout + run.stderr


def test_reads_a_reply_with_the_model_from_the_unzipped_package(unzipped):
    code = textwrap.dedent(f"""
        import sys
        root = {str(unzipped)!r}
        sys.path.insert(0, root)
        from chalicelib.core.replies import model
        assert str(model.MODEL_PATH).startswith(root), model.MODEL_PATH
        print(model.load().best("hola, esta factura no es mia, yo no os he comprado nada")[0])
    """)
    run = subprocess.run([sys.executable, "-I", "-S", "-c", code], cwd=unzipped, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.split() == ["dispute"], run.stdout + run.stderr


def test_app_imports_from_the_package_with_only_boto3_from_outside(unzipped):
    """The Lambda runtime brings boto3 only: everything else must resolve inside the package."""
    code = textwrap.dedent(f"""
        import importlib, sys, sysconfig
        root = {str(unzipped)!r}
        sys.path.insert(0, root)
        sys.path.append(sysconfig.get_paths()["purelib"])  # the venv's, for boto3
        import app
        # The cold start (bench/coldstart): these load where they are used, not with the app.
        lazy = [m for m in ("jinja2", "babel", "holidays", "segno", "boto3", "dateparser", "lxml",
                            "chalicelib.services.dunning", "chalicelib.services.pages", "chalicelib.services.cockpit")
                if m in sys.modules]
        assert not lazy, lazy
        for name in {RUNTIME_IMPORTS!r} + ("lxml.etree", "chalice"):
            if name in {NATIVE!r} and not {ON_ARM!r}:
                continue  # aarch64 code: checked by test_native_code_is_built_for_the_functions_architecture
            mod = importlib.import_module(name)
            assert mod.__file__.startswith(root), (name, mod.__file__)
        print("imported", sorted(app.app.handler_map))
    """)
    run = subprocess.run([sys.executable, "-I", "-c", code], cwd=unzipped, capture_output=True, text=True,
                         env={"RELANCE_STAGE": "dev", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0 and "imported" in run.stdout, run.stdout + run.stderr
    for handler in ("daily_run", "send_reminders", "ses_events", "inbound_email"):  # DESIGN.md's names
        assert handler in run.stdout


def test_tables_come_from_the_models(sam):
    tables = {r["Properties"]["TableName"]: r["Properties"] for r in of_type(sam, "AWS::DynamoDB::Table").values()}
    specs = {s["TableName"]: s for s in dynamo.table_specs("relance-dev")}
    assert set(tables) == set(specs)
    assert {f"relance-dev-{n}" for n in ("tenants", "invoices", "events", "marks")} <= set(tables)
    for name, props in tables.items():
        assert props["KeySchema"] == specs[name]["KeySchema"]
        assert props["BillingMode"] == "PAY_PER_REQUEST"
        assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
        assert props["SSESpecification"] == {"SSEEnabled": True}
    gsis = {g["IndexName"]: g for g in tables["relance-dev-invoices"]["GlobalSecondaryIndexes"]}
    assert set(gsis) == {"due", "by_customer"}
    assert [k["AttributeName"] for k in gsis["due"]["KeySchema"]] == ["due_shard", "next_action_at"]
    assert tables["relance-dev-marks"]["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}


def test_queue_dlq_and_partial_batch_responses(sam):
    queues = {r["Properties"]["QueueName"]: r["Properties"] for r in of_type(sam, "AWS::SQS::Queue").values()}
    main = queues["relance-dev-reminders"]
    assert "relance-dev-reminders-dlq" in queues
    assert main["RedrivePolicy"]["deadLetterTargetArn"] == {"Fn::GetAtt": ["RemindersDeadLetterQueue", "Arn"]}
    assert main["RedrivePolicy"]["maxReceiveCount"] == 5
    functions = of_type(sam, "AWS::Serverless::Function")
    sqs = [(f, e) for f in functions.values() for e in (f["Properties"].get("Events") or {}).values()
           if e["Type"] == "SQS"]
    assert len(sqs) == 1
    function, event = sqs[0]
    assert function["Properties"]["Handler"] == "app.send_reminders"
    assert event["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert event["Properties"]["Queue"] == {"Fn::Sub": "${RemindersQueue.Arn}"}
    assert main["VisibilityTimeout"] >= 6 * function["Properties"]["Timeout"]


def test_schedule_is_a_parameter(sam):
    daily = next(f for f in of_type(sam, "AWS::Serverless::Function").values()
                 if f["Properties"]["Handler"] == "app.daily_run")
    (event,) = daily["Properties"]["Events"].values()
    assert event["Properties"]["Schedule"] == {"Ref": "ScheduleExpression"}
    assert sam["Parameters"]["ScheduleExpression"]["Default"] == "cron(0 9 * * ? *)"


def test_sns_handlers_subscribe_to_the_topics_made_here(sam):
    topics = {k: r["Properties"]["TopicName"] for k, r in of_type(sam, "AWS::SNS::Topic").items()}
    assert set(topics.values()) == {"relance-dev-ses-events", "relance-dev-inbound", "relance-dev-alarms"}
    subscribed = {e["Properties"]["Topic"]["Fn::Sub"] for f in of_type(sam, "AWS::Serverless::Function").values()
                  for e in (f["Properties"].get("Events") or {}).values() if e["Type"] == "SNS"}
    assert subscribed <= {"${" + k + "}" for k in topics}
    assert "${SesEventsTopic}" in subscribed


def test_ses_receipt_rule_and_configuration_set(sam):
    (rule,) = of_type(sam, "AWS::SES::ReceiptRule").values()
    (action,) = rule["Properties"]["Rule"]["Actions"]
    assert action["S3Action"]["BucketName"] == {"Ref": "InboundMailBucket"}
    assert action["S3Action"]["TopicArn"] == {"Ref": "InboundTopic"}
    assert rule["Properties"]["Rule"]["ScanEnabled"] is True
    assert rule["Properties"]["Rule"]["Recipients"] == {"Ref": "ReplyDomain"}
    (policy,) = of_type(sam, "AWS::S3::BucketPolicy").values()
    ses_put = policy["Properties"]["PolicyDocument"]["Statement"][0]
    assert ses_put["Principal"] == {"Service": "ses.amazonaws.com"} and ses_put["Action"] == "s3:PutObject"
    assert "AWS:SourceAccount" in ses_put["Condition"]["StringEquals"]
    (bucket,) = of_type(sam, "AWS::S3::Bucket").values()
    (expiry,) = bucket["Properties"]["LifecycleConfiguration"]["Rules"]
    assert expiry["Prefix"] == "inbound/" and expiry["ExpirationInDays"] == 180  # letters/ (evidence) is kept
    (dest,) = of_type(sam, "AWS::SES::ConfigurationSetEventDestination").values()
    ed = dest["Properties"]["EventDestination"]
    assert set(ed["MatchingEventTypes"]) == {"bounce", "complaint", "delivery", "reject"}
    assert ed["SnsDestination"]["TopicARN"] == {"Ref": "SesEventsTopic"}


def test_no_s3_triggered_lambda(sam):
    permissions = of_type(sam, "AWS::Lambda::Permission").values()
    assert not [p for p in permissions if p["Properties"].get("Principal") == "s3.amazonaws.com"]
    for f in of_type(sam, "AWS::Serverless::Function").values():
        assert all(e["Type"] != "S3" for e in (f["Properties"].get("Events") or {}).values())


def test_functions_get_the_real_resource_names(sam):
    for name, f in of_type(sam, "AWS::Serverless::Function").items():
        env = f["Properties"]["Environment"]["Variables"]
        assert env["RELANCE_MAIL_BUCKET"] == {"Ref": "InboundMailBucket"}, name
        assert env["RELANCE_QUEUE"] == {"Fn::GetAtt": ["RemindersQueue", "QueueName"]}, name
        assert env["RELANCE_SES_CONFIGURATION_SET"] == {"Ref": "ConfigurationSet"}, name
        assert env["RELANCE_TABLE_PREFIX"] == "relance-dev"


def test_functions_log_json_at_the_log_level_parameter(sam):
    assert sam["Parameters"]["LogLevel"]["Default"] == "INFO"
    for name, f in of_type(sam, "AWS::Serverless::Function").items():
        props = f["Properties"]
        assert props["Environment"]["Variables"]["LOG_LEVEL"] == {"Ref": "LogLevel"}, name
        # never DEBUG for the root logger: botocore's debug lines hold request bodies (names, addresses)
        assert props["LoggingConfig"] == {"LogFormat": "JSON", "ApplicationLogLevel": "INFO",
                                          "SystemLogLevel": "INFO"}, name


def test_policy_files_are_the_generated_least_privilege_ones():
    config = json.loads((ROOT / ".chalice" / "config.json").read_text())
    assert config["autogen_policy"] is False
    for stage, settings in config["stages"].items():
        policy = json.loads((ROOT / ".chalice" / settings["iam_policy_file"]).read_text())
        assert policy == cfn.iam_policy(stage), f"regenerate .chalice/{settings['iam_policy_file']}"
        assert not [s for s in policy["Statement"] if s["Resource"] == "*" or "*" in s["Action"]]
        tables = next(s["Resource"] for s in policy["Statement"] if s["Sid"] == "Tables")
        for spec in dynamo.table_specs(f"relance-{stage}"):
            assert any(fnmatch.fnmatch(f"arn:aws:dynamodb:eu-west-1:123456789012:table/{spec['TableName']}", r)
                       for r in tables), spec["TableName"]
