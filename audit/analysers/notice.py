"""Notice completeness: which required elements a collection notice (催缴函/催收函) lacks.

A profile (lexicons/notice/profiles/<name>.yml) lists the elements a letter must hold; each element
has one rule `notice.missing.<element>` (lexicons/notice/elements.yml) whose `patterns` recognise
the element being PRESENT. The rule fires, once per letter, when none of its patterns is found.

So rule examples are inverted with respect to findings: `example_matches(rule, text)` is True when the
element is detected in `text`, i.e. a `match` example is a snippet that would keep the rule quiet and
a `no_match` example a look-alike that would not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from audit.analysers.base import MessageAnalyser
from audit.errors import RulePackError
from audit.finding import Finding
from audit.message import Message
from audit.normalise import to_simplified
from audit.paths import LEXICONS
from audit.rulepack import Rule, check_body_keys, compile_pattern, read_yaml
from audit.vocabulary import did_you_mean

PROFILES = LEXICONS / "notice" / "profiles"
RULE_PREFIX = "notice.missing."
CATEGORY = "notice.missing_element"
BODY_KEYS = {"patterns", "exclude", "fragments"}

_FRAGMENT_REF = re.compile(r"\{([a-z_]+)\}")
# Letters are matched with their digits, dates and punctuation intact (audit.normalise drops those),
# so the view here only folds width and script and removes spacing; line breaks stay as layout.
_LINE_BREAK = re.compile(r"\s*[\n\r\u2028\u2029]\s*")
_INLINE_SPACE = re.compile(r"[^\S\n]+|[\u200b-\u200d\u2060\ufeff]")


def notice_view(text: str) -> str:
    """The text element patterns are matched against: NFKC, traditional -> simplified, no spaces,
    single newlines between non-empty lines."""
    folded = to_simplified(unicodedata.normalize("NFKC", text))
    return _INLINE_SPACE.sub("", _LINE_BREAK.sub("\n", folded)).strip("\n")


@dataclass(frozen=True, slots=True)
class NoticeProfile:
    name: str
    description: str
    regulation: str
    elements: tuple[str, ...]
    path: str


def available_profiles(folder: Path = PROFILES) -> list[str]:
    return sorted(p.stem for p in Path(folder).glob("*.yml"))


def load_profile(name_or_path: str, folder: Path = PROFILES) -> NoticeProfile:
    """A shipped profile by name, or a profile YAML file by path."""
    path = Path(name_or_path)
    if path.suffix not in (".yml", ".yaml") or not path.is_file():
        path = Path(folder) / f"{name_or_path}.yml"
    if not path.is_file():
        raise RulePackError(folder, f"unknown notice profile {name_or_path!r}"
                                    f"{did_you_mean(name_or_path, available_profiles(folder))}; available: "
                                    f"{', '.join(available_profiles(folder)) or 'none'} (or a .yml file)")
    try:
        data = read_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(path, f"cannot read notice profile: {exc}") from exc
    elements = data.get("elements") if isinstance(data, dict) else None
    if not isinstance(elements, list) or not elements or not all(isinstance(e, str) for e in elements):
        raise RulePackError(path, "a notice profile needs 'elements': a non-empty list of element names")
    return NoticeProfile(name=str(data.get("name") or path.stem), description=str(data.get("description", "")).strip(),
                         regulation=str(data.get("regulation", "")).strip(), elements=tuple(elements),
                         path=str(path))


@dataclass(frozen=True, slots=True)
class ElementDetector:
    """Recognises one element in a notice view: any pattern match that overlaps no `exclude` match."""

    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]

    def found_in(self, view: str) -> bool:
        excluded: list[tuple[int, int]] | None = None     # computed only once a pattern matches
        for pattern in self.patterns:
            for match in pattern.finditer(view):
                if excluded is None:
                    excluded = [m.span() for p in self.exclude for m in p.finditer(view)]
                if not any(start < match.end() and match.start() < end for start, end in excluded):
                    return True
        return False

    @classmethod
    def from_rule(cls, rule: Rule) -> ElementDetector:
        check_body_keys(rule, BODY_KEYS)
        fragments = _expand_fragments(rule)
        patterns = _compile(rule, "patterns", fragments)
        if not patterns:
            raise RulePackError(rule.path, "'patterns' must list at least one regex recognising the element", rule.id)
        return cls(patterns, _compile(rule, "exclude", fragments))


def _expand_fragments(rule: Rule) -> dict[str, str]:
    """Fragments in file order; each may use the ones defined before it."""
    raw = rule.body.get("fragments") or {}
    if not isinstance(raw, dict):
        raise RulePackError(rule.path, "'fragments' must map names to regexes", rule.id)
    expanded: dict[str, str] = {}
    for name, regex in raw.items():
        expanded[name] = _substitute(rule, str(regex), expanded, f"fragment {name!r}")
    return expanded


def _substitute(rule: Rule, regex: str, fragments: dict[str, str], where: str) -> str:
    def replace(ref: re.Match[str]) -> str:
        if ref.group(1) not in fragments:
            raise RulePackError(rule.path, f"{where} uses unknown fragment {{{ref.group(1)}}}", rule.id)
        return f"(?:{fragments[ref.group(1)]})"
    return _FRAGMENT_REF.sub(replace, regex)


def _compile(rule: Rule, key: str, fragments: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    raw = rule.body.get(key) or []
    if not isinstance(raw, list):
        raise RulePackError(rule.path, f"'{key}' must be a list of regexes", rule.id)
    compiled = []
    for index, regex in enumerate(raw):
        where = f"{key}[{index}]"
        source = _substitute(rule, str(regex), fragments, where)
        try:
            re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise RulePackError(rule.path, f"{where} is not a valid regex: {exc}", rule.id) from None
        pattern = compile_pattern(rule, source, where)[0]   # also refuses one that could backtrack for ages
        if pattern.search(""):
            raise RulePackError(rule.path, f"{where} matches empty text, so it would find the element anywhere",
                                rule.id)
        compiled.append(pattern)
    return tuple(compiled)


class NoticeAnalyser(MessageAnalyser):
    """Finds the required elements a collection notice lacks: one finding per missing element.

    `notice_profile` is a profile name from lexicons/notice/profiles/ (default, credit-card) or a
    profile YAML file. Rules are inverted: a rule's patterns detect its element being present, and
    `example_matches` says whether the element is detected (see the module docstring).
    Findings carry no span or evidence: they are about something that is not in the text.
    """

    name = "notice"
    channels = frozenset({"notice"})

    def __init__(self, rules: list[Rule], notice_profile: str = "default", profiles: Path = PROFILES,
                 **options: object) -> None:
        super().__init__(rules, **options)
        self.profile = load_profile(notice_profile, profiles)
        self._rules: dict[str, Rule] = {}
        self._detectors: dict[str, ElementDetector] = {}
        for rule in rules:
            if rule.category != CATEGORY or not rule.id.startswith(RULE_PREFIX):
                raise RulePackError(rule.path, f"notice rules have category {CATEGORY} and an id "
                                               f"'{RULE_PREFIX}<element>'", rule.id)
            element = rule.id.removeprefix(RULE_PREFIX)
            self._rules[element] = rule
            self._detectors[element] = ElementDetector.from_rule(rule)
        unruled = [e for e in self.profile.elements if e not in self._rules]
        if unruled:
            raise RulePackError(self.profile.path, f"profile {self.profile.name!r} requires element(s) with no "
                                                   f"rule loaded: {', '.join(RULE_PREFIX + e for e in unruled)}")

    @classmethod
    def from_lexicons(cls, lexicons: Path | None = None, **options: object) -> NoticeAnalyser:
        """Profiles by name come from the same lexicons folder as the rules, when it has them."""
        if lexicons is not None and (Path(lexicons) / "notice" / "profiles").is_dir():
            options.setdefault("profiles", Path(lexicons) / "notice" / "profiles")
        return super().from_lexicons(lexicons, **options)

    def missing_elements(self, text: str) -> list[str]:
        """The profile's elements not found in `text`, in profile order."""
        view = notice_view(text)
        return [e for e in self.profile.elements if not self._detectors[e].found_in(view)]

    def analyse(self, message: Message) -> list[Finding]:
        text = "\n".join(segment.text for segment in message.segments())
        findings = []
        for element in self.missing_elements(text):
            rule = self._rules[element]
            findings.append(Finding.of_rule(rule, message))
        return findings

    def example_matches(self, rule: Rule, text: str) -> bool:
        """Whether the rule's element is PRESENT in `text` (so the rule would not fire on it)."""
        return self._detectors[rule.id.removeprefix(RULE_PREFIX)].found_in(notice_view(text))
