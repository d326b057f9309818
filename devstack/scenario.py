"""The demo's French firm: its debtors, invoices and how each debtor behaves. Data only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

DEBTORS = [  # id, name, email, kind, behaviour
    ("c_martin", "SARL Martin", "compta@martin.fr", "business", "after_reminder"),
    ("c_roux", "Boulangerie Roux", "contact@boulangerie-roux.fr", "business", "on_time"),
    ("c_lefevre", "Lefèvre Architectes", "factures@lefevre-archi.fr", "business", "after_second"),
    ("c_bernard", "Garage Bernard", "garage.bernard@orange.fr", "business", "after_firm"),
    ("c_petit", "Petit & Fils", "administration@petit-fils.fr", "business", "partial"),
    ("c_moreau", "Moreau Logistique", "ap@moreau-logistique.fr", "business", "dispute"),
    ("c_girard", "Girard Événements", "compta@girard-evenements.fr", "business", "never"),
    ("c_fournier", "Fournier Conseil", "fournier.conseil@gmail.com", "business", "after_notice"),
    ("c_blanc", "Clinique Vétérinaire Blanc", "secretariat@veto-blanc.fr", "business", "on_time"),
    ("c_dupuis", "Mme Claire Dupuis", "claire.dupuis@free.fr", "consumer", "after_reminder"),
    ("c_lambert", "Lambert Immobilier", "gestion@lambert-immo.fr", "business", "promise_kept"),
    ("c_henry", "M. Paul Henry", "paul.henry@laposte.net", "consumer", "promise_missed"),
]


@dataclass
class DemoInvoice:
    id: str
    number: str
    customer: tuple
    total: Decimal
    issued_on: date
    due_on: date
    channel: str  # standard | stripe | csv


def invoices(start: date, count: int = 50, seed: int = 7) -> list[DemoInvoice]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        debtor = DEBTORS[n % len(DEBTORS)]
        issued = start + timedelta(days=rng.randrange(-20, 25))
        cents = rng.choice([180, 240, 420, 650, 980, 1250, 1800, 2400, 3900, 7200]) * 100 + rng.randrange(100)
        total = Decimal(cents).scaleb(-2)
        channel = ("standard", "stripe", "csv")[n % 3]
        number = f"F-2026-{101 + n:04d}"
        inv_id = f"in_demo{101 + n:04d}" if channel == "stripe" else (number if channel == "csv" else f"inv_{101 + n}")
        out.append(DemoInvoice(inv_id, number, debtor, total, issued, issued + timedelta(days=30), channel))
    # A backlog the firm brings on its first day, by CSV: invoices already 35 to 63 days late.
    for n, (debtor, late, cents) in enumerate(((DEBTORS[2], 63, 312000), (DEBTORS[2], 35, 86050),
                                               (DEBTORS[11], 41, 42000))):
        due = start - timedelta(days=late)
        number = f"F-2026-{71 + n:04d}"
        out.append(DemoInvoice(number, number, debtor, Decimal(cents).scaleb(-2), due - timedelta(days=30), due, "csv"))
    return out


# What makes each behaviour pay: the stage after which it pays (a few days later), or a fixed rule.
PAYS_AFTER = {"after_reminder": "reminder", "after_second": "second_reminder", "after_firm": "firm",
              "after_notice": "formal_notice"}


# Debtors who answer their first reminder by email (reply text, as they would type it).
REPLIES = {
    "c_bernard": "Bonjour,\n\nNous vous réglerons cette facture par virement le {date}.\n\nCordialement,\n"
                 "Jean Bernard\n\nEnvoyé de mon iPhone",
    "c_lefevre": None,  # an out-of-office auto-reply, built with its headers
    "c_moreau": "Bonjour,\n\nNous contestons cette facture : deux cartons manquaient à la livraison du "
                "12 septembre. Merci de nous envoyer un avoir.\n\nService comptabilité",
    "c_fournier": "Bonjour,\n\nPouvez-vous me préciser à quoi correspond la ligne « frais de dossier » ? "
                  "Je ne la retrouve pas dans le devis.\n\nMerci,\nA. Fournier",
}
