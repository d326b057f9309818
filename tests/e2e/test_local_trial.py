"""`make run`'s local trial: the demo book, the printed sign-in link, and the /dev/ pages (local server only)."""

import re
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest

from devstack import DevStack, trial
from devstack.server import Server


@pytest.fixture(scope="module")
def running():
    with DevStack(now=datetime(2026, 11, 3, 9, tzinfo=UTC)) as stack, Server(stack, dev=True) as srv:
        t = trial.seed(stack, count=12)
        yield stack, srv, t


def fetch(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    try:
        r = urllib.request.build_opener(NoRedirect).open(req, timeout=30)
        return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_demo_book_letters_and_a_dispute_to_resolve(running):
    stack, srv, t = running
    invs, _ = stack.store.list_invoices(t["tenant_id"], limit=100)
    assert len(invs) == 12
    subjects = [str(m["Subject"]) for m in stack.outbox()]
    assert len(subjects) > 3  # the first schedule run sent letters
    from chalicelib.core import todo

    assert any(e.detail["kind"] == "dispute" for e in stack.store.timeline(t["tenant_id"], todo.STREAM))
    link = trial.sign_in_link(stack)
    assert re.fullmatch(r"https://relance\.test/app/login/[A-Za-z0-9_-]+", link)


def test_outbox_pages_show_what_ses_accepted(running):
    stack, srv, _ = running
    status, headers, body = fetch(srv.url + "/dev/outbox")
    assert status == 200 and body.count(b"<tr><td>") == len(stack.outbox())
    status, _, body = fetch(srv.url + "/dev/outbox/0")
    text = stack.outbox()[0].get_body(("plain",)).get_content()
    assert status == 200 and b'<pre id="text">' in body and text.splitlines()[0].encode() in body
    assert fetch(srv.url + "/dev/outbox/0.eml")[0] == 200 and fetch(srv.url + "/dev/outbox/0.html")[0] == 200
    assert fetch(srv.url + "/dev/outbox/9999")[0] == 404


def test_advance_moves_the_business_day_and_runs_the_schedule(running):
    stack, srv, _ = running
    before = stack.now
    status, headers, _ = fetch(srv.url + "/dev/advance", b"days=3", {"Origin": srv.url})
    assert status == 303 and (stack.now - before).days >= 2 and stack.now.date().isoformat() in \
        fetch(srv.url + "/dev")[2].decode()
    # another site's page cannot drive the local stack
    assert fetch(srv.url + "/dev/advance", b"days=3", {"Origin": "https://evil.example"})[0] == 403
    # a fresh sign-in link, opened at once
    status, headers, _ = fetch(srv.url + "/dev/login", b"email=marie%40atelier-dupont.fr")
    assert status == 303 and "/app/login/" in headers["Location"]


def test_dev_pages_do_not_exist_in_the_app(running):
    stack, srv, _ = running
    from app import app

    assert not [p for p in app.routes if p.startswith("/dev")]
    for path in ("/dev", "/dev/outbox", "/dev/outbox/0"):
        assert stack.http.get(path).status_code in (403, 404)  # the deployed app has no such route
    assert stack.http.post("/dev/advance", body=b"days=1").status_code in (403, 404, 405)
    with Server(stack) as plain:  # the server without dev=True (browser tests) forwards to the app only
        assert fetch(plain.url + "/dev/outbox")[0] in (403, 404)
