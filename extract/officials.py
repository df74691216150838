"""Post holdings and person mentions: ``经开区党工委副书记、管委会主任张波``.

The genre writes an official as a *title chain* right before the name:
segments ``[organ] title`` joined by ``、``, then one name (or several names
joined by ``、``). Reading it takes four steps, each a small function here:

1. find a title from ``official_titles.txt`` that ends right before a surname (``surnames.txt``) and decide how
   long the name is from what follows it (``name_followers.txt``, punctuation, names already known in the document);
2. walk left over the chain, segment by segment; each organ starts after the last preposition or time word
   (``org_left_cues.txt``, matched on jieba tokens of the short run only);
3. fill in what the chain leaves out: a segment without a place takes the place of the segment before it
   (``管委会主任`` → ``经开区管委会``), ``副市长`` means ``市政府``, ``局长`` the ``…局`` named before;
4. normalise the organ with :func:`normalize_org` (aliases, a leading city name before a zone, a bare
   ``区``/``县``/``市``/``镇`` meaning the article's own).

Names after a generic group label (``区领导陈某、王某``) become :class:`PersonMention` with that label as role,
and later bare mentions of names already known become :class:`PersonMention` with an empty role.

Rule for ``市委常委、副市长王某``: a title of the form *level* + 长 (市长, 县长, 区长, 镇长 …) belongs to that level's
``政府``; so the example gives (市委, 常委) and (市政府, 副市长).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from . import towns as _towns
from .body_titles import REGION_CHAIRS, from_list, named_headquarters, own_secretary
from .departments import in_department, page_department
from .institutions import institution_before
from .known_names import bare_mentions
from .model import Article, ArticleFacts, Holding, PersonMention
from .names import _NOT_NAME_START, _names_from, unlisted_name
from .official_words import NOTE, NOTE_END_RE, NOTE_RE, former, single_holder, team_place
from .official_words import ends_with as _ends_with
from .official_words import lexicon as _lex
from .official_words import starts_with as _starts_with
from .organs import (
    _apply_aliases,
    _is_bare,
    _org_start,
    body_of_title,
    fill_prefix,
    is_zone_place,
    named_before,
    normalize_org,
    not_public,
    own_organ_units,
    secretary_body,
    sentence_division,
    sentence_zone,
    split_place,
)
from .place_names import reads_whole
from .rivers import river_at
from .towns import in_town, nameless, sentence_town, sentence_village, town_of, towns_before, village_organ, village_party

_SENTENCE_END = "。！？!?"
_UNIT_TITLE = re.compile(r"^(?:常务)?(?:[副代]|代理)?(?P<unit>.)(?:长|员)(?:助理)?$")  # 局长: …局; 组员: …组; 代区长
_CLAUSE_STARTS = frozenset("，。；：\n")  # after these a clause opens: a title chain there is all of its clause
_GOVERNMENT, _GOVERNMENTS = "政府", {"盟": "行政公署"}  # a league's government is its 行政公署 (盟长)
_PLACE_VERBS = frozenset("地身所各此到之相深远")  # 处 a word of its own before 长 (地处长江): no 处长 there
_COMPANION_VERBS = ("随团", "随同", "随行")  # a visitor's companions after their names (区委常委乙随团; 率某市代表团)
_DELEGATION_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8}?[市县区旗])(?:党政|经贸|考察)?(?:代表团|考察团)")
_LEADS_RE = re.compile(r"(?:等)?率(?:领)?" + _DELEGATION_RE.pattern)  # the holder leads it: his bare organs its
_DEPARTMENT_IN_RE = re.compile(r"驻(省[\u4e00-\u9fff]{2,12}?厅)")  # 驻省交通运输厅纪检监察组: a bare 厅党组 after it is its
_SHORTENED_UNITS = "部局处科"  # units whose letter is written once for organ and title (宣传部长: 宣传部 + 部长)
#: A second sign an organ hangs beside its name (加挂牌子), written in brackets after it: 县农业农村局（县乡村振兴局）.
_SIGN_RE = re.compile(r"(?<=[局委办室部])[（(][\u4e00-\u9fff]{2,16}?(?:局|委|办|办公室|中心)[）)]")
_APPOINTMENT_REACH = 200  # how far before a name an appointment cue (任命) makes ``NAME为`` start a list line
#: Titles of ``enterprise_titles.txt`` that public bodies have too (a 水利局's 总工程师): only the others make a
#: chain's title a company's role, never a post, whatever the company's name ends with (澄远新材料董事长).
_PUBLIC_TOO = frozenset({"总会计师", "总工程师", "总经济师"})


# --- chains --------------------------------------------------------------------------------------------------


@dataclass
class _Segment:
    org_start: int
    title_start: int
    title_end: int
    org: str
    title: str


def _chain(text: str, title_start: int, title_end: int, seps: str = "、，") -> list[_Segment]:
    """The chain's segments, first to last, ending with the title at ``[title_start, title_end)``; across one comma
    at most (``seps``: the chain before a comma is read with 、 only, so that a run of titles stays linear)."""
    titles = _lex()["titles"]
    segs: list[_Segment] = []
    while True:
        org_start, whole = _org_start(text, title_start)
        segs.append(_Segment(org_start, title_start, title_end, text[org_start:title_start], text[title_start:title_end]))
        sep = org_start - 1
        if not whole or sep < 0 or text[sep] not in seps:
            break
        note = NOTE_END_RE.search(text, max(0, sep - 6), sep)  # 副县长（挂职）、…组长某: the note is no title's end
        end = note.start() if note else sep
        title = _ends_with(text, end, titles)
        if not title:
            break
        if text[sep] == "，":  # 区委副书记、区长，综保区管委会主任某: a chain before the comma, opening its clause
            before = _chain(text, end - len(title), end, "、")
            segs += reversed(before) if before[0].org_start == 0 or text[before[0].org_start - 1] in _CLAUSE_STARTS else []
            break
        title_start, title_end = end - len(title), end
    segs.reverse()
    return segs


def _resolve(
    segs: list[_Segment], sentence_orgs: list[str], context: str | None, context_units: frozenset[str] = frozenset(),
    previous: list[tuple[str, str]] | None = None, towns: list[str] | None = None, companions: bool = False,
) -> list[tuple[str, str]]:
    """(normalised organ, title) per segment, with the omitted parts filled in; organ '' if unknown.

    An organ with no place that opens the chain takes ``context``, except the party organs every body has
    (``org_subunits.txt``: 党委, 党组 …), which take it only if the article names that organ of its own zone
    (``context_units``): a company's ``党委书记`` is not the zone's. A chain that opens with a bare title or
    a bare 党组 after an earlier chain of the sentence (``previous``) takes that chain's organ; a bare 区委 of a
    visitor's ``companions`` (…随团) the division an earlier chain of the sentence named in full.
    """
    lx = _lex()
    out: list[tuple[str, str]] = []
    prev_org = ""
    prev_place = ""
    levels = _lex()["levels"]
    for i, seg in enumerate(segs):
        raw = _SIGN_RE.sub("", seg.org)  # 县农业农村局（县乡村振兴局）党组: the second sign of one organ is no part of it
        raw = raw[2:] if raw.startswith(("挂任", "挂职")) and len(raw) > 3 else raw  # 挂任宝应县县长助理: 宝应县's
        raw += "政府" if raw.endswith("自治区") and seg.title in REGION_CHAIRS else ""  # 自治区副主席: of its 政府
        raw += "区政府" if raw in ("林", "特") and seg.title.endswith("区长") else ""  # 林区长: 林区政府
        raw = "村党支部" if raw == "驻村" else _towns.sent_to(raw)  # 驻村第一书记: of the village the sentence names
        raw = raw[:-2] if raw.endswith("村驻村") else raw  # 晏岗村驻村第一书记: 晏岗村's, as 晏岗村第一书记
        raw = raw[:-1] if len(raw) > 2 and raw.endswith("原") else raw  # 兑镇镇原副镇长: a former holder, the town's
        if raw in ("厅党组", "厅党委") and (dept := _DEPARTMENT_IN_RE.search(prev_org)):
            raw = dept.group(1) + raw[1:]  # 省纪委监委驻省交通运输厅纪检监察组组长、厅党组成员: that 厅's 党组
        m = _UNIT_TITLE.match(seg.title)
        if raw and m and m.group("unit") in _SHORTENED_UNITS and not raw.endswith(m.group("unit")):
            raw += m.group("unit")  # 宣传部长 → 宣传部 部长, 武装部长, 县财政局长: the unit written once
        if i == 0 and previous and (not raw or raw in lx["subunits"] or raw[1:] == "党组") and not (
                m and m.group("unit") in levels):  # 市教育局党组书记、局长甲，局党组成员、副局长乙: 乙's 局 is 甲's
            inherited = from_list(seg.title, raw, previous)
            if inherited:
                org = body_of_title(inherited, seg.title)
                out.append((org, seg.title))
                prev_org, prev_place = org, split_place(org)[0] or prev_place
                continue
        if not raw and m:
            unit = m.group("unit")
            if unit in levels:
                raw = unit + _GOVERNMENTS.get(unit, _GOVERNMENT)
            else:
                for cand in ([prev_org] if prev_org else []) + sentence_orgs[::-1]:
                    if unit in cand:
                        raw = cand[: cand.rindex(unit) + 1]
                        break
        elif not raw and seg.title not in lx["enterprise"]:  # 市委常委、秘书长 → 市委秘书长; 市政协副主席甲，秘书长乙
            org = body_of_title(prev_org, seg.title) if prev_org else secretary_body(seg.title, sentence_orgs)
            out.append((org, seg.title))
            continue
        if m and m.group("unit") in levels and raw and not split_place(raw + "委")[1][:-1]:
            raw += _GOVERNMENTS.get(m.group("unit"), _GOVERNMENT)  # 金水区区长 → 金水区政府
        if raw:
            raw = village_organ(prev_org, sentence_village(raw, towns or ()))  # 周楼村…
        if not raw or nameless(raw):  # 村党总支书记、村委会主任某: which village is not known; no town's committee
            out.append((raw, seg.title))
            prev_org = raw or prev_org
            continue
        raw = _towns.street_office(raw, [*sentence_orgs, prev_org])  # 街道党工委副书记、办事处主任: the chain's street
        place, rest = split_place(_apply_aliases(raw))
        if not prev_place and (named := sentence_town(place, sentence_orgs, towns or ())
                               or sentence_zone(place, rest, sentence_orgs)
                               or (sentence_division(place, sentence_orgs) if companions else "")):
            raw, place = named + rest, named  # 濮院镇党委书记甲，镇党委副书记、镇长乙: the sentence's town (or zone)
        unit = _starts_with(rest, 0, lx["units"])
        if not place and prev_org.endswith("委") and _starts_with(rest, 0, lx["departments"]):
            raw = prev_org + rest  # 区委常委、宣传部部长 → 区委宣传部
        elif not place and prev_org and _starts_with(rest, 0, lx["subunits"]):
            raw = prev_org + rest  # 区人大常委会主任、党组书记 → 区人大常委会党组
        elif prev_place and (not place or (_is_bare(place) and prev_place.endswith(place))) and not (
            place and is_zone_place(prev_place)) and not own_secretary(out, rest, seg.title):
            # 新区工委书记、区委书记: a zone's place is not its district's (the page's twin district is)
            raw = prev_place + rest
        elif not place and not prev_org and _starts_with(rest, 0, lx["subunits"]) and unit not in context_units:
            out.append((normalize_org(raw, None), seg.title))
            prev_org = out[-1][0]
            continue
        org = normalize_org(raw, context)
        out.append((org, seg.title))
        prev_org = org
        prev_place = team_place(split_place(org)[0]) or prev_place
    return out


def read_chain(
    text: str, title_start: int, title_end: int, context: str | None, context_units: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(organ, title) of each segment of the chain ending with the title at ``text[title_start:title_end]``
    (for readers of other sentence forms, e.g. :mod:`extract.appointments`)."""
    return _resolve(_chain(text, title_start, title_end), [], context, context_units)


# --- the extractor -------------------------------------------------------------------------------------------


@cache
def _candidate_re() -> re.Pattern[str]:
    """A title or group word followed by a surname; group 1 ends where the name starts. The one-letter class in front
    rejects most places at once; without it every place tries every title (5× slower)."""
    lx = _lex()
    heads = sorted(set(lx["titles"]) | set(lx["groups"]), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in heads)
    surnames = "|".join(re.escape(w) for w in lx["surnames"])
    firsts = "".join(re.escape(ch) for ch in sorted({w[0] for w in heads}))
    return re.compile(f"(?=[{firsts}])(?=({alt})(?:{NOTE})?(?:{surnames}|和|(?![{_NOT_NAME_START}])[\u4e00-\u9fff]))")


@cache
def _sentence_end_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(_SENTENCE_END)) + "]")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the article's post holdings and person mentions to ``found``."""
    text = article.text
    lx = _lex()
    known = set(found.known_names)
    context = fill_prefix(text, article.headline)
    context_units = own_organ_units(context, article.headline + "\n" + text)
    taken: list[tuple[int, int]] = []
    seen: set[tuple[str, str, str]] = set()
    sentence_orgs: list[str] = []
    sentence_posts: list[tuple[str, str]] = []  # (organ, title) of the sentence's chains so far
    introduced: set[str] = set(known)  # the names known so far, those of this article added as they come
    has_towns = any(w in text for w in ("镇", "乡", "街道", "村", "社区", "嘎查"))
    villages = _towns.named_villages(text) if has_towns else {}  # 长乐中路街道康乐社区: the town a village is written with
    dept = page_department(article.headline, found.site_department)  # 市生态环境局召开党组会议: 局党组书记's 局
    town = town_of((context or found.site_department) + "党委")  # the town the last chain named (a village's organ is in it)
    village = _towns.headline_village(article.headline)
    groups = named_headquarters(text)  # a group's last three letters (督察组), 片区, 县指挥部 → its name in full
    # Visit only the places where a surname follows a title or group word (one compiled pattern), not every letter.
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
            spans = [sp for sp in _names_from(text, pos, introduced) if not reads_whole(text[sp[0]:sp[1]])]
            for s, e in spans:
                found.persons.append(PersonMention(article.mention(s, e, "person"), group))
                introduced.add(text[s:e])
            taken.extend(spans)
            pos = spans[-1][1] if spans else pos + 1
            continue
        if not title or (title.startswith("处") and text[pos - len(title) - 1 : pos - len(title)] in _PLACE_VERBS) or (
                title[-1] == "长" and river_at(text, pos - 1)):
            pos += 1  # 九江地处长江和…: 地处 (lies at), no 处长; 万州区长江干流: a river, no 区长
            continue
        at = pos + len(note.group()) if (note := NOTE_RE.match(text, pos)) else pos  # 副市长（挂职）某: the name after
        spans = _names_from(text, at, introduced)
        if not spans and (n := unlisted_name(text, at, title)):
            spans = _names_from(text, at, introduced, n)  # 县长庹建新, 盟委委员那顺乌日图、孔某: a surname not listed
        if spans and _opens_appointment(text, spans[0][1]):
            spans = []  # 任命：甲为…副县长乙为…: 乙 opens the next line of the list, not 副县长's holder
        if not spans:
            pos += 1
            continue
        segs = _chain(text, pos - len(title), pos)
        towns = towns_before(text, taken[-1][1] if taken else 0, segs[0].org_start) if has_towns else []
        if village and not any(t.endswith(("村", "社区", "嘎查")) for t in towns):
            towns = [*towns, village]  # 到顾家台村开展帮扶调研 (the headline): 驻村第一书记某 is that village's
        companions = _companion(text, spans[-1][1])  # 区委常委乙随团: of the visitor's district
        # 南京市鼓楼区委书记甲，区委副书记、区长乙陪同: a district's or county's people listed after its chain are its
        listed = (bool(sentence_orgs) and bool(taken) and text[taken[-1][1] : segs[0].org_start] in ("，", "、")
                  and text[segs[0].org_start : segs[0].org_start + 1] in ("区", "县"))
        if companions and (d := _DELEGATION_RE.search(text, max(0, pos - 400), pos)) and not sentence_orgs:
            sentence_orgs = [d.group("place") + "委"]  # …率瑞安市党政代表团来我县…。市委常委甲，…乙随团: 瑞安市's
        elif lead := _LEADS_RE.match(text, spans[-1][1]):  # 市长乙率达州市党政代表团来舟: 达州市
            sentence_orgs, companions = [*sentence_orgs, lead.group("place") + "委"], True
        posts = _resolve(segs, sentence_orgs, context, context_units, sentence_posts, towns, companions or listed)
        # 常务副区长甲、乙…等: a single holder's post goes to the first name only (副区长甲、乙: a shared one to each)
        listed = spans[1:] if len(spans) > 1 and posts and all(single_holder(t) for _o, t in posts) else []
        for s, e in listed:
            found.persons.append(PersonMention(article.mention(s, e, "person"), ""))
            introduced.add(text[s:e])
        if posts and (inst := institution_before(text, segs[0].org_start, posts[-1][1])):
            posts = [(inst + org[2:] if org.startswith(("学校", "医院")) else org or inst, t) for org, t in posts]
        posts = [(in_department(in_town(village_party(org, t), town, villages), dept, context, t), t) for org, t in posts]
        posts = [(named_before(org, groups), t) for org, t in posts]  # 督察组副组长, 片区管委会: named in full before
        town = next((t for org, _t in reversed(posts) if (t := town_of(org))), town)
        was = former(text, segs[0].org_start)  # 原顾家台村第一书记某: a post held before, of no known date
        for s, e in spans[: len(spans) - len(listed)]:
            introduced.add(name := text[s:e])
            person = article.mention(s, e, "person")
            for org, post_title in posts:
                if was:
                    found.persons.append(PersonMention(person, "原" + org + post_title))
                    continue
                if (not org or not_public(org) or nameless(org) or (post_title, org[-2:]) == ("委员", "政协")  # a role
                        or (post_title in lx["enterprise"] and post_title not in _PUBLIC_TOO)):  # 澄远新材料董事长
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
    bare_mentions(article, found, introduced, taken)


def _companion(text: str, name_end: int) -> bool:
    """Is the name ending at ``name_end`` a visitor's companion: 随团 after it, or after the names and chains that
    follow it to its sentence's end (甲，市委常委、统战部部长乙随团考察)?"""
    if text.startswith(_COMPANION_VERBS, name_end):
        return True
    end = _sentence_end_re().search(text, name_end)
    clause = text[name_end : end.start() if end else len(text)]
    return any(clause.find(v) >= 0 and "，" not in clause[clause.find(v):] for v in _COMPANION_VERBS)


def _opens_appointment(text: str, name_end: int) -> bool:
    """A name followed by 为 in an appointment list (任命 shortly before): it starts a line of the list."""
    return text[name_end : name_end + 1] == "为" and "任命" in text[max(0, name_end - _APPOINTMENT_REACH) : name_end]


def _covered(taken: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside a taken span? ``taken`` grows left to right with disjoint spans, so only the last
    span opening at or before ``pos`` can hold it: found by bisection, not by a pass over all of them."""
    i = bisect_right(taken, (pos, float("inf"))) - 1
    return i >= 0 and taken[i][0] <= pos < taken[i][1]
