"""audit.regex_cache: patterns built from the kept compiler output are the patterns re would compile."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, re, sys
from audit import regex_cache
regex_cache.install()
from re import _compiler
sources = [("(?P<who>[\u4e00-\u9fa5]{2,4})(?:先生|女士)", 0), ("(?i)[a-z]+\\d{3}", 0), ("上门|(?<!不)催收", re.I),
           (b"(?P<n>\\d+)", 0), ("^(a)(b)?$", re.M | re.S)]
texts = ["王小明先生在吗 ABC123 不催收 上门", "ab\nA", "12 34"]
out = []
for source, flags in sources:
    pattern = re.compile(source, flags)
    plain = regex_cache._state["original"](source, flags)
    out.append([pattern.flags == plain.flags, pattern.groups == plain.groups,
                dict(pattern.groupindex) == dict(plain.groupindex), pattern.pattern == plain.pattern])
    for text in texts:
        text = text.encode() if isinstance(source, bytes) else text
        out.append([m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)])
print(json.dumps({"same": out, "kept": len(regex_cache._state["entries"])}))
"""


def _run(cache: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_kept_patterns_match_as_compiled(tmp_path: Path) -> None:
    first = _run(tmp_path)      # compiles and keeps
    kept = list((tmp_path / "collection-audit").glob("regex-code-*.marshal"))
    assert len(kept) == 1
    second = _run(tmp_path)     # builds from the kept code
    assert second["kept"] >= 5
    for result in (first, second):
        assert all(all(row) if isinstance(row, list) else row for row in result["same"])


def test_damaged_file_or_entry_compiles_anew(tmp_path: Path) -> None:
    _run(tmp_path)
    (kept,) = (tmp_path / "collection-audit").glob("regex-code-*.marshal")
    entries = marshal.loads(kept.read_bytes())
    for key, (flags, code, *rest) in entries.items():     # code the engine refuses
        entries[key] = (flags, [999999] * len(code), *rest)
    kept.write_bytes(marshal.dumps(entries))
    assert all(all(row) if isinstance(row, list) else row for row in _run(tmp_path)["same"])
    kept.write_bytes(b"\x00not marshal")
    assert all(all(row) if isinstance(row, list) else row for row in _run(tmp_path)["same"])
