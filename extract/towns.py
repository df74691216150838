"""Towns and villages: the town or village an organ written bare belongs to (镇党委 after 在柘林镇，, 村党支部 after
在周楼村，), a village's committees after its party branch, and a village's organs with their town.

Split from :mod:`extract.organs`: the officials extractor reads a title chain's organs through these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .organs import split_place

#: A village's or community's organ with no name (社区书记姜某, 村党支部书记): which one is not known, no post.
_NAMELESS_RE = re.compile(r"(?:社区|村|居|小区|嘎查)(?:党支部|党总支|党委|委员会|委会|居委会|村委会|两委)?")
#: A named village's or community's party organ, whose chain goes on with its committee (宋家沟村党支部 → 宋家沟村).
_VILLAGE_RE = re.compile(r"(?P<village>[\u4e00-\u9fff]{2,10}?(?:村|社区|嘎查))(?:党支部|党总支|党委)?$")
#: The committees a village's chain goes on with, written without the village: 村委会, 居委会; and the work team a
#: unit sends to live in the village (顾家台村第一书记、驻村工作队队长: 顾家台村驻村工作队).
_VILLAGE_ORGANS = ("村委会", "村民委员会", "居委会", "居民委员会", "嘎查委员会", "驻村工作队")


def nameless(org: str) -> bool:
    """A village's or community's organ with no name of its own (社区, 村党支部): a role, no post."""
    return _NAMELESS_RE.fullmatch(org) is not None


def village_organ(prev_org: str, raw: str) -> str:
    """``raw`` with the village of the chain's previous organ when it is that village's committee written bare
    (宋家沟村党支部, 村委会 → 宋家沟村委会; 双星社区党委, 居委会 → 双星社区居委会; 顾家台村 (第一书记), 驻村工作队 or
    工作队 → 顾家台村驻村工作队); else ``raw``."""
    village = _VILLAGE_RE.match(prev_org)
    raw = "驻村工作队" if raw == "工作队" and village else raw
    if village is None or not raw.startswith(_VILLAGE_ORGANS):
        return raw
    village_word = next(w for w in ("社区", "嘎查", "村") if village.group("village").endswith(w))
    return village.group("village") + (raw[len(village_word):] if raw.startswith(village_word) else raw)


#: A village's or community's organ named without its town (鲤鱼山村党支部, 双星社区居委会, 哈日陶勒盖嘎查委员会).
_VILLAGE_ORGAN_RE = re.compile(
    r"(?:(?!镇|乡|街道|苏木)[\u4e00-\u9fff]){2,10}?(?:村(?:党支部|党总支|党委|委会|民委员会|驻村工作队)"
    r"|社区(?:党支部|党总支|党委|居委会|居民委员会)|嘎查(?:党支部|党委|委员会))"
)
#: The last words of a town-level place (三里畈镇, 宋家沟乡, 璧泉街道, 伊和乌素苏木); written bare before an organ (镇党委,
#: 街道党工委), the town is named elsewhere in the sentence, or not known.
_TOWN_ENDS = ("镇", "乡", "街道", "苏木")


def town_of(org: str) -> str:
    """The town-level place ``org`` opens with (三里畈镇 of 三里畈镇党委), else ''."""
    place = split_place(org)[0]
    return place if place.endswith(_TOWN_ENDS) and place not in _TOWN_ENDS else ""


def in_town(org: str, town: str, villages: dict[str, str] | None = None) -> str:
    """A village's organ named without its town, in the town the article writes it with (``villages``:
    长乐中路街道康乐社区 named earlier → 长乐中路街道 + 康乐社区党委), else in ``town`` (the town the article named last
    before it: 三里畈镇 + 鲤鱼山村党支部); any other ``org`` as it is."""
    if not _VILLAGE_ORGAN_RE.fullmatch(org):
        return org
    own = next((t for v, t in (villages or {}).items() if org.startswith(v)), "")
    return (own or town) + org


#: A village written after its town where the text names places (…来到长乐中路街道康乐社区和…).
_NAMED_VILLAGE_RE = re.compile(
    r"(?:^|(?<=[，。、；在到赴的\n]))(?![在到赴的])([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木))([\u4e00-\u9fff]{1,6}?(?:村|社区|嘎查))"
)


def named_villages(text: str) -> dict[str, str]:
    """Each village or community ``text`` writes after its town (长乐中路街道康乐社区 → {康乐社区: 长乐中路街道}); one
    written after two towns is neither's."""
    out: dict[str, str] = {}
    for m in _NAMED_VILLAGE_RE.finditer(text):
        town, village = m.groups()
        out[village] = town if out.get(village, town) == town else ""
    return {v: t for v, t in out.items() if t}


#: A town or village named as a place in the sentence (11月的沙江镇，… / 在柘林镇，… / 在周楼村，…): what a bare 镇党委 or
#: 村党支部 after it is of.
_TOWN_PLACE_RE = re.compile(
    r"(?:^|(?<=[，。、在到赴的]))(?![在到赴的])([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木|村|社区|嘎查))(?=[，、的])"
)
#: How far back in its sentence a chain looks for that town.
_TOWN_REACH = 120
#: A paragraph or sentence that opens with its town or village (在熊口镇，…), and how far back its bare organs look for it.
_PARAGRAPH_TOWN_RE = re.compile(r"(?:^|(?<=[。；\n]))在([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木|村|社区))[，,]")
_PARAGRAPH_REACH = 300


def towns_before(text: str, after: int, start: int) -> list[str]:
    """The towns the sentence names as places before ``start``, after the chain before it ended (``after``) and
    at most :data:`_TOWN_REACH` letters back."""
    lo = max(0, after, start - _TOWN_REACH)
    lo = max([lo] + [text.rfind(c, lo, start) + 1 for c in "。！？"])
    found = [t for m in _TOWN_PLACE_RE.finditer(text, lo, start) for t in _town_and_village(m.group(1))]
    if not found:  # 在熊口镇，某某走进…。镇党委书记甲介绍: the town the paragraph opens with
        para = max(0, start - _PARAGRAPH_REACH, text.rfind("\n", 0, start) + 1)
        found = [m.group(1) for m in _PARAGRAPH_TOWN_RE.finditer(text, para, start)][-1:]
    return found


#: A village written after its town (清泉镇南关村): the town, then the village.
_TOWN_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木))([\u4e00-\u9fff]{1,6}(?:村|社区|嘎查))")


def _town_and_village(name: str) -> list[str]:
    """``清泉镇南关村`` → [清泉镇, 清泉镇南关村]: a bare 镇党委 after it is the town's, a bare 村党支部 the village's."""
    m = _TOWN_VILLAGE_RE.fullmatch(name)
    return [m.group(1), name] if m else [name]


def _last_named(towns: Iterable[str], word: str) -> str:
    """The last of ``towns`` (places the sentence named) that is a place of the bare ``word`` (镇, 村), else ''."""
    return next((t for t in reversed(list(towns)) if len(t) > len(word) and t.endswith(word)), "")


def sentence_town(word: str, sentence_orgs: list[str], towns: Iterable[str] = ()) -> str:
    """The town named as a place since the sentence's last chain (``towns``: 在柘林镇，镇党委书记…), else the town
    the sentence named last before an organ of it (濮院镇 of 濮院镇党委), for a bare town-level ``word`` (镇, 乡,
    街道); '' for any other word or when the sentence named none."""
    if word not in _TOWN_ENDS:
        return ""
    if named := _last_named(towns, word):
        return named  # named after the sentence's last chain: nearer than its organs
    for org in reversed(sentence_orgs):
        place = split_place(org)[0]
        if len(place) > len(word) and place.endswith(word):
            return place
    return ""


#: The words a village-level organ written bare opens with (村党支部, 村委会, 社区党委, 嘎查委员会).
_VILLAGE_WORDS = ("社区", "嘎查", "村")
#: A village named alone (周楼村): with a 书记 title it is its party branch (周楼村第一书记 → 周楼村党支部).
_VILLAGE_ONLY_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:村|嘎查)")


def sentence_village(raw: str, towns: Iterable[str]) -> str:
    """A village's organ written bare (村党支部, 村委会, 社区党委) of the village the sentence named as a place before
    it (``towns``: 在周楼村，村党支部书记、村委会主任某某介绍 → 周楼村党支部, 周楼村委会); else ``raw``."""
    if not nameless(raw):
        return raw
    word = next((w for w in _VILLAGE_WORDS if raw.startswith(w)), None)
    if word is None:
        return raw
    named = _last_named(towns, word)
    return named + raw[len(word):] if named else raw


def sent_to(raw: str) -> str:
    """The village a unit sends its cadre to (市人大常委会驻舒桥村 (第一书记) → 舒桥村), else ``raw``: the post is the
    village's, the unit that sends him holds none."""
    i = raw.rfind("驻")
    return raw[i + 1 :] if i >= 0 and _VILLAGE_ONLY_RE.fullmatch(raw, i + 1) else raw


def village_party(org: str, title: str) -> str:
    """A village named alone before a 书记 title is its party branch (县财政局选派的周楼村第一书记 → 周楼村党支部);
    any other ``org`` as it is."""
    return org + "党支部" if title.endswith("书记") and _VILLAGE_ONLY_RE.fullmatch(org) else org


def street_office(raw: str, sentence_orgs: list[str]) -> str:
    """A bare 办事处 after a street's organ in the sentence is that street's office (泉河街道工委书记甲、办事处主任乙 →
    泉河街道办事处); any other ``raw`` as it is."""
    if not raw.startswith("办事处"):
        return raw
    street = next((t for org in reversed(sentence_orgs) if (t := town_of(org)).endswith("街道")), "")
    return street + raw


#: The one village a headline goes to (到阜平县顾家台村开展帮扶调研, 到乡村振兴联系点勾蓝瑶村调研), after a verb of going
#: and the village's county or town; no 乡村振兴.
_HEADLINE_VILLAGE_RE = re.compile(
    r"(?:到|赴|走进|深入|联系点)(?:[\u4e00-\u9fff]{1,6}?[县镇乡])?([\u4e00-\u9fff]{2,4}?村)(?=[\u4e00-\u9fff])(?![振民级集委党两])")


def headline_village(headline: str) -> str:
    """The village ``headline`` goes to when it names exactly one (its bare 村 organs and 驻村 cadres are that
    village's), else ''."""
    found = set(_HEADLINE_VILLAGE_RE.findall(headline))
    return next(iter(found)) if len(found) == 1 else ""
