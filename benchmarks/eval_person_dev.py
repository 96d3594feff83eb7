"""`python -m benchmarks.eval_person_dev`: PERSON on Weibo NER dev only, with recall by form of name.

The Weibo test split is read once, at the end of a piece of work, by `benchmarks.eval_pii`; this script never
opens it, so the PERSON recognizer can be tuned on dev without a test figure ever being printed on the way.
Only figures are printed, never the messages' text (they are real people's words).
"""

from __future__ import annotations

import click

from benchmarks.eval_pii import eval_weibo


@click.command()
def main() -> None:
    """Print PERSON precision and recall on Weibo NER dev (PER.NAM, exact spans) and recall per form of name."""
    from audit.recognizers.finder import EntityFinder

    eval_weibo(EntityFinder(), splits=("dev",))


if __name__ == "__main__":
    main()
