"""`python -m benchmarks.eval_pii`: how well the PII side finds personal data and judges PIPL categories.

1. Entities on `data/pii_labelled.jsonl` (invented people and numbers, valid checksums): precision and
   recall per entity type, exact spans, from `EntityFinder.find` (what `audit mask` and the analyser use).
2. PIPL categories on the same set: message-level precision / recall / F1 per category, and micro.
3. PERSON on real Weibo messages (`../shared/datasets/weibo-ner`, `PER.NAM`): precision and recall,
   exact spans. The texts are real people's words: only figures are printed, never text.
4. Side by side with Presidio out of the box (its predefined recognizers and a blank pipeline, since
   its default English model cannot be downloaded here; nothing is downloaded): recall per type, with
   a found entity counted when a result of the matching Presidio type overlaps it, and time per message.

`--set PATH` evaluates another labelled file of the same format in sections 1, 2 and 4, e.g. the held-out
set `data/pii_heldout.jsonl`, labelled by people who did not write the recognizers (a check on overfitting).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from audit.readers import message_from_dict
from audit.vocabulary import ENTITY_TYPES
from training import SHARED_DATASETS

DATA = Path(__file__).parent / "data"
LABELLED = DATA / "pii_labelled.jsonl"
WEIBO = SHARED_DATASETS / "weibo-ner"
STRUCTURED = ("CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "EMAIL", "CN_LANDLINE")
PII_CATEGORIES = ("pii.unmasked_identifier", "pii.third_party_disclosure", "pii.sensitive", "pii.excessive")
# What Presidio's own entity types stand for, in ours.
PRESIDIO_TYPES = {"PHONE_NUMBER": ("CN_MOBILE", "CN_LANDLINE"), "CREDIT_CARD": ("CN_BANK_CARD",),
                  "EMAIL_ADDRESS": ("EMAIL",), "PERSON": ("PERSON",), "LOCATION": ("ADDRESS",),
                  "US_PASSPORT": ("CN_PASSPORT",)}


class Tally:
    def __init__(self) -> None:
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()

    def add(self, key: str, expected: set, predicted: set) -> None:
        self.tp[key] += len(expected & predicted)
        self.fp[key] += len(predicted - expected)
        self.fn[key] += len(expected - predicted)

    def figures(self, keys: tuple[str, ...]) -> tuple[float, float, float, int]:
        tp, fp, fn = (sum(c[k] for k in keys) for c in (self.tp, self.fp, self.fn))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn

    def print_rows(self, keys: tuple[str, ...], micro: dict[str, tuple[str, ...]]) -> None:
        click.echo(f"  {'':<28} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
        for label, group in [*((k, (k,)) for k in keys), *micro.items()]:
            p, r, f1, gold = self.figures(group)
            click.echo(f"  {label:<28} {p:6.3f} {r:6.3f} {f1:6.3f} {gold:5d}")


PII_SET_FIELDS = ("message_id", "text", "entities", "categories")


def labelled(path: Path = LABELLED) -> list[dict]:
    """The set's records; a line that is not a PII-labelled record stops the run with its file, line and field."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise click.ClickException(f"{path}:{number}: not JSON ({error.msg})") from None
            missing = [field for field in PII_SET_FIELDS if field not in record]
            if missing:
                raise click.ClickException(f"{path}:{number}: field {missing[0]!r} is missing: "
                                           "not a PII-labelled set (fields: " + ", ".join(PII_SET_FIELDS) + ")")
            records.append(record)
    return records


def weibo(split: str) -> Iterator[tuple[str, set[tuple[int, int]]]]:
    """(text, PER.NAM spans) per message. Tokens are a character plus one digit (its place in a word)."""
    chars: list[str] = []
    tags: list[str] = []
    with (WEIBO / f"weiboNER_2nd_conll.{split}").open(encoding="utf-8") as handle:
        for line in [*handle, ""]:
            line = line.rstrip("\n")
            if line.strip():
                token, tag = line.split("\t")
                chars.append(token[:-1])
                tags.append(tag)
            elif chars:
                yield "".join(chars), _spans(tags, "PER.NAM")
                chars, tags = [], []


def _spans(tags: list[str], label: str) -> set[tuple[int, int]]:
    spans, start = set(), None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            spans.add((start, index))
            start = None
        if tag == f"B-{label}":
            start = index
    return spans


def eval_entities(finder, records: list[dict], set_name: str = LABELLED.name) -> None:
    click.echo(f"== pii entities: {set_name}, {len(records)} messages, exact spans (a landline with or without its extension)")
    tally = Tally()
    for record in records:
        text = record["text"]
        found = finder.find(text)
        for entity_type in ENTITY_TYPES:
            gold = {_scored_span(text, entity_type, e["start"], e["end"])
                    for e in record["entities"] if e["entity_type"] == entity_type}
            predicted = {_scored_span(text, entity_type, e.start, e.end) for e in found if e.entity_type == entity_type}
            tally.add(entity_type, gold, predicted)
    tally.print_rows(ENTITY_TYPES, {"micro (structured ids)": STRUCTURED, "micro (all)": ENTITY_TYPES})


def _scored_span(text: str, entity_type: str, start: int, end: int) -> tuple[int, int]:
    """The span as scored: a landline without the extension written after it and a mobile without its country code
    before it, since the contract is silent on both and the sets' writers label them either way (0571-8762 3310转806
    and 0571-8762 3310, +86 139 1234 5678 and 139 1234 5678 are both right)."""
    # imported here, once the finder has loaded Presidio's core (finder.py), as main() imports it
    if entity_type == "CN_MOBILE":
        from audit.recognizers.cn_mobile import country_code_width

        return start + country_code_width(text[start:end]), end
    if entity_type != "CN_LANDLINE":
        return start, end
    from audit.recognizers.cn_landline import landline_without_extension

    return start, start + len(landline_without_extension(text[start:end]))


def eval_categories(analyser, records: list[dict], set_name: str = LABELLED.name) -> None:
    click.echo(f"== pii categories: {set_name}, message level")
    tally = Tally()
    misjudged = []
    for record in records:
        # Read as `audit scan` reads it: a call given as text becomes speaker turns, so a customer
        # reading out their own number is not taken for the agent's words.
        message = message_from_dict(record)
        predicted = {f.category for f in analyser.analyse(message)}
        expected = set(record["categories"])
        for category in PII_CATEGORIES:
            one = {record["message_id"]}
            tally.add(category, one if category in expected else set(), one if category in predicted else set())
        if predicted != expected:
            misjudged.append((record["message_id"], sorted(expected), sorted(predicted)))
    tally.print_rows(PII_CATEGORIES, {"micro": PII_CATEGORIES})
    for message_id, expected, predicted in misjudged:
        click.echo(f"  misjudged {message_id}: expected {expected or '-'}, got {predicted or '-'}")


def eval_weibo(finder, splits: tuple[str, ...] = ("dev", "test")) -> None:
    """Also recall per form of name, and precision per score band with how many wrong spans only miss a gold name's
    boundary. Weibo's PER.NAM holds, besides surname + given name, nicknames and title forms (小新, 坤哥, 宋茜姐姐),
    given names alone, handles and foreign names, so the breakdowns show which families lose recall and which
    confidence loses precision, figures only, never the messages' text. Tune on dev; test is for the final figure,
    so `splits` can leave it out."""
    person = next(r for r in finder.recognizers if r.supported_entities == ["PERSON"])
    for split in splits:
        tally = Tally()
        messages = list(weibo(split))
        boundary = 0
        for text, gold in messages:
            scored = {(e.start, e.end): e.score for e in finder.find(text) if e.entity_type == "PERSON"}
            predicted = set(scored)
            tally.add("PERSON", gold, predicted)
            for form in NAME_FORMS:
                of_form = {(s, e) for s, e in gold if _name_form(person, text[s:e]) == form}
                tally.add(form, of_form, predicted & of_form)
            for span, score in scored.items():
                band = _score_band(score)
                tally.add(band, {span} & gold, {span})
            boundary += sum(any(s < e2 and s2 < e for s2, e2 in gold) for s, e in predicted - gold)
        p, r, f1, gold_count = tally.figures(("PERSON",))
        forms = "; ".join(f"{form} {tally.figures((form,))[1]:.2f} of {tally.figures((form,))[3]}" for form in NAME_FORMS)
        bands = "; ".join(f"{band} {tally.tp[band]} of {tally.tp[band] + tally.fp[band]}" for band in SCORE_BANDS
                          if tally.tp[band] + tally.fp[band])
        click.echo(f"== PERSON on Weibo NER {split} (PER.NAM, {len(messages)} messages, {gold_count} names, exact spans):"
                   f" P {p:.3f}  R {r:.3f}  F1 {f1:.3f}\n   recall by form: {forms}"
                   f"\n   right spans by score: {bands}; wrong spans {tally.fp['PERSON']}, {boundary} of them across a"
                   f" gold name's boundary")


NAME_FORMS = ("surname + given name", "transliterated", "nickname or title", "two characters, no surname",
              "with Latin letters", "other")
_NICKNAME_SUFFIXES = ("哥", "姐", "爷", "叔", "妹", "仔", "子", "老板", "大人", "先生", "老师")
# The PERSON recognizer's scores (person.py): 0.5 informal forms, a surname + a word jieba split off, rarer characters,
# transliterations, the CRF's; 0.55 dictionary names; 0.6 unknown words of name characters, handles, slots; framed above.
SCORE_BANDS = ("0.50", "0.55", "0.60", "framed")


def _score_band(score: float) -> str:
    return next((band for band in SCORE_BANDS[:-1] if score < float(band) + 0.04), SCORE_BANDS[-1])


def _name_form(person, name: str) -> str:
    """Which of NAME_FORMS a gold name is written in, judged by its characters alone."""
    surname = person.surname_of(name)
    if surname is not None and 1 <= len(name) - len(surname) <= 2 and all("\u4e00" <= c <= "\u9fa5" for c in name):
        return "surname + given name"
    if person.transliterated.fullmatch(name):
        return "transliterated"
    if name[:1] in "小老阿" or name.endswith(_NICKNAME_SUFFIXES) or (len(name) == 2 and name[0] == name[1]):
        return "nickname or title"
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fa5" for c in name):
        return "two characters, no surname"
    if any(c.isascii() and c.isalpha() for c in name):
        return "with Latin letters"
    return "other"


def side_by_side(finder, records: list[dict], with_weibo: bool = True) -> None:
    presidio = _presidio_out_of_the_box()
    texts = [r["text"] for r in records]
    click.echo("== side by side on the labelled set: recall per type (overlap), ms per message")
    ours, ours_ms = _overlap_recall(records, lambda t: [(e.entity_type, e.start, e.end) for e in finder.find(t)])
    theirs, theirs_ms = _overlap_recall(records, lambda t: [
        (ours_type, r.start, r.end) for r in presidio.analyze(t, language="en")
        for ours_type in PRESIDIO_TYPES.get(r.entity_type, ())])
    click.echo(f"  {'':<18} {'ours':>8} {'presidio':>9}")
    for entity_type in ENTITY_TYPES:
        click.echo(f"  {entity_type:<18} {ours[entity_type]:8.3f} {theirs[entity_type]:9.3f}")
    click.echo(f"  {'ms per message':<18} {ours_ms:8.3f} {theirs_ms:9.3f}   ({len(texts)} messages)")
    if not with_weibo:
        return
    weibo_test = list(weibo("test"))
    weibo_records = [{"text": t, "entities": [{"entity_type": "PERSON", "start": s, "end": e} for s, e in g]}
                     for t, g in weibo_test]
    ours_w, _ = _overlap_recall(weibo_records, lambda t: [(e.entity_type, e.start, e.end) for e in finder.find(t)])
    theirs_w, _ = _overlap_recall(weibo_records, lambda t: [
        (ours_type, r.start, r.end) for r in presidio.analyze(t, language="en")
        for ours_type in PRESIDIO_TYPES.get(r.entity_type, ())])
    click.echo(f"  PERSON recall on Weibo test: ours {ours_w['PERSON']:.3f}, presidio {theirs_w['PERSON']:.3f}")


def _overlap_recall(records: list[dict], find) -> tuple[dict[str, float], float]:
    hit, total = Counter(), Counter()
    started = time.perf_counter()
    for record in records:
        found = find(record["text"])
        for gold in record["entities"]:
            total[gold["entity_type"]] += 1
            hit[gold["entity_type"]] += any(t == gold["entity_type"] and s < gold["end"] and e > gold["start"]
                                            for t, s, e in found)
    elapsed_ms = (time.perf_counter() - started) * 1000 / max(1, len(records))
    return {t: hit[t] / total[t] if total[t] else 0.0 for t in ENTITY_TYPES}, elapsed_ms


def _presidio_out_of_the_box():
    """Presidio's predefined recognizers with a blank English pipeline (its default model needs a download).

    Offline like ours: its e-mail recognizer's tldextract reads the suffix list snapshot it ships, where by default
    it would first try to fetch the list (and print the failure) whenever its cache folder is new.
    """
    import spacy
    import tldextract
    import tldextract.tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankEnglish(SpacyNlpEngine):
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank_en"}])

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    engine = BlankEnglish()
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


@click.command()
@click.option("--set", "labelled_set", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=LABELLED, show_default=True, help="Labelled messages to evaluate (JSON Lines).")
@click.option("--weibo/--no-weibo", "with_weibo", default=True, show_default=True,
              help="Also the Weibo NER figures (the same for every set: `benchmarks.eval` prints them once).")
def main(labelled_set: Path, with_weibo: bool) -> None:
    """Print entity, category, Weibo PERSON and side-by-side figures."""
    from audit.analysers.pii import PiiAnalyser
    from audit.paths import LEXICONS
    from audit.recognizers.finder import EntityFinder
    from audit.rulepack import load_rules

    finder = EntityFinder()
    analyser = PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=finder)
    records = labelled(labelled_set)
    eval_entities(finder, records, labelled_set.name)
    eval_categories(analyser, records, labelled_set.name)
    if with_weibo:
        eval_weibo(finder)
    side_by_side(finder, records, with_weibo)


if __name__ == "__main__":
    main()
