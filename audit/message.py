"""Messages as analysers see them (contract section 1), and the segments of text to judge."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

# Speaker prefixes of calls given as `text`, one turn per line (contract section 1), with the
# traditional forms transcripts from Hong Kong and Taiwan vendors use.
SPEAKER_PREFIXES = {
    "坐席": "agent", "催收员": "agent", "催收員": "agent", "客服": "agent",
    "客户": "customer", "客戶": "customer", "用户": "customer", "用戶": "customer", "借款人": "customer",
    "第三方": "third_party", "联系人": "third_party", "聯繫人": "third_party", "聯絡人": "third_party",
}
_PREFIXES = "(" + "|".join(SPEAKER_PREFIXES) + ")"
_PREFIX_RE = re.compile(r"^\s*" + _PREFIXES + r"\s*[:：]\s*")
# a chat pasted behind the sender's 【signature】 opens its first line with it (【某某金融】客户：…)
_SPEAKER_LINE = re.compile(r"^[ \t]*(?:【[^】\n]{1,30}】[ \t]*)?" + _PREFIXES + r"[ \t]*[:：][^\n]*", re.MULTILINE)


@dataclass(slots=True)
class Turn:
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    extra: dict = field(default_factory=dict)   # keys outside the contract, carried through untouched


@dataclass(slots=True)
class Segment:
    """A piece of text judged on its own: the whole body, or one turn of a call."""

    text: str
    speaker: str            # who says it: outbound bodies are the agent's
    turn: int | None        # turn index for calls, None otherwise


@dataclass(slots=True)
class Message:
    message_id: str
    campaign_id: str
    channel: str
    text: str | None = None
    turns: list[Turn] | None = None
    sent_at: datetime | None = None
    debtor_id: str | None = None
    recipient_type: str = "unknown"
    agent_id: str | None = None
    template_id: str | None = None
    extra: dict = field(default_factory=dict)   # fields outside the contract, carried through untouched
    template_vars: dict[str, str | int | float] | None = None   # values filled into the template's placeholders
    days_overdue: int | None = None     # on the send date; negative before the due date (decides the stage)

    def segments(self) -> Iterator[Segment]:
        if self.turns is not None:
            for index, turn in enumerate(self.turns):
                yield Segment(turn.text, turn.speaker, index)
        elif self.text is not None:
            yield Segment(self.text, "agent", None)

    def agent_segments(self) -> Iterator[Segment]:
        """What the collector or template says: the only speech wording and PII rules judge. A text that is a chat
        written out (contract section 1: one speaker-prefixed line per turn) keeps only the agent's lines."""
        return (_agent_lines(s) for s in self.segments() if s.speaker == "agent")

    def addressed_to_third_party(self, segment: Segment) -> bool:
        """Whether this piece of agent speech reaches someone other than the debtor."""
        if self.recipient_type == "third_party":
            return True
        return bool(self.turns) and any(t.speaker == "third_party" for t in self.turns)


def speaker_lines(text: str) -> list[tuple[str, int, int]]:
    """(speaker, start, end) of each line of `text` opened by a speaker prefix (客户：…), from the prefix to the line's
    end, in order."""
    return [(SPEAKER_PREFIXES[m.group(1)], m.start(1), m.end()) for m in _SPEAKER_LINE.finditer(text)]


def _agent_lines(segment: Segment) -> Segment:
    """A text that is a chat written out, the agent's lines and another speaker's (客户：我的卡号是…\n客服：…), with
    the other speakers' lines blanked, offsets kept: a customer's own words are never a violation nor a disclosure.
    Any other text as it is (a letter's 借款人：张三 field is no chat)."""
    lines = speaker_lines(segment.text)
    speakers = {speaker for speaker, _, _ in lines}
    if segment.turn is not None or "agent" not in speakers or len(speakers) < 2:
        return segment
    text = segment.text
    for speaker, start, end in lines:
        if speaker != "agent":
            text = text[:start] + " " * (end - start) + text[end:]
    return Segment(text, segment.speaker, segment.turn)


def parse_call_text(text: str) -> list[Turn] | None:
    """Split a call written as speaker-prefixed lines into turns; None when no line has a known prefix.

    A line without a prefix continues the previous turn (transcripts wrap long turns).
    """
    turns: list[Turn] = []
    for line in text.splitlines():
        match = _PREFIX_RE.match(line)
        if match:
            turns.append(Turn(SPEAKER_PREFIXES[match.group(1)], line[match.end():]))
        elif turns and line.strip():
            turns[-1].text += "\n" + line
    return turns or None
