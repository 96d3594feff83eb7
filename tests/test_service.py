"""The gate over HTTP: verdicts, atomic recording, events, auth, limits, clear 4xx errors,
fail-closed answers, metrics, OpenAPI and logs without personal data; `audit serve` on loopback."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from audit.gate import Gate
from audit.service import JsonLogFormatter, create_app

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def sms(message_id: str, text: str, **fields) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text, **fields}


@pytest.fixture(scope="module")
def gate():
    # no deadline: these tests judge the HTTP layer, and a loaded machine may take over 2 s to build the packs
    built = Gate("cn-default", check_deadline_s=None)
    yield built
    built.close()


@pytest.fixture(scope="module")
def client(gate):
    return TestClient(create_app(gate, token=TOKEN, max_body_bytes=4096, max_batch=5))


def test_check_answers_the_verdict(client):
    response = client.post("/v1/check", json=sms("H-1", "再不还钱就去你家打断你的腿。"), headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert body["message_id"] == "H-1" and body["decision"] == "block"
    assert ("block", "threat.violence") in {(r["decision"], r["category"]) for r in body["reasons"]}
    assert {f["analyzer"] for f in body["findings"]} == {"wording"}
    assert client.post("/v1/check", json=sms("H-2", "您的账单已逾期，请尽快登录App还款。"),
                       headers=AUTH).json()["decision"] == "allow"


def test_record_true_takes_the_last_slot_once(client):
    contact = sms("H-10", "您好，请转告机主回电。", debtor_id="D-HTTP", recipient_type="third_party",
                  sent_at="2026-03-02T10:00:00+08:00")
    first = client.post("/v1/check?record=true", json=contact, headers=AUTH).json()
    assert first["decision"] == "allow" and first["recorded"] is True
    second = client.post("/v1/check?record=true", json={**contact, "message_id": "H-11"}, headers=AUTH).json()
    assert second["decision"] == "block" and second["recorded"] is False
    assert second["reasons"][0]["rule_id"] == "frequency.third_party.per_day"


def test_batch_answers_in_order_and_names_the_bad_record(client):
    messages = [sms("B-1", "您好，您的账单已逾期。"), sms("B-2", "逾期不还会坐牢的。")]
    response = client.post("/v1/check/batch", json={"messages": messages}, headers=AUTH)
    assert [v["decision"] for v in response.json()["verdicts"]] == ["allow", "block"]
    bad = client.post("/v1/check/batch", json={"messages": [messages[0], {"message_id": "B-3", "campaign_id": "C",
                                                                           "channel": "sms"}]}, headers=AUTH)
    assert bad.status_code == 422
    assert bad.json()["error"] == {"file": "<request>", "line": 2, "field": "text",
                                   "reason": "missing (required for channel sms)"}
    too_many = client.post("/v1/check/batch", json={"messages": messages * 3}, headers=AUTH)
    assert too_many.status_code == 413 and "at most 5" in too_many.json()["error"]


def test_events_stop_later_contact(client):
    event = {"debtor_id": "D-EVT", "event": "cease_request", "timestamp": "2026-03-02T09:00:00+08:00"}
    assert client.post("/v1/events", json=event, headers=AUTH).json() == {"recorded": 1}
    verdict = client.post("/v1/check", json=sms("E-1", "您好", debtor_id="D-EVT", sent_at="2026-03-02T10:00:00+08:00"),
                          headers=AUTH).json()
    assert verdict["decision"] == "block" and verdict["reasons"][0]["category"] == "frequency.after_cease"
    bad = client.post("/v1/events", json={"events": [event, {**event, "event": "moved_house"}]}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["error"]["line"] == 2 and bad.json()["error"]["field"] == "event"


def test_outcome_of_an_unrecorded_contact_is_404(client):
    response = client.post("/v1/outcomes", json={"contact_id": "never-sent", "outcome": "connected"}, headers=AUTH)
    assert response.status_code == 404
    assert client.post("/v1/outcomes", json={"contact_id": "x", "outcome": "maybe"}, headers=AUTH).status_code == 422


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401), ({"Authorization": "Bearer wrong-token-0123456789"}, 401), ({"Authorization": TOKEN}, 401), (AUTH, 200),
])
def test_bearer_token_is_required(client, headers, status):
    response = client.post("/v1/check", json=sms("A-1", "您好"), headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
        assert client.get("/metrics", headers=headers).status_code == 401


def test_health_and_docs_need_no_token(client):
    assert client.get("/healthz").json() == {"status": "ok", "policy": "cn-default"}
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/check/batch", "/v1/events", "/healthz", "/metrics"} <= set(spec["paths"])
    schema = spec["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["required"] == ["message_id", "campaign_id", "channel"]


@pytest.mark.parametrize(("body", "status", "error"), [
    (b"{not json", 400, "invalid JSON"),
    (b"", 400, "empty body"),
    (b"\xff\xfe", 400, "not UTF-8"),
    (json.dumps([1, 2]).encode(), 422, "expected a JSON object"),
    (json.dumps(sms("M-1", "您好", channel="fax")).encode(), 422, "unknown channel 'fax'"),
    (json.dumps(sms("M-1", "您好", recipient_tz="Mars/Base")).encode(), 422, "unknown IANA time zone"),
    (json.dumps(sms("M-1", "您好" * 2000)).encode(), 413, "request body over 4096 bytes"),
])
def test_malformed_requests_get_a_clear_4xx(client, body, status, error):
    response = client.post("/v1/check", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == status
    assert error in json.dumps(response.json(), ensure_ascii=False)


def test_body_limit_holds_without_content_length(client):
    chunks = (b"x" * 1024 for _ in range(8))
    response = client.post("/v1/check", content=chunks, headers=AUTH)
    assert response.status_code == 413


class BrokenAnalyser:
    name = "broken"

    def applies_to(self, message):
        return True

    def analyse(self, message):
        raise RuntimeError("analyser crashed")


@pytest.mark.parametrize(("policy_text", "decision"), [("name: closed\n", "review"),
                                                        ("name: open\ngate:\n  fail_open: true\n", "allow")])
def test_internal_error_answers_per_the_policy(tmp_path, policy_text, decision):
    policy = tmp_path / "p.yml"
    policy.write_text(policy_text, encoding="utf-8")
    broken = Gate(policy, analysers=())
    broken.analysers = [BrokenAnalyser()]
    response = TestClient(create_app(broken)).post("/v1/check", json=sms("F-1", "您好"))
    assert response.status_code == 200
    assert response.json()["decision"] == decision and response.json()["reasons"][0]["rule_id"] == "gate.internal_error"


def test_metrics_count_requests_decisions_by_category_and_latency(gate):
    client = TestClient(create_app(gate))
    client.post("/v1/check", json=sms("P-1", "逾期不还会坐牢的。"))
    client.post("/v1/check", json=sms("P-2", "您的账单已逾期，请尽快还款。"))
    client.post("/v1/check", content=b"{")
    text = client.get("/metrics").text
    assert 'audit_gate_requests_total{endpoint="/v1/check",status="200"} 2.0' in text
    assert 'audit_gate_requests_total{endpoint="/v1/check",status="400"} 1.0' in text
    assert 'audit_gate_verdicts_total{decision="block"} 1.0' in text
    assert 'audit_gate_verdicts_total{decision="allow"} 1.0' in text
    assert 'audit_gate_findings_total{category="misleading.legal",decision="block"} 1.0' in text
    assert 'audit_gate_request_seconds_count{endpoint="/v1/check"} 3.0' in text


def test_logs_hold_ids_and_decisions_but_no_text_or_personal_data(gate, caplog):
    client = TestClient(create_app(gate))
    text = "张伟先生，请核对您的手机13800138000，逾期不还会坐牢的。"
    with caplog.at_level(logging.INFO, logger="audit"):
        client.post("/v1/check", json=sms("L-1", text, debtor_id="D-LOG", sent_at="2026-03-02T10:00:00+08:00"))
    lines = [JsonLogFormatter().format(record) for record in caplog.records]
    access = [json.loads(line) for line in lines if json.loads(line)["event"] == "request"]
    assert access and access[0]["message_id"] == "L-1" and access[0]["decision"] == "block"
    assert "misleading.legal" in access[0]["categories"]
    joined = "\n".join(lines)
    for secret in ("13800138000", "张伟", "坐牢", "D-LOG"):
        assert secret not in joined


# ---------------------------------------------------------------- audit serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_audit_serve_binds_loopback_and_requires_the_token(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "from audit.cli import main; main()", "serve", "--port", str(port),
                               "--token-file", str(token_file), "--store", f"sqlite:///{tmp_path / 'gate.db'}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.2)
        assert httpx.post(f"{url}/v1/check", json=sms("S-1", "您好")).status_code == 401
        verdict = httpx.post(f"{url}/v1/check", json=sms("S-1", "逾期不还会坐牢的。"), headers=AUTH).json()
        assert verdict["decision"] == "block"
        other = _non_loopback_address()
        if other is not None:    # bound to 127.0.0.1 only: the machine's other address does not answer
            with pytest.raises(httpx.TransportError):
                httpx.get(f"http://{other}:{port}/healthz", timeout=2)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    logs = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    assert any(entry.get("event") == "request" and entry.get("decision") == "block" for entry in logs)
    assert "坐牢" not in err.decode()


def _non_loopback_address() -> str | None:
    """This machine's address on its default route (a UDP connect sends nothing), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
        except OSError:
            return None
        address = s.getsockname()[0]
    return None if address.startswith("127.") else address


def test_several_workers_need_a_shared_store():
    from click.testing import CliRunner

    from audit.cli import main

    result = CliRunner().invoke(main, ["serve", "--workers", "2"])
    assert result.exit_code == 2 and "needs a --store they share" in result.output


def test_log_lines_keep_an_exceptions_type_but_never_its_text():
    try:
        raise KeyError("张伟 13800138000")
    except KeyError:
        record = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, "Exception in ASGI application",
                                   None, sys.exc_info())
    line = json.loads(JsonLogFormatter().format(record))
    assert line["error"] == "KeyError" and line["level"] == "error"
    assert "13800138000" not in json.dumps(line, ensure_ascii=False)


def test_every_connection_gets_tcp_nodelay(monkeypatch):
    """Without it, `--workers N` answers 40 ms late (Nagle's algorithm against the client's delayed ACK)."""
    from audit import service

    monkeypatch.setattr(service._UvicornProtocol, "connection_made", lambda self, transport: None)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0) as sock:
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0

        class Transport:
            def get_extra_info(self, name):
                return sock if name == "socket" else None

        service.NoDelayHttpProtocol.connection_made(object.__new__(service.NoDelayHttpProtocol), Transport())
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
