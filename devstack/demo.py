"""`make demo`: a French firm's 90 days on the local stack, printed day by day, every email kept as .eml."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import re
import shutil
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from email.utils import format_datetime, make_msgid
from pathlib import Path

from chalicelib.core.money import fmt
from chalicelib.services.dunning import letters_stream
from devstack import DevStack
from devstack.scenario import PAYS_AFTER, REPLIES, invoices
from tests.factories import standard_headers, stripe_headers  # signed with the platforms' own libraries

OUT = Path("var")
MONTHS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
START = date(2026, 9, 1)
DAYS = 90


FIRM_USER = "compta@atelier-dupont.fr"  # the firm's cockpit user, for the screenshots


def say(day: date, text: str) -> None:
    print(f"{day:%a %d %b}  {text}")


class Demo:
    def __init__(self, stack: DevStack):
        self.stack = stack
        self.t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr",
                                     jurisdiction="FR", language="fr", timezone="Europe/Paris",
                                     firm_email="compta@atelier-dupont.fr", contact_phone="+33 1 23 45 67 89",
                                     address="12 rue des Lilas, 75011 Paris", legal_id="SIREN 123 456 789",
                                     iban="FR7630006000011234567890189", bic="AGRIFRPPXXX")
        self.auth = {"Authorization": "Bearer " + self.t["api_key"], "Content-Type": "application/json"}
        self.invoices = invoices(START)
        self.pending: dict[date, list] = {}
        self.paid: set[str] = set()
        self.sent_seen = 0
        self.last_mail: dict[str, object] = {}
        self.replied: set[str] = set()

    # intake, by the three channels
    def post_standard(self, etype: str, inv, occurred: datetime, payment: dict | None = None) -> None:
        d = inv.customer
        body = {"type": etype, "occurred_at": occurred.isoformat().replace("+00:00", "Z"), "invoice": {
            "id": inv.id, "number": inv.number, "status": "open", "currency": "EUR", "total": fmt(inv.total),
            "amount_due": fmt(inv.total), "issued_on": inv.issued_on.isoformat(), "due_on": inv.due_on.isoformat(),
            "payment_url": f"https://pay.atelier-dupont.fr/{inv.id}",
            "customer": {"id": d[0], "name": d[1], "email": d[2], "kind": d[3], "language": "fr",
                         "timezone": "Europe/Paris"}}}
        if payment:
            body["payment"] = payment
        raw = json.dumps(body)
        r = self.stack.http.post(f"/v1/webhooks/{self.t['tenant_id']}/standard", body=raw,
                                 headers=standard_headers(self.t["webhook_secret"], raw))
        assert r.status_code == 200, r.body

    def post_stripe(self, etype: str, inv, occurred: datetime, status: str = "open") -> None:
        cents = int(inv.total * 100)
        obj = {"id": inv.id, "object": "invoice", "number": inv.number, "status": status, "currency": "eur",
               "total": cents, "amount_due": cents, "amount_paid": cents if status == "paid" else 0,
               "amount_remaining": 0 if status == "paid" else cents, "collection_method": "send_invoice",
               "created": int(datetime.combine(inv.issued_on, time(9), UTC).timestamp()),
               "due_date": int(datetime.combine(inv.due_on, time(9), UTC).timestamp()),
               "hosted_invoice_url": f"https://invoice.stripe.com/i/acct_demo/{inv.id}",
               "invoice_pdf": f"https://pay.stripe.com/invoice/acct_demo/{inv.id}/pdf",
               "customer": "cus_" + inv.customer[0], "customer_email": inv.customer[2],
               "customer_name": inv.customer[1], "customer_address": {"country": "FR"}}
        raw = json.dumps({"id": f"evt_{inv.id}_{etype}", "object": "event", "type": etype,
                          "created": int(occurred.timestamp()), "data": {"object": obj}})
        r = self.stack.http.post(f"/v1/webhooks/{self.t['tenant_id']}/stripe", body=raw,
                                 headers=stripe_headers(self.t["stripe_webhook_secret"], raw))
        assert r.status_code == 200, r.body

    def import_csv(self, rows, day: date) -> None:
        lines = ["Numéro;Client;Email;Type client;Date de facture;Échéance;Montant TTC;Devise;Déjà payé"]
        for inv in rows:
            kind = "Particulier" if inv.customer[3] == "consumer" else "Professionnel"
            lines.append(f"{inv.number};{inv.customer[1]};{inv.customer[2]};{kind};{inv.issued_on:%d/%m/%Y};"
                         f"{inv.due_on:%d/%m/%Y};{str(inv.total).replace('.', ',')};EUR;0")
        r = self.stack.http.post("/v1/imports/csv", body="\n".join(lines).encode("utf-8"),
                                 headers={**self.auth, "Content-Type": "text/csv"})
        out = json.loads(r.body)
        late = sum(1 for inv in rows if inv.due_on < day)
        say(day, f"CSV import: {out['imported']} invoices imported ({late} already overdue: a backlog), "
                 f"{len(out['errors'])} errors")

    def customer_ids(self, inv) -> str:
        return "cus_" + inv.customer[0] if inv.channel == "stripe" else (
            inv.customer[2].lower() if inv.channel == "csv" else inv.customer[0])

    def pay(self, inv, day: date, amount: Decimal | None = None) -> None:
        if inv.id in self.paid:
            return
        self.click(inv, day)
        occurred = datetime.combine(day, time(8), UTC)
        partial = amount is not None and amount < inv.total
        if inv.channel == "stripe" and not partial:
            self.post_stripe("invoice.paid", inv, occurred, status="paid")
        elif inv.channel == "standard":
            self.post_standard("payment.received", inv, occurred,
                               {"amount": fmt(amount or inv.total), "paid_on": day.isoformat(), "method": "transfer"})
        else:
            self.stack.http.post(f"/v1/invoices/{inv.id}/payments", headers=self.auth, body=json.dumps(
                {"amount": fmt(amount or inv.total), "paid_on": day.isoformat(), "method": "transfer"}))
        if not partial:
            self.paid.add(inv.id)
        say(day, f"{'partial payment' if partial else 'payment'} received: {inv.customer[1]}, {inv.number} "
                 f"({fmt(amount or inv.total)} €)")

    def later(self, day: date, fn) -> None:
        self.pending.setdefault(day, []).append(fn)

    # the simulation
    def intake(self, day: date) -> None:
        arrivals = [i for i in self.invoices if i.issued_on == day or (day == START and i.issued_on < START)]
        for inv in arrivals:
            at = datetime.combine(day, time(7), UTC)
            if inv.channel == "standard":
                self.post_standard("invoice.upserted", inv, at)
            elif inv.channel == "stripe":
                self.post_stripe("invoice.finalized", inv, at)
                self.post_stripe("invoice.sent", inv, at + timedelta(seconds=5))
            behaviour = inv.customer[4]
            if behaviour == "on_time":
                self.later(inv.due_on - timedelta(days=2), lambda d, inv=inv: self.pay(inv, d))
            if behaviour == "dispute":
                self.later(inv.due_on + timedelta(days=3), lambda d, inv=inv: self.dispute(inv, d))
        hooks = Counter(i.channel for i in arrivals if i.channel != "csv")
        if hooks:
            say(day, "invoices received: " + ", ".join(
                f"{n} by {'Standard Webhooks' if ch == 'standard' else 'Stripe'}" for ch, n in sorted(hooks.items())))
        csv_rows = [i for i in arrivals if i.channel == "csv"]
        if csv_rows:
            self.import_csv(csv_rows, day)

    def dispute(self, inv, day: date) -> None:
        if inv.id in self.paid:
            return
        self.stack.http.post(f"/v1/invoices/{inv.id}/dispute", headers=self.auth,
                             body=json.dumps({"reason": "Livraison incomplète : 2 cartons manquants"}))
        say(day, f"dispute recorded by the firm: {inv.customer[1]}, {inv.number}")

    def react(self, day: date) -> None:
        """Debtors act on what they received: each behaviour pays after its stage, a few days later."""
        for inv in self.invoices:
            if inv.id in self.paid or inv.issued_on > day:
                continue
            stored = self.stack.store.get_invoice(self.t["tenant_id"], inv.id)
            if not stored:
                continue
            behaviour, stage = inv.customer[4], stored.collection.stage
            if behaviour in PAYS_AFTER and stage == PAYS_AFTER[behaviour] and not getattr(inv, "planned", False):
                inv.planned = True
                self.later(day + timedelta(days=3), lambda d, inv=inv: self.pay(inv, d))
            if behaviour in ("promise_kept", "promise_missed") and stage == "reminder" and not getattr(
                    inv, "planned", False):
                inv.planned = True
                self.promise_on_page(inv, day, day + timedelta(days=10), keep=behaviour == "promise_kept")
            if behaviour == "promise_missed" and stage == "final_notice" and not getattr(inv, "settled", False):
                inv.settled = True
                self.later(day + timedelta(days=4), lambda d, inv=inv: self.pay(inv, d))
            if behaviour == "partial" and stage == "second_reminder" and not getattr(inv, "planned", False):
                inv.planned = True
                self.later(day + timedelta(days=2), lambda d, inv=inv: self.pay(inv, d, (inv.total * 4 / 10).quantize(Decimal("0.01"))))
                self.later(day + timedelta(days=20), lambda d, inv=inv: self.pay(inv, d))

    def report_mail(self, day: date) -> None:
        out = self.stack.outbox()
        for m in out[self.sent_seen:]:
            to = str(m["To"])
            who = "firm" if to in ("compta@atelier-dupont.fr",) else to
            say(day, f"  mail → {who}: {m['Subject']}")
            if who != "firm":
                self.last_mail[to] = m
        self.sent_seen = len(out)

    # the debtor's side: the tracked link, the page, replies
    def token_for(self, inv) -> str | None:
        m = self.last_mail.get(inv.customer[2])
        found = re.search(r"/p/([a-z0-9]{28})", m.get_body(("plain",)).get_content()) if m else None
        return found.group(1) if found else None

    def click(self, inv, day: date) -> None:
        token = self.token_for(inv)
        if token:
            r = self.stack.http.get(f"/p/{token}/pay?invoice={inv.id}")
            where = (r.headers.get("Location") or r.headers.get("location")) if r.status_code == 302 else "transfer page (IBAN, EPC QR code)"
            say(day, f"link clicked: {inv.customer[1]}, {inv.number} → {where}")

    def promise_on_page(self, inv, day: date, on: date, keep: bool) -> None:
        token = self.token_for(inv)
        if not token:
            return
        page = self.stack.http.get(f"/p/{token}").body.decode()
        nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
        form = f"invoice={inv.id}&date={on.isoformat()}&nonce={nonce}&lang=fr"
        r = self.stack.http.post(f"/p/{token}/promise", body=form,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
        say(day, f"promise on the debtor page: {inv.customer[1]}, {inv.number}, to pay on {on:%d/%m} "
                 f"({'will keep it' if keep else 'will not'}) → {r.status_code}")
        if keep:
            self.later(on - timedelta(days=2), lambda d, inv=inv: self.pay(inv, d))

    def reply(self, day: date) -> None:
        """Debtors in REPLIES answer their first reminder, as a mail client would (threaded, quoting it)."""
        for cid, text in REPLIES.items():
            if cid in self.replied:
                continue
            debtor = next(i.customer for i in self.invoices if i.customer[0] == cid)
            m = self.last_mail.get(debtor[2])
            if m is None:
                continue
            self.replied.add(cid)
            raw = self.reply_mime(debtor, m, text, day)
            self.stack.deliver_email(raw, at=datetime.combine(day, time(11), UTC))
            forward = self.stack.outbox()[-1]
            body = forward.get_body(("plain",)).get_content().strip().splitlines()[0]
            say(day, f"reply from {debtor[1]} → firm told: {body}")
        self.sent_seen = len(self.stack.outbox())

    def reply_mime(self, debtor, original, text, day: date) -> bytes:
        msg = email.message.EmailMessage(policy=email.policy.SMTP)
        msg["From"] = f"{debtor[1]} <{debtor[2]}>"
        msg["To"] = original["Reply-To"]
        auto = text is None
        msg["Subject"] = ("Réponse automatique : " if auto else "RE: ") + str(original["Subject"])
        msg["Date"] = format_datetime(datetime.combine(day, time(11), UTC))
        msg["Message-ID"] = make_msgid(domain=debtor[2].split("@")[1])
        msg["In-Reply-To"] = original["Message-ID"]
        msg["References"] = original["Message-ID"]
        if auto:
            msg["Auto-Submitted"] = "auto-replied"
            back = day + timedelta(days=12)
            text = f"Bonjour,\n\nJe suis absent du bureau et serai de retour le {back.day} {MONTHS[back.month]}.\n" \
                   "Pour toute urgence, merci de contacter l'accueil.\n"
        else:
            text = text.format(date=f"{(day + timedelta(days=9)).day} {MONTHS[(day + timedelta(days=9)).month]}")
        quoted = "\n".join("> " + line for line in original.get_body(("plain",)).get_content().splitlines()[:12])
        when = original["Date"]
        msg.set_content(f"{text}\n\nLe {when}, {original['From']} a écrit :\n{quoted}\n")
        return msg.as_bytes()

    def run(self) -> None:
        for n in range(DAYS):
            day = START + timedelta(days=n)
            self.stack.now = datetime.combine(day, time(7), UTC)
            self.intake(day)
            for fn in self.pending.pop(day, []):
                fn(day)
            self.stack.run(datetime.combine(day, time(9), UTC))
            self.report_mail(day)
            self.reply(day)
            self.react(day)

    def summary(self) -> None:
        tid = self.t["tenant_id"]
        states, due, events = Counter(), Decimal(0), Counter()
        for inv in self.invoices:
            stored = self.stack.store.get_invoice(tid, inv.id)
            if stored is None:  # issued after the simulated period
                continue
            states[f"{stored.status}/{stored.collection.state}"] += 1
            for e in self.stack.store.timeline(tid, inv.id):
                events[e.type] += 1
            due += stored.amount_due
        letters, per_letter, stages = [], Counter(), Counter()
        for cid in sorted({self.customer_ids(i) for i in self.invoices}):
            letters += [e.detail for e in self.stack.store.timeline(tid, letters_stream(cid)) if e.type == "letter"]
        for rec in letters:
            stages[rec["stage"]] += 1
            per_letter[sum(1 for x in rec["lines"] if x["role"] == "claimed")] += 1
        out = self.stack.outbox()
        print("\n== Summary after", DAYS, "days ==")
        print("invoices:", len(self.invoices), "| by status/collection state:", dict(sorted(states.items())))
        order = ["heads_up", "reminder", "second_reminder", "firm", "formal_notice", "final_notice", "repeat"]
        print("letters:", len(letters), "| by stage:", {k: stages[k] for k in order if stages[k]})
        print("invoices claimed per letter:", dict(sorted(per_letter.items())),
              "| letters also naming invoices not yet due:",
              sum(1 for r in letters if any(x["role"] == "upcoming" for x in r["lines"])))
        print("timeline events:", {k: v for k, v in sorted(events.items()) if k not in ("invoice_updated",)})
        print("emails accepted by SES:", len(out), "(debtors:",
              sum(1 for m in out if "atelier-dupont.fr" not in str(m["To"])), ")")
        print("still outstanding:", fmt(due), "€")

    def screenshot(self) -> None:
        """The debtor page of a debtor still owing, as a phone shows it (needs `make browser-deps`)."""
        from devstack.server import screenshot

        tid = self.t["tenant_id"]
        owing = next((i for i in self.invoices if i.id not in self.paid and self.token_for(i) and (
            stored := self.stack.store.get_invoice(tid, i.id)) and stored.collection.state == "active"), None)
        if owing is None:
            return
        try:
            path = screenshot(self.stack, f"/p/{self.token_for(owing)}", OUT / "debtor-page.png")
            print("debtor page screenshot:", path)
            for path in self.cockpit_screenshots(self.customer_ids(owing)):
                print("cockpit screenshot:", path)
        except Exception as exc:  # the demo's story is told; a missing browser only costs the picture
            print("no screenshot:", exc)

    def cockpit_screenshots(self, customer_id: str) -> list[Path]:
        """The firm's dashboard, to-do list and one debtor file, signed in from the emailed link as a user would."""
        from playwright.sync_api import sync_playwright

        from devstack.server import Server, browser
        from devstack.trial import sign_in_link

        self.stack.add_user(self.t["tenant_id"], FIRM_USER, "owner")
        link = sign_in_link(self.stack, FIRM_USER)
        if not link:
            raise RuntimeError("no sign-in link in the outbox")
        shots = [("/app", "cockpit-dashboard.png"), ("/app/todo", "cockpit-todo.png"),
                 (f"/app/debtors/{customer_id}", "cockpit-debtor.png")]
        out = []
        with Server(self.stack) as srv, sync_playwright() as p:
            b = browser(p)
            try:
                page = b.new_page(viewport={"width": 1280, "height": 900})
                page.goto(srv.url + "/app/login/" + link.rsplit("/app/login/", 1)[1])
                page.click("button:has-text(\"Se connecter\")")
                for path, name in shots:
                    page.goto(srv.url + path)
                    if page.url.endswith("/app/login"):
                        raise RuntimeError("the sign-in link did not open a session")
                    page.screenshot(path=str(OUT / name), full_page=True)
                    out.append(OUT / name)
            finally:
                b.close()
        return out

    def write_outbox(self) -> Path:
        folder = OUT / "outbox"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for n, m in enumerate(self.stack.outbox(), 1):
            (folder / f"{n:04d}.eml").write_bytes(m.as_bytes())
        return folder


def main() -> None:
    with DevStack(now=datetime.combine(START, time(7), UTC)) as stack:
        logging.getLogger("relance").setLevel(logging.WARNING)  # the day-by-day log says what happened
        demo = Demo(stack)
        print(f"Relance demo: {demo.t['tenant_id']} (Atelier Dupont), {len(demo.invoices)} invoices, {DAYS} days\n")
        demo.run()
        demo.summary()
        print("every email written to", demo.write_outbox())
        demo.screenshot()
