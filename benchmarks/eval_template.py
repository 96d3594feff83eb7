"""Template analyser quality on the labelled set (benchmarks/data/template_labelled.jsonl, made by
template_make_set.py against template_registry.yml and template_policy.yml): precision and recall per
template.* code, counted per message, and any finding on calls or on messages labelled clean.

`python -m benchmarks.eval_template [--set FILE --policy FILE --registry FILE]`
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter
from pathlib import Path

from audit.analysers.template import CODES, TemplateAnalyser
from audit.policy import load_policy
from audit.readers import message_from_dict

DATA = Path(__file__).resolve().parent / "data"


def evaluate(set_path: Path, policy_path: Path, registry: Path | None = None) -> dict:
    policy = load_policy(policy_path)
    if registry is not None:      # a registry given apart from its policy: the policy's stages, this registry
        policy = dataclasses.replace(policy, templates=registry.resolve())
    analyser = TemplateAnalyser.from_lexicons(policy=policy)
    counts = {code: Counter() for code in CODES}
    on_calls = on_clean = messages = 0
    misses = []
    for line in set_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        expected = set(record.pop("labels"))
        message = message_from_dict(record)
        found = {f.category for f in analyser.analyse(message)} if analyser.applies_to(message) else set()
        messages += 1
        on_calls += bool(found) and message.channel == "call"
        on_clean += bool(found) and not expected
        for code in CODES:
            key = ("tp" if code in found else "fn") if code in expected else ("fp" if code in found else "tn")
            counts[code][key] += 1
        if found != expected:
            misses.append((message.message_id, sorted(expected), sorted(found)))
    return {"messages": messages, "counts": counts, "on_calls": on_calls, "on_clean": on_clean, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DATA / "template_labelled.jsonl")
    parser.add_argument("--policy", type=Path, default=DATA / "template_policy.yml",
                        help="policy with the stages (and registry); a shipped profile name works too")
    parser.add_argument("--registry", type=Path, default=None, help="registry to use instead of the policy's")
    args = parser.parse_args()
    result = evaluate(args.set, args.policy, args.registry)
    print(f"{result['messages']} messages")
    for code, c in result["counts"].items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        print(f"{code:<22} P {precision:.3f}  R {recall:.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    print(f"messages with a template finding: calls {result['on_calls']}, labelled clean {result['on_clean']}")
    for message_id, expected, found in result["misses"]:
        print(f"  miss {message_id}: expected {expected}, found {found}")


if __name__ == "__main__":
    main()
