"""The record format the hand-written evaluation sets share, written once for every generator.

Each `make_*` generator keeps its hand-written entries and says how they are sent (ids, campaigns, the
pace of its calls, its send times); the code that turns entries into contract records lives here:

- wording sets: label letters to contract codes, speaker-prefixed call lines as timed turns, send times
  spread over days, and the records of a set of sections (`make_heldout_b/c/d`);
- wording development batches: (campaign, channel, label letters, text) entries as labelled records
  (`make_wording_dev_d`…`l2`);
- PII sets: entity strings to spans, with checks that an invented identifier is well formed, and the
  records of a set of sections (`make_heldout_b`, `make_pipl_heldout_c/d`);
- conduct call sets: the `S[codes] text` call notation, its timings, vendor text exports and the records
  (`make_conduct_heldout_c/d`);
- JSON Lines writing, the same bytes on every run and every platform (every generator).

Changing anything here changes files that must stay byte-identical: each set's test regenerates it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from audit.errors import InputRecordError
from audit.message import parse_call_text
from audit.readers import InvalidField, message_from_dict

# --- JSON Lines ---------------------------------------------------------------------------------------


def write_jsonl(path: Path, records: Iterable[Mapping[str, object]]) -> Path:
    """Write one JSON object a line (UTF-8, characters unescaped, `\\n` endings); returns `path`."""
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    path.write_text("".join(lines), encoding="utf-8", newline="\n")
    return path


def check_contract_record(path_name: str, line: int, record: dict[str, object]) -> None:
    """Fail as the scanner would on reading `record` from line `line` of `path_name`, naming the field,
    when it is no contract message."""
    try:
        message_from_dict(record)
    except InvalidField as exc:
        raise InputRecordError(path_name, line, exc.field, exc.reason) from None


# --- Labels -------------------------------------------------------------------------------------------

# One letter per label keeps the hand-written entries readable; the files carry the contract codes.
WORDING_LABEL_CODES: dict[str, str] = {
    "I": "abuse.insult",
    "V": "threat.violence",
    "T": "threat.third_party",
    "E": "threat.exposure",
    "P": "misleading.impersonation",
    "L": "misleading.legal",
    "R": "coercion.debt_rollover",
    "D": "pii.third_party_disclosure",
}


def label_codes(where: str, letters: str, table: Mapping[str, str] = WORDING_LABEL_CODES) -> list[str]:
    """The sorted contract codes of an entry's label letters; an unknown letter fails naming `where`."""
    unknown = sorted(set(letters) - set(table))
    if unknown:
        raise ValueError(f"{where}: unknown label letter(s) {', '.join(unknown)}")
    return sorted({table[letter] for letter in letters})


# --- Wording sets: sections of (label letters, body) entries -------------------------------------------

# (label letters, body): a string for written channels, a tuple of speaker-prefixed lines for calls.
WordingEntry = tuple[str, str | tuple[str, ...]]


class WordingSection(NamedTuple):
    """Entries of one register, sent on one channel to one kind of recipient."""

    campaign_id: str
    channel: str
    recipient_type: str
    entries: tuple[WordingEntry, ...]
    as_turns: bool = False  # calls: timed turns as a speech-to-text vendor delivers them, instead of text


@dataclass(frozen=True)
class SpeechPace:
    """How timed turns are laid out: a turn lasts `seconds_per_char` a character but at least
    `shortest_turn` seconds, and `pause` seconds of silence follow it."""

    first_start: float
    shortest_turn: float
    seconds_per_char: float
    pause: float


def timed_turns(message_id: str, lines: tuple[str, ...], pace: SpeechPace) -> list[dict[str, object]]:
    """Speaker-prefixed lines as turns with start and end seconds, as a speech-to-text vendor delivers them."""
    turns = parse_call_text("\n".join(lines))
    if turns is None or len(turns) != len(lines):
        raise ValueError(f"{message_id}: every call line needs a speaker prefix such as 坐席：")
    timed, clock = [], pace.first_start
    for turn in turns:
        duration = round(max(pace.shortest_turn, pace.seconds_per_char * len(turn.text)), 1)
        timed.append({"speaker": turn.speaker, "text": turn.text, "start": round(clock, 1),
                      "end": round(clock + duration, 1)})
        clock += duration + pace.pause
    return timed


@dataclass(frozen=True)
class SendSchedule:
    """Send times spread over days and hours from `first`, so that a set says nothing about contact times:
    the n-th message goes out n * day_step % day_cycle days, n * hour_step % hour_cycle hours and
    n * minute_step % 60 minutes after `first`."""

    first: datetime
    day_step: int
    day_cycle: int
    hour_step: int
    hour_cycle: int
    minute_step: int

    def sent_at(self, index: int) -> str:
        """The ISO 8601 send time of the `index`-th message."""
        sent = self.first + timedelta(days=index * self.day_step % self.day_cycle,
                                      hours=index * self.hour_step % self.hour_cycle,
                                      minutes=index * self.minute_step % 60)
        return sent.isoformat()


def wording_records(sections: Iterable[WordingSection], id_prefix: str, pace: SpeechPace,
                    schedule: SendSchedule) -> list[dict[str, object]]:
    """Every entry of the sections in order as a contract record, numbered `{id_prefix}-0001`…, with debtor
    `{id_prefix}D-0001`…; calls as timed turns or as speaker-prefixed text, as their section says."""
    written: list[dict[str, object]] = []
    for section in sections:
        for letters, body in section.entries:
            index = len(written) + 1
            message_id = f"{id_prefix}-{index:04d}"
            record: dict[str, object] = {"message_id": message_id, "campaign_id": section.campaign_id,
                                         "channel": section.channel}
            if isinstance(body, tuple):
                if section.channel != "call":
                    raise ValueError(f"{message_id}: call lines in a {section.channel} section")
                if section.as_turns:
                    record["turns"] = timed_turns(message_id, body, pace)
                else:
                    record["text"] = "\n".join(body)
            else:
                record["text"] = body
            record |= {"recipient_type": section.recipient_type, "debtor_id": f"{id_prefix}D-{index:04d}",
                       "sent_at": schedule.sent_at(index), "labels": label_codes(message_id, letters)}
            written.append(record)
    return written


class FilledTemplate(Protocol):
    """A stage template's message as a held-out set writes it: the template it was filled from, the values filled
    in (None: sent with its placeholders unfilled) and the debtor's days overdue."""

    template_id: str
    template_vars: dict[str, str] | None
    days_overdue: int


class StageTemplate(NamedTuple):
    """A stage template's message: its label letters, its text as sent, the template it was filled from, the
    values filled in (None: sent with its placeholders unfilled) and the debtor's days overdue."""

    letters: str
    text: str
    template_id: str
    template_vars: dict[str, str] | None
    days_overdue: int


def stage_template(letters: str, template_id: str, days_overdue: int, pattern: str,
                   values: dict[str, str] | None = None) -> StageTemplate:
    """A template's message, its placeholders filled with `values`, or left as written when there are none."""
    text = pattern.format(**values) if values is not None else pattern
    return StageTemplate(letters, text, template_id, values, days_overdue)


def with_template_fields(written: list[dict[str, object]], campaign_id: str,
                         templates: Iterable[FilledTemplate]) -> list[dict[str, object]]:
    """`written` (`wording_records`' records) with the records of `campaign_id`, in order, carrying the template
    fields of `templates`, one each (contract section 1: `template_id`, `template_vars` when filled, `days_overdue`)."""
    from_templates = [record for record in written if record["campaign_id"] == campaign_id]
    for record, template in zip(from_templates, templates, strict=True):
        record["template_id"] = template.template_id
        if template.template_vars is not None:
            record["template_vars"] = template.template_vars
        record["days_overdue"] = template.days_overdue
    return written


# --- Wording development batches: (campaign, channel, label letters, text) entries --------------------------

# (campaign, channel, label letters, text), the letters those of WORDING_LABEL_CODES, first THIRD_PARTY_MARK
# for a message to a third party; a call's text is its turns, one a line, "坐席：" for the agent, "客户：" for
# the debtor and "第三方：" for anyone else.
WordingDevMessage = tuple[str, str, str, str]
THIRD_PARTY_MARK = "@"
_DEV_CALL_SPEAKERS = {"坐席": "agent", "客户": "customer", "第三方": "third_party"}


def _dev_call_turns(text: str) -> list[dict[str, str]]:
    """A call written one turn a line ("坐席：…", "客户：…", "第三方：…") as contract turns, without times."""
    turns = []
    for line in text.split("\n"):
        who, said = line.split("：", 1)
        turns.append({"speaker": _DEV_CALL_SPEAKERS[who], "text": said})
    return turns


def wording_dev_record(prefix: str, number: str, message: WordingDevMessage) -> dict[str, Any]:
    """One written message as a contract message with `labels`: `prefix` "WD" and `number` "001" give
    WD-001, campaign WD-{campaign}, debtor DB-D001."""
    campaign, channel, letters, text = message
    third_party = letters.startswith(THIRD_PARTY_MARK)
    message_id = f"{prefix}-{number}"
    record: dict[str, Any] = {"message_id": message_id, "campaign_id": f"{prefix}-{campaign}", "channel": channel}
    if channel == "call":
        record["turns"] = _dev_call_turns(text)
    else:
        record["text"] = text
    record["recipient_type"] = "third_party" if third_party else "debtor"
    record["debtor_id"] = f"DB-{prefix[-1]}{number}"
    record["labels"] = label_codes(message_id, letters.removeprefix(THIRD_PARTY_MARK))
    return record


def wording_dev_records(prefix: str, batches: Mapping[str, Sequence[WordingDevMessage]]) -> list[dict[str, Any]]:
    """Every message of a development set's batches in order, each batch numbered from 1 behind its digit:
    `{"": first, "2": second}` gives {prefix}-001… then {prefix}-201…"""
    return [wording_dev_record(prefix, f"{digit}{n:0{3 - len(digit)}d}", message)
            for digit, messages in batches.items() for n, message in enumerate(messages, start=1)]


def templated_dev_records(prefix: str, messages: Sequence[tuple]) -> list[dict[str, Any]]:
    """`wording_dev_records` of one batch whose messages may carry a fifth item, their SMS template's fields
    (template_id, template_vars or None when sent unfilled, days_overdue), which the record then carries too
    (contract section 1)."""
    written = wording_dev_records(prefix, {"": [message[:4] for message in messages]})
    for record, message in zip(written, messages, strict=True):
        if len(message) == 5:
            template_id, template_vars, days_overdue = message[4]
            record["template_id"] = template_id
            if template_vars is not None:
                record["template_vars"] = template_vars
            record["days_overdue"] = days_overdue
    return written


# --- PII sets: entity strings as spans -----------------------------------------------------------------

# The PIPL categories (contract section 5), by short names so that the entries stay readable.
SENSITIVE = "pii.sensitive"
EXCESSIVE = "pii.excessive"
UNMASKED = "pii.unmasked_identifier"
DISCLOSURE = "pii.third_party_disclosure"

# (channel, recipient_type, text, [(entity_type, string as written in the text)], [categories])
PiplEntry = tuple[str, str, str, list[tuple[str, str]], list[str]]

# Digits as collectors and robot callers say or type them: spoken forms, 零, full-width.
_DIGIT_FORMS = {**{c: str(i) for i, c in enumerate("洞幺两三四五六拐八勾")},
                **{c: str(i) for i, c in enumerate("零一二三四五六七八九")},
                **{chr(0xFF10 + i): str(i) for i in range(10)}, "Ｘ": "X", "x": "X",
                "叉": "X"}                                       # how ASR writes an ID's final X
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
# ordinary passports (E + 8 digits, EA + 7, the older G), public affairs, service and diplomatic ones, and the
# travel permits to Hong Kong and Macau (C) and home-return permits (H, M)
_PASSPORT = re.compile(r"[EGCHM]\d{8}|E[A-Z]\d{7}|[PSD]\d{7,8}")
_MOBILE_STARTS = {"13", "14", "15", "16", "17", "18", "19"}


def plain_digits(value: str) -> str:
    """The identifier as plain digits (and X), whatever form it was written in."""
    return "".join(_DIGIT_FORMS.get(c, c) for c in value if c not in " .-－—·()（）")


# The checks are the sets' own, not the recognizers': a set must not share a mistake with what it measures.
def _luhn_valid(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


# GB 32100-2015: the 31 characters of a credit code and the weights of its first 17 in its check character
_USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC_CHARACTERS for c in code):
        return False
    whole = sum(_USCC_CHARACTERS.index(c) * w for c, w in zip(code, _USCC_WEIGHTS))
    return code[17] == _USCC_CHARACTERS[(31 - whole % 31) % 31]


def check_identifier(message_id: str, entity_type: str, value: str) -> None:
    """Invented identifiers must still be well formed, so that a miss is the detector's and not a typo:
    resident IDs (check character, or a 15-digit one's month), bank cards (Luhn), mobiles, passports, unified social
    credit codes (their check character)."""
    plain = plain_digits(value)
    if entity_type == "CN_ID_CARD":
        if len(plain) == 18:
            check = "10X98765432"[sum(int(d) * w for d, w in zip(plain, _ID_WEIGHTS)) % 11]
            valid = plain[:17].isdigit() and plain[17] == check
        else:
            valid = len(plain) == 15 and plain.isdigit() and 1 <= int(plain[8:10]) <= 12
    elif entity_type == "CN_BANK_CARD":
        valid = plain.isdigit() and 16 <= len(plain) <= 19 and _luhn_valid(plain)
    elif entity_type == "CN_MOBILE":
        valid = plain.isdigit() and len(plain) == 11 and plain[:2] in _MOBILE_STARTS
    elif entity_type == "CN_PASSPORT":
        valid = _PASSPORT.fullmatch(plain.replace("Ｅ", "E")) is not None
    elif entity_type == "CN_USCC":
        valid = _uscc_valid(plain.upper())
    else:
        return
    if not valid:
        raise ValueError(f"{message_id}: {entity_type} {value!r} is not well formed")


def entity_spans(message_id: str, text: str, entities: Iterable[tuple[str, str]]) -> list[dict]:
    """Spans of the entity strings in the text, in the order given; a string written twice takes its next
    place. A malformed identifier (`check_identifier`), a string not in the text, or one that overlaps
    another's span fails naming the message and the strings."""
    spans: list[dict] = []
    after: dict[str, int] = {}
    for entity_type, value in entities:
        check_identifier(message_id, entity_type, value)
        start = text.find(value, after.get(value, 0))
        if start < 0:
            raise ValueError(f"{message_id}: entity {entity_type} {value!r} is not in the text")
        end = start + len(value)
        clash = next((s for s in spans if s["start"] < end and start < s["end"]), None)
        if clash is not None:
            raise ValueError(f"{message_id}: entity {entity_type} {value!r} overlaps {clash['entity_type']} "
                             f"{text[clash['start']:clash['end']]!r}")
        after[value] = end
        spans.append({"entity_type": entity_type, "start": start, "end": end})
    return spans


def pipl_records(sections: Mapping[str, list[PiplEntry]], id_prefix: str) -> list[dict]:
    """Every entry (campaign_id -> entries) as a message record in the PII set format that
    `benchmarks.eval_pii --set` reads, numbered `{id_prefix}-0001`…, with debtor `{id_prefix}D-0001`…"""
    rows = []
    entries = [(campaign, entry) for campaign, section in sections.items() for entry in section]
    for number, (campaign, (channel, recipient, text, entities, categories)) in enumerate(entries, start=1):
        message_id = f"{id_prefix}-{number:04d}"
        rows.append({"message_id": message_id, "campaign_id": campaign, "channel": channel,
                     "recipient_type": recipient, "debtor_id": f"{id_prefix}D-{number:04d}", "text": text,
                     "entities": entity_spans(message_id, text, entities),
                     "categories": sorted(categories)})
    return rows


# --- Conduct call sets: the `S[codes] text` notation ----------------------------------------------------

CONDUCT_CATEGORY_CODES: dict[str, str] = {
    "N": "conduct.no_self_identification", "D": "conduct.disclosure_before_verification",
    "T": "conduct.third_party_pressed", "H": "conduct.hardship_ignored", "S": "conduct.cease_ignored",
}
NO_SELF_IDENTIFICATION_CODE = "N"
CALL_SPEAKERS = {"A": "agent", "C": "customer", "T": "third_party"}
CALL_FORMS = {"t": "timed", "u": "untimed", "x": "text"}
# Speaker prefixes a vendor's text export uses (contract section 1), varied from call to call.
CALL_TEXT_PREFIXES = {"agent": ("坐席", "催收员", "客服"), "customer": ("客户", "用户", "借款人"),
                      "third_party": ("第三方", "联系人")}
_CALL_LINE = re.compile(r"^([ACT])(~?)(?:\[([NDTHS](?:,[NDTHS])*)\])? (.+)$")
_KEYPAD = re.compile(r"^（按键\w+）$|^\d$")


@dataclass(frozen=True)
class CallLine:
    speaker: str
    text: str
    overlaps: bool              # starts before the previous turn ends
    codes: tuple[str, ...]


@dataclass(frozen=True)
class ConductCall:
    form: str                   # timed, untimed, text; or chat, an untimed thread marked as a chat
    recipient_type: str | None
    agent_id: str
    campaign_id: str
    lines: tuple[CallLine, ...]


def conduct_call(header: str, *lines: str) -> ConductCall:
    """One call from its header (`form recipient agent campaign`) and its `S[codes] text` lines."""
    form, recipient, agent_id, campaign_id = header.split()
    parsed = []
    for line in lines:
        match = _CALL_LINE.match(line)
        if match is None:
            raise ValueError(f"call {header!r}: bad line {line!r}")
        speaker, overlap, codes, text = match.groups()
        parsed.append(CallLine(CALL_SPEAKERS[speaker], text, bool(overlap),
                               tuple(codes.split(",")) if codes else ()))
    return ConductCall(CALL_FORMS[form], None if recipient == "-" else recipient, agent_id, campaign_id,
                       tuple(parsed))


def timed_call_turns(lines: tuple[CallLine, ...], rng: random.Random) -> list[dict]:
    """Turns with start/end seconds: speech at a few characters a second, short pauses, now and then a
    long silence, and overlapping turns starting before the previous one ends."""
    turns: list[dict] = []
    start = end = 0.0
    for index, line in enumerate(lines):
        rate = 4.6 if line.speaker == "agent" else rng.uniform(3.2, 5.2)
        keypad = bool(_KEYPAD.match(line.text))
        duration = 0.4 if keypad else max(0.7, len(line.text) / rate + rng.uniform(0.1, 0.6))
        if index == 0:
            begin = rng.uniform(0.5, 2.5)
        elif line.overlaps:
            begin = max(start + 0.3, end - rng.uniform(0.4, 1.2))
        else:
            begin = end + (rng.uniform(2.5, 7.0) if rng.random() < 0.1 else rng.uniform(0.2, 1.3))
        start = max(round(begin, 1), start)
        end = round(start + duration, 1)
        turns.append({"speaker": line.speaker, "text": line.text, "start": start, "end": end})
    return turns


def call_as_text(lines: tuple[CallLine, ...], number: int) -> str:
    """The call as a vendor's text export: one speaker-prefixed line a turn, ASCII colons in a third."""
    colon = ":" if number % 3 == 0 else "："
    return "\n".join(f"{CALL_TEXT_PREFIXES[line.speaker][number % len(CALL_TEXT_PREFIXES[line.speaker])]}"
                     f"{colon}{line.text}" for line in lines)


def conduct_record(message_id: str, number: int, written: ConductCall) -> dict:
    """The contract record of a set's `number`-th call (1-based), with its labels. A missing
    self-identification is labelled on the agent's first turn, whichever line carries its code."""
    fields: dict = {"message_id": message_id, "campaign_id": written.campaign_id, "channel": "call"}
    if written.form == "text":
        fields["text"] = call_as_text(written.lines, number)
    elif written.form == "timed":
        fields["turns"] = timed_call_turns(written.lines, random.Random(message_id))
    else:
        fields["turns"] = [{"speaker": line.speaker, "text": line.text} for line in written.lines]
    if written.form == "chat":
        fields["medium"] = "chat"
    if written.recipient_type is not None:
        fields["recipient_type"] = written.recipient_type
    fields["agent_id"] = written.agent_id
    first_agent_turn = next(turn for turn, line in enumerate(written.lines) if line.speaker == "agent")
    fields["labels"] = [{"category": CONDUCT_CATEGORY_CODES[code],
                         "turn": first_agent_turn if code == NO_SELF_IDENTIFICATION_CODE else turn}
                        for turn, line in enumerate(written.lines) for code in line.codes]
    return fields


def conduct_records(calls: Iterable[ConductCall], id_prefix: str) -> list[dict]:
    """The contract records of a set's calls in order, numbered `{id_prefix}-001`…"""
    return [conduct_record(f"{id_prefix}-{number:03d}", number, written)
            for number, written in enumerate(calls, start=1)]
