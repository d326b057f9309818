"""Re-read every .eml with the stdlib parser and check labels against the Date header. Run: python3 verify.py"""
import datetime as dt
import json
from collections import Counter
from email import policy
from email.parser import BytesParser
from pathlib import Path
from zoneinfo import ZoneInfo

here = Path(__file__).resolve().parent
for lang in ("en", "es", "it"):
    lab = json.loads((here / lang / "labels.json").read_text())
    ids = sorted(p.stem for p in (here / lang).glob("*.eml"))
    assert ids == sorted(c["id"] for c in lab["cases"]), lang
    styles = Counter()
    for c in lab["cases"]:
        m = BytesParser(policy=policy.default).parse(open(here / lang / f"{c['id']}.eml", "rb"))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            assert m[h], (c["id"], h)
        local = m["Date"].datetime.astimezone(ZoneInfo(c["tz"])).date()
        assert dt.date(2026, 11, 2) <= local <= dt.date(2026, 12, 20), c["id"]
        for k in ("promise_date", "return_date"):
            if k in c:
                assert dt.date.fromisoformat(c[k]) >= local, c["id"]
        if "paid_on" in c:
            assert dt.date.fromisoformat(c["paid_on"]) <= local, c["id"]
        if c["intent"] == "out_of_office":
            assert m["Auto-Submitted"] == "auto-replied", c["id"]
        if c["intent"] == "bounce":
            assert m.get_content_type() == "multipart/report", c["id"]
        styles[m.get_content_type()] += 1
        body = m.get_body(("plain", "html"))
        assert c["intent"] == "bounce" or body.get_content().strip(), c["id"]
    print(lang, len(ids), dict(Counter(c["intent"] for c in lab["cases"])), dict(styles))
