"""Headless Chromium, to look at a report as an officer would: render it, dump the DOM, screenshot it.

Used by the rendering test and by `python -m benchmarks.screenshot_report`. Chromium runs with a
throw-away profile and every background network feature off; the report itself allows no network.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser")
QUIET_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars")
TIMEOUT_S = 90


@dataclass(frozen=True)
class Rendered:
    dom: str                 # the DOM after the page's scripts ran
    console: list[str]       # console messages and page errors Chromium logged


def find_chromium() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def _run(args: list[str]) -> subprocess.CompletedProcess:
    chromium = find_chromium()
    if chromium is None:
        raise FileNotFoundError("chromium is not installed (Debian package: chromium)")
    with tempfile.TemporaryDirectory(prefix="audit-chromium-") as profile:
        return subprocess.run([chromium, *QUIET_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def render_page(page: Path) -> Rendered:
    """Load `page` and return its DOM after scripts ran, with what the console said."""
    done = _run(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
                 Path(page).resolve().as_uri()])
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line
               or "Refused to" in line]
    return Rendered(done.stdout, console)


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 4000) -> Path:
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    _run([f"--window-size={width},{height}", f"--screenshot={png}", Path(page).resolve().as_uri()])
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot for {page}")
    return png
