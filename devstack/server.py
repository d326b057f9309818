"""A tiny HTTP server in front of the DevStack's Chalice test client, so a real browser can use the app.

Requests are handled one at a time on a background thread (moto and the test client are not meant for
concurrent use). Not deployed.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class Server:
    """`with Server(stack) as srv: srv.url + "/p/<token>"` (127.0.0.1, a free port)."""

    def __init__(self, stack, port: int = 0, dev: bool = False):
        """dev: also serve the local-only /dev/ pages (outbox, advance the day): `make run` only."""
        self.stack = stack
        # A thread per connection (Chromium keeps one open and fetches the favicon on a second), one request
        # at a time through the stack, which is not thread-safe.
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(stack, dev))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.httpd.base_url = self.url
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="devstack-http", daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def _handler(stack, dev: bool = False):
    lock = threading.Lock()  # one request at a time through this stack

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            with lock:
                self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            local = None
            if dev:
                from devstack import trial

                local = trial.handle(stack, self.server.base_url, self.command, self.path, headers, body)
            if local is not None:
                status, out_headers, out = local
                self.send_response(status)
                for k, v in out_headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(out)
                return
            r = stack.http.request(self.command, self.path, headers=headers, body=body)
            self.send_response(r.status_code)
            for k, v in r.headers.items():
                if k.lower() not in HOP_BY_HOP:
                    for one in v if isinstance(v, list) else [v]:
                        self.send_header(k, one)
            self.send_header("Content-Length", str(len(r.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(r.body)

        do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _forward

        def log_message(self, *args) -> None:  # quiet: tests and the demo print what matters
            pass

    return Handler


def browser(playwright):
    """Debian's Chromium driven by Playwright (which downloads no browser of its own)."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run `make browser-deps`")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def screenshot(stack, url: str, path: str | Path, width: int = 390, height: int = 844, full_page: bool = True) -> Path:
    """Opens `url` (a path such as /p/<token>, or a full http URL) in headless Chromium and saves a PNG."""
    from playwright.sync_api import sync_playwright

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Server(stack) as srv, sync_playwright() as p:
        b = browser(p)
        try:
            page = b.new_page(viewport={"width": width, "height": height})
            page.goto(url if url.startswith("http") else srv.url + url)
            page.screenshot(path=str(path), full_page=full_page)
        finally:
            b.close()
    return path
