"""`python -m benchmarks.eval_conduct`: the conduct analyser on the independent labelled calls (issue 11).

The set (`data/conduct_calls.jsonl`, written by `data/make_conduct_calls.py` apart from the rules) labels
each call with the `conduct.*` categories it breaks and the turn where each shows. Printed:
- per category and micro: precision / recall / F1 at call level (a category counts once per call);
- compliant calls (labelled `[]`) that got any conduct finding;
- turn accuracy: among true positives, how often the category's first finding points at the labelled turn;
- the misjudged calls (categories, then turns), with the agent's words when `--text` is given.

`--set PATH` evaluates another file of the same format, e.g. a hidden set; `--only TEXT` keeps the calls whose
message id contains TEXT (one batch of a development set, measured before it is tuned on).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from audit.analysers.base import MessageAnalyser
from audit.errors import InputRecordError, exit_on_error
from audit.finding import Finding
from audit.message import Message
from benchmarks.data.make_conduct_calls import CALLS_FILE, CONDUCT_CATEGORIES, HERE
from benchmarks.eval import Labelled, SetResult, build, evaluate, print_errors, print_scores, shown_text

CALLS = HERE / CALLS_FILE


@dataclass
class ConductResult:
    categories: SetResult
    turn_hits: int                                            # true positives whose first finding is on the labelled turn
    turn_misses: list[tuple[Message, str, int, int | None]]   # (call, category, labelled turn, found turn)

    @property
    def true_positives(self) -> int:
        return self.turn_hits + len(self.turn_misses)

    @property
    def turn_accuracy(self) -> float:
        return self.turn_hits / self.true_positives if self.true_positives else 0.0


def labelled_turns(message: Message) -> dict[str, int]:
    """The call's labels as category -> turn (already validated by `load_calls`)."""
    return {label["category"]: label["turn"] for label in message.extra["labels"]}


def load_calls(path: Path = CALLS) -> list[Labelled]:
    """The labelled calls; a bad record or label is an error naming file, line and field."""
    from audit.readers import iter_messages

    items = []
    for line, record in enumerate(iter_messages(path), start=1):
        if isinstance(record, InputRecordError):
            raise record
        labels = record.extra.get("labels")
        if not isinstance(labels, list) or not all(_valid_label(label, record) for label in labels):
            raise InputRecordError(str(path), line, "labels", f"message {record.message_id!r}: must be a list of "
                                   "{category: conduct.…, turn: index of one of the call's turns}")
        items.append(Labelled(record, frozenset(label["category"] for label in labels)))
    return items


def _valid_label(label: object, message: Message) -> bool:
    return (isinstance(label, dict) and label.get("category") in CONDUCT_CATEGORIES
            and isinstance(label.get("turn"), int) and 0 <= label["turn"] < len(message.turns or []))


def first_turns(findings: list[Finding]) -> dict[str, int | None]:
    """Per conduct category found, the earliest turn a finding points at (None when none names a turn)."""
    turns: dict[str, list[int | None]] = {}
    for finding in findings:
        if finding.category in CONDUCT_CATEGORIES:
            turns.setdefault(finding.category, []).append(finding.turn)
    return {category: min((t for t in found if t is not None), default=None) for category, found in turns.items()}


def evaluate_calls(analyser: MessageAnalyser, items: list[Labelled]) -> ConductResult:
    found_turns: dict[str, dict[str, int | None]] = {}

    def predict(message: Message) -> set[str]:
        findings = analyser.analyse(message) if analyser.applies_to(message) else []
        found_turns[message.message_id] = first_turns(findings)
        return set(found_turns[message.message_id])

    categories = evaluate(items, predict, CONDUCT_CATEGORIES)
    hits, misses = 0, []
    for item in items:
        found = found_turns[item.message.message_id]
        for category, turn in sorted(labelled_turns(item.message).items()):
            if category not in found:
                continue
            if found[category] == turn:
                hits += 1
            else:
                misses.append((item.message, category, turn, found[category]))
    return ConductResult(categories, hits, misses)


def print_result(result: ConductResult, name: str, errors: int, with_text: bool) -> None:
    categories = result.categories
    click.echo(f"== conduct: {name}: call level, {categories.clean} compliant calls")
    print_scores(categories.scores, 40)
    click.echo(f"  compliant calls flagged: {categories.flagged_clean}/{categories.clean} "
               f"({categories.false_flag_rate:.1%})")
    click.echo(f"  finding on the labelled turn: {result.turn_hits}/{result.true_positives} true positives "
               f"({result.turn_accuracy:.1%})")
    click.echo(f"  analysed in {categories.seconds:.2f} s")
    print_errors(categories, errors, with_text)
    shown = result.turn_misses[:max(errors, 0)]
    if shown:
        click.echo(f"  wrong turns ({len(result.turn_misses)}, showing {len(shown)}):")
    for message, category, turn, found in shown:
        click.echo(f"  - {message.message_id} {category}: labelled turn {turn}, finding at {found}")
        if with_text:
            click.echo(f"      {shown_text(message)}")


@click.command()
@click.option("--set", "set_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CALLS,
              show_default=True, help="A labelled calls file in the format of data/conduct_calls.jsonl.")
@click.option("--errors", type=int, default=30, show_default=True, help="How many misjudged calls to list.")
@click.option("--text/--no-text", "with_text", default=False, help="Show the agent's words of misjudged calls.")
@click.option("--only", "id_part", default=None,
              help="Evaluate only the calls whose message id contains this text (one batch, e.g. -f2-).")
def main(set_path: Path, errors: int, with_text: bool, id_part: str | None) -> None:
    """Evaluate the conduct analyser on the labelled calls; print the figures."""
    with exit_on_error():    # a bad set file is one line naming file, line and field, never a traceback
        items = load_calls(set_path)
    if id_part is not None:
        items = [item for item in items if id_part in item.message.message_id]
        if not items:
            raise click.BadParameter(f"no call of {set_path.name} has {id_part!r} in its message id",
                                     param_hint="--only")
    with exit_on_error():
        try:
            analyser = build("conduct")
        except ValueError as exc:   # the analyser is not registered yet
            click.echo(f"[conduct] analyser not available ({exc}); nothing evaluated")
            return
        if analyser is None:
            return
        print_result(evaluate_calls(analyser, items), set_path.name, errors, with_text)


if __name__ == "__main__":
    main()
