"""Training data and scripts for the models that ship inside the package (see README)."""

from pathlib import Path

WORDING_CORPUS = Path(__file__).parent / "wording_corpus.jsonl"
