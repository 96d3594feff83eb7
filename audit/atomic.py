"""Atomic writes: an output file or report folder is either absent, the old one, or complete.

Files are written to a temporary name in the same folder and moved into place with `os.replace`
(atomic on one filesystem); only regular files (or paths not there yet) are replaced so: a device, a FIFO or
a link to one (`/dev/null`, `/dev/stdout`) is written in place, never swapped for a file. A report folder is built as a hidden sibling and renamed into place
only after its last file has landed, so a crash never leaves a half-written folder that looks done.

Temporary names carry the writer's process id (`.<name>.<pid>.<random>.tmp|.partial|.old`): a killed run
leaves them behind, and the next write into the same folder removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from audit.errors import AuditError

# what mkstemp/mkdtemp make of the prefixes and suffixes below: .<name>.<pid>.<8 random chars><suffix>
_LEFTOVER = re.compile(r"\..*\.(\d+)\.[a-z0-9_]{8}\.(?:tmp|partial|old)")
_cleaned_folders: set[Path] = set()


class OutputPathError(AuditError):
    """An output cannot be written where it was asked for (a file where a folder is expected, no permission)."""

    def __init__(self, path: Path, exc: OSError) -> None:
        if isinstance(exc, (FileExistsError, NotADirectoryError)) and exc.filename:
            reason = f"a file stands where a folder is expected ({exc.filename})"
        else:
            reason = str(exc.strerror or exc) + (f" ({exc.filename})" if exc.filename else "")
        super().__init__(f"{path}: cannot write the output there: {reason}")


@contextmanager
def naming_output(path: Path) -> Iterator[None]:
    """An OSError of the writer's own steps becomes an error naming the output path."""
    try:
        yield
    except OSError as exc:
        raise OutputPathError(path, exc) from None


def make_parent(path: str | Path) -> Path:
    """Create the folder `path` goes in (with its parents); an error names `path`. Commands call it before
    reading any input, so an unwritable output stops them at once."""
    path = Path(path)
    with naming_output(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def remove_stale_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files and folders of killed runs from `folder` (once per folder and process).

    Only names of our own making whose process no longer runs are removed; returns them.
    """
    folder = Path(folder)
    key = folder.resolve()
    if key in _cleaned_folders:
        return []
    _cleaned_folders.add(key)
    removed = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        match = _LEFTOVER.fullmatch(entry.name)
        if match and not _process_runs(int(match.group(1))):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _is_special(path: Path) -> bool:
    """True for an existing path (links followed) that is not a regular file or a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):     # someone else's process, or not a pid at all: leave it
        return True
    return True


@contextmanager
def atomic_file(path: str | Path, binary: bool = False) -> Iterator[IO]:
    """Yield a handle on a temporary file beside `path`; it replaces `path` only when the block succeeds.

    A `path` that exists and is not a regular file (a device, a FIFO, a link to one) is written in place."""
    path = Path(path)
    if _is_special(path):
        with naming_output(path):
            handle = open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"}))  # noqa: SIM115 -- only opening errors name the output
        with handle:
            yield handle
        return
    make_parent(path)
    with naming_output(path):
        remove_stale_leftovers(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with naming_output(path):
            os.chmod(tmp, 0o644)            # mkstemp makes it private; outputs are meant to be read
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """A text output that is stdout for '-', else an atomic file."""
    if str(path) == "-":
        yield sys.stdout
        return
    with atomic_file(path) as handle:
        yield handle


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file beside it."""
    with atomic_file(path, binary=True) as handle:
        handle.write(data)
    return Path(path)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(path, text.encode(encoding))


@contextmanager
def staged_folder(target: Path) -> Iterator[Path]:
    """Yield an empty hidden folder beside `target`; on success it replaces `target` in one rename.

    An existing `target` is moved aside first and deleted only once the new folder is in place;
    on any error the staged folder is removed and `target` is left as it was.
    """
    target = make_parent(target)
    with naming_output(target):
        remove_stale_leftovers(target.parent)
        staging = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".partial", dir=target.parent))
        staging.chmod(0o755)                # mkdtemp makes it private; a report folder is shared
    try:
        yield staging
        retired = None
        if target.exists():
            retired = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".old", dir=target.parent))
            os.replace(target, retired / target.name)
        try:
            os.replace(staging, target)
        except BaseException:
            if retired is not None:         # put the previous report back
                os.replace(retired / target.name, target)
            raise
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
