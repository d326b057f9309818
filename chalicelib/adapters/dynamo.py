"""DynamoDB store on PynamoDB. The models here are the one definition of every table: the deploy
template, DevStack and the tests all create tables from `table_specs()`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from pynamodb.attributes import JSONAttribute, NumberAttribute, TTLAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError
from pynamodb.expressions.update import Action
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex, IncludeProjection
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from chalicelib import config
from chalicelib.core import todo
from chalicelib.core.records import Customer, Event, Invoice, Tenant

from . import codec
from .store import (
    AlreadyDone,
    DueRef,
    VersionConflict,
    WriteBatch,
    customer_key,
    event_seq,
    seq_stamp,
    shard_of,
    stamp,
    unstamp,
)

# A debtor's sending state lives beside its invoices (same table, same by_customer key), so the sender reads
# both with one Query. Invoice ids start with a letter or digit, never with this.
CUSTOMER_PREFIX = "~customer#"


class _Meta:
    billing_mode = "PAY_PER_REQUEST"


class TenantModel(Model):
    class Meta(_Meta):
        table_name = "tenants"

    tenant_id = UnicodeAttribute(hash_key=True)
    data = JSONAttribute()
    version = NumberAttribute()


class DueIndex(GlobalSecondaryIndex):
    """Sparse: only invoices with a next action carry these keys. Query per shard up to an instant."""

    class Meta:
        index_name = "due"
        projection = IncludeProjection(["customer_id"])

    due_shard = UnicodeAttribute(hash_key=True)
    next_action_at = UnicodeAttribute(range_key=True)


class ByCustomerIndex(GlobalSecondaryIndex):
    class Meta:
        index_name = "by_customer"
        projection = AllProjection()

    customer_key = UnicodeAttribute(hash_key=True)
    invoice_id = UnicodeAttribute(range_key=True)


class InvoiceModel(Model):
    class Meta(_Meta):
        table_name = "invoices"

    tenant_id = UnicodeAttribute(hash_key=True)
    invoice_id = UnicodeAttribute(range_key=True)
    data = JSONAttribute()
    version = NumberAttribute()
    customer_id = UnicodeAttribute(null=True)
    customer_key = UnicodeAttribute(null=True)
    status = UnicodeAttribute(null=True)
    state = UnicodeAttribute(null=True)
    due_shard = UnicodeAttribute(null=True)
    next_action_at = UnicodeAttribute(null=True)
    due = DueIndex()
    by_customer = ByCustomerIndex()


class ByDayIndex(GlobalSecondaryIndex):
    class Meta:
        index_name = "by_day"
        projection = AllProjection()

    tenant_day = UnicodeAttribute(hash_key=True)
    seq = UnicodeAttribute(range_key=True)


class EventModel(Model):
    """Append-only timeline: one stream per invoice, ordered by instant."""

    class Meta(_Meta):
        table_name = "events"

    stream = UnicodeAttribute(hash_key=True)
    seq = UnicodeAttribute(range_key=True)
    tenant_day = UnicodeAttribute()
    data = JSONAttribute()
    by_day = ByDayIndex()


class MarkModel(Model):
    """Idempotency records, send claims and lookups (SES message id -> debtor), expiring by TTL."""

    class Meta(_Meta):
        table_name = "marks"

    key = UnicodeAttribute(hash_key=True)
    data = JSONAttribute(null=True)
    expires_at = TTLAttribute(null=True)
    hits = NumberAttribute(null=True)  # counters (store.count)


MODELS = {"tenants": TenantModel, "invoices": InvoiceModel, "events": EventModel,
          "marks": MarkModel}
TTL_ATTRIBUTES = {"marks": "expires_at"}
_bound: tuple | None = None


def bind(force: bool = False) -> None:
    """Points the models at the configured tables. Config is read at call time; connections are rebuilt
    only when it changes (or when forced, e.g. after a moto mock starts)."""
    global _bound
    key = (config.table_prefix(), config.region(), config.dynamodb_endpoint())
    if key == _bound and not force:
        return
    for name, model in MODELS.items():
        model.Meta.table_name = f"{key[0]}-{name}"
        model.Meta.region = key[1]
        model.Meta.host = key[2]
        model._connection = None
    _bound = key


def _keys(schema: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return sorted(({"AttributeName": k["AttributeName"], "KeyType": k["KeyType"]} for k in schema),
                  key=lambda k: k["KeyType"] != "HASH")


def table_specs(prefix: str) -> list[dict]:
    """CreateTable parameters (boto3 shape) for every table, from the models."""
    specs = []
    for name, model in MODELS.items():
        schema = model._get_schema()
        spec = {"TableName": f"{prefix}-{name}", "BillingMode": "PAY_PER_REQUEST",
                "AttributeDefinitions": schema["attribute_definitions"], "KeySchema": _keys(schema["key_schema"])}
        gsis = [{"IndexName": g["index_name"], "Projection": g["projection"], "KeySchema": _keys(g["key_schema"])}
                for g in schema.get("global_secondary_indexes", [])]
        if gsis:
            spec["GlobalSecondaryIndexes"] = gsis
        specs.append(spec)
    return specs


def _bumped(record) -> dict:
    """The stored copy carries the version it is written at, so a read gives back what to expect next."""
    return codec.encode(replace(record, version=record.version + 1))


def _invoice_item(inv: Invoice) -> InvoiceModel:
    at = inv.collection.next_action_at
    return InvoiceModel(
        inv.tenant_id, inv.id, data=_bumped(inv), version=inv.version + 1, customer_id=inv.customer_id,
        customer_key=customer_key(inv.tenant_id, inv.customer_id) if inv.customer_id else None,
        status=inv.status, state=inv.collection.state,
        due_shard=shard_of(inv.tenant_id, inv.id) if at else None, next_action_at=stamp(at) if at else None)


class DynamoStore:
    def __init__(self) -> None:
        bind()

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        try:
            return codec.tenant(TenantModel.get(tenant_id).data)
        except TenantModel.DoesNotExist:
            return None

    def get_invoice(self, tenant_id: str, invoice_id: str) -> Invoice | None:
        try:
            return codec.invoice(InvoiceModel.get(tenant_id, invoice_id).data)
        except InvoiceModel.DoesNotExist:
            return None

    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None:
        try:
            return codec.customer(InvoiceModel.get(tenant_id, CUSTOMER_PREFIX + customer_id).data)
        except InvoiceModel.DoesNotExist:
            return None

    def customer_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        return self.debtor(tenant_id, customer_id)[0]

    def debtor(self, tenant_id: str, customer_id: str) -> tuple[list[Invoice], Customer]:
        """A debtor's invoices and sending state in one Query: the state item shares the by_customer key."""
        invoices, customer = [], None
        for m in InvoiceModel.by_customer.query(customer_key(tenant_id, customer_id)):
            if m.invoice_id.startswith(CUSTOMER_PREFIX):
                customer = codec.customer(m.data)
            else:
                invoices.append(codec.invoice(m.data))
        return invoices, customer or Customer(tenant_id, customer_id)

    def list_invoices(self, tenant_id: str, *, status: str | None = None, state: str | None = None,
                      limit: int = 50, cursor: str | None = None) -> tuple[list[Invoice], str | None]:
        cond = InvoiceModel.status.exists()
        if status:
            cond &= InvoiceModel.status == status
        if state:
            cond &= InvoiceModel.state == state
        start = {"tenant_id": {"S": tenant_id}, "invoice_id": {"S": cursor}} if cursor else None
        out: list[Invoice] = []
        # A filter can leave a page short: keep reading pages (a Query, never a Scan) until full.
        while len(out) < limit:
            result = InvoiceModel.query(tenant_id, filter_condition=cond, limit=limit - len(out),
                                        last_evaluated_key=start)
            for m in result:
                out.append(codec.invoice(m.data))
            start = result.last_evaluated_key
            if not start:
                break
        last = start["invoice_id"]["S"] if start else None
        return out, last

    def timeline(self, tenant_id: str, invoice_id: str) -> list[Event]:
        return [codec.event(m.data) for m in EventModel.query(f"{tenant_id}#{invoice_id}")]

    def stream_page(self, tenant_id: str, stream: str, limit: int = 50, cursor: str | None = None,
                    newest_first: bool = True) -> tuple[list[Event], str | None]:
        """One page of an event stream (a Query with Limit and ExclusiveStartKey); the cursor is the last seq."""
        key = f"{tenant_id}#{stream}"
        start = {"stream": {"S": key}, "seq": {"S": cursor}} if cursor else None
        result = EventModel.query(key, limit=limit, scan_index_forward=not newest_first, last_evaluated_key=start)
        rows = [codec.event(m.data) for m in result]
        lek = result.last_evaluated_key
        return rows, (lek["seq"]["S"] if lek else None)

    def get_event(self, tenant_id: str, stream: str, seq: str) -> Event | None:
        try:
            return codec.event(EventModel.get(f"{tenant_id}#{stream}", seq).data)
        except EventModel.DoesNotExist:
            return None

    def due(self, shard: str, until: datetime, cursor: str | None = None,
            limit: int = 500) -> tuple[list[DueRef], str | None]:
        start = None
        if cursor:
            at, tid, iid = cursor.split("|", 2)
            start = {"due_shard": {"S": shard}, "next_action_at": {"S": at}, "tenant_id": {"S": tid},
                     "invoice_id": {"S": iid}}
        result = InvoiceModel.due.query(shard, InvoiceModel.next_action_at <= stamp(until), limit=limit,
                                        last_evaluated_key=start)
        refs = [DueRef(m.tenant_id, m.invoice_id, m.customer_id, unstamp(m.next_action_at)) for m in result]
        lek = result.last_evaluated_key
        nxt = f"{lek['next_action_at']['S']}|{lek['tenant_id']['S']}|{lek['invoice_id']['S']}" if lek else None
        return refs, nxt

    def get_mark(self, key: str) -> dict | None:
        try:
            return MarkModel.get(key).data
        except MarkModel.DoesNotExist:
            return None

    def count(self, key: str, expires_at: datetime | None = None) -> int:
        """Adds one to a counter and returns the new value: one atomic UpdateItem (ADD)."""
        item = MarkModel(key)
        actions: list[Action] = [MarkModel.hits.add(1)]
        if expires_at is not None:
            actions.append(MarkModel.expires_at.set(expires_at))
        item.update(actions=actions)
        return int(item.hits)

    def write(self, batch: WriteBatch) -> None:
        batch = replace(batch, events=[*batch.events, *todo.follow(batch.events)])  # cockpit to-do
        ops: list[tuple[str, Callable[..., object]]] = []  # (description, fn(tx)) in order: names the failing item
        for m in batch.marks:
            ops.append(("mark:" + m.key, lambda tx, m=m: tx.save(
                MarkModel(m.key, data=m.data, expires_at=m.expires_at),
                condition=MarkModel.key.does_not_exist() if m.once else None)))
        for inv in batch.invoices:
            ops.append(("invoice", lambda tx, inv=inv: tx.save(_invoice_item(inv), condition=_version_cond(
                InvoiceModel, inv.version))))
        for c in batch.customers:
            ops.append(("customer", lambda tx, c=c: tx.save(InvoiceModel(
                c.tenant_id, CUSTOMER_PREFIX + c.id, data=_bumped(c), version=c.version + 1,
                customer_key=customer_key(c.tenant_id, c.id)), condition=_version_cond(InvoiceModel, c.version))))
        for t in batch.tenants:
            ops.append(("tenant", lambda tx, t=t: tx.save(TenantModel(
                t.id, data=_bumped(t), version=t.version + 1), condition=_version_cond(TenantModel, t.version))))
        for e in batch.events:
            ops.append(("event", lambda tx, e=e: tx.save(EventModel(
                f"{e.tenant_id}#{e.invoice_id}", event_seq(e), tenant_day=f"{e.tenant_id}#{e.at.date().isoformat()}",
                data=codec.encode(e)))))
        if batch.sums:
            from .metrics_store import updates

            ops += [("metrics", lambda tx, k=k, a=a: tx.update(MarkModel(k), actions=a)) for k, a in updates(batch.sums)]
        # PynamoDB sends deletes, then puts, then updates: the same order here so cancellation reasons name the op.
        ops[:0] = [("mark:event:" + e.id, lambda tx, e=e: tx.delete(
            EventModel(f"{e.tenant_id}#{e.invoice_id}", event_seq(e)), condition=EventModel.seq.exists()))
            for e in batch.removed]
        if not ops:
            return
        connection = InvoiceModel._get_connection().connection
        try:
            with TransactWrite(connection=connection) as tx:
                for _, op in ops:
                    op(tx)
        except TransactWriteError as exc:
            reasons = exc.cancellation_reasons or []
            for (what, _), reason in zip(ops, reasons, strict=False):
                if reason and reason.code == "ConditionalCheckFailed":
                    if what.startswith("mark:"):
                        raise AlreadyDone(what[5:]) from None
                    raise VersionConflict(what) from None
            raise

    def events_between(self, tenant_id: str, start: datetime, end: datetime) -> list[Event]:
        out = []
        day = start.date()
        while day <= end.date():
            rows = EventModel.by_day.query(f"{tenant_id}#{day.isoformat()}",
                                           EventModel.seq.between(seq_stamp(start), seq_stamp(end)))
            out += [codec.event(m.data) for m in rows]
            day = day.fromordinal(day.toordinal() + 1)
        return sorted((e for e in out if start <= e.at < end), key=lambda e: (e.at, e.id))


def _version_cond(model, version: int):
    return model.version.does_not_exist() if version == 0 else model.version == version
