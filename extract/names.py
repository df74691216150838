"""Where a person's name starts and ends after a title: ``区委书记王振和主持`` → 王振和.

The genre writes no space around names: a name is a surname (``surnames.txt``) and one or two more
characters, ended by a follower word (``name_followers.txt``: 主持, 强调, 一行 …), punctuation, or a name
already known in the document; compound surnames allow three or four characters.
"""

from __future__ import annotations

import re
from functools import cache

from .gazetteer import gazetteer
from .official_words import is_cjk as _is_cjk
from .official_words import lexicon as _lex
from .official_words import starts_with as _starts_with
from .segment import jieba_ready, lcut

_CLAUSE_MARKS = "，。、；：！？）”,.;:!?)\n"
#: A two-character dictionary word this frequent (and not tagged as a person name) is not a name.
_COMMON_WORD_FREQ = 100
#: The longest name a known name can be (a surname of two and a given name of two make 4; room for more).
_LONGEST_NAME = 8
#: The word that closes a list of names (王某、李某等).
_PLURAL = "等"


#: A transliterated name (Uyghur, Mongolian, foreign): parts joined by a middle dot.
_GOES_TO_PLACE_RE = re.compile(r"(?:到|赴|在|来到)[\u4e00-\u9fff]{1,6}?[县市区镇乡旗州]")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,2}")


def cue_after(text: str, pos: int) -> str:
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


def looks_like_word(name: str) -> bool:
    """A common dictionary word that is not a person name (``单位``, ``代表``)."""
    freq, tag = _word_info(name)
    return freq >= _COMMON_WORD_FREQ and not tag.startswith("nr")


#: How often a word of two letters must be met for a new name opening with it to be read as that word instead
#: (支持新任…: 支持, not a 支 named 持新).
_OPENING_WORD_FREQ = 3000


def _opens_with_word(text: str, pos: int, surname: str) -> bool:
    """Does a new name at ``pos`` open with a frequent word that is no name (支持, 解决, 金融, 左右)?"""
    if len(surname) != 1:
        return False
    freq, tag = _word_info(text[pos : pos + 2])
    return freq >= _OPENING_WORD_FREQ and not tag.startswith("nr")


#: Counters after an ordinal (第五批, 第五届, 第五次): 第五 there is no compound surname.
_COUNTERS = frozenset("批届次期个号轮组季")


def name_at(text: str, pos: int, known: set[str], strict: bool = False) -> int:
    """Length of the person name starting at ``text[pos]``, or 0.

    Known names win; then the shortest length after which a follower word or
    punctuation comes (2 before 3); compound surnames allow 3–4 characters.
    Without ``strict`` a name with no cue after it takes jieba's first word.
    """
    lx = _lex()
    surname = _starts_with(text, pos, lx["surnames"])
    # 艾尔肯·吐尔逊, 买买提江·吾守尔: a name in transliteration, parts joined by a middle dot (no Han surname needed)
    dotted = _DOTTED.match(text, pos)
    first_part = re.split("[·•・‧]", text[pos : dotted.end()])[0] if dotted else ""
    if dotted and not any(t in first_part for t in _lex()["titles"] if len(t) >= 2) and not (  # 县长叶尔兰·…: a title
            _verb_part(text[pos : dotted.end()])):  # 代表进站·接待选民: an activity's name, no person's
        last = max(text.rfind(d, pos, dotted.end()) for d in "·•・‧") + 1  # the last part, ended by a cue
        cues = [(end, "strong" if _GOES_TO_PLACE_RE.match(text, end) else cue)  # 艾某·托合提到皮山县: 到 + a place
                for end in range(last + 1, dotted.end() + 1) if (cue := cue_after(text, end))]
        strong = [end for end, cue in cues if cue == "strong"]  # 阿迪力·麦麦提出席: 提出 and 出席 both cue, the later
        if len(strong) > 1 and strong[1] == strong[0] + 1 and _follower_end(text, strong[0]) < _follower_end(
                text, strong[1]):
            return strong[1] - pos  # runs further: the name ends before it (not 吐尔逊|作交流发言)
        if cues:  # a strong cue first: 热合曼·阿布都拉，… is not cut at 都 (a weak one)
            return next(iter(strong), cues[0][0]) - pos
    if not surname or surname == "第五" and text[pos + 2 : pos + 3] in _COUNTERS:
        return 0  # 代表第五批援青干部: an ordinal, no 第五 named 批
    for n in range(min(_LONGEST_NAME, len(text) - pos), 0, -1):  # a few look-ups, not a pass over every name
        if text[pos : pos + n] in known:
            return n
    lengths = (3, 4) if len(surname) == 2 else (2, 3)
    cues = []
    for n in lengths:
        cand = text[pos : pos + n]
        ok = len(cand) == n and all(_is_cjk(c) for c in cand)
        cues.append(cue_after(text, pos + n) if ok else "")
    # The shorter name wins unless only a one-character word follows it and a clear cue follows the longer one
    # (王振和主持: 和 is the name's last character; 花磊以“…”为主题: 以 is the preposition).
    # 邢丽等出席: 等 closes a list of names, never ends one.
    plural = text[pos + lengths[0] : pos + lengths[0] + 1] == _PLURAL
    # 甄永和率…: a 和 that a follower comes right after is the name's last character, no conjunction
    and_ends = text[pos + lengths[0] : pos + lengths[0] + 1] == "和" and cues[1] == "weak"
    # 仝某新、辛可为等出席: a list's 等 right after the longer name closes it (为 is no cue there)
    and_ends |= cues[0] == "weak" and bool(cues[1]) and text[pos + lengths[1] : pos + lengths[1] + 1] == _PLURAL
    if not and_ends and (cues[0] == "strong" or (cues[0] == "weak" and (cues[1] != "strong" or plural))):
        n = lengths[0]
    elif cues[1]:
        n = lengths[1]
    else:
        n = 0
    if len(surname) == 1 and (not n or text[pos + n : pos + n + 1] == "和"):
        n = _transliterated(text, pos) or n  # 苏亚拉图到…; 巴图孟和介绍: no 巴图孟 before 和
    if n:
        cand = text[pos : pos + n]
        # a follower right after the surname's letters leaves no given name (负责同志应|一同参加)
        if (looks_like_word(cand) or lx["non_names"] & {cand, cand[:2]} or _opens_with_word(text, pos, surname)
                or _title_after(text, pos + len(surname)) or cue_after(text, pos + len(surname)) == "strong"):
            return 0
        return 0 if _division_follows(text, pos, n) else n
    if strict:
        return 0
    window = text[pos : pos + 8]
    first = next(iter(lcut(window, hmm=True)), "")
    n = len(first) if len(first) in lengths else lengths[0]
    cand = text[pos : pos + n]
    if len(cand) < n or not all(_is_cjk(c) for c in cand) or looks_like_word(cand) or _division_follows(text, pos, n):
        return 0
    if lx["non_names"] & {cand, cand[:2]} or _title_after(text, pos + 1):
        return 0
    return n


def _follower_end(text: str, pos: int) -> int:
    """Where the longest follower word at ``pos`` ends (``pos`` when none)."""
    return pos + len(_starts_with(text, pos, _lex()["followers"]))


def _title_after(text: str, pos: int) -> bool:
    """Does a title open right after a surname's letter (县委书记任组长, 县长任副组长: the verb 任, no name)?"""
    return len(_starts_with(text, pos + (text[pos : pos + 1] == "副"), _lex()["titles"])) > 1


def _division_follows(text: str, pos: int, n: int) -> bool:
    """Do the name's letters and the level letter after them make a division (代表万源市委: 万源市, no 万源)?"""
    return text[pos + n : pos + n + 1] in "市县区旗" and text[pos : pos + n + 1] in gazetteer().by_name


#: How often a word inside a name of four letters or more must be met to make it no name (拉姆: 193, a syllable;
#: 助理: 1282, a word).
_LONG_NAME_WORD_FREQ = 500
#: The longest name in transliteration read without a middle dot (宝音德力格尔).
_LONGEST_TRANSLITERATED = 6
#: One-letter words that end such a name as well as a follower does (苏亚拉图到…, 苏亚拉图在…).
_TRANSLITERATED_ENDS = frozenset("到赴在来向对就与为率")
#: Letters no such name holds: they end a Han name of two or three letters (钮春燕到…, 莘丽君等…, 许国梁作为…).
_NOT_INSIDE = _TRANSLITERATED_ENDS | frozenset("等作是将把被从也都说率带同")
#: One-letter verbs that also end Mongolian and Yi names (乌日根达来, 阿来): read so when a clear cue follows them.
_NAME_END_VERBS = frozenset("来")


def _holds_word(cand: str, inside: int, last: int) -> bool:
    """Does ``cand`` hold a dictionary word of two letters or more, no name or place, met at least ``inside`` times
    (``last`` times for the word it ends with)?"""
    tokens = lcut(cand)
    return any(len(t) >= 2 and (w := _word_info(t))[0] >= (last if i == len(tokens) - 1 else inside)
               and not w[1].startswith(("nr", "ns")) for i, t in enumerate(tokens))


def _transliterated(text: str, pos: int) -> int:
    """Length of a name in transliteration that opens with a surname's letter (苏亚拉图, 巴图孟和, 宝音德力格尔), or 0:
    four to six letters ended by a clear cue (苏亚拉图到…, 巴图孟和介绍), no common word of two letters or more and no
    title inside. Tried only when no cue ends a name of two or three letters there."""
    for n in range(4, _LONGEST_TRANSLITERATED + 1):
        cand, strong = text[pos : pos + n], cue_after(text, pos + n) == "strong"
        inside = _NOT_INSIDE & set(cand[1:] if not strong else cand[1:-1])  # 乌日根达来|汇报: 来 may end a name
        if text[pos + n : pos + n + 1] in "、，。；" and inside == {"来"}:
            inside = set()  # 海来木呷、: a Yi name's 来, a list's mark after it
        if len(cand) < n or not all(_is_cjk(c) for c in cand) or inside:
            return 0  # 钮春燕到, 莘丽君等: a name and the word after it
        if not strong and n < _LONGEST_TRANSLITERATED and cue_after(text, pos + n + 1) == "strong" and (
                text[pos + n : pos + n + 1] in _NAME_END_VERBS):
            continue  # 乌日根达|来|汇报: 来 is the name's last letter, 汇报 the verb
        if strong or text[pos + n : pos + n + 1] in _TRANSLITERATED_ENDS:
            # 阿约莫色: 约莫 (met 296 times) inside is a syllable; a word at the end is the verb after a name
            # (褚文涛座谈: 座谈 ends no name); 索朗白珍|等出席: a list's 等 closes the name before it
            if cand[-1] == _PLURAL:
                n -= 1
            return 0 if _word_or_title_inside(cand[:n]) else n
    return 0


def _names_from(text: str, pos: int, known: set[str], first: int = 0) -> list[tuple[int, int]]:
    """The name at ``pos`` (of ``first`` letters when the caller has read it) and any more joined to it by ``、``."""
    n = first or name_at(text, pos, known)
    if not n:
        return []
    spans = [(pos, pos + n)]
    end = pos + n
    while end < len(text) and text[end] == "、":
        m = name_at(text, end + 1, known, strict=True) or _between_names(text, end + 1, known) or _listed_long(text, end + 1)
        if not m:
            break
        spans.append((end + 1, end + 1 + m))
        end = end + 1 + m
    return spans


def _between_names(text: str, pos: int, known: set[str]) -> int:
    """3 when ``text[pos:]`` is three letters between two ``、`` of a list of names, the next one a name (市委常委甲、
    乙、相玉梅、郁某: a surname the list leaves out for being a common word, 相, 和, 都), else 0."""
    item = text[pos : pos + 3]
    if (len(item) == 3 and all(_is_cjk(c) for c in item) and item[0] not in _NOT_NAME_START
            and text[pos + 3 : pos + 4] == "、" and name_at(text, pos + 4, known, strict=True)):
        return 3
    return 0


def _listed_long(text: str, pos: int) -> int:
    """The length of a name in transliteration listed after ``、`` whatever its first letter (副旗长甲、其木格图雅、邰某亮;
    副盟长甲、额尔敦巴图，): four to six letters up to the list's next mark, no common word or title inside, else 0."""
    m = _LISTED_LONG_RE.match(text, pos)
    if m is None or m.group()[0] in _NOT_NAME_START:
        return 0
    return 0 if _word_or_title_inside(m.group()) else len(m.group())


def _word_or_title_inside(cand: str) -> bool:
    """Does a long name in transliteration hold a common word or a title (no name: 某某座谈, 局长某)?"""
    return _holds_word(cand, _LONG_NAME_WORD_FREQ, _COMMON_WORD_FREQ // 2) or any(
        t in cand for t in _lex()["titles"] if len(t) >= 2)


_LISTED_LONG_RE = re.compile(r"[\u4e00-\u9fff]{4,6}(?=[、，])")


#: Letters that never start a name: particles and the words that make an organ with a title (常委会, 委员们).
_NOT_NAME_START = "会们的等和及与在是为了对把被将向从要"


#: How often a given name of two letters may be met as a word and still be read as a given name (振华 69, 建华 342,
#: 春雨 121; 意见, 要求, 同意 are met thousands of times).
_GIVEN_NAME_WORD_FREQ = 1000


def _given_name_word(cand: str) -> bool:
    """Three letters whose first is a word of its own and whose last two are a rare word: a surname the list leaves
    out for being a common word (同, 都, 和, 那) and a given name that is also a word (同振华, 都兴华, 和建华, 那春雨)."""
    if len(cand) != 3 or lcut(cand)[0] != cand[0]:
        return False
    rest = cand[1:]  # 玉梅 of 和玉梅: a rare word, or two letters jieba leaves apart; never a title (和厂长)
    return (_word_info(rest)[0] < _GIVEN_NAME_WORD_FREQ and rest[-1] != "长"
            and not any(rest.endswith(t) for t in _lex()["titles"]))


def unlisted_name(text: str, pos: int, title: str) -> int:
    """Length of a name right after ``title`` whose surname the list lacks (县长庹建新, 盟委副书记宝音图,
    主任那仁满都拉, 州长角巴东知), or 0: two to six letters ended by a clear cue (punctuation, a follower word of two or more
    letters), no dictionary word of two or more letters inside, nothing that makes a word with the title."""
    if text[pos : pos + 1] in _NOT_NAME_START or _starts_with(text, pos, _lex()["followers"]):
        if _given_name_word(text[pos : pos + 3]) and cue_after(text, pos + 3) == "strong":
            return 3  # 县长同振华主持, 副县长和建华，: a surname that is also a word, a given name that is a rare one
        return 0  # 县长到韩寺镇调研: a verb, not a name
    if any(_word_info(title + text[pos : pos + k])[0] for k in (1, 2)):
        return 0  # 书记处, 主任委员: the title goes on as a word
    for n in range(2, _LONGEST_TRANSLITERATED + 1):
        cand = text[pos : pos + n]
        if len(cand) < n or not all(_is_cjk(c) for c in cand):
            return 0
        if cue_after(text, pos + n) == "strong" or (n >= 4 and text[pos + n : pos + n + 1] in _TRANSLITERATED_ENDS):
            # a Tibetan, Yi or Mongolian name of four letters or more (ended by a one-letter verb too: 格桑曲扎到…)
            # holds syllables that are also rare words (拉姆志玛, 角巴东知, 多吉才让): only a frequent word that is no
            # name makes it no name there
            floor = _COMMON_WORD_FREQ // 2 if n < 4 else _LONG_NAME_WORD_FREQ
            common = _holds_word(cand, floor, floor) and not _given_name_word(cand)
            titled = any(cand.endswith(t) for t in _lex()["titles"])  # 委员组组长: a title, not a name
            titled = titled or (n >= 4 and cand[-1] == "会")  # 第一书记述职评议会: a meeting, not a long name
            freq, tag = _word_info(cand)
            phrase = n >= 3 and freq > 0 and not tag.startswith("nr")  # 委员意见建议: a set phrase, however rare
            listed = bool(_lex()["non_names"] & {cand, cand[:2]})  # 院长接访日: a duty's word
            return 0 if common or titled or phrase or listed else n
    return 0


def name_ending_at(
    text: str, end: int, known: set[str], lengths: tuple[int, ...], is_name, openers: tuple[str, ...] = (),
) -> int:
    """Start of the person name that ends at ``end``, else -1: a name known in the document, else a new one of
    one of ``lengths`` (tried in that order) that opens its clause, or follows one of ``openers`` (宣布|张某同志任),
    and that ``is_name(start, length)`` accepts.
    For forms where the name comes before its cue (``韩振国同志任…``, ``王建军县长``)."""
    for n in range(min(_LONGEST_NAME, end), 1, -1):  # a few look-ups, not a pass over every known name
        if text[end - n : end] in known:
            return end - n
    for n in lengths:
        s = end - n
        if s >= 0 and (s == 0 or not _is_cjk(text[s - 1]) or text.endswith(openers, 0, s)) and is_name(s, n):
            return s
    return -1


def _verb_part(dotted: str) -> bool:
    """Does a part of a dotted phrase open with a common verb (进站·接待选民, 为民·办实事)? Names in transliteration
    do not (艾尔肯·吐尔逊, 阿依古丽·赛买提)."""
    from .phrases import word_count, word_tag

    return any(word_tag(part[:2]).startswith("v") and word_count(part[:2]) >= 300 for part in re.split("[·•・‧]", dotted))
