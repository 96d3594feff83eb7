"""EMAIL: addresses next to Chinese text (Presidio's own pattern uses \\b, which Chinese defeats)."""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from presidio_analyzer import RecognizerResult

from audit.recognizers.base import ZhPattern, ZhPatternRecognizer
from audit.recognizers.digit_view import read_digits

# Not the tail of a masked address (z***g@qq.com): no mask right before the local part.
_EMAIL = (r"(?<![A-Za-z0-9._%+\-*＊])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
          r"\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")

# A # typed for the @ to get an address past a filter (chen88#163.com, "#换成@"): read as an @ before the domain of a
# mail provider everyone knows, one character for one.
_HASH_FOR_AT = re.compile("[#＃](?=(?:qq|163|126|139|189|sina|sohu|yeah|foxmail|gmail|outlook|hotmail|aliyun|icloud|"
                          "yahoo)[.。．](?:com|net|cn))", re.IGNORECASE)

# A Chinese input method's full stop typed for a domain's dot (wang@qq。com): read as a dot, one character for one.
_DOMAIN = re.compile(r"@[A-Za-z0-9\-.。]+")
_IDEOGRAPHIC_DOT = re.compile("。(?=[A-Za-z0-9])")

# The top-level names kept for documentation and tests (RFC 2606): templates, manuals and invented samples write an
# address there (xiating@yifenqi.example); they are in no public suffix list, and nothing else ends in them.
RESERVED_TOP_LEVEL = frozenset({"example", "test", "invalid", "localhost"})

# The Public Suffix List snapshot tldextract ships (a rule a line; its private section left out, as tldextract
# leaves it by default), and how tldextract reads a rule off a line.
_SNAPSHOT = ".tld_set_snapshot"
_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_RULE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.MULTILINE)


class ZhEmailRecognizer(ZhPatternRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = [ZhPattern("email", _EMAIL, 0.5)]
    TRIGGER = "[@＠#＃]"
    CONTEXT_WORDS = ("邮箱", "邮件", "电邮", "email", "Email", "E-mail")

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[1]
        return has_public_suffix(domain) or domain.lower().rsplit(".", 1)[-1] in RESERVED_TOP_LEVEL

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """On the folded text: an address typed full width by a Chinese input method (ｌｉ＠１６３．ｃｏｍ, li＠163.com)
        reads as ASCII, and a # before a mail provider's domain as an @, one character for one, so the spans are the
        text's."""
        folded = read_digits(text).folded
        if "#" in folded or "＃" in folded:
            folded = _HASH_FOR_AT.sub("@", folded)
        folded = _DOMAIN.sub(lambda domain: _IDEOGRAPHIC_DOT.sub(".", domain.group()), folded)
        return super().analyze(folded, entities, nlp_artifacts, regex_flags)


def has_public_suffix(domain: str) -> bool:
    """Whether tldextract, offline on its snapshot, gives `domain` (ASCII labels, as _EMAIL takes them) a public
    suffix: walking its labels from the last, one that ends a rule (163.com: com), or a wildcard rule's parent
    followed by any label (x.ck: *.ck), as tldextract's suffix_index walks them."""
    node, found = _public_suffixes(), False
    for label in reversed(domain.lower().split(".")):
        if label not in node:
            return found or "*" in node
        node = node[label]
        found = found or "" in node
    return found


@functools.cache
def _public_suffixes() -> dict:
    """The snapshot's public rules as a trie of labels from the last ('' marks where a rule ends), read from the
    file: importing tldextract imports requests and urllib3, ~0.2 s of every start-up that builds the recognizers,
    for a check that runs on the rare message with an e-mail address."""
    spec = importlib.util.find_spec("tldextract")
    text = (Path(spec.origin).parent / _SNAPSHOT).read_text(encoding="utf-8")
    trie: dict = {}
    for rule in _RULE.findall(text.partition(_PRIVATE_SECTION)[0]):
        node = trie
        for label in reversed(rule.split(".")):
            node = node.setdefault(label, {})
        node[""] = {}
    return trie
