"""Presidio wired for Chinese, offline (../shared/reference/presidio-zh.md, section 7).

Presidio's defaults reach the network: `AnalyzerEngine()` downloads `en_core_web_lg`, a `zh` model
name downloads `zh_core_web_sm`, and `tldextract` fetches the Public Suffix List. Here the NLP
engine is `spacy.blank("zh")` with the jieba segmenter (no model files), the registry is explicit
and holds only our `zh` recognizers (presidio's own e-mail recognizer, whose tldextract would fetch, is not
among them; ours reads the Public Suffix List snapshot tldextract ships, `audit.recognizers.email`).

The engine is built only for `EntityFinder.find_full`: spaCy and Presidio's engine are imported when it is.
Our recognizers need Presidio's recognizer classes alone, and `load_presidio_core` gives them those without the
~0.7 s that `import presidio_analyzer` spends on its engine, registry, NLP engines, spaCy and its own recognizers.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
import sys
import threading
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
    from spacy.language import Language

LANGUAGE = "zh"

PRESIDIO = "presidio_analyzer"
# The modules of presidio_analyzer our recognizers and the finder use, each with the names the package exports
# from it, in the order the package's own __init__ imports them (each imports the names of the ones before).
PRESIDIO_CORE = (("analysis_explanation", ("AnalysisExplanation",)), ("recognizer_result", ("RecognizerResult",)),
                 ("entity_recognizer", ("EntityRecognizer",)), ("local_recognizer", ("LocalRecognizer",)),
                 ("pattern", ("Pattern",)), ("pattern_recognizer", ("PatternRecognizer",)))
_presidio_lock = threading.RLock()


def load_presidio_core() -> None:
    """Make `presidio_analyzer` importable with only its recognizer classes loaded (PRESIDIO_CORE), unless it is
    imported already. The package's own __init__ runs in the same module object the first time any other name is
    asked of it (`from presidio_analyzer import AnalyzerEngine`), so every import of Presidio keeps working; until
    then the engine, the registry, the NLP engines, spaCy and Presidio's predefined recognizers stay unloaded."""
    with _presidio_lock:
        if PRESIDIO in sys.modules:
            return
        spec = importlib.util.find_spec(PRESIDIO)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            return          # not a regular package: the import below loads it whole, as usual
        package = types.ModuleType(PRESIDIO)
        package.__spec__, package.__file__, package.__loader__ = spec, spec.origin, spec.loader
        package.__path__ = list(spec.submodule_search_locations)
        package.__package__ = PRESIDIO
        package.__getattr__ = functools.partial(_load_presidio_whole, package)
        sys.modules[PRESIDIO] = package
        try:
            for module, names in PRESIDIO_CORE:
                loaded = importlib.import_module(f"{PRESIDIO}.{module}")
                for name in names:
                    setattr(package, name, getattr(loaded, name))
        except Exception:
            _forget_presidio()      # a Presidio laid out otherwise: loaded whole on its next import
            raise
        # what the package's __init__ sets up first: its logger never prints through the root logger's default
        logging.getLogger("presidio-analyzer").addHandler(logging.NullHandler())


def _load_presidio_whole(package: types.ModuleType, name: str) -> object:
    """A name the core does not hold: run the package's own __init__ in its module, once, then look again."""
    with _presidio_lock:
        if name.startswith("__") or package.__dict__.get("_whole_loading"):
            raise AttributeError(f"module {PRESIDIO!r} has no attribute {name!r}")
        if "__getattr__" in package.__dict__:       # not loaded whole by another thread meanwhile
            package._whole_loading = True
            try:
                package.__spec__.loader.exec_module(package)
            finally:
                del package._whole_loading
            del package.__getattr__
    try:
        return package.__dict__[name]
    except KeyError:
        raise AttributeError(f"module {PRESIDIO!r} has no attribute {name!r}") from None


def _forget_presidio() -> None:
    for module in [m for m in sys.modules if m == PRESIDIO or m.startswith(PRESIDIO + ".")]:
        del sys.modules[module]


def build_zh_nlp() -> Language:
    import spacy

    _register_lemma_component()
    nlp = spacy.blank(LANGUAGE, config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zh_lemma_is_text")
    return nlp


@functools.cache
def _register_lemma_component() -> None:
    from spacy.language import Language

    @Language.component("zh_lemma_is_text")
    def zh_lemma_is_text(doc):
        """A blank Chinese pipeline leaves lemmas empty, so Presidio's lemma-based context never matches."""
        for token in doc:
            token.lemma_ = token.text
        return doc


def __getattr__(name: str) -> object:
    """`ZhJiebaNlpEngine`, the class made on first use (its base class imports spaCy)."""
    if name == "ZhJiebaNlpEngine":
        return _zh_jieba_nlp_engine_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _zh_jieba_nlp_engine_class() -> type:
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

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

    return ZhJiebaNlpEngine


def build_registry(recognizers: list[EntityRecognizer]) -> RecognizerRegistry:
    """An explicit `zh` registry: no default (English / US) recognizers, no SpacyRecognizer."""
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return registry


def build_analyzer_engine(recognizers: list[EntityRecognizer], score_threshold: float) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    nlp_engine = _zh_jieba_nlp_engine_class()()
    nlp_engine.load()
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=build_registry(recognizers),
        supported_languages=[LANGUAGE],
        default_score_threshold=score_threshold,
        # Chinese often puts the keyword after the number (…是您的还款卡号): look both ways.
        context_aware_enhancer=LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=3),
    )
