"""Turn-timing facts of a call, from the `start`/`end` seconds of its turns (contract section 1).

`call_timing` judges one call; `timing_by_agent` rolls them up per agent for the reports. A call whose
turns lack times has no timing facts (None), never guessed ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

import pandas as pd

from audit.message import Message, Turn


@dataclass(frozen=True, slots=True)
class CallTiming:
    agent_talk_share: float     # the agent's speaking time over everyone's (0..1)
    interruptions: int          # agent turns that start while a customer or third party is still speaking
    longest_silence: float      # seconds of the longest stretch in which nobody speaks
    duration: float             # seconds from the first start to the last end


def call_timing(turns: list[Turn]) -> CallTiming | None:
    """The timing facts of one call; None when any turn lacks `start`/`end` or there are no turns."""
    if not turns or any(t.start is None or t.end is None for t in turns):
        return None
    ordered = sorted(turns, key=lambda t: (t.start, t.end))
    talk = {"agent": 0.0, "other": 0.0}
    interruptions = 0
    longest_silence = 0.0
    other_speaking_until = float("-inf")    # when the last customer / third-party speech ends
    anyone_speaking_until = ordered[0].start
    for turn in ordered:
        length = max(turn.end - turn.start, 0.0)
        if turn.speaker == "agent":
            talk["agent"] += length
            interruptions += turn.start < other_speaking_until
        else:
            talk["other"] += length
            other_speaking_until = max(other_speaking_until, turn.end)
        longest_silence = max(longest_silence, turn.start - anyone_speaking_until)
        anyone_speaking_until = max(anyone_speaking_until, turn.end)
    total = talk["agent"] + talk["other"]
    return CallTiming(
        agent_talk_share=talk["agent"] / total if total else 0.0,
        interruptions=interruptions,
        longest_silence=longest_silence,
        duration=anyone_speaking_until - ordered[0].start,
    )


def timing_by_agent(messages: Iterable[Message]) -> pd.DataFrame:
    """Per campaign and agent, over the timed calls: calls, mean agent talk share, interruptions in all and per
    call, and the longest silence of any call. Calls without times or `agent_id` are left out."""
    rows = []
    for message in messages:
        timing = call_timing(message.turns or []) if message.channel == "call" else None
        if timing is not None and message.agent_id:
            rows.append({"campaign_id": message.campaign_id, "agent_id": message.agent_id, **asdict(timing)})
    columns = ["campaign_id", "agent_id", "calls", "agent_talk_share", "interruptions", "interruptions_per_call",
               "longest_silence"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows).groupby(["campaign_id", "agent_id"], sort=True).agg(
        calls=("duration", "size"), agent_talk_share=("agent_talk_share", "mean"),
        interruptions=("interruptions", "sum"), longest_silence=("longest_silence", "max")).reset_index()
    frame["interruptions_per_call"] = frame["interruptions"] / frame["calls"]
    return frame[columns]
