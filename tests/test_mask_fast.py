"""Evidence masking's own path: the recognizers run directly (no spaCy pipeline, no Presidio engine), and
every labelled text is masked exactly as it is through Presidio's full pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from audit.masking import mask_evidence
from audit.recognizers import finder as finder_module
from tests.pii_support import shared_finder

DATA = Path(__file__).parent.parent / "benchmarks" / "data"


def labelled_texts() -> list[str]:
    """Every message text and call turn in the labelled and held-out sets (inputs only: no labels read)."""
    texts: set[str] = set()
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.update(t for t in [record.get("text"), *(turn.get("text") for turn in record.get("turns") or [])] if t)
    return sorted(texts)


def test_direct_path_masks_every_labelled_text_as_the_full_pipeline_does() -> None:
    texts = labelled_texts()
    assert len(texts) > 3000          # the sets are all there
    full = shared_finder()
    lost, masked_otherwise = [], []
    for text in texts:
        entities = full.find_full(text, nicknames=True)        # the nicknames evidence masks, as find_entities finds
        if finder_module.find_entities(text) != entities:
            lost.append(text)
        elif mask_evidence(text) != mask_evidence(text, entities):
            masked_otherwise.append(text)
    assert lost == [] and masked_otherwise == []


def test_masking_builds_no_presidio_engine_and_no_spacy_pipeline() -> None:
    probe = ("import sys; from audit.masking import mask_evidence; from audit.recognizers import finder; "
             "masked = mask_evidence('客户张伟，手机13812345678，卡号6217000012345678907'); "
             "print(masked, finder._default._analyzer is None, 'spacy.lang.zh' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent).stdout.split()
    assert out == ["客户张*，手机*******5678，卡号***************8907", "True", "False"]


def test_masking_loads_presidio_recognizer_classes_without_its_engine_or_spacy() -> None:
    """Masking evidence needs Presidio's recognizer classes only: neither spaCy nor Presidio's engine is imported
    (~0.7 s of a scan's start-up). The full pipeline still loads them whole when it is asked for."""
    code = ("import sys; from audit.masking import mask_evidence; "
            "print(mask_evidence('尊敬的张伟先生，请致电13812345678'), 'spacy' in sys.modules, "
            "'presidio_analyzer.analyzer_engine' in sys.modules); "
            "from audit.recognizers.finder import EntityFinder; "
            "print(EntityFinder().find_full('请致电13812345678')[0].entity_type, 'spacy' in sys.modules); "
            "from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine; print(AnalyzerEngine.__name__)")
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=Path(__file__).parent.parent).stdout.split()
    assert printed == ["尊敬的张*先生，请致电*******5678", "False", "False", "CN_MOBILE", "True", "AnalyzerEngine"]
