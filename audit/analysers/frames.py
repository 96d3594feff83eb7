"""Frame rules: a consequence grammar for the wording analyser, composed from named classes of words.

Most threats have one shape: an ultimatum joined to a consequence (an actor, an action, a target). The parts
are named semantic classes (`lexicons/wording/classes.yml`: relations, employer and community bodies, public
channels, police and judicial acts, ...), and a frame rule in any wording pack composes them in order:

    - id: wording.frame.condition_notify_relations
      category: threat.third_party
      ...
      frame: [condition, notify, relations]   # classes, in the order they occur
      gap: [24, 8]                            # most view characters between one part and the next: one
                                              # number for every joint, or one per joint
      unless_between: [核实]                  # lawful context: a frame whose span holds one of these is none
      unless: [...]                           # and negatable / unless_sentence / unless_message as any rule

Parts may lie in different clauses or sentences, and in the turns of the same speaker that follow one another
or have one turn of someone else between them (我们找得到你妈 / 借款人：你别乱来 / 我们过去跟她聊聊: one threat
the debtor's reply cuts in two); never across more. Such a turn between counts as OTHER_TURN_DISTANCE view
characters, so only a frame with a wide gap joins across it, and a tight one (通知+亲友) never joins the end of
one turn to the start of the next over a reply. A class marked `condition: true` is an ultimatum: the frame's consequence starts at
its first part that is not one, and the analyser judges negation and lawful context there (我们不会通知您的
家人). Class terms sit in the analyser's one automaton, so the parts come from the pass that finds phrase rules;
a class's `patterns` run only in texts where a frame needing them has every other part, and a frame is searched
for only when all its classes are there: each (part, hit) is settled once, linear in the hits within a gap. A frame's classes come from
the `classes.yml` beside its pack, or the shipped one when there is none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import yaml

from audit.errors import RulePackError
from audit.finding import Finding
from audit.normalise import Normalised, normalise_term
from audit.paths import LEXICONS
from audit.rulepack import (
    AT_END,
    AT_START,
    CLASSES_FILE,
    Rule,
    check_body_keys,
    compile_pattern,
    match_spans,
    match_start,
    read_yaml,
    repeated_entry,
)

FRAME_KEY = "frame"
FRAME_KEYS = {"frame", "gap", "unless_between", "negatable", "unless", "unless_sentence", "unless_message"}
CLASS_KEYS = {"terms", "patterns", "condition"}
SHIPPED_CLASSES = LEXICONS / "wording" / CLASSES_FILE

Part = tuple[int, int, int]     # (class id, view start, view end)
# How many view characters another speaker's turn between two of one speaker's turns counts as, in a frame's gaps
OTHER_TURN_DISTANCE = 12
_OTHER_TURN_FILL = "\x00" * OTHER_TURN_DISTANCE     # in the run's joined text: no class or `unless_between` term


@dataclass(frozen=True, slots=True)
class WordClass:
    name: str
    terms: tuple[str, ...]                  # in view form
    patterns: tuple[re.Pattern[str], ...]   # over the view
    condition: bool                         # an ultimatum: the consequence comes after it


@dataclass(frozen=True, slots=True)
class FrameHit:
    """A frame found in one view: judged from `start` (its consequence), reported from `lead` (its first part
    in this view) to `end`."""

    rule: int
    start: int
    end: int
    lead: int


@dataclass(frozen=True, slots=True)
class _Frame:
    rule: int
    classes: tuple[int, ...]
    gaps: tuple[int, ...]
    focus: int                  # the first part of the consequence
    between: tuple[str, ...]    # `unless_between` terms, looked for only in a frame's span once it is found
    needs: int                  # its classes as a bit mask (bit c: class c)


def load_classes(path: Path) -> dict[str, WordClass]:
    """The classes of a classes file; RulePackError naming file, class and key on any problem."""
    try:
        data = read_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(path, f"cannot read YAML: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"classes"} or not isinstance(data["classes"], dict):
        raise RulePackError(path, "a classes file is a mapping with one key, 'classes': {name: {terms, patterns}}")
    return {str(name): _parse_class(path, str(name), body) for name, body in data["classes"].items()}


def _parse_class(path: Path, name: str, body: object) -> WordClass:
    where = f"class '{name}'"
    if not isinstance(body, dict):
        raise RulePackError(path, f"{where} must be a mapping with 'terms' and/or 'patterns'")
    unknown = set(body) - CLASS_KEYS
    if unknown:
        raise RulePackError(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("terms", "patterns"):
        value = body.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RulePackError(path, f"{where}: '{key}' must be a list of non-empty strings")
        if (twice := repeated_entry(value)) is not None:
            raise RulePackError(path, f"{where}: '{key}' holds {twice!r:.60} twice")
    if not isinstance(body.get("condition", False), bool):
        raise RulePackError(path, f"{where}: 'condition' must be true or false")
    terms = tuple(dict.fromkeys(normalise_term(t) for t in body.get("terms") or []))
    if "" in terms:
        raise RulePackError(path, f"{where}: 'terms' holds a term that is only punctuation")
    patterns = []
    for source in body.get("patterns") or []:
        if " " in source:   # the view has no spaces: a quoted pattern folded over YAML lines gains one at each break
            raise RulePackError(path, f"{where}: 'patterns': pattern '{source[:40]}' holds a space, which the view "
                                      "never has (write one pattern a line)")
        try:    # the rule packs' own check: compiles, and cannot backtrack out of proportion to the text; no
            # IGNORECASE (slow on CJK): the view is lower case already
            patterns.append(compile_pattern(SimpleNamespace(path=path, id=None), source, flags=0)[0])
        except RulePackError as exc:
            raise RulePackError(path, f"{where}: {exc.reason}") from None
    if not terms and not patterns:
        raise RulePackError(path, f"{where} is empty: give it 'terms' or 'patterns'")
    return WordClass(name, terms, tuple(patterns), body.get("condition", False))


class Frames:
    """The frame rules of one analyser, compiled against their classes."""

    def __init__(self) -> None:
        self._classes: list[WordClass] = []
        self._ids: dict[tuple[Path, str], int] = {}       # (classes file, class name) -> class id
        self._files: dict[Path, dict[str, WordClass]] = {}
        self._folder_classes: dict[Path, Path] = {}       # a pack's folder -> the classes file its frames use
        self._frames: list[_Frame] = []
        self._by_rule: dict[int, _Frame] = {}
        self._patterned = 0         # the classes with patterns, as a bit mask
        self._plans: dict[tuple[int, int], int] = {}            # see _plan
        self._next_for: dict[tuple[int, int], int] = {}          # see _next_class
        self._probes: dict[tuple[int, int], tuple[tuple[Callable, bool], ...]] = {}     # see _probes_of
        self._complete_for: dict[int, list[_Frame]] = {}                  # see _complete
        self._numbered: list[tuple[int, re.Pattern[str], int]] | None = None     # see class_patterns
        self._pattern_bits: dict[int, int] = {}     # class -> the numbers of its patterns, as a bit mask
        self._wanted_bits: dict[int, int] = {}      # classes wanted (a bit mask) -> their patterns' numbers

    def add(self, index: int, rule: Rule) -> None:
        """Compile the frame rule at analyser rule index `index`; RulePackError naming file, rule and key."""
        check_body_keys(rule, FRAME_KEYS)
        body = rule.body
        names = body[FRAME_KEY]
        if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) for n in names):
            raise RulePackError(rule.path, "'frame' must be a list of at least two class names", rule.id)
        path = self._classes_file(rule)
        known = self._files[path]
        for name in names:
            if name not in known:
                raise RulePackError(rule.path, f"'frame': unknown class {name!r} (the classes in {path} are "
                                    f"{', '.join(sorted(known))})", rule.id)
        gap = body.get("gap")
        gaps = [gap] * (len(names) - 1) if isinstance(gap, int) else gap
        if not isinstance(gaps, list) or len(gaps) != len(names) - 1 \
                or not all(isinstance(g, int) and not isinstance(g, bool) and g >= 0 for g in gaps):
            raise RulePackError(rule.path, f"'gap' must be a number of characters (0 or more), or a list of "
                                f"{len(names) - 1}, one per joint; got {gap!r}", rule.id)
        between = body.get("unless_between", [])
        if not isinstance(between, list) or "unless_between" in body and not between \
                or not all(isinstance(t, str) and normalise_term(t) for t in between):
            raise RulePackError(rule.path, "'unless_between' must be a list of non-empty strings", rule.id)
        classes = tuple(self._ids[path, name] for name in names)
        focus = next((i for i, c in enumerate(classes) if not self._classes[c].condition), 0)
        frame = _Frame(index, classes, tuple(gaps), focus, tuple(map(normalise_term, between)),
                       sum({1 << c for c in classes}))
        self._frames.append(frame)
        self._plans.clear()
        self._next_for.clear()
        self._probes.clear()
        self._complete_for.clear()
        self._numbered = None
        self._wanted_bits.clear()
        self._by_rule[index] = frame

    def _classes_file(self, rule: Rule) -> Path:
        folder = Path(rule.path).parent
        path = self._folder_classes.get(folder)
        if path is None:        # once a folder: resolve() costs 1 ms, and a pack holds tens of frames
            beside = folder / CLASSES_FILE
            path = self._folder_classes[folder] = (beside if beside.exists() else SHIPPED_CLASSES).resolve()
        if path not in self._files:
            self._files[path] = load_classes(path)
            for name, word_class in self._files[path].items():
                self._ids[path, name] = self._new_class(word_class)
        return path

    def _new_class(self, word_class: WordClass) -> int:
        self._classes.append(word_class)
        if word_class.patterns:
            self._patterned |= 1 << (len(self._classes) - 1)
        return len(self._classes) - 1

    def term_classes(self) -> dict[str, tuple[int, ...]]:
        """Every class term in view form and the classes it belongs to: what the analyser's automaton adds."""
        used = {c for frame in self._frames for c in frame.classes}
        terms: dict[str, list[int]] = {}
        for c in sorted(used):
            for term in self._classes[c].terms:
                terms.setdefault(term, []).append(c)
        return {term: tuple(ids) for term, ids in terms.items()}

    def class_patterns(self) -> list[re.Pattern[str]]:
        """The patterns of the classes the frames use, in the order `find`'s `runnable` masks number them."""
        if self._numbered is None:
            used = sorted({c for frame in self._frames for c in frame.classes})
            # (class, pattern, where its matches may start), numbered in this order
            self._numbered = [(c, pattern, match_start(pattern)) for c in used for pattern in self._classes[c].patterns]
            self._pattern_bits = {}
            for number, (c, _, _) in enumerate(self._numbered):
                self._pattern_bits[c] = self._pattern_bits.get(c, 0) | 1 << number
        return [pattern for _, pattern, _ in self._numbered]

    def specificity(self, rule: int, length: int) -> tuple[int, int, int]:
        """How specific a finding of this rule is: a phrase rule over a frame; among phrase rules the longer match,
        among frames the one with more parts, then the longer (the evidence that shows more of the threat)."""
        frame = self._by_rule.get(rule)
        return (1, length, 0) if frame is None else (0, len(frame.classes), length)

    # --- matching -----------------------------------------------------------------------------

    def find(self, views: Sequence[Normalised], parts: Sequence[list[Part]],
             turns: Sequence[int | None], runnable: Sequence[int] | None = None) -> list[list[FrameHit]]:
        """The frames in the views of one speaker's segments (`turns`: their turn indexes), each given on the view
        holding its last part. `parts`: the class-term hits of each view, from the analyser's automaton pass;
        `runnable`: per view, the class patterns (bits numbered as `class_patterns`) that may match in it, those
        whose anchors it holds (None: all of them)."""
        found: list[list[FrameHit]] = [[] for _ in views]
        if not self._frames:
            return found
        if len(views) == 1:     # most messages: one text, one run
            if parts[0]:
                self._find_in_run([0], views, parts, found, runnable, turns)
            return found
        for run in _runs(turns):
            if any(parts[v] for v in run):
                self._find_in_run(run, views, parts, found, runnable, turns)
        return found

    def _find_in_run(self, run: list[int], views: Sequence[Normalised], parts: Sequence[list[Part]],
                     found: list[list[FrameHit]], runnable: Sequence[int] | None,
                     turns: Sequence[int | None]) -> None:
        present = numbers = 0
        for v in run:
            for c, _, _ in parts[v]:
                present |= 1 << c
            numbers |= -1 if runnable is None else runnable[v]
        unknown = self._plans.get((present, numbers))
        if unknown is None:
            unknown = self._plan(present, numbers)
        if unknown < 0:
            return
        # Settle the unknown classes one at a time, the one most frames still possible need first: a class none of
        # whose patterns match rules out every frame that needs it, and the classes only those frames needed are
        # never run (most texts: a salutation, a date or a text start runs no pattern once its partner is absent).
        # Only whether a class matches is asked here: most runs complete no frame, and build no parts. The steps are
        # dict look-ups in this loop, not method calls (about 4 classes settled a text with class terms).
        found_classes = present
        next_for, probes = self._next_for, self._probes
        while True:
            c = next_for.get((found_classes, unknown))
            if c is None:
                c = self._next_class(found_classes, unknown)
            if c < 0:
                break
            unknown &= ~(1 << c)
            matched = False
            for v in run:
                mask = -1 if runnable is None else runnable[v]
                checks = probes.get((c, mask))
                if checks is None:
                    checks = self._probes_of(c, mask)
                text = views[v].text
                # what `match_spans` finds first: a match() for AT_START, a search from the last character for AT_END
                for probe, from_end in checks:
                    if probe(text, len(text) - 1 if from_end else 0) is not None:
                        matched = True
                        break
                if matched:
                    found_classes |= 1 << c
                    break
        complete = self._complete(found_classes)
        if not complete:
            return
        offsets = {}
        by_class: dict[int, list[tuple[int, int, int]]] = {}   # class -> (start, end, view), in run positions
        position = 0
        fills = {v: _OTHER_TURN_FILL if i and turns[v] - turns[run[i - 1]] == 2 else "" for i, v in enumerate(run)}
        for v in run:
            position += len(fills[v])
            offsets[v] = position
            for c, start, end in parts[v]:
                by_class.setdefault(c, []).append((position + start, position + end, v))
            position += len(views[v].text)
        # the parts the patterns of the complete frames' classes find (those settled above again, for their spans)
        self._add_pattern_parts(self._complete_needs(found_classes) & self._patterned, run, views, offsets, by_class,
                                runnable)
        for hits in by_class.values():
            hits.sort()
        text = None       # the run's views joined, for `unless_between`
        for frame in complete:
            for chain in _chains(frame, by_class):
                if frame.between:
                    text = text or "".join(fills[v] + views[v].text for v in run)
                    span = text[chain[0][0]:chain[-1][1]]
                    if any(term in span for term in frame.between):
                        continue
                found[chain[-1][2]].append(_hit(frame, chain, offsets))

    def _plan(self, present: int, numbers: int) -> int:
        """The classes (a bit mask) only patterns can show in a run with the class terms `present` whose views allow the
        class patterns `numbers` (bits numbered as `class_patterns`, -1: all): those with a runnable pattern and no
        term found, needed by a frame every other class of which is found or may be; -1 when no frame is possible.
        Few pairs of masks recur: each is settled once."""
        if self._numbered is None:
            self.class_patterns()
        maybe = 0
        for c, bits in self._pattern_bits.items():
            if bits & numbers and not present >> c & 1:
                maybe |= 1 << c
        unknown = 0
        for frame in self._frames:
            if not frame.needs & ~(present | maybe):
                unknown |= frame.needs & maybe
        plan = self._plans[present, numbers] = unknown if self._complete(present | unknown) else -1
        return plan

    def _next_class(self, found: int, unknown: int) -> int:
        """The unknown class to settle next (-1: none is left that a possible frame needs): of the frames whose
        classes are all found or unknown, the unknown class most of them need (the lowest numbered of a tie)."""
        key = found, unknown
        known = self._next_for.get(key)
        if known is None:
            counts: dict[int, int] = {}
            for frame in self._frames:
                if not frame.needs & ~(found | unknown):
                    wanted = frame.needs & unknown
                    while wanted:
                        c = (wanted & -wanted).bit_length() - 1
                        wanted &= wanted - 1
                        counts[c] = counts.get(c, 0) + 1
            known = self._next_for[key] = min(counts, key=lambda c: (-counts[c], c)) if counts else -1
        return known

    def _probes_of(self, c: int, numbers: int) -> tuple[tuple[Callable, bool], ...]:
        """For the patterns of class `c` among `numbers` (-1: all), how `match_spans` asks first whether one matches:
        the pattern's match() (AT_START) or search(), and whether from the text's last character (AT_END)."""
        probes = []
        todo = self._pattern_bits[c] & numbers
        while todo:
            number = (todo & -todo).bit_length() - 1
            todo &= todo - 1
            _, pattern, start = self._numbered[number]
            probes.append((pattern.match if start == AT_START else pattern.search, start == AT_END))
        known = self._probes[c, numbers] = tuple(probes)
        return known

    def _complete_needs(self, found: int) -> int:
        """The classes (a bit mask) of the frames complete with the `found` ones."""
        needs = 0
        for frame in self._complete(found):
            needs |= frame.needs
        return needs

    def _complete(self, found: int) -> list[_Frame]:
        """The frames all of whose classes are among the `found` ones (a bit mask), in order; settled once per set."""
        known = self._complete_for.get(found)
        if known is None:
            known = self._complete_for[found] = [frame for frame in self._frames if not frame.needs & ~found]
        return known

    def _add_pattern_parts(self, wanted: int, run: list[int], views: Sequence[Normalised], offsets: dict[int, int],
                           by_class: dict[int, list[tuple[int, int, int]]], runnable: Sequence[int] | None) -> None:
        """Run the patterns of the `wanted` classes (a bit mask) over the run's views, each where it may match. The
        patterns to run in a view are one mask (the wanted classes' patterns and the view's runnable ones), whose set
        bits are walked: a loop over every pattern of every wanted class, most of them not runnable, cost as much
        Python as the patterns it ran."""
        numbers = self._wanted_bits.get(wanted)
        if numbers is None:
            if self._numbered is None:
                self.class_patterns()
            numbers = 0
            for c, bits in self._pattern_bits.items():
                if wanted >> c & 1:
                    numbers |= bits
            self._wanted_bits[wanted] = numbers
        for v in run:
            todo = numbers if runnable is None else numbers & runnable[v]
            text, offset = views[v].text, offsets[v]
            while todo:
                number = (todo & -todo).bit_length() - 1
                todo &= todo - 1
                c, pattern, start = self._numbered[number]
                hits = [(offset + low, offset + high, v) for low, high in match_spans(pattern, start, text)]
                if hits:
                    by_class.setdefault(c, []).extend(hits)


def _hit(frame: _Frame, chain: list[tuple[int, int, int]], offsets: dict[int, int]) -> FrameHit:
    """The frame found as `chain`, given on the view of its last part."""
    view = chain[-1][2]
    local = [(s - offsets[view], e - offsets[view]) for s, e, v in chain if v == view]
    focus = chain[frame.focus]
    start = focus[0] - offsets[view] if focus[2] == view else local[0][0]
    return FrameHit(frame.rule, start, local[-1][1], local[0][0])


def _runs(turns: Sequence[int | None]) -> list[list[int]]:
    """Indexes of the segments grouped into runs of one speaker's turns with at most one other turn between
    (a message body stands alone)."""
    runs: list[list[int]] = []
    for i, turn in enumerate(turns):
        if runs and turn is not None and turns[i - 1] is not None and turn - turns[i - 1] in (1, 2):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _chains(frame: _Frame, by_class: dict[int, list[tuple[int, int, int]]]) -> list[list[tuple[int, int, int]]]:
    """For each hit of the first part, the earliest chain of parts in order, each within its gap of the one
    before: every (part, hit) is settled once, so the cost is the hits times the hits within a gap."""
    lists = [by_class[c] for c in frame.classes]
    starts = [[h[0] for h in hits] for hits in lists]
    settled: dict[tuple[int, int], list | None] = {}

    def complete(i: int, j: int) -> list | None:
        if i == len(lists) - 1:
            return [lists[i][j]]
        if (i, j) not in settled:
            end, chain = lists[i][j][1], None
            k = bisect_left(starts[i + 1], end)
            while chain is None and k < len(lists[i + 1]) and lists[i + 1][k][0] - end <= frame.gaps[i]:
                rest = complete(i + 1, k)
                chain = None if rest is None else [lists[i][j], *rest]
                k += 1
            settled[i, j] = chain
        return settled[i, j]

    return [chain for j in range(len(lists[0])) if (chain := complete(0, j)) is not None]


def one_per_category(findings: list[Finding], specificity: Callable[[Finding], tuple]) -> list[Finding]:
    """Of the findings of one category that overlap in one turn, only the most specific (contract section 5:
    one phrase gives one finding per category, from the most specific rule)."""
    if len(findings) < 2:
        return findings
    kept: list[tuple[int, Finding]] = []
    # per (category, turn): the kept spans, disjoint, sorted by start (ends sorted alike): one bisection per finding
    starts: dict[tuple, list[int]] = {}
    ends: dict[tuple, list[int]] = {}
    ranked = sorted(enumerate(findings), key=lambda item: (specificity(item[1]), -item[0]), reverse=True)
    for order, finding in ranked:
        key = finding.category, finding.turn
        key_starts, key_ends = starts.setdefault(key, []), ends.setdefault(key, [])
        before = bisect_left(key_starts, finding.end)      # kept spans starting before this one ends
        if before and key_ends[before - 1] > finding.start:
            continue
        key_starts.insert(before, finding.start)
        key_ends.insert(before, finding.end)
        kept.append((order, finding))
    return [finding for _, finding in sorted(kept, key=lambda item: item[0])]
