"""Chinese Presidio recognizers, one module each, the engine wiring, and the finder (`find_entities`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

# Spoken digits: 幺 is 1, 两 is 2, 拐 is 7, 勾 is 9, 洞 is 0 on the phone (traditional 兩 too); speech
# recognition often writes 幺 as 么. Here, not in cn_mobile, so that masking can read it without presidio.
SPOKEN_DIGITS = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "么": "1", "二": "2", "两": "2", "兩": "2",
                 "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9",
                 "勾": "9"}

def build_recognizers(lexicons: Path | None = None) -> list[EntityRecognizer]:
    """One instance of every recognizer; the ones with word lists read them from `lexicons`."""
    from audit.recognizers.address import AddressRecognizer
    from audit.recognizers.cn_bank_card import CnBankCardRecognizer
    from audit.recognizers.cn_id_card import CnIdCardRecognizer
    from audit.recognizers.cn_landline import CnLandlineRecognizer
    from audit.recognizers.cn_license_plate import CnLicensePlateRecognizer
    from audit.recognizers.cn_mobile import CnMobileRecognizer
    from audit.recognizers.cn_passport import CnPassportRecognizer
    from audit.recognizers.cn_uscc import CnUsccRecognizer
    from audit.recognizers.cross_border import (
        CrossBorderMobileRecognizer,
        HkTaiwanIdRecognizer,
        MacaoIdRecognizer,
        TaiwanPermitRecognizer,
    )
    from audit.recognizers.email import ZhEmailRecognizer
    from audit.recognizers.person import ZhPersonRecognizer

    return [CnIdCardRecognizer(), CnMobileRecognizer(), CnLandlineRecognizer(), CnBankCardRecognizer(),
            ZhEmailRecognizer(), CnPassportRecognizer(), CnLicensePlateRecognizer(), CnUsccRecognizer(),
            AddressRecognizer(lexicons), ZhPersonRecognizer(lexicons),
            HkTaiwanIdRecognizer(), MacaoIdRecognizer(), TaiwanPermitRecognizer(), CrossBorderMobileRecognizer()]
