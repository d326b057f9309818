"""Every inbound mail goes to the firm: one line, in the firm's language, saying what Relance understood and
did, then the new text, and the original attached untouched as message/rfc822."""

from __future__ import annotations

import base64
import html
import uuid
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from chalicelib.core import fmt
from chalicelib.core.intake import check_email
from chalicelib.core.mime import header_text, make_message_id
from chalicelib.core.records import Invoice, Party, Tenant
from chalicelib.core.replies import ParsedMail, Understanding

from .reminders import locale_for

NB = "\u00a0"  # French puts a no-break space before : ; ! ? and inside « »
MAX_NEW_TEXT = 4000
ATTACH_MAX = 20 * 1024 * 1024  # SES takes 40 MB a message; past this the original stays in S3 only
METHODS = {"fr": {"transfer": "virement", "card": "carte bancaire", "cheque": "chèque", "direct_debit": "prélèvement",
                  "cash": "espèces"},
           "en": {"transfer": "transfer", "card": "card", "cheque": "cheque", "direct_debit": "direct debit",
                  "cash": "cash"}}


def _q(text: str, lang: str) -> str:
    text = " ".join((text or "").split())
    text = text if len(text) <= 160 else text[:159].rstrip() + "…"
    return f"«{NB}{text}{NB}»" if lang == "fr" else f"“{text}”"


def understood(u: Understanding, lang: str, day) -> str:
    fr = lang == "fr"
    i = u.intent
    if i == "promise":
        if u.promise_date:
            return f"promesse de paiement le {day(u.promise_date)}" if fr else f"promise to pay on {day(u.promise_date)}"
        return "promesse de paiement sans date précise" if fr else "promise to pay, with no clear date"
    if i == "paid":
        how = METHODS["fr" if fr else "en"].get(u.method or "", "")
        s = "paiement déclaré" if fr else "payment reported"
        if how:
            s += f" par {how}" if fr else f" by {how}"
        if u.paid_on:
            s += f" le {day(u.paid_on)}" if fr else f" on {day(u.paid_on)}"
        return s
    if i == "dispute":
        return f"contestation {_q(u.reason or u.excerpt, lang)}" if fr else f"dispute {_q(u.reason or u.excerpt, lang)}"
    if i == "plan_request":
        n = u.instalments
        if fr:
            return "demande d'échéancier" + (f" en {n} fois" if n else "")
        return "request for a payment plan" + (f" in {n} instalments" if n else "")
    if i == "out_of_office":
        if u.return_date:
            return f"absence, retour le {day(u.return_date)}" if fr else f"out of office, back on {day(u.return_date)}"
        return "absence, sans date de retour" if fr else "out of office, no return date given"
    if i == "copy_request":
        return "demande de copie de la facture" if fr else "request for a copy of the invoice"
    if i == "contact_change":
        who = u.new_email
        if fr:
            return "changement de contact" + (f", nouvelle adresse{NB}: {who}" if who else "")
        return "change of contact" + (f", new address: {who}" if who else "")
    if i == "bank_details":
        return "question ou changement de coordonnées bancaires" if fr else "question about or change of bank details"
    if i == "unsubscribe":
        return "demande de ne plus recevoir de relances" if fr else "asks to receive no more reminders"
    if i == "bounce":
        return "avis de non-distribution" if fr else "delivery failure report"
    return "message sans demande reconnue" if fr else "message with no request recognised"


REASONS = {
    "fr": {"virus": "SES signale un virus", "spam": "SES le classe comme spam",
           "bad_token": "adresse de réponse falsifiée ou altérée", "unverified": "adresse de réponse non authentifiée",
           "unsure": "compréhension incertaine"},
    "en": {"virus": "SES reports a virus", "spam": "SES marks it as spam",
           "bad_token": "forged or altered reply address", "unverified": "reply address not authenticated",
           "unsure": "understanding uncertain"},
}


def did(kind: str, f: dict, lang: str, day, u: Understanding) -> str:
    fr = lang == "fr"
    reasons = ", ".join(REASONS[lang][r] for r in f.get("reasons") or [])
    none = (f"aucune ({reasons}), à vous de décider" if fr else f"none ({reasons}); your decision") if reasons \
        else ("aucune automatique, à vous de décider" if fr else "nothing automatic; your decision")
    refs = ", ".join(f.get("invoices") or [])
    text = {
        "promised": (f"relances suspendues jusqu'au {day(f.get('until'))}",
                     f"reminders paused until {day(f.get('until'))}"),
        "needs_approval": (f"date au-delà de votre délai de {f.get('limit_days')} jours{NB}: relances maintenues, "
                           "votre accord est demandé",
                           f"date beyond your {f.get('limit_days')}-day limit: reminders go on, your approval is "
                           "needed"),
        "ooo_paused": (f"prochaine relance reportée au {day(f.get('until'))}" if not f.get("default_days") else
                       f"relances suspendues {f['default_days']} jours, jusqu'au {day(f.get('until'))}",
                       f"next reminder moved to {day(f.get('until'))}" if not f.get("default_days") else
                       f"reminders paused for {f['default_days']} days, until {day(f.get('until'))}"),
        "nothing_to_pause": ("aucune, pas de relance en cours à reporter", "none, no reminder running to move"),
        "disputed": (f"relances arrêtées pour {refs or 'ses factures'}{NB}; la réponse sur le fond vous revient",
                     f"reminders stopped for {refs or 'their invoices'}; the answer is yours to give"),
        "paid_paused": (f"relances suspendues jusqu'au {day(f.get('until'))}, le temps de vérifier l'encaissement",
                        f"reminders paused until {day(f.get('until'))} while you check the payment"),
        "plan_requested": ("aucune modification, à vous d'accepter ou non l'échéancier",
                           "nothing changed; the plan is yours to accept or refuse"),
        "copy_sent": (f"lien vers {refs} envoyé au client" if f.get("links") else
                      f"lien vers son espace client envoyé (aucun PDF connu pour {refs})",
                      f"link to {refs} sent to the debtor" if f.get("links") else
                      f"link to their page sent (no PDF on file for {refs})"),
        "copy_limited": ("aucune, trop de demandes de copie aujourd'hui", "none, too many copy requests today"),
        "blocked": (f"plus aucun envoi à {f.get('email')}", f"no more mail to {f.get('email')}"),
        "bounce_unknown": ("aucune, l'adresse en échec n'est pas celle du client",
                           "none, the failed address is not the debtor's"),
        "contact_change": ("rien n'est appliqué, mettez l'adresse à jour dans votre logiciel de facturation si elle "
                           "est exacte", "nothing applied; update the address in your invoicing tool if it is right"),
        "unsubscribe": (f"aucune, une relance de facture impayée n'est pas de la prospection{NB}: les relances "
                        "continuent tant que vous ne les arrêtez pas",
                        "none; a reminder about an unpaid invoice is not marketing: reminders go on until you "
                        "stop them"),
        "bank_details": ("aucune réponse automatique", "no automatic answer"),
        "nothing_open": ("aucune, pas de facture ouverte", "none, no open invoice"),
        "refused": (f"aucune ({f.get('error')}), à vous de décider", f"none ({f.get('error')}); your decision"),
        "failed": ("l'action automatique a échoué, merci de traiter ce message vous-même",
                   "the automatic action failed; please handle this message yourself"),
        "retried": ("aucune nouvelle action, ce message avait déjà été traité (transfert renvoyé)",
                    "nothing done again, this message had already been handled (forward resent)"),
    }.get(kind)
    out = text[0 if fr else 1] if text else none
    if kind in FIRM_ONLY_KINDS and reasons:
        out += f" ({reasons})"
    if u.intent == "bank_details":
        out += (f". Attention{NB}: possible tentative de fraude, vérifiez par téléphone auprès d'un interlocuteur "
                "connu avant tout changement" if fr else ". Warning: possible fraud attempt; check by phone with a "
                "known contact before changing anything")
    return out


FIRM_ONLY_KINDS = ("contact_change", "unsubscribe", "bank_details")


def summary_line(tenant: Tenant, u: Understanding, kind: str, facts: dict, matched: bool) -> str:
    lang = "fr" if tenant.language == "fr" else "en"
    locale = locale_for(lang, tenant.jurisdiction)

    def day(d):
        return fmt.day(d, locale) if d else "?"

    unsure = "unsure" in (facts.get("reasons") or [])
    c = NB + ":" if lang == "fr" else ":"
    if not matched:
        head = ("Relance n'a pas rattaché ce message à un client" if lang == "fr"
                else "Relance could not match this message to a debtor")
        head += f" ({understood(u, lang, day)})"
    elif unsure:
        head = (f"Relance a compris, sans certitude{c} " if lang == "fr" else f"Relance understood, unsure{c} ") \
            + understood(u, lang, day)
    else:
        head = f"Relance a compris{c} {understood(u, lang, day)}" if lang == "fr" else \
            f"Relance understood{c} {understood(u, lang, day)}"
    return f"{head}. Action{c} {did(kind, facts, lang, day, u)}."


def send(deps, tenant: Tenant, raw: bytes, mail: ParsedMail, u: Understanding, outcome, *, party: Party | None,
         targets: list[Invoice], matched: bool, verdicts: dict, too_big: bool, s3_key: str | None, seed: str,
         now: datetime) -> str:
    fr = tenant.language == "fr"
    line = summary_line(tenant, u, outcome.kind, outcome.facts, matched)
    flags = []
    if verdicts.get("virus") == "FAIL":
        flags.append("VIRUS ?")
    if verdicts.get("spam") == "FAIL":
        flags.append("SPAM ?")
    if not matched:
        flags.append("non rattaché" if fr else "unmatched")
    # Names and subjects come from outside (a reply's headers, a debtor's name): one clean line each, or the
    # stdlib refuses the header (U+2028, a newline) after the reply was claimed and the firm never sees it.
    who = header_text((party and party.name) or mail.from_name or mail.from_addr or "") or (
        "inconnu" if fr else "unknown")
    subject = header_text((f"Réponse de {who}{NB}: " if fr else f"Reply from {who}: ") + (mail.subject or ""))
    if flags:
        subject = f"[{' · '.join(flags)}] {subject}"
    c = NB + ":" if fr else ":"
    facts = [(f"De{c}" if fr else "From:", formataddr((header_text(mail.from_name), mail.from_addr))
              if mail.from_addr else "?"),
             (f"Objet{c}" if fr else "Subject:", header_text(mail.subject or ""))]
    if targets:
        facts.append((f"Factures{c}" if fr else "Invoices:", ", ".join(i.snapshot.number for i in targets)))
    new_text = (mail.new_text or "").strip()[:MAX_NEW_TEXT]
    attach = bool(raw) and not too_big and len(raw) <= ATTACH_MAX
    if attach:
        tail = "Le message d'origine est joint." if fr else "The original message is attached."
    else:
        tail = (f"Le message d'origine est conservé dans le stockage de Relance ({s3_key})." if fr
                else f"The original message is kept in Relance's storage ({s3_key}).")
    text = "\n".join([line, "", *(f"{k} {v}" for k, v in facts), "", new_text, "", tail]) + "\n"
    page = (f"<p><strong>{html.escape(line)}</strong></p>"
            + "".join(f"<div>{html.escape(k)} {html.escape(v)}</div>" for k, v in facts)
            + f'<pre style="font-family:inherit;white-space:pre-wrap">{html.escape(new_text)}</pre>'
            + f"<p>{html.escape(tail)}</p>")

    head = EmailMessage(policy=SMTP)
    head["From"] = formataddr(("Relance", tenant.sender))
    head["To"] = tenant.notify_to
    reply_to = _sendable(mail.from_addr)
    if reply_to and "FAIL" not in verdicts.values():
        head["Reply-To"] = reply_to  # the firm answers the debtor by replying
    head["Subject"] = subject
    head["Date"] = format_datetime(now)
    head["Message-ID"] = make_message_id(f"forward#{seed}", tenant.sender.split("@", 1)[1])
    head["Auto-Submitted"] = "auto-generated"
    body = EmailMessage(policy=SMTP)
    body.set_content(text)
    body.add_alternative(page, subtype="html")
    raw_out = _assemble(head, body, raw if attach else None)
    return deps.mailer.send(raw_out, tenant.sender, [tenant.notify_to])


def _sendable(addr: str | None) -> str | None:
    try:
        return check_email(addr) if addr else None
    except ValueError:
        return None


def _assemble(head: EmailMessage, body: EmailMessage, original: bytes | None) -> bytes:
    """multipart/mixed by hand: the stdlib would re-fold the original's headers (breaking its DKIM) or
    base64 it, which message/rfc822 does not allow."""
    if original is None:
        for k, v in head.items():
            body[k] = v
        return body.as_bytes()
    boundary = "=_fwd_" + uuid.uuid4().hex
    head["MIME-Version"] = "1.0"
    head["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    top = b"".join(SMTP.fold_binary(k, v) for k, v in head.items()) + b"\r\n"
    lines = b"\r\n".join(original.splitlines())
    part = [b'Content-Type: message/rfc822', b'Content-Disposition: attachment; filename="original.eml"']
    if all(len(x) <= 998 for x in lines.split(b"\r\n")) and _utf8(lines):
        part += [b"Content-Transfer-Encoding: " + (b"7bit" if lines.isascii() else b"8bit"), b"", lines]
    else:  # other 8-bit text or overlong lines would not survive SMTP: base64 (mail readers open it all the same)
        part += [b"Content-Transfer-Encoding: base64", b"", base64.encodebytes(original).replace(b"\n", b"\r\n")]
    b = boundary.encode()
    return b"".join([top, b"--", b, b"\r\n", body.as_bytes(), b"\r\n--", b, b"\r\n",
                     b"\r\n".join(part), b"\r\n--", b, b"--\r\n"])


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
