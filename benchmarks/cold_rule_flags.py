"""`python -m benchmarks.cold_rule_flags`: which phrase rules flag COLD's safe comments, ranked.

Each safe row of COLD's train and dev splits is fed as an agent SMS (`benchmarks.eval.cold_findings`) to the
phrase rules alone (no classifier), and the rule ids that fire are counted: the rules to narrow first when
ordinary comments are flagged. COLD texts are real people's words, so only counts and rule ids are printed.
COLD test is never read here; its figure is `python -m benchmarks.eval --section cold`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import click

from audit.analysers.base import MessageAnalyser
from benchmarks.eval import COLD_SAFE, build, cold_findings, cold_rows
from training import COLD_DIR

COLD_SPLITS = {split: COLD_DIR / f"{split}.csv" for split in ("train", "dev")}


@dataclass
class SafeFlags:
    """How many safe comments a split has, how many the rules flag, and how often each rule id fires."""

    safe: int = 0
    flagged: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)


def count_safe_flags(analyser: MessageAnalyser, split: str, rows: Iterable[dict[str, str]]) -> SafeFlags:
    """Feed the safe rows to the analyser; count the rows flagged and, per rule id, the rows it fires on."""
    result = SafeFlags()
    for n, row in enumerate(rows):
        if row["label"] != COLD_SAFE:
            continue
        result.safe += 1
        rule_ids = {f.rule_id for f in cold_findings(analyser, f"cold-{split}-{n}", row["TEXT"])}
        result.flagged += bool(rule_ids)
        result.by_rule.update(rule_ids)
    return result


@click.command()
@click.option("--split", "splits", type=click.Choice(sorted(COLD_SPLITS)), multiple=True,
              help="Split to read (repeatable); both by default.")
@click.option("--top", default=30, show_default=True, help="How many rule ids to list per split.")
def main(splits: tuple[str, ...], top: int) -> None:
    """Safe COLD comments flagged by the phrase rules alone, per split, and the rule ids ranked by rows flagged."""
    analyser = build("wording", model=False)
    for split in splits or ("train", "dev"):
        result = count_safe_flags(analyser, split, cold_rows(COLD_SPLITS[split]))
        click.echo(f"{split}: safe rows flagged by the rules {result.flagged}/{result.safe} "
                   f"({result.flagged / max(result.safe, 1):.4f})")
        for rule_id, count in result.by_rule.most_common(top):
            click.echo(f"  {count:5d}  {rule_id}")


if __name__ == "__main__":
    main()
