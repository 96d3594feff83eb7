"""Contact history stores: URLs, what is stored, and the atomic check-and-record under concurrency
(threads and processes on SQLite; threads and two gate instances on a real PostgreSQL server)."""

from __future__ import annotations

import glob
import multiprocessing
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from audit.gate import Gate, as_message
from audit.history import PostgresStore, SqliteStore, StoreError, open_store

PARALLEL_SENDS = 32
DAILY_CAP = 3
POLICY = textwrap.dedent(f"""\
    name: cap-three
    timezone: Asia/Shanghai
    daily_cap: {{sms: {DAILY_CAP}}}
    """)


@pytest.fixture
def cap_policy(tmp_path):
    path = tmp_path / "cap.yml"
    path.write_text(POLICY, encoding="utf-8")
    return path


def send(n: int, debtor: str = "D-CONC", worker: str = "t") -> dict:
    return {"message_id": f"{worker}-{n}", "campaign_id": "CMP-2026-03", "channel": "sms", "debtor_id": debtor,
            "recipient_type": "debtor", "text": "您好，您的账单已逾期，请尽快还款。", "sent_at": "2026-03-02T10:00:00+08:00"}


def slow_judging(gate: Gate, seconds: float = 0.005) -> Gate:
    """Widen the window between reading the history and recording, so unserialised sends would overlap."""
    judge = gate.contact_rules.findings

    def slowly(*args):
        found = judge(*args)
        time.sleep(seconds)
        return found

    gate.contact_rules.findings = slowly
    return gate


def race(gates: list[Gate], sends: int = PARALLEL_SENDS) -> list[str]:
    """`sends` threads released together, spread over `gates`, each checking and recording one send."""
    barrier = threading.Barrier(sends)

    def one(n: int) -> str:
        barrier.wait()
        return gates[n % len(gates)].check(send(n), record=True).decision

    with ThreadPoolExecutor(max_workers=sends) as pool:
        return list(pool.map(one, range(sends)))


# ---------------------------------------------------------------- URLs and storage


def test_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert isinstance(open_store(None), SqliteStore) and open_store(None).url == "sqlite://"
    assert open_store("sqlite:///rel/gate.db").url == "sqlite:///rel/gate.db" and (tmp_path / "rel" / "gate.db").exists()
    assert open_store(f"sqlite:///{tmp_path}/abs.db").url == f"sqlite:///{tmp_path}/abs.db"
    assert (tmp_path / "abs.db").exists()
    assert open_store(str(tmp_path / "plain.db")).url.endswith("plain.db")
    with pytest.raises(StoreError, match="unknown history store 'redis'"):
        open_store("redis://localhost")


def test_recipient_keys_are_keyed_hashes_that_survive_reopening(tmp_path):
    path = tmp_path / "gate.db"
    first = open_store(f"sqlite:///{path}")
    key = first.recipient_key("13900001111")
    assert key != "13900001111" and "1111" not in key
    assert first.recipient_key(" 13900001111 ") == key and first.recipient_key("13900002222") != key
    first.close()
    assert open_store(f"sqlite:///{path}").recipient_key("13900001111") == key
    assert open_store(f"sqlite:///{tmp_path / 'other.db'}").recipient_key("13900001111") != key


def test_a_recipient_with_half_an_emoji_still_hashes(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'gate.db'}")
    cut = "13900001111\ud83d"          # the first half of a surrogate pair, as a cut emoji leaves it
    assert store.recipient_key(cut) == store.recipient_key(cut) != store.recipient_key("13900001111")


# ---------------------------------------------------------------- SQLite under concurrency


def test_sqlite_32_threads_take_exactly_the_daily_cap(cap_policy, tmp_path):
    gate = slow_judging(Gate(cap_policy, store=f"sqlite:///{tmp_path / 'gate.db'}", analysers=()))
    decisions = race([gate])
    assert decisions.count("allow") == DAILY_CAP and decisions.count("block") == PARALLEL_SENDS - DAILY_CAP
    with gate.store.session("D-CONC", lock=False) as history:
        assert len(history.contacts_since(0)) == DAILY_CAP


def test_sqlite_in_memory_store_is_thread_safe_too(cap_policy):
    assert race([slow_judging(Gate(cap_policy, analysers=()))]).count("allow") == DAILY_CAP


def _process_sends(policy: str, db: str, worker: int, per_worker: int, barrier, results) -> None:
    gate = slow_judging(Gate(policy, store=f"sqlite:///{db}", analysers=()))
    barrier.wait()
    for n in range(per_worker):
        results.put(gate.check(send(n, worker=f"p{worker}"), record=True).decision)
    gate.close()


def test_sqlite_file_shared_by_several_processes_takes_exactly_the_daily_cap(cap_policy, tmp_path):
    workers, per_worker = 4, PARALLEL_SENDS // 4
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(workers), context.Queue()
    processes = [context.Process(target=_process_sends, args=(str(cap_policy), str(tmp_path / "shared.db"), w,
                                                               per_worker, barrier, results)) for w in range(workers)]
    for process in processes:
        process.start()
    decisions = [results.get(timeout=120) for _ in range(workers * per_worker)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert decisions.count("allow") == DAILY_CAP and decisions.count("block") == PARALLEL_SENDS - DAILY_CAP


def test_a_session_that_fails_records_nothing(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'gate.db'}")
    gate = Gate("cn-default", store=store, analysers=())
    contact = gate.prospective_contact(as_message(send(1)))
    with pytest.raises(RuntimeError), store.session("D-CONC", lock=True) as history:
        history.add_contact(contact)
        raise RuntimeError("judging failed")
    with store.session("D-CONC", lock=False) as history:
        assert history.contacts_since(0) == []


# ---------------------------------------------------------------- PostgreSQL (a real server)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    """A throwaway PostgreSQL server on a free loopback port, its socket in its own temp dir."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not found (Debian: apt-get install postgresql; .ci/run installs it)")
    # initdb refuses to run as root: run the server as the postgres user (or nobody) when we are root.
    user = None
    if os.geteuid() == 0:
        user = next((u for u in ("postgres", "nobody") if _user_exists(u)), None)
        if user is None:
            pytest.skip("running as root and no postgres/nobody user to run the PostgreSQL server as")
    base = Path(tempfile.mkdtemp(prefix="gate-pg-", dir="/tmp"))
    data = base / "data"
    if user:
        uid, gid = pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid
        os.chown(base, uid, gid)
    port = _free_port()

    def run(*args: str) -> None:
        command = [str(bin_dir / args[0]), *args[1:]]
        if user:
            command = ["runuser", "-u", user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    try:
        run("initdb", "-D", str(data), "-U", "gate", "--auth=trust", "-E", "UTF8", "--no-sync")
        run("pg_ctl", "-D", str(data), "-l", str(base / "server.log"), "-w", "-t", "60", "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100", "start")
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {exc}")
    try:
        yield f"postgresql://gate@127.0.0.1:{port}/postgres"
    finally:
        run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def test_postgres_32_threads_take_exactly_the_daily_cap(cap_policy, postgres_url):
    gate = slow_judging(Gate(cap_policy, store=postgres_url, analysers=()))
    assert isinstance(gate.store, PostgresStore)
    decisions = race([gate])
    assert decisions.count("allow") == DAILY_CAP and decisions.count("block") == PARALLEL_SENDS - DAILY_CAP
    gate.close()


def test_postgres_two_gate_instances_share_the_cap(cap_policy, postgres_url):
    """Two instances (as behind a load balancer), each with its own connections, on a fresh debtor."""
    instances = [slow_judging(Gate(cap_policy, store=postgres_url, analysers=())) for _ in range(2)]
    barrier = threading.Barrier(PARALLEL_SENDS)

    def one(n: int) -> str:
        barrier.wait()
        return instances[n % 2].check(send(n, debtor="D-LB", worker="lb"), record=True).decision

    with ThreadPoolExecutor(max_workers=PARALLEL_SENDS) as pool:
        decisions = list(pool.map(one, range(PARALLEL_SENDS)))
    assert decisions.count("allow") == DAILY_CAP
    for gate in instances:
        gate.close()


def test_postgres_events_outcomes_and_hashed_recipients(postgres_url, tmp_path):
    policy = tmp_path / "p.yml"
    policy.write_text("name: t\ndaily_connected_cap: {call: 1}\ncease_events: [cease_request]\n", encoding="utf-8")
    gate = Gate(policy, store=postgres_url, analysers=())
    call = {"message_id": "PG-C1", "campaign_id": "CMP", "channel": "call", "debtor_id": "D-PG",
            "recipient_type": "debtor", "recipient": "13900003333", "sent_at": "2026-03-02T10:00:00+08:00",
            "turns": [{"speaker": "agent", "text": "您好"}]}
    assert gate.check(call, record=True).recorded
    assert gate.record_outcome("PG-C1", "connected")
    assert gate.check({**call, "message_id": "PG-C2"}).reasons[0].rule_id == "frequency.daily_connected_cap.call"
    gate.record_event("D-PG", "cease_request", "2026-03-02T11:00:00+08:00")
    late = gate.check({**call, "message_id": "PG-C3", "sent_at": "2026-03-03T10:00:00+08:00"})
    assert [r.rule_id for r in late.reasons] == ["frequency.after_cease"]
    import psycopg
    with psycopg.connect(postgres_url) as db:
        stored = db.execute("SELECT recipient_key FROM gate_contacts WHERE contact_id = 'PG-C1'").fetchone()[0]
    assert stored and "13900003333" not in stored and "3333" not in stored
    gate.close()


def test_postgres_unreachable_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open the PostgreSQL history") as info:
        open_store(f"postgresql://gate:secret@127.0.0.1:{_free_port()}/postgres?connect_timeout=2")
    assert "secret" not in str(info.value)



# ---------------------------------------------------------------- contacts keyed by (debtor, message id)

_V0_SQLITE_CONTACTS = """CREATE TABLE contacts (
    contact_id TEXT PRIMARY KEY, debtor_id TEXT NOT NULL, channel TEXT NOT NULL, recipient_type TEXT NOT NULL,
    ts_ms INTEGER NOT NULL, local_day INTEGER NOT NULL, recipient_key TEXT,
    connected INTEGER NOT NULL DEFAULT 0, campaign_id TEXT)"""


def reused_ids_take_the_cap_per_debtor(gate: Gate, prefix: str) -> None:
    """Ids M1-M5 sent to debtor A, then the same ids to debtor B: B gets the cap, not five retries."""
    first = [gate.check(send(n, debtor=f"{prefix}-A", worker="M"), record=True) for n in range(1, 6)]
    second = [gate.check(send(n, debtor=f"{prefix}-B", worker="M"), record=True) for n in range(1, 6)]
    for verdicts in (first, second):
        assert [v.decision for v in verdicts] == ["allow"] * DAILY_CAP + ["block"] * (5 - DAILY_CAP)
        assert [v.recorded for v in verdicts] == [True] * DAILY_CAP + [False] * (5 - DAILY_CAP)
    retry = gate.check(send(2, debtor=f"{prefix}-B", worker="M"), record=True)
    assert retry.decision == "allow" and retry.recorded is False       # a retry is not a new contact
    with gate.store.session(f"{prefix}-B", lock=False) as history:
        assert [c.contact_id for c in history.contacts_since(0)] == ["M-1", "M-2", "M-3"]


def outcomes_of_a_reused_id_name_the_debtor(gate: Gate, prefix: str) -> None:
    from audit.errors import InvalidField

    with pytest.raises(InvalidField, match="several debtors"):
        gate.record_outcome("M-1", "connected")
    assert gate.record_outcome("M-1", "connected", debtor_id=f"{prefix}-B")
    assert not gate.record_outcome("M-9", "connected", debtor_id=f"{prefix}-B")
    with gate.store.session(f"{prefix}-A", lock=False) as history:
        assert not any(c.connected for c in history.contacts_since(0))
    with gate.store.session(f"{prefix}-B", lock=False) as history:
        assert [c.contact_id for c in history.contacts_since(0) if c.connected] == ["M-1"]


def test_sqlite_reused_message_ids_are_new_contacts_for_another_debtor(cap_policy, tmp_path):
    gate = Gate(cap_policy, store=f"sqlite:///{tmp_path / 'gate.db'}", analysers=())
    reused_ids_take_the_cap_per_debtor(gate, "D-REUSE")
    outcomes_of_a_reused_id_name_the_debtor(gate, "D-REUSE")
    gate.close()


def test_sqlite_store_of_schema_version_0_is_upgraded_with_its_contacts(cap_policy, tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute(_V0_SQLITE_CONTACTS)
        db.execute("INSERT INTO contacts VALUES ('M-1', 'D-OLD-A', 'sms', 'debtor', ?, 0, NULL, 0, 'CMP')",
                   (1772416800000,))            # 2026-03-02T10:00:00+08:00
    gate = Gate(cap_policy, store=f"sqlite:///{path}", analysers=())
    with gate.store.session("D-OLD-A", lock=False) as history:
        assert [c.contact_id for c in history.contacts_since(0)] == ["M-1"]
    assert gate.check(send(1, debtor="D-OLD-B", worker="M"), record=True).recorded
    gate.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert db.execute("SELECT count(*) FROM contacts WHERE contact_id = 'M-1'").fetchone()[0] == 2


def test_postgres_reused_message_ids_are_new_contacts_for_another_debtor(cap_policy, postgres_url):
    gate = Gate(cap_policy, store=postgres_url, analysers=())
    reused_ids_take_the_cap_per_debtor(gate, "D-PGREUSE")
    outcomes_of_a_reused_id_name_the_debtor(gate, "D-PGREUSE")
    gate.close()


def test_postgres_store_of_schema_version_0_is_upgraded_with_its_contacts(cap_policy, postgres_url):
    import psycopg

    database = "gate_v0"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {database}")
    url = postgres_url.rsplit("/", 1)[0] + f"/{database}"
    with psycopg.connect(url) as db:
        db.execute(_V0_SQLITE_CONTACTS.replace("contacts", "gate_contacts").replace("ts_ms INTEGER", "ts_ms BIGINT")
                   .replace("INTEGER NOT NULL DEFAULT 0", "BOOLEAN NOT NULL DEFAULT FALSE"))
        db.execute("CREATE TABLE gate_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO gate_contacts VALUES ('M-1', 'D-OLD-A', 'sms', 'debtor', 1772416800000, 0, NULL, "
                   "FALSE, 'CMP')")
    gate = Gate(cap_policy, store=url, analysers=())
    assert gate.check(send(1, debtor="D-OLD-B", worker="M"), record=True).recorded
    gate.close()
    reopened = Gate(cap_policy, store=url, analysers=())     # the upgrade runs once
    assert not reopened.check(send(1, debtor="D-OLD-B", worker="M"), record=True).recorded
    reopened.close()
    with psycopg.connect(url) as db:
        assert db.execute("SELECT count(*) FROM gate_contacts WHERE contact_id = 'M-1'").fetchone()[0] == 2
        assert db.execute("SELECT value FROM gate_meta WHERE key = 'schema_version'").fetchone()[0] == "1"
