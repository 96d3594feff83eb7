"""EMAIL: addresses next to Chinese text (Presidio's own pattern uses \\b, which Chinese defeats)."""

from __future__ import annotations

import tldextract
from presidio_analyzer import Pattern, RecognizerResult

from audit.recognizers.base import ZhPatternRecognizer
from audit.recognizers.digit_view import read_digits

_EMAIL = (r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
          r"\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")

# The bundled Public Suffix List snapshot only: never fetched, never cached on disk.
_SUFFIXES = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class ZhEmailRecognizer(ZhPatternRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = [Pattern("email", _EMAIL, 0.5)]
    TRIGGER = "[@＠]"
    CONTEXT_WORDS = ("邮箱", "邮件", "电邮", "email", "Email", "E-mail")

    def validate_result(self, pattern_text: str) -> bool:
        return bool(_SUFFIXES(pattern_text.rsplit("@", 1)[1]).suffix)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """On the folded text: an address typed full width by a Chinese input method (ｌｉ＠１６３．ｃｏｍ, li＠163.com)
        reads as ASCII, one character for one, so the spans are the text's."""
        return super().analyze(read_digits(text).folded, entities, nlp_artifacts, regex_flags)
