"""Every to-do action, every settings save, the import, the member role, and other tenants' ids: all through
DevStack (moto), as a browser posts them."""

import base64
import json
import re
from datetime import timedelta

import pytest

from chalicelib.adapters.store import WriteBatch
from chalicelib.core import todo
from chalicelib.core.records import Event
from devstack import DevStack
from tests.e2e.test_cockpit import Browser, at, tenant
from tests.factories import invoice_body, standard_headers


@pytest.fixture
def stack():
    with DevStack(now=at(3)) as s:
        yield s


@pytest.fixture
def firm(stack):
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", "marie@atelier-dupont.fr")
    for body in (invoice_body(due_on="2026-10-01"), invoice_body(id="inv_2", number="F-2", due_on="2026-10-05")):
        assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(body)).status_code == 200
    b = Browser(stack)
    b.sign_in("marie@atelier-dupont.fr")
    return t, api, b


def open_item(stack, tid, inv, etype, detail=None, eid="e1", source="email"):
    """A timeline event that needs a person: the store opens its to-do item in the same write."""
    stack.store.write(WriteBatch(events=[Event(tid, inv, stack.now, etype, eid, detail or {}, source)]))
    return f"todo_{eid}"


def item_form(b, item_id):
    page = b.page("/app/todo").body.decode()
    m = re.search(rf'action="/app/todo/{item_id}"><input type="hidden" name="csrf" value="[^"]+">'
                  rf'<input type="hidden" name="key" value="([^"]+)">', page)
    assert m, f"{item_id} not on the to-do page"
    return m[1]


def act(b, item_id, action, **extra):
    key = item_form(b, item_id)
    return b.post(f"/app/todo/{item_id}", {"key": key, "action": action, **extra})


def open_ids(stack, tid):
    return [e.id for e in stack.store.timeline(tid, todo.STREAM)]


def inv(stack, tid, iid="inv_812"):
    return stack.store.get_invoice(tid, iid)


# --- to do -----------------------------------------------------------------------------------------------------

def test_promise_beyond_the_limit_approved_or_refused(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    item = open_item(stack, tid, "inv_812", "approval_needed", {"promise_date": "2027-01-20", "limit_days": 30})
    r = act(b, item, "approve")
    assert r.status_code == 303 and "done=approved" in r.headers["Location"]
    c = inv(stack, tid).collection
    assert c.state == "promised" and c.promise_date.isoformat() == "2027-01-20"
    assert item not in open_ids(stack, tid)  # out of the open list...
    archived = stack.store.timeline(tid, todo.ARCHIVE)
    assert archived[-1].detail["item"] == item and archived[-1].detail["action"] == "approve"  # ...into the archive
    assert "promise_made" in [e.type for e in stack.store.timeline(tid, "inv_812")]
    # acting twice on a closed item: not found, nothing happens
    from chalicelib.adapters.store import event_seq

    gone = event_seq(Event(tid, todo.STREAM, stack.now, todo.OPENED, item, {}, "email"))
    assert b.post(f"/app/todo/{item}", {"key": gone, "action": "approve"}).status_code == 404
    item2 = open_item(stack, tid, "inv_2", "approval_needed", {"promise_date": "2027-02-01"}, eid="e2")
    assert act(b, item2, "refuse").status_code == 303
    assert "promise_refused" in [e.type for e in stack.store.timeline(tid, "inv_2")]
    assert inv(stack, tid, "inv_2").collection.state != "promised"


def test_plan_accepted_pauses_and_dismissed_leaves_alone(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    item = open_item(stack, tid, "inv_812", "plan_requested", {"instalments": 3})
    assert "done=paused" in act(b, item, "accept").headers["Location"]
    c = inv(stack, tid).collection
    assert c.state == "paused" and c.paused_until == stack.now.date() + timedelta(days=30)
    item2 = open_item(stack, tid, "inv_2", "plan_requested", eid="e2")
    assert "done=dismissed" in act(b, item2, "dismiss").headers["Location"]
    assert inv(stack, tid, "inv_2").collection.state == "active" and open_ids(stack, tid) == []


def _disputed(stack, api, tid, iid, eid):
    stack.http.post(f"/v1/invoices/{iid}/dispute", headers=api, body=json.dumps({"reason": "cartons manquants"}))
    return open_item(stack, tid, iid, "dispute_opened", {"reason": "cartons manquants"}, eid=eid)


def test_dispute_resumed_voided_or_credited(stack, firm):
    t, api, b = firm
    tid = t["tenant_id"]
    item = _disputed(stack, api, tid, "inv_812", "d1")
    assert inv(stack, tid).collection.state == "disputed"
    assert "done=resumed" in act(b, item, "resume").headers["Location"]
    assert inv(stack, tid).collection.state == "active"
    item = _disputed(stack, api, tid, "inv_812", "d2")
    r = act(b, item, "credit_note", invoice="inv_812", amount="200,00")
    assert "done=credit_noted" in r.headers["Location"]
    after = inv(stack, tid)
    assert str(after.amount_due) == "1000.00" and after.collection.state == "active"  # the rest is chased again
    assert act(b, _disputed(stack, api, tid, "inv_2", "d3"), "credit_note", invoice="inv_2", amount="abc") \
        .status_code == 400  # a bad amount: nothing done, the item stays
    assert "todo_d3" in open_ids(stack, tid)
    assert "done=voided" in act(b, "todo_d3", "void").headers["Location"]
    assert inv(stack, tid, "inv_2").status == "void"


def test_a_dispute_reason_taken_from_the_reply_is_shown_once(stack, firm):
    t, _api, b = firm
    said = "La livraison n'a jamais eu lieu."
    open_item(stack, t["tenant_id"], "inv_812", "dispute_opened", {"reason": said, "excerpt": said}, eid="dx")
    assert b.page("/app/todo").body.decode().count("La livraison n&#39;a jamais eu lieu.") == 1


def test_contact_change_applied_to_every_invoice_of_the_debtor(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    item = open_item(stack, tid, "inv_812", "reply_received",
                     {"intent": "contact_change", "new_email": "factures@martin.fr", "excerpt": "écrivez à"})
    assert "done=contact_applied" in act(b, item, "apply").headers["Location"]
    assert {inv(stack, tid, i).snapshot.customer.email for i in ("inv_812", "inv_2")} == {"factures@martin.fr"}
    # no address in the reply: the firm types it; a bad one is refused and the item stays
    item2 = open_item(stack, tid, "inv_812", "reply_received", {"intent": "contact_change"}, eid="e2")
    r = act(b, item2, "apply", email="pas une adresse")
    assert r.status_code == 303 and "done=refused" in r.headers["Location"]
    assert inv(stack, tid).snapshot.customer.email == "factures@martin.fr" and item2 in open_ids(stack, tid)
    assert act(b, item2, "apply", email="compta2@martin.fr").status_code == 303
    assert inv(stack, tid).snapshot.customer.email == "compta2@martin.fr"


@pytest.mark.parametrize("etype,detail,action", [
    ("reply_received", {"intent": "bank_details", "excerpt": "nouveau RIB"}, "handled"),
    ("reply_received", {"intent": "other", "excerpt": "?"}, "handled"),
    ("bounced", {"permanent": True, "email": "compta@martin.fr"}, "handled"),
    ("handed_off", {}, "agency"), ("handed_off", {}, "court"), ("handed_off", {}, "mediation"),
])
def test_other_items_close_with_their_action(stack, firm, etype, detail, action):
    t, _, b = firm
    tid = t["tenant_id"]
    item = open_item(stack, tid, "inv_812", etype, detail, source="ses" if etype == "bounced" else "email")
    page = b.page("/app/todo").body.decode()
    if detail.get("intent") == "bank_details":
        assert 'class="card warn"' in page  # the fraud warning
    assert act(b, item, action).status_code == 303 and item not in open_ids(stack, tid)
    if etype == "handed_off":
        assert [e.detail["to"] for e in stack.store.timeline(tid, "inv_812") if e.type == "handoff_sent"] == [action]


def test_unknown_action_and_unmatched_reply(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    stack.store.write(WriteBatch(events=todo.orphan(tid, stack.now, "ses1", {"excerpt": "qui êtes-vous ?"})))
    assert act(b, "todo_ses1", "approve").status_code == 400 and "todo_ses1" in open_ids(stack, tid)
    assert act(b, "todo_ses1", "handled").status_code == 303 and open_ids(stack, tid) == []


def test_todo_list_pages_and_count_is_bounded(stack, firm, monkeypatch):
    from chalicelib.services import cockpit_book

    t, _, b = firm
    tid = t["tenant_id"]
    monkeypatch.setattr(cockpit_book, "TODO_PAGE", 3)
    monkeypatch.setattr(cockpit_book, "TODO_COUNT_CAP", 4)
    for n in range(7):
        stack.now += timedelta(minutes=1)
        open_item(stack, tid, "inv_812", "plan_requested", eid=f"p{n}")
    seen, path = [], "/app/todo"
    for _ in range(5):
        page = b.page(path).body.decode()
        seen += re.findall(r'id="item-(todo_p\d)"', page)
        nxt = re.search(r'id="todo-next" href="([^"]+)"', page)
        if not nxt:
            break
        path = nxt[1].replace("&amp;", "&")
    assert seen == [f"todo_p{n}" for n in range(6, -1, -1)]
    assert "4+" in b.page("/app").body.decode()


# --- invoices --------------------------------------------------------------------------------------------------

def test_default_invoice_list_is_one_query_page_with_a_cursor(stack, firm, monkeypatch):
    from chalicelib.core import book
    from chalicelib.services import cockpit_book

    t, api, b = firm
    for n in range(3, 8):
        stack.http.post("/v1/invoices", headers=api, body=json.dumps(invoice_body(id=f"inv_{n}", number=f"F-{n}")))
    monkeypatch.setattr(book, "PAGE", 3)
    seen, path = [], "/app/invoices"
    for _ in range(5):
        page = b.page(path).body.decode()
        seen += re.findall(r'href="/app/invoices/([^"]+)"', page)
        nxt = re.search(r'id="next" href="([^"]+)"', page)
        if not nxt:
            break
        path = nxt[1].replace("&amp;", "&")
        assert "after=" in path
    assert sorted(seen) == sorted({"inv_812", "inv_2", *(f"inv_{n}" for n in range(3, 8))}) and len(seen) == 7
    # a filtered view reads at most MAX_READ invoices and says so
    monkeypatch.setattr(cockpit_book, "MAX_READ", 4)
    page = b.page("/app/invoices?state=overdue").body.decode()
    assert 'id="truncated"' in page and "4" in re.search(r'id="truncated">([^<]+)', page)[1]
    assert b.get("/app/export.csv?state=overdue").headers["X-Relance-Rows-Read"] == "4+"


# --- settings --------------------------------------------------------------------------------------------------

def save(b, section, data):
    b.page("/app/settings")
    return b.post(f"/app/settings/{section}", data)


def test_identity_and_sending_saves_with_their_errors(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    r = save(b, "identity", {"name": "", "legal_id": "123456780", "firm_email": "x"})
    body = r.body.decode()
    assert r.status_code == 422 and body.count('aria-invalid="true"') == 3
    r = save(b, "identity", {"name": "Atelier Dupont SAS", "legal_id": "732829320", "phone": "+33 1 02 03 04 05",
                             "firm_email": "compta@atelier-dupont.fr", "address": "1 rue X", "signature": "Marie"})
    assert r.status_code == 303, r.body
    got = stack.store.get_tenant(tid)
    assert (got.name, got.legal_id, got.firm_email, got.settings["signature"]) == \
        ("Atelier Dupont SAS", "732829320", "compta@atelier-dupont.fr", "Marie")
    ok = {"sender": "relances@atelier-dupont.fr", "reply_domain": "reply.atelier-dupont.fr", "kind": "consumer",
          "jurisdiction": "GB", "timezone": "Europe/London", "language": "en"}
    r = save(b, "sending", {**ok, "timezone": "Mars/Olympus", "jurisdiction": "XX"})
    assert r.status_code == 422 and 'id="sending.timezone-err"' in r.body.decode()
    assert save(b, "sending", ok).status_code == 303
    got = stack.store.get_tenant(tid)
    # the kind intake applies to a debtor the platform does not type (Tenant.default_customer_kind)
    assert (got.jurisdiction, got.timezone, got.language, got.default_customer_kind) == \
        ("GB", "Europe/London", "en", "consumer")
    assert save(b, "nothing", {}).status_code == 404


def test_policy_save_shows_validation_errors(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    r = save(b, "policy", {"stage_reminder": "abc", "do": "save"})
    assert r.status_code == 422 and 'id="policy.stage_reminder-err"' in r.body.decode()
    r = save(b, "policy", {"stage_reminder": "3", "window_start": "18:00", "window_end": "09:00", "do": "save"})
    assert r.status_code == 422 and 'id="policy.window_end-err"' in r.body.decode()
    r = save(b, "policy", {"stage_reminder": "", "do": "save"})  # no stage at all: said at the form's top
    assert r.status_code == 422 and re.search(r'class="card problem" role="alert"><p>stages', r.body.decode())
    assert stack.store.get_tenant(tid).policies.get("default") is None  # nothing saved
    r = save(b, "policy", {"stage_reminder": "3", "stage_firm": "20", "min_gap_days": "5", "max_per_30_days": "4",
                           "promise_limit_days": "21", "do": "save"})
    assert r.status_code == 303, r.body
    doc = stack.store.get_tenant(tid).policies["default"]
    assert doc["promise_limit_days"] == 21 and {s["name"]: s["offset_days"] for s in doc["stages"]} == \
        {"reminder": 3, "firm": 20}


def test_templates_preview_edit_and_reset(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    page = b.page("/app/settings/templates/fr/reminder")
    assert page.status_code == 200
    src = re.search(r"<textarea[^>]*>(.*?)</textarea>", page.body.decode(), re.S)[1]
    import html as h

    src = h.unescape(src)
    # A stage's template extends the shared layout: a firm changes its wording by overriding a block.
    changed = src + "{% block intro %}Sauf erreur de notre part, cher client, la facture reste due.{% endblock %}\n"
    assert changed != src
    r = b.post("/app/settings/templates/fr/reminder", {"do": "preview", "source": changed})
    assert r.status_code == 200 and "cher client" in r.body.decode().split('id="preview"')[1]
    assert "fr/reminder.txt" not in stack.store.get_tenant(tid).templates  # a preview saves nothing
    b.page("/app/settings/templates/fr/reminder")
    r = b.post("/app/settings/templates/fr/reminder", {"do": "save", "source": "{% if %}"})
    assert r.status_code == 422 and "fr/reminder.txt" not in stack.store.get_tenant(tid).templates
    b.page("/app/settings/templates/fr/reminder")
    assert b.post("/app/settings/templates/fr/reminder", {"do": "save", "source": changed}).status_code == 303
    assert "cher client" in stack.store.get_tenant(tid).templates["fr/reminder.txt"]
    b.page("/app/settings/templates/fr/reminder")
    assert b.post("/app/settings/templates/fr/reminder", {"do": "reset"}).status_code == 303
    assert "fr/reminder.txt" not in stack.store.get_tenant(tid).templates
    assert b.page("/app/settings/templates/xx/reminder").status_code == 404


def test_users_added_changed_removed_and_the_last_owner_kept(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    from chalicelib.services import users

    assert save(b, "users", {"email": "paul@atelier-dupont.fr", "role": "member"}).status_code == 303
    assert users.users_of(stack.store, tid)["paul@atelier-dupont.fr"] == "member"
    assert save(b, "users", {"email": "paul@atelier-dupont.fr", "role": "owner"}).status_code == 303
    assert users.users_of(stack.store, tid)["paul@atelier-dupont.fr"] == "owner"
    assert save(b, "users", {"action": "remove", "email": "paul@atelier-dupont.fr"}).status_code == 303
    assert "paul@atelier-dupont.fr" not in users.users_of(stack.store, tid)
    r = save(b, "users", {"action": "remove", "email": "marie@atelier-dupont.fr"})
    assert r.status_code == 422 and users.users_of(stack.store, tid)["marie@atelier-dupont.fr"] == "owner"
    assert save(b, "users", {"email": "pas-une-adresse", "role": "member"}).status_code == 422


def test_api_keys_shown_once_and_revoked(stack, firm):
    t, _, b = firm
    r = save(b, "keys", {"name": "Comptable"})
    assert r.status_code == 200
    secret = re.search(r'id="secret">([^<]+)<', r.body.decode())[1]
    assert stack.http.get("/v1/invoices", headers={"Authorization": "Bearer " + secret}).status_code == 200
    again = b.page("/app/settings").body.decode()
    assert secret not in again and "Comptable" in again  # shown once, never stored
    kid = secret.split(".")[1]
    assert save(b, "keys", {"action": "revoke", "key_id": kid}).status_code == 303
    assert stack.http.get("/v1/invoices", headers={"Authorization": "Bearer " + secret}).status_code == 401
    assert kid not in b.page("/app/settings").body.decode()
    assert save(b, "keys", {"name": ""}).status_code == 422
    (last,) = [k for k in stack.store.get_tenant(t["tenant_id"]).api_keys if k.valid(stack.now)]
    assert save(b, "keys", {"action": "revoke", "key_id": last.id}).status_code == 422  # the API stays open
    assert stack.http.get("/v1/invoices", headers={"Authorization": "Bearer " + t["api_key"]}).status_code == 200


def test_webhook_secret_rotated_old_one_kept_for_the_grace_period(stack, firm):
    t, _, b = firm
    tid = t["tenant_id"]
    r = save(b, "webhook", {"which": "standard"})
    new = re.search(r'id="secret">([^<]+)<', r.body.decode())[1]
    assert r.status_code == 200 and new != t["webhook_secret"] and 'id="grace-standard"' in r.body.decode()
    assert stack.store.get_tenant(tid).webhook_secret == new
    for n, secret in enumerate((new, t["webhook_secret"])):
        raw = json.dumps({"type": "invoice.upserted", "occurred_at": "2026-11-02T09:00:00Z",
                          "invoice": invoice_body(id=f"w{n}", number=f"W-{n}")})
        r = stack.http.post(f"/v1/webhooks/{tid}/standard", body=raw, headers=standard_headers(secret, raw))
        assert r.status_code == 200, r.body
    assert save(b, "webhook", {"which": "nope"}).status_code == 400


# --- import ------------------------------------------------------------------------------------------------------

CSV = ("Numéro;Client;Email;Date de facture;Échéance;Montant;Devise;Déjà payé\n"
       "F-2026-0042;SARL Martin;compta@martin.fr;01/10/2026;01/10/2026;1 200,00;EUR;0\n"
       "F-10;SARL Martin;compta@martin.fr;01/10/2026;31/10/2026;900,00;EUR;0\n"
       "F-11;SARL Martin;compta@martin.fr;01/10/2026;pas une date;100,00;EUR;0\n"
       "F-12;Café Lune;cafe@lune.fr;05/10/2026;05/11/2026;80,50;EUR;20,50\n")


def multipart(b, fields: dict, filename="factures.csv", data=b"") -> tuple[dict, bytes]:
    boundary = "----relance-test"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                 f"Content-Type: text/csv\r\n\r\n".encode() + data + b"\r\n")
    return {"Content-Type": f"multipart/form-data; boundary={boundary}"}, b"".join(parts) + f"--{boundary}--\r\n".encode()


def test_import_preview_then_confirm(stack, firm):
    t, api, b = firm
    tid = t["tenant_id"]
    # already in the book: F-10 with another amount (will be updated), F-12 as in the file (unchanged)
    stack.http.post("/v1/imports/csv", body=("Numéro;Client;Email;Date de facture;Échéance;Montant;Devise;Déjà payé\n"
                                            "F-10;SARL Martin;compta@martin.fr;01/10/2026;31/10/2026;500,00;EUR;0\n"
                                            "F-12;Café Lune;cafe@lune.fr;05/10/2026;05/11/2026;80,50;EUR;20,50\n"
                                            ).encode(), headers={**api, "Content-Type": "text/csv"})
    b.page("/app/import")
    headers, body = multipart(b, {"csrf": b.csrf, "do": "check"}, data=CSV.encode())
    r = stack.http.post("/app/import", headers=b._h(headers), body=body)
    assert r.status_code == 200, r.body
    page = r.body.decode()
    report = page[page.index('id="report"'):]

    def section(title):
        i = report.index("<h2>" + title)
        return report[i:report.index("</table>", i)]

    def lines(html):
        return re.findall(r'data-label="Ligne">(\d+)<', html)

    assert lines(section("Créées")) == ["2"] and "F-2026-0042" in section("Créées")
    assert lines(section("Mises à jour")) == ["3"] and "F-10" in section("Mises à jour")
    assert lines(section("Inchangées")) == ["5"] and "F-12" in section("Inchangées")
    assert lines(section("Refusées")) == ["4"] and "due_on" in section("Refusées")
    assert stack.store.get_invoice(tid, "F-2026-0042") is None  # a dry run writes nothing
    content = re.search(r'name="content" value="([^"]+)"', page)[1]
    assert base64.b64decode(content) == CSV.encode()
    b.csrf = re.search(r'name="csrf" value="([^"]+)"', page)[1]
    r = b.post("/app/import", {"do": "confirm", "content": content})
    assert r.status_code == 303 and "n=2" in r.headers["Location"]
    assert stack.store.get_invoice(tid, "F-2026-0042") is not None
    assert str(stack.store.get_invoice(tid, "F-10").snapshot.total) == "900.00"
    assert "2" in b.page(r.headers["Location"]).body.decode()
    # no CSRF token, or no file: refused
    headers, body = multipart(b, {"do": "check"}, data=CSV.encode())
    assert stack.http.post("/app/import", headers=b._h(headers), body=body).status_code == 403
    b.page("/app/import")
    assert b.post("/app/import", {"do": "check"}).status_code == 422


# --- the member role ---------------------------------------------------------------------------------------------

def test_a_member_is_refused_settings_users_and_keys(stack, firm):
    t, _, owner = firm
    tid = t["tenant_id"]
    stack.add_user(tid, "paul@atelier-dupont.fr", "member")
    m = Browser(stack)
    m.sign_in("paul@atelier-dupont.fr")
    assert m.page("/app/settings").status_code == 403
    assert m.page("/app/settings/templates/fr/reminder").status_code == 403
    m.page("/app/todo")
    before = stack.store.get_tenant(tid)
    for section, data in (("users", {"email": "paul@atelier-dupont.fr", "role": "owner"}),
                          ("keys", {"name": "mine"}), ("webhook", {"which": "standard"}),
                          ("identity", {"name": "Pirate"}), ("bank", {"iban": ""})):
        assert m.post(f"/app/settings/{section}", data).status_code == 403, section
    assert m.post("/app/settings/templates/fr/reminder", {"do": "reset"}).status_code == 403
    after = stack.store.get_tenant(tid)
    assert after.version == before.version and len(after.api_keys) == len(before.api_keys)
    assert m.page("/app/invoices").status_code == 200 and m.page("/app/todo").status_code == 200


# --- other tenants -----------------------------------------------------------------------------------------------

def test_another_tenants_session_cannot_act_on_this_tenant(stack, firm):
    t1, api1, _ = firm
    tid1 = t1["tenant_id"]
    t2, _ = tenant(stack, "Garage Durand", "relances@garage-durand.fr", "paul@garage-durand.fr")
    item = open_item(stack, tid1, "inv_812", "approval_needed", {"promise_date": "2027-01-20"})
    key = stack.store.timeline(tid1, todo.STREAM)[0]
    from chalicelib.adapters.store import event_seq

    intruder = Browser(stack)
    intruder.sign_in("paul@garage-durand.fr")
    intruder.page("/app/todo")
    r = intruder.post(f"/app/todo/{item}", {"key": event_seq(key), "action": "approve"})
    assert r.status_code == 404 and item in open_ids(stack, tid1)
    assert inv(stack, tid1).collection.state == "active"
    # settings act on the session's own tenant only: nothing of tenant 1 changes
    before = stack.store.get_tenant(tid1)
    intruder.page("/app/settings")
    for section, data in (("users", {"action": "remove", "email": "marie@atelier-dupont.fr"}),
                          ("keys", {"action": "revoke", "key_id": before.api_keys[0].id}),
                          ("identity", {"name": "Pirate"}), ("webhook", {"which": "standard"})):
        intruder.post(f"/app/settings/{section}", {**data, "tenant_id": tid1})
    after = stack.store.get_tenant(tid1)
    assert after.version == before.version and after.name == "Atelier Dupont"
    assert [k.id for k in after.api_keys] == [k.id for k in before.api_keys]
    assert stack.store.get_tenant(t2["tenant_id"]).name == "Pirate"  # it changed its own tenant
    # the import writes into the session's tenant: tenant 1's invoice is untouched, tenant 2 gets its own
    intruder.page("/app/import")
    content = base64.b64encode(CSV.encode()).decode()
    assert intruder.post("/app/import", {"do": "confirm", "content": content}).status_code == 303
    assert stack.store.get_invoice(tid1, "F-10") is None
    assert stack.store.get_invoice(t2["tenant_id"], "F-10") is not None
    # invoice actions with tenant 1's ids: 404, nothing written
    events_before = [e.id for e in stack.store.timeline(tid1, "inv_812")]
    for action, data in (("payment", {"amount": "10"}), ("pause", {}), ("resume", {}), ("dispute", {"reason": "x"}),
                         ("handoff", {"to": "agency"}), ("void", {})):
        assert intruder.post(f"/app/invoices/inv_812/{action}", data).status_code == 404
    assert [e.id for e in stack.store.timeline(tid1, "inv_812")] == events_before
    assert inv(stack, tid1).status == "open"
    # a session cookie signed for tenant 2 but edited to name tenant 1 is refused (signature)
    version, payload, sig = intruder.jar["relance_session"].split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["t"] = tid1
    forged = ".".join([version, base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("="), sig])
    assert stack.http.get("/app/todo", headers={"Cookie": f"relance_session={forged}"}).status_code == 303
