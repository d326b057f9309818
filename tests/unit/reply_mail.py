"""One reply mail built from a body, read as Relance reads it: the shared helper of the per-set phrasing tests."""

from chalicelib.core.replies import parse_mail, understand


def reply(body, *, when, country="FR", tz="Europe/Paris", auto_reply=False, known=("F-2026-0042",)):
    head = "From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2026-0042\n"
    head += f"Date: {when}\nContent-Type: text/plain; charset=utf-8\n"
    if auto_reply:
        head += "Auto-Submitted: auto-replied\n"
    return understand(parse_mail((head + "\n" + body).encode()), tz=tz, country=country, known_invoice_numbers=known)
