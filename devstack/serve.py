"""`make run`: a firm's local trial on http://127.0.0.1:8000 (RELANCE_PORT): a demo tenant with a small book of
invoices, a printed sign-in link for the cockpit, and local-only pages under /dev/ (the outbox, moving the business
day forward and running the schedule). `make demo` replays the scheduled path over 90 days."""

from __future__ import annotations

import logging
import os
import time

from devstack import DevStack
from devstack.server import Server
from devstack.trial import OWNER, seed, sign_in_link


def main() -> None:
    port = int(os.environ.get("RELANCE_PORT", "8000"))
    with DevStack() as stack, Server(stack, port, dev=True) as srv:
        os.environ["RELANCE_PUBLIC_URL"] = srv.url  # links in mails open the local server (restored on exit)
        t = seed(stack)
        logging.getLogger("relance").setLevel(logging.WARNING)  # the trial prints what matters
        print(f"Relance local stack on {srv.url} (moto in-process; Ctrl-C to stop)")
        print(f"tenant_id:             {t['tenant_id']}")
        print(f"api_key:               {t['api_key']}")
        print(f"webhook_secret:        {t['webhook_secret']}")
        print(f"stripe_webhook_secret: {t['stripe_webhook_secret']}")
        print(f"cockpit:               {srv.url}/app/login  (user {OWNER})")
        print(f"sign-in link:          {sign_in_link(stack)}  (15 minutes, once; a new one from {srv.url}/dev)")
        print(f"outbox:                {srv.url}/dev/outbox")
        print(f"business day:          {srv.url}/dev  (advance it and run the schedule)")
        print(f"\ntry: curl -s -H 'Authorization: Bearer {t['api_key']}' {srv.url}/v1/invoices")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("\nstopped")
