"""`python -m training.make_corpus`: build the wording classifier's training corpus.

Writes `training/wording_corpus.jsonl` from the generators in `training/corpus/` (violating and lawful
families, each a hand-written template with slots), deterministically from `SEED`. A share of samples gets a
copy in another register (traditional characters, ASR-style speech, obfuscation, dialect) from
`training.corpus.registers`. Whole families go to the dev split (`split: "dev"`), never some of their samples,
so dev figures measure phrasings training never saw. Violating families that are reports quoting a collector
(`quotes_a_collector`) stay out.

Then the released hand-labelled sets and batches of `benchmarks/data/` (`training.released_sets`: the files it
names, nothing else, each message with `source` naming its file), written by many other writers; whole files go to
dev (`released_sets.DEV_SETS`, the newest two sets, and a fixed share of the batches). `--leave-out FILE…` leaves released files unread: the
leave-sets-out check trains without them and measures on them (`python -m benchmarks.eval --section wording
--wording-set FILE`). The evaluation-only sets (`wording_heldout_r` and on, PIPL, COLD and Weibo test splits) and the
lawful set `lawful_messages.jsonl` are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from collections.abc import Iterable

from training import WORDING_CORPUS as CORPUS
from training.corpus import (
    lawful,
    lawful_deployed,
    lawful_fresh,
    lawful_more,
    lawful_others,
    lawful_pressed,
    lawful_real,
    lawful_varied,
    lawful_voices,
    registers,
    violations,
    violations_deployed,
    violations_fresh,
    violations_more,
    violations_others,
    violations_pressed,
    violations_real,
    violations_varied,
    violations_voices,
)
from training.released_sets import RELEASED_FILES, released_samples

SEED = 20261203

DEV_PERCENT = 20              # of families
REGISTER_COPY_SHARE = 0.3     # samples that also get a copy in another register
GENERATORS = (violations, lawful, violations_more, lawful_more, violations_real, lawful_real, violations_others,
              lawful_others, violations_fresh, lawful_fresh, violations_voices, lawful_voices, violations_varied,
              lawful_varied, violations_deployed, lawful_deployed, violations_pressed, lawful_pressed)   # each with its own seed
# the register copies' seed, fixed where it was with eight generators: generators added at the end leave every
# earlier sample and register copy as it was
REGISTER_SEED_OFFSET = 8


def quotes_a_collector(sample: dict) -> bool:
    """A violating family whose texts are news reports, police bulletins or judgments quoting a collector (the
    generators name them `quote…`). Only an agent's or a template's words are judged (contract section 5), and the
    evaluation sets written since (E, wording_dev_g, wording_dev_h) label such reports compliant; as violations
    they taught the classifier that reporting a collector's words is saying them, so they stay out of the corpus."""
    return bool(sample["labels"]) and "quote" in sample["family"].split(".", 1)[1]


def split_of(family: str) -> str:
    bucket = int(hashlib.sha256(family.encode("utf-8")).hexdigest(), 16) % 100
    return "dev" if bucket < DEV_PERCENT else "train"


def _in_register(sample: dict, register: str, rng: random.Random) -> dict:
    copy = dict(sample, register=register)
    if sample.get("turns"):
        copy["turns"] = [dict(t, text=registers.transform(t["text"], register, rng)) if t["speaker"] == "agent"
                         else t for t in sample["turns"]]
    else:
        copy["text"] = registers.transform(sample["text"], register, rng)
    return copy


def _text_key(sample: dict) -> str:
    """What makes two samples the same: their text, or their turns."""
    return sample.get("text") or json.dumps(sample.get("turns"), ensure_ascii=False)


def build(released: Iterable[str] = RELEASED_FILES) -> list[dict]:
    """The synthetic samples, their register copies, then the samples of the `released` files."""
    samples = [sample for offset, generator in enumerate(GENERATORS)
               for sample in generator.generate(random.Random(SEED + offset))]
    rng = random.Random(SEED + REGISTER_SEED_OFFSET)
    extra = [_in_register(s, rng.choice(registers.REGISTERS), rng) for s in samples
             if rng.random() < REGISTER_COPY_SHARE]
    corpus, seen = [], set()
    for sample in samples + extra:
        key = _text_key(sample)
        if key in seen or quotes_a_collector(sample):
            continue
        seen.add(key)
        corpus.append(dict(sample, labels=sorted(sample["labels"]), split=split_of(sample["family"])))
    for sample in released_samples(released):
        key = _text_key(sample)
        if key not in seen:
            seen.add(key)
            corpus.append(sample)
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", nargs="+", default=[], choices=RELEASED_FILES, metavar="FILE",
                        help="released files not to read (the leave-sets-out check: train without them, measure on them)")
    args = parser.parse_args()
    corpus = build([name for name in RELEASED_FILES if name not in args.leave_out])
    with CORPUS.open("w", encoding="utf-8") as out:
        for sample in corpus:
            out.write(json.dumps(sample, ensure_ascii=False, sort_keys=True) + "\n")
    splits = Counter(s["split"] for s in corpus)
    labels = Counter(label for s in corpus for label in s["labels"] or ["(lawful)"])
    released = Counter((s["split"], s["source"]) for s in corpus if "source" in s)
    print(f"{len(corpus)} samples ({splits['train']} train, {splits['dev']} dev) from "
          f"{len({s['family'] for s in corpus})} families -> {CORPUS}")
    for split in ("train", "dev"):
        files = sorted(source for s, source in released if s == split)
        print(f"  released, {split}: {sum(released[split, f] for f in files)} messages of {len(files)} files: "
              + " ".join(f.removesuffix(".jsonl") for f in files))
    for label, count in sorted(labels.items()):
        print(f"  {label:28} {count}")


if __name__ == "__main__":
    main()
