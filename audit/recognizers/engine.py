"""Presidio wired for Chinese, offline (../shared/reference/presidio-zh.md, section 7).

Presidio's defaults reach the network: `AnalyzerEngine()` downloads `en_core_web_lg`, a `zh` model
name downloads `zh_core_web_sm`, and `tldextract` fetches the Public Suffix List. Here the NLP
engine is `spacy.blank("zh")` with the jieba segmenter (no model files), the registry is explicit
and holds only our `zh` recognizers (presidio's own e-mail recognizer, whose tldextract would fetch, is not
among them; ours asks tldextract for its bundled snapshot, `audit.recognizers.email`).
"""

from __future__ import annotations

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

LANGUAGE = "zh"


@Language.component("zh_lemma_is_text")
def zh_lemma_is_text(doc):
    """A blank Chinese pipeline leaves lemmas empty, so Presidio's lemma-based context never matches."""
    for token in doc:
        token.lemma_ = token.text
    return doc


def build_zh_nlp() -> Language:
    nlp = spacy.blank(LANGUAGE, config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zh_lemma_is_text")
    return nlp


class ZhJiebaNlpEngine(SpacyNlpEngine):
    """spaCy's blank Chinese pipeline segmented by jieba; `load()` never calls `spacy.cli.download`."""

    engine_name = "zh_jieba"

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "blank_zh_jieba"}],
            ner_model_configuration=NerModelConfiguration(model_to_presidio_entity_mapping={}),
        )

    def load(self) -> None:
        self.nlp = {LANGUAGE: build_zh_nlp()}


def build_registry(recognizers: list[EntityRecognizer]) -> RecognizerRegistry:
    """An explicit `zh` registry: no default (English / US) recognizers, no SpacyRecognizer."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return registry


def build_analyzer_engine(recognizers: list[EntityRecognizer], score_threshold: float) -> AnalyzerEngine:
    nlp_engine = ZhJiebaNlpEngine()
    nlp_engine.load()
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=build_registry(recognizers),
        supported_languages=[LANGUAGE],
        default_score_threshold=score_threshold,
        # Chinese often puts the keyword after the number (…是您的还款卡号): look both ways.
        context_aware_enhancer=LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=3),
    )
