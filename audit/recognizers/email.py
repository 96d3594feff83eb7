"""EMAIL: addresses next to Chinese text (Presidio's own pattern uses \\b, which Chinese defeats)."""

from __future__ import annotations

import tldextract
from presidio_analyzer import Pattern

from audit.recognizers.base import ZhPatternRecognizer

# The at sign may be typed full width (lihua＠163.com), as Chinese input methods do.
_EMAIL = (r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
          r"\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")

# The bundled Public Suffix List snapshot only: never fetched, never cached on disk.
_SUFFIXES = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class ZhEmailRecognizer(ZhPatternRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = [Pattern("email", _EMAIL, 0.5)]
    TRIGGER = "[@＠]"
    CONTEXT_WORDS = ("邮箱", "邮件", "电邮", "email", "Email", "E-mail")

    def validate_result(self, pattern_text: str) -> bool:
        return bool(_SUFFIXES(pattern_text.replace("＠", "@").rsplit("@", 1)[1]).suffix)
