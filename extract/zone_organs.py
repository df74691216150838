"""Organs written bare whose zone or regiment the article names: a zone's own organs (党工委, 管委会) and the zone
words an article's organs open with (经开区党工委 → 经开区); a 园区's or a 开发区's organs in an article that names one
such zone; a regiment's on a 兵团 师市's page. Split from :mod:`extract.article_places`; read by
:mod:`extract.jurisdiction` when it names organs with their places.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import gazetteer
from .model import ArticleFacts
from .place_names import read_place

#: A zone's own organs: written bare (党工委, 管委会, 区党工委) they are the organs of the zone the article is about.
ZONE_ORGANS = ("党工委", "管委会")


def bare_zone_words(found: ArticleFacts) -> Counter[str]:
    """Generic zone words that open the article's organs without a city (经开区党工委 → 经开区); or, when its
    organs are a zone's bare ones (党工委, 管委会), the generic zone words its text names (莅临经开区调研)."""
    out: Counter[str] = Counter()
    zone_organs = False
    for h in found.holdings:
        read = read_place(h.org, 0)
        if read is not None and read.division is None and read.zone_word:
            out[read.zone_word] += 1
        zone_organs = zone_organs or h.org.lstrip("区").startswith(ZONE_ORGANS)
    if out or not zone_organs:
        return out
    gaz = gazetteer()
    text = found.article.headline + "\n" + found.article.text
    for form, word in gaz.zone_words.items():
        start = text.find(form)
        while start >= 0:
            read = read_place(text, start)
            if read is not None and read.division is None and read.zone_word == word:
                out[word] += 1
            start = text.find(form, start + len(form))
    return out


#: A 兵团 regiment named in full (一四三团, 十团): what a bare 团党委 or 团长 on its 师市's page is of.
_REGIMENT_RE = re.compile(r"[一二三四五六七八九十百零〇\d]{1,5}团")


def regiment_organs(found: ArticleFacts) -> dict[int, str]:
    """Bare regiment organs (团党委副书记、团长某某) on a page that names regiments: the regiment named last before the
    holder, by the holding's index (在一四三团…，团党委副书记、团长某某 → 一四三团党委, 一四三团). The caller asks only on
    a 兵团 师市's page, where a bare 团 is no 共青团."""
    text = found.article.text
    out = {}
    for i, h in enumerate(found.holdings):
        if h.org not in ("团", "团党委"):
            continue
        at = h.person.start - found.article.start
        named = list(_REGIMENT_RE.finditer(text, max(0, at - 400), max(0, at)))
        if named:
            out[i] = named[-1].group() + h.org[1:]
    return out


def park_organs(found: ArticleFacts) -> dict[int, str]:
    """Organs of a 园区 or a 开发区 written bare (园区党工委书记, 开发区管委会主任) in an article that names one such zone
    (弋阳高新技术产业园区; 法库经济开发区 on 法库县's page): that zone's, by the holding's index."""
    out = {}
    for word, ends in (("园区", ""), ("开发区", "开发区")):  # a 园区's zone is any zone the article names
        zones = {p.name for p in found.places if p.kind == "development_zone" and len(p.name) > len(word) + 2
                 and p.name.endswith(ends)}
        if len(zones) == 1:
            zone = zones.pop()
            out.update({i: zone + h.org[len(word):] for i, h in enumerate(found.holdings)
                        if h.org.startswith(word) and len(h.org) > len(word)})
    return out
