"""Check set1: every .eml parses, has the required headers, and every labelled date fits the Date header."""
import json
from datetime import date
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
bad = 0
for lang in ("fr", "de"):
    labels = json.loads((HERE / lang / "labels.json").read_text())
    ids = {c["id"] for c in labels["cases"]}
    files = {p.stem for p in (HERE / lang).glob("*.eml")}
    assert ids == files, (lang, ids ^ files)
    for c in labels["cases"]:
        raw = (HERE / lang / f"{c['id']}.eml").read_bytes()
        m = message_from_bytes(raw, policy=policy.default)
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            assert m[hname], (c["id"], hname)
        when = parsedate_to_datetime(str(m["Date"]))
        local = when.astimezone(ZoneInfo(c["tz"])).date()
        assert date(2026, 11, 2) <= when.date() <= date(2026, 12, 20), c["id"]
        body = m.get_body(("plain",))
        if c["intent"] != "bounce":
            assert body is not None and body.get_content().strip(), c["id"]
        else:
            assert m.get_content_type() == "multipart/report", c["id"]
        if c["intent"] == "out_of_office":
            assert m["Auto-Submitted"] == "auto-replied", c["id"]
        for k, rel in (("promise_date", ">="), ("return_date", ">="), ("paid_on", "<=")):
            if k in c:
                d = date.fromisoformat(c[k])
                ok = d >= local if rel == ">=" else d <= local
                if not ok:
                    bad += 1
                    print("date?", c["id"], k, d, "mail", local)
        if "new_email" in c:
            assert c["new_email"] in body.get_content(), c["id"]
    print(lang, len(labels["cases"]), "ok")
print("problems:", bad)
