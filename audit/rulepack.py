"""Rule packs: YAML files in `lexicons/` holding rules as data.

Every rule, whatever its analyser, carries the same metadata (id, category, severity,
regulation, explanation) and examples that must and must not match. The analyser named
by the pack reads the remaining keys of each rule (terms, patterns, ...) and says which
keys it accepts, so a typo is an error at load time, never a rule that silently does nothing.

    pack: wording.threats
    analyzer: wording
    rules:
      - id: wording.threat.violence.harm
        category: threat.violence
        severity: critical
        regulation: 信用卡业务监督管理办法 第68条
        explanation: 以人身伤害相威胁，属于暴力催收。
        terms: [打断你的腿]
        examples:
          match: [再不还就打断你的腿]
          no_match: [我们不会上门]
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import marshal
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from audit.atomic import OutputPathError, write_bytes_atomic
from audit.errors import RulePackError
from audit.vocabulary import ANALYZERS, CATEGORIES, Severity

COMMON_KEYS = {"id", "category", "severity", "regulation", "explanation", "examples"}
PACK_KEYS = {"pack", "analyzer", "description", "defaults", "rules"}
NON_PACK_FOLDERS = frozenset({"policies", "profiles", "context", "data"})
CLASSES_FILE = "classes.yml"    # the word classes frame rules compose (audit.analysers.frames), beside its packs
# A named word class in a pattern ({kin}, {surname}): lower case and underscores, so never a quantifier ({2,4})
WORD_SLOT = re.compile(r"\{([a-z_]+)\}")
# libyaml's loader when installed: the pure-Python one takes ~0.4 s of start-up for the shipped packs
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def is_slot_name(name: object) -> bool:
    """Whether `name` may name a word class that patterns write as `{name}`."""
    return isinstance(name, str) and WORD_SLOT.fullmatch(f"{{{name}}}") is not None


def fill_word_slots(pattern: str, words: Mapping[str, str], missing: Callable[[str], RulePackError]) -> str:
    """`pattern` with each `{name}` replaced by the regex alternation `words` holds for it; a name `words` lacks
    raises `missing(name)`, the caller's error naming its file and rule."""
    def slot(match: re.Match) -> str:
        if match.group(1) not in words:
            raise missing(match.group(1))
        return words[match.group(1)]
    return WORD_SLOT.sub(slot, pattern)


class _UniqueKeyLoader(_BASE_LOADER):
    """YAML keeps the last of two equal keys; in a rule pack that silently drops a block of terms."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path, loader: type[yaml.SafeLoader] | None = None, *, shared: bool = False) -> object:
    """Parse a YAML data file (rule pack, policy, profile), refusing repeated keys and text that is not UTF-8;
    `loader`: a subclass of the unique-key loader with constructors of its own. `shared`: for a caller that only
    reads what it gets, the same object for the same text, parsed once a process (every analyser loads the whole
    lexicons folder to keep its own packs)."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise RulePackError(path, f"line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8") \
            from None
    if loader is not None:
        return yaml.load(text, Loader=loader)
    return (_parsed_once if shared else _parsed_cached)(Path(path), text)


@lru_cache(maxsize=256)
def _parsed_once(path: Path, text: str) -> object:
    return _parsed_cached(path, text)


def _parsed_cached(path: Path, text: str) -> object:
    """`text` parsed by the unique-key loader, kept in the user's cache folder as marshal data: building the
    Python objects of the shipped packs is most of their parse (~0.2 s of each start-up), and loading them back is
    ~0.01 s. The file is named by a hash of the text, of this module (the loader) and of the Python version (the
    marshal format); a text that does not parse, or whose objects marshal cannot write (a date), is not kept.
    Writing a new parse of a file removes the older parses of the same file."""
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(_loader_version())
    folder = cache_dir() / "parsed-yaml"
    name = hashlib.sha256(os.path.abspath(path).encode("utf-8")).hexdigest()[:12]     # not resolve(): 1 ms a file
    cached = folder / f"{name}-{digest.hexdigest()[:24]}.marshal"
    try:
        return marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):      # none yet, or damaged: parsed again
        pass
    data = yaml.load(text, Loader=_UniqueKeyLoader)
    try:
        folder.mkdir(exist_ok=True)
        payload = marshal.dumps(data)
    except (ValueError, OSError):
        return data         # not marshallable, or no cache folder: parsed again next time
    keep_cached(cached, payload, f"{name}-*.marshal")
    return data


@lru_cache(maxsize=1)
def _loader_version() -> bytes:
    return (sys.version + yaml.__version__).encode() + Path(__file__).read_bytes()


@dataclass(slots=True)
class Rule:
    id: str
    category: str
    severity: Severity
    regulation: str
    explanation: str
    analyzer: str
    pack: str
    path: str
    body: dict = field(default_factory=dict)          # analyser-specific keys
    match_examples: list[str] = field(default_factory=list)
    no_match_examples: list[str] = field(default_factory=list)


def load_pack(path: Path) -> list[Rule]:
    """Load one pack file; raise RulePackError naming file and rule on any problem."""
    if Path(path).name == CLASSES_FILE:
        raise RulePackError(path, "a classes file is no rule pack: test the frame packs beside it, which use it")
    try:
        data = read_yaml(path, shared=True)      # only read below: each rule is a new dict
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(path, f"cannot read YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RulePackError(path, "a rule pack is a mapping with 'pack', 'analyzer' and 'rules'")
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise RulePackError(path, f"unknown pack key(s): {', '.join(sorted(unknown))}")
    analyzer = data.get("analyzer")
    if analyzer not in ANALYZERS:
        raise RulePackError(path, f"'analyzer' must be one of {', '.join(ANALYZERS)}, got {analyzer!r}")
    pack = data.get("pack") or Path(path).stem
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise RulePackError(path, "'defaults' is a mapping of rule keys shared by every rule of the pack")
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        raise RulePackError(path, "'rules' must be a non-empty list")
    return [_parse_rule(path, pack, analyzer, {**defaults, **raw}) for raw in rules_data]


def _parse_rule(path: Path, pack: str, analyzer: str, raw: dict) -> Rule:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise RulePackError(path, f"every rule needs an 'id' (got {raw!r:.80})")
    rule_id = str(raw["id"])
    for key in ("category", "severity", "regulation", "explanation"):
        if not raw.get(key):
            raise RulePackError(path, f"missing '{key}'", rule_id)
        if not isinstance(raw[key], str):
            raise RulePackError(path, f"'{key}' must be text, got {_type_name(raw[key])}", rule_id)
    if raw["category"] not in CATEGORIES:
        raise RulePackError(path, f"unknown category {raw['category']!r} (see the contract's taxonomy)", rule_id)
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as exc:
        raise RulePackError(path, str(exc), rule_id) from None
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"match", "no_match"}:
        raise RulePackError(path, "'examples' takes 'match' and 'no_match' lists", rule_id)
    match, no_match = (_example_texts(path, rule_id, examples, kind) for kind in ("match", "no_match"))
    if not match:
        raise RulePackError(path, "a rule needs at least one 'match' example", rule_id)
    return Rule(
        id=rule_id, category=raw["category"], severity=severity, regulation=str(raw["regulation"]).strip(),
        explanation=str(raw["explanation"]).strip(), analyzer=analyzer, pack=pack, path=str(path),
        body={k: v for k, v in raw.items() if k not in COMMON_KEYS},
        match_examples=match, no_match_examples=no_match,
    )


def _example_texts(path: Path, rule_id: str, examples: dict, kind: str) -> list[str]:
    texts = examples.get(kind) or []
    if not isinstance(texts, list) or not all(isinstance(text, str) and text for text in texts):
        raise RulePackError(path, f"'examples.{kind}' must be a list of example texts, got {texts!r:.60}", rule_id)
    if (twice := repeated_entry(texts)) is not None:
        raise RulePackError(path, f"'examples.{kind}' holds {twice!r:.60} twice", rule_id)
    return texts


def repeated_entry(values: object) -> str | None:
    """The first text a list holds twice, or None (not a list, or no repeat): a word list is a set, and a repeat is a
    copy left behind by two edits."""
    if not isinstance(values, list):
        return None
    seen: set[str] = set()
    for value in values:
        if isinstance(value, str):
            if value in seen:
                return value
            seen.add(value)
    return None


def _type_name(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__)


def load_rules(paths: Iterable[Path], analyzer: str | None = None) -> list[Rule]:
    """Load every pack under the given files or folders (recursively), optionally for one analyser.

    Rule ids are unique across everything loaded.
    """
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for file in _pack_files(paths):
        for rule in load_pack(file):
            if analyzer and rule.analyzer != analyzer:
                continue
            if rule.id in seen:
                raise RulePackError(file, f"duplicate rule id (also in {seen[rule.id]})", rule.id)
            seen[rule.id] = rule.path
            rules.append(rule)
    return rules


def _pack_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in [*p.rglob("*.yml"), *p.rglob("*.yaml")] if _is_rule_pack(f, p)))
        elif p.exists():
            files.append(p)
        else:
            raise RulePackError(p, "no such file or folder")
    return files


def _is_rule_pack(path: Path, root: Path) -> bool:
    """Policies, profiles, shared context lists and word lists share lexicons/ but are not rule packs:
    they sit in folders of their own below `root`; a pack folder's word classes sit in its CLASSES_FILE.
    Only the parts below `root` count: a checkout inside a folder named `data` still has rule packs."""
    below_root = path.relative_to(root).parts[:-1]
    return not (NON_PACK_FOLDERS & set(below_root)) and path.name != CLASSES_FILE


def check_body_keys(rule: Rule, allowed: set[str]) -> None:
    """For analysers: reject keys they do not understand, and a word list that holds a text twice."""
    unknown = set(rule.body) - allowed
    if unknown:
        raise RulePackError(rule.path, f"unknown key(s) for a {rule.analyzer} rule: {', '.join(sorted(unknown))}", rule.id)
    for key, value in rule.body.items():
        if (twice := repeated_entry(value)) is not None:
            raise RulePackError(rule.path, f"'{key}' holds {twice!r:.60} twice", rule.id)


# --- regular expressions ----------------------------------------------------------------------------------------
#
# A rule's regex runs on every message, so a pattern whose backtracking can take time out of proportion to the
# text is refused at load time, by reading its parse tree (re._parser): Python's engine backtracks, and a linear
# engine (re2) lacks the lookarounds the shipped packs use, while a timeout would make findings depend on load.
# The test is conservative (it may refuse a harmless pattern, never accepts these shapes):
#   - inside a repeat, every choice must be decided by the next character: no alternatives that can start alike
#     ((a|aa)*), no optional or repeated part whose characters could also continue after it ((a+)+, (\w+\s?)*,
#     (a|ba?)*), no repeated part that can match nothing ((a?)*);
#   - an unbounded repeat is not followed, through optional parts only, by another unbounded repeat over the same
#     characters (\d+\d+, .*\s*.*): a cost of n^2 per starting position;
#   - no repeat bound over MAX_REPEAT_BOUND (a{4294967296} overflows the engine).
# Not refused (the shipped packs need it): an unbounded repeat a search can enter at every position of a long run of
# its own characters (\d+元 on 8,000 digits) costs the square of the run; `python -m benchmarks.cost_curve` shows it.

MAX_REPEAT_BOUND = 1000
_LONG_REPEAT = 100     # a repeat bound above this counts as unbounded

try:
    from re import _parser as _sre
except ImportError:  # Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]


class PatternMemo:
    """What was learnt about rule patterns in earlier runs, kept in the user's cache folder: start-up then skips
    parsing and judging again the hundreds of patterns of the shipped packs, which change far less often than
    they are loaded. Entries are keyed by a pattern's source (and whatever else its analysis depends on), in a
    file named by a hash of the code that analyses them (`code`) and of the Python version: changed code starts
    an empty file (and the files of other versions are removed when it is written), a changed pattern is a new
    key. Only what passed is kept: a pattern that fails is judged, and refused, every time. New entries are
    written when the process ends (to a temporary file, then renamed)."""

    def __init__(self, name: str, code: Iterable[Path]) -> None:
        digest = hashlib.sha256(sys.version.encode())
        for path in code:
            digest.update(Path(path).read_bytes())
        self.name = name
        self.path = cache_dir() / f"{name}-{digest.hexdigest()[:16]}.json"
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):       # none yet, or damaged: learnt again
            entries = None
        self._entries: dict[str, Any] = entries if isinstance(entries, dict) else {}
        self._added = False
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        return self._entries.get(key)

    def put(self, key: str, value: Any) -> None:
        """Keep a JSON value for the key; it is written when the process ends."""
        with self._lock:
            if not self._added:
                atexit.register(self.save)
            self._entries[key] = value
            self._added = True

    def save(self) -> None:
        with self._lock:
            if not self._added:
                return
            self._added = False
            text = json.dumps(self._entries, ensure_ascii=False)
        # the files of other code: what older code learnt (no writable cache folder: the next start judges again)
        keep_cached(self.path, text.encode("utf-8"), f"{self.name}-*.json")


def cache_dir() -> Path:
    """The user's cache folder (XDG), made private to the user. What it holds is loaded as trusted data (the pinyin
    automaton is a pickle, parsed YAML is marshal data, the pattern memo vouches for regexes already judged safe), so
    a folder another user can write is never read: where it cannot be created or is not the user's alone, a private
    folder made for this process stands in (removed at exit) and the next run builds again."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "collection-audit"
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _writable_by_owner_alone(base):
            return base
    except OSError:
        pass
    return _process_cache_dir()


def _writable_by_owner_alone(folder: Path) -> bool:
    """Whether `folder` belongs to this user and no group or other user may write it (always so where the platform
    has no owners)."""
    if not hasattr(os, "getuid"):
        return True
    status = folder.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


@lru_cache(maxsize=1)
def _process_cache_dir() -> Path:
    """A cache folder of this process alone (mode 0700 by `mkdtemp`), removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="collection-audit-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def keep_cached(path: Path, data: bytes, family: str, kept: int = 1) -> bool:
    """Write `data` to `path` in the cache folder (through a temporary file) and remove the other files of its
    `family` (a glob beside it: what older code, older rules or an older text left) but the `kept` - 1 used last, by
    modification time. False, and nothing removed, where the folder is not writable: the next run builds again."""
    try:
        write_bytes_atomic(path, data)
    except (OSError, OutputPathError):
        return False
    others = []
    for other in path.parent.glob(family):
        if other != path:
            with contextlib.suppress(OSError):
                others.append((other.stat().st_mtime, other))
    for _, stale in sorted(others, reverse=True)[kept - 1:]:
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
    return True


@lru_cache(maxsize=1)
def _checked_patterns() -> PatternMemo:
    """The patterns `compile_pattern` accepted in earlier runs (by flags and source)."""
    return PatternMemo("checked-patterns", [Path(__file__)])


def compile_pattern(rule: Rule, source: object, key: str = "patterns", flags: int = re.IGNORECASE) -> tuple[
        re.Pattern[str], Any]:
    """A rule's regex compiled, with its parse tree; RulePackError naming file, rule and key when it does not
    compile or could backtrack for time out of proportion to the text. A pattern accepted in an earlier run
    (`PatternMemo`) is compiled without being judged again, and comes without its parse tree (None)."""
    if not isinstance(source, str) or not source:
        raise RulePackError(rule.path, f"'{key}' holds {source!r:.60}: a pattern is a non-empty string", rule.id)
    checked, memo_key = _checked_patterns(), f"{flags}:{source}"
    if checked.get(memo_key):
        return re.compile(source, flags), None
    try:
        tree = _sre.parse(source, flags)
        pattern = re.compile(source, flags)
        problem = _Backtracking(flags).problem(tree)
    except (re.error, OverflowError, RecursionError) as exc:
        raise RulePackError(rule.path, f"'{key}': pattern {source!r} does not compile: {exc}", rule.id) from None
    if problem:
        raise RulePackError(rule.path, f"'{key}': pattern {source!r} {problem}", rule.id)
    checked.put(memo_key, True)
    return pattern, tree


# Where a pattern's matches may start (`match_start`). The regex engine tries a pattern that opens with ^ at every
# position of a text all the same, and a bare $ too: such a pattern is tried where it can match alone.
ANYWHERE, AT_START, AT_END = range(3)


def match_start(pattern: re.Pattern[str]) -> int:
    """AT_START when every match of the pattern starts at the text's start (it opens with ^, not MULTILINE, or \\A,
    outside any alternation); AT_END when it is only an end anchor ($ or \\Z); ANYWHERE otherwise."""
    if not pattern.pattern.startswith(("^", "\\A", "$", "\\Z")):
        return ANYWHERE     # most patterns: not parsed (a wording rule's is judged at its first run)
    items = _sre.parse(pattern.pattern, pattern.flags).data
    first = items[0] if items else None
    if first == (_sre.AT, _sre.AT_BEGINNING_STRING) or (
            first == (_sre.AT, _sre.AT_BEGINNING) and not pattern.flags & re.MULTILINE):
        return AT_START
    if len(items) == 1 and first in ((_sre.AT, _sre.AT_END), (_sre.AT, _sre.AT_END_STRING)):
        return AT_END
    return ANYWHERE


def match_spans(pattern: re.Pattern[str], start: int, text: str) -> list[tuple[int, int]]:
    """The spans of the pattern's matches in `text`, as `finditer` finds them, for a pattern whose matches may start as
    `start` (`match_start`) says: one `match` for AT_START, a search from the last character for AT_END. The iterator
    starts at the first match a search finds: most patterns find none in most texts, and no match starts before it
    (where a scan begins changes no match: ^, \\A and lookbehinds see the text before it)."""
    if start == AT_START:
        match = pattern.match(text)
        return [match.span()] if match else []
    first = pattern.search(text, len(text) - 1 if start == AT_END else 0)    # a negative position reads as 0
    if first is None:
        return []
    return [match.span() for match in pattern.finditer(text, first.start())]


@dataclass(frozen=True, slots=True)
class _Chars:
    """A set of characters, as literals and regex character classes (for overlap tests)."""

    literals: frozenset[str] = frozenset()
    classes: tuple[str, ...] = ()

    def __or__(self, other: _Chars) -> _Chars:
        if not other or self is other:
            return self
        if not self:
            return other
        return _Chars(self.literals | other.literals, tuple(dict.fromkeys(self.classes + other.classes)))

    def __bool__(self) -> bool:
        return bool(self.literals or self.classes)


_NOTHING = _Chars()
_ANY = _Chars(classes=("(?s:.)",))
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


class _Backtracking:
    """The first reason a parsed pattern could backtrack for time out of proportion to the text, if any."""

    def __init__(self, flags: int) -> None:
        self._flags = flags
        self._ignore_case = bool(flags & re.IGNORECASE)
        self._firsts: dict[int, tuple[_Chars, bool, _Chars]] = {}    # by id of a parsed sequence of the tree
        self._repeating: dict[int, bool] = {}

    def problem(self, tree: Any) -> str | None:
        try:
            self._sequence(tree, (_NOTHING, _NOTHING), in_repeat=False)
        except _Refused as refused:
            return str(refused)
        return None

    # first(node): the characters a match of it can start with, whether it can match nothing, and the characters
    # an unbounded repeat at its start can consume
    def _first(self, items: Any) -> tuple[_Chars, bool, _Chars]:
        known = self._firsts.get(id(items))
        if known is None:
            known = self._firsts[id(items)] = self._first_uncached(items)
        return known

    def _first_uncached(self, items: Any) -> tuple[_Chars, bool, _Chars]:
        chars, loops = _NOTHING, _NOTHING
        for op, av in _items(items):
            first, nullable, loop = self._first_of(op, av)
            chars, loops = chars | first, loops | loop
            if not nullable:
                return chars, False, loops
        return chars, True, loops

    def _first_of(self, op: Any, av: Any) -> tuple[_Chars, bool, _Chars]:
        if op is _sre.LITERAL:
            return self._literal(av), False, _NOTHING
        if op in (_sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            return self._class(op, av), False, _NOTHING
        if op is _sre.SUBPATTERN:
            return self._first(av[-1])
        if op is _sre.ATOMIC_GROUP:
            return self._first(av)
        if op is _sre.BRANCH:
            firsts = [self._first(branch) for branch in av[1]]
            chars, loops = _NOTHING, _NOTHING
            for first, _, loop in firsts:
                chars, loops = chars | first, loops | loop
            return chars, any(nullable for _, nullable, _ in firsts), loops
        if op in _REPEATS:
            low, high, body = av
            first, nullable, loop = self._first(body)
            return first, nullable or low == 0, loop | first if _unbounded(high) else loop
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return _NOTHING, True, _NOTHING
        return _ANY, True, _ANY        # back-references and conditionals: anything

    def _sequence(self, items: Any, follow: tuple[_Chars, _Chars], in_repeat: bool) -> None:
        """Check each item of a sequence, given what can follow the sequence (characters, unbounded repeats)."""
        items = _items(items)
        judged = [in_repeat or self._repeating_item(op, av) for op, av in items]
        if not any(judged):
            return          # outside a repeat and none inside: no choice to judge, no bound to check
        after = follow
        for i in range(len(judged) - 1, judged.index(True) - 1, -1):
            op, av = items[i]
            if judged[i]:
                self._item(op, av, after, in_repeat)
            first, nullable, loop = self._first_of(op, av)
            after = (first | after[0], loop | after[1]) if nullable else (first, loop)

    def _has_repeat(self, items: Any) -> bool:
        known = self._repeating.get(id(items))
        if known is None:
            known = self._repeating[id(items)] = any(self._repeating_item(op, av) for op, av in _items(items))
        return known

    def _repeating_item(self, op: Any, av: Any) -> bool:
        """Whether an item holds a repeat (or optional part) anywhere inside."""
        if op in _REPEATS:
            return True
        if op is _sre.SUBPATTERN:
            return self._has_repeat(av[-1])
        if op is _sre.ATOMIC_GROUP:
            return self._has_repeat(av)
        if op is _sre.BRANCH:
            return any(self._has_repeat(branch) for branch in av[1])
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            return self._has_repeat(av[1])
        return op is _sre.GROUPREF_EXISTS

    def _item(self, op: Any, av: Any, follow: tuple[_Chars, _Chars], in_repeat: bool) -> None:
        if op is _sre.SUBPATTERN:
            self._sequence(av[-1], follow, in_repeat)
        elif op is _sre.ATOMIC_GROUP:
            self._sequence(av, follow, in_repeat)
        elif op is _sre.BRANCH:
            self._branch(av[1], follow, in_repeat)
        elif op in _REPEATS:
            self._repeat(*av, follow=follow, in_repeat=in_repeat)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            self._sequence(av[1], (_NOTHING, _NOTHING), in_repeat=False)
        elif op is _sre.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    self._sequence(branch, follow, in_repeat)

    def _branch(self, branches: list, follow: tuple[_Chars, _Chars], in_repeat: bool) -> None:
        if in_repeat:
            seen = _NOTHING
            for branch in branches:
                first, nullable, _ = self._first(branch)
                starts = first | follow[0] if nullable else first
                if self._overlap(seen, starts):
                    raise _Refused("has alternatives that can start alike inside a repeat ((a|aa)*): matching can "
                                   "take exponential time; make each alternative start differently")
                seen = seen | starts
        for branch in branches:
            self._sequence(branch, follow, in_repeat)

    def _repeat(self, low: int, high: int, body: Any, follow: tuple[_Chars, _Chars], in_repeat: bool) -> None:
        bound = high if high != _sre.MAXREPEAT else low
        if bound > MAX_REPEAT_BOUND:
            raise _Refused(f"repeats a part up to {bound} times (at most {MAX_REPEAT_BOUND})")
        first, nullable, _ = self._first(body)
        repeats = high >= 2
        if repeats and nullable:
            raise _Refused("repeats a part that can match nothing ((a?)*, (a*)+)")
        if in_repeat and low < high and self._overlap(first, follow[0]):
            raise _Refused("has a repeated or optional part inside a repeat whose characters could also come after "
                           "it ((a+)+, (\\w+\\s?)*, (a|ba?)*): matching can take exponential time")
        if _unbounded(high) and self._overlap(first, follow[1]):
            raise _Refused("has an unbounded repeat followed by another over the same characters (\\d+\\d+, "
                           ".*\\s*.*): matching can take time growing with the square of the text per position")
        inner = (first | follow[0], first | follow[1] if _unbounded(high) else follow[1]) if repeats else follow
        self._sequence(body, inner, in_repeat or repeats)

    def _literal(self, code: int) -> _Chars:
        return _literal_chars(code, self._ignore_case)

    @staticmethod
    def _class(op: Any, av: Any) -> _Chars:
        if op is _sre.ANY:
            return _ANY
        if op is _sre.NOT_LITERAL:
            return _Chars(classes=(f"[^{_escape(av)}]",))
        parts = []
        for kind, value in av:
            if kind is _sre.NEGATE:
                parts.insert(0, "^")
            elif kind is _sre.LITERAL:
                parts.append(_escape(value))
            elif kind is _sre.RANGE:
                parts.append(f"{_escape(value[0])}-{_escape(value[1])}")
            elif kind is _sre.CATEGORY and str(value) in _CATEGORIES:
                parts.append(_CATEGORIES[str(value)])
            else:
                return _ANY
        return _Chars(classes=(f"[{''.join(parts)}]",))

    def _overlap(self, a: _Chars, b: _Chars) -> bool:
        """Whether two character sets share a character (classes are tried on every character of the Basic
        Multilingual Plane and a few beyond)."""
        if a.literals & b.literals:
            return True
        flags = self._flags & re.IGNORECASE
        if a.classes and b.literals and _matcher("|".join(a.classes), flags).search("".join(b.literals)):
            return True
        if b.classes and a.literals and _matcher("|".join(b.classes), flags).search("".join(a.literals)):
            return True
        return bool(a.classes and b.classes and _matcher(
            f"(?=(?:{'|'.join(a.classes)}))(?:{'|'.join(b.classes)})", flags).search(_probe()))


class _Refused(Exception):
    """Why a pattern is refused (caught in _Backtracking.problem)."""


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _items(sequence: Any) -> list:
    """The items of a parsed sequence, as a plain list (a SubPattern's indexing is slow)."""
    return getattr(sequence, "data", sequence)


def _unbounded(high: int) -> bool:
    return high == _sre.MAXREPEAT or high > _LONG_REPEAT


def _escape(code: int) -> str:
    return f"\\U{code:08x}"


@lru_cache(maxsize=4096)
def _literal_chars(code: int, ignore_case: bool) -> _Chars:
    char = chr(code)
    return _Chars(frozenset(c for c in (char, char.lower(), char.upper()) if len(c) == 1) if ignore_case else {char})


@lru_cache(maxsize=1024)
def _matcher(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@lru_cache(maxsize=1)
def _probe() -> str:
    """Every character of the Basic Multilingual Plane, and samples of the planes beyond."""
    return "".join(map(chr, range(0x10000))) + "".join(map(chr, (0x10000, 0x1F600, 0x20000, 0xE0001, 0x10FFFF)))
