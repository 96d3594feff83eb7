"""Message templates (contract section 3a): the registry of approved templates and what "conforms" means.

The registry (YAML list, or CSV with the same columns) is validated strictly at load: every problem is a
`TemplateRegistryError` naming file, entry and field. Each template is prepared once for matching:

- texts are compared on a *canonical form*: NFKC per character (full-width ，？１ become ,?1), the CJK
  punctuation that has no half-width twin in NFKC folded to its ASCII look-alike (。、“”「」【】 ...),
  whitespace dropped; an index maps every canonical character back to the original one, so findings
  carry offsets into the text as sent. Differences of whitespace and punctuation width are thereby
  not drift; any other difference (a word, a 。 removed, traditional characters) is;
- the template's literal pieces, in canonical form, are looked for in order (str.find, linear in the text);
  a text matches when it is exactly the literals with *something* in each slot, and
  conforms when each slot's value (taken from the text, and from `template_vars` when given) also
  matches its type's pattern. The value check is separate from the match, so a filled-in template
  with an unmasked name in a `masked_name` slot is told apart from edited wording;
- a text that does not match gets a word-level diff (jieba tokens) against the template, placeholders
  standing for whatever was filled in.

Registry entries may carry `examples: {match: [...], no_match: [...]}` (texts that must conform / must
not); `audit templates check` runs them.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from audit.errors import AuditError
from audit.masking import mask_digits, mask_evidence, mask_name
from audit.policy import TEMPLATE_CHANNELS
from audit.rulepack import _UniqueKeyLoader, read_yaml

ENTRY_KEYS = {"template_id", "channel", "stages", "text", "approved_at", "retired_at", "placeholders", "examples"}
REQUIRED_KEYS = ("template_id", "channel", "stages", "text", "approved_at")

# What a filled-in value of each type looks like, in canonical form (NFKC, no whitespace).
PLACEHOLDER_TYPES: dict[str, str] = {
    # 1200, 1,200.50, ¥1200, 人民币1200元, 1.2万元
    "amount": r"(?:¥|人民币|RMB)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?万?元?",
    # 2026-10-15, 2026/10/15, 2026年10月15日, 10月15日, 10/15; a clock time may follow (18:00)
    "date": r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[-/]\d{1,2})(?:\d{1,2}:\d{2})?",
    "days": r"\d{1,5}",
    # a surname kept and the rest masked (张*, 欧阳**, 张*明, 张某), or a surname with an honorific (张先生)
    "masked_name": r"[\u3400-\u9fff]{1,2}(?:\*{1,3}|某{1,2}|先生|女士)|[\u3400-\u9fff]\*{1,2}[\u3400-\u9fff]",
    # 138****5678, ****5678, 6222********1234, 1380013**** (x for *), or the last four digits alone
    "masked_number": r"(?:尾号)?(?:\d{0,7}(?:\*{2,}|[xX]{2,})\d{0,4}|\d{4})",
    "phone": r"(?:\+?86-?)?(?:(?:400|800)-?\d{3}-?\d{4}|95\d{3,4}|\(?0\d{2,3}\)?-?\d{7,8}|1[3-9]\d{9})",
    "url": r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~%/?#=&+-]*)?",
    "text": r".{1,80}",      # free text, up to 80 characters (whitespace is already gone)
}
TYPE_LABELS = {"amount": "金额", "date": "日期", "days": "天数", "masked_name": "已脱敏姓名",
               "masked_number": "已脱敏号码", "phone": "电话", "text": "文字", "url": "网址"}
_TYPE_RES = {name: re.compile(pattern) for name, pattern in PLACEHOLDER_TYPES.items()}
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_SHOWN = 8    # differences a drift finding's evidence lists


class TemplateRegistryError(AuditError):
    """The registry is invalid: names the file, the entry and the field."""

    def __init__(self, path: str | Path, entry: str | None, key: str | None, reason: str) -> None:
        self.path, self.entry, self.key, self.reason = str(path), entry, key, reason
        where = self.path + (f" entry {entry}" if entry else "") + (f" field '{key}'" if key else "")
        super().__init__(f"{where}: {reason}")


# ---------------------------------------------------------------- canonical form

_FOLDS = {"。": ".", "、": ",", "“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "‘": "'", "’": "'",
          "【": "[", "】": "]", "〔": "(", "〕": ")", "《": "<", "》": ">", "〈": "<", "〉": ">", "×": "*"}


class _CanonTable(dict):
    """A str.translate table filled on first sight of each character: its canonical characters ('' dropped)."""

    def __missing__(self, code: int) -> str:
        text = "".join(_FOLDS.get(c, c) for c in unicodedata.normalize("NFKC", chr(code)))
        # whitespace and invisible format characters (zero-width space, BOM, bidi marks) are no difference
        self[code] = "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
        return self[code]


class _OneToOne(dict):
    """chr(1) where a character has exactly one canonical character, chr(0) otherwise."""

    def __missing__(self, code: int) -> str:
        self[code] = "\x01" if len(_CANON[code]) == 1 else "\x00"
        return self[code]


_CANON = _CanonTable()
_ONE_TO_ONE = _OneToOne()


@dataclass(frozen=True, slots=True)
class Canonical:
    """The canonical form of a text and the original index of each of its characters."""

    text: str
    original: str
    index: range | list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span the canonical span [start, end) was read from (empty spans stay empty)."""
        if start >= end:
            at = self.index[start] if start < len(self.index) else len(self.original)
            return at, at
        return self.index[start], self.index[end - 1] + 1


def canonical(text: str) -> Canonical:
    view = text.translate(_CANON)
    if len(view) == len(text) and "\x00" not in text.translate(_ONE_TO_ONE):
        return Canonical(view, text, range(len(text)))
    return Canonical(view, text, [i for i, char in enumerate(text) for _ in _CANON[ord(char)]])


def canonical_value(value: object) -> str:
    return str(value).translate(_CANON)


# ---------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    type: str
    pattern: re.Pattern[str]

    def accepts(self, value: object) -> bool:
        return self.pattern.fullmatch(canonical_value(value)) is not None

    def masked(self, value: object) -> str:
        """A value as evidence may show it: names keep the surname, numbers their last four digits."""
        text = str(value)
        if self.type == "masked_name":
            return mask_name(text)
        if self.type in ("masked_number", "phone"):
            return mask_digits(text)
        return mask_evidence(text)


@dataclass(frozen=True, slots=True)
class Slot:
    """One filled-in placeholder found in a text: its value as sent and where it is."""

    name: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class WrongValue:
    """A placeholder filled with a value of the wrong kind (or one that disagrees with `template_vars`)."""

    placeholder: Placeholder
    value: str
    start: int | None     # where in the text, when the value came from the text
    end: int | None
    declared: str | None = None    # the template_vars value, when it differs from the text's

    def describe(self) -> str:
        label = f"占位符 {{{self.placeholder.name}}}（{TYPE_LABELS[self.placeholder.type]}）"
        if self.declared is not None:
            return (f"{label}文中为「{self.placeholder.masked(self.value)}」，"
                    f"template_vars 为「{self.placeholder.masked(self.declared)}」")
        if self.placeholder.type in ("masked_name", "masked_number"):
            return f"{label}填入了未脱敏的值「{self.placeholder.masked(self.value)}」（证据中已遮蔽）"
        return f"{label}填入的值不符合类型：「{self.placeholder.masked(self.value)}」"


@dataclass(frozen=True, slots=True)
class Change:
    """One word-level difference between the template and a text (offsets into the text as sent)."""

    kind: str         # "added", "removed", "changed"
    expected: str     # template side (placeholders as {name}); "" for added
    actual: str       # text side; "" for removed
    start: int
    end: int

    def describe(self) -> str:
        if self.kind == "added":
            return f"新增「{_clip(self.actual)}」"
        if self.kind == "removed":
            return f"删除「{_clip(self.expected)}」"
        return f"改动「{_clip(self.expected)}」→「{_clip(self.actual)}」"


def _clip(text: str, limit: int = 40) -> str:
    """A long stretch as evidence: its start and end (the offsets of the finding cover all of it)."""
    return text if len(text) <= limit else f"{text[:limit // 2]}…{text[-limit // 2:]}"


@dataclass(frozen=True, slots=True)
class Conformance:
    """How a text stands against its template."""

    slots: tuple[Slot, ...]              # values recovered from the text (empty when the text does not match)
    changes: tuple[Change, ...]          # word-level differences (empty when the text matches)
    wrong_values: tuple[WrongValue, ...]

    @property
    def conforms(self) -> bool:
        return not self.changes and not self.wrong_values

    def span(self) -> tuple[int, int] | None:
        """The stretch of the text the drift shows in."""
        spans = [(c.start, c.end) for c in self.changes] + [
            (w.start, w.end) for w in self.wrong_values if w.start is not None and w.end is not None]
        return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None

    def evidence(self) -> str:
        """What differs, masked: the word-level changes, then the values of the wrong kind."""
        parts = [c.describe() for c in self.changes] + [w.describe() for w in self.wrong_values]
        if len(parts) > MAX_SHOWN:
            parts = [*parts[:MAX_SHOWN], f"另有{len(parts) - MAX_SHOWN}处"]
        return mask_evidence("；".join(parts))


@dataclass(frozen=True)
class Template:
    template_id: str
    channels: tuple[str, ...]             # `channel` in the registry: one, or a list
    stages: tuple[str, ...]
    text: str
    approved_at: date
    retired_at: date | None
    placeholders: Mapping[str, Placeholder]
    slot_names: tuple[str, ...]           # placeholders in order of appearance in the text
    literals: tuple[str, ...]             # canonical text between them (one more than slots)
    match_examples: tuple[str, ...] = ()
    no_match_examples: tuple[str, ...] = ()

    def usable_on(self, day: date) -> bool:
        """Approved on `day` (local send date): from approved_at up to, not including, retired_at."""
        return self.approved_at <= day and (self.retired_at is None or day < self.retired_at)

    def render(self, values: Mapping[str, object]) -> str:
        """The template filled in (placeholders without a value stay as {name})."""
        return _SLOT.sub(lambda m: str(values.get(m.group(1), m.group())), self.text)

    def check(self, text: str, template_vars: Mapping[str, object] | None = None) -> Conformance:
        """Match `text` against the template and judge each placeholder's value by its type."""
        view = canonical(text)
        found = self._locate(view.text)
        declared = template_vars or {}
        if found is None:
            changes, aligned = self._diff(view, declared)
            wrong = [WrongValue(self.placeholders[name], str(declared[name]), None, None)
                     for name in self.slot_names if name in declared and not self.placeholders[name].accepts(declared[name])]
            wrong += self._wrong_values(aligned, {})    # values the diff lined up with a placeholder
            return Conformance((), tuple(changes), _unique(tuple(wrong)))
        slots = []
        for (first, last), name in zip(found, self.slot_names):
            start, end = view.to_original(first, last)
            slots.append(Slot(name, text[start:end], start, end))
        return Conformance(tuple(slots), (), _unique(tuple(self._wrong_values(slots, declared))))

    def _locate(self, text: str) -> list[tuple[int, int]] | None:
        """Where each placeholder's value is in `text` (canonical), when `text` is the literals in order with
        something between each two; None otherwise. Each literal is taken at its first place after the one before
        (which decides whether any placement exists, in time linear in the text: a regex of lazy groups could
        backtrack for ever on a text of repeated literals), so the last value takes the rest."""
        head, *middle, tail = self.literals if self.slot_names else (self.literals[0], "")
        if not self.slot_names:
            return [] if text == head else None
        if not text.startswith(head) or len(text) < len(head) + len(tail) + len(self.slot_names):
            return None
        spans, at, stop = [], len(head), len(text) - len(tail)
        for literal in middle:
            found = text.find(literal, at + 1, stop - 1)    # each value holds at least one character
            if found < 0:
                return None
            spans.append((at, found))
            at = found + len(literal)
        if at >= stop or not text.endswith(tail):
            return None
        spans.append((at, stop))
        return spans

    def _wrong_values(self, slots: list[Slot], declared: Mapping[str, object]) -> Iterable[WrongValue]:
        first: dict[str, Slot] = {}
        for slot in slots:
            placeholder = self.placeholders[slot.name]
            if not placeholder.accepts(slot.value):
                yield WrongValue(placeholder, slot.value, slot.start, slot.end)
            elif slot.name in first and not _same_value(placeholder, first[slot.name].value, slot.value):
                yield WrongValue(placeholder, slot.value, slot.start, slot.end, first[slot.name].value)
            elif slot.name in declared and not _same_value(placeholder, declared[slot.name], slot.value):
                yield WrongValue(placeholder, slot.value, slot.start, slot.end, str(declared[slot.name]))
            first.setdefault(slot.name, slot)

    def _diff(self, view: Canonical, declared: Mapping[str, object]) -> tuple[list[Change], list[Slot]]:
        """Word-level changes from the template (filled with the declared values) to the text, and the values the
        alignment puts in placeholders without a declared value."""
        expected: list[str] = []        # tokens; a placeholder without a value is one token "\x00name"
        shown: list[str] = []           # each token as the template writes it (full-width ，, spaces)
        for piece, name in zip(_SLOT.split(self.text)[::2], (*self.slot_names, None)):
            view_of_piece, at = canonical(piece), 0
            for word in _words(view_of_piece.text):
                start, end = view_of_piece.to_original(at, at + len(word))
                expected.append(word)
                shown.append(piece[start:end])
                at += len(word)
            if name is not None:
                words = _words(canonical_value(declared[name])) if name in declared else [f"\x00{name}"]
                expected.extend(words)
                shown.extend(words if name in declared else [f"{{{name}}}"])
        actual = _words(view.text)
        offsets = [0]
        for token in actual:
            offsets.append(offsets[-1] + len(token))
        changes, slots = [], []
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, expected, actual, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            filled = _filled_slot(expected[i1:i2], "".join(actual[j1:j2])) if tag == "replace" else None
            if filled:     # a placeholder took this value: no change of wording (its kind is judged apart)
                name, first, last = filled
                start, end = view.to_original(offsets[j1] + first, offsets[j1] + last)
                slots.append(Slot(name, view.original[start:end], start, end))
                continue
            start, end = view.to_original(offsets[j1], offsets[j2])
            kind = {"insert": "added", "delete": "removed", "replace": "changed"}[tag]
            changes.append(Change(kind, "".join(shown[i1:i2]), view.original[start:end] if kind != "removed" else "",
                                  start, end))
        return changes, slots


def _filled_slot(expected: list[str], actual: str) -> tuple[str, int, int] | None:
    """When template tokens around one placeholder were matched by a value with the same words around it (the
    tokeniser may glue a value to its neighbour: 10月20日 + 前 reads 10月20日前): the placeholder's name and
    where its value is in `actual`."""
    slots = [i for i, t in enumerate(expected) if t.startswith("\x00")]
    if len(slots) != 1:
        return None
    before, after = "".join(expected[:slots[0]]), "".join(expected[slots[0] + 1:])
    if len(actual) > len(before) + len(after) and actual.startswith(before) and actual.endswith(after):
        return expected[slots[0]][1:], len(before), len(actual) - len(after)
    return None


def _unique(values: tuple[WrongValue, ...]) -> tuple[WrongValue, ...]:
    """One report per placeholder: the first wrong value it took."""
    seen: set[str] = set()
    return tuple(v for v in values if not (v.placeholder.name in seen or seen.add(v.placeholder.name)))


def _same_value(placeholder: Placeholder, declared: object, found: str) -> bool:
    """A declared value and the text's agree when their canonical forms do; dates when they name the same day
    (2026-10-15 and 10月15日: a year only when both give one), numbers when their values are equal."""
    a, b = canonical_value(declared), canonical_value(found)
    if a == b:
        return True
    if placeholder.type == "date":
        x, y = ([int(n) for n in re.findall(r"\d+", re.sub(r"\d{1,2}:\d{2}$", "", v))] for v in (a, b))
        return len(x) >= 2 and len(y) >= 2 and x[-2:] == y[-2:] and (len(x) < 3 or len(y) < 3 or x[-3] == y[-3])
    try:
        return float(a.lstrip("¥").replace(",", "")) == float(b.lstrip("¥").replace(",", ""))
    except ValueError:
        return False


# Runs of URL, number and phone characters are one token each (jieba would cut a URL at every dot); a full stop
# or comma ending such a run is punctuation, not part of it.
_ASCII_RUN = re.compile(r"[A-Za-z0-9:/_~%?#=&+@¥*-]+(?:[.,][A-Za-z0-9:/_~%?#=&+@¥*-]+)*")


@lru_cache(maxsize=4096)
def _literal_words(text: str) -> tuple[str, ...]:
    import jieba  # on the first drift only: its dictionary takes ~0.5 s to load

    jieba.setLogLevel(logging.WARNING)     # its dictionary-loading chatter is not ours to print
    words, at = [], 0
    for run in _ASCII_RUN.finditer(text):
        words.extend(jieba.lcut(text[at:run.start()], HMM=False))
        words.append(run.group())
        at = run.end()
    words.extend(jieba.lcut(text[at:], HMM=False))
    return tuple(w for w in words if w)


def _words(text: str) -> list[str]:
    return list(_literal_words(text)) if text else []


# ---------------------------------------------------------------- the registry


@dataclass(frozen=True)
class Registry:
    path: str
    templates: Mapping[str, Template]      # by template_id

    def get(self, template_id: str | None) -> Template | None:
        return self.templates.get(template_id) if template_id is not None else None

    def __len__(self) -> int:
        return len(self.templates)


def load_registry(path: str | Path, stage_names: Iterable[str] | None = None) -> Registry:
    """Load and validate a registry (`.yml`/`.yaml` list or `.csv`); `stage_names`: the stages templates may
    name (the policy's), None to take any name."""
    path = Path(path)
    entries = _csv_entries(path) if path.suffix.lower() == ".csv" else _yaml_entries(path)
    stages = None if stage_names is None else set(stage_names)
    templates: dict[str, Template] = {}
    for where, raw in entries:
        template = _template(path, where, raw, stages)
        if template.template_id in templates:
            raise TemplateRegistryError(path, where, "template_id", f"duplicate id {template.template_id!r}")
        templates[template.template_id] = template
    return Registry(str(path), templates)


class _RegistryLoader(_UniqueKeyLoader):
    """Dates stay text, so that an impossible one (2026-13-01) is an error naming its entry, not a YAML crash."""


_RegistryLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _yaml_entries(path: Path) -> list[tuple[str, dict]]:
    try:
        data = read_yaml(path, _RegistryLoader)
    except AuditError as exc:
        raise TemplateRegistryError(path, None, None, str(exc).removeprefix(f"{path}: ")) from None
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateRegistryError(path, None, None, f"cannot read YAML: {exc}") from None
    if isinstance(data, dict) and set(data) == {"templates"}:
        data = data["templates"]
    if not isinstance(data, list) or not data:
        raise TemplateRegistryError(path, None, None, "a registry is a non-empty list of templates")
    entries = []
    for index, raw in enumerate(data, 1):
        where = _entry_name(index, raw)
        if not isinstance(raw, dict):
            raise TemplateRegistryError(path, where, None, f"an entry is a mapping, got {raw!r:.60}")
        entries.append((where, raw))
    return entries


def _csv_entries(path: Path) -> list[tuple[str, dict]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise TemplateRegistryError(path, None, None, f"cannot read CSV: {exc}") from None
    if not rows:
        raise TemplateRegistryError(path, None, None, "a registry needs a header and at least one template")
    entries = []
    for line, row in enumerate(rows, 2):
        where = _entry_name(line, row, "line")
        if None in row:
            raise TemplateRegistryError(path, where, None, "row has more cells than the header")
        raw: dict[str, Any] = {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
        for key in ("stages", "placeholders", "examples"):
            if key in raw:
                raw[key] = _csv_cell(path, where, key, raw[key])
        entries.append((where, raw))
    return entries


def _csv_cell(path: Path, where: str, key: str, cell: str) -> object:
    """A list or mapping in a CSV cell: JSON, or `a|b` (stages), or `name:type;name:type` (placeholders)."""
    cell = cell.strip()
    if cell[:1] in "[{":
        try:
            return json.loads(cell)
        except ValueError as exc:
            raise TemplateRegistryError(path, where, key, f"not valid JSON: {exc}") from None
    if key == "stages":
        return [s.strip() for s in re.split(r"[|;,]", cell) if s.strip()]
    if key == "placeholders":
        pairs = [re.split(r"[:=]", p, maxsplit=1) for p in cell.split(";") if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise TemplateRegistryError(path, where, key, "write name:type pairs separated by ';', or a JSON object")
        return {name.strip(): kind.strip() for name, kind in pairs}
    raise TemplateRegistryError(path, where, key, "must be a JSON object")


def _entry_name(number: int, raw: object, unit: str = "#") -> str:
    tid = raw.get("template_id") if isinstance(raw, dict) else None
    at = f"{unit} {number}" if unit == "line" else f"#{number}"
    return f"{at} ({tid})" if isinstance(tid, (str, int)) and str(tid).strip() else at


def _template(path: Path, where: str, raw: dict, stages: set[str] | None) -> Template:
    def error(key: str | None, reason: str) -> TemplateRegistryError:
        return TemplateRegistryError(path, where, key, reason)

    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise error(sorted(unknown)[0], f"unknown field; fields: {', '.join(sorted(ENTRY_KEYS))}")
    for key in REQUIRED_KEYS:
        if raw.get(key) in (None, "", []):
            raise error(key, "missing")
    template_id = str(raw["template_id"]).strip()
    channels = raw["channel"] if isinstance(raw["channel"], list) else re.split(r"[|;,]\s*", str(raw["channel"]).strip())
    for channel in channels:
        if channel not in TEMPLATE_CHANNELS:
            raise error("channel", f"unknown channel {channel!r}; channels with templates: {', '.join(TEMPLATE_CHANNELS)}")
    names = raw["stages"]
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        raise error("stages", f"must be a list of stage names, got {names!r:.60}")
    for name in names:
        if stages is not None and name not in stages:
            raise error("stages", f"unknown stage {name!r}; the policy's stages: {', '.join(sorted(stages)) or 'none'}")
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        raise error("text", "must be the template's text")
    approved_at, retired_at = _date(raw.get("approved_at"), error, "approved_at"), _date(
        raw.get("retired_at"), error, "retired_at")
    if retired_at is not None and retired_at <= approved_at:
        raise error("retired_at", f"{retired_at} is not after approved_at {approved_at}")
    placeholders = _placeholders(raw.get("placeholders"), error)
    slot_names, literals = _split(text, error)
    for name in slot_names:
        if name not in placeholders:
            raise error("placeholders", f"the text has {{{name}}} but no placeholder entry gives its type")
    for name in placeholders:
        if name not in slot_names:
            raise error(f"placeholders.{name}", "declared but not in the text")
    match, no_match = _examples(raw.get("examples"), error)
    return Template(template_id, tuple(channels), tuple(names), text, approved_at, retired_at, placeholders,
                    tuple(slot_names), tuple(literals), match, no_match)


def _date(value: object, error, key: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        text = str(value).strip()
        return datetime.fromisoformat(text).date() if "T" in text or " " in text else date.fromisoformat(text)
    except ValueError:
        raise error(key, f"not a date {value!r:.40}; write YYYY-MM-DD") from None


def _placeholders(value: object, error) -> dict[str, Placeholder]:
    if value is None:
        return {}
    if isinstance(value, list) and all(isinstance(item, dict) and "name" in item for item in value):
        value = {item["name"]: {k: v for k, v in item.items() if k != "name"} for item in value}   # [{name, type}]
    if not isinstance(value, dict):
        raise error("placeholders", f"must be a mapping of name -> type, got {value!r:.60}")
    out = {}
    for name, spec in value.items():
        key = f"placeholders.{name}"
        custom = None
        if isinstance(spec, dict):
            if set(spec) - {"type", "pattern"}:
                raise error(key, "a placeholder takes 'type' and an optional 'pattern'")
            spec, custom = spec.get("type"), spec.get("pattern")
        if spec in (None, ""):
            raise error(key, f"has no type; types: {', '.join(PLACEHOLDER_TYPES)}")
        if spec not in PLACEHOLDER_TYPES:
            raise error(key, f"unknown type {spec!r}; types: {', '.join(PLACEHOLDER_TYPES)}")
        try:
            pattern = re.compile(custom if custom is not None else PLACEHOLDER_TYPES[spec])
        except (re.error, TypeError) as exc:
            raise error(f"{key}.pattern", f"does not compile: {exc}") from None
        out[str(name)] = Placeholder(str(name), spec, pattern)
    return out


def _split(text: str, error) -> tuple[list[str], list[str]]:
    """Placeholder names in order and the canonical literal pieces around them."""
    names, literals, at = [], [], 0
    for slot in _SLOT.finditer(text):
        piece = canonical_value(text[at:slot.start()])
        if names and not piece:
            raise error("text", f"{{{names[-1]}}} and {{{slot.group(1)}}} touch: put text between two placeholders")
        literals.append(piece)
        names.append(slot.group(1))
        at = slot.end()
    literals.append(canonical_value(text[at:]))
    stray = re.search(r"[{}]", _SLOT.sub("", text))
    if stray:
        raise error("text", "a brace that is not part of a {placeholder}")
    return names, literals


def _examples(value: object, error) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return (), ()
    if not isinstance(value, dict) or set(value) - {"match", "no_match"}:
        raise error("examples", "takes 'match' and 'no_match' lists of texts")
    lists = []
    for kind in ("match", "no_match"):
        texts = value.get(kind) or []
        if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
            raise error(f"examples.{kind}", "must be a list of texts")
        lists.append(tuple(texts))
    return lists[0], lists[1]


# ---------------------------------------------------------------- figures for reports


def template_usage(messages: Iterable[Any], findings: Iterable[Any], stage_of: Any = None) -> Any:
    """A pandas DataFrame, one row per message that names a template or got a template finding: campaign_id,
    template_id, stage (from days_overdue through `stage_of`, e.g. `Policy.stage_of`; None when unknown),
    agent_id, and one 0/1 column per finding code (`unapproved`, `drift`, `wrong_stage`).

    `findings` are `Finding`s or their dicts (a findings file). Reports group it:
    `usage.groupby(["template_id", "stage"]).size()` (messages per template and stage),
    `usage.groupby(["template_id", "agent_id"])["drift"].mean()` (drift rate per template and agent).
    """
    import pandas as pd

    flagged: dict[str, set[str]] = {}
    for finding in findings:
        data = finding if isinstance(finding, dict) else finding.to_dict()
        category = data.get("category", "")
        if category.startswith("template.") and data.get("message_id"):
            flagged.setdefault(data["message_id"], set()).add(category.removeprefix("template."))
    rows = []
    for message in messages:
        codes = flagged.get(message.message_id, set())
        if message.template_id is None and not codes:
            continue
        stage = stage_of(message.days_overdue) if stage_of and message.days_overdue is not None else None
        rows.append({"campaign_id": message.campaign_id, "template_id": message.template_id, "stage": stage,
                     "agent_id": message.agent_id, **{c: int(c in codes) for c in ("unapproved", "drift", "wrong_stage")}})
    columns = ["campaign_id", "template_id", "stage", "agent_id", "unapproved", "drift", "wrong_stage"]
    return pd.DataFrame(rows, columns=columns)
