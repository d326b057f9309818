"""Domain records and the invoice fold. Pure: the adapters map these to and from storage.

An invoice's state is a join of what the platforms told us: the newest snapshot (ordered by when it
happened, then by how final its status is, then by event id) plus the set of payments recorded after
it. Both parts merge commutatively, so any order or repetition of events ends in the same state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

OPEN, PAID, VOID, UNCOLLECTIBLE, DRAFT = "open", "paid", "void", "uncollectible", "draft"
STATUSES = (DRAFT, OPEN, PAID, VOID, UNCOLLECTIBLE)
# At equal timestamps the more final status wins: a "finalized" and a "paid" sent in the same second.
_STATUS_RANK = {DRAFT: 0, OPEN: 1, UNCOLLECTIBLE: 2, VOID: 3, PAID: 4}

ACTIVE, PROMISED, PAUSED, DISPUTED, HANDED_OFF, DONE = (
    "active", "promised", "paused", "disputed", "handed_off", "done")
COLLECTION_STATES = (ACTIVE, PROMISED, PAUSED, DISPUTED, HANDED_OFF, DONE)


@dataclass(frozen=True)
class Party:
    """The debtor as an invoice names it."""

    id: str
    email: str | None
    name: str = ""
    cc: tuple[str, ...] = ()
    language: str | None = None
    timezone: str | None = None
    kind: str | None = "business"  # business | consumer; None until intake applies the tenant's default
    country: str | None = None


@dataclass(frozen=True)
class Snapshot:
    occurred_at: datetime
    event_id: str
    number: str
    status: str
    currency: str
    total: Decimal
    amount_due: Decimal
    issued_on: date | None
    due_on: date | None
    customer: Party
    payment_url: str | None = None
    pdf_url: str | None = None

    def order_key(self) -> tuple:
        return (self.occurred_at, _STATUS_RANK.get(self.status, 0), self.event_id)


@dataclass(frozen=True)
class Payment:
    id: str
    amount: Decimal
    paid_on: date
    occurred_at: datetime
    method: str | None = None
    source: str = "api"


@dataclass(frozen=True)
class Collection:
    state: str = ACTIVE
    stage: str | None = None
    next_action_at: datetime | None = None
    paused_until: date | None = None
    promise_date: date | None = None
    reason: str | None = None
    stages_sent: tuple[str, ...] = ()  # stages of the letters that named it, never one it skipped
    stage_sent_at: datetime | None = None  # when the letter of its current stage went
    notice_on: date | None = None  # local day its formal notice went (consumer interest, final deadline)
    promise_missed_on: date | None = None  # a missed promise the next letter must mention


@dataclass(frozen=True)
class Invoice:
    tenant_id: str
    id: str
    snapshot: Snapshot | None = None
    payments: tuple[Payment, ...] = ()
    collection: Collection = field(default_factory=Collection)
    version: int = 0  # 0: never stored

    @property
    def snap(self) -> Snapshot:
        """The snapshot of an invoice the caller knows has one (listed, collectable or checked): a payment can
        arrive before its invoice, and such a record has none."""
        if self.snapshot is None:
            raise ValueError(f"invoice {self.id} has no snapshot")
        return self.snapshot

    @property
    def customer_id(self) -> str | None:
        return self.snapshot.customer.id if self.snapshot else None

    @property
    def paid_since_snapshot(self) -> Decimal:
        if not self.snapshot:
            return Decimal(0)
        # A snapshot does not include a payment made at its very instant (documented in the README).
        return sum((p.amount for p in self.payments if p.occurred_at >= self.snapshot.occurred_at), Decimal(0))

    @property
    def amount_due(self) -> Decimal:
        if not self.snapshot:
            return Decimal(0)
        if self.snapshot.status in (PAID, VOID):
            return Decimal(0)
        return max(self.snapshot.amount_due - self.paid_since_snapshot, Decimal(0))

    @property
    def status(self) -> str:
        if not self.snapshot:
            return DRAFT
        if self.snapshot.status == OPEN and self.amount_due <= 0:
            return PAID
        return self.snapshot.status

    @property
    def collectable(self) -> bool:
        """Open, with something owed, a due date and somewhere to write."""
        s = self.snapshot
        return bool(s and self.status == OPEN and s.due_on and s.customer.email and self.amount_due > 0)


def apply_snapshot(inv: Invoice, snap: Snapshot) -> Invoice:
    if inv.snapshot and inv.snapshot.order_key() >= snap.order_key():
        return inv
    return replace(inv, snapshot=snap)


def apply_payment(inv: Invoice, pay: Payment) -> Invoice:
    if any(p.id == pay.id for p in inv.payments):
        return inv
    payments = tuple(sorted((*inv.payments, pay), key=lambda p: (p.occurred_at, p.id)))
    return replace(inv, payments=payments)


@dataclass(frozen=True)
class Customer:
    """A debtor's sending state. Contact details live on the invoices (the newest snapshot wins)."""

    tenant_id: str
    id: str
    policy: str | None = None  # name of a tenant policy; None: the tenant's default
    blocked: dict = field(default_factory=dict)  # address -> "bounced" | "complained": never written to again
    thread_root: str | None = None  # Message-ID of the first reminder: later ones thread under it
    last_message_id: str | None = None
    sent_at: tuple[datetime, ...] = ()  # recent sends, for the gap and the 30-day cap
    version: int = 0


@dataclass(frozen=True)
class Event:
    """One line of an invoice's append-only timeline."""

    tenant_id: str
    invoice_id: str
    at: datetime
    type: str
    id: str
    detail: dict = field(default_factory=dict)
    source: str = "api"


@dataclass(frozen=True)
class ApiKey:
    id: str
    hash: str
    created_at: datetime
    expires_at: datetime | None = None  # set by a rotation (after its grace) or a revocation

    def valid(self, now: datetime) -> bool:
        return self.expires_at is None or now < self.expires_at


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    sender: str
    reply_domain: str
    language: str
    timezone: str
    jurisdiction: str
    webhook_secret: str
    stripe_webhook_secret: str
    api_keys: tuple[ApiKey, ...] = ()
    firm_email: str | None = None  # where replies and notices go; the sender by default
    contact_phone: str | None = None
    address: str | None = None
    legal_id: str | None = None
    iban: str | None = None
    bic: str | None = None
    policies: dict = field(default_factory=dict)  # name -> policy dict; "default" overrides the jurisdiction's
    templates: dict = field(default_factory=dict)  # "fr/firm.html" -> template source
    settings: dict = field(default_factory=dict)
    default_customer_kind: str = "business"  # for a debtor whose kind no webhook, API call or CSV column gives
    created_at: datetime | None = None
    version: int = 0

    @property
    def country(self) -> str:
        return self.jurisdiction

    @property
    def notify_to(self) -> str:
        return self.firm_email or self.sender
