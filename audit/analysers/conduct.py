"""The call-conduct analyser: what goes wrong in a call as an order of events, judged over its turns.

Two layers of data, both in lexicons/conduct/:

Utterance classes (lexicons/conduct/context/utterances.yml; not a rule pack) name what a turn does: a
self-introduction, an identity question, a denial (我不是他), a hardship statement (我失业了), a stop request,
a payment demand... Each class takes the wording rules' body keys (terms, patterns, negatable, unless,
unless_sentence, requires, window; see audit.analysers.wording) and is found with the same matcher: the
normalised view, one Aho-Corasick automaton, anchor-gated patterns and negation (我们不会再打扰您 holds no
`continued_contact`). Two classes carry the callee's identity and must exist: `identity_confirmation` and
`identity_denial`. The file may also list `clause_conditions`: words that end a strong negator's reach in speech
without punctuation, added to the negation context's own (报警警察也不会管这种事你还是早点还: 还是 starts a new
demand that 不会 does not govern), and `names_nobody: {classes, words}`: a hit of those classes counts only when its
words, these taken out, keep a name (贷后中心 / 工号1032 / 这边是 呃 那个 金融中心 name nobody, 丰禾小贷贷后中心 does).
It may also list `parts: {name: [words]}`, the parts utterances are built from (greetings, kinship words...): a
pattern names a part as `{name}` and reads every word added to it, so a family grows by a word, not by a copy of one
alternation in every pattern. `{surname}`, `{weak_surname}` and `{given}` are always parts: the PERSON recognizer's
surnames (common and compound; weak ones, which are also words, apart: lexicons/pii/data/surnames.yaml) and given-name
characters (lexicons/pii/data/names.yaml), for a bare name asked wherever it stands (贺春明吧, 是苗玉兰不, 我是催收组的
小周 詹国平吧) and a masked one (蒋*是吧, 是于*江不: the asterisk is not in the view).

Sequence rules (lexicons/conduct/*.yml, `analyzer: conduct`) say which order of classes is a violation:

    - id: conduct.hardship.pressed
      category: conduct.hardship_ignored
      severity: high
      regulation: ...
      explanation: ...
      steps:                          # named turns, found in order; each may refer to the steps before it
        hardship: {speaker: customer, any: [hardship]}
        press: {speaker: agent, any: [payment_demand], not: [relief_options], after: hardship, within: 6}
      not:                            # no turn may match any of these (they may refer to every step)
        - {speaker: agent, any: [relief_options, hardship_acknowledged], after: hardship, before: press}
      report: press                   # the step whose turn the finding points at (default: the last step)
      examples:
        match: ["坐席：…\\n客户：我失业了\\n坐席：那你今天也必须还"]       # whole calls, one turn per line
        no_match: [...]

A condition (a step, or an item of `not`) holds of one turn; a step may also be a list of conditions, any of
which will do. Condition keys:
    speaker: agent | customer | third_party | callee    who says it (callee: customer or third party)
    any: [classes]      the turn holds at least one of these classes
    all: [classes]      ... every one of these
    not: [classes]      ... none of these
    nth: N              the speaker's Nth turn (1: its first)
    after: step         a later turn than that step's
    before: step        an earlier turn than that step's
    within: N           at most N turns from the step named in `after` (else in `before`)
    answers: [classes]  the other party's last turn before this one holds one of these (是的 after 请问是X本人吗)

The rule fires once per call, at the earliest reported turn of any way of finding its steps that no `not`
condition contradicts; the reported step must be the agent's (a customer's own words are never a violation).

The callee's identity comes from the transcript, and from `recipient_type`: a `third_party` recipient is never
the debtor (its confirmations are dropped and its first turn holds `identity_denial`, so that what the agent says
before anyone answered is judged as disclosure, and pressing starts after the callee spoke, as the contract
words it), and the first turn spoken by a `third_party` speaker holds `identity_denial`.

Turn timing (talk share, interruptions, silence) is in audit.call_timing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from audit.analysers.base import MessageAnalyser
from audit.analysers.wording import NEGATION_FILE, Negation, WordingAnalyser
from audit.errors import RulePackError
from audit.finding import Finding, Severity
from audit.masking import mask_evidence
from audit.message import Message, Turn, parse_call_text
from audit.normalise import normalise_term
from audit.paths import LEXICONS
from audit.rulepack import Rule, check_body_keys, fill_word_slots, is_slot_name, read_yaml

UTTERANCES_FILE = Path("conduct") / "context" / "utterances.yml"
SURNAMES_FILE = Path("pii") / "data" / "surnames.yaml"
NAMES_FILE = Path("pii") / "data" / "names.yaml"
CONFIRMATION, DENIAL = "identity_confirmation", "identity_denial"
RULE_KEYS = {"steps", "not", "report"}
CONDITION_KEYS = {"speaker", "any", "all", "not", "nth", "after", "before", "within", "answers"}
SPEAKER_ROLES = {"agent": frozenset({"agent"}), "customer": frozenset({"customer"}),
                 "third_party": frozenset({"third_party"}), "callee": frozenset({"customer", "third_party"})}
CLASS_KEYS = {"description", "terms", "patterns", "negatable", "unless", "unless_sentence", "requires", "window"}
MIN_NAME_CHARS = 2          # an institution's own name keeps at least this many characters (丰禾, 星河)
SPOKEN_NUMBER = re.compile("[零〇一二三四五六七八九十幺两百千]{3,}")
EVIDENCE_CHARS = 80         # a whole-turn finding shows at most this much of the turn
PAUSE = re.compile(r"(?<=[一-龥])[ \u3000]+(?=[一-龥])")     # spaces between Chinese words in a transcript


class UtteranceClasses:
    """The named classes of what a turn does, found with the wording matcher (negation included)."""

    def __init__(self, path: Path, negation: Path | None = None) -> None:
        try:
            data = read_yaml(path)
        except (OSError, yaml.YAMLError) as exc:
            raise RulePackError(path, f"cannot read the utterance classes: {exc}") from exc
        classes = data.get("classes") if isinstance(data, dict) else None
        if not isinstance(classes, dict) or not classes:
            raise RulePackError(path, "an utterances file is a mapping with 'classes': {name: {terms, patterns}}")
        parts = self._parts(path, data)
        rules = []
        for name, body in classes.items():
            if not isinstance(body, dict):
                raise RulePackError(path, f"class '{name}' must be a mapping with 'terms' or 'patterns'", str(name))
            if isinstance(body.get("patterns"), list):
                body = {**body, "patterns": [self._fill_parts(path, str(name), pattern, parts)
                                             for pattern in body["patterns"]]}
            rule = Rule(id=str(name), category="conduct.class", severity=Severity.LOW, regulation="",
                        explanation="", analyzer="conduct", pack="utterances", path=str(path), body=dict(body))
            check_body_keys(rule, CLASS_KEYS)
            rule.body.pop("description", None)
            rules.append(rule)
        missing = {CONFIRMATION, DENIAL} - set(classes)
        if missing:
            raise RulePackError(path, f"the classes {', '.join(sorted(missing))} carry the callee's identity and "
                                "must be defined")
        self.names = frozenset(map(str, classes))
        self._matcher = WordingAnalyser(rules, negation=self._speech_negation(path, data, negation), classifier=None)
        self._need_name, self._nameless = self._names_nobody(path, data, self.names)

    @staticmethod
    def _parts(path: Path, data: dict) -> dict[str, str]:
        """Each part of the file's `parts` (and `surname`) as one regex alternation, longest word first."""
        raw = data.get("parts", {})
        if not isinstance(raw, dict) or not all(
                is_slot_name(name) and isinstance(words, list) and words
                and all(isinstance(w, str) and normalise_term(w) for w in words) for name, words in raw.items()):
            raise RulePackError(path, "'parts' is {lower_case_name: [words]}")
        surnames, names = read_yaml(LEXICONS / SURNAMES_FILE, shared=True), read_yaml(LEXICONS / NAMES_FILE, shared=True)
        words = {name: [normalise_term(w) for w in values] for name, values in raw.items()}
        words["surname"] = [*surnames["compound"], *surnames["common"]]     # simplified: the view the patterns read
        # surnames that are also common words (于, 高, 明: 明天还吧), for patterns whose context rules the word out
        words["weak_surname"] = sorted({normalise_term(surname) for surname in surnames["weak"]})
        words["given"] = [normalise_term(char) for char in str(names["given_name_chars"])]
        return {name: _alternation(values) for name, values in words.items()}

    @staticmethod
    def _fill_parts(path: Path, name: str, pattern: object, parts: dict[str, str]) -> object:
        """`pattern` with each `{part}` replaced by its words; a part the file does not define is an error."""
        if not isinstance(pattern, str):
            return pattern          # the rule-body check names the wrong value
        return fill_word_slots(pattern, parts, lambda part: RulePackError(
            path, f"class '{name}': no part {{{part}}} (parts: {', '.join(sorted(parts))})", name))

    @staticmethod
    def _speech_negation(path: Path, data: dict, negation: Path | None) -> Negation:
        """The negation context for speech: the file's own `clause_conditions` added (speech runs clauses together),
        and none of the grammar of written texts (a quoted collector condemned, a case or a sanction reported, a
        claim dismissed after it, a question put to no one): in a call the agent speaks for itself, and 不然利息越滚
        越多 after a demand presses harder, where an article's 以贷养贷会让债务越滚越大 warns."""
        words = data.get("clause_conditions", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and normalise_term(w) for w in words):
            raise RulePackError(path, "'clause_conditions' must be a list of words (not only punctuation)")
        loaded = Negation.load(negation or LEXICONS / NEGATION_FILE)
        added = tuple(normalise_term(word) for word in words)
        return replace(loaded, clause_conditions=tuple(dict.fromkeys(loaded.clause_conditions + added)),
                       condemnations=(), quote_condemnations=(), case_reports=(), verdicts=(), dismissals=(),
                       reported_actors=(), sanctions=(), asked_categories=frozenset())

    @staticmethod
    def _names_nobody(path: Path, data: dict, names: frozenset[str]) -> tuple[frozenset[str], re.Pattern[str] | None]:
        """The classes whose hit must name someone, and the words that name nobody (`names_nobody`)."""
        raw = data.get("names_nobody")
        if raw is None:
            return frozenset(), None
        classes, words = (raw.get("classes"), raw.get("words")) if isinstance(raw, dict) else (None, None)
        if not (isinstance(classes, list) and set(classes) <= names and isinstance(words, list) and words
                and all(isinstance(w, str) and normalise_term(w) for w in words)):
            raise RulePackError(path, "'names_nobody' is {classes: [defined classes], words: [words]}")
        ordered = sorted({normalise_term(w) for w in words}, key=len, reverse=True)
        return frozenset(classes), re.compile("|".join(map(re.escape, ordered)))

    def _names_someone(self, text: str) -> bool:
        """Whether a hit's words keep a name once the words that name nobody are taken out (贷后中心, 工号1032,
        这边是 呃 那个 金融中心 keep none; 丰禾小贷贷后中心 keeps 丰禾)."""
        assert self._nameless is not None
        left = self._nameless.sub("", normalise_term(text))
        # A number read aloud (工号一零三二) names nobody; a numeral inside a name (百川, 九州) is part of it.
        left = SPOKEN_NUMBER.sub("", left)
        return len(re.sub(r"[^一-龥a-z]", "", left)) >= MIN_NAME_CHARS

    def find(self, text: str) -> dict[str, tuple[int, int]]:
        """The classes one turn holds, each with the span of its first hit in the turn's text."""
        spans: dict[str, tuple[int, int]] = {}
        # A pause written as a space between words ends a clause, as a comma would: ASR and typed chat leave out the
        # punctuation, and a negator must not reach past it (你不会找活儿干啊 这礼拜还上三千: the demand stands).
        # One comma for one space keeps every offset.
        spoken = PAUSE.sub(lambda pause: "，" * len(pause.group()), text)
        for name, start, end in sorted(self._matcher.text_hits(spoken), key=lambda hit: hit[1]):
            if name in spans or (name in self._need_name and not self._names_someone(text[start:end])):
                continue
            spans[name] = (start, end)
        return spans


def _alternation(words: list[str]) -> str:
    """One regex for a part's words: a character class when each is one character, else longest first."""
    unique = sorted(set(words), key=len, reverse=True)
    if all(len(word) == 1 for word in unique):
        return "[" + "".join(map(re.escape, sorted(unique))) + "]"
    return "(?:" + "|".join(map(re.escape, unique)) + ")"


@dataclass(frozen=True, slots=True)
class Condition:
    """What one turn must be (see the module docstring for the keys)."""

    speakers: frozenset[str] | None
    any: frozenset[str]
    all: frozenset[str]
    none: frozenset[str]
    nth: int | None
    after: str | None
    before: str | None
    within: int | None
    answers: frozenset[str]


@dataclass(slots=True)
class Call:
    """One call as the rules see it: who speaks each turn and the classes each turn holds."""

    turns: list[Turn]
    speakers: dict[int, str]
    classes: dict[int, dict[str, tuple[int, int]]]
    ordinal: dict[int, dict[str, int]]      # turn -> {"agent": 2, "callee": 1, ...}: the speaker's how-many-th turn

    @property
    def indexes(self) -> list[int]:
        return sorted(self.speakers)


@dataclass(slots=True)
class SequenceRule:
    rule: Rule
    steps: list[tuple[str, tuple[Condition, ...]]]
    forbidden: tuple[Condition, ...]
    report: str

    def first_shown(self, call: Call) -> int | None:
        """The earliest reported turn of a way of finding the steps that no `not` condition contradicts."""
        # The turns each condition could be, whatever the steps' places: matched once per call, so that the
        # search over the steps' places costs the product of a few matching turns, not of all turns.
        candidates = {id(c): [i for i in call.indexes if _fits(c, call, i)]
                      for c in (*self.forbidden, *(c for _, options in self.steps for c in options))}
        best = None
        for found in self._assignments(call, candidates, 0, {}):
            turn = found[self.report]
            if (best is None or turn < best) and not any(
                    _placed(c, i, found) for c in self.forbidden for i in candidates[id(c)]):
                best = turn
        return best

    def _assignments(self, call: Call, candidates: dict[int, list[int]], step: int,
                     found: dict[str, int]) -> Iterator[dict[str, int]]:
        if step == len(self.steps):
            yield found
            return
        name, options = self.steps[step]
        for index in sorted({i for c in options for i in candidates[id(c)] if _placed(c, i, found)}):
            found[name] = index
            yield from self._assignments(call, candidates, step + 1, found)
            del found[name]


def _fits(condition: Condition, call: Call, index: int) -> bool:
    """Whether turn `index` is what `condition` asks for, leaving aside where the steps are."""
    if condition.speakers is not None and call.speakers[index] not in condition.speakers:
        return False
    classes = call.classes[index].keys()
    if condition.any and not condition.any & classes:
        return False
    if not condition.all <= classes or condition.none & classes:
        return False
    if condition.nth is not None and call.ordinal[index].get(_role(condition), 0) != condition.nth:
        return False
    return not condition.answers or _answers(call, index, condition.answers)


def _placed(condition: Condition, index: int, found: dict[str, int]) -> bool:
    """Whether turn `index` stands where `condition` asks, relative to the steps `found` so far."""
    if condition.after is not None and not index > found[condition.after]:
        return False
    if condition.before is not None and not index < found[condition.before]:
        return False
    return condition.within is None or abs(index - found[condition.after or condition.before]) <= condition.within


def _role(condition: Condition) -> str:
    return next(name for name, speakers in SPEAKER_ROLES.items() if speakers == condition.speakers)


def _answers(call: Call, index: int, classes: frozenset[str]) -> bool:
    """Whether the other party's last turn before `index` holds one of `classes`."""
    speaker = call.speakers[index]
    for earlier in range(index - 1, -1, -1):
        if call.speakers[earlier] != speaker:
            return bool(classes & call.classes[earlier].keys())
    return False


class ConductAnalyser(MessageAnalyser):
    name = "conduct"
    channels = frozenset({"call", "app"})
    context_files = (("utterances", UTTERANCES_FILE), ("negation", NEGATION_FILE))

    def __init__(self, rules: list[Rule], utterances: Path | None = None, negation: Path | None = None,
                 **options: object) -> None:
        super().__init__(rules)
        self.utterances = UtteranceClasses(utterances or LEXICONS / UTTERANCES_FILE, negation)
        self._sequences = {rule.id: self._compile(rule) for rule in rules}

    def applies_to(self, message: Message) -> bool:
        return super().applies_to(message) and self._turns(message) is not None

    def analyse(self, message: Message) -> list[Finding]:
        call = self.call(message)
        if call is None:
            return []
        findings = []
        for sequence in self._sequences.values():
            turn = sequence.first_shown(call)
            if turn is not None:
                findings.append(self._finding(message, call, sequence, turn))
        return sorted(findings, key=lambda f: (f.turn, f.rule_id))

    def example_matches(self, rule: Rule, text: str) -> bool:
        """An example is a whole call, one speaker-prefixed turn per line (坐席：…); it matches when the rule
        fires on it as a call to an unknown recipient."""
        sequence = self._sequences.get(rule.id)
        if sequence is None:
            raise ValueError(f"rule {rule.id} is not loaded in this analyser")
        call = self.call(Message("example", "example", "call", text=text))
        if call is None:
            raise ValueError(f"rule {rule.id}: example is no call (one turn per line, 坐席：/客户： first): {text!r:.60}")
        return sequence.first_shown(call) is not None

    def call(self, message: Message) -> Call | None:
        """The call as the rules see it (None when the message has no turns): speakers, classes, identity."""
        turns = self._turns(message)
        if turns is None:
            return None
        speakers = {i: turn.speaker for i, turn in enumerate(turns)}
        classes = {i: self.utterances.find(turn.text) for i, turn in enumerate(turns)}
        third_party = message.recipient_type == "third_party"     # never the debtor, whatever the transcript says
        denied_by = SPEAKER_ROLES["callee"] if third_party else SPEAKER_ROLES["third_party"]
        first_denial = next((i for i, t in enumerate(turns) if t.speaker in denied_by), None)
        if first_denial is not None:
            classes[first_denial].setdefault(DENIAL, (0, len(turns[first_denial].text)))
        if third_party:
            for found in classes.values():
                found.pop(CONFIRMATION, None)
        ordinal: dict[int, dict[str, int]] = {}
        counts: dict[str, int] = {}
        for i in sorted(speakers):
            roles = [role for role, members in SPEAKER_ROLES.items() if speakers[i] in members]
            for role in roles:
                counts[role] = counts.get(role, 0) + 1
            ordinal[i] = {role: counts[role] for role in roles}
        return Call(turns, speakers, classes, ordinal)

    @staticmethod
    def _turns(message: Message) -> list[Turn] | None:
        if message.turns is not None:
            return message.turns or None
        return parse_call_text(message.text) if message.text else None

    def _finding(self, message: Message, call: Call, sequence: SequenceRule, turn: int) -> Finding:
        rule = sequence.rule
        text = call.turns[turn].text
        wanted = [c for option in dict(sequence.steps)[sequence.report] for c in (*option.any, *option.all)]
        spans = [call.classes[turn][c] for c in wanted if c in call.classes[turn]]
        start, end = min(spans) if spans else (0, min(len(text), EVIDENCE_CHARS))
        return Finding.of_rule(rule, message, start=start, end=end, turn=turn, evidence=mask_evidence(text[start:end]))

    # --- loading ------------------------------------------------------------------------------

    def _compile(self, rule: Rule) -> SequenceRule:
        check_body_keys(rule, RULE_KEYS)
        steps_data = rule.body.get("steps")
        if not isinstance(steps_data, dict) or not steps_data:
            raise RulePackError(rule.path, "'steps' must be a mapping of step names to conditions", rule.id)
        steps: list[tuple[str, tuple[Condition, ...]]] = []
        for name, raw in steps_data.items():
            options = raw if isinstance(raw, list) and raw else [raw]
            steps.append((str(name), tuple(self._condition(rule, f"steps.{name}", option, [n for n, _ in steps])
                                           for option in options)))
        names = [name for name, _ in steps]
        forbidden_data = rule.body.get("not", [])
        if not isinstance(forbidden_data, list):
            raise RulePackError(rule.path, "'not' must be a list of conditions", rule.id)
        forbidden = tuple(self._condition(rule, f"not[{i}]", raw, names) for i, raw in enumerate(forbidden_data))
        report = rule.body.get("report", names[-1])
        if report not in names:
            raise RulePackError(rule.path, f"'report': {report!r} is no step (the steps are {', '.join(names)})",
                                rule.id)
        if any(option.speakers != SPEAKER_ROLES["agent"] for option in dict(steps)[report]):
            raise RulePackError(rule.path, f"'report': step {report!r} must have speaker: agent (a customer's own "
                                "words are never a violation)", rule.id)
        return SequenceRule(rule, steps, forbidden, report)

    def _condition(self, rule: Rule, key: str, raw: object, steps: list[str]) -> Condition:
        def fail(reason: str) -> RulePackError:
            return RulePackError(rule.path, f"'{key}': {reason}", rule.id)

        if not isinstance(raw, dict):
            raise fail(f"a condition is a mapping of {', '.join(sorted(CONDITION_KEYS))}")
        unknown = set(raw) - CONDITION_KEYS
        if unknown:
            raise fail(f"unknown operator(s) {', '.join(sorted(map(str, unknown)))} (known: "
                       f"{', '.join(sorted(CONDITION_KEYS))})")
        speaker = raw.get("speaker")
        if speaker is not None and speaker not in SPEAKER_ROLES:
            raise fail(f"speaker {speaker!r} is none of {', '.join(SPEAKER_ROLES)}")
        classes = {}
        for op in ("any", "all", "not", "answers"):
            names = raw.get(op, [])
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise fail(f"'{op}' must be a list of class names")
            unknown_classes = set(names) - self.utterances.names
            if unknown_classes:
                raise fail(f"'{op}': unknown class(es) {', '.join(sorted(unknown_classes))} (known: "
                           f"{', '.join(sorted(self.utterances.names))})")
            classes[op] = frozenset(names)
        for op in ("after", "before"):
            if raw.get(op) is not None and raw[op] not in steps:
                raise fail(f"'{op}': {raw[op]!r} is no step before this one (known: {', '.join(steps) or 'none'})")
        for op in ("within", "nth"):
            value = raw.get(op)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise fail(f"'{op}' must be a positive whole number of turns, got {value!r}")
        if raw.get("within") is not None and not (raw.get("after") or raw.get("before")):
            raise fail("'within' counts turns from the step named in 'after' or 'before'; give one")
        if raw.get("nth") is not None and speaker is None:
            raise fail("'nth' counts one speaker's turns; give 'speaker'")
        return Condition(SPEAKER_ROLES[speaker] if speaker else None, classes["any"], classes["all"], classes["not"],
                         raw.get("nth"), raw.get("after"), raw.get("before"), raw.get("within"), classes["answers"])
