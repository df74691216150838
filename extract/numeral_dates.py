"""Dates written in Chinese numerals (二〇二三年九月十四日, 二○二二年三月), as edition lines and the signatures of notices
write them, turned to Arabic digits (2023年9月14日) while the text is normalised, so that the stamp and date readers
see them as any other date. Offsets stay mapped to the letters they came from (:class:`extract.mapped.MappedText`).

Reads: a normalised text. Gives: the same text with such dates in digits.
"""

from __future__ import annotations

import re

from .mapped import MappedText

_YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
                "七": "7", "八": "8", "九": "9"}
_SMALL = "一二三四五六七八九十"
#: A year of four numeral letters (二〇二三), a month and optionally a day (九月十四日): never a count (二十三年).
_DATE_RE = re.compile(
    r"([〇○零一二三四五六七八九]{4})年([十]?[一二三四五六七八九十])月(?:([一二三]?十?[一二三四五六七八九十])日)?")


def _number(letters: str) -> int:
    """一 … 三十一 as a number (十 = 10, 十四 = 14, 二十 = 20, 三十一 = 31)."""
    if "十" not in letters:
        return _SMALL.index(letters) + 1
    tens, _, ones = letters.partition("十")
    return (_SMALL.index(tens) + 1 if tens else 1) * 10 + (_SMALL.index(ones) + 1 if ones else 0)


def _arabic(m: re.Match[str]) -> str:
    if "〇" not in m.group(1) and "○" not in m.group(1) and "零" not in m.group(1):
        return m.group()  # 一九九八: no zero letter, maybe a count or a name; only 〇 marks a written year
    month = _number(m.group(2))
    day = _number(m.group(3)) if m.group(3) else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return m.group()
    year = "".join(_YEAR_DIGITS[c] for c in m.group(1))
    return f"{year}年{month}月" + (f"{day}日" if day is not None else "")


def arabic_dates(t: MappedText) -> MappedText:
    """``t`` with its dates in Chinese numerals written in Arabic digits."""
    return t.sub(_DATE_RE, _arabic) if "年" in t.text else t
