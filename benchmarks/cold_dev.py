"""`python -m benchmarks.cold_dev`: the COLD figures measured on COLD's dev split, the proxy to tune on.

COLD test's figures (`python -m benchmarks.eval --section cold`) are read once, at the end of a piece of work;
dev stands in for them while tuning. Dev has no fine-grained label, so `training/cold_dev_individual.csv` holds
hand labels for 1,120 of its rows: a random sample of 400 of its offensive rows (`random.Random(7)` sampling of
the rows whose `label` is 1), then 660 more offensive rows and 60 safe ones (`random.Random(8)` sampling of the
offensive rows not yet labelled, then of the safe rows). Columns: `row`, the 0-based data row of dev.csv, whose
first column repeats ids; `id`, that column; `attack_individual`, 1 when the comment attacks one person: the one it
answers (你, 您, 答主), a person it names or points at (他, 这个女的, 楼主, a named public figure), 0 when it attacks a
group or nobody in particular. 189 of the 1,060 offensive rows attack an individual (test: 288 of 2,107).

Figures, each comment fed as an agent SMS as `benchmarks.eval.evaluate_cold` does: the share of dev's 3,220
safe rows flagged with any wording category (which rules and categories flag them, rules versus model),
`abuse.insult` recall on the labelled attack-individual rows, and the share of the other labelled offensive rows
(attacks on a group) reported as insults, which the bar does not count. Training reads dev's safe rows to choose the
insult threshold, so the safe figure here is optimistic. With the classifier, the insults it scores over its
threshold where no rule found one, but that fusion drops (`audit.classifier.insult_blind_reason`: talk of prejudice,
no addressee), are counted per reason on attack-individual and safe rows: what each filter costs and saves.

What the insult rules flag on safe comments (at 4ca643d): 22 of dev's 3,220, most a real insult said of a third party, a
group or a show (那些女的真不要脸, 这种傻逼不要管她) that COLD labels safe and a collection text would not hold. The shapes
a rule could give way to are one or two comments each: a curse cited as speech (a dialect's curse, one quoted after
骂 or 听人说), banter (介尼玛神了), a label said of every side (两边都有憨批). On train's 13,003 safe comments the insult
rules hit 138 times, 12 of them beside 方言, 口头禅, 脏话 or 骂 and none with 都有 or 也有 in the hit's clause, and no
released collection set holds 方言, 口头禅, 脏话 or 省骂: lawful-context words for those shapes would clear next to
nothing, so the rules were left as they are. An insult rule that asks for an addressee (model.yml `addressees`, as the
classifier's insults do) would clear 11 of those 22 safe comments and 20 of the 103 attacks on one person the rules find.

Where the attacks on one person the scan misses are lost (`missed_stage`, printed per stage; at d768883, 73 missed):
46 have no insult rule and an insult score more than 0.5 under the threshold (most are no insult in words: an argument,
a sneer at the reader's logic, a prejudice voiced, a sarcastic question), 7 are 0.3-0.5 under, 9 are 0.1-0.3 under, 2 are
within 0.1; fusion drops 5 (prejudice 4, no addressee 1), corroboration 3 rule findings in comments the classifier
scores 0.00-0.01 (it drops 6 on safe comments), and the context pass clears 1 rule hit (the speaker's own question, reported). The score band does not
separate attacks from safe comments: of the comments no rule flags scored 0.3 to the threshold and not dropped by fusion,
2 attacks and 9 safe comments aim the strongest sentence at the reader (你, `insult_at_reader`), 6 attacks and 3 safe
comments do not, so neither a lower threshold nor a reader-only band below it buys attacks cheaper than the trainer's
limit does (COLD dev at 0.68 / 0.60 / 0.50 / 0.40 / 0.30: 116/32, 119/36, 123/38, 124/44, 126/47 attacks/safe). The
rule families of e5c1528 and after came from COLD train's hand-labelled attacks the scan missed, each checked on train's
13,003 safe comments and the released collection sets.

At 89e5536 (insult threshold .66) 71 were missed: 42 more than 0.5 under the threshold, 8 0.3-0.5, 8 0.1-0.3, 5 within
0.1, fusion 4 (prejudice), corroboration 3, context pass 1. To judge rules beyond dev, train's 657 hand-labelled attacks
on one person were split by row: even rows studied, odd rows held back (337 and 320; 189 and 168 found at 89e5536).
Cues of the largest stage, counted as attacks the scan missed (dev + train's studied half + held-back half) against
the 16,223 safe comments of dev and train no rule flagged: a person of the thread or pointed at called a bigot (答主地域黑,
他地域歧视山东人) 0 + 5 + 5 against 2, kept (wording.insult.called_bigot); every other shape held at most 3 of the 371
missed, most at a cost: a pointer and an insult word (这人, 楼主, 这女的 + 猪, 傻, 渣, 奇葩) 0 against 1, comparisons and
animal imagery (像猪一样, 跟狗似的) none, rhetorical questions (你没看文章吗 2 against 0, 你怎么不去查 2 against 1, 你凭什么
3 against 0, 打脸 2 against 2), names for the arguing (抬杠, 杠精 2 against 11; 洗地, 洗白 6 against 9; 双标 5 against 10;
带节奏 3 against 7; 优越感 5 against 24), sarcastic 牛逼 at the reader 1 against 0, 垃圾女人 1 against 0. Most of those
attacks argue, sneer or generalise about the reader in words no rule can tell from a heated safe comment.

`--split train` reads COLD train instead: its 13,003 safe rows and the 657 hand-labelled attacks on one person of
`training/cold_train_individual*.csv`, even rows (337) studied when writing rules, odd rows (320) held back to judge
them. The classifier is trained on train's comments, so there only the rules' part is out of sample.

At 7d65751 (retrained, insult threshold .70; COLD dev 117/189 at 30 safe) 72 missed: 44 more than 0.5 under the
threshold, 9 0.3-0.5, 8 0.1-0.3, 5 within 0.1, fusion 4 (prejudice), corroboration 1, context pass 1. Along the threshold
(in memory) .70 / .66 / .60 / .55 / .50 / .45: 117/30, 119/31, 121/33, 124/37, 126/39, 127/41 attacks/safe. Out of
sample, an insult column trained on the corpus and COLD train's even rows only, fused with the rules of c283cb2, read on
train's odd half (6,564 safe rows, 320 hand-labelled attacks, rules alone 142): at .90 / .80 / .70 / .60 / .50 / .40
the classifier alone adds 1 / 1 / 3 / 6 / 9 / 15 safe comments (raw scores over the threshold 8 / 15 / 23 / 33 / 42 /
55: fusion's filters drop most) and finds 154 / 161 / 166 / 173 / 178 / 185 attacks; on dev the same column adds 3 / 6
/ 8 / 12 / 13 / 16 safe for 110 / 114 / 116 / 118 / 122 / 126. Neither half holds what COLD test's safe rows do (test's
classifier alone flagged 19 of 3,216 at .66, about five times train's held-out rate: a fifth of test's safe rows are
anti-bias comments, 3% of dev's and train's hold ANTI_BIAS_CUES), so a lower threshold was not chosen from them.
The insult rules' safe flags by shape (c283cb2): a curse talked about (方言, 口头禅, 语气词, 省骂 in the comment), a
label the speaker was called or hurt by (被骂, 被渣男) and a bigotry charge put as a reductio (可以说你…) cleared 2 of
dev's and 6 of train's safe comments for no hand-labelled attack. Tried and not kept: a dialect's name alone (东北话,
上海话: it heads a collector's words pasted as received, WAV-138; and 1 train attack); the label's target plural or
generic (那些, 这群, 都是, 都有 in the hit's clause: 7 safe comments for 8 attacks); a label reported after 骂 or 喷
(骂这个渣男, 喷他歧视: 3 safe for 0 attacks on COLD, but a collector's 我骂他怎么了 would go too); a charge asked as a
question (你歧视黑人吗: 2 safe, 24 attacks on dev and train); 恶心 said of a thing or a feeling (the bare word's
12 safe flags against 130 attacks it finds).
"""

from __future__ import annotations

from collections import Counter

import click

from audit.analysers.wording import WordingAnalyser, speech_view
from audit.classifier import WordingClassifier, insult_blind_reason
from audit.finding import Finding
from audit.message import Message, Segment
from benchmarks.eval import COLD_SAFE, build, cold_findings, cold_rows
from training import (
    COLD_DEV_LABELS,
    COLD_DIR,
    COLD_TRAIN_ADDRESSED_LABELS,
    COLD_TRAIN_LABELS,
    read_individual_labels,
)

COLD_DEV = COLD_DIR / "dev.csv"
COLD_TRAIN = COLD_DIR / "train.csv"
INSULT = "abuse.insult"


def attack_part(split: str, row: int) -> str:
    """Which part of the hand-labelled attacks on one person a row counts in: dev's are one part; train's are split by
    row, even rows studied when writing rules and odd rows held back to judge them (the classifier is trained on
    train's comments, so there only the rules' part of a figure is out of sample)."""
    if split == "dev":
        return "attack-individual"
    return "attack-individual (studied)" if row % 2 == 0 else "attack-individual (held back)"


def missed_stage(analyser: WordingAnalyser, comment: str) -> str:
    """Where an insult the scan does not report in a comment is lost: "corroboration" (an insult rule's hit stood,
    but neither the classifier nor a second rule corroborated it, see lexicons/wording/context/corroboration.yml),
    "context pass" (an insult rule matched, but the engine's context judged the hit quoted, negated, reported or
    lawful), "fusion: <reason>" (the classifier scored it over its threshold and `insult_blind_reason` dropped it),
    "fusion: sentence" (dropped on its sentence: advice against, a condemnation, a lawful voice), or
    "score <threshold by <gap>" (no rule, the classifier scored it lower)."""
    segments = _agent_segments(comment)
    views = [speech_view(s.text) for s in segments]
    insult_rules = {i for i, compiled in enumerate(analyser._compiled) if compiled.rule.category == INSULT}
    insult_ids = {analyser._compiled[i].rule.id for i in insult_rules}
    if any(rule_id in insult_ids for s in segments for rule_id, _, _ in analyser.text_hits(s.text)):
        return "corroboration"
    if any(hit.rule in insult_rules for view in views for hit in analyser._hits(view)[0]):   # before any judgement
        return "context pass"
    classifier = analyser.classifier
    score = float(classifier.scores(views)[classifier.categories.index(INSULT)]) if views else 0.0
    gap = _insult_threshold(classifier, comment) - score
    if gap <= 0:
        return f"fusion: {insult_blind_reason(classifier, views) or 'sentence'}"
    return "score <threshold by " + next((f"<{bound}" for bound in (0.1, 0.3, 0.5) if gap < bound), ">=0.5")


def _insult_threshold(classifier: WordingClassifier, comment: str) -> float:
    """The insult threshold the comment is judged at (lower where it talks of money or debt)."""
    in_debt_talk = classifier.talks_of_debt(_comment_message(comment))
    return float(classifier.thresholds(in_debt_talk)[classifier.categories.index(INSULT)])


def _comment_message(comment: str) -> Message:
    return Message(message_id="cold", campaign_id="cold", channel="sms", text=comment, recipient_type="debtor")


def _agent_segments(comment: str) -> list[Segment]:
    return list(_comment_message(comment).agent_segments())


def dropped_insult(classifier: WordingClassifier, comment: str, findings: list[Finding]) -> str | None:
    """Why fusion dropped the insult the classifier scores over its threshold in a comment no rule calls an insult
    (`insult_blind_reason`), or None when it kept it, scored it lower or a rule found one."""
    if any(f.category == INSULT for f in findings):
        return None
    views = [speech_view(s.text) for s in _agent_segments(comment)]
    if not views or classifier.scores(views)[classifier.categories.index(INSULT)] < _insult_threshold(classifier, comment):
        return None
    return insult_blind_reason(classifier, views)


@click.command()
@click.option("--show", type=click.Choice(["none", "flagged", "missed"]), default="none",
              help="Print the safe rows flagged or the attack-individual rows missed.")
@click.option("--rules-only", is_flag=True, help="Phrase rules alone, without the classifier.")
@click.option("--split", type=click.Choice(["dev", "train"]), default="dev", show_default=True,
              help="train: COLD train's safe rows and its hand-labelled rows, attacks in a studied and a held-back half.")
def main(show: str, rules_only: bool, split: str) -> None:
    """COLD dev: safe rows flagged, and insult recall on the hand-labelled attack-individual rows."""
    analyser = build("wording", **({"model": False} if rules_only else {}))
    labels = (read_individual_labels(COLD_DEV_LABELS) if split == "dev" else
              {**read_individual_labels(COLD_TRAIN_LABELS), **read_individual_labels(COLD_TRAIN_ADDRESSED_LABELS)})
    safe = flagged = group = group_insults = 0
    individual, found = Counter(), Counter()
    by_rule, by_category, dropped, stages = Counter(), Counter(), Counter(), Counter()
    classifier = None if rules_only else analyser.classifier
    for n, row in enumerate(cold_rows(COLD_DEV if split == "dev" else COLD_TRAIN)):
        is_safe, is_individual = row["label"] == COLD_SAFE, labels.get(n, False)
        if not (is_safe or n in labels):
            continue
        findings = cold_findings(analyser, f"cold-{split}-{n}", row["TEXT"])
        reason = classifier and (is_safe or is_individual) and dropped_insult(classifier, row["TEXT"], findings)
        if reason:
            dropped[reason, "safe" if is_safe else "attack-individual"] += 1
        if is_safe:
            safe += 1
            flagged += bool(findings)
            by_rule.update({f.rule_id for f in findings})
            by_category.update({f.category for f in findings})
            if findings and show == "flagged":
                click.echo(f"  flagged {n}: {sorted({f.rule_id for f in findings})} {row['TEXT'][:120]}")
        elif not is_individual:
            group += 1
            group_insults += any(f.category == "abuse.insult" for f in findings)
        else:
            part = attack_part(split, n)
            individual[part] += 1
            hit = any(f.category == "abuse.insult" for f in findings)
            found[part] += hit
            if not hit and classifier:
                stage = missed_stage(analyser, row["TEXT"])
                stages[stage] += 1
                if show == "missed":
                    click.echo(f"  missed {n} ({stage}): {row['TEXT'][:120]}")
            elif not hit and show == "missed":
                click.echo(f"  missed {n}: {row['TEXT'][:120]}")
    click.echo(f"safe rows flagged: {flagged / safe:.3f} ({flagged}/{safe})")
    for part, total in sorted(individual.items()):
        click.echo(f"abuse.insult recall on hand-labelled {part} rows: {found[part] / total:.3f} ({found[part]}/{total})")
    click.echo(f"abuse.insult on the other labelled offensive rows: {group_insults / group:.3f} "
               f"({group_insults}/{group})")
    if classifier:
        click.echo("classifier insults dropped: " + ", ".join(
            f"{reason}: attack-individual {dropped[reason, 'attack-individual']}, safe {dropped[reason, 'safe']}"
            for reason in ("prejudice", "no addressee")))
    if stages:
        click.echo("attack-individual rows missed, by where they are lost: "
                   + ", ".join(f"{stage} {k}" for stage, k in sorted(stages.items())))
    click.echo("categories on safe rows: " + ", ".join(f"{c} {k}" for c, k in by_category.most_common()))
    click.echo("rules on safe rows: " + ", ".join(f"{r} {k}" for r, k in by_rule.most_common(15)))


if __name__ == "__main__":
    main()
