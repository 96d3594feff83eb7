"""`python -m benchmarks.eval_person_dev`: PERSON on Weibo NER dev only, with recall by form of name.

The Weibo test split is read once, at the end of a piece of work, by `benchmarks.eval_pii`; this script never
opens it, so the PERSON recognizer can be tuned on dev without a test figure ever being printed on the way.
Only figures are printed, never the messages' text (they are real people's words).
"""

from __future__ import annotations

import click

from benchmarks.eval_pii import NAME_FORMS, Tally, _name_form, weibo


@click.command()
def main() -> None:
    """Print PERSON precision and recall on Weibo NER dev (PER.NAM, exact spans) and recall per form of name."""
    from audit.recognizers.finder import EntityFinder

    finder = EntityFinder()
    person = next(r for r in finder.recognizers if r.supported_entities == ["PERSON"])
    tally = Tally()
    messages = list(weibo("dev"))
    for text, gold in messages:
        predicted = {(e.start, e.end) for e in finder.find(text) if e.entity_type == "PERSON"}
        tally.add("PERSON", gold, predicted)
        for form in NAME_FORMS:
            of_form = {(s, e) for s, e in gold if _name_form(person, text[s:e]) == form}
            tally.add(form, of_form, predicted & of_form)
    p, r, f1, gold_count = tally.figures(("PERSON",))
    forms = "; ".join(f"{form} {tally.figures((form,))[1]:.2f} of {tally.figures((form,))[3]}" for form in NAME_FORMS)
    click.echo(f"== PERSON on Weibo NER dev (PER.NAM, {len(messages)} messages, {gold_count} names, exact spans):"
               f" P {p:.3f}  R {r:.3f}  F1 {f1:.3f}\n   recall by form: {forms}")


if __name__ == "__main__":
    main()
