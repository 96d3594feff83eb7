"""CN_PASSPORT: PRC passports (E12345678, EA1234567, older G12345678; P/S/D official series) and the permits that
serve as travel documents: H and M home-return permits of Hong Kong and Macao residents, C exit-entry permits for
Hong Kong and Macao (H12345678, M12345678, C12345678)."""

from __future__ import annotations

from audit.recognizers.base import REFERENCE_WORDS, ZhPattern, ZhPatternRecognizer

_EDGE_BEFORE, _EDGE_AFTER = "(?<![A-Za-z0-9*])", "(?![A-Za-z0-9*])"
# Eight digits, whole or in two groups of four (E 1703 6628, E-2291-4407); a space or a hyphen may follow the
# letter: E 一五五 二九 零七三 read aloud is E 15529073 in the digit view.
_EIGHT = "[ \\-]?[0-9]{4}[ \\-]?[0-9]{4}"


class CnPassportRecognizer(ZhPatternRecognizer):
    """The letter-and-digit shapes also occur in order numbers, so the weak ones need 护照 or the permit's name nearby."""

    ENTITY = "CN_PASSPORT"
    PATTERNS = [
        ZhPattern("CN passport E/G", f"{_EDGE_BEFORE}[EG]{_EIGHT}{_EDGE_AFTER}", 0.5),
        # ... a space or a hyphen may follow the letters too (EA 幺两三四五六拐 read aloud), and the seven digits may be
        # grouped four and three or three and four (EB 2817 463); an OCR result or speech recognition spaces the two
        # letters as it spaces the digits (E A 3 9 8 1 4 2 7, read E A 3981427)
        ZhPattern("CN passport EA", f"{_EDGE_BEFORE}E ?[A-HJ-NP-Z][ \\-]?(?:[0-9]{{7}}|[0-9]{{4}}[ \\-][0-9]{{3}}"
                                    f"|[0-9]{{3}}[ \\-][0-9]{{4}}){_EDGE_AFTER}", 0.5),
        ZhPattern("CN passport official", f"{_EDGE_BEFORE}[PSD][0-9]{{7}}{_EDGE_AFTER}", 0.3),
        # a home-return permit of the older series adds two digits, the times it was issued (H1234567801)
        ZhPattern("HK/Macao permit", f"{_EDGE_BEFORE}(?:[HMC]{_EIGHT}|[HM][0-9]{{10}}){_EDGE_AFTER}", 0.3),
    ]
    TRIGGER = "(?i)[EGPSDHMC][A-Z \\-]{0,3}[0-9]{3}(?:[0-9][ \\-]?|[ \\-])[0-9]{3}"
    # ... also in traditional characters, as a Hong Kong letter writes them (內地往來通行證)
    CONTEXT_WORDS = ("护照", "passport", "Passport", "证件号", "回乡证", "通行证", "港澳", "证件",
                     "護照", "證件", "回鄉證", "通行證",
                     # ... and in an English letter (your home-return permit H60…, Home Return Permit No.)
                     "home-return", "Home-return", "Home-Return", "home return", "Home Return", "permit", "Permit")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS     # 批次号 G20261204, 车次, 产品代码 E12345678
    READS_DIGITS = True     # Ｅ１２３４５６７８ and E幺二三四五六七八 read as E12345678
