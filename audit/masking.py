"""Masking of personal data (house convention, regulations.md CN-GBT35273-7.2).

`mask_evidence` is the one masking function every output goes through: the evidence of every
analyser, report excerpts, identifiers in findings (`debtor_id`), error messages that quote a record.
It masks what the PII recognizers find (the same `find_entities` the pii analyser uses: written,
full-width and spoken numbers, names, addresses, e-mail, ...), then casts a net for what they cannot
judge in a short snippet (a number cut at the snippet's edge, a wrong check digit): any run of 7 or
more digits keeps only its last four, and an e-mail address only its first character and domain.
Every mask keeps the text's length, so offsets into the original text hold in the masked one.

`mask` masks whole messages for `audit mask` and `audit.mask` (contract 4a): each record with its text
masked and the entities found, offsets into the original text.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.recognizers import SPOKEN_DIGITS

if TYPE_CHECKING:
    import pandas as pd

    from audit.message import Message, Turn


def keep_last(value: str, keep: int = 4, mask: str = "*") -> str:
    """Mask every character but the last `keep` (separators are masked too, so length is kept)."""
    if len(value) <= keep:
        return mask * len(value)
    return mask * (len(value) - keep) + value[-keep:]


def mask_digits(value: str, keep: int = 4) -> str:
    """Mask all but the last `keep` digits of a number, leaving its separators in place."""
    digits_seen, out = 0, []
    for ch in reversed(value):
        if ch.isalnum():
            digits_seen += 1
            out.append(ch if digits_seen <= keep else "*")
        else:
            out.append(ch)
    return "".join(reversed(out))


def mask_evidence(text: str, entities: list | None = None, *, net: bool = True) -> str:
    """`text` with its personal data masked, same length: the entities the recognizers find in it (or
    `entities`, when the caller already found them in `text`) in the house style, then the net.

    `net=False` is for a value judged whole, such as a `debtor_id`: the recognizers see all of it, and an
    internal key with many digits (D20260301) stays as it is, so findings still join to their debtor.
    """
    if not text:
        return text
    if entities is None:
        from audit.recognizers.finder import find_entities  # on first use: building the finder takes ~0.35 s

        entities = find_entities(text)
    masked = mask_text(text, entities)
    if not net:
        return masked
    masked = _NUMBER_RUN.sub(lambda m: mask_digits(m.group()), masked)
    return _EMAIL.sub(lambda m: mask_email(m.group()), masked)


@functools.lru_cache(maxsize=1 << 16)
def mask_field(value: str, net: bool = True) -> str:
    """`mask_evidence` of one field of output records (a debtor_id, a table's evidence cells): the same
    values recur on many records, so each distinct one is masked once."""
    return mask_evidence(value, net=net)


# The net. Digits half-width, full-width or spoken (一三八幺…), with one space or hyphen of any width
# between two; the two classes share no character, so a run is matched in one pass (linear).
_DIGIT_CHARS = "0-9０-９" + "".join(SPOKEN_DIGITS)
_NUMBER_RUN = re.compile(f"(?:[{_DIGIT_CHARS}][\\s\\-－‐‑‒–—―−]?){{6,}}[{_DIGIT_CHARS}XxＸｘ]")
# An address starts where its local part does (the look-behind): each run of address characters is
# tried once, not from each of its characters (50k letters took 9 s).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


# ---------------------------------------------------------------- masking entities found in a text
#
# House style (regulations.md CN-GBT35273-7.2): numbers keep their last four digits, names keep the
# surname (张*, 张**, 欧阳**), e-mail keeps its first character and domain, addresses keep the
# province / city / district. Every house mask keeps the value's length, so offsets into the original
# text stay valid in the masked one (evidence snippets are cut from it by the same offsets).

_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                                "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "澹台",
                                "公冶", "呼延", "万俟", "闻人", "赫连", "申屠", "太史", "钟离", "宗政", "濮阳",
                                "淳于", "单于", "东郭", "百里", "第五", "司空", "左丘", "拓跋"})
_ADMIN_SUFFIX = re.compile(r"省|自治区|市|区|县")


def mask_name(value: str, mask: str = "*") -> str:
    """张伟 -> 张*, 欧阳娜娜 -> 欧阳**."""
    keep = 2 if value[:2] in _COMPOUND_SURNAMES and len(value) > 2 else 1
    return value[:keep] + mask * (len(value) - keep)


def mask_email(value: str, mask: str = "*") -> str:
    local, _, domain = value.partition("@")
    return local[:1] + mask * (len(local) - 1) + "@" + domain


def mask_address(value: str, mask: str = "*") -> str:
    """Keep the administrative part (省/市/区/县, within the first dozen characters), mask the rest."""
    keep = max((m.end() for m in _ADMIN_SUFFIX.finditer(value[:12])), default=0)
    return value[:keep] + mask * (len(value) - keep)


HOUSE_MASKS = {"PERSON": mask_name, "EMAIL": mask_email, "ADDRESS": mask_address}


def house_mask(entity_type: str, value: str) -> str:
    """The house mask of one value of an entity type (numbers and codes: last four kept)."""
    return HOUSE_MASKS.get(entity_type, mask_digits)(value)


def mask_text(text: str, entities: list, operators: dict | None = None) -> str:
    """`text` with every entity (anything with entity_type, start, end, score) masked.

    Without `operators`: the house masks, same length as the original. With `operators`, a mapping of
    entity type (or "DEFAULT") to a presidio-anonymizer `OperatorConfig` (replace, redact, hash, mask,
    ...): presidio-anonymizer applies them; types without one keep the house mask.
    """
    if operators:
        return _anonymize(text, entities, operators)
    out = list(text)
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        masked = house_mask(entity.entity_type, text[entity.start:entity.end])
        out[entity.start:entity.end] = list(masked)
    return "".join(out)


def house_operator(entity_type: str):
    """The house mask of an entity type as a presidio-anonymizer operator."""
    from presidio_anonymizer.entities import OperatorConfig

    return OperatorConfig("custom", {"lambda": lambda value: house_mask(entity_type, value)})


def _anonymize(text: str, entities: list, operators: dict) -> str:
    # Imported here: presidio-anonymizer costs ~1 s to import and only configured masking needs it.
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import RecognizerResult

    house = {t: house_operator(t) for t in {e.entity_type for e in entities}}
    configs = {} if "DEFAULT" in operators else house
    configs.update(operators)
    results = [RecognizerResult(e.entity_type, e.start, e.end, e.score) for e in entities]
    return AnonymizerEngine().anonymize(text, results, configs).text


# ---------------------------------------------------------------- masking messages (contract 4a)

OPERATORS = ("mask", "replace", "redact", "hash")


def mask(messages: str | os.PathLike | Iterable[Message | Mapping[str, Any]] | pd.DataFrame, *,
         operators: Mapping[str, str] | None = None, encoding: str | None = None,
         lexicons: Path | None = None) -> Iterator[dict[str, Any]]:
    """Each message with its personal data masked, and the entities found in it (contract section 4a).

    `messages`: a file (JSON Lines, CSV, Parquet; '-' is stdin), an iterable of message dicts /
    `Message`s, or a DataFrame of messages (empty cells count as absent). Each result is the input record with `text` (or each turn's `text`) masked, plus
    `entities`: entity_type, start, end (into the original text, of that turn for calls), turn and score.
    `operators` maps an entity type (or "DEFAULT") to `mask` (the house style, the default),
    `replace:<text>`, `redact` or `hash`. A bad record raises its `InputRecordError` (file, line, field).
    """
    from audit.errors import AuditError
    from audit.kept import kept
    from audit.readers import iter_messages, iter_records
    from audit.recognizers.finder import EntityFinder

    configs = operator_configs(operators)
    finder = kept("entity finder", lexicons, None, lambda: EntityFinder(lexicons))
    records = iter_messages(messages, encoding=encoding) if isinstance(messages, (str, os.PathLike)) \
        else iter_records(messages)
    for record in records:
        if isinstance(record, AuditError):
            raise record
        yield mask_message(record, finder, configs)


def operator_configs(operators: Mapping[str, str] | None) -> dict | None:
    """`{"PERSON": "replace:<姓名>"}`-style operators as presidio-anonymizer configs (None: house masks);
    a ValueError names the entity type of an operator that is none of OPERATORS."""
    if not operators:
        return None
    from presidio_anonymizer.entities import OperatorConfig

    configs = {}
    for entity_type, spec in operators.items():
        name, _, value = spec.partition(":")
        if not entity_type or name not in OPERATORS:
            raise ValueError(f"{entity_type}={spec}: expected TYPE=OPERATOR[:VALUE], OPERATOR one of "
                             f"{', '.join(OPERATORS)}")
        if name == "mask":
            configs[entity_type] = house_operator(entity_type)
        elif name == "replace":
            configs[entity_type] = OperatorConfig("replace", {"new_value": value or f"<{entity_type}>"})
        else:
            configs[entity_type] = OperatorConfig(name)
    return configs


def mask_message(message: Message, finder: Any, operators: dict | None = None) -> dict[str, Any]:
    """The message as a contract record, its text masked, plus the entities `finder` found in it."""
    record = _record(message)
    entities: list[dict] = []
    if message.text is not None:               # calls given as text are masked as one text
        found = finder.find(message.text, nicknames=True)       # a nickname (小王) is masked, though no finding
        record["text"] = mask_text(message.text, found, operators)
        entities = [e.to_dict() for e in found]
    else:
        turns = message.turns or []
        texts = [turn.text for turn in turns]
        found_in = [finder.find(text, nicknames=True) for text in texts]
        for index, piece in _read_on_pieces(message, finder):
            found_in[index].append(piece.entity)
            if not piece.last:      # its last four are not the number's: masked whole, before the operators
                start, end = piece.entity.start, piece.entity.end
                texts[index] = texts[index][:start] + "*" * (end - start) + texts[index][end:]
        found_in = [sorted(found, key=lambda e: (e.start, -e.end)) for found in found_in]
        record["turns"] = [{**_turn(turn), "text": mask_text(text, found, operators)}
                           for turn, text, found in zip(turns, texts, found_in)]
        entities = [{**e.to_dict(), "turn": index} for index, found in enumerate(found_in) for e in found]
    record["entities"] = entities
    return record


def _read_on_pieces(message: Message, finder: Any) -> Iterator[tuple[int, Any]]:
    """The pieces of the identifiers a speaker reads out over turns (`audit.recognizers.read_on`), each with the index
    of its turn: masked turn by turn alone, the pieces would together give the number away."""
    from audit.recognizers.read_on import pieces_over_turns

    turns = message.turns or []
    texts = [turn.text for turn in turns]
    for speaker in dict.fromkeys(turn.speaker for turn in turns):
        said = [index for index, turn in enumerate(turns) if turn.speaker == speaker]
        for k, piece in pieces_over_turns(finder, [texts[index] for index in said], said, texts):
            yield said[k], piece


def _record(message: Message) -> dict[str, Any]:
    record = {"message_id": message.message_id, "campaign_id": message.campaign_id, "channel": message.channel}
    optional = {"sent_at": message.sent_at.isoformat() if message.sent_at else None,
                "debtor_id": message.debtor_id, "recipient_type": message.recipient_type,
                "agent_id": message.agent_id, "template_id": message.template_id,
                "days_overdue": message.days_overdue, "template_vars": _masked_vars(message.template_vars)}
    record.update({k: v for k, v in optional.items() if v is not None})
    record.update(message.extra)
    return record


def _masked_vars(values: dict | None) -> dict | None:
    """Placeholder values may be names or numbers: masked like every other output."""
    return None if values is None else {k: mask_field(v) if isinstance(v, str) else v for k, v in values.items()}


def _turn(turn: Turn) -> dict[str, Any]:
    fields = {k: v for k, v in (("speaker", turn.speaker), ("start", turn.start), ("end", turn.end)) if v is not None}
    return {**fields, **turn.extra}
