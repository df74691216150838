"""The matching rules of ``newskg.evaluation`` (gold.py, extraction.py) on tiny hand-made results and gold files."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from newskg.extract.model import (
    Article,
    ArticleFacts,
    DatedValue,
    Document,
    DocumentFacts,
    Holding,
    Meeting,
    Mention,
    PersonMention,
    Place,
    Project,
)

from newskg.evaluation import extraction as E
from newskg.evaluation import gold as G

FILE = "000_test.txt"


# --------------------------------------------------------------------------- builders


def write_gold(
    path: Path,
    *,
    files: dict[str, dict[str, Any]] | None = None,
    persons: dict[str, list[str]] | None = None,
    holdings: Sequence[dict[str, Any]] = (),
    reporters: Sequence[dict[str, Any]] = (),
    meetings: Sequence[dict[str, Any]] = (),
    projects: Sequence[dict[str, Any]] = (),
    places: Sequence[dict[str, Any]] = (),
) -> Path:
    """Write the seven gold files; ``files`` maps file name to its documents.json entry."""
    files = files or {FILE: {"publication_year": 2023, "articles": []}}
    docs = [{"file": name, **entry} for name, entry in files.items()]
    (path / "documents.json").write_text(json.dumps({"documents": docs}, ensure_ascii=False), encoding="utf-8")
    people = [
        {"name": name, "files": {f[:3]: {"file": f, "articles": [1], "mentions": 1} for f in fs}}
        for name, fs in (persons or {}).items()
    ]
    (path / "persons.json").write_text(json.dumps({"persons": people}, ensure_ascii=False), encoding="utf-8")
    for name, rows in (
        ("post_holdings", holdings),
        ("reporters", reporters),
        ("meetings", meetings),
        ("projects", projects),
        ("places", places),
    ):
        text = "".join(json.dumps({"file": FILE, **row}, ensure_ascii=False) + "\n" for row in rows)
        (path / f"{name}.jsonl").write_text(text, encoding="utf-8")
    return path


def gold_article(index: int, body: str, date_text: str | None, date_inferred: str) -> dict[str, Any]:
    return {
        "index": index,
        "body_first20_raw": body[:20],
        "body_first20_nows": body.replace(" ", "")[:20],
        "date_text": date_text,
        "date_inferred": date_inferred,
    }


def make_doc(texts: list[str], doc_id: str = FILE, date: str | None = "2023") -> DocumentFacts:
    """A document whose clean text is the article bodies, one per line."""
    clean = "\n".join(texts)
    doc = Document(id=doc_id, source=doc_id, raw=clean, clean=clean, offsets=list(range(len(clean) + 1)))
    doc.date = DatedValue(date, "text" if date else "unknown")
    res = DocumentFacts(doc)
    pos = 0
    for i, text in enumerate(texts, 1):
        art = Article(doc_id, i, pos, pos + len(text), text, date=DatedValue(date, "document"))
        res.articles.append(ArticleFacts(art))
        pos += len(text) + 1
    return res


def mention(res: DocumentFacts, text: str, article: int = 1) -> Mention:
    art = res.articles[article - 1].article
    start = art.text.index(text)
    return art.mention(start, start + len(text))


def meeting(res: DocumentFacts, name: str, date: str | None = None, chair: str | None = None) -> Meeting:
    return Meeting(
        name, "meeting", mention(res, name[:2]), DatedValue(date, "text" if date else "unknown"), chair=chair
    )


# --------------------------------------------------------------------------- rules as functions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经 开 区 党\n工 委", "经开区党工委"),
        ("ＡＢ１２（郑州）", "AB12(郑州)"),
        ("  ", ""),
        (None, ""),
    ],
)
def test_normalise(text: str | None, expected: str) -> None:
    assert G.normalise(text) == expected


def test_name_key_drops_quote_marks() -> None:
    assert G.name_key("“全球汇”数字贸易\n港") == G.name_key('"全球汇"数字贸易港') == "全球汇数字贸易港"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("3月5日上午", {"03-05"}),
        ("3月13日、14日", {"03-13", "03-14"}),
        ("１月２６日", {"01-26"}),
        ("近日", set()),
        (None, set()),
    ],
)
def test_stated_days(text: str | None, days: set[str]) -> None:
    assert G.stated_days(text) == days


@pytest.mark.parametrize(
    ("found", "gold", "expected"),
    [
        ("能力作风建设年活动推进会", "“能力作风建设年”活动推进会", 1.0),  # equal after name_key
        ("推进项目建设再提速会议", "推进项目建设再提速会", 10 / 11),  # containment: shorter/longer length
        ("宣传工作会议", "宣传、统战工作会议", 4 / 9),  # bigrams 5 and 8, 4 shared → Jaccard 4/9
        ("招商引资领导小组会议", "安全生产督导", None),
    ],
)
def test_meeting_name_overlap(found: str, gold: str, expected: float | None) -> None:
    score = G.meeting_name_overlap(found, gold)
    if expected is None:
        assert score is None
    else:
        assert score == pytest.approx(expected)


def test_meeting_name_overlap_threshold_is_bigram_jaccard() -> None:
    # 安全生产工作会议 / 安全生产督导调研: bigrams 7 and 7, shared 安全 全生 生产 → 3/11 < 0.3
    assert G.jaccard("安全生产工作会议", "安全生产督导调研") == pytest.approx(3 / 11)
    assert G.meeting_name_overlap("安全生产工作会议", "安全生产督导调研") is None
    # 一季度经济运行分析会 / 经济运行分析会议: shared 经济 济运 运行 行分 分析 析会 → 6/(9+7-6) = 0.6
    assert G.meeting_name_overlap("一季度经济运行分析会", "经济运行分析会议") == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("found", "gold", "expected"),
    [
        ("海立压缩机项目二期", "海立压缩机项目二期", 1.0),
        ("高途智成港", "高途智成港项目", 5 / 7),
        ("智能电力装备产业园", "智能电力装备产业园中试基地项目", 0.6),  # 9/15: just at the ratio
        ("产业园", "智能电力装备产业园", None),  # 3/9 < 0.6
        ("九龙新城", "康桥美庐湾", None),
    ],
)
def test_project_name_match(found: str, gold: str, expected: float | None) -> None:
    score = G.project_name_match(found, gold)
    if expected is None:
        assert score is None
    else:
        assert score == pytest.approx(expected)


def test_greedy_match_is_one_to_one_best_first() -> None:
    scores = {("a", "x"): 0.5, ("a", "y"): 0.9, ("b", "y"): 0.8, ("b", "x"): 0.4}
    pairs = G.greedy_match(["a", "b"], ["x", "y"], lambda f, g: scores.get((f, g)))
    assert pairs == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("found", "year", "days", "right", "agree"),
    [
        ("2023-03-14", 2023, {"03-13", "03-14"}, True, True),
        ("2023-03-15", 2023, {"03-13", "03-14"}, False, False),
        ("2023", 2023, {"03-15"}, False, True),  # a day is stated but we give only the year
        ("2023-03-15", 2023, set(), True, True),
        ("2022-03-15", 2023, set(), False, False),
        (None, 2023, set(), False, True),
    ],
)
def test_date_rules(found: str | None, year: int, days: set[str], right: bool, agree: bool) -> None:
    assert G.date_matches(found, year, days) is right
    assert G.dates_agree(found, year, days) is agree


def test_scores_with_empty_sides() -> None:
    assert (E.Score("x").precision, E.Score("x").recall) == (1.0, 1.0)
    miss = E.Score("x", misses=[E.Item(FILE, "k")])
    assert (miss.precision, miss.recall, miss.f1) == (0.0, 0.0, 0.0)
    fp = E.Score("x", false_positives=[E.Item(FILE, "k")])
    assert (fp.precision, fp.recall) == (0.0, 0.0)


# --------------------------------------------------------------------------- categories end to end


def test_persons_from_all_sources(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, persons={"张波": [FILE], "李小虎": [FILE], "王赛华": [FILE], "樊福太": ["001_x.txt"]})
    res = make_doc(["经开区党工委副书记、管委会主任张波主持会议，区领导陈晓东参加。记者 王赛华"])
    f = res.articles[0]
    f.holdings.append(Holding(mention(res, "张波"), "经开区管委会", "主任", mention(res, "管委会主任张波")))
    f.persons.append(PersonMention(mention(res, "陈晓东"), "区领导"))
    from dataclasses import replace

    f.article = replace(f.article, reporters=(mention(res, "王赛华"),))
    f.meetings.append(meeting(res, "会议", chair="张 波"))
    report = E.evaluate([res], gold)
    sc = report["persons"]
    assert (sc.tp, sc.fp, sc.fn) == (2, 1, 1)  # 樊福太 belongs to another file
    assert (sc.precision, sc.recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert [i.key for i in sc.misses] == ["李小虎"]
    assert [(i.key, i.evidence) for i in sc.false_positives] == [
        ("陈晓东", "张波主持会议，区领导陈晓东参加。记者 王赛华")
    ]


def test_post_holdings_normalised_per_file(tmp_path: Path) -> None:
    rows = [
        {
            "article": 1,
            "person": "张波",
            "org": "经开区党工委",
            "title": "副书记",
            "evidence": "党工委副书记、管委会主任张波",
        },
        {
            "article": 1,
            "person": "张波",
            "org": "经开区管委会",
            "title": "主任",
            "evidence": "党工委副书记、管委会主任张波",
        },
        {"article": 2, "person": "张波", "org": "经开区管委会", "title": "主任", "evidence": "管委会主任张波"},
    ]
    gold = write_gold(tmp_path, holdings=rows)
    res = make_doc(["经开区党工委副书记、管委会副主任张波"])
    ev = mention(res, "经开区党工委副书记、管委会副主任张波")
    person = mention(res, "张波")
    res.articles[0].holdings += [
        Holding(person, "经开区 党工委", "副书记", ev),
        Holding(person, "经开区管委会", "副主任", ev),
        Holding(person, "经开区党工委", "副书记", ev),  # repeated: counts once
    ]
    sc = E.evaluate([res], gold)["post holdings"]
    assert (sc.tp, sc.fp, sc.fn) == (1, 1, 1)
    assert sc.misses[0].key == "张波 | 经开区管委会 | 主任"
    assert sc.false_positives[0].key == "张波 | 经开区管委会 | 副主任"
    assert sc.f1 == pytest.approx(0.5)


def test_dates_paired_by_index(tmp_path: Path) -> None:
    entry = {
        "publication_year": 2023,
        "articles": [
            gold_article(1, "本报讯 3月13日、14日，国家发展和改革委员会", "3月13日、14日", "2023-03-13/14"),
            gold_article(2, "本报讯 近日，经开区党工委副书记", "近日", "2023-03 (近日)"),
            gold_article(3, "本报讯 3月15日，经开区组织召开", "3月15日", "2023-03-15"),
        ],
    }
    gold = write_gold(tmp_path, files={FILE: entry})
    res = make_doc(["本报讯 3月13日、14日，国家发展", "本报讯 近日，经开区", "本报讯 3月15日，经开区"])
    from dataclasses import replace

    dates = ["2023-03-14", "2023-03-20", "2023"]  # right (either day), right (year only), wrong (no day)
    for f, value in zip(res.articles, dates, strict=True):
        f.article = replace(f.article, date=DatedValue(value, "text"))
    sc = E.evaluate([res], gold)["dates"]
    assert (sc.tp, sc.fp, sc.fn) == (3, 1, 1)  # document year + A1 + A2; A3 wrong
    assert sc.misses[0].key == "A3 date 2023 03-15 (3月15日)"
    assert sc.false_positives[0].key == "A3 date 2023"


def test_dates_paired_by_prefix_when_counts_differ(tmp_path: Path) -> None:
    entry = {
        "publication_year": 2022,
        "articles": [
            gold_article(1, "本报讯 1月26日上午，经开区召开2021年度", "1月26日上午", "2022-01-26"),
            gold_article(2, "本报讯 按照市委统一部署，1月20日", "1月20日", "2022-01-20"),
        ],
    }
    gold = write_gold(tmp_path, files={FILE: entry})
    # Our splitter cut an extra piece in front and mis-dated the document.
    res = make_doc(
        ["某某某某某某某某某某某某", "本报讯 1月26日上午，经开区召开2021年度", "本报讯　按照市委统一部署，1月20日"],
        date="2021",
    )
    from dataclasses import replace

    for f, value in zip(res.articles, ["2021", "2022-01-26", "2022-01-21"], strict=True):
        f.article = replace(f.article, date=DatedValue(value, "text"))
    sc = E.evaluate([res], gold)["dates"]
    assert sc.tp == 1  # gold A1 ↔ our A2
    assert sorted(i.key for i in sc.misses) == ["A2 date 2022 01-20 (1月20日)", "document year 2022"]
    assert sorted(i.key for i in sc.false_positives) == [
        "A1 (no gold article)",
        "A3 date 2022-01-21",
        "document year 2021",
    ]
    assert (sc.precision, sc.recall) == (pytest.approx(1 / 4), pytest.approx(1 / 3))


def test_meetings_date_chair_and_name(tmp_path: Path) -> None:
    rows = [
        {
            "article": 1,
            "name": "宣传、统战工作会议",
            "date_text": "3月15日",
            "chair": None,
            "evidence": "召开宣传、统战工作会议",
        },
        {
            "article": 2,
            "name": "重点项目推进会",
            "date_text": "近日",
            "chair": "张波",
            "evidence": "张波主持召开重点项目推进会",
        },
        {
            "article": 3,
            "name": "安全生产督导调研",
            "date_text": "3月3日",
            "chair": None,
            "evidence": "督导调研安全生产",
        },
        {"article": 4, "name": "招商引资领导小组会议", "date_text": "近日", "chair": "李小虎", "evidence": "招商引资"},
    ]
    gold = write_gold(tmp_path, meetings=rows)
    res = make_doc(["宣传工作会议 重点项目推进会议 安全生产督导调研 招商引资领导小组会议"])
    res.articles[0].meetings += [
        meeting(res, "宣传统战工作会议", date="2023-03-15"),  # matches row 1
        meeting(res, "重点项目推进会议", date="2023-03-20", chair="张波"),  # gold 近日: only the year → row 2
        meeting(res, "安全生产督导调研", date="2023-03-04"),  # wrong day
        meeting(res, "招商引资领导小组会议", date=None, chair=None),  # chair missing
        meeting(res, "宣传、统战工作会议", date="2023-03-15"),  # duplicate: row 1 already taken
    ]
    sc = E.evaluate([res], gold)["meetings"]
    assert (sc.tp, sc.fp, sc.fn) == (2, 3, 2)
    assert [i.key for i in sc.misses] == [
        "安全生产督导调研 (meeting; 3月3日; chair -)",
        "招商引资领导小组会议 (meeting; 近日; chair 李小虎)",
    ]
    assert (sc.precision, sc.recall) == (pytest.approx(0.4), pytest.approx(0.5))


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ({"type": "inspection (调研)"}, "inspection"),
        ({"type": "inspection by external body (实地调研)"}, "inspection"),
        ({"type": "study session (理论学习中心组集体学习)"}, "study"),
        ({"type": "site observation (现场观摩活动)"}, "activity"),
        ({"type": "ceremony (集中开工仪式)"}, "ceremony"),
        ({"type": "session (人民代表大会)"}, "session"),
        ({"type": "meeting (座谈会)", "event_type": "session"}, "session"),
        ({}, "meeting"),
    ],
)
def test_gold_event_type(row: dict[str, Any], kind: str) -> None:
    assert G.gold_event_type(row) == kind


def test_meeting_type_must_agree(tmp_path: Path) -> None:
    rows = [
        {"name": "重点项目集中开工仪式", "type": "ceremony (开工仪式)", "date_text": "3月12日", "chair": None,
         "evidence": "x"},
        {"name": "第三次会议", "type": "session (人大)", "date_text": "1月8日", "chair": None, "evidence": "y"},
    ]
    gold = write_gold(tmp_path, meetings=rows)
    res = make_doc(["重点项目集中开工仪式 第三次会议"])
    opening = meeting(res, "重点项目集中开工仪式", date="2023-03-12")
    res.articles[0].meetings += [
        Meeting(opening.name, "ceremony", opening.evidence, opening.date),  # right type
        meeting(res, "第三次会议", date="2023-01-08"),  # a meeting, gold says session
    ]
    sc = E.evaluate([res], gold)["meetings"]
    assert (sc.tp, sc.fp, sc.fn) == (1, 1, 1)
    assert [i.key for i in sc.misses] == ["第三次会议 (session; 1月8日; chair -)"]
    assert [i.key for i in sc.false_positives] == ["第三次会议 (meeting; 2023-01-08; chair -)"]


def test_meeting_year_must_agree(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, meetings=[{"name": "述职评议会", "date_text": "近日", "chair": None, "evidence": "x"}])
    res = make_doc(["述职评议会"])
    res.articles[0].meetings.append(meeting(res, "述职评议会", date="2022-01-26"))
    assert E.evaluate([res], gold)["meetings"].tp == 0


def test_projects_containment_one_to_one(tmp_path: Path) -> None:
    rows = [
        {"name": "“全球汇”数字贸易港", "evidence": "建设“全球汇”数字贸易\n港"},
        {"name": "高途智成港项目", "evidence": "高途智成港项目建设正酣"},
        {"name": "智能电力装备产业园", "evidence": "智能电力\n\n装备产业园"},
        {"name": "东四环与经北四路互通式立交新建道路工程项目", "evidence": "东四环"},
    ]
    gold = write_gold(tmp_path, projects=rows)
    res = make_doc(["全球汇数字贸易港 高途智成港 智能电力装备产业园中试基地 产业园"])
    for name in ["全球汇数字贸易港", "高途智成港", "智能电力装备产业园中试基地", "产业园"]:
        res.articles[0].projects.append(Project(name, "project", mention(res, name)))
    sc = E.evaluate([res], gold)["projects"]
    # 9/13 ≥ 0.6 matches; 产业园 (3/9) does not; the 东四环 road project is missed.
    assert (sc.tp, sc.fp, sc.fn) == (3, 1, 1)
    assert [i.key for i in sc.false_positives] == ["产业园"]
    assert [i.key for i in sc.misses] == ["东四环与经北四路互通式立交新建道路工程项目"]


def test_places_exact_after_normalisation(tmp_path: Path) -> None:
    rows = [
        {"name": "经开区", "evidence": "郑州经开区"},
        {"name": "中欧班列（郑州）集结中心", "evidence": "中欧班列(郑州)集结中心"},
        {"name": "七里河", "evidence": "七里河"},
    ]
    gold = write_gold(tmp_path, places=rows)
    res = make_doc(["经开区 中欧班列(郑州)集结中心 七里 潮河"])
    for name in ["经开区", "中欧班列(郑州)集结中心", "七里", "潮河", "经开区"]:
        res.articles[0].places.append(Place(name, "place", mention(res, name)))
    sc = E.evaluate([res], gold)["places"]
    assert (sc.tp, sc.fp, sc.fn) == (2, 2, 1)
    assert (sc.precision, sc.recall) == (pytest.approx(0.5), pytest.approx(2 / 3))


def test_a_place_with_its_city_counts_as_the_gold_s_bare_name(tmp_path: Path) -> None:
    """Our 郑州经开区 is the sample gold's 经开区 (what is added in front is exactly a place); 郑州航海路 is no
    航海路 of the gold's, and a bare name is no gold name with its city."""
    rows = [{"name": "经开区", "evidence": "经开区"}, {"name": "开封市鼓楼区", "evidence": "鼓楼区"},
            {"name": "潮河", "evidence": "潮河"}]
    gold = write_gold(tmp_path, places=rows)
    res = make_doc(["经开区 鼓楼区 郑州潮河 潮河"])
    for name, written in [("郑州经开区", "经开区"), ("鼓楼区", "鼓楼区"), ("郑州潮河", "郑州潮河")]:
        res.articles[0].places.append(Place(name, "place", mention(res, written)))
    sc = E.evaluate([res], gold)["places"]
    assert (sc.tp, sc.fp, sc.fn) == (1, 2, 2)
    assert sorted(m.key for m in sc.misses) == ["开封市鼓楼区", "潮河"]


def test_files_joined_by_name(tmp_path: Path) -> None:
    files = {
        FILE: {"publication_year": 2023, "articles": []},
        "001_other.txt": {"publication_year": 2022, "articles": []},
    }
    gold = write_gold(tmp_path, files=files)
    report = E.evaluate([make_doc(["x"], doc_id=f"sample/{FILE}"), make_doc(["y"], doc_id="extra.txt")], gold)
    assert report.files == [FILE]
    assert report.missing == ["001_other.txt"]
    assert report.ignored == ["extra.txt"]


def test_render_lists_table_misses_and_false_positives(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, places=[{"name": "七里河", "evidence": "督导七里\n河防汛"}])
    res = make_doc(["潮河防汛"])
    res.articles[0].places.append(Place("潮河", "river", mention(res, "潮河")))
    text = E.render(E.evaluate([res], gold))
    lines = text.splitlines()
    assert lines[0].split() == ["category", "P", "R", "F1", "tp/fp/fn"]
    assert "places          0.00  0.00  0.00  0/1/1" in lines
    assert "  places        000  七里河  «督导七里河防汛»" in lines
    assert "  places        000  潮河  «潮河防汛»" in lines


def test_missing_gold_file_is_named(tmp_path: Path) -> None:
    write_gold(tmp_path)
    (tmp_path / "places.jsonl").unlink()
    with pytest.raises(FileNotFoundError, match="places.jsonl"):
        E.evaluate([], tmp_path)


@pytest.mark.parametrize(("text", "year"), [("2023年2月6日", 2023), ("2月6日", None), (None, None), ("2023年", 2023)])
def test_stated_year(text: str | None, year: int | None) -> None:
    """A chronicle's entry states its own year (a 2024 page reviewing 2023): its events are scored in that year."""
    assert G.stated_year(text) == year


@pytest.mark.parametrize(
    ("ours", "gold", "matched"),
    [
        ("郴州综合保税区管委会", "郴州综保区管委会", True),  # one zone's long and short official forms
        ("旬阳市委", "旬阳县委", True),  # 旬阳县 is 旬阳市 since 2021: the page's name and the current one
        ("大连金普新区党工委", "金普新区党工委", True),  # a place before it, read against the gazetteer
        ("旬阳市委", "安康市委", False),
        ("郴州综保区管委会", "梅州综保区管委会", False),
        ("邢台宁晋经开区党工委", "邢台宁晋经济开发区党工委", True),  # 经开区 is 经济开发区's short form too
        ("阜阳临泉经开区党工委", "临泉经济开发区党工委", True),  # and the city before it a place
        ("阜阳临泉经开区党工委", "阜阳临泉高新区党工委", False),
        ("上饶弋阳高新区党工委", "上饶弋阳高新技术产业园区党工委", True),  # a 高新技术产业园区's short form
    ],
)
def test_gold_organs_written_another_way(ours: str, gold: str, matched: bool) -> None:
    rows = [{"person": "甲", "title": "主任", "org": gold}]
    assert (G.as_gold_org("甲", ours, "主任", rows) == gold) is matched


@pytest.mark.parametrize(("ours", "gold", "written"), [
    ("榆林神木高新区", ["神木高新区"], ["神木高新区"]),  # a zone's whole name, our label with its city in front
    ("郑州经开区", ["经开区"], ["经开区"]),  # a generic zone word, which needs its city
    ("德州禹城高新区", ["高新区"], ["高新区"]),  # a county's zone, labelled with its city and its county
    ("重庆荣昌高新区", ["高新区"], ["高新区"]),
    ("德州禹城", ["禹城"], ["德州禹城"]),  # no zone
    ("榆林市", ["林市"], ["榆林市"]),  # not a place's whole name
    ("清远高新区", ["高新区", "清远高新区"], ["清远高新区", "高新区"]),  # one place the page writes both ways
    ("清远高新区", ["经开区", "清远市"], ["清远高新区"]),
])
def test_gold_places_written_without_their_city(ours: str, gold: list[str], written: list[str]) -> None:
    assert G.as_gold_places(ours, dict.fromkeys(gold, "")) == written


def test_an_inspection_named_otherwise_pairs_by_its_sentence(tmp_path: Path) -> None:
    sentence = "5月10日，副厅长翟明璞带队到郑州经开区调研开放型经济发展。"
    rows = [
        {"article": 1, "name": "河南省商务厅调研郑州经开区开放型经济发展", "type": "inspection", "date_text": "5月10日",
         "chair": None, "evidence": "副厅长翟明璞带队到郑州经开区调研开放型经济发展"},
        {"article": 1, "name": "企业走访", "type": "inspection", "date_text": "5月10日", "chair": None,
         "evidence": "随后走访了三家外贸企业"},
    ]
    gold = write_gold(tmp_path, meetings=rows)
    res = make_doc([sentence + "随后走访了三家外贸企业。"])
    art = res.articles[0].article
    res.articles[0].meetings += [
        Meeting("跨境电商和外资项目工作调研", "inspection", art.mention(0, len(sentence)), DatedValue("2023-05-10", "text")),
    ]
    s = E.evaluate([res], gold)["meetings"]
    assert (s.tp, len(s.false_positives), [m.key for m in s.misses]) == (1, 0, ["企业走访 (inspection; 5月10日; chair -)"])
