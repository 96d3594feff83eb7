"""The gate as an HTTP service (FastAPI on uvicorn): `create_app(gate)`, run by `audit serve`.

    POST /v1/check[?record=true]        one message (contract section 1) -> its verdict
    POST /v1/check/batch[?record=true]  {"messages": [...]} -> {"verdicts": [...]}, in order
    POST /v1/events                     a debtor status event, or {"events": [...]}
    POST /v1/outcomes                   {"contact_id", "outcome", "debtor_id"?}: how a recorded contact ended
    GET  /healthz                       liveness and store reachability (no auth)
    GET  /metrics                       Prometheus text
    GET  /docs, /openapi.json           the OpenAPI description (no auth); Swagger UI's files are served
                                        from /docs/assets (package swagger-ui-bundle-v2): no CDN, works offline

Everything around the endpoints is one plain ASGI middleware (cheaper than Starlette's
BaseHTTPMiddleware): bearer-token check (constant-time), request body limit (413), timing, metrics
and one JSON log line per request. Log lines carry ids, decisions and categories, never message
text or personal data.

Bad requests get a 4xx naming what is wrong: 400 unreadable JSON, 422 a record that breaks the
contract (`{"error": {"file": "<request>", "line": N, "field": ..., "reason": ...}}`, line being the
1-based position in a batch). An internal error while judging, or a check not done by the gate's
deadline, answers the verdict the policy asks for (review, or allow with `fail_open: true`), never a
5xx; deadline misses are counted in `/metrics` (`audit_gate_check_deadline_exceeded_total`).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import os
import re
import socket
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.concurrency import run_in_threadpool
from swagger_ui_bundle import swagger_ui_path

from audit.errors import InputRecordError, InvalidField
from audit.gate import DEADLINE_RULE, Gate, Verdict, as_message
from audit.history import StoreError
from audit.vocabulary import (
    CHANNELS,
    CONTACT_CHANNELS,
    DEBTOR_EVENTS,
    DECISIONS,
    OUTCOMES,
    RECIPIENT_TYPES,
    SPEAKERS,
)

log = logging.getLogger("audit.service")

REQUEST_NAME = "<request>"
MAX_BODY_BYTES = 256 * 1024
MAX_BATCH = 500
HEALTH_TIMEOUT_S = 2.0
DOCS_ASSETS = "/docs/assets"       # Swagger UI's JavaScript and CSS, as packaged: no CDN, so /docs works offline
OPEN_PATHS = frozenset({"/healthz", "/openapi.json", "/docs", "/docs/oauth2-redirect"})
LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)

Scope = MutableMapping[str, Any]
AsgiMessage = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[AsgiMessage]]
Send = Callable[[AsgiMessage], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class GateJSONResponse(JSONResponse):
    """JSON in UTF-8 as FastAPI writes it, except that a lone surrogate a client sent (an emoji cut in
    half, echoed in a message_id or evidence) is written as its `\\udXXX` escape instead of failing
    the response with a 500: inside a JSON string that escape is the same character."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8", "backslashreplace")


class BadRequest(Exception):
    """A request the gate cannot judge; answered with `status` and a JSON error."""

    def __init__(self, status: int, error: str | dict) -> None:
        super().__init__(str(error))
        self.status, self.error = status, error


class Metrics:
    """Prometheus metrics of one app, in their own registry (several apps in one process stay apart)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("audit_gate_requests", "HTTP requests by endpoint and status",
                                ["endpoint", "status"], registry=self.registry)
        self.latency = Histogram("audit_gate_request_seconds", "Request latency by endpoint", ["endpoint"],
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.verdicts = Counter("audit_gate_verdicts", "Verdicts by decision", ["decision"], registry=self.registry)
        self.findings = Counter("audit_gate_findings", "Findings by category and the decision they drew",
                                ["category", "decision"], registry=self.registry)
        self.internal_errors = Counter("audit_gate_internal_errors", "Checks answered by the fail-closed/open rule",
                                       registry=self.registry)
        self.deadlines = Counter("audit_gate_check_deadline_exceeded",
                                 "Checks not done by the deadline, answered by the fail-closed/open rule",
                                 registry=self.registry)
        for decision in DECISIONS:
            self.verdicts.labels(decision)   # present from the start, so rates work before the first block

    def count(self, verdict: Verdict) -> None:
        self.verdicts.labels(verdict.decision).inc()
        for reason in verdict.reasons:
            if reason.category:
                self.findings.labels(reason.category, reason.decision).inc()
            elif reason.rule_id == DEADLINE_RULE:
                self.deadlines.inc()
            else:
                self.internal_errors.inc()


def create_app(gate: Gate, *, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               max_batch: int = MAX_BATCH) -> ASGIApp:
    """The ASGI app serving `gate`; with `token`, every endpoint but health and docs needs `Bearer <token>`."""
    metrics = Metrics()
    # Checks run in the gate's workers (`check_async`), store calls in the thread pool: the event loop
    # only parses, routes and answers, so /healthz answers while a long check runs.
    run = run_in_threadpool
    app = FastAPI(title="collection-audit pre-send gate", version="1",
                  description="Allow, review or block a debt-collection message before it is sent.",
                  docs_url=None)     # FastAPI's own /docs loads Swagger UI from a CDN: see _serve_docs
    _serve_docs(app)

    async def judge(messages: list, record: bool) -> list[Verdict]:
        checked = [_message(item, i + 1) for i, item in enumerate(messages)]
        verdicts = []
        for message in checked:
            try:
                verdict = await gate.check_async(message, record=record)
            except InvalidField as exc:        # e.g. a bad recipient_tz: the caller's record, not our failure
                raise BadRequest(422, InputRecordError(REQUEST_NAME, 1 + len(verdicts), exc.field, exc.reason).to_dict()) from None
            except Exception as exc:           # Gate.check fails closed itself; this is the last resort
                log.error("check failed outside the gate", extra={"error": type(exc).__name__})
                verdict = gate.failed_verdict(message.message_id, type(exc).__name__)
            metrics.count(verdict)
            verdicts.append(verdict)
        return verdicts

    @app.post("/v1/check", summary="Judge one message", openapi_extra=_body(MESSAGE_SCHEMA, RECORD_PARAMETER),
              responses={200: _json("The verdict", VERDICT_SCHEMA), **ERROR_RESPONSES})
    async def check(request: Request) -> JSONResponse:
        [verdict] = await judge([await _json_body(request)], _record_flag(request))
        _log_fields(request, verdict)
        return GateJSONResponse(verdict.to_dict())

    @app.post("/v1/check/batch", summary="Judge several messages, in order",
              openapi_extra=_body({"type": "object", "required": ["messages"],
                                   "properties": {"messages": {"type": "array", "items": MESSAGE_SCHEMA}}},
                                  RECORD_PARAMETER),
              responses={200: _json("The verdicts, in the order of the messages",
                                    {"type": "object", "properties": {"verdicts": {"type": "array", "items": VERDICT_SCHEMA}}}),
                         **ERROR_RESPONSES})
    async def check_batch(request: Request) -> JSONResponse:
        record = _record_flag(request)
        body = await _json_body(request)
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list):
            raise BadRequest(422, 'the body must be {"messages": [message, ...]}')
        if len(messages) > max_batch:
            raise BadRequest(413, f"at most {max_batch} messages per batch, got {len(messages)}")
        verdicts = await judge(messages, record)
        return GateJSONResponse({"verdicts": [v.to_dict() for v in verdicts]})

    @app.post("/v1/events", summary="Record debtor status events (cease_request, paid_in_full, ...)",
              openapi_extra=_body({"oneOf": [EVENT_SCHEMA, {"type": "object", "required": ["events"],
                                   "properties": {"events": {"type": "array", "items": EVENT_SCHEMA}}}]}),
              responses={200: _json("How many were recorded", {"type": "object"}), **ERROR_RESPONSES})
    async def events(request: Request) -> JSONResponse:
        body = await _json_body(request)
        items = body.get("events") if isinstance(body, dict) and "events" in body else [body]
        if not isinstance(items, list) or len(items) > max_batch:
            raise BadRequest(422, f'the body must be one event or {{"events": [...]}} with at most {max_batch}')
        for line, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise BadRequest(422, InputRecordError(REQUEST_NAME, line, None, "expected a JSON object").to_dict())
            for name in ("debtor_id", "event", "timestamp"):
                if item.get(name) in (None, ""):
                    raise BadRequest(422, InputRecordError(REQUEST_NAME, line, name, "missing").to_dict())
        for line, item in enumerate(items, 1):
            try:
                await run(gate.record_event, item["debtor_id"], item["event"], item["timestamp"],
                                        item.get("channel"))
            except InvalidField as exc:
                raise BadRequest(422, InputRecordError(REQUEST_NAME, line, exc.field, exc.reason).to_dict()) from None
        return GateJSONResponse({"recorded": len(items)})

    @app.post("/v1/outcomes", summary="Say how a recorded contact ended (connected calls count towards caps)",
              openapi_extra=_body({"type": "object", "required": ["contact_id", "outcome"],
                                   "properties": {"contact_id": {"type": "string"},
                                                  "debtor_id": {"type": "string", "description":
                                                                "needed when the contact_id was reused for several debtors"},
                                                  "outcome": {"enum": list(OUTCOMES)}}}),
              responses={200: _json("Updated", {"type": "object"}), 404: {"description": "No such contact recorded"},
                         **ERROR_RESPONSES})
    async def outcomes(request: Request) -> JSONResponse:
        body = await _json_body(request)
        if not isinstance(body, dict) or not isinstance(body.get("contact_id"), str):
            raise BadRequest(422, InputRecordError(REQUEST_NAME, 1, "contact_id", "missing").to_dict())
        try:
            found = await run(gate.record_outcome, body["contact_id"], body.get("outcome"), body.get("debtor_id"))
        except InvalidField as exc:
            raise BadRequest(422, InputRecordError(REQUEST_NAME, 1, exc.field, exc.reason).to_dict()) from None
        if not found:
            raise BadRequest(404, "no contact with this contact_id was recorded (check with ?record=true first)")
        return GateJSONResponse({"updated": True})

    @app.get("/healthz", summary="Liveness and a store that answers and can be written")
    async def healthz() -> JSONResponse:
        try:
            await asyncio.wait_for(run(gate.store.ping), HEALTH_TIMEOUT_S)
        except asyncio.TimeoutError:
            return _unavailable(f"the store did not answer within {HEALTH_TIMEOUT_S:g} s")
        except StoreError as exc:      # its text names no path or data: health has no auth
            return _unavailable(str(exc))
        except Exception as exc:
            return _unavailable(type(exc).__name__)
        return GateJSONResponse({"status": "ok", "policy": gate.policy.name})

    @app.get("/metrics", summary="Prometheus metrics")
    async def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> JSONResponse:
        return GateJSONResponse({"error": exc.error}, status_code=exc.status)

    known_paths = {route.path for route in app.routes}
    return GateMiddleware(app, metrics, token, max_body_bytes, known_paths)


class GateMiddleware:
    """Auth, body limit, metrics and the access log, around every request."""

    def __init__(self, app: ASGIApp, metrics: Metrics, token: str | None, max_body_bytes: int,
                 known_paths: set[str]) -> None:
        self.app, self.metrics, self.max_body_bytes, self.known_paths = app, metrics, max_body_bytes, known_paths
        self.token = token.encode("utf-8") if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_status(message: AsgiMessage) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        path = scope["path"]
        endpoint = path if path in self.known_paths else "other"
        try:
            if self.token is not None and not _open(path) and not self._authorised(scope):
                await _send_json(send_status, 401, {"error": "missing or wrong bearer token"},
                                 [(b"www-authenticate", b"Bearer")])
            else:
                body = await self._read_body(scope, receive)
                if body is None:
                    await _send_json(send_status, 413, {"error": f"request body over {self.max_body_bytes} bytes"})
                else:
                    await self.app(scope, _replay(body, receive), send_status)
        finally:
            elapsed = time.perf_counter() - started
            self.metrics.requests.labels(endpoint, str(status["code"])).inc()
            self.metrics.latency.labels(endpoint).observe(elapsed)
            fields = scope.get("state", {}).get("log", {})
            log.info("request", extra={"method": scope["method"], "path": endpoint, "status": status["code"],
                                       "ms": round(elapsed * 1000, 3), **fields})

    def _authorised(self, scope: Scope) -> bool:
        given = dict(scope["headers"]).get(b"authorization", b"")
        scheme, _, credential = given.partition(b" ")
        # compare_digest takes as long whatever the mismatch: the token cannot be guessed byte by byte.
        return scheme.lower() == b"bearer" and hmac.compare_digest(credential.strip(), self.token)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None when it is over the limit (by Content-Length or as it arrives)."""
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _open(path: str) -> bool:
    """Paths served without the token: health, and the API description with Swagger UI's own files."""
    return path in OPEN_PATHS or path.startswith(DOCS_ASSETS + "/")


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> AsgiMessage:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()     # after the body: wait for the disconnect, as the server would

    return replay


async def _send_json(send: Send, status: int, payload: dict, headers: list | None = None) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        raise BadRequest(400, "empty body: send a JSON object")
    try:
        return json.loads(raw.decode("utf-8"))      # JSON on the wire is UTF-8 (RFC 8259)
    except UnicodeDecodeError:
        raise BadRequest(400, "the body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(400, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BadRequest(400, "invalid JSON: nested too deeply") from None
    except ValueError:       # Python refuses integers of more than 4,300 digits
        raise BadRequest(400, "invalid JSON: a number too long to read") from None


def _unavailable(store: str) -> JSONResponse:
    return GateJSONResponse({"status": "unavailable", "store": store}, status_code=503)


def _record_flag(request: Request) -> bool:
    """`?record=true|false` (also 1/0, yes/no), read by hand: a declared parameter costs a validation pass."""
    value = request.query_params.get("record", "false").lower()
    if value not in ("true", "false", "1", "0", "yes", "no"):
        raise BadRequest(422, f"record: must be true or false, got {value[:20]!r}")
    return value in ("true", "1", "yes")


def _message(record: Any, line: int):
    try:
        return as_message(record, REQUEST_NAME, line)
    except InputRecordError as exc:
        raise BadRequest(422, exc.to_dict()) from None


def _log_fields(request: Request, verdict: Verdict) -> None:
    """What the access log line may say about a check: ids and outcomes only."""
    request.state.log = {"message_id": verdict.message_id, "decision": verdict.decision,
                         "categories": sorted({r.category for r in verdict.reasons if r.category}),
                         "analysis_ms": round(verdict.analysis_ms, 3)}


# ---------------------------------------------------------------- OpenAPI description

MESSAGE_SCHEMA = {
    "type": "object", "required": ["message_id", "campaign_id", "channel"],
    "description": "One outbound message (docs/formats.md, section 1); other fields are carried through.",
    "properties": {
        "message_id": {"type": "string"}, "campaign_id": {"type": "string"},
        "channel": {"enum": list(CHANNELS)},
        "text": {"type": "string"},
        "turns": {"type": "array", "items": {"type": "object", "required": ["speaker", "text"], "properties": {
            "speaker": {"enum": list(SPEAKERS)}, "text": {"type": "string"},
            "start": {"type": "number"}, "end": {"type": "number"}}}},
        "sent_at": {"type": "string", "format": "date-time", "description": "default: now"},
        "debtor_id": {"type": "string", "description": "turns on the contact-policy checks"},
        "recipient_type": {"enum": list(RECIPIENT_TYPES)},
        "agent_id": {"type": "string"}, "template_id": {"type": "string"},
        "recipient": {"type": "string", "description": "number or address, for per-recipient caps (stored hashed)"},
        "recipient_tz": {"type": "string", "description": "IANA zone of the recipient (default: the policy's)"},
    },
}
FINDING_SCHEMA = {"type": "object", "description": "A finding (docs/formats.md, section 4)",
                  "properties": {k: {"type": "string"} for k in (
                      "message_id", "debtor_id", "campaign_id", "analyzer", "category", "rule_id", "severity",
                      "entity_type", "evidence", "regulation", "explanation")}}
VERDICT_SCHEMA = {
    "type": "object", "required": ["message_id", "decision", "reasons", "findings", "analysis_ms", "recorded"],
    "properties": {
        "message_id": {"type": "string"}, "decision": {"enum": list(DECISIONS)},
        "reasons": {"type": "array", "items": {"type": "object", "properties": {
            "decision": {"enum": list(DECISIONS)}, "rule_id": {"type": "string"}, "explanation": {"type": "string"},
            "category": {"type": ["string", "null"], "description": "null when the check could not be completed"},
            "severity": {"type": ["string", "null"]}}}},
        "findings": {"type": "array", "items": FINDING_SCHEMA},
        "analysis_ms": {"type": "number"},
        "recorded": {"type": "boolean", "description": "the contact was recorded (record=true and not blocked)"},
    },
}
EVENT_SCHEMA = {
    "type": "object", "required": ["debtor_id", "event", "timestamp"],
    "properties": {"debtor_id": {"type": "string"},
                   "event": {"enum": list(DEBTOR_EVENTS)},
                   "timestamp": {"type": "string", "format": "date-time"},
                   "channel": {"enum": list(CONTACT_CHANNELS)}},
}
ERROR_RESPONSES = {
    400: {"description": "Unreadable JSON"}, 401: {"description": "Missing or wrong bearer token"},
    413: {"description": "Body or batch too large"},
    422: {"description": "A record breaks the input format (docs/formats.md): file, line, field and reason"},
}


RECORD_PARAMETER = {"name": "record", "in": "query", "required": False, "schema": {"type": "boolean", "default": False},
                    "description": "also record the contact (unless blocked), atomically with the check"}


def _body(schema: dict, *parameters: dict) -> dict:
    extra: dict = {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}
    if parameters:
        extra["parameters"] = list(parameters)
    return extra


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


# ---------------------------------------------------------------- /docs, offline

def _serve_docs(app: FastAPI) -> None:
    """Swagger UI at /docs with its files from the swagger-ui-bundle-v2 package (Swagger UI 5: 4 cannot read
    the OpenAPI 3.1 FastAPI writes), under a Content-Security-Policy that lets the page load nothing but this
    server's files and its one inline script (by hash)."""
    page = get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} - Swagger UI",
                               swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                               swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                               swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
                               oauth2_redirect_url="/docs/oauth2-redirect").body
    headers = {"content-security-policy": _same_origin_policy(page)}
    redirect = get_swagger_ui_oauth2_redirect_html().body
    redirect_headers = {"content-security-policy": _same_origin_policy(redirect)}
    app.mount(DOCS_ASSETS, StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(page, headers=headers)

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    async def docs_oauth2_redirect() -> HTMLResponse:
        return HTMLResponse(redirect, headers=redirect_headers)


INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def _same_origin_policy(page: bytes) -> str:
    """Scripts, styles, images and fetches from this server only, plus the page's inline scripts by hash.
    Inline styles stay allowed: Swagger UI sets them on its elements."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s).digest()).decode()}'"
                      for s in INLINE_SCRIPT.findall(page))
    return (f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


# ---------------------------------------------------------------- the HTTP server

try:   # uvicorn's protocols: httptools (C parser) when installed, else h11 (pure Python)
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _UvicornProtocol
except ImportError:
    from uvicorn.protocols.http.h11_impl import H11Protocol as _UvicornProtocol


class NoDelayHttpProtocol(_UvicornProtocol):
    """uvicorn's HTTP protocol with TCP_NODELAY on every connection.

    With several workers, uvicorn listens on a socket made without IPPROTO_TCP, so asyncio leaves Nagle's
    algorithm on for accepted connections: a response's body, written after its headers, then waits for
    the client's delayed ACK, 40 ms a request (measured: 0.6 ms -> 42 ms p50 with --workers 2)."""

    def connection_made(self, transport: Any) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


READ_TIMEOUT_S = 10.0


class GateHttpProtocol(NoDelayHttpProtocol):
    """Plus a read deadline: a request's headers and body must arrive within `read_timeout_s` of the
    connection opening (or of the previous response), else the connection is closed. uvicorn itself
    only times out idle keep-alive connections: a client sending half a header held a connection forever.
    Build it with `functools.partial(GateHttpProtocol, read_timeout_s=...)` as uvicorn's `http`."""

    def __init__(self, *args: Any, read_timeout_s: float = READ_TIMEOUT_S, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout_s = read_timeout_s
        self._read_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm_read_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm_read_deadline()      # the next request on this connection gets the same time

    def connection_lost(self, exc: Exception | None) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
        super().connection_lost(exc)

    def _arm_read_deadline(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
        self._read_deadline = self.loop.call_later(self.read_timeout_s, self._read_deadline_passed)

    def _read_deadline_passed(self) -> None:
        self._read_deadline = None
        # No request whose headers arrived since the last response, or one whose body is still coming.
        reading = self.cycle is None or self.cycle.response_complete or self.cycle.more_body
        if reading and not self.transport.is_closing():
            self.transport.close()


# ---------------------------------------------------------------- worker processes

SERVE_CONFIG_VARIABLE = "AUDIT_GATE_SERVE"     # how `audit serve --workers N` configures each worker


def read_token(path: str | Path) -> str:
    token = Path(path).read_text(encoding="utf-8").strip()
    if len(token) < 16:
        raise ValueError(f"{path}: the token must be at least 16 characters")
    return token


def app_from_environment() -> ASGIApp:
    """The app of one worker process of `audit serve --workers N`: its own gate, configured by the parent
    through `AUDIT_GATE_SERVE` (JSON; the token stays in its file)."""
    import gc

    config = json.loads(os.environ[SERVE_CONFIG_VARIABLE])
    configure_logging(config["log_level"])
    lexicons = Path(config["lexicons"]) if config["lexicons"] else None
    gate = Gate(config["policy"], store=config["store"], lexicons=lexicons, check_deadline_s=config["check_deadline_s"])
    gate.warm_up()
    token = read_token(config["token_file"]) if config["token_file"] else None
    app = create_app(gate, token=token, max_body_bytes=config["max_body_bytes"])
    gc.freeze()
    return app


# ---------------------------------------------------------------- structured logs

LOG_FIELDS = ("method", "path", "status", "ms", "message_id", "decision", "categories", "analysis_ms", "error", "where")


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line, with only the whitelisted fields above: nothing else reaches the log."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": round(record.created, 3), "level": record.levelname.lower(), "logger": record.name,
                 "event": record.getMessage()}
        entry.update({k: getattr(record, k) for k in LOG_FIELDS if hasattr(record, k)})
        if record.exc_info and "error" not in entry:
            entry["error"] = record.exc_info[0].__name__    # the type only: a traceback's text may quote a message
        # A lone surrogate from a request would make the handler fail with a traceback on stderr.
        return json.dumps(entry, ensure_ascii=False).encode("utf-8", "backslashreplace").decode("utf-8")


def configure_logging(level: str = "info") -> None:
    """JSON lines on stderr for the gate and the service; uvicorn's own access log is turned off by `audit serve`."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    for name in ("audit", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
