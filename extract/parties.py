"""Committees of the democratic parties and the Youth League (民盟益阳市委, 共青团自贡市委): a name, a level and 委.

``民盟市委主委`` is the chair of the 中国民主同盟's city committee, never a post of the city's 中共 committee: the
organ keeps its party and takes its place like a bare 市委 does (民盟市委 on 益阳's page → 民盟益阳市委). The parties'
names and short forms are a lexicon (``parties.tsv``); 团市委书记 is the League's, as 民盟市委主委 is 民盟's. Read by
:mod:`extract.jurisdiction`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .gazetteer import Division
from .resources import table

#: The committee words after a party's place: 委, 委会, 委员会 (民进市委会, 致公党福建省委会) are one committee.
_COMMITTEE_RE = re.compile(r"委员会|委会")


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """(written form, short name) of every party, longest form first."""
    rows = [(r[0], r[1]) for r in table("parties.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def party_of(org: str) -> tuple[str, str]:
    """(the party's short name, the rest of ``org``) when ``org`` opens with a democratic party's name and goes on
    with a committee (社市委 only so: 社 alone is 九三学社's), else ('', org)."""
    for form, short in _names():
        if org.startswith(form):
            rest = org[len(form):]
            if len(form) == 1 and not (rest[:1] in "省市县区旗" and rest[1:2] == "委") and not _place_committee(rest):
                continue  # 团风县委, 社旗县委: a county named with the letter; 团市委, 团团风县委 are the League's
            if "委" in rest[:8]:
                return short, _COMMITTEE_RE.sub("委", rest, count=1)
    if (m := _PLACE_FIRST_RE.match(org)) is not None:  # 朔州团市委: the city's short name before the League's
        return dict(_names())[m.group("form")], m.group("place") + m.group("rest")
    return "", org


def _place_committee(rest: str) -> bool:
    """Is ``rest`` a division's name and 委 (团风县委 of 团团风县委)?"""
    from .place_names import read_place

    read = read_place(rest, 0)
    return read is not None and read.division is not None and rest[read.end :] == "委"


#: A place's short name, then a party's or the League's name and its level's committee (朔州团市委, 益阳民盟市委).
_PLACE_FIRST_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<form>团|民盟|民进|民建|民革|农工党|致公党|九三学社)"
                             r"(?P<rest>[省市县区]委.*)")


def party_org(org: str, juris: Division | None, resolve: Callable) -> tuple[str, Division | None] | None:
    """``resolve(org, juris)`` for a party's committee, its party kept in front; None for any other organ."""
    party, rest = party_of(org)
    if not party:
        return None
    name, place = resolve(rest, juris)
    return party + name, place


def party_before_level(text: str) -> bool:
    """Does ``text`` end with a party's or the League's name and a level letter (希望团县, 民盟市): its committee's
    first letters, no place?"""
    stem = text[:-1]
    if not text or text[-1] not in "省市县区" or text.endswith("社区"):  # 双星社区: a community, no 九三学社's 区委
        return False
    return any(stem.endswith(form) for form, _short in _names())

