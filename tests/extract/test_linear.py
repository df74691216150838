"""Extraction stays linear on hostile shapes (issue 16 point 2).

Work is counted, not timed: the number of lines of newskg's own code executed (``sys.settrace``), which a
loop over every other candidate multiplies. Each shape runs at sizes n, 2n and 4n; the growth is the
work added by the second doubling over the work added by the first (fixed costs cancel): ~2 when linear,
~4 when quadratic, as the candidate × candidate checks these tests replaced were (3.1–3.8 on them).
"""

from __future__ import annotations

import random

import pytest
from newskg.extract import article_cuts, articles, known_names, meetings, officials, pipeline, places, projects
from newskg.extract.model import Article, ArticleFacts, Document
from newskg.extract.phrases import SpanIndex

from tests.workcount import growth

#: Doubling the input may at most multiply the added work by this (linear: ~2; quadratic: ~4).
GROWTH = 2.5


def _article(text: str) -> Article:
    return Article("doc", 1, 0, len(text), text)


def _names(n: int) -> list[str]:
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗", "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂"
    return [surnames[i // len(given) % len(surnames)] + given[i % len(given)] + "宇" for i in range(n)]


def chain(n: int) -> str:
    return "本报讯 " + "经开区党工委副书记、管委会主任张波，" * n + "出席会议。"


def zone_run(n: int) -> str:
    return "经开区" * n


def roster(n: int) -> str:
    return "经开区召开全体干部大会。" + "，".join(f"经开区党工委委员、管委会副主任{x}" for x in _names(n)) + "参加会议。"


def named_list(n: int) -> str:
    """Names after a group word, then each named again: every name is known, every later mention is bare."""
    people = _names(n)
    return "区领导" + "、".join(people) + "出席会议。" + "，".join(people) + "分别讲话。"


def project_list(n: int) -> str:
    return "区领导调研了" + "、".join(f"{x}智能装备产业园" for x in _names(n)) + "。"


def _run(*steps):
    """An extractor chain on one article of the given text."""

    def run(text: str) -> ArticleFacts:
        found = ArticleFacts(_article(text))
        for step in steps:
            step(found.article, found)
        return found

    return run


_officials = _run(officials.extract)
_places = _run(places.extract)
_officials_meetings = _run(officials.extract, meetings.extract)
_projects = _run(projects.extract)


# --- results on the hostile shapes (what is found, exactly) --------------------------------------------------


def test_zone_run_gives_one_place() -> None:
    """The first zone word is read as the modifier of the second; the bare zone words after it follow a
    modifier of their own, so none is a place by itself (places.py: no bare zone after a long modifier)."""
    found = _places(zone_run(500))
    assert [(p.name, p.kind, p.mention.start, p.mention.end) for p in found.places] == [
        ("经开区经开区", "development_zone", 0, 6),
    ]


def test_title_chain_repeated_gives_its_holdings_once() -> None:
    found = _officials(chain(200))
    assert sorted((h.person.text, h.org, h.title) for h in found.holdings) == [
        ("张波", "经开区党工委", "副书记"),
        ("张波", "经开区管委会", "主任"),
    ]
    assert len(found.persons) == 0


def test_titles_parted_by_commas_are_read_across_one_comma_only() -> None:
    """3,000 bare titles parted by commas before a name: the chain reads across the last comma only (it recursed
    through every comma and raised RecursionError)."""
    found = _officials("会议召开。" + "县长，" * 3000 + "县委书记王建军出席。")
    assert [(h.person.text, h.org, h.title) for h in found.holdings] == [
        ("王建军", "县政府", "县长"), ("王建军", "县委", "书记")]


def test_roster_every_official_and_every_attendee() -> None:
    found = _officials_meetings(roster(300))
    people = _names(300)
    assert [h.person.text for h in found.holdings if h.title == "副主任"] == people
    assert {h.org for h in found.holdings} == {"经开区党工委", "经开区管委会"}
    assert [(m.name, m.attendees) for m in found.meetings] == [("全体干部大会", tuple(people))]


def test_project_list_every_park() -> None:
    found = _projects(project_list(100))
    assert [p.name for p in found.projects] == [f"{x}智能装备产业园" for x in _names(100)]


# --- growth --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "fn", "make", "n"),
    [
        ("places: zone names in one line (inside)", _places, zone_run, 200),
        ("places: title chains (heads, taken spans)", _places, chain, 100),
        ("officials: named list, then bare mentions (known names, taken spans)", _officials, named_list, 100),
        ("meetings: roster attendees (clauses x names)", _officials_meetings, roster, 100),
        ("projects: one list of parks (inside, sentence lookup)", _projects, project_list, 100),
    ],
)
def test_extractor_work_grows_linearly(label: str, fn, make, n: int) -> None:
    assert growth(fn, make, n) <= GROWTH, label


def _segment(n: int) -> list[Article]:
    page = "".join(
        f"第{i}篇报道标题\n本报讯 经开区召开第{i}次会议，研究部署工作。\n记者 王伟 通讯员 李强\n" for i in range(n)
    )
    return articles.segment(Document("doc.txt", "doc.txt", page))


def test_segment_work_grows_linearly() -> None:
    arts = _segment(40)
    assert len(arts) == 40 and arts[5].headline == "第5篇报道标题"
    assert arts[5].text == "本报讯 经开区召开第5次会议，研究部署工作。"
    assert growth(_segment, lambda n: n, 100) <= GROWTH


# --- long articles ---------------------------------------------------------------------------------------------


def test_cut_long_at_sentence_ends_with_offsets_kept() -> None:
    text = "经开区召开会议。" * 10 + "研究部署" * 5
    doc_start = 7
    art = Article("doc", 1, doc_start, doc_start + len(text), text, headline="标题", reporters=())
    short = Article("doc", 2, 200, 210, "短文" * 5)
    pieces, notes = article_cuts.cut_long([art, short], limit=30)
    assert [p.text for p in pieces] == ["经开区召开会议。" * 3] * 3 + ["经开区召开会议。" + "研究部署" * 5, "短文" * 5]
    assert [p.index for p in pieces] == [1, 2, 3, 4, 5]
    assert [(p.start, p.end) for p in pieces][:2] == [(7, 31), (31, 55)]
    assert [p.headline for p in pieces] == ["标题", "", "", "", ""]
    whole = " " * doc_start + text
    assert all(whole[p.start : p.end] == p.text for p in pieces[:4])
    assert notes == ["doc: article 1 has no article boundary in 30 characters (100): read as 4 pieces cut at sentence ends"]


def test_cut_long_without_a_sentence_end_cuts_at_the_limit() -> None:
    pieces, notes = article_cuts.cut_long([_article("经开区" * 30)], limit=40)
    assert [(p.start, p.end) for p in pieces] == [(0, 40), (40, 80), (80, 90)]
    assert len(notes) == 1


def test_document_without_boundaries_is_cut_with_a_warning() -> None:
    text = "经开区党工委书记张波主持会议。" * 5_000  # 75,000 letters, one article
    res = pipeline.extract_document(Document("big.txt", "big.txt", text))
    assert len(res.articles) == 2
    assert res.warnings == [
        "big.txt: article 1 has no article boundary in 70,000 characters (75,000): read as 2 pieces cut at sentence ends"
    ]
    first, second = (a.article for a in res.articles)
    assert (first.start, first.end, second.start, second.end) == (0, 69_990, 69_990, 75_000)
    assert {h.person.text for a in res.articles for h in a.holdings} == {"张波"}


def _page_of_articles(n: int) -> Document:
    """``n`` short articles, each naming a new official: the names known grow with the page."""
    names = _names(n)
    return Document("p.txt", "p.txt", "".join(f"本报讯 经开区党工委书记{x}主持会议。\n" for x in names))


def test_known_names_come_from_a_window_of_recent_articles(monkeypatch) -> None:
    res = pipeline.extract_document(_page_of_articles(30))
    assert [len(a.known_names) for a in res.articles][:4] == [0, 1, 2, 3]
    monkeypatch.setattr(pipeline, "KNOWN_NAMES_WINDOW", 60)  # each article is 21 letters and a line break
    res = pipeline.extract_document(_page_of_articles(30))
    assert sorted(res.articles[10].known_names) == sorted(_names(30)[7:10])
    assert [h.person.text for a in res.articles for h in a.holdings] == _names(30)


def test_document_work_grows_linearly_with_its_articles(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "KNOWN_NAMES_WINDOW", 2_000)
    assert growth(pipeline.extract_document, _page_of_articles, 60) <= GROWTH


# --- the fast paths answer what the slow ones did ------------------------------------------------------------


def _brute(spans, a):
    return (
        any(s <= a[0] and a[1] <= e and (s, e) != a for s, e in spans),
        any(s <= a[0] and a[1] <= e for s, e in spans),
        any(a[0] < e and s < a[1] for s, e in spans),
        max([e for _, e in spans if e < a[0]], default=-1),
    )


def test_span_index_equals_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(400):
        spans = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 12)))]
        index = SpanIndex(spans)
        for _ in range(10):
            s = rng.randint(0, 34)
            a = (s, s + rng.randint(1, 6))
            assert (index.inside(a), index.within(a), index.overlaps(a), index.last_end_before(a[0])) == _brute(
                spans, a
            ), (spans, a)


def _leftmost_longest_reference(text: str, names: set[str]) -> list[tuple[int, int]]:
    hits = sorted((i, -len(n)) for n in names if n for i in range(len(text)) if text.startswith(n, i))
    out, last = [], 0
    for start, neg in hits:
        if start >= last:
            out.append((start, start - neg))
            last = start - neg
    return out


def test_leftmost_longest_equals_reference() -> None:
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("张王国际伟，") for _ in range(rng.randint(0, 40)))
        names = {"".join(rng.choice("张王国际伟") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 6))}
        assert known_names.leftmost_longest(text, names) == _leftmost_longest_reference(text, names), (text, names)


def test_leftmost_longest_with_many_first_letters_equals_reference() -> None:
    """Over :data:`known_names.FEW_LETTERS` first letters (a roster) the starts come from one compiled class."""
    letters = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何林高罗"
    rng = random.Random(5)
    many = 0
    for _ in range(200):
        text = "".join(rng.choice(letters + "国际，") for _ in range(rng.randint(0, 80)))
        names = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(20, 60))}
        many += len({n[0] for n in names}) > known_names.FEW_LETTERS
        assert known_names.leftmost_longest(text, names) == _leftmost_longest_reference(text, names), (text, names)
    assert many > 100


def _with_verbs_reference(text: str, names: list[str], verbs: tuple[str, ...]) -> tuple[str, ...]:
    import re

    out: list[str] = []
    for m in re.finditer("|".join(map(re.escape, verbs)), text):
        start = max(text.rfind(ch, 0, m.start()) for ch in "。！？；") + 1
        clauses = text[start : m.start()].split("，")
        found = [n for n in names if n in clauses[-1]]
        for clause in reversed(clauses[:-1]):
            tail = [n for n in names if clause.endswith(n)]
            if not tail:
                break
            found.extend(tail)
        out.extend(sorted(found, key=lambda n: text.find(n, start)))
    return tuple(dict.fromkeys(out))


def test_with_verbs_equals_reference() -> None:
    rng = random.Random(5)
    for _ in range(300):
        pool = ["张伟", "王芳", "张伟国", "李强", "王"]
        names = sorted(set(rng.sample(pool, rng.randint(1, len(pool)))), key=lambda n: (-len(n), n))
        text = "".join(rng.choice(["张伟", "王芳", "国", "李强", "，", "。", "参加", "出席", "主任"]) for _ in range(30))
        verbs = ("参加", "出席")
        assert meetings._with_verbs(text, names, verbs) == _with_verbs_reference(text, names, verbs), text
    long = "，".join(f"主任{n}" for n in _names(400)) + "，" + "张伟" * 10 + "参加会议。"  # over 2,000 letters
    names = sorted(set(_names(400)) | {"张伟"}, key=lambda n: (-len(n), n))
    assert meetings._with_verbs(long, names, ("参加",)) == _with_verbs_reference(long, names, ("参加",))
