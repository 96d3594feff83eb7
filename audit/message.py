"""Messages as analysers see them (contract section 1), and the segments of text to judge."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

# Speaker labels of a chat or call written out as text (contract section 1 names 坐席/催收员/客服, 客户/用户/借款人 and
# 第三方/联系人), with the labels lenders' chat exports, quality-check notes and ASR vendors also use, and the
# traditional forms transcripts from Hong Kong and Taiwan vendors use. One table for every reader: the readers, the
# wording, PII and conduct analysers all see a chat's speakers through it.
SPEAKER_PREFIXES = {
    "坐席": "agent", "座席": "agent", "催收员": "agent", "催收員": "agent", "催收专员": "agent", "催收專員": "agent",
    "催收": "agent", "客服": "agent", "在线客服": "agent", "人工客服": "agent", "客服专员": "agent", "客服專員": "agent",
    "专员": "agent", "專員": "agent", "调解员": "agent", "調解員": "agent", "调解专员": "agent", "業務員": "agent",
    "业务员": "agent", "工作人员": "agent", "工作人員": "agent", "话务员": "agent", "話務員": "agent",
    "职员": "agent", "職員": "agent",
    "机器人": "agent", "機器人": "agent",
    "客户": "customer", "客戶": "customer", "用户": "customer", "用戶": "customer", "借款人": "customer",
    "债务人": "customer", "債務人": "customer", "欠款人": "customer", "持卡人": "customer",
    "第三方": "third_party", "联系人": "third_party", "聯繫人": "third_party", "聯絡人": "third_party",
    "紧急联系人": "third_party", "緊急聯繫人": "third_party",
}
# longest first, so that 催收专员 is not read as 催收 and 紧急联系人 not missed
_LABELS = "(?:" + "|".join(sorted(SPEAKER_PREFIXES, key=len, reverse=True)) + ")"
# A label opens a line, after any tags a chat export puts first ([微信], 【某某金融】, 10:32, a channel before a bracketed
# label: 微信（客户）：), or follows a space, a sentence end or a heading's colon inside a line, as ASR, pasted chats and
# call summaries run several turns together (客户：我没钱 专员：没钱就…, 通话摘要：客户：…).
_LINE_TAGS = (r"(?:(?:【[^】\n]{1,30}】|\[[^\]\n]{1,30}\]|\d{1,2}:\d{2}(?::\d{2})?|(?:微信|企业微信|短信|电话|通话|录音|语音|QQ|APP|App)"
              r"(?=[（(【\[]))[ \t]*)*")
# A label is a speaker and its colon (坐席：), or a speaker in brackets, the colon optional, as ASR vendors and quality
# checkers write turns ((坐席)您好, 【客户】嗯, [坐席]：您好).
# … a speaker may carry its name (客服小林：, 催收员老张：, 欠款人 刘大海：: a familiar name, or a full one after a space) and
# its firm or its name in brackets before the colon, as chat exports write it (在线客服（某某金融）：, 客服小林（某某分期）：,
# 借款人（王某）：); no other word after a label (借款人身份证号：, 客户说：) is a name.
_QUALIFIER = (r"(?:[小老阿][\u4e00-\u9fff]|[ \t][\u4e00-\u9fff]{2,4})?"
              r"(?:[（(][^（()）\n：:]{1,12}[)）])?")
_LABEL = (r"(?P<label>(?P<speaker>" + _LABELS + r")" + _QUALIFIER + r"[ \t]*[:：]|[（(【\[](?P<bracketed>" + _LABELS
          + r")[)）】\]][ \t]*[:：]?)")
_SPEAKER_LABEL = re.compile(r"(?:(?P<line_start>^[ \t\u3000]*" + _LINE_TAGS + r")|(?<=[ \t\u3000。！？!?：:]))" + _LABEL
                            + r"[ \t\u3000]*", re.MULTILINE)
# What every label holds, a speaker followed by its colon or its closing bracket: a search for it alone is seven times
# cheaper than the full pattern's (whose openings are tried at every position, and whose speakers are written out
# twice), and most texts (an SMS, a letter) hold no label at all
_LABEL_MARK = re.compile(_LABELS + _QUALIFIER + r"(?:[ \t]*[:：]|[)）】\]])")


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


@dataclass(frozen=True, slots=True)
class SpeakerSpan:
    """What one speaker says in a text that writes a chat out: from its label to the next label or the line's end."""

    speaker: str
    start: int              # the label's first character
    said: int               # the first character after the label and its colon
    end: int
    opens_line: bool        # the label opens its line (after any tags), rather than following others' words


def speaker_spans(text: str) -> list[SpeakerSpan]:
    """The speaker-labelled spans of `text` (客户：…, [微信] 专员：…, … 坐席：… on one line), in order."""
    if not _LABEL_MARK.search(text):
        return []
    labels = list(_SPEAKER_LABEL.finditer(text))
    spans = []
    for label, following in zip(labels, [*labels[1:], None]):
        line_end = text.find("\n", label.end())
        end = len(text) if line_end < 0 else line_end
        if following is not None:
            end = min(end, following.start("label"))
        speaker = SPEAKER_PREFIXES[label.group("speaker") or label.group("bracketed")]
        spans.append(SpeakerSpan(speaker, label.start("label"), label.end(), end, label.group("line_start") is not None))
    return spans


def _agent_lines(segment: Segment) -> Segment:
    """A text that is a chat written out, the agent's words and another speaker's (客户：我的卡号是…\n客服：…), with
    the other speakers' words blanked, offsets kept: a customer's own words are never a violation nor a disclosure.
    A blanked span that ends inside a line ends with a line break, so that the agent's words on each side of it are
    two sentences. A call's turn counts its own speaker for the words before its first label (ASR runs a reply into
    the agent's turn: …这边是某某资产的 客户：我报警了 坐席：…). Any other text as it is (a letter's 借款人：张三 field is no
    chat)."""
    text = segment.text
    spans = speaker_spans(text)
    if not spans:       # most texts: no label (and no set built to say so)
        return segment
    speakers = {span.speaker for span in spans}
    if segment.turn is not None and text[:spans[0].start].strip():
        speakers.add(segment.speaker)
    if "agent" not in speakers or len(speakers) < 2:
        return segment
    pieces, kept_from = [], 0
    for span in spans:
        if span.speaker != "agent":
            inside_line = span.end < len(text) and text[span.end] not in "\r\n"
            pieces += [text[kept_from:span.start], " " * (span.end - span.start - inside_line), "\n" * inside_line]
            kept_from = span.end
    pieces.append(text[kept_from:])
    return Segment("".join(pieces), segment.speaker, segment.turn)


def parse_call_text(text: str) -> list[Turn] | None:
    """Split a call written as speaker-labelled lines into turns; None when no line has a known label.

    A line without a label continues the previous turn (transcripts wrap long turns), and so do the words before a
    label inside a line; several labels on one line are several turns. Words before the first label are the agent's,
    never dropped: an outbound call opens with the agent, and ASR vendors often label only the replies
    ([语音转写] 坐席 您好 我是… 客户：…); they join the agent's first turn when the call opens with one (a header such as
    ASR转写： is then no turn of its own) and are a turn of their own otherwise.
    """
    turns: list[Turn] = []
    opening: list[str] = []
    for line in text.splitlines():
        spans = speaker_spans(line)
        head = line if not spans else "" if spans[0].opens_line else line[:spans[0].start]
        if head.strip():
            if turns:
                turns[-1].text += "\n" + head
            else:
                opening.append(head.strip())
        for span in spans:
            said = line[span.said:span.end]
            turns.append(Turn(span.speaker, said if span.end == len(line) else said.rstrip()))
    if not turns:
        return None
    if opening and turns[0].speaker == "agent":
        turns[0].text = "\n".join([*opening, turns[0].text])
    elif opening:
        turns.insert(0, Turn("agent", "\n".join(opening)))
    return turns
