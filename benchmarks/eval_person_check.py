"""`python -m benchmarks.eval_person_check`: PERSON on the hand-written microblog check set, recall by form and voice.

The set (`benchmarks/data/person_informal_check.jsonl`, `make_person_informal_check.py`) is the PERSON recognizer's
dev for informal text since Weibo NER dev was tuned on until it stopped predicting test. Exact spans; precision
counts every span found, recall is told per form of name (as `eval_pii` tells Weibo's) and per voice of the post,
and the spans found in posts that hold no name are counted apart. `--show` prints the misses and wrong spans (the
set is invented, so its text may be printed).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from benchmarks.data.make_person_informal_check import CHECK_FILE, GROUPS
from benchmarks.eval_pii import NAME_FORMS, _name_form

CHECK_SET = Path(__file__).parent / "data" / CHECK_FILE


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@click.command()
@click.option("--set", "path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CHECK_SET,
              show_default=True)
@click.option("--show", is_flag=True, help="Print each missed name and each wrong span with its post.")
def main(path: Path, show: bool) -> None:
    """Print PERSON precision and recall on the check set, recall per form of name and per voice."""
    from audit.recognizers.finder import EntityFinder

    finder = EntityFinder()
    person = next(r for r in finder.recognizers if r.supported_entities == ["PERSON"])
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found_total = right_total = gold_total = wrong_in_nameless = nameless = 0
    by_form: dict[str, list[int]] = {form: [0, 0] for form in NAME_FORMS}
    by_voice: dict[str, list[int]] = {voice: [0, 0] for voice in GROUPS.values()}
    for row in rows:
        text = row["text"]
        gold = {(e["start"], e["end"]) for e in row["entities"] if e["entity_type"] == "PERSON"}
        found = {(e.start, e.end) for e in finder.find(text) if e.entity_type == "PERSON"}
        voice = GROUPS[row["message_id"].removeprefix("person-check-")[0]]
        found_total, right_total, gold_total = found_total + len(found), right_total + len(found & gold), gold_total + len(gold)
        by_voice[voice][0] += len(found & gold)
        by_voice[voice][1] += len(gold)
        for span in gold:
            tally = by_form[_name_form(person, text[span[0]:span[1]])]
            tally[0] += span in found
            tally[1] += 1
        if not gold:
            nameless += 1
            wrong_in_nameless += len(found)
        if show:
            for start, end in sorted(gold - found):
                click.echo(f"  miss  {text[start:end]}\t{text}")
            for start, end in sorted(found - gold):
                click.echo(f"  wrong {text[start:end]}\t{text}")
    p, r = _ratio(right_total, found_total), _ratio(right_total, gold_total)
    f1 = _ratio(2 * p * r, p + r)
    click.echo(f"== PERSON on {path.name} ({len(rows)} posts, {gold_total} names, exact spans): "
               f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    click.echo("   recall by form: " + "; ".join(f"{form} {_ratio(*tally):.2f} of {tally[1]}"
                                                 for form, tally in by_form.items() if tally[1]))
    click.echo("   recall by voice: " + "; ".join(f"{voice} {_ratio(*tally):.2f} of {tally[1]}"
                                                  for voice, tally in by_voice.items() if tally[1]))
    click.echo(f"   wrong spans {found_total - right_total}, {wrong_in_nameless} of them in the {nameless} posts with no name")


if __name__ == "__main__":
    main()
