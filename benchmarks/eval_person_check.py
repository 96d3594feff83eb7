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
from benchmarks.eval_pii import NAME_FORMS, Tally, _name_form

CHECK_SET = Path(__file__).parent / "data" / CHECK_FILE
ALL = "PERSON"


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
    tally = Tally()         # ALL; each form and each voice counts its gold names found (recall only)
    wrong_in_nameless = nameless = 0
    for row in rows:
        text = row["text"]
        gold = {(e["start"], e["end"]) for e in row["entities"] if e["entity_type"] == "PERSON"}
        found = {(e.start, e.end) for e in finder.find(text) if e.entity_type == "PERSON"}
        tally.add(ALL, gold, found)
        tally.add(GROUPS[row["message_id"].rsplit("-", 1)[1][0]], gold, found & gold)
        for form in NAME_FORMS:
            of_form = {(s, e) for s, e in gold if _name_form(person, text[s:e]) == form}
            tally.add(form, of_form, found & of_form)
        if not gold:
            nameless += 1
            wrong_in_nameless += len(found)
        if show:
            for start, end in sorted(gold - found):
                click.echo(f"  miss  {text[start:end]}\t{text}")
            for start, end in sorted(found - gold):
                click.echo(f"  wrong {text[start:end]}\t{text}")

    def recalls(keys) -> str:
        return "; ".join(f"{key} {recall:.2f} of {count}" for key in keys
                         for _, recall, _, count in [tally.figures((key,))] if count)

    p, r, f1, gold_total = tally.figures((ALL,))
    click.echo(f"== PERSON on {path.name} ({len(rows)} posts, {gold_total} names, exact spans): "
               f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    click.echo("   recall by form: " + recalls(NAME_FORMS))
    click.echo("   recall by voice: " + recalls(GROUPS.values()))
    click.echo(f"   wrong spans {tally.fp[ALL]}, {wrong_in_nameless} of them in the {nameless} posts with no name")


if __name__ == "__main__":
    main()
