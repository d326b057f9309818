"""`make run`: the local stack with its API and debtor pages on http://127.0.0.1:8000 (RELANCE_PORT), for
trying it by hand with curl or a browser. A tenant is created and its keys printed; `make demo` replays the
scheduled path over 90 days."""

from __future__ import annotations

import os
import time

from devstack import DevStack
from devstack.server import Server


def main() -> None:
    port = int(os.environ.get("RELANCE_PORT", "8000"))
    with DevStack() as stack:
        t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                                language="fr", timezone="Europe/Paris", firm_email="compta@atelier-dupont.fr")
        stack.add_user(t["tenant_id"], "marie@atelier-dupont.fr", "owner")
        with Server(stack, port) as srv:
            print(f"Relance local stack on {srv.url} (moto in-process; Ctrl-C to stop)")
            print(f"tenant_id:             {t['tenant_id']}")
            print(f"api_key:               {t['api_key']}")
            print(f"webhook_secret:        {t['webhook_secret']}")
            print(f"stripe_webhook_secret: {t['stripe_webhook_secret']}")
            print(f"cockpit:               {srv.url}/app/login  (user marie@atelier-dupont.fr)")
            print(f"sign-in link:          {_sign_in_link(stack, srv)}")
            print(f"\ntry: curl -s -H 'Authorization: Bearer {t['api_key']}' {srv.url}/v1/invoices")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                print("\nstopped")


def _sign_in_link(stack, srv) -> str:
    """Asks for a sign-in link as the browser would and reads it from the outbox (SES on moto)."""
    import re
    from urllib.parse import urlencode

    r = stack.http.get("/app/login")
    pre = re.search(r"relance_pre=([^;]+)", str(r.headers.get("Set-Cookie")))[1]
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.body.decode())[1]
    stack.http.post("/app/login", headers={"Content-Type": "application/x-www-form-urlencoded",
                                           "Cookie": f"relance_pre={pre}"},
                    body=urlencode({"csrf": csrf, "email": "marie@atelier-dupont.fr"}))
    text = stack.outbox()[-1].get_body(("plain",)).get_content()
    return re.sub(r"https://relance\.test", srv.url, re.search(r"https://relance\.test/app/login/\S+", text)[0])
