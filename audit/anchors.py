"""Anchors of regular expressions: literals every match of a pattern holds, found in a text by one Aho-Corasick
automaton, so that a pattern runs only on the texts that hold them (the wording and pii analysers gate their
patterns so). The literals are casefolded: a case-sensitive pattern's anchors are looked for in the casefolded text.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping
from functools import cache

import ahocorasick
import ahocorasick_rs

try:
    from re import _parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_parse  # type: ignore[no-redef]


def required_groups(parsed: object) -> list[set[str]]:
    """Anchor groups of a parsed pattern: sets of literals such that every match holds one literal of each.
    Consecutive items that each match one of a few fixed strings (a literal, a class of literals, an alternation
    of such sequences) make one group of their concatenations, up to MAX_ANCHOR_STRINGS of them: (借|贷)(个|点)
    gates on 借个, 借点, 贷个, 贷点, which few messages hold, where 贷 alone is in every loan reminder."""
    groups: list[set[str]] = []
    run: set[str] | None = None         # the strings the items so far match, one after another
    for op, av in [*parsed, (None, None)]:
        strings = _fixed_strings(op, av)
        if strings is not None:
            if run is not None and len(run) * len(strings) <= MAX_ANCHOR_STRINGS:
                run = {before + after for before in run for after in strings}
                continue
            if run is not None:
                groups.append(run)
            run = strings
            continue
        if run is not None:
            groups.append(run)
            run = None
        if op is sre_parse.SUBPATTERN:
            groups += required_groups(av[-1])
        elif op is sre_parse.BRANCH:
            options = [max(required_groups(branch), key=anchor_strength, default=None) for branch in av[1]]
            if all(options):
                groups.append(set().union(*options))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
            groups += required_groups(av[2])
    return groups


def gating_groups(parsed: object) -> list[set[str]]:
    """The anchor groups a pattern is gated on (it runs only in a text holding them all), strongest first: every
    group but those with a common character (你|您, 的), which would add automaton hits in nearly every message and
    gate nothing; the strongest group gates even so."""
    groups = sorted(required_groups(parsed), key=anchor_strength, reverse=True)
    return [g for i, g in enumerate(groups) if i == 0 or not g & COMMON_CHARS]


MAX_ANCHOR_STRINGS = 64      # strings of one anchor group built from consecutive items


def _fixed_strings(op: object, av: object) -> set[str] | None:
    """The strings one item of a parsed pattern matches, casefolded, when they are a few fixed non-empty ones (a
    literal, a class of literals, a group or alternation of sequences of such items); None otherwise."""
    if op is sre_parse.LITERAL:
        return {chr(av).casefold()}
    if op is sre_parse.IN:
        return {chr(code).casefold() for _, code in av} if all(kind is sre_parse.LITERAL for kind, _ in av) else None
    if op is sre_parse.SUBPATTERN:
        return _fixed_sequence(av[-1])
    if op is sre_parse.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _fixed_sequence(branch)
            if strings is None or len(union | strings) > MAX_ANCHOR_STRINGS:
                return None
            union |= strings
        return union
    return None


def _fixed_sequence(items: object) -> set[str] | None:
    strings = {""}
    for op, av in items:
        item = _fixed_strings(op, av)
        if item is None or len(strings) * len(item) > MAX_ANCHOR_STRINGS:
            return None
        strings = {before + after for before in strings for after in item}
    return None if "" in strings else strings


# Characters so frequent in collection messages that, alone, they gate nothing: 您 is in almost every SMS.
COMMON_CHARS = frozenset("你您我他她的了在是不有和就也都要会还日天人这个们上到请款元已后")


def anchor_strength(anchors: set[str]) -> tuple[bool, int, int]:
    """Rank of an anchor group as a gate: no lone common character, longest shortest literal, fewest literals."""
    return not (anchors & COMMON_CHARS), min(map(len, anchors)), -len(anchors)


class Gates:
    """Which gated patterns have all their anchor groups in a text, for all patterns in a few big-int operations.

    Each pattern with k anchor groups owns k+1 consecutive bits: one per group, then a spare. The anchors found
    in a text OR their group bits into one mask; adding 1 at each pattern's first bit carries into its spare
    bit exactly when all k group bits are set, so the spare bits of the sum name the complete patterns.
    """

    def __init__(self, first_bit: int = 0) -> None:
        self._width = first_bit     # bits below it are another Gates' (one mask serves both)
        self._groups = 0        # every group bit
        self._firsts = 0        # each pattern's first bit
        self._spares = 0        # each pattern's spare bit
        self._pattern_at: dict[int, int] = {}   # spare bit position -> pattern

    def add(self, pattern: int, groups: int) -> list[int]:
        """Reserve bits for a pattern with `groups` anchor groups; the bit of each group (the pattern's spare bit is
        the next one after the last)."""
        if not groups:
            return []
        first = self._width
        bits = [1 << (first + g) for g in range(groups)]
        self._groups |= sum(bits)
        self._firsts |= 1 << first
        self._spares |= 1 << (first + groups)
        self._pattern_at[first + groups] = pattern
        self._width = first + groups + 1
        return bits

    @property
    def width(self) -> int:
        """The bits reserved so far: a Gates starting there shares masks with this one."""
        return self._width

    def patterns(self, carried: int) -> list[int]:
        """The patterns of the spare bits `carried` (as `complete_bits` gives them)."""
        patterns = []
        while carried:
            lowest = carried & -carried
            patterns.append(self._pattern_at[lowest.bit_length() - 1])
            carried ^= lowest
        return patterns

    def complete_bits(self, found: int) -> int:
        """The spare bits of the patterns all of whose anchor groups are among the `found` group bits."""
        return ((found & self._groups) + self._firsts) & self._spares if found else 0


class Literals:
    """Literal keys, each with a payload, found in a text by one pass of a Rust Aho-Corasick automaton
    (ahocorasick_rs): its state machine moves on each byte by a table look-up, where pyahocorasick scans a node's
    children in turn (hundreds at the root, one per first character of a key), half the cost per view on the rules'
    keys, and a fifth of the time to build. Every match, overlapping ones too, in the order pyahocorasick's `iter`
    gives them: by end, the longest of those ending together first."""

    __slots__ = ("keys", "payloads", "_automaton")

    def __init__(self, payloads: Mapping[str, object]) -> None:
        # the same automaton in every process, whatever order a set gave the keys in
        self.keys = sorted(payloads)        # by key index, as `matches` names a key
        self.payloads = [payloads[key] for key in self.keys]
        self._automaton = ahocorasick_rs.AhoCorasick(self.keys)

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every occurrence of a key in `text`, in character offsets."""
        return self._automaton.find_matches_as_indexes(text, overlapping=True)


# A noncharacter: normalise drops it, so no view holds it and a key ending in it never matches.
_NEVER = "\uffff"


def fast_automaton(payloads: Mapping[str, object], char_counts: Counter[str]) -> ahocorasick.Automaton:
    """An automaton of the keys with their payloads, built so that a text's characters are found fast.

    pyahocorasick finds a node's child by scanning its children in the order they were added, and nearly every
    character of a text is looked up among the root's children: hundreds, one per first character of a key; a
    character found late, or not at all, costs a scan of them all. So the keys go in ordered by how often each of
    their characters occurs in collection text (`char_counts`), which puts every node's frequent children first,
    and each counted character that starts no key gets a key that never matches (it ends in _NEVER), so that it
    too is found at the root without a scan of every child. The matches are the same."""
    ranked = sorted(char_counts, key=lambda char: (-char_counts[char], char))
    firsts = {key[0] for key in payloads}
    keys = [*payloads, *(char + _NEVER for char in ranked if char not in firsts)]
    automaton = ahocorasick.Automaton()
    # with nothing ranked, every character sorts as itself: the plain order, without a key per string
    for key in sorted(keys, key=_RankOrder(ranked).key if ranked else None):
        automaton.add_word(key, payloads.get(key))
    automaton.make_automaton()
    return automaton


class _RankOrder(dict):
    """Keys in the order of their characters' ranks: a str.translate table from a ranked character to the character
    of its rank, and from any other to one after them all, in code point order (the last code points, private use,
    alike: the order makes the automaton fast, not its matches), so that sorting compares strings, not lists."""

    def __init__(self, ranked: list[str]) -> None:
        super().__init__((ord(char), chr(rank)) for rank, char in enumerate(ranked))
        self._after = len(ranked)

    def __missing__(self, code: int) -> str:
        self[code] = chr(min(self._after + code, sys.maxunicode))
        return self[code]

    def key(self, key: str) -> str:
        return key.translate(self)


# Python 3.11 parses atomic groups and possessive repeats; older versions have neither
_ATOMIC_GROUP = getattr(sre_parse, "ATOMIC_GROUP", None)
_POSSESSIVE_REPEAT = getattr(sre_parse, "POSSESSIVE_REPEAT", None)


def ignorecase_matters(source: str) -> bool:
    """Whether IGNORECASE can change what the pattern `source` matches: its case tables make a class of CJK ranges
    slow for `re` to compile, so a pattern that names no cased character is compiled without it."""
    return _names_case(sre_parse.parse(source))


def _names_case(items: object) -> bool:
    """Whether a parsed pattern holds a cased character (as a literal, in a class or range), a back reference, or
    anything else IGNORECASE might change: with none, it matches the same with or without it."""
    for op, av in items:
        if op in (sre_parse.LITERAL, sre_parse.NOT_LITERAL):
            if _cased(chr(av)):
                return True
        elif op is sre_parse.IN:
            for kind, code in av:
                if kind in (sre_parse.LITERAL, sre_parse.NOT_LITERAL) and _cased(chr(code)) \
                        or kind is sre_parse.RANGE and _cased_range(*code) \
                        or kind not in (sre_parse.LITERAL, sre_parse.NOT_LITERAL, sre_parse.RANGE, sre_parse.CATEGORY,
                                        sre_parse.NEGATE):
                    return True
        elif op is sre_parse.SUBPATTERN:
            if _names_case(av[-1]):
                return True
        elif op is sre_parse.BRANCH:
            if any(_names_case(branch) for branch in av[1]):
                return True
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            if _names_case(av[2]):
                return True
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            if _names_case(av[1]):
                return True
        elif op is _ATOMIC_GROUP:
            if _names_case(av):
                return True
        elif op is _POSSESSIVE_REPEAT:
            if _names_case(av[2]):
                return True
        elif op not in (sre_parse.ANY, sre_parse.AT, sre_parse.CATEGORY):
            return True     # back references and whatever else: judged as cased
    return False


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


@cache
def _cased_range(low: int, high: int) -> bool:
    chars = "".join(map(chr, range(low, high + 1)))
    return chars.lower() != chars or chars.upper() != chars
