"""The call-conduct section of a campaign report (contract section 5, `conduct.*`).

Counts by category and by agent, the worst calls with their turns in order (masked, the turn each finding
points at marked) and, for calls whose turns carry `start`/`end`, the agents' turn timing
(`audit.call_timing`). Like the rest of the report it is counted while the messages stream past once: only
the worst calls' masked excerpts and the timing of timed calls (without their words) are kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from audit.call_timing import timing_by_agent
from audit.finding import Severity
from audit.message import Message, Turn
from audit.report.context import call_turns, masked_context
from audit.report.inputs import FindingIndex
from audit.report.rates import per_1000

CONDUCT_PREFIX = "conduct."
WORST_CALLS = 5             # calls shown whole (in excerpt) per campaign
CONTEXT_TURNS = 1           # turns shown either side of a turn with a finding
OPENING_TURNS = 2           # the first turns are always shown: self-identification is judged on them
TURN_CHARS = 120            # characters of a turn without a finding shown
HIT_WINDOW = 60             # characters either side of a finding's words in its turn


def is_conversation(message: Message) -> bool:
    """A call, or a chat given as turns: what the conduct analyser judges."""
    return message.channel == "call" or message.turns is not None


def conduct_positions(index: FindingIndex, positions: list[int]) -> list[int]:
    return [p for p in positions if index.findings[p]["category"].startswith(CONDUCT_PREFIX)]


def choose_worst_calls(index: FindingIndex, positions: list[int], limit: int = WORST_CALLS) -> list[str]:
    """Message ids of the calls with the most severe conduct findings, then the most of them."""
    by_call: dict[str, list[dict]] = defaultdict(list)
    for p in conduct_positions(index, positions):
        finding = index.findings[p]
        if finding.get("message_id"):
            by_call[finding["message_id"]].append(finding)
    ranked = sorted(by_call.items(), key=lambda kv: (-max(Severity(f["severity"]).rank for f in kv[1]),
                                                     -len(kv[1]), kv[0]))
    return [message_id for message_id, _ in ranked[:limit]]


@dataclass
class AgentCalls:
    calls: int = 0
    calls_with_findings: int = 0
    findings: int = 0
    by_category: Counter = field(default_factory=Counter)


@dataclass
class ConductTally:
    """Calls of one campaign while they stream past."""

    calls: int = 0
    calls_with_findings: int = 0
    by_agent: dict[str, AgentCalls] = field(default_factory=lambda: defaultdict(AgentCalls))
    timed: list[Message] = field(default_factory=list)       # timed calls with their words dropped
    excerpts: dict[str, dict] = field(default_factory=dict)  # worst call's message id -> its excerpt

    def add(self, message: Message, findings: list[dict], worst: set[str]) -> None:
        """One call or chat and its conduct findings."""
        self.calls += 1
        self.calls_with_findings += bool(findings)
        if message.agent_id:
            agent = self.by_agent[message.agent_id]
            agent.calls += 1
            agent.calls_with_findings += bool(findings)
            agent.findings += len(findings)
            agent.by_category.update(f["category"] for f in findings)
        turns = call_turns(message)
        if turns and message.agent_id and all(t.start is not None and t.end is not None for t in turns):
            self.timed.append(Message(message.message_id, message.campaign_id, "call", agent_id=message.agent_id,
                                      turns=[Turn(t.speaker, "", t.start, t.end) for t in turns]))
        if message.message_id in worst and turns:
            self.excerpts[message.message_id] = call_excerpt(message, turns, findings)


def call_excerpt(message: Message, turns: list[Turn], findings: list[dict]) -> dict:
    """A worst call as shown: its conduct findings, and its turns in order (masked), those with a finding
    marked, with their neighbours and the opening turns; skipped stretches show as a gap."""
    marked: dict[int, list[dict]] = defaultdict(list)
    for finding in findings:
        if isinstance(finding.get("turn"), int) and 0 <= finding["turn"] < len(turns):
            marked[finding["turn"]].append(finding)
    shown = set(range(min(OPENING_TURNS, len(turns))))
    for turn in marked:
        shown.update(range(max(0, turn - CONTEXT_TURNS), min(len(turns), turn + CONTEXT_TURNS + 1)))
    return {
        "message_id": message.message_id,
        "agent_id": message.agent_id,
        "turns_total": len(turns),
        "findings": [{k: f.get(k) for k in ("turn", "category", "rule_id", "severity", "explanation")}
                     for f in sorted(findings, key=lambda f: (f.get("turn") or 0, f["rule_id"]))],
        "turns": [_shown_turn(i, turns[i], marked.get(i, [])) for i in sorted(shown)],
    }


def _shown_turn(index: int, turn: Turn, findings: list[dict]) -> dict:
    spans = sorted((f["start"], f["end"]) for f in findings
                   if isinstance(f.get("start"), int) and isinstance(f.get("end"), int))
    context = masked_context(turn.text, *spans[0], HIT_WINDOW) if spans else None
    if context is None:         # no span to mark: the turn's opening (the turn itself is marked when it has findings)
        context = masked_context(turn.text, 0, 0, TURN_CHARS)
    shown = {"before": "", "hit": "", "after": "", "clipped_before": False, "clipped_after": False}
    if context is not None:
        shown = {**context.to_dict(), "clipped_before": context.clipped_before, "clipped_after": context.clipped_after}
    return {"turn": index, "speaker": turn.speaker, "marked": bool(findings),
            "categories": sorted({f["category"] for f in findings}), **shown}


def conduct_summary(tally: ConductTally, findings: list[dict], worst: list[str]) -> dict | None:
    """The section's figures for summary.json; None when the campaign has neither calls nor conduct findings."""
    conduct = [f for f in findings if f["category"].startswith(CONDUCT_PREFIX)]
    if not tally.calls and not conduct:
        return None
    counts = Counter(f["category"] for f in conduct)
    calls_per_category = {c: len({f.get("message_id") for f in conduct if f["category"] == c}) for c in counts}
    by_category = [{"category": c, "findings": n, "calls": calls_per_category[c],
                    "per_1000_calls": per_1000(n, tally.calls),
                    "worst_severity": max((f["severity"] for f in conduct if f["category"] == c),
                                          key=lambda s: Severity(s).rank)}
                   for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    by_agent = [{"agent_id": agent, "calls": a.calls, "calls_with_findings": a.calls_with_findings,
                 "findings": a.findings, "per_1000_calls": per_1000(a.findings, a.calls),
                 "by_category": dict(sorted(a.by_category.items()))}
                for agent, a in sorted(tally.by_agent.items(), key=lambda kv: (-kv[1].findings, kv[0]))]
    return {
        "calls": tally.calls,
        "calls_with_findings": tally.calls_with_findings,
        "findings": len(conduct),
        "per_1000_calls": per_1000(len(conduct), tally.calls),
        "by_category": by_category,
        "by_agent": by_agent,
        "worst_calls": [tally.excerpts[m] for m in worst if m in tally.excerpts],
        "timed_calls": len(tally.timed),
        "timing_by_agent": _timing_rows(tally.timed),
    }


def _timing_rows(timed: list[Message]) -> list[dict]:
    frame = timing_by_agent(timed)
    return [{"agent_id": row.agent_id, "calls": int(row.calls),
             "agent_talk_share": round(float(row.agent_talk_share), 4), "interruptions": int(row.interruptions),
             "interruptions_per_call": round(float(row.interruptions_per_call), 2),
             "longest_silence_s": round(float(row.longest_silence), 1)}
            for row in frame.itertuples(index=False)]
