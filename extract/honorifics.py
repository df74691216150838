"""Names with a title after them, as a form of address: ``王建军市长强调``, ``陈刚书记一行``.

Reads (after :mod:`extract.officials` and :mod:`extract.appointments`) every name followed by a title of
``honorific_titles.tsv`` and a clear end (punctuation or a follower word: 强调, 一行, 在 …). A *level*
title names its level's government (``市长`` → ``市政府``), resolved against the article's place by
:mod:`extract.jurisdiction`: the holding is kept only when that place is known (``form="honorific"``;
otherwise it becomes a mention). An *ambiguous* title (``书记`` of which committee?) adds nothing new when
the person holds exactly one such post in the article and is kept as a mention with that role otherwise.
"""

from __future__ import annotations

import re
from functools import cache

from .model import Article, ArticleFacts, Holding, PersonMention
from .names import _opens_with_word, cue_after, looks_like_word, name_ending_at
from .official_words import is_cjk, lexicon, starts_with
from .phrases import SpanIndex
from .resources import table

_GOVERNMENT = "政府"
#: A deputy's or an acting head's words before a level title (副市长, 常务副县长, 代县长).
_DEPUTY_RE = re.compile(r"(?:常务)?副|代")


@cache
def _titles() -> dict[str, str]:
    return {r[0]: r[1] for r in table("honorific_titles.tsv") if len(r) >= 2}


@cache
def _title_re() -> re.Pattern[str]:
    words = sorted(_titles(), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def _name_ending(text: str, end: int, known: set[str]) -> int:
    """Start of the name that ends at ``end``: a known name, or a surname + given name opening its clause."""
    surnames = lexicon()["surnames"]

    def is_name(s: int, n: int) -> bool:
        cand = text[s:end]
        return (all(is_cjk(c) for c in cand) and bool(starts_with(text, s, surnames)) and not looks_like_word(cand)
                and cand[-1] not in "委局会部办处"  # 区纪委委员: an organ before 委员, no name
                and not _opens_with_word(text, s, cand[:1])
                and lexicon()["non_names"].isdisjoint({cand, cand[:2]}))  # 谢谢訾副市长: "thanks", no name 谢谢訾

    return name_ending_at(text, end, known, (2, 3), is_name)


def extract(article: Article, found: ArticleFacts) -> None:
    """Append honorific holdings (``form="honorific"``) and mentions to ``found``."""
    text = article.text
    kinds = _titles()
    known = set(found.known_names) | {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}
    held: dict[tuple[str, str], set[str]] = {}
    for h in found.holdings:
        held.setdefault((h.person.text, h.title), set()).add(h.org)
    taken = SpanIndex((h.evidence.start - article.start, h.evidence.end - article.start) for h in found.holdings)
    seen: set[tuple[str, str]] = set()
    for m in _title_re().finditer(text):
        title = m.group(0)
        if not cue_after(text, m.end()) or taken.within((m.start(), m.start() + 1)):
            continue
        lead = _DEPUTY_RE.search(text, max(0, m.start() - 3), m.start())  # 麦某副市长, 植某常务副市长
        if lead is not None and lead.end() != m.start():
            lead = None
        title_start = lead.start() if lead is not None else m.start()
        title = text[title_start : m.end()]
        if text[title_start - 1 : title_start] in (" ", "　"):
            title_start -= 1  # 主持：冼某 市长 (minutes' lines): a space between the name and its title
            title = text[title_start + 1 : m.end()]
        listed = text[title_start - 1 : title_start] == "等"  # 滕某、陶某等代表先后发言: the names of a list
        start = _name_ending(text, title_start - listed, known)
        if start < 0 or (lead is not None and title_start - start < 2):
            continue  # 黎副市长: a surname and a deputy's title name nobody in full
        if listed:
            _list_before(article, found, text, start, title, known)
        name = text[start : title_start - listed]
        if (name, title) in seen:
            continue
        seen.add((name, title))
        person = article.mention(start, title_start - listed, "person")
        orgs = held.get((name, title), set())
        if len(orgs) == 1:
            continue  # 陈刚书记 after 区委书记陈刚: the post is known already
        if kinds[m.group(0)] == "level" and not orgs:
            org = m.group(0)[0] + _GOVERNMENT
            found.holdings.append(Holding(person, org, title, article.mention(start, m.end(), "post"),
                                          form="honorific"))
        else:
            found.persons.append(PersonMention(person, title))


def _list_before(article: Article, found: ArticleFacts, text: str, end: int, title: str, known: set[str]) -> None:
    """The names joined by 、 before the last one of a list (which ends at ``end``), each a mention with ``title``."""
    while text[end - 1 : end] == "、" and (start := _name_ending(text, end - 1, known)) >= 0:
        found.persons.append(PersonMention(article.mention(start, end - 1, "person"), title))
        end = start

