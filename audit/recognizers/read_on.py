"""Identifiers read out over turns (issue 14): a number a speaker reads digit by digit that a pause for the other
side's 嗯 cuts between two turns (坐席：您身份证 四两洞幺洞两 幺勾勾六 / 客户：嗯 / 坐席：洞八幺两 幺洞幺叉), so that no turn
holds it whole. One reading for the PII analyser, which judges the piece in the turn where the number starts, and
for `audit mask`, which masks every piece: masked turn by turn, the pieces would together give the number away.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.finder import Entity

# The identifiers read out digit by digit.
READ_OUT_TYPES = frozenset({"CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_BANK_CARD", "CN_PASSPORT"})
_DIGIT_CHARACTERS = "0-9０-９" + "".join(SPOKEN_DIGITS)
# A turn that ends on a digit, and one that starts with one (after a filler: 嗯 洞八幺两…); the other side's words between
# them are a short acknowledgement with no figure of its own (嗯, 对的, 你说): a number the other side reads out is theirs.
_ENDS_ON_DIGIT = re.compile(f"[{_DIGIT_CHARACTERS}][ \t\u3000，,、。…]*$")
# ... or with the words that carry a number on (后面是…, 剩下的是…, 最后四位…), read as a pause.
_GOES_ON = re.compile("^[ \t\u3000]*(?:[嗯呃啊][ ，,]*)?(?:(?:后面|后边|剩下的?|再往后|最后|然后|接着|后)(?:[几两三四五六七八九]位)?"
                      "(?:的)?(?:是|就是|为)?[ ，,：:]*)?")
_STARTS_WITH_DIGIT = re.compile(f"{_GOES_ON.pattern[1:]}[{_DIGIT_CHARACTERS}]")
_ACKNOWLEDGEMENT = re.compile("[^0-9０-９]{0,12}")


def read_on_chains(texts: Sequence[str], turns: Sequence[int], turn_texts: Sequence[str]) -> list[list[int]]:
    """The runs of two or more of one speaker's pieces of speech (`texts`, said in the turns `turns` of a call whose
    turns say `turn_texts`) that each go on with the digits the one before ended on, only short acknowledgements in
    the turns between them: where a number read out may be cut. Each run as positions in `texts`."""
    chains: list[list[int]] = []
    for k in range(1, len(texts)):
        if (not _ENDS_ON_DIGIT.search(texts[k - 1]) or not _STARTS_WITH_DIGIT.match(texts[k])
                or not all(_ACKNOWLEDGEMENT.fullmatch(turn_texts[t].strip()) for t in range(turns[k - 1] + 1, turns[k]))):
            continue
        if chains and chains[-1][-1] == k - 1:
            chains[-1].append(k)
        else:
            chains.append([k - 1, k])
    return chains


class Piece(NamedTuple):
    """The piece of a number read out over turns that one text holds."""

    position: int           # in the run's texts
    entity: Entity          # the piece, as an entity of that text
    first: bool             # the number starts here
    last: bool              # the number ends here: this piece holds its last digits


def pieces_read_on(finder: Any, texts: Sequence[str]) -> Iterator[Piece]:
    """The identifiers `finder` finds in one run's texts read as one (the words that carry the number on read as a
    pause) that no text holds whole, piece by piece."""
    texts = [text if k == 0 else _GOES_ON.sub(lambda m: " " * len(m.group()), text, 1) for k, text in enumerate(texts)]
    starts = [sum(len(text) + 1 for text in texts[:k]) for k in range(len(texts))]
    for entity in finder.find(" ".join(texts)):
        first = bisect.bisect_right(starts, entity.start) - 1
        last = bisect.bisect_right(starts, entity.end - 1) - 1
        if entity.entity_type not in READ_OUT_TYPES or first == last:
            continue        # within one text: that text's own entity
        for k in range(first, last + 1):
            yield Piece(k, Entity(entity.entity_type, max(entity.start - starts[k], 0),
                                  min(entity.end - starts[k], len(texts[k])), entity.score), k == first, k == last)


def pieces_over_turns(finder: Any, texts: Sequence[str], turns: Sequence[int], turn_texts: Sequence[str]
                      ) -> Iterator[tuple[int, Piece]]:
    """Every piece of the identifiers one speaker reads out over turns (`texts`, said in the turns `turns` of a call
    whose turns say `turn_texts`), each with the position in `texts` of the text that holds it."""
    for chain in read_on_chains(texts, turns, turn_texts):
        for piece in pieces_read_on(finder, [texts[k] for k in chain]):
            yield chain[piece.position], piece
