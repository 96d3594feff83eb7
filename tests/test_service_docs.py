"""`/docs` offline: Swagger UI's page refers to this server only, its files are served from the package,
its Content-Security-Policy allows nothing else, and headless Chromium renders the API's operations."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi.testclient import TestClient

from audit.gate import Gate
from audit.report.browser import QUIET_FLAGS, find_chromium
from audit.service import create_app

TOKEN = "docs-token-0123456789abcdef"
REFERENCE = re.compile(r"""(?:src|href)="([^"]+)"|url: '([^']+)'""")
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
ASSET_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png"}


@pytest.fixture(scope="module")
def app():
    gate = Gate("cn-default")
    yield create_app(gate, token=TOKEN)
    gate.close()


@pytest.fixture(scope="module")
def client(app) -> TestClient:
    return TestClient(app)


def references(page: str) -> list[str]:
    return [src or url for src, url in REFERENCE.findall(page)]


def test_docs_refers_to_same_origin_assets_only(client):
    response = client.get("/docs")          # no token: the description is open, as /openapi.json is
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    found = references(page)
    assert {"/openapi.json", "/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"} <= set(found)
    assert all(ref.startswith("/") and not ref.startswith("//") for ref in found), found
    assert "http://" not in page and "https://" not in page       # no CDN, no favicon from elsewhere


def test_docs_policy_allows_this_server_and_the_inline_script_only(client):
    response = client.get("/docs")
    policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'none'"
    assert all("http" not in sources and "*" not in sources for sources in policy.values()), policy
    [script] = INLINE_SCRIPT.findall(response.text)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert policy["script-src"] == f"'self' 'sha256-{digest}'"


def test_docs_assets_are_served_without_the_token(client):
    for ref in references(client.get("/docs").text):
        if not ref.startswith("/docs/assets/"):
            continue
        response = client.get(ref)
        assert response.status_code == 200, ref
        assert ASSET_TYPES[ref[ref.rindex("."):]] in response.headers["content-type"], ref
        assert len(response.content) > 500, ref
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text
    assert ".swagger-ui" in client.get("/docs/assets/swagger-ui.css").text


def test_only_the_docs_assets_are_open(client):
    assert client.get("/docs/assets/no-such-file.js").status_code == 404
    assert client.post("/v1/check", json={"message_id": "m1"}).status_code == 401
    assert client.get("/metrics").status_code == 401
    assert client.get("/docs-assets/swagger-ui.css").status_code == 401     # the open prefix ends with "/"


@pytest.fixture(scope="module")
def served(app) -> Iterator[str]:
    """The app on a loopback port for a browser: uvicorn in a thread, on a socket bound beforehand."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.mark.skipif(find_chromium() is None, reason="chromium not installed (Debian package 'chromium')")
def test_chromium_renders_the_operations_offline(served):
    with tempfile.TemporaryDirectory(prefix="audit-chromium-") as profile:
        done = subprocess.run([find_chromium(), *QUIET_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr",
                               "--v=0", "--virtual-time-budget=10000", "--dump-dom", f"{served}/docs"],
                              capture_output=True, text=True, timeout=90, check=False)
    rendered = set(re.findall(r'class="opblock-summary-path" data-path="([^"]+)"', done.stdout))
    assert {"/v1/check", "/v1/check/batch", "/v1/events", "/v1/outcomes", "/healthz", "/metrics"} <= rendered, \
        done.stdout[-2000:]
    assert not [line for line in done.stderr.splitlines() if "Refused to" in line or "Uncaught" in line]
