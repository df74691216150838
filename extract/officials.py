"""Post holdings and person mentions: ``经开区党工委副书记、管委会主任张波``.

The genre writes an official as a *title chain* right before the name:
segments ``[organ] title`` joined by ``、``, then one name (or several names
joined by ``、``). Reading it takes four steps, each a small function here:

1. find a title from ``official_titles.txt`` that ends right before a surname
   (``surnames.txt``) and decide how long the name is from what follows it
   (``name_followers.txt``, punctuation, names already known in the document);
2. walk left over the chain, segment by segment; each organ starts after the
   last preposition or time word (``org_left_cues.txt``, matched on jieba
   tokens of the short run only);
3. fill in what the chain leaves out: a segment without a place takes the place
   of the segment before it (``管委会主任`` → ``经开区管委会``), ``副市长`` means
   ``市政府``, ``局长`` the ``…局`` named before, ``组员`` the ``…组`` of the
   same sentence;
4. normalise the organ with :func:`normalize_org` (aliases, a leading city name
   before a zone, a bare ``区``/``县``/``市``/``镇`` meaning the article's own).

Names after a generic group label (``区领导陈某、王某``) become
:class:`PersonMention` with that label as role, and later bare mentions of
names already known become :class:`PersonMention` with an empty role.

Rule for ``市委常委、副市长王某``: a title of the form *level* + 长 (市长, 县长,
区长, 镇长 …) belongs to that level's ``政府``; so the example gives
(市委, 常委) and (市政府, 副市长).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .model import Article, ArticleFacts, Holding, PersonMention
from .phrases import SpanIndex
from .resources import table, word_ending_at, word_starting_at, words
from .segment import jieba_ready, last_cue_end, lcut

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = "。！？!?"
_CLAUSE_MARKS = "，。、；：！？）”,.;:!?)\n"
#: Longest run scanned left of a title for its organ (the longest organs are ~17 characters).
_MAX_ORG = 24
#: Longest bracketed part inside an organ (某公园(某农业高新区)管委会), brackets included.
_MAX_PAREN = 16
_CLOSE_PAREN = ")）"
#: A two-character dictionary word this frequent (and not tagged as a person name) is not a name.
_COMMON_WORD_FREQ = 100
#: Title endings that point at a unit: 局长 → …局, 组员 → …组, 处长 → …处.
_UNIT_TITLE = re.compile(r"^(?:常务)?[副代]?(?P<unit>.)(?:长|员)$")  # 代区长: the acting head
_GOVERNMENT = "政府"
#: The longest name a known name can be (a surname of two and a given name of two make 4; room for more).
_LONGEST_NAME = 8
#: How far before a name an appointment cue (任命) makes ``NAME为`` the start of a list line.
_APPOINTMENT_REACH = 200
#: The word that closes a list of names (王某、李某等).
_PLURAL = "等"
#: A body's party group and the only titles it has.
_PARTY_GROUP = "党组"
_PARTY_GROUP_TITLES = frozenset({"书记", "副书记", "成员"})


@cache
def _lex() -> dict[str, tuple[str, ...]]:
    return {
        "titles": words("official_titles.txt"),
        "surnames": words("surnames.txt"),
        "followers": words("name_followers.txt"),
        "left": words("org_left_cues.txt"),
        "units": words("org_units.txt"),
        "levels": words("division_levels.txt"),
        "groups": words("group_labels.txt"),
        "departments": words("party_departments.txt"),
        "determiners": words("place_determiners.txt"),
        "subunits": words("org_subunits.txt"),
        "enterprise": words("enterprise_titles.txt"),
        "non_public": tuple(r[0] for r in table("non_public_orgs.tsv") if r),
    }


@cache
def _aliases() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in table("org_aliases.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


_ends_with = word_ending_at
_starts_with = word_starting_at


# --- organ normalisation -------------------------------------------------------------------------------------


def split_place(org: str) -> tuple[str, str]:
    """``经开区党工委`` → (``经开区``, ``党工委``); the longest leading division or zone name.

    A place may not contain an organ word (``市委社区`` is not a place).
    """
    lx = _lex()
    best = 0
    for level in lx["levels"]:
        start = 0
        while (i := org.find(level, start)) >= 0:
            end = i + len(level)
            head = org[:end]
            if end < len(org) and end > best and not any(u in head for u in lx["units"] if len(u) > 1 or u == "委"):
                best = end
            start = i + 1
    return org[:best], org[best:]


def _strip_city(place: str) -> str:
    """``郑州经开区`` → ``经开区``: a city name (a jieba ``ns`` word) before a zone or district name."""
    from jieba import posseg

    for cut in range(2, min(5, len(place) - 2)):
        city, rest = place[:cut], place[cut:]
        if city.endswith("市"):
            city = city[:-1]
        if len(rest) < 3 or not rest.endswith(("区", "县")) or len(city) < 2 or rest[0] in _lex()["levels"]:
            continue
        if posseg.dt.word_tag_tab.get(city) == "ns":
            return rest
    return place


#: A term number inside an organ's name (区十五届人大常委会 is the 区人大常委会 of its 15th term).
_TERM_RE = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人大|政协|[区市县省]?委|纪委)")


def _apply_aliases(org: str) -> str:
    org = _TERM_RE.sub("", org)
    for variant, canonical in _aliases():
        if variant in org and canonical not in org.replace(variant, ""):
            org = org.replace(variant, canonical)
    return org


def _is_bare(place: str) -> bool:
    return place in _lex()["levels"]


def normalize_org(org: str, context_prefix: str | None) -> str:
    """The organ as the graph names it.

    Aliases are collapsed (``经济技术开发区`` → ``经开区``), a city name before a
    zone or district is kept (:mod:`extract.jurisdiction` reads it), and an organ with a
    bare level (``区党工委``) or no place at all (``党工委理论学习中心组``) takes
    ``context_prefix`` (the article's main zone or district) when that is of the
    same level. Other organs are kept as written (``市委组织部`` in a zone's news).
    """
    org = _apply_aliases(org)
    place, rest = split_place(org)
    starts_with_unit = bool(_starts_with(rest, 0, _lex()["units"]))
    if context_prefix and starts_with_unit:
        if _is_bare(place) and context_prefix.endswith(place):
            place = context_prefix
        elif not place:
            place = context_prefix
    return place + rest


# --- names ---------------------------------------------------------------------------------------------------


def _cue_after(text: str, pos: int) -> str:
    """What may end a name before ``text[pos]``: ``strong`` (a clause mark or a follower word of two or more
    characters), ``weak`` (a one-character follower such as 以 在 和, or an opening mark) or ``''``."""
    if pos >= len(text) or text[pos] in _CLAUSE_MARKS:
        return "strong"
    if not _is_cjk(text[pos]):
        return "weak"
    word = _starts_with(text, pos, _lex()["followers"])
    if not word:
        return ""
    return "strong" if len(word) > 1 else "weak"


@cache
def _word_info(word: str) -> tuple[int, str]:
    from jieba import posseg

    jieba = jieba_ready()
    return jieba.dt.FREQ.get(word, 0) or 0, posseg.dt.word_tag_tab.get(word, "")


def _looks_like_word(name: str) -> bool:
    """A common dictionary word that is not a person name (``单位``, ``代表``)."""
    freq, tag = _word_info(name)
    return freq >= _COMMON_WORD_FREQ and not tag.startswith("nr")


def name_at(text: str, pos: int, known: set[str], strict: bool = False) -> int:
    """Length of the person name starting at ``text[pos]``, or 0.

    Known names win; then the shortest length after which a follower word or
    punctuation comes (2 before 3); compound surnames allow 3–4 characters.
    Without ``strict`` a name with no cue after it takes jieba's first word.
    """
    lx = _lex()
    surname = _starts_with(text, pos, lx["surnames"])
    if not surname:
        return 0
    for n in range(min(_LONGEST_NAME, len(text) - pos), 0, -1):  # a few look-ups, not a pass over every name
        if text[pos : pos + n] in known:
            return n
    lengths = (3, 4) if len(surname) == 2 else (2, 3)
    cues = []
    for n in lengths:
        cand = text[pos : pos + n]
        ok = len(cand) == n and all(_is_cjk(c) for c in cand)
        cues.append(_cue_after(text, pos + n) if ok else "")
    # The shorter name wins unless only a one-character word follows it and a clear cue follows the longer one
    # (王振和主持: 和 is the name's last character; 花磊以“…”为主题: 以 is the preposition).
    # 邢丽等出席: 等 closes a list of names, never ends one.
    plural = text[pos + lengths[0] : pos + lengths[0] + 1] == _PLURAL
    if cues[0] == "strong" or (cues[0] == "weak" and (cues[1] != "strong" or plural)):
        n = lengths[0]
    elif cues[1]:
        n = lengths[1]
    else:
        n = 0
    if n:
        return 0 if _looks_like_word(text[pos : pos + n]) else n
    if strict:
        return 0
    window = text[pos : pos + 8]
    first = next(iter(lcut(window, hmm=True)), "")
    n = len(first) if len(first) in lengths else lengths[0]
    cand = text[pos : pos + n]
    if len(cand) < n or not all(_is_cjk(c) for c in cand) or _looks_like_word(cand):
        return 0
    return n


def _names_from(text: str, pos: int, known: set[str]) -> list[tuple[int, int]]:
    """The name at ``pos`` and any more joined to it by ``、``."""
    n = name_at(text, pos, known)
    if not n:
        return []
    spans = [(pos, pos + n)]
    end = pos + n
    while end < len(text) and text[end] == "、":
        m = name_at(text, end + 1, known, strict=True)
        if not m:
            break
        spans.append((end + 1, end + 1 + m))
        end = end + 1 + m
    return spans


# --- chains --------------------------------------------------------------------------------------------------


@dataclass
class _Segment:
    org_start: int
    title_start: int
    title_end: int
    org: str
    title: str


def _org_start(text: str, title_start: int) -> tuple[int, bool]:
    """Where the organ before ``title_start`` begins, and whether it reaches the run's start."""
    s = title_start
    while s > 0 and title_start - s < _MAX_ORG + _MAX_PAREN:
        if _is_cjk(text[s - 1]):
            if title_start - s >= _MAX_ORG:
                break
            s -= 1
        elif text[s - 1] in _CLOSE_PAREN and (o := _paren_open(text, s - 1)) > 0 and _is_cjk(text[o - 1]):
            s = o  # an organ with a bracket inside: 某公园(某农业高新区)管委会
        else:
            break
    run = text[s:title_start]
    if not run:
        return s, True
    cut = _left_cut(run)
    return s + cut, cut == 0


def _paren_open(text: str, close: int) -> int:
    """The bracket that opens the one at ``text[close]`` when only letters lie between (else -1)."""
    lo = max(0, close - _MAX_PAREN)
    o = max(text.rfind("（", lo, close), text.rfind("(", lo, close))
    return o if o >= 0 and o + 1 < close and all(_is_cjk(c) for c in text[o + 1 : close]) else -1


@lru_cache(maxsize=8192)
def _left_cut(run: str) -> int:
    """The end of the last preposition or time word among ``run``'s tokens (0 if none).

    Cached: the genre repeats its organs (经开区党工委 …) article after article.
    """
    if not _left_cue_re().search(run):
        return 0  # no cue even as a substring: no token can be one (most organ runs; no segmentation)
    whole = [i for name in words("org_names_with_conjunctions.txt") if (i := run.find(name)) >= 0]
    return last_cue_end(run[: min(whole)] if whole else run, _left_cues())  # 发展和改革局: 和 is the organ's


@cache
def _left_cues() -> frozenset[str]:
    return frozenset(_lex()["left"])


@cache
def _left_cue_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in _lex()["left"]))


def _chain(text: str, title_start: int, title_end: int) -> list[_Segment]:
    """The chain's segments, first to last, ending with the title at ``[title_start, title_end)``."""
    titles = _lex()["titles"]
    segs: list[_Segment] = []
    while True:
        org_start, whole = _org_start(text, title_start)
        segs.append(_Segment(org_start, title_start, title_end, text[org_start:title_start], text[title_start:title_end]))
        sep = org_start - 1
        if not whole or sep < 0 or text[sep] != "、":
            break
        title = _ends_with(text, sep, titles)
        if not title:
            break
        title_start, title_end = sep - len(title), sep
    segs.reverse()
    return segs


def _base_title(title: str) -> str:
    """``副主席`` → ``主席``, ``常务副区长`` → ``区长``: the title a deputy's is named after."""
    for prefix in ("常务副", "副", "第一"):
        if title.startswith(prefix) and len(title) > len(prefix) + 1:
            return title[len(prefix):]
    return title


def _from_list(title: str, org: str, previous: list[tuple[str, str]]) -> str:
    """The organ a chain that opens without one takes from the sentence's earlier chain.

    ``区政协党组书记、主席甲，副主席乙`` → 副主席 of 区政协 (the earlier chain's 主席); ``党组成员、副主任乙`` after
    ``区人大常委会党组书记、主任甲`` → 区人大常委会党组. '' when nothing earlier fits.
    """
    base = _base_title(title)
    for prev_org, prev_title in reversed(previous):
        if org and prev_org.endswith(org) and prev_org != org:
            return prev_org
        if not org and prev_org and _base_title(prev_title) == base:
            return prev_org
    return ""


def _party_group_title(org: str, title: str) -> str:
    """A 党组's chain goes on with titles of its body: ``区政协党组书记、主席`` → 主席 of 区政协, not of its 党组
    (a 党组 has 书记, 副书记 and 成员 only)."""
    if org.endswith(_PARTY_GROUP) and len(org) > len(_PARTY_GROUP) and title not in _PARTY_GROUP_TITLES:
        return org[: -len(_PARTY_GROUP)]
    return org


def _resolve(
    segs: list[_Segment], sentence_orgs: list[str], context: str | None, context_units: frozenset[str] = frozenset(),
    previous: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    """(normalised organ, title) per segment, with the omitted parts filled in; organ '' if unknown.

    An organ with no place that opens the chain takes ``context``, except the party organs every body has
    (``org_subunits.txt``: 党委, 党组 …), which take it only if the article names that organ of its own zone
    (``context_units``): a company's ``党委书记`` is not the zone's. A chain that opens with a bare title or
    a bare 党组 after an earlier chain of the sentence (``previous``) takes that chain's organ.
    """
    lx = _lex()
    out: list[tuple[str, str]] = []
    prev_org = ""
    prev_place = ""
    levels = _lex()["levels"]
    for i, seg in enumerate(segs):
        raw = seg.org
        m = _UNIT_TITLE.match(seg.title)
        if i == 0 and previous and (not raw or raw in lx["subunits"]) and not (m and m.group("unit") in levels):
            inherited = _from_list(seg.title, raw, previous)
            if inherited:
                org = _party_group_title(inherited, seg.title)
                out.append((org, seg.title))
                prev_org, prev_place = org, split_place(org)[0] or prev_place
                continue
        if not raw and m:
            unit = m.group("unit")
            if unit in levels:
                raw = unit + _GOVERNMENT
            else:
                for cand in ([prev_org] if prev_org else []) + sentence_orgs[::-1]:
                    if unit in cand:
                        raw = cand[: cand.rindex(unit) + 1]
                        break
        elif not raw and seg.title not in lx["enterprise"]:
            out.append((_party_group_title(prev_org, seg.title), seg.title))  # 市委常委、秘书长 → 市委秘书长
            continue
        if m and m.group("unit") in levels and raw and not split_place(raw + "委")[1][:-1]:
            raw += _GOVERNMENT  # 金水区区长 → 金水区政府
        if not raw:
            out.append(("", seg.title))
            continue
        place, rest = split_place(_apply_aliases(raw))
        unit = _starts_with(rest, 0, lx["units"])
        if not place and prev_org.endswith("委") and _starts_with(rest, 0, lx["departments"]):
            raw = prev_org + rest  # 区委常委、宣传部部长 → 区委宣传部
        elif not place and prev_org and _starts_with(rest, 0, lx["subunits"]):
            raw = prev_org + rest  # 区人大常委会主任、党组书记 → 区人大常委会党组
        elif prev_place and (not place or (_is_bare(place) and prev_place.endswith(place))):
            raw = prev_place + rest
        elif not place and not prev_org and _starts_with(rest, 0, lx["subunits"]) and unit not in context_units:
            out.append((normalize_org(raw, None), seg.title))
            prev_org = out[-1][0]
            continue
        org = normalize_org(raw, context)
        out.append((org, seg.title))
        prev_org = org
        prev_place = split_place(org)[0] or prev_place
    return out


def read_chain(
    text: str, title_start: int, title_end: int, context: str | None, context_units: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(organ, title) of each segment of the chain ending with the title at ``text[title_start:title_end]``
    (for readers of other sentence forms, e.g. :mod:`extract.appointments`)."""
    return _resolve(_chain(text, title_start, title_end), [], context, context_units)


def _not_public(org: str) -> bool:
    """A company's, association's or study group's organ (某公司, 某商会, 理论学习中心组): its titles are no posts."""
    return any(org.endswith(w) for w in _lex()["non_public"])


@cache
def _non_public_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in table("non_public_orgs.tsv") if len(r) >= 2)


def non_public_kind(org: str) -> str:
    """``corporation``, ``association``, ``group`` or ``session`` for an organ that is no public body, else ''."""
    return next((kind for end, kind in _non_public_kinds() if org.endswith(end)), "")


def fill_prefix(text: str, headline: str = "") -> str | None:
    """The place a chain's bare organs take here, in extraction: only a place the gazetteer cannot know (a
    town or street, 花园路街道; a county written before its own committee or government, 某山县委). Places
    the gazetteer knows are left to :mod:`extract.jurisdiction`, which decides from the whole page (a
    visitor's 新乡市政协 does not make 管委会 新乡市's; 金开区管委会 does not make 区政府 the zone's)."""
    prefix = main_prefix(text, headline)
    if prefix is None:
        return None
    from .place_names import read_place

    read = read_place(prefix, 0)
    if read is not None and read.end == len(prefix):  # a bare 经开区 is filled in: which city's stays open
        return None if read.division is not None else prefix
    if prefix.endswith(_TOWN_LEVELS):
        return prefix
    whole = headline + "\n" + text
    if any(prefix + organ in whole for organ in _OWN_ORGANS):
        return prefix
    return None if any(prefix + organ in whole for organ in _ZONE_ORGANS) else prefix  # 金开区管委会: a zone's


def main_prefix(text: str, headline: str = "") -> str | None:
    """The article's own zone or district, the most often named of the candidates.

    Candidates are places named before an organ (``经开区党工委``, ``中牟县委``); an article with none
    falls back to division names of three or more characters that open a clause (``中牟县召开…``).
    """
    determiners = _lex()["determiners"]
    for pattern, shortest in _prefix_patterns():
        places: dict[str, int] = {}
        for src in (headline, text):
            for m in pattern.finditer(src):
                start, _ = _org_start(src, m.end(1))
                place = _strip_city(_apply_aliases(src[start : m.end(1)]))
                if (len(place) >= shortest and not _starts_with(place, 0, determiners)
                        and _reads_as_place(place, before_organ=shortest == 2)):
                    places.setdefault(place, len(places))
        if places:
            whole = headline + "\n" + text
            return max(places, key=lambda p: (whole.count(p), -places[p]))
    return None


#: Levels below the county, which the gazetteer does not list.
_TOWN_LEVELS = ("街道", "镇", "乡")
#: A division's own committee and government: written after a place, they show it is one (某山县委).
_OWN_ORGANS = ("委", "政府", "人民政府")
#: A zone's organs: a place written only before them is a zone, whose prefix no 区政府 or 区委 takes.
_ZONE_ORGANS = ("管委会", "党工委")
#: A place name this short, written right before an organ (某山县委), is taken as written even when the
#: gazetteer does not know it; the garbage this check keeps out is longer (罗建平督导全区, 邴文华代表市) or
#: opens a clause without an organ (核心区建设, 老旧小区改造).
_SHORT_PLACE = 4


def _reads_as_place(text: str, before_organ: bool = False) -> bool:
    """Is all of ``text`` a place (a division, a zone, a zone word)? ``罗建平督导全区`` is not: a name and a verb
    before 区."""
    from .place_names import read_place

    read = read_place(text, 0)
    if read is not None and read.end == len(text):
        return True
    if text.endswith(_TOWN_LEVELS):
        return True  # towns and streets are not in the gazetteer (花园路街道, 韩寺镇)
    # nor is every short name (某山县); but 老旧小区, 核心区, 全区 are no names
    return (len(text) <= _SHORT_PLACE and not text.endswith(words("not_place_endings.txt"))
            and (before_organ or not _looks_like_word(text[:-1]))
            and not any(t in _lex()["determiners"] for t in lcut(text)))  # 部署我区: 我区 is "our district"


@cache
def _prefix_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """:func:`main_prefix`'s candidates, each with its shortest place: before an organ, opening a clause."""
    lx = _lex()
    units = "|".join(re.escape(u) for u in lx["units"])
    levels = "|".join(re.escape(v) for v in lx["levels"])
    before_organ = re.compile(rf"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{{1,10}}?(?:{levels}))(?={units})")
    # A clause-opening division name; 县长 / 区委 right after it would make it part of a title or organ.
    opening = re.compile(rf"(?:^|(?<=[\s，。；：！？“]))([\u4e00-\u9fff]{{2,10}}?(?:{levels}))(?![长委])")
    return (before_organ, 2), (opening, 3)


def _context_units(context: str | None, text: str) -> frozenset[str]:
    """Organ words the article attaches to its own zone or district (经开区 + 党工委, 管委会)."""
    if not context:
        return frozenset()
    text = _apply_aliases(text)
    return frozenset(u for u in _lex()["units"] if context + u in text)


# --- the extractor -------------------------------------------------------------------------------------------


@cache
def _candidate_re() -> re.Pattern[str]:
    """A title or group word followed by a surname; group 1 ends where the name starts."""
    lx = _lex()
    heads = sorted(set(lx["titles"]) | set(lx["groups"]), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in heads)
    surnames = "|".join(re.escape(w) for w in lx["surnames"])
    # The one-letter class in front rejects most places at once; without it every place tries
    # every title in turn (5× slower).
    firsts = "".join(re.escape(ch) for ch in sorted({w[0] for w in heads}))
    return re.compile(f"(?=[{firsts}])(?=({alt})(?:{surnames}))")


@cache
def _sentence_end_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(_SENTENCE_END)) + "]")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the article's post holdings and person mentions to ``found``."""
    text = article.text
    lx = _lex()
    known = set(found.known_names)
    context = fill_prefix(text, article.headline)
    context_units = _context_units(context, article.headline + "\n" + text)
    taken: list[tuple[int, int]] = []
    seen: set[tuple[str, str, str]] = set()
    sentence_orgs: list[str] = []
    sentence_posts: list[tuple[str, str]] = []  # (organ, title) of the sentence's chains so far
    introduced: set[str] = set(known)  # the names known so far, those of this article added as they come
    # Visit only the places where a surname follows a title or group word (one compiled pattern),
    # not every letter.
    candidates = sorted({m.end(1) for m in _candidate_re().finditer(text)})
    i = 0
    pos = 0
    last = -1
    while True:
        while i < len(candidates) and candidates[i] < pos:
            i += 1
        if i >= len(candidates):
            break
        pos = candidates[i]
        if _sentence_end_re().search(text, last + 1, pos + 1):
            sentence_orgs = []
            sentence_posts = []
        last = pos
        if _covered(taken, pos):
            pos += 1
            continue
        group = _ends_with(text, pos, lx["groups"])
        title = _ends_with(text, pos, lx["titles"])
        if group and len(group) >= len(title):
            spans = _names_from(text, pos, introduced)
            for s, e in spans:
                found.persons.append(PersonMention(article.mention(s, e, "person"), group))
                introduced.add(text[s:e])
            taken.extend(spans)
            pos = spans[-1][1] if spans else pos + 1
            continue
        if not title:
            pos += 1
            continue
        spans = _names_from(text, pos, introduced)
        if spans and _opens_appointment(text, spans[0][1]):
            spans = []  # 任命：甲为…副县长乙为…: 乙 opens the next line of the list, not 副县长's holder
        if not spans:
            pos += 1
            continue
        segs = _chain(text, pos - len(title), pos)
        posts = _resolve(segs, sentence_orgs, context, context_units, sentence_posts)
        for s, e in spans:
            name = text[s:e]
            introduced.add(name)
            person = article.mention(s, e, "person")
            for org, post_title in posts:
                if not org or _not_public(org):  # a role, not a post
                    found.persons.append(PersonMention(person, org + post_title, org if org else "", post_title))
                    continue
                if (name, org, post_title) in seen:
                    continue
                seen.add((name, org, post_title))
                found.holdings.append(Holding(person, org, post_title, article.mention(segs[0].org_start, e, "post")))
        sentence_orgs.extend(org for org, _ in posts if org)
        sentence_posts.extend(p for p in posts if p[0])
        taken.extend(spans)
        pos = spans[-1][1]
    _bare_mentions(article, found, introduced, taken)


def _opens_appointment(text: str, name_end: int) -> bool:
    """A name followed by 为 in an appointment list (任命 shortly before): it starts a line of the list."""
    return text[name_end : name_end + 1] == "为" and "任命" in text[max(0, name_end - _APPOINTMENT_REACH) : name_end]


def _covered(taken: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside a taken span? ``taken`` grows left to right with disjoint spans, so only the last
    span opening at or before ``pos`` can hold it: found by bisection, not by a pass over all of them."""
    i = bisect_right(taken, (pos, float("inf"))) - 1
    return i >= 0 and taken[i][0] <= pos < taken[i][1]


def _bare_mentions(article: Article, found: ArticleFacts, names: set[str], taken: list[tuple[int, int]]) -> None:
    """Later mentions of known names (``樊福太强调``), each once per place in the text."""
    text = article.text
    if not names:
        return
    spans = SpanIndex(taken)
    for start, end in _leftmost_longest(text, names):
        if spans.overlaps((start, end)):
            continue
        found.persons.append(PersonMention(article.mention(start, end, "person"), ""))


def _leftmost_longest(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans of ``names`` in ``text``, scanning left to right, the longest name at a place, no overlaps.

    What ``re.finditer`` of a longest-first alternation finds, without compiling one per article: one
    pass over the places where a name's first letter stands, each trying the names' few lengths, longest
    first. Linear in the text whatever the number of names (a roster of thousands searched for each name
    in turn was names × text).
    """
    names = {n for n in names if n}
    if not names:
        return []
    lengths = sorted({len(n) for n in names}, reverse=True)
    out: list[tuple[int, int]] = []
    last = 0
    size = len(text)
    for m in _first_letter_re("".join(sorted({n[0] for n in names}))).finditer(text):
        start = m.start()
        if start < last:
            continue
        for n in lengths:
            if start + n <= size and text[start : start + n] in names:
                out.append((start, start + n))
                last = start + n
                break
    return out


@lru_cache(maxsize=64)
def _first_letter_re(letters: str) -> re.Pattern[str]:
    """A class of the letters names open with (surnames: the same few hundred, document after document)."""
    return re.compile(f"[{re.escape(letters)}]")
