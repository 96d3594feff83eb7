"""The `pii` analyser: personal data in what the agent or template says, judged by PIPL rules.

Each rule in lexicons/pii/ combines up to four conditions on one segment of agent speech (a message
body, or one agent turn of a call); a customer reading out their own number is never a leak.

    entities: [CN_ID_CARD, ...]   each entity of these types found is a finding
    terms / patterns: [...]       the first occurrence in the segment is a finding (literal words /
                                  regular expressions): one disclosure per turn, not one per word
    near: {entities: [...], window: 10}
                                  ... only when one of these entities starts within `window`
                                  characters after the word (你父亲李国强, 你妈妈的手机是…)
    together_with: [PERSON]       ... only when the message's agent speech (this segment or another turn:
                                  the name in the greeting, the address three turns later) also holds
                                  each of these entity types
    unless: [抵押, ...]            no finding in a segment holding one of these words (where the data is
                                  what the message is about: the collateral car's plate); a third-party rule
                                  also reads the agent's earlier turns of the call (the callee called the guarantor in
                                  the first turn, the overdue loan told in the third); a word list several
                                  rules share is a YAML anchor, written in as an alias (*staff_forbids_mention)
    unless_unnamed: [下班, ...]    ... and none in a segment holding one of these words where the message's agent
                                  speech names no one (no PERSON): a workplace told with the hours kept
                                  there, no name beside it, is where to find someone at a time
                                  (pii.sensitive's), not a full name with an employer
    unless_filed: ['{court_filing}']
                                  no finding in a message that is a filing with a court or another authority
                                  (regexes on the segment: a 民事起诉状 or 财产保全申请书 heading, 此致 某某人民法院 at
                                  its foot): the court is owed the full number by its rules of procedure. Not read
                                  where the message goes to the debtor: a copy sent to them is outbound text
    not_after: [打我手机, ...]     an entity of `entities` right after one of these words (within
                                  NOT_AFTER_WINDOW characters) is no finding: the sender's own number to
                                  call back (有事打我手机139…), not the other side's; other entities still are
    recipient: third_party        only speech that reaches a third party; `debtor`: only speech that
                                  does not (您儿子 is the debtor's son to the debtor, the debtor himself
                                  to his mother); default: any recipient
    min_score: 0.5                ignore entities scored lower
    holder_under: 18              an entity of `entities` (CN_ID_CARD only) counts only where the birth date the number
                                  carries makes its holder younger than this many whole years on the message's send
                                  date (today when it has none): a child's ID number (户口本上你儿子的身份证…2013…) is a
                                  minor's data, an adult's is not; judged in code, so no pattern holds a year
    raised_alone: true            the callee raising the rule's family (health: 我爸住院) does not excuse it
                                  said back; only its own words do (the ward and bed, 肿瘤科12床, say more
                                  than the stay the callee told)

Beside the rules, a trained classifier (audit.classifier's design, `audit/models/pipl.npz`, thresholds in
lexicons/pii/context/model.yml, trained by `python -m training.train_pipl_model` on the released PIPL sets) scores
the agent speech for the categories it was trained on: where it finds a category no rule of the category found in
the message, it adds one finding with `detector: "model"`, its score and its sentence as evidence, masked as every
pii evidence is, of at most medium severity; where a rule of the category fires, the rule's finding stands.

A pattern may hold `{surname}`: any surname of lexicons/pii/data/surnames.yaml (common, traditional and
compound ones; the weak ones are everyday characters), for a name the recognizers miss right after a
kinship word (你爸贾福生), and `{weak_surname_name}`: a surname that is also an everyday character (白, 戈, 于) with two
characters the recognizer knows as given-name ones (你丈人白振华), which a rule reads only where a frame vouches for a
name, and `{given_name}`: two such characters alone (你嫂子秀芝说), likewise only in a frame. It may hold `{name}`
for any word class of the `classes.yml` beside its pack (lexicons/pii/classes.yml: kinship words, illnesses,
places, times of day ...): a class is written once and
every pattern that names it reads the words added to it, so a family of wording grows by vocabulary, not by
copies of one alternation in every rule.

Terms and patterns are matched against the segment in simplified characters (OpenCC, as audit.normalise
converts), so a rule written once also reads traditional text.

Example semantics (`example_matches`): the example text is sent as an SMS to the debtor, or, for a
rule with `recipient: third_party`, to a third party; it matches when the rule yields a finding.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np

from audit.analysers.base import MessageAnalyser
from audit.anchors import Gates, fast_automaton, gating_groups, sre_parse
from audit.classifier import WordingClassifier, fuse
from audit.errors import RulePackError
from audit.finding import Finding
from audit.masking import mask_evidence
from audit.message import Message, Segment
from audit.normalise import Normalised, fold_dialect, normalise, to_simplified_in_place
from audit.paths import LEXICONS
from audit.recognizers.cn_id_card import age_on, birth_date
from audit.recognizers.digit_view import digits_in
from audit.recognizers.finder import Entity, EntityFinder
from audit.recognizers.person import ZhPersonRecognizer
from audit.recognizers.read_on import pieces_over_turns
from audit.rulepack import (
    CLASSES_FILE,
    PatternMemo,
    Rule,
    check_body_keys,
    compile_pattern,
    fill_word_slots,
    is_slot_name,
    read_yaml,
)
from audit.vocabulary import ENTITY_TYPES

BODY_KEYS = {"entities", "terms", "patterns", "near", "together_with", "recipient", "min_score", "unless",
             "unless_unnamed", "unless_filed", "not_after", "raised_alone", "holder_under"}
RECIPIENTS = ("any", "third_party", "debtor")
EVIDENCE_CONTEXT = 8      # characters of masked context on each side of the evidence
DEFAULT_WINDOW = 10       # near.window: characters after the word in which the entity must start
NOT_AFTER_WINDOW = 4      # not_after: characters between the word and the entity's start
SURNAME_SLOT = "surname"
WEAK_NAME_SLOT = "weak_surname_name"
GIVEN_NAME_SLOT = "given_name"
SHIPPED_CLASSES = LEXICONS / "pii" / CLASSES_FILE
PIPL_MODEL_FILE = Path(__file__).resolve().parents[1] / "models" / "pipl.npz"
PIPL_CONFIG_FILE = Path("pii") / "context" / "model.yml"      # under the lexicon folder
# A 【…】 that names a chat group (【微信群：某某业主群】, 【家长群】, 【群聊：外访三组】) is no signature: it is the pasted
# chat's header, where the message was posted, part of the body as sent (contract section 1), and read as the rest.
_SIGNATURE = re.compile(r"【(?![^】\n]{0,30}群)[^】\n]{0,30}】")
# A name the agent gives as its own (我是青禾贷后服务部的邹怡浩, 客服专员陈立, 工号7045的小李) is nobody's personal
# data: it does not make an address said in another turn "a full name with an address" (together_with). A question
# after the introduction asks for someone else (这里是安华金融 请问是欧晓云女士吗, unpunctuated as ASR writes it); a
# speaker's label with its colon (专员：某某，你…) opens a line addressed to someone, not an introduction.
SELF_INTRODUCTION = re.compile(r"(?:我是|我叫|我姓|本人是|这里是|这边是|(?:客服|专员)(?![：:])|经理|工号)"
                               r"(?:(?!请问|您是|你是|是不是)[^，。！？,!?\n]){0,14}$")


@dataclass(slots=True)
class _Compiled:
    """One rule's body, checked and compiled."""

    rule: Rule
    entities: frozenset[str]
    words: re.Pattern | None            # terms and patterns joined
    terms: re.Pattern | None            # ... and apart: see _first_word
    terms_bit: int                      # the terms' bit in _WordGate.alive (0: no terms)
    searches: dict[int, re.Pattern]     # the patterns apart (see _searches) by their bits, in the order of both
    search_bits: int                    # every bit of `searches`
    bits: int                           # ... and the terms' bit
    near: frozenset[str]
    window: int
    together_with: frozenset[str]
    unless: tuple[str, ...]
    unless_unnamed: tuple[str, ...]
    unless_filed: re.Pattern | None     # a filing with a court (see the module's docstring)
    not_after: re.Pattern | None        # the not_after words, anchored to end where an entity may start
    recipient: str
    min_score: float
    raised_alone: bool                  # raised only by its own words, not its family's (see _raised_at)
    holder_under: int | None            # ID numbers count only where their holder is younger than this (_held_under)


class PiiAnalyser(MessageAnalyser):
    name = "pii"

    def __init__(self, rules: list[Rule], finder: EntityFinder | None = None, lexicons: Path | None = None,
                 classifier: WordingClassifier | None = None, model: bool = True, **options: object) -> None:
        super().__init__(rules)
        self.finder = finder or EntityFinder(lexicons)
        if classifier is None and model:        # the shipped thresholds unless the lexicon folder has its own
            root = Path(lexicons or LEXICONS)
            classifier = WordingClassifier.load(root if (root / PIPL_CONFIG_FILE).exists() else LEXICONS,
                                                PIPL_MODEL_FILE, PIPL_CONFIG_FILE)
        self.classifier = classifier    # the trained second detector; None (model=False): the rules alone
        names = _name_slots(self.finder)
        slots: dict[Path, dict[str, str]] = {}         # the classes of each classes file, read once
        self.gate = _WordGate()
        self.compiled = [_compile(rule, _slots_for(rule, names, slots), self.gate) for rule in rules]
        self.gate.build(rules)

    @classmethod
    def from_lexicons(cls, lexicons: Path | None = None, **options: object) -> PiiAnalyser:
        from audit.rulepack import load_rules

        return cls(load_rules([lexicons or LEXICONS], analyzer=cls.name), lexicons=lexicons)

    def analyse(self, message: Message) -> list[Finding]:
        return self.analyse_many([message])[0]

    def analyse_many(self, messages: Sequence[Message]) -> list[list[Finding]]:
        """`analyse` for each message; the classifier scores them all in one batch."""
        segments = [list(message.agent_segments()) for message in messages]
        if self.classifier is None:
            return [self._findings(message, found, [], None) for message, found in zip(messages, segments)]
        views = [[normalise(segment.text) for segment in found] for found in segments]
        probabilities = self.classifier.scores_many(views)
        flags = self.classifier.flagged(probabilities)
        return [self._findings(message, found, found_views, row if flag else None)
                for message, found, found_views, row, flag in zip(messages, segments, views, probabilities, flags)]

    def _findings(self, message: Message, segments: list[Segment], views: list[Normalised],
                  probabilities: np.ndarray | None) -> list[Finding]:
        """The rules' findings, fused with the classifier's (`probabilities`: its scores when a category reaches its
        threshold)."""
        with_nicknames = [(segment, self._entities(segment.text)) for segment in segments]
        # a nickname (小王, 刘哥) is masked in evidence as a name is, but no rule counts it as one
        found = [(segment, [e for e in entities if not e.nickname]) for segment, entities in with_nicknames]
        nicknames = {index: [e for e in entities if e.nickname] for index, (_, entities) in enumerate(with_nicknames)}
        heads: dict[int, list[Entity]] = {}
        tails: dict[int, list[Entity]] = {}
        if message.turns and len(segments) > 1:
            heads, tails = self._read_across_turns(message, found)
            for index, pieces in heads.items():
                found[index] = (found[index][0], sorted([*found[index][1], *pieces], key=lambda e: (e.start, -e.end)))
        said = [e for segment, entities in found for e in entities
                if not _own_name(segment.text, e) and not _chat_label(segment.text, e)]
        masked: dict[int, str] = {}      # each segment masked once, when a rule's or the classifier's finding needs it

        def masked_text(index: int) -> str:
            if index not in masked:
                segment, entities = found[index]
                text = mask_evidence(segment.text, [*entities, *nicknames[index], *tails.get(index, ())])   # same length
                for piece in heads.get(index, ()):      # the start of a number read on: its last four are not the number's
                    text = text[:piece.start] + "*" * (piece.end - piece.start) + text[piece.end:]
                masked[index] = text
            return masked[index]

        findings: list[Finding] = []
        raised = self._raised_at(message)
        for index, (segment, entities) in enumerate(found):
            findings.extend(self._judge(message, segment, entities, said, raised, lambda i=index: masked_text(i)))
        if probabilities is None or self.classifier is None:
            return findings

        def evidence(index: int, start: int, end: int) -> str:
            return masked_text(index)[start:end]

        cleared: dict[str, bool] = {}

        def dropped(category: str, turn: int | None, start: int, end: int) -> bool:
            if category not in cleared:
                cleared[category] = self._cleared(message, found, said, category)
            return cleared[category]

        return fuse(self.classifier, message, segments, views, findings, probabilities, dropped=dropped,
                    analyzer=self.name, evidence=evidence)

    def _cleared(self, message: Message, found: list[tuple[Segment, list[Entity]]], said: list[Entity],
                 category: str) -> bool:
        """Whether a rule of `category` finds what it looks for in the message's agent speech but its context clears
        it (an `unless` word: the address the debtor asked letters to go to; the callee raised the subject first): the
        classifier, blind to that context, does not overrule the rules there. Asked only of a category the classifier
        alone finds."""
        for segment, entities in found:
            to_third_party = message.addressed_to_third_party(segment)
            view = _View.of(segment.text)
            alive = self.gate.alive(view)
            for rule in self.compiled:
                if rule.rule.category != category or (
                        rule.recipient != "any" and (rule.recipient == "third_party") != to_third_party):
                    continue
                earlier = _earlier_turns(message, segment) if rule.recipient == "third_party" else ""
                usable = _held_under(rule, message, segment.text, entities)
                if _hits(rule, view, alive, usable, said, earlier=earlier, honour_unless=False):
                    return True
        return False

    def _read_across_turns(self, message: Message, found: list[tuple[Segment, list[Entity]]]
                           ) -> tuple[dict[int, list[Entity]], dict[int, list[Entity]]]:
        """The identifiers an agent reads out over two turns or more (坐席：您身份证 四两洞幺洞两 幺勾勾六 / 客户：嗯 /
        坐席：洞八幺两 幺洞幺叉), which no turn holds whole: by segment index, the piece in the turn where each starts
        (the rules judge it there) and the pieces in the turns after it (masked in evidence only)."""
        heads: dict[int, list[Entity]] = {}
        tails: dict[int, list[Entity]] = {}
        in_turns = [index for index, (segment, _) in enumerate(found) if segment.turn is not None]
        turn_texts = [turn.text for turn in message.turns]
        for k, piece in pieces_over_turns(self.finder, [found[index][0].text for index in in_turns],
                                          [found[index][0].turn for index in in_turns], turn_texts):
            (heads if piece.first else tails).setdefault(in_turns[k], []).append(piece.entity)
        return heads, tails

    def _entities(self, text: str) -> list[Entity]:
        """The entities of a segment, nicknames among them; in one typed with a space after every character (龚 雪 梅，
        東 莞 市…, to slip past filters) those of its view without the spaces, mapped back: the recognizers read names and
        addresses whole."""
        if " " not in text or not _spaced_out(text):
            return self.finder.find(text, nicknames=True)
        view = _View.of(text)
        return [Entity(e.entity_type, *view.original(e.start, e.end), e.score, e.nickname, e.outside_mainland)
                for e in self.finder.find(view.text, nicknames=True)]

    def _raised_at(self, message: Message) -> dict[int, int]:
        """For each rule (by index) whose subject the other side of a call raised, the turn where it first did
        (我这两个月都在医院陪我爸做透析): the agent's words on it after that (那您爸的医药费…) tell the callee back what
        they told, which conduct.hardship_ignored judges, not a disclosure. Third-party rules are left out: a third
        party's words do not excuse telling them the debt. Each of their turns is read once per rule."""
        if not message.turns:
            return {}
        theirs = [(index, view.text, self.gate.alive(view)) for index, turn in enumerate(message.turns)
                  if turn.speaker != "agent" for view in (_View.of(turn.text),)]
        raised = {}
        for number, rule in enumerate(self.compiled) if theirs else ():
            if rule.words is not None and not rule.near and rule.recipient != "third_party":
                raised_at = next((index for index, text, alive in theirs if _first_word(rule, text, alive)), None)
                if raised_at is not None:
                    raised[number] = raised_at
        # A subject raised is raised for its whole family of rules (health, health_general, health_where): the callee's
        # 透析 makes the agent's 医药费 a word on what they told, though another rule of the family reads it.
        by_family: dict[str, int] = {}
        for number, raised_at in raised.items():
            family = _family(self.compiled[number].rule.id)
            by_family[family] = min(raised_at, by_family.get(family, raised_at))
        # ... except a rule `raised_alone`, whose subject says more than its family's: raised only by its own words.
        return {number: raised[number] if rule.raised_alone else by_family[_family(rule.rule.id)]
                for number, rule in enumerate(self.compiled)
                if (number in raised if rule.raised_alone else _family(rule.rule.id) in by_family)
                and rule.words is not None and not rule.near and rule.recipient != "third_party"}

    def example_matches(self, rule: Rule, text: str) -> bool:
        compiled = next(c for c in self.compiled if c.rule.id == rule.id)
        recipient = "third_party" if compiled.recipient == "third_party" else "debtor"
        message = Message(message_id="example", campaign_id="example", channel="sms", text=text,
                          recipient_type=recipient)
        return any(f.rule_id == rule.id for f in self.analyse(message))

    def _judge(self, message: Message, segment: Segment, entities: list[Entity], said: list[Entity],
               raised: dict[int, int], masked_text: Callable[[], str]) -> list[Finding]:
        to_third_party = message.addressed_to_third_party(segment)
        view = _View.of(segment.text)
        alive = self.gate.alive(view)
        findings = []
        filed: dict[str, bool] = {}
        for number, rule in enumerate(self.compiled):
            if rule.recipient != "any" and (rule.recipient == "third_party") != to_third_party:
                continue
            if not rule.entities and not alive & rule.bits:
                continue        # its words cannot match here, and words are all it finds
            told_back = segment.turn is not None and raised.get(number, segment.turn) < segment.turn
            if _filed(rule, message, view, filed):
                continue
            earlier = _earlier_turns(message, segment) if rule.recipient == "third_party" else ""
            usable = _held_under(rule, message, segment.text, entities)
            for start, end, entity_type in _hits(rule, view, alive, usable, said, told_back, earlier):
                findings.append(self._finding(message, segment, rule.rule, start, end, entity_type, masked_text()))
        return findings

    def _finding(self, message: Message, segment: Segment, rule: Rule, start: int, end: int,
                 entity_type: str | None, masked: str) -> Finding:
        return Finding.of_rule(rule, message, start=start, end=end, turn=segment.turn, entity_type=entity_type,
                               evidence=masked[max(0, start - EVIDENCE_CONTEXT):end + EVIDENCE_CONTEXT])


def _hits(rule: _Compiled, view: _View, alive: int, entities: list[Entity], said: list[Entity],
          told_back: bool = False, earlier: str = "", honour_unless: bool = True) -> list[tuple[int, int, str | None]]:
    """(start, end, entity type or None), offsets into the segment, of everything in it the rule finds; `alive`:
    the searches that can match the view (_WordGate.alive); `said`: the entities of all the message's agent speech;
    `told_back`: the other side of the call raised the rule's subject before this turn (its words then find nothing:
    PiiAnalyser._raised_at); `earlier`: the call's turns before this one, whose `unless` words count too;
    `honour_unless=False`: what the rule finds before its `unless` words clear it (PiiAnalyser._cleared).
    Cheapest checks first: the word regexes are the costly part, and a `near` rule cannot match without one of
    its entities."""
    if rule.together_with and not rule.together_with <= {e.entity_type for e in said if e.score >= rule.min_score}:
        return []
    usable = [e for e in entities if e.score >= rule.min_score] if entities else entities
    hits: list[tuple[int, int, str | None]] = [
        (e.start, e.end, e.entity_type) for e in usable if e.entity_type in rule.entities
        and not (rule.not_after and _right_after(rule.not_after, view, e.start))]
    # The sender's 【signature】 names the sender (安心孕贷, 健康分期), not anyone's data; to a third party the
    # lender it names is part of the debt revealed, so third-party rules read it.
    text = view.text if rule.recipient == "third_party" else view.unsigned
    if rule.words is not None and not rule.near and not told_back:
        match = _first_word(rule, text, alive)
        if match:
            hits.append((*view.original(match.start(), match.end()), None))
    elif rule.words is not None and alive & rule.bits:
        near_starts = sorted(view.position(e.start) for e in usable if e.entity_type in rule.near)
        for match in rule.words.finditer(text) if near_starts else ():
            if _starts_within(near_starts, match.end(), rule.window):
                hits.append((*view.original(match.start(), match.end()), None))
                break
    if hits and (rule.unless or rule.unless_unnamed) and honour_unless:
        said_so_far = _AS_YOU_SAID.sub("", _without_signature(view.text) + (_View.of(earlier).text if earlier else ""))
        if any(word in said_so_far for word in rule.unless):
            return []
        if any(word in said_so_far for word in rule.unless_unnamed) and not any(
                e.entity_type == "PERSON" for e in said):
            return []
    return hits


def _held_under(rule: _Compiled, message: Message, text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` as the rule reads them: for a rule with `holder_under`, only the ID numbers of `text` whose birth date
    makes the holder younger than that on the message's send date (today when it has none); a number read over two
    turns, whose piece here holds no whole date, is none of them."""
    if rule.holder_under is None:
        return entities
    on = message.sent_at.date() if message.sent_at else date.today()
    kept = []
    for entity in entities:
        if entity.entity_type != "CN_ID_CARD":
            continue
        born = birth_date(digits_in(text, entity.start, entity.end))
        if born is not None and born <= on and age_on(born, on) < rule.holder_under:
            kept.append(entity)
    return kept


def _filed(rule: _Compiled, message: Message, view: _View, asked: dict[str, bool]) -> bool:
    """Whether the segment is a filing with a court or another authority (`unless_filed`) that does not go to the
    debtor. `asked`: the segment's answers so far, by pattern: every rule of two packs carries the same one
    (classes.yml court_filing), and a filing's foot (此致 …法院) is searched for through the whole segment."""
    if message.recipient_type == "debtor" or rule.unless_filed is None:
        return False
    source = rule.unless_filed.pattern
    if source not in asked:
        asked[source] = rule.unless_filed.search(view.text) is not None
    return asked[source]


# "As you said" (并非如您所说没有收入) quotes the debtor; it is no condition like 如您需要…, so no `unless` 如您 in it.
_AS_YOU_SAID = re.compile("如[您你](?:所说|所言|说的|讲的)")
_SPACED_CHARACTER = re.compile("[\u4e00-\u9fff] (?=[\u4e00-\u9fff0-9])")
_CJK = re.compile("[\u4e00-\u9fff]")
SPACED_OUT_SHARE = 0.8      # of the Chinese characters followed by one space: typed apart, not an ASR's word breaks


def _spaced_out(text: str) -> bool:
    """Whether nearly every Chinese character of `text` has a space after it (龚 雪 梅，東 莞 市 南 城 區)."""
    characters = len(_CJK.findall(text))
    return characters >= 6 and len(_SPACED_CHARACTER.findall(text)) >= SPACED_OUT_SHARE * characters


def _earlier_turns(message: Message, segment: Segment) -> str:
    """The text of the agent's turns of the call before `segment`'s, one per line ("" outside calls). Only the agent's:
    an `unless` word is what the sender says of the recipient or of its own message (您担保的, 不会要求您还), and the
    callee's own words (我儿子欠你们多少) do not excuse telling them the debt."""
    if not segment.turn or not message.turns:
        return ""
    return "\n".join(turn.text for turn in message.turns[:segment.turn] if turn.speaker == "agent")


def _without_signature(text: str) -> str:
    """`text` without its 【signature】s: a lender named 云帆分期 offers no instalments (an `unless` word)."""
    return _SIGNATURE.sub("", text) if "【" in text else text


# Spaces an ASR transcript or a hurried agent puts between Chinese words (你 你那个 男朋友 叫 叫邢浩): taken out of the
# view, so a rule reads the words as written without them. Spaces between digits or Latin letters stay.
_SPACES_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000]+|[ \t\u3000]+(?=[\u3400-\u9fff])")


@dataclass(slots=True)
class _View:
    """What the rules' words are matched on: the segment in simplified characters, spaces inside Chinese text
    taken out; `unsigned`, the same with each 【signature】 blanked; `kept`, the segment offset of each view
    character when spaces were taken out (None: the offsets are the segment's)."""

    text: str
    unsigned: str
    kept: list[int] | None

    @classmethod
    def of(cls, segment_text: str) -> _View:
        text, kept = _simplified_view(segment_text), None
        if " " in text or "\t" in text or "\u3000" in text:
            kept = [at for at, _ in enumerate(text)]
            for space in reversed(list(_SPACES_IN_CHINESE.finditer(text))):
                del kept[space.start():space.end()]
            text = _SPACES_IN_CHINESE.sub("", text)
            kept = kept if len(kept) < len(segment_text) else None
        unsigned = _SIGNATURE.sub(lambda m: "。" * len(m.group()), text) if "【" in text else text
        return cls(text, unsigned, kept)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The segment offsets of the view's span [start, end) (an empty span stays empty, where it stood)."""
        if self.kept is None:
            return start, end
        if end > start:
            return self.kept[start], self.kept[end - 1] + 1
        at = self.kept[start] if start < len(self.kept) else (self.kept[-1] + 1 if self.kept else 0)
        return at, at

    def position(self, offset: int) -> int:
        """The view offset of the segment's `offset` (of the next kept character when it fell on a space)."""
        return offset if self.kept is None else bisect.bisect_left(self.kept, offset)


class _WordGate:
    """Which of the rules' searches (their terms, their patterns apart: `_searches`) can match a view, found for all
    at once: a pattern runs only on a view holding its anchors (audit.anchors: groups of literals, every match holding
    one of each group) and the terms only on one holding a term, all looked up by one automaton in the casefolded
    view (the anchors are casefolded); most patterns have anchors no SMS of a collection campaign holds."""

    def __init__(self) -> None:
        self._gates = Gates()
        self._anchors: dict[str, int] = {}      # anchor -> the bits of the groups it is in
        self._always = 0        # the group bits of the patterns with no anchors: found in every view
        # The bits of the groups with an anchor holding 。, which the unsigned view has in place of a 【signature】:
        # set on a signed view, as the automaton reads the view with its signature.
        self._signed = 0
        self._memo = _anchor_memo()
        self._automaton: ahocorasick.Automaton | None = None

    def add_terms(self, terms: list[str]) -> int:
        """The bit of a rule's terms (0: it has none), set in `alive` when the view holds one."""
        return self._add([{term.casefold() for term in terms}]) if terms else 0

    def add(self, patterns: list[str]) -> list[int]:
        """The bits of a search holding `patterns`, one each, in increasing order: the bit of a pattern is set in
        `alive` when the view holds its anchors (always, when it has none)."""
        return [self._add(self._anchor_groups(pattern)) for pattern in patterns]

    def build(self, rules: list[Rule]) -> None:
        """The automaton of every anchor added, once all are: see audit.anchors.fast_automaton."""
        counts = Counter(char for rule in rules for text in (*rule.match_examples, *rule.no_match_examples)
                         for char in text.casefold())
        self._automaton = fast_automaton(self._anchors, counts) if self._anchors else None

    def alive(self, view: _View) -> int:
        """The bits of the searches that can match the view."""
        found = self._always | self._signed if view.unsigned is not view.text else self._always
        for _, bits in self._automaton.iter(view.text.casefold()) if self._automaton is not None else ():
            found |= bits or 0          # None: fast_automaton's keys that never match
        return self._gates.complete_bits(found)

    def _add(self, groups: list[set[str]]) -> int:
        group_bits = self._gates.add(len(self._anchors), max(1, len(groups)))
        if not groups:
            self._always |= group_bits[0]
        for bit, group in zip(group_bits, groups):
            for anchor in group:
                self._anchors[anchor] = self._anchors.get(anchor, 0) | bit
            if any("。" in anchor for anchor in group):
                self._signed |= bit
        return group_bits[-1] << 1          # the spare bit: set when every group is found (audit.anchors.Gates)

    def _anchor_groups(self, pattern: str) -> list[set[str]]:
        known = self._memo.get(pattern)
        if known is None:
            known = [sorted(group) for group in gating_groups(sre_parse.parse(pattern))]
            self._memo.put(pattern, known)
        return [set(group) for group in known]


@lru_cache(maxsize=1)
def _anchor_memo() -> PatternMemo:
    """The anchor groups of the patterns loaded in earlier runs: what they are depends on audit.anchors and on the
    way this module gates them."""
    import audit.anchors

    return PatternMemo("pii-anchors", map(Path, (__file__, audit.anchors.__file__)))


def _family(rule_id: str) -> str:
    """The family of a rule: its pack and the first word of its own name (pii.sensitive.health_general: pii.sensitive.health)."""
    pack, _, name = rule_id.rpartition(".")
    return f"{pack}.{name.split('_', 1)[0]}"


def _own_name(text: str, entity: Entity) -> bool:
    """Whether `entity` is a name the speaker introduces as its own."""
    return entity.entity_type == "PERSON" and bool(SELF_INTRODUCTION.search(text, max(0, entity.start - 20), entity.start))


# A group chat written out names each member at the head of the line he writes (阿杰：我也被拉过群… / 老四：我那个…): the
# label says who speaks, not whose data is told. Only a name that opens its line and is followed by its colon, in a text
# of at least two such lines: a letter's one salutation (慕容莺：我司工作人员将于…) names its reader.
_LABEL_AFTER = re.compile(r"[ \t\u3000]*[:：]")
_LABELLED_LINE = re.compile(r"^[ \t\u3000]*[^\s:：，。！？,]{1,8}[ \t\u3000]*[:：]", re.MULTILINE)
CHAT_LINES = 2


def _chat_label(text: str, entity: Entity) -> bool:
    """Whether `entity` is a chat member's name written as the label of the line he speaks."""
    if entity.entity_type != "PERSON" or not _LABEL_AFTER.match(text, entity.end):
        return False
    line_start = text.rfind("\n", 0, entity.start) + 1
    return not text[line_start:entity.start].strip() and len(_LABELLED_LINE.findall(text)) >= CHAT_LINES


def _simplified_view(text: str) -> str:
    """The words of the rules are written in simplified characters: a message in traditional ones (你老漢在鎮上
    開雜貨鋪) is matched in simplified, when the conversion keeps every offset, else as written; dialect function
    words are folded as the rules' words are (`fold_dialect`: lexicons/data/dialect.yml, the wording view's table too)."""
    return fold_dialect(to_simplified_in_place(text))


def _first_word(rule: _Compiled, text: str, alive: int) -> re.Match | None:
    """The leftmost match of the rule's words, from the terms and the patterns searched apart, each only where
    its anchors are (`alive`: _WordGate.alive): a term where a term and a pattern start at the same place, and the
    first pattern in the order of `_searches` where patterns do (the leftmost match of an alternation of them)."""
    if not alive & rule.bits:
        return None
    term = rule.terms.search(text) if alive & rule.terms_bit else None
    pattern = searched = None
    bits = alive & rule.search_bits
    while bits:                         # lowest bit first: the order of the searches
        bit = bits & -bits
        bits ^= bit
        regex = rule.searches[bit]
        if regex is searched:
            continue                    # a search holding several patterns, found by more than one
        searched = regex
        match = regex.search(text)
        if match is not None and (pattern is None or match.start() < pattern.start()):
            pattern = match
    if term is None or (pattern is not None and pattern.start() < term.start()):
        return pattern
    return term


def _starts_within(starts: list[int], end: int, window: int) -> bool:
    """Whether one of the sorted `starts` lies in [end, end + window)."""
    at = bisect.bisect_left(starts, end)
    return at < len(starts) and starts[at] < end + window


def _name_slots(finder: EntityFinder) -> dict[str, str]:
    """What SURNAME_SLOT stands for: the PERSON recognizer's surnames (its common and traditional ones, read once
    from lexicons/pii/data/surnames.yaml), compound ones first (欧阳 is not 欧 and a given name), then one class; and
    WEAK_NAME_SLOT: one of its weak surnames with two of its given-name characters (白振华, not 白天在 or 平时在); and
    GIVEN_NAME_SLOT: two of its given-name characters (秀芝, 国庆; not 现在 or 已经), a given name said without a surname."""
    person = next(r for r in finder.recognizers if isinstance(r, ZhPersonRecognizer))
    compound = sorted(person.compound, key=lambda name: (-len(name), name))
    given = "".join(sorted(person.given_chars))
    return {SURNAME_SLOT: f"(?:{'|'.join(map(re.escape, compound))}|[{''.join(sorted(person.common))}])",
            WEAK_NAME_SLOT: f"[{''.join(sorted(person.weak))}][{given}]{{2}}", GIVEN_NAME_SLOT: f"[{given}]{{2}}"}


def _slots_for(rule: Rule, names: dict[str, str], read: dict[Path, dict[str, str]]) -> dict[str, str]:
    """What each `{name}` of `rule`'s patterns stands for: the classes of the classes file beside its pack (the
    shipped one when there is none), and the name slots (`_name_slots`)."""
    beside = Path(rule.path).parent / CLASSES_FILE
    path = (beside if beside.exists() else SHIPPED_CLASSES).resolve()
    if path not in read:
        read[path] = {**_load_classes(path), **names}
    return read[path]


def _load_classes(path: Path) -> dict[str, str]:
    """Each class of a pii classes file (`classes: {name: {terms: [...], patterns: [...]}}`) as one regex
    alternation: its terms, longest first, then its patterns."""
    if not path.exists():
        return {}
    data = read_yaml(path, shared=True)
    if not isinstance(data, dict) or set(data) != {"classes"} or not isinstance(data["classes"], dict):
        raise RulePackError(path, "a classes file is a mapping with one key, 'classes': {name: {terms, patterns}}")
    alternations = {}
    for name, body in data["classes"].items():
        if not is_slot_name(name) or not isinstance(body, dict) or not set(body) <= {"terms", "patterns"}:
            raise RulePackError(path, f"class {name!r}: a lower-case name and a mapping of 'terms' and 'patterns'")
        words = [body.get(key) or [] for key in ("terms", "patterns")]
        if not all(isinstance(w, list) and all(isinstance(v, str) and v for v in w) for w in words) or not any(words):
            raise RulePackError(path, f"class {name!r}: 'terms' and 'patterns' are lists of non-empty strings")
        alternations[name] = f"(?:{'|'.join([*_term_parts(words[0]), *_pattern_parts(words[1])])})"
    return alternations


def _fill_slots(rule: Rule, pattern: str, slots: dict[str, str]) -> str:
    """`pattern` with each `{name}` replaced by its class; a name no class has is an error naming the rule."""
    return fill_word_slots(pattern, slots, lambda name: RulePackError(
        rule.path, f"'patterns': no word class {{{name}}} (classes: {', '.join(sorted(slots))})", rule.id))


def _compile(rule: Rule, slots: dict[str, str], gate: _WordGate) -> _Compiled:
    """One rule's body checked key by key: a wrong value is a RulePackError naming file, rule and key. Its terms
    and patterns are added to `gate`."""
    check_body_keys(rule, BODY_KEYS)
    body = rule.body

    def fail(key: str, expected: str, got: object) -> RulePackError:
        return RulePackError(rule.path, f"'{key}' takes {expected} (got {got!r})", rule.id)

    def types(key: str, value: object) -> frozenset[str]:
        values = [] if value is None else value
        if not isinstance(values, list) or not all(isinstance(v, str) and v in ENTITY_TYPES for v in values):
            raise fail(key, f"a list of entity types from {', '.join(ENTITY_TYPES)}", value)
        return frozenset(values)

    def strings(key: str) -> list[str]:
        value = body.get(key)
        # a list inside the list is a YAML alias of words several rules share (unless: [如您, *staff_forbids]): its words
        values = [] if value is None else value
        if isinstance(values, list):
            values = [word for v in values for word in (v if isinstance(v, list) else [v])]
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise fail(key, "a list of non-empty strings (or of YAML aliases of such lists)", value)
        return values

    near = body.get("near")
    if near is not None and not (isinstance(near, dict) and near.get("entities") and set(near) <= {"entities", "window"}):
        raise fail("near", "'entities' (a list of entity types) and optionally 'window'", near)
    near = near or {}
    window = near.get("window", DEFAULT_WINDOW)
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:    # YAML `true` is no window
        raise fail("near.window", "a whole number of characters, 1 or more", window)
    min_score = body.get("min_score", 0.0)
    if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not 0 <= min_score <= 1:
        raise fail("min_score", "a number from 0 to 1", min_score)
    recipient = body.get("recipient", "any")
    if not isinstance(recipient, str) or recipient not in RECIPIENTS:
        raise fail("recipient", f"one of {', '.join(RECIPIENTS)}", recipient)
    raised_alone = body.get("raised_alone", False)
    if not isinstance(raised_alone, bool):
        raise fail("raised_alone", "true or false", raised_alone)
    entities = types("entities", body.get("entities"))
    holder_under = body.get("holder_under")
    if holder_under is not None and (isinstance(holder_under, bool) or not isinstance(holder_under, int)
                                     or holder_under < 1 or entities != {"CN_ID_CARD"}):
        raise fail("holder_under", "a whole number of years, 1 or more, in a rule whose 'entities' are [CN_ID_CARD]",
                   holder_under)
    terms = [fold_dialect(term) for term in strings("terms")]
    patterns = [fold_dialect(_fill_slots(rule, pattern, slots)) for pattern in strings("patterns")]
    compiled = _words_pattern(rule, terms, patterns)
    if not entities and compiled is None:
        raise RulePackError(rule.path, "a pii rule needs 'entities', 'terms' or 'patterns'", rule.id)
    terms_bit = gate.add_terms(terms)
    searches = {bit: regex for regex, sources in _searches(patterns) for bit in gate.add(sources)}
    search_bits = sum(searches)
    return _Compiled(rule=rule, entities=entities, words=compiled, terms=_alternation(_term_parts(terms)),
                     terms_bit=terms_bit, searches=searches, search_bits=search_bits, bits=terms_bit | search_bits,
                     near=types("near.entities", near.get("entities")),
                     window=window, together_with=types("together_with", body.get("together_with")),
                     unless=tuple(fold_dialect(word) for word in strings("unless")),
                     unless_unnamed=tuple(fold_dialect(word) for word in strings("unless_unnamed")),
                     unless_filed=_joined_regex("|".join(
                         f"(?:{_fill_slots(rule, pattern, slots)})" for pattern in strings("unless_filed")))
                     if body.get("unless_filed") else None,
                     not_after=_not_after_pattern(strings("not_after")), recipient=recipient,
                     min_score=float(min_score), raised_alone=raised_alone, holder_under=holder_under)


def _right_after(words: re.Pattern, view: _View, start: int) -> bool:
    """Whether `words` end right before the segment offset `start`, searched in the view (spaces taken out) up to
    the view offset of `start`."""
    at = view.position(start)
    return words.search(view.text, max(0, at - 20), at) is not None


# In a not_after word, … stands for a short name and its comma (专员…手机: 专员小冯，手机135…, the sender's own number).
_NAME_IN_WORD = "…"
_SHORT_NAME = "[\u4e00-\u9fff]{1,3}[，,、 ]"


def _not_after_pattern(words: list[str]) -> re.Pattern | None:
    """The `not_after` words followed by up to NOT_AFTER_WINDOW characters of the same clause, up to the end of the
    searched span (the entity's start): a comma parts the word from another number (他不回电话，手机139…)."""
    if not words:
        return None
    escaped = (re.escape(word).replace(re.escape(_NAME_IN_WORD), _SHORT_NAME) for word in words)
    return re.compile(f"(?:{'|'.join(escaped)})[^。！？!?，,；;\\n]{{0,{NOT_AFTER_WINDOW}}}$")


# A numbered back-reference (\1, \g<1>) points at another group once patterns are joined into one regex.
_NUMBERED_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:[1-9]|g<[0-9]+>)")


def _words_pattern(rule: Rule, terms: list[str], patterns: list[str]) -> re.Pattern | None:
    """Terms (longest first) and patterns joined into one regex; each pattern must compile alone and joined."""
    parts = _term_parts(terms)
    for pattern in patterns:
        compile_pattern(rule, pattern, flags=0)       # compiles alone, and cannot backtrack out of proportion
        if _NUMBERED_BACKREFERENCE.search(pattern) and len(terms) + len(patterns) > 1:
            raise RulePackError(rule.path, f"'patterns': {pattern!r} uses a numbered back-reference, which points"
                                " at another pattern's group once the rule's terms and patterns are joined:"
                                " name the group, (?P<name>…) and (?P=name)", rule.id)
    parts += _pattern_parts(patterns)
    try:
        return _alternation(parts)
    except re.error as exc:       # e.g. one group name in two patterns, or a global flag not at the start
        raise RulePackError(rule.path, f"'patterns' clash once joined into one regex: {exc}", rule.id) from None


def _term_parts(terms: list[str]) -> list[str]:
    """The terms as one regex part: a trie (住(?:院(?:部)?|过院)…), so that at each position only the terms starting
    with its character are tried, not every term of a list hundreds long; at a position the longest term matches,
    as it did when the terms were tried longest first."""
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}                                   # a term ends here
    return [_trie_pattern(trie)] if trie else []


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _pattern_parts(patterns: list[str]) -> list[str]:
    return [f"(?:{pattern})" for pattern in patterns]


# A pattern opening with a group of literal alternatives ((?:你|您|他|她)…), with no `|` of its own outside groups.
_LITERAL_PREFIX = re.compile(r"\(\?:[^()\[\]\\|?*+{}.^$]+(?:\|[^()\[\]\\|?*+{}.^$]+)*\)(?![?*+{])")


def _factored_groups(patterns: list[str]) -> dict[str | None, list[str]]:
    """The patterns by the group of literal alternatives they open with ((?:你|您|他|她)…: the rest of each after
    it), in the order of their first pattern; None: the patterns that open with none, whole."""
    groups: dict[str | None, list[str]] = {}
    for pattern in patterns:
        prefix = _LITERAL_PREFIX.match(pattern)
        key = prefix.group() if prefix and prefix.end() < len(pattern) and not _top_level_bar(pattern) else None
        groups.setdefault(key, []).append(pattern[len(key):] if key else pattern)
    return groups


def _first_characters(pattern: str) -> frozenset[str]:
    """The characters a pattern must open with, when it shows them: a group of literal alternatives ((?:你|您|他|她)…) or a
    literal character not made optional (瘤(?<!…)…, 名下…), and no `|` of its own outside groups; else none."""
    if not pattern or _top_level_bar(pattern):
        return frozenset()
    prefix = _LITERAL_PREFIX.match(pattern)
    if prefix:
        return frozenset(word[0] for word in prefix.group()[3:-1].split("|"))
    if pattern[0] in "()[]\\|?*+{}.^$" or pattern[1:2] in ("?", "*", "{"):
        return frozenset()
    return frozenset(pattern[0])


def _searches(patterns: list[str]) -> list[tuple[re.Pattern, list[str]]]:
    """The regexes `_first_word` searches apart, each with the patterns it holds (for their anchors), in the order
    in which the rule's patterns were tried when they were searched as two joined regexes (those behind a group of
    literal alternatives or with a known first character, then the others), so that the first leftmost match is the same one: each pattern
    alone, but those behind a group of literal alternatives of which one is the start of another ((?:你|你们)…), whose
    factored order of trying no pattern alone reproduces, which stay joined behind it."""
    keyed: list[tuple[re.Pattern, list[str]]] = []
    others: list[tuple[re.Pattern, list[str]]] = []
    for key, rests in _factored_groups(patterns).items():
        whole = [f"{key or ''}{rest}" for rest in rests]
        if key is None or len(rests) == 1 or _prefix_free(key[3:-1].split("|")):
            searches = [(re.compile(pattern), [pattern]) for pattern in whole]
        else:
            searches = [(re.compile(f"{key}(?:{'|'.join(f'(?:{rest})' for rest in rests)})"), whole)]
        for regex, held in searches:
            (keyed if key is not None or _first_characters(held[0]) else others).append((regex, held))
    return keyed + others


def _prefix_free(words: list[str]) -> bool:
    """Whether no word is the start of another (nor a copy of it)."""
    return not any(a != b and b.startswith(a) for a in words for b in words) and len(set(words)) == len(words)


def _top_level_bar(pattern: str) -> bool:
    """Whether `pattern` has an alternation `|` outside any group or character class."""
    depth, in_class, at = 0, False, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        at += 1
    return False


def _alternation(parts: list[str]) -> re.Pattern | None:
    return _joined_regex("|".join(parts)) if parts else None


# The joined regexes are kept here rather than in re's own cache: the rules' patterns now outnumber its 512 entries,
# which it drops first in, first out, so each analyser built after the first in a process (every Scan, a Gate)
# compiled them all again: 1.0 s where 0.2 s does.
@lru_cache(maxsize=1024)
def _joined_regex(source: str) -> re.Pattern:
    return re.compile(source)
