"""Write a rendered sample of every reminder stage to var/preview/ for a human to read.

    .venv/bin/python devstack/preview_emails.py [out_dir]

One .txt (subject + text part), one .html and one .eml (the raw MIME) per stage, language,
jurisdiction and debtor kind, on the sample data of chalicelib.adapters.render.sample_context.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from chalicelib.adapters.render import STAGES, Renderer, sample_context  # noqa: E402
from chalicelib.core.mime import build_message, make_message_id  # noqa: E402

CASES = (("fr", "FR"), ("en", "GB"), ("en", "US"))


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    renderer = Renderer()
    count = 0
    for language, jurisdiction in CASES:
        for kind in ("business", "consumer"):
            for stage in STAGES:
                ctx = sample_context(stage, language, kind, jurisdiction, count=2 if stage == "firm" else 1)
                r = renderer.reminder(ctx)
                name = f"{language}-{jurisdiction}-{kind}-{STAGES.index(stage)}-{stage}"
                (out / f"{name}.txt").write_text(f"Subject: {r.subject}\n\n{r.text}", encoding="utf-8")
                (out / f"{name}.html").write_text(r.html, encoding="utf-8")
                raw = build_message(
                    from_addr=ctx["tenant"]["sender"],
                    from_name=ctx["tenant"]["name"],
                    to=ctx["debtor"]["email"],
                    reply_to="r+preview@reply.example",
                    subject=r.subject,
                    text=r.text,
                    html=r.html,
                    message_id=make_message_id(name, "atelier-dupont.fr"),
                    date=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
                )
                (out / f"{name}.eml").write_bytes(raw)
                count += 1
    print(f"{count} samples written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "var" / "preview"))
