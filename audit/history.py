"""Contact history for the pre-send gate: the contacts made and the status events, per debtor.

The gate asks one question per prospective contact: what has already happened to this debtor? A
store answers it inside a per-debtor session. A locked session (`session(debtor_id, lock=True)`)
serialises every check-and-record for that debtor, so two concurrent sends can never both take the
last slot under a cap:

- SQLite (default; a file, safe with several processes): `BEGIN IMMEDIATE` takes the database's
  write lock for the session (WAL mode, so readers are never blocked).
- PostgreSQL (several gate instances behind a load balancer): a transaction-scoped advisory lock
  on the debtor, `pg_advisory_xact_lock`, held until the session commits.

Stores hold ids, times, channels and outcomes; a recipient number is kept only as a keyed hash
(per-recipient caps need equality, never the number). Times are epoch milliseconds (UTC) plus the
contact's local calendar day, fixed when it is recorded.

A contact is keyed by (debtor_id, contact_id): message ids are unique only within one file (contract
section 1), so a reused id names a new contact when the debtor differs, and a retry (same debtor,
same id) is recorded once. Both stores carry a schema version and upgrade older stores when opened.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import queue
import secrets
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from audit.errors import AuditError

SQLITE_BUSY_TIMEOUT_S = 30.0    # a locked session waits this long for another process's one


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact attempt as the history keeps it."""

    contact_id: str
    debtor_id: str
    channel: str               # call, sms, app, email, visit
    recipient_type: str        # debtor or third_party
    ts_ms: int                 # UTC epoch milliseconds
    local_day: int             # days since 1970-01-01 in the recipient's local calendar
    recipient_key: str | None = None   # keyed hash of the number/address, see `HistoryStore.recipient_key`
    connected: bool | None = False    # None: not known yet (a contact not made yet)
    campaign_id: str | None = None


@dataclass(frozen=True, slots=True)
class StatusEvent:
    debtor_id: str
    event: str                 # cease_request, dispute, ... (contract section 2)
    ts_ms: int
    channel: str | None = None  # None: applies to every channel


class StoreError(AuditError):
    """The history store URL is unusable or the store cannot be reached."""


class Session(ABC):
    """What the gate sees of one debtor while it judges (and maybe records) a contact."""

    @abstractmethod
    def contacts_since(self, since_ms: int) -> list[Contact]:
        """The debtor's contacts with `ts_ms > since_ms`, in time order."""

    @abstractmethod
    def contacts_to(self, recipient_key: str, since_ms: int) -> list[Contact]:
        """The contacts to one recipient (its keyed hash) about any debtor, with `ts_ms > since_ms`, in time order."""

    @abstractmethod
    def events(self) -> list[StatusEvent]:
        """The debtor's status events, in time order."""

    @abstractmethod
    def add_contact(self, contact: Contact) -> bool:
        """Record a contact; False when the debtor already has one with its contact_id (a retried send)."""


class HistoryStore(ABC):
    """A contact history; thread-safe."""

    url: str

    @abstractmethod
    @contextmanager
    def session(self, debtor_id: str, *, lock: bool) -> Iterator[Session]:
        """One transaction on one debtor's history; `lock=True` excludes every other locked session
        for the same debtor (in any thread or process) until it ends. Committed when the block ends."""

    @abstractmethod
    def add_event(self, event: StatusEvent) -> None: ...

    @abstractmethod
    def set_outcome(self, contact_id: str, connected: bool, debtor_id: str | None = None) -> int:
        """Mark a recorded contact connected (or not) and answer how many contacts the ids name: 0, none
        recorded; 1, updated; more (only without `debtor_id`: the id was reused for several debtors),
        nothing changed."""

    @abstractmethod
    def ping(self) -> None:
        """Raise when the store cannot be used."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _hash_key(self) -> bytes: ...

    def recipient_key(self, recipient: str | None) -> str | None:
        """A keyed hash of a recipient number or address: equal numbers give equal keys, and the
        store never holds the number itself. The key is random per store and kept in it."""
        if recipient is None:
            return None
        # surrogatepass: a lone surrogate (half an emoji) still hashes, the same way each time.
        return hmac.new(self._hash_key(), recipient.strip().encode("utf-8", "surrogatepass"),
                        hashlib.sha256).hexdigest()[:32]


def open_store(url: str | None) -> HistoryStore:
    """`sqlite:///relative.db`, `sqlite:////absolute.db`, a plain file path, `postgresql://...`;
    None or `sqlite://` for a private in-memory store (one process, gone when closed)."""
    if url is None or url in ("sqlite://", "sqlite:///:memory:", ":memory:"):
        return SqliteStore(None)
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        return SqliteStore(Path(url.removeprefix("sqlite:///")))
    if "://" in url:
        raise StoreError(f"unknown history store {url.split('://')[0]!r}: use sqlite:///relative.db, "
                         "sqlite:////absolute/path.db or postgresql://...")
    return SqliteStore(Path(url))


# ---------------------------------------------------------------- SQLite

# Version 1: contacts keyed by (debtor_id, contact_id); version 0 (no version set) keyed them by contact_id.
SCHEMA_VERSION = 1
_SQLITE_CONTACTS = """
CREATE TABLE IF NOT EXISTS contacts (
    contact_id TEXT NOT NULL, debtor_id TEXT NOT NULL, channel TEXT NOT NULL, recipient_type TEXT NOT NULL,
    ts_ms INTEGER NOT NULL, local_day INTEGER NOT NULL, recipient_key TEXT,
    connected INTEGER NOT NULL DEFAULT 0, campaign_id TEXT, PRIMARY KEY (debtor_id, contact_id))"""
_SQLITE_SCHEMA = _SQLITE_CONTACTS + """;
CREATE INDEX IF NOT EXISTS contacts_by_debtor ON contacts (debtor_id, ts_ms);
CREATE INDEX IF NOT EXISTS contacts_by_recipient ON contacts (recipient_key, ts_ms);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, debtor_id TEXT NOT NULL, event TEXT NOT NULL, ts_ms INTEGER NOT NULL, channel TEXT);
CREATE INDEX IF NOT EXISTS events_by_debtor ON events (debtor_id, ts_ms);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_CONTACT_COLUMNS = "contact_id, debtor_id, channel, recipient_type, ts_ms, local_day, recipient_key, connected, campaign_id"


class SqliteStore(HistoryStore):
    """One connection per store, used by one thread at a time; other processes are excluded by SQLite's
    own file locks (`BEGIN IMMEDIATE`), so several gate processes can share one file."""

    def __init__(self, path: Path | None) -> None:
        self.url = f"sqlite:///{path}" if path else "sqlite://"
        self._path = path
        if path is not None:
            _writable_store_files(path, self._where())
        try:
            self._db = sqlite3.connect(str(path) if path else ":memory:", timeout=SQLITE_BUSY_TIMEOUT_S,
                                       isolation_level=None, check_same_thread=False)
            if path is not None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")   # WAL + NORMAL: durable across crashes of the process
            self._lock = threading.Lock()
            with self._transaction(immediate=True):
                _upgrade_sqlite(self._db)
                for statement in _SQLITE_SCHEMA.split(";"):   # executescript would commit our transaction
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._key = _stored_key(self._db.execute("SELECT value FROM meta WHERE key='hash_key'").fetchone(),
                                        lambda value: self._db.execute(
                                            "INSERT INTO meta (key, value) VALUES ('hash_key', ?)", (value,)))
            self._identity = _file_identity(path) if path is not None else None
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self._where()}: cannot open the SQLite history: {exc}") from exc

    def _where(self) -> str:
        """The URL, and the absolute file when the URL names a relative one (`sqlite:///rel.db`)."""
        if self._path is None or self._path.is_absolute():
            return self.url
        return f"{self.url} (= {self._path.resolve()})"

    @contextmanager
    def _transaction(self, immediate: bool) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def session(self, debtor_id: str, *, lock: bool) -> Iterator[Session]:
        # One write lock for the whole file: coarser than per debtor, but a session lasts microseconds.
        with self._transaction(immediate=lock) as db:
            yield _SqliteSession(db, debtor_id)

    def add_event(self, event: StatusEvent) -> None:
        with self._transaction(immediate=True) as db:
            db.execute("INSERT INTO events (debtor_id, event, ts_ms, channel) VALUES (?, ?, ?, ?)",
                       (event.debtor_id, event.event, event.ts_ms, event.channel))

    def set_outcome(self, contact_id: str, connected: bool, debtor_id: str | None = None) -> int:
        with self._transaction(immediate=True) as db:
            where, ids = _contact_where(contact_id, debtor_id, "?")
            matches = db.execute(f"SELECT count(*) FROM contacts WHERE {where}", ids).fetchone()[0]
            if matches == 1:
                db.execute(f"UPDATE contacts SET connected = ? WHERE {where}", (int(connected), *ids))
            return matches

    def ping(self) -> None:
        """The file is still the one opened (not deleted or replaced: SQLite would go on writing to the
        unlinked one), writable, and the write lock can be taken."""
        with self._lock:
            if self._path is not None:
                try:
                    same = _file_identity(self._path) == self._identity
                except OSError:
                    same = False
                if not same:
                    raise StoreError("the SQLite history file was deleted or replaced since the gate opened it")
                if not all(os.access(f, os.W_OK) for f in _sqlite_files(self._path) if f.exists()):
                    raise StoreError("the SQLite history file (or its -wal or -shm file) is read-only")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("SELECT count(*) FROM meta").fetchone()
            finally:
                self._db.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _hash_key(self) -> bytes:
        return self._key


class _SqlSession(Session):
    """The reads both stores share: each names its tables and its parameter placeholder."""

    _contacts = _events = _p = ""

    def __init__(self, db, debtor_id: str) -> None:
        self._db, self._debtor_id = db, debtor_id

    def contacts_since(self, since_ms: int) -> list[Contact]:
        return self._contacts_where(f"debtor_id = {self._p} AND ts_ms > {self._p}", (self._debtor_id, since_ms))

    def contacts_to(self, recipient_key: str, since_ms: int) -> list[Contact]:
        return self._contacts_where(f"recipient_key = {self._p} AND ts_ms > {self._p}", (recipient_key, since_ms))

    def _contacts_where(self, where: str, params: tuple) -> list[Contact]:
        rows = self._db.execute(f"SELECT {_CONTACT_COLUMNS} FROM {self._contacts} WHERE {where} "
                                "ORDER BY ts_ms, contact_id", params).fetchall()
        return [_contact(row) for row in rows]

    def events(self) -> list[StatusEvent]:
        rows = self._db.execute(f"SELECT debtor_id, event, ts_ms, channel FROM {self._events} "
                                f"WHERE debtor_id = {self._p} ORDER BY ts_ms, id", (self._debtor_id,)).fetchall()
        return [StatusEvent(*row) for row in rows]


class _SqliteSession(_SqlSession):
    _contacts, _events, _p = "contacts", "events", "?"

    def add_contact(self, contact: Contact) -> bool:
        cursor = self._db.execute(f"INSERT OR IGNORE INTO contacts ({_CONTACT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                                  _contact_row(contact))
        return cursor.rowcount > 0


def _sqlite_files(path: Path) -> tuple[Path, Path, Path]:
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _writable_store_files(path: Path, where: str) -> None:
    """Make the folder, and refuse (clearly, before SQLite maps it) a store whose files we cannot write:
    a read-only -shm file makes SQLite fail or, mapped, can kill the process with SIGBUS."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{where}: cannot create the folder {path.parent.resolve()}: {exc.strerror}") from None
    for file in _sqlite_files(path):
        if file.exists() and not (file.is_file() and os.access(file, os.R_OK | os.W_OK)):
            raise StoreError(f"{where}: {file.name} is not a readable and writable file; the gate writes to its "
                             "history (and SQLite to the -wal and -shm files beside it): fix its permissions")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(f"{where}: the folder {path.parent} is not writable; SQLite keeps its -wal and -shm "
                         "files there")


def _file_identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


# ---------------------------------------------------------------- PostgreSQL

_PG_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS gate_contacts (
        contact_id TEXT NOT NULL, debtor_id TEXT NOT NULL, channel TEXT NOT NULL, recipient_type TEXT NOT NULL,
        ts_ms BIGINT NOT NULL, local_day INTEGER NOT NULL, recipient_key TEXT,
        connected BOOLEAN NOT NULL DEFAULT FALSE, campaign_id TEXT, PRIMARY KEY (debtor_id, contact_id))""",
    "CREATE INDEX IF NOT EXISTS gate_contacts_by_debtor ON gate_contacts (debtor_id, ts_ms)",
    "CREATE INDEX IF NOT EXISTS gate_contacts_by_recipient ON gate_contacts (recipient_key, ts_ms)",
    """CREATE TABLE IF NOT EXISTS gate_events (
        id BIGSERIAL PRIMARY KEY, debtor_id TEXT NOT NULL, event TEXT NOT NULL, ts_ms BIGINT NOT NULL, channel TEXT)""",
    "CREATE INDEX IF NOT EXISTS gate_events_by_debtor ON gate_events (debtor_id, ts_ms)",
    "CREATE TABLE IF NOT EXISTS gate_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]
_PG_SCHEMA_LOCK = 0x6761746500   # advisory lock id for creating the schema: instances may start together
_PG_POOL_SIZE = 8


class PostgresStore(HistoryStore):
    """A small pool of connections; every session is one transaction on one of them."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// store needs psycopg: pip install 'collection-audit[postgres]'") from None
        self.url = _without_password(url)
        self._connect = lambda: psycopg.connect(url, autocommit=True)   # each session is an explicit transaction()
        self._errors = psycopg.Error
        self._pool: queue.LifoQueue = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(_PG_POOL_SIZE)
        try:
            with self._connection() as db, db.transaction():
                db.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_SCHEMA_LOCK,))
                _upgrade_postgres(db)
                for statement in _PG_SCHEMA:
                    db.execute(statement)
                db.execute("INSERT INTO gate_meta (key, value) VALUES ('schema_version', %s) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
                row = db.execute("SELECT value FROM gate_meta WHERE key = 'hash_key'").fetchone()
                self._key = _stored_key(row, lambda value: db.execute(
                    "INSERT INTO gate_meta (key, value) VALUES ('hash_key', %s)", (value,)))
        except psycopg.Error as exc:
            raise StoreError(f"{self.url}: cannot open the PostgreSQL history: {exc}") from exc

    @contextmanager
    def _connection(self) -> Iterator:
        with self._slots:
            try:
                db = self._pool.get_nowait()
            except queue.Empty:
                db = self._connect()
            try:
                yield db
            except BaseException:
                db.close()       # a connection in an unknown state is not handed out again
                raise
            self._pool.put(db)

    @contextmanager
    def session(self, debtor_id: str, *, lock: bool) -> Iterator[Session]:
        with self._connection() as db, db.transaction():
            if lock:
                # Transaction-scoped: released at commit or rollback, by any instance sharing the database.
                db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (debtor_id,))
            yield _PostgresSession(db, debtor_id)

    def add_event(self, event: StatusEvent) -> None:
        with self._connection() as db, db.transaction():
            db.execute("INSERT INTO gate_events (debtor_id, event, ts_ms, channel) VALUES (%s, %s, %s, %s)",
                       (event.debtor_id, event.event, event.ts_ms, event.channel))

    def set_outcome(self, contact_id: str, connected: bool, debtor_id: str | None = None) -> int:
        with self._connection() as db, db.transaction():
            where, ids = _contact_where(contact_id, debtor_id, "%s")
            matches = db.execute(f"SELECT count(*) FROM gate_contacts WHERE {where}", ids).fetchone()[0]
            if matches == 1:
                db.execute(f"UPDATE gate_contacts SET connected = %s WHERE {where}", (connected, *ids))
            return matches

    def ping(self) -> None:
        with self._connection() as db, db.transaction():
            if db.execute("SHOW transaction_read_only").fetchone()[0] != "off":   # e.g. a standby server
                raise StoreError("the PostgreSQL history is read-only")

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return

    def _hash_key(self) -> bytes:
        return self._key


class _PostgresSession(_SqlSession):
    _contacts, _events, _p = "gate_contacts", "gate_events", "%s"

    def add_contact(self, contact: Contact) -> bool:
        row = list(_contact_row(contact))
        row[7] = bool(contact.connected)      # BOOLEAN column
        cursor = self._db.execute(f"INSERT INTO gate_contacts ({_CONTACT_COLUMNS}) "
                                  "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (debtor_id, contact_id) DO NOTHING", row)
        return cursor.rowcount > 0


# ---------------------------------------------------------------- schema upgrades


def _upgrade_sqlite(db: sqlite3.Connection) -> None:
    """Bring a version-0 store (contacts keyed by contact_id alone) to the current schema, in the
    caller's transaction. SQLite cannot change a primary key in place: the table is copied."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    legacy = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'").fetchone()
    if version >= SCHEMA_VERSION or legacy is None:
        return
    db.execute("ALTER TABLE contacts RENAME TO contacts_v0")   # its index goes with it, and is dropped below
    db.execute(_SQLITE_CONTACTS)
    db.execute(f"INSERT INTO contacts ({_CONTACT_COLUMNS}) SELECT {_CONTACT_COLUMNS} FROM contacts_v0")
    db.execute("DROP TABLE contacts_v0")


def _upgrade_postgres(db) -> None:
    """Bring a version-0 store to the current schema, in the caller's transaction (under the schema lock)."""
    if db.execute("SELECT to_regclass('gate_contacts')").fetchone()[0] is None:
        return
    meta = db.execute("SELECT to_regclass('gate_meta')").fetchone()[0]
    row = db.execute("SELECT value FROM gate_meta WHERE key = 'schema_version'").fetchone() if meta else None
    if row is not None and int(row[0]) >= SCHEMA_VERSION:
        return
    db.execute("ALTER TABLE gate_contacts DROP CONSTRAINT gate_contacts_pkey, ADD PRIMARY KEY (debtor_id, contact_id)")


# ---------------------------------------------------------------- shared


def _contact_where(contact_id: str, debtor_id: str | None, placeholder: str) -> tuple[str, tuple]:
    if debtor_id is None:
        return f"contact_id = {placeholder}", (contact_id,)
    return f"contact_id = {placeholder} AND debtor_id = {placeholder}", (contact_id, debtor_id)


def _contact(row: tuple) -> Contact:
    contact_id, debtor_id, channel, recipient_type, ts_ms, local_day, recipient_key, connected, campaign_id = row
    return Contact(contact_id, debtor_id, channel, recipient_type, int(ts_ms), int(local_day), recipient_key,
                   bool(connected), campaign_id)


def _contact_row(c: Contact) -> tuple:
    return (c.contact_id, c.debtor_id, c.channel, c.recipient_type, c.ts_ms, c.local_day, c.recipient_key,
            int(bool(c.connected)), c.campaign_id)


def _stored_key(row: tuple | None, insert) -> bytes:
    """The store's hashing key: read it, or make one the first time (inside the schema transaction)."""
    if row is not None:
        return bytes.fromhex(row[0])
    value = secrets.token_hex(32)
    insert(value)
    return bytes.fromhex(value)


def _without_password(url: str) -> str:
    """The URL as it may appear in logs and errors."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    return f"{scheme}{sep}{credentials.split(':', 1)[0]}:***@{host}"
