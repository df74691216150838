"""Split a document into articles: headlines, bodies and bylines.

Newspaper pages extracted from PDF run several articles together. The cues
are the genre's: ``本报讯`` opens a body, ``记者 X`` (with ``通讯员``, a
paper's name, ``文/图``) closes it, and headline lines are short lines with no
sentence punctuation. Headlines that the extraction moved away from their
article (to the end of the page, or after the previous byline) are attached
to the article whose text they share most with.

Splitting runs on the normalised text, whose lines are still those of the
file; each block is then cleaned on its own and the blocks are concatenated,
one per line, into ``Document.clean`` with the offset map kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import chrome as CH
from . import clean as C
from .article_boxes import DAY, box_openings, digest_items
from .article_credits import credits_around
from .model import Article, Document, Mention, Offsets
from .resources import alternation, words

_NAME = r"[\u4e00-\u9fff]{2,4}"
#: A name in a credit, where spaces, colons and brackets delimit it: up to five letters (巴合提古丽), or a name in
#: transliteration with its dot (阿依达娜·赛力克).
_CREDIT_NAME = r"(?:[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,5})"
_SEP = r"[ ]+"
#: After a role: spaces, or a colon (记者：某某 通讯员：某某).
_ROLE_SEP = r"(?:[：:][ ]*|[ ]+)"
_ROLE = f"(?:{alternation('byline_roles.txt')})"
_OUTLET = rf"[\u4e00-\u9fff]{{1,8}}(?:{alternation('byline_affiliation_ends.txt')})"
#: An outlet, or two joined by a dot (``周口日报·新周口客户端``, ``新甘肃·甘肃日报``).
_AFFIL = rf"(?:[\u4e00-\u9fff]{{2,6}}·)?{_OUTLET}"
_CREDIT = f"(?:{alternation('byline_credits.txt')})"
#: A role, or a role with its outlet glued on (``洞口县融媒体中心记者``, ``河南日报记者``), or an outlet alone.
_ROLE_AT = rf"(?:(?:{_AFFIL}|[A-Z]{{2,5}})?{_ROLE}|{_AFFIL})"
_ROLE_END_RE = re.compile(rf"(?:{_ROLE})$")
_GROUP = rf"{_ROLE_AT}{_SEP}{_NAME}(?:{_SEP}(?!{_ROLE_AT}{_SEP}){_NAME})*"
BYLINE_RE = re.compile(
    rf"(?:^|(?<=[。！？”）]))[ ]*(?P<byline>(?:[■□●◆◇][ ]*)?{_GROUP}(?:(?:{_SEP}|[ ]*\n[ ]*){_GROUP})*(?:{_SEP}{_CREDIT})?)"
    r"(?:[ ]*(?=\n|$)|[ ]+(?=\d{1,2}月\d{1,2}日))",  # its line's end, or the lead's day on its line (…记者 甲 乙　3月22日)
    re.M,
)
BYLINE_TOKEN_RE = re.compile(rf"(?P<role>{_ROLE_AT})(?={_ROLE_SEP})|(?P<credit>{_CREDIT})$|(?P<name>{_CREDIT_NAME})")
#: ``本报讯``, ``本报消息``, dated (``本报4月17日讯``, ``本报2月3日电``), a city's (``本报南昌讯``, ``本报西宁8月2日电``);
#: a paper's name opening a line (``湖北日报讯（记者 某某）``: a provincial paper's items, one after another).
OPENING_RE = re.compile(rf"{alternation('article_openings.txt')}|本报[\u4e00-\u9fff\d]{{0,9}}?[讯电]|(?:^|(?<=\n))"
                        r"[ ]*[\u4e00-\u9fff]{2,6}?(?:日报|晚报|新闻网)[\u4e00-\u9fff\d]{0,9}?[讯电](?=[（(\s])")
#: A credit in brackets in a body (``本报讯（记者 温嘉禾 通讯员 蒋一帆）``, ``（文/图 区融媒体中心 魏晨）``): a byline.
#: A name before a colon is no credit's (编辑：…: an editor's); a role's group may follow another's after 、.
CREDIT_RE = re.compile(
    rf"（(?:来源：)?(?P<credit>(?:{_CREDIT}{_SEP})?{_ROLE_AT}{_ROLE_SEP}{_CREDIT_NAME}"
    rf"(?:{_ROLE_SEP}(?:{_ROLE_AT}|{_CREDIT_NAME}(?![：:]))|[ ]*、[ ]*{_ROLE_AT})*(?:{_SEP}{_CREDIT})?)）"
)
#: Words a credit may end with that are no names.
_CREDIT_WORDS = frozenset(words("credit_non_names.txt"))
_UNIT_ENDS = tuple(words("credit_unit_ends.txt"))
_SENTENCE_PUNCT = re.compile(r"[。，；！？：]")
#: A headline's title and subtitle parted by a colon (``某某调研项目建设：盯紧时间节点``): words on both sides, no other
#: sentence punctuation, no digit (``会议时间：5月9日上午`` is the body's).
_TITLE_COLON_RE = re.compile(r"^[\u4e00-\u9fff“”《》、（） ]{3,}：[^。，；！？：\d]{4,}$")
#: A headline with a cry in it (``总投资86.5亿元！…集中开工``): words on both sides of one ！ or ？, no comma or stop.
_TITLE_CRY_RE = re.compile(r"^[^。，；！？：]{4,}[！？][^。，；！？：]{4,}[！？]?$")
_TITLE_BAR_RE = re.compile(r"^[^。；！？：丨|]{2,16}[丨|][^。；！？丨|]{2,30}$")  # 回眸2023丨这一年，我们这样走过
_TITLE_FORMS = (_TITLE_COLON_RE, _TITLE_CRY_RE, _TITLE_BAR_RE)  # headlines with sentence punctuation


@dataclass
class _Block:
    kind: str  # headline, body, byline, or a chrome kind (stamp, breadcrumb …) when article is -1
    start: int  # normalised offsets
    end: int
    article: int = -1  # index into the body list


@dataclass
class _Body:
    start: int
    end: int
    byline: tuple[int, int] | None = None
    headlines: list[tuple[int, int]] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as stripped offset pairs."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_headline(line: str) -> bool:
    """A headline line: short, no sentence punctuation, no article opening, not wholly in brackets (a document's note,
    ``（2022年8月30日…第五次会议通过）``, is its body's first line), no 班子 page's entry (局长、党组书记 戴某民)."""
    compact = line.replace(" ", "")
    return (
        4 <= len(compact) <= 64
        and not (compact.startswith("（") and compact.endswith("）"))
        and (not _SENTENCE_PUNCT.search(compact) or any(r.match(compact) for r in _TITLE_FORMS) or _place_title(compact))
        and not OPENING_RE.match(compact) and not C.roster_line(line)
    )


#: A headline opened by its place's short name and a colon (``泸州：高新区医药产业园三期投产``, an item of a paper's
#: page of places' news); two letters that are no place (``地点：县政府三楼``) open a body line.
_PLACE_COLON_RE = re.compile(r"^([\u4e00-\u9fff]{2})：[^。，；！？：\d]{4,}$")


def _place_title(compact: str) -> bool:
    from .gazetteer import gazetteer

    gaz = gazetteer()
    return (m := _PLACE_COLON_RE.match(compact)) is not None and (m[1] in gaz.by_short or m[1] in gaz.county_short)


def _is_column_layout(text: str) -> bool:
    """PDF text in narrow newspaper columns: most of the text is in short lines (counted by characters, so that a
    page's short side lines, such as a box of phone numbers under one long paragraph, make no column layout)."""
    lengths = sorted(len(line.replace(" ", "")) for line in text.split("\n") if line.strip())
    half, total = sum(lengths) / 2, 0
    for n in lengths:
        total += n
        if total >= half:
            return n <= 20
    return False


_NON_CJK_RE = re.compile(r"[^\u4e00-\u9fff]")


def _bigrams(text: str) -> set[str]:
    t = _NON_CJK_RE.sub("", text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


_DAY_OPENING_RE = re.compile(DAY + "|(?:连日来|近日|日前)，")  # a body line that opens with its day (11月25日下午，…)


def _headed_days(norm: str, lines: list[tuple[int, int]], first: int) -> list[int]:
    """Where the further articles of a digest page start: a body line that opens with its day right below a
    headline line that follows body text (``…开幕式。`` / ``★霍振江调研食品安全工作`` / ``11月25日上午，…``).
    ``first`` is the index of the first body line. A chronicle's entries (``★4月3日　旗委…``) have no headline
    line between them and stay one article."""
    out = []
    for k in range(first + 2, len(lines)):
        s, e = lines[k]
        ps, pe = lines[k - 1]
        if _DAY_OPENING_RE.match(norm, s) and _is_headline(norm[ps:pe]) and not _is_headline(norm[s:e]):
            out.append(s)
    return out


#: An article's closing credit alone on its line: ``（吉雨桐）``, ``（记者 王某）``.
_CLOSING_CREDIT_RE = re.compile(r"[（(][\u4e00-\u9fff·、 ]{2,16}[）)]")


def _after_credits(norm: str, lines: list[tuple[int, int]]) -> list[int]:
    """Where another article starts on a page whose next piece has no opening (a photo story under a report):
    the first body line after one or two headline lines that follow an article's closing credit line."""
    out = []
    for k, (s, e) in enumerate(lines[:-2]):
        if not _CLOSING_CREDIT_RE.fullmatch(norm, s, e):
            continue
        heads = k + 1
        while heads < len(lines) and heads - k <= 2 and _is_headline(norm[lines[heads][0] : lines[heads][1]]):
            heads += 1
        if heads > k + 1 and heads < len(lines):
            out.append(lines[heads][0])
    return out


def split(norm: str) -> list[_Body]:
    """Find article bodies, bylines and headline lines in normalised text."""
    column = _is_column_layout(norm)
    bodies: list[_Body] = []
    loose: list[tuple[tuple[int, int], int | None]] = []  # (line, previous body index)
    bylines = [m.span("byline") for m in BYLINE_RE.finditer(norm)]
    chunks = [(pos_s, b) for pos_s, b in zip([0] + [e for _, e in bylines], bylines, strict=False)]
    chunks.append((bylines[-1][1] if bylines else 0, None))
    above: tuple[int, int] | None = None
    previous: tuple[int, int] | None = None  # the byline that ends the chunk before
    for chunk_start, byline in chunks:
        chunk_end = byline[0] if byline else len(norm)
        if previous and not bodies:
            above = previous  # the chunks before left no body: a byline under the headline, above the first body
        previous = byline
        openings = [chunk_start + m.start() for m in OPENING_RE.finditer(norm[chunk_start:chunk_end])]
        lines = _lines(norm, chunk_start, chunk_end)
        if not lines:
            continue
        if not openings:
            if byline is None and all(_is_headline(norm[s:e]) for s, e in lines):
                loose.extend((ln, len(bodies) - 1 if bodies else None) for ln in lines)
                continue
            lead = []
            if not column:
                for s, e in lines:
                    if not _is_headline(norm[s:e]):
                        break
                    lead.append((s, e))
            if len(lead) == len(lines):
                loose.extend((ln, len(bodies) - 1 if bodies else None) for ln in lines)
                continue
            body_start = lines[len(lead)][0]
            loose.extend((ln, len(bodies) - 1 if bodies else None) for ln in lead)
            openings = [body_start] + ([] if column else _headed_days(norm, lines, len(lead))
                                       or digest_items(norm, lines, len(lead)))
        else:
            before = [ln for ln in lines if ln[1] <= openings[0]]
            # 图片新闻 / 5月15日，副市长某某到…。 / 本报讯…: a dated item of its own before the first 本报讯
            lead = next((k for k, (s, e) in enumerate(before) if _DATED_ITEM_RE.match(norm, s, e)
                         or _INDENTED_DAY_RE.match(norm, max(0, s - 2), e)), len(before))
            if lead < len(before) and (not column or _INDENTED_DAY_RE.match(norm, max(0, before[lead][0] - 2))):
                openings = [before[lead][0], *openings]
            loose.extend((ln, len(bodies) - 1 if bodies else None) for ln in before[:lead])
        if later := [p for p in _after_credits(norm, lines) + box_openings(norm, lines) if p > openings[0]]:
            openings = sorted(set(openings) | set(later))  # a photo story under a credit; a box's items
        for i, op in enumerate(openings):
            nxt = openings[i + 1] if i + 1 < len(openings) else chunk_end
            body_lines = [ln for ln in _lines(norm, op, nxt)]
            # Headline lines just before the next opening belong to the next article.
            tail: list[tuple[int, int]] = []
            if i + 1 < len(openings):
                while body_lines and _is_headline(norm[body_lines[-1][0] : body_lines[-1][1]]):
                    tail.insert(0, body_lines.pop())
            if not body_lines:
                continue
            bodies.append(_Body(body_lines[0][0], body_lines[-1][1]))
            loose.extend((ln, len(bodies) - 1) for ln in tail)
        if byline and bodies:
            bodies[-1].byline = byline
    if above and bodies and bodies[0].byline is None:
        bodies[0].byline = above
    _attach_headlines(norm, bodies, loose)
    return bodies


_ENTRY_MARKS = "★☆●◆■ "
#: A line that is a short item's whole text: its day, then sentences (5月15日，副市长某某到经开区督导…。).
_DATED_ITEM_RE = re.compile(r"[ ]*\d{1,2}月\d{1,2}日[^\n]{20,}。")
#: A paragraph indented, opening with its day (``　　9月15日，…``), before an item that opens with 本报讯: the body of an
#: item of its own, under a byline with no 本报讯 (本报记者 某某 on a paper's PDF page).
_INDENTED_DAY_RE = re.compile(r"[ ]{2}\d{1,2}月\d{1,2}日[，,]")


def _attach_headlines(norm: str, bodies: list[_Body], loose: list[tuple[tuple[int, int], int | None]]) -> None:
    """Give each headline line to the neighbouring (or, at the end, any) body it shares most with."""
    if not bodies:
        return
    stripped: dict[int, str] = {}  # a body's CJK letters, made when a line is weighed against it

    def shared(line: set[str], i: int) -> int:
        """How many of the line's bigrams the body has (CJK letters only, as :func:`_bigrams` reads it)."""
        if i not in stripped:
            stripped[i] = _NON_CJK_RE.sub("", norm[bodies[i].start : bodies[i].end])
        return sum(1 for g in line if g in stripped[i])

    starts = [b.start for b in bodies]  # in text order, as split() makes them
    for (s, e), prev in loose:
        line = _bigrams(norm[s:e])
        nxt = bisect_left(starts, e)  # the first body starting at or after the line
        nxt = nxt if nxt < len(bodies) else None
        if nxt is None:  # trailing block: any article
            choices = list(range(len(bodies)))
        else:
            choices = [i for i in (prev, nxt) if i is not None]
        best = choices[0] if len(choices) == 1 else max(choices, key=lambda i: (shared(line, i), i == nxt))
        while s < e and norm[s] in _ENTRY_MARKS:  # ★柴文博调研…: the entry's mark is no part of its headline
            s += 1
        bodies[best].headlines.append((s, e))


def _credit_reporters(body: str, base: int) -> list[Mention]:
    """Reporters named in a bracketed credit of the body (``本报讯（记者 X 通讯员 Y）``)."""
    out = []
    for m in CREDIT_RE.finditer(body):
        credit = m.group("credit")
        tokens = credit.split(" ")
        if tokens and tokens[0] in ("文/图", "图/文", "文", "图", "摄", "摄影"):
            credit = credit[len(tokens[0]) :]
        start = m.end("credit") - len(credit)
        out.extend(r for r in _reporters(credit, base + start) if r.text not in _CREDIT_WORDS)
    return out


def _reporters(byline: str, base: int) -> list[Mention]:
    out = []
    role = "记者"
    for m in BYLINE_TOKEN_RE.finditer(byline):
        if m.group("role"):
            role = m.group("role")
            if (end := _ROLE_END_RE.search(role)) is not None:
                role = end.group()  # 洞口县融媒体中心记者 → 记者
            elif role.endswith(("报", "台", "网", "社", "中心")) and role not in ("本报记者",):
                role = f"affiliation:{role}"
        elif m.group("name") and not (role == "通讯员" and len(m.group("name")) <= 3
                                      and m.group("name").endswith(_UNIT_ENDS)):  # 通讯员 江宣: a unit's pen name
            out.append(Mention(m.group("name"), base + m.start("name"), base + m.end("name"), role))
    return out


def segment(doc: Document) -> list[Article]:
    """Fill ``doc.clean`` / ``doc.offsets`` and return the document's articles."""
    from .convert import looks_traditional

    doc.traditional = looks_traditional(doc.raw)
    norm = C.run(C.MappedText.of(doc.raw), C.NORMALIZE)
    chrome = CH.find(norm.text)
    page = norm  # chrome lines are read from the page as it is
    if chrome:  # elsewhere they are spaces: no body, headline or byline takes them
        norm = C.MappedText(CH.blank(norm.text, chrome), norm.offsets)
    bodies = split(norm.text)
    # A chrome line inside a body (``0>0`` among PDF column lines) stays blank there: placed apart, it would put the
    # clean text's offsets out of order.
    starts = [b.start for b in bodies]
    blocks: list[_Block] = []
    inner: list[str] = []
    for c in chrome:
        if (i := bisect_left(starts, c.start) - 1) < 0 or bodies[i].end < c.end:
            blocks.append(_Block(c.kind, c.start, c.end))
        elif c.kind == "stamp":
            inner.append(page.text[c.start : c.end].strip())
    doc.inner_stamps = tuple(inner)
    for i, b in enumerate(bodies):
        blocks.append(_Block("body", b.start, b.end, i))
        if b.byline:
            blocks.append(_Block("byline", *b.byline, i))
        blocks.extend(_Block("headline", s, e, i) for s, e in b.headlines)
    blocks.sort(key=lambda blk: blk.start)

    parts: list[str] = []
    offsets: list[int] = []
    placed: list[tuple[_Block, int, int]] = []
    length = 0  # of the clean text so far (not summed again for every block)
    for blk in blocks:
        source = page if blk.article < 0 else norm
        piece = C.MappedText(source.text[blk.start : blk.end], source.offsets[blk.start : blk.end + 1])
        steps = {"byline": C.CLEAN_BYLINE, "body": C.CLEAN_BODY}.get(blk.kind, C.CLEAN_BLOCK)
        cleaned = C.run(piece, steps)
        if not cleaned.text:
            continue
        if parts:
            parts.append("\n")
            offsets.append(cleaned.offsets[0])
            length += 1
        start = length
        length += len(cleaned.text)
        parts.append(cleaned.text)
        offsets.extend(cleaned.offsets[:-1])
        placed.append((blk, start, start + len(cleaned.text)))
    doc.clean = "".join(parts)
    offsets.append(len(doc.raw) if not placed else norm.offsets[-1])
    doc.offsets = Offsets(offsets)  # runs: a few kilobytes a page instead of four bytes a letter
    doc.chrome = tuple(Mention(doc.clean[s:e], s, e, blk.kind) for blk, s, e in placed if blk.article < 0)

    articles = []
    by_body: dict[int, list[tuple[_Block, int, int]]] = {}  # each body's blocks, in one pass
    for blk, s, e in placed:
        by_body.setdefault(blk.article, []).append((blk, s, e))
    for i, _b in enumerate(bodies):
        mine = by_body.get(i, [])
        body = next(((s, e) for blk, s, e in mine if blk.kind == "body"), None)
        if body is None:
            continue
        heads = tuple((s, e) for blk, s, e in mine if blk.kind == "headline")
        reporters: list[Mention] = []
        for blk, s, e in mine:
            if blk.kind == "byline":
                reporters.extend(_reporters(doc.clean[s:e], s))
        reporters.extend(_credit_reporters(doc.clean[body[0] : body[1]], body[0]))
        articles.append(
            Article(
                doc_id=doc.id,
                index=len(articles) + 1,
                start=body[0],
                end=body[1],
                text=doc.clean[body[0] : body[1]],
                headline=" / ".join(doc.clean[s:e] for s, e in heads),
                headline_spans=heads,
                reporters=tuple(reporters),
            )
        )
    return credits_around(doc, articles, _reporters)


__all__ = ["segment", "split", "BYLINE_RE", "alternation"]
