"""The HTTP service and its store under hostile conditions (issue 10): checks off the event loop with a
deadline counted in /metrics, read timeouts for slow clients, a /healthz that notices a store it can no
longer use, clear start-up errors for unusable stores, and no 500 whatever the body."""

from __future__ import annotations

import functools
import json
import os
import pickle
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.cli import main
from audit.gate import DEADLINE_RULE, Gate
from audit.history import StoreError, open_store
from audit.service import GateHttpProtocol, create_app

SLOW_S = 1.5
DEADLINE_S = 0.5
READ_TIMEOUT_S = 1.0


def sms(message_id: str, text: str, **fields) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text, **fields}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """`audit serve`'s app and protocol on a real uvicorn, in a thread; the wording analyser SLOW_S late
    for messages whose id starts with SLOW (as a pathological message would be)."""
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=DEADLINE_S)
    [wording] = gate.analysers
    judge = wording.analyse_many

    def sometimes_slowly(messages):
        if any(message.message_id.startswith("SLOW") for message in messages):
            time.sleep(SLOW_S)
        return judge(messages)

    wording.analyse_many = sometimes_slowly
    port = _free_port()
    config = uvicorn.Config(create_app(gate), host="127.0.0.1", port=port, log_config=None, access_log=False,
                            http=functools.partial(GateHttpProtocol, read_timeout_s=READ_TIMEOUT_S))
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", port
    running.should_exit = True
    thread.join(timeout=10)
    gate.close()


# ---------------------------------------------------------------- checks off the event loop, with a deadline


def test_healthz_answers_while_a_long_check_runs(server):
    url, _ = server
    answers: list[httpx.Response] = []
    sender = threading.Thread(target=lambda: answers.append(
        httpx.post(f"{url}/v1/check", json=sms("SLOW-1", "再不还钱就去你家打断你的腿。"), timeout=30)))
    sender.start()
    time.sleep(0.2)
    started = time.perf_counter()
    health = httpx.get(f"{url}/healthz", timeout=30)
    waited = time.perf_counter() - started
    sender.join()
    assert health.status_code == 200 and waited < 0.8     # inline on the loop it waited out the check: ~1.3 s
    [answer] = answers
    assert answer.status_code == 200
    assert answer.json()["decision"] == "review" and answer.json()["reasons"][0]["rule_id"] == DEADLINE_RULE


def test_deadline_misses_are_counted_in_metrics(server):
    url, _ = server
    def misses() -> float:
        text = httpx.get(f"{url}/metrics").text
        return float(next(line.split()[-1] for line in text.splitlines()
                          if line.startswith("audit_gate_check_deadline_exceeded_total")))

    before = misses()
    assert httpx.post(f"{url}/v1/check", json=sms("SLOW-2", "您好"), timeout=30).json()["decision"] == "review"
    assert httpx.post(f"{url}/v1/check", json=sms("FAST-2", "您好"), timeout=30).json()["decision"] == "allow"
    assert misses() == before + 1


# ---------------------------------------------------------------- slow clients


def _closed_within(port: int, request: bytes, seconds: float) -> float:
    """Send `request` and no more; how long until the server closes the connection (fails past `seconds`)."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(request)
        sock.settimeout(seconds)
        started = time.perf_counter()
        while sock.recv(4096):
            pass
        return time.perf_counter() - started


def test_half_a_header_is_closed_after_the_read_timeout(server):
    _, port = server
    waited = _closed_within(port, b"POST /v1/check HTTP/1.1\r\nHost: gate\r\nContent-Le", READ_TIMEOUT_S * 4)
    assert waited >= READ_TIMEOUT_S * 0.5


def test_half_a_body_is_closed_after_the_read_timeout(server):
    _, port = server
    request = (b"POST /v1/check HTTP/1.1\r\nHost: gate\r\nContent-Type: application/json\r\n"
               b"Content-Length: 200\r\n\r\n{\"message_id\": \"B-1\",")
    assert _closed_within(port, request, READ_TIMEOUT_S * 4) >= READ_TIMEOUT_S * 0.5


def test_a_kept_alive_connection_gets_the_timeout_again_for_its_next_request(server):
    url, port = server
    body = json.dumps(sms("K-1", "您好")).encode()
    first = (b"POST /v1/check HTTP/1.1\r\nHost: gate\r\nContent-Type: application/json\r\n"
             b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(first)
        sock.settimeout(10)
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: ga")
        started = time.perf_counter()
        while sock.recv(4096):
            pass
        assert time.perf_counter() - started < READ_TIMEOUT_S * 4


# ---------------------------------------------------------------- the store behind /healthz


def test_healthz_is_unavailable_once_the_sqlite_file_is_deleted(tmp_path):
    path = tmp_path / "gate.db"
    gate = Gate("cn-default", store=f"sqlite:///{path}", analysers=())
    client = TestClient(create_app(gate))
    assert client.get("/healthz").status_code == 200
    for leftover in tmp_path.glob("gate.db*"):
        leftover.unlink()
    answer = client.get("/healthz")
    assert answer.status_code == 503 and "deleted or replaced" in answer.json()["store"]
    assert str(tmp_path) not in answer.text           # /healthz has no auth: no paths
    gate.close()


def as_unprivileged(function, *args):
    """Run `function(*args)` as a user without root's power to ignore file modes (a forked child as
    nobody when we are root); its result, or the text of the StoreError it raised."""
    if os.geteuid() != 0:
        return _outcome(function, *args)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:   # pragma: no cover - the child
        try:
            os.setgid(65534)
            os.setuid(65534)
            os.write(write, pickle.dumps(_outcome(function, *args)))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def _outcome(function, *args):
    try:
        return function(*args)
    except StoreError as exc:
        return f"StoreError: {exc}"


def _open_then_make_read_only(path: str) -> str:
    store = open_store(f"sqlite:///{path}")
    store.ping()
    os.chmod(path, 0o444)
    try:
        store.ping()
    finally:
        store.close()
    return "healthy"


def _open(path: str) -> str:
    open_store(f"sqlite:///{path}").close()
    return "opened"


@pytest.fixture
def shared_dir():
    """A folder the unprivileged user may reach and write to (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="gate-store-", dir="/tmp"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_store_made_read_only_is_unhealthy(shared_dir):
    outcome = as_unprivileged(_open_then_make_read_only, str(shared_dir / "gate.db"))
    assert outcome == "StoreError: the SQLite history file (or its -wal or -shm file) is read-only"


def test_a_read_only_shm_file_is_refused_at_start_with_a_clear_message(shared_dir):
    path = shared_dir / "gate.db"
    _open(str(path))                         # a store, then an -shm file its user cannot write
    os.chmod(path, 0o666)
    shm = shared_dir / "gate.db-shm"
    shm.write_bytes(b"")
    os.chmod(shm, 0o444)
    outcome = as_unprivileged(_open, str(path))
    assert outcome.startswith("StoreError: ") and "gate.db-shm is not a readable and writable file" in outcome


def test_an_uncreatable_store_folder_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["gate", "--store", f"sqlite:///{blocker}/sub/gate.db"], input="")
    assert result.exit_code == 2
    [line] = result.output.splitlines()
    assert line.startswith("error: ") and "cannot create the folder" in line and "Traceback" not in line


def test_sqlite_urls_follow_sqlalchemy(tmp_path, monkeypatch):
    """`sqlite:///rel.db` is relative to the working folder, `sqlite:////abs/path.db` absolute."""
    monkeypatch.chdir(tmp_path)
    absolute = tmp_path / "abs" / "gate.db"
    assert open_store(f"sqlite:///{absolute}").url == f"sqlite:////{str(absolute).lstrip('/')}"
    assert absolute.exists() and not (tmp_path / str(absolute).lstrip("/")).exists()
    open_store("sqlite:///rel/gate.db")
    assert (tmp_path / "rel" / "gate.db").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match=f"sqlite:///file/gate.db \\(= {tmp_path}/file/gate.db\\)"):
        open_store("sqlite:///file/gate.db")


# ---------------------------------------------------------------- no 500 whatever the body

LONE_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
TEXT = st.text(st.one_of(st.characters(), LONE_SURROGATES), max_size=40)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                           max_leaves=20)
MESSAGES = st.fixed_dictionaries(
    {"message_id": TEXT, "campaign_id": TEXT, "channel": st.sampled_from(["sms", "call", "notice", "app", "fax"])},
    optional={"text": TEXT, "debtor_id": TEXT, "recipient": TEXT, "sent_at": st.one_of(TEXT, st.just("9999-12-31T23:59:59-12:00")),
              "recipient_tz": TEXT, "turns": JSON_VALUES, "extra": JSON_VALUES})
DEEP = st.integers(10, 60_000).map(lambda depth: ("[" * depth + "]" * depth).encode())
LONG_NUMBERS = st.integers(4_000, 20_000).map(lambda digits: b'{"message_id": ' + b"7" * digits + b"}")
BODIES = st.one_of(MESSAGES.map(lambda m: json.dumps(m).encode()), JSON_VALUES.map(lambda v: json.dumps(v).encode()),
                   DEEP, LONG_NUMBERS, st.binary(max_size=200))


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/v1/events", {"debtor_id": "D-\udc00", "event": "cease_request", "timestamp": "2026-03-02T10:00:00+08:00"},
     "debtor_id"),
    ("/v1/outcomes", {"contact_id": "M-\ud83d", "outcome": "connected"}, "contact_id"),
    ("/v1/outcomes", {"contact_id": "M-1", "outcome": "connected", "debtor_id": "D-\ud83d"}, "debtor_id"),
])
def test_ids_with_half_an_emoji_are_named_in_a_422(fuzz_client, path, body, field):
    answer = fuzz_client.post(path, content=json.dumps(body).encode())
    assert answer.status_code == 422 and answer.json()["error"]["field"] == field
    assert "lone surrogate" in answer.json()["error"]["reason"]


@pytest.fixture(scope="module")
def fuzz_client():
    gate = Gate("cn-default", check_deadline_s=2.0)
    yield TestClient(create_app(gate), raise_server_exceptions=False)
    gate.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(path=st.sampled_from(["/v1/check", "/v1/check/batch", "/v1/events", "/v1/outcomes"]),
       body=st.one_of(BODIES, st.lists(MESSAGES, max_size=3).map(lambda ms: json.dumps({"messages": ms}).encode())))
def test_any_body_gets_an_answer_never_a_500(fuzz_client, path, body):
    started = time.perf_counter()
    answer = fuzz_client.post(path, content=body, headers={"content-type": "application/json"})
    assert answer.status_code in (200, 400, 404, 413, 422), answer.text[:200]
    assert time.perf_counter() - started < 10
    json.loads(answer.content)          # always JSON, even with a lone surrogate echoed back
