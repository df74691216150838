"""Leadership over time on the sample and on texts of our own with other names."""

from __future__ import annotations

import networkx as nx
import pytest
from newskg.graph.build import build_graph
from newskg.graph.changes import changes
from newskg.graph.tenure import Interval, holders_in, roles, succession, tenure_row, tenures, year_view

from newskg.build import extract_corpus


def _holders(ts):
    return [(t.name, t.first_seen[:4], t.last_seen[:4]) for t in ts]


def test_sample_successions(sample_graph):
    assert _holders(succession(sample_graph, "郑州经开区党工委书记")) == [
        ("樊福太", "2022", "2022"), ("李小虎", "2023", "2025")]
    holders = _holders(succession(sample_graph, "郑州经开区管委会主任"))
    assert holders == [("李小虎", "2022", "2022"), ("张波", "2023", "2025")]
    first = succession(sample_graph, "郑州经开区管委会主任")[0]
    assert first.ended_before == "2023-03-15"  # the tenure ended between the two pieces of evidence
    assert [t.name for t in holders_in(sample_graph, "郑州经开区党工委书记", 2023)] == ["李小虎"]
    # The zone's long form finds the same post.
    assert _holders(succession(sample_graph, "郑州经开区党工委书记"))[0][0] == "樊福太"


def test_sample_career_line(sample_graph):
    assert [(t.post_label, t.first_seen[:4], t.last_seen[:4]) for t in roles(sample_graph, "樊福太")] == [
        ("郑州经开区党工委副书记", "2022", "2022"),
        ("郑州航空港实验区管委会副主任", "2022", "2022"),
        ("郑州经开区党工委书记", "2022", "2022"),
    ]
    evidence = roles(sample_graph, "樊福太")[2].evidence[0]
    assert "经开区党工委书记樊福太" in evidence["evidence"]
    assert evidence["doc"] == "003_6c1f1bdae68f1e8f.txt" and evidence["date_basis"].startswith("text")


def test_sample_year_view_presumes_between_attestations(sample_graph):
    view = year_view(sample_graph)["郑州经开区党工委书记"]
    assert {y: [(r["name"], r["basis"]) for r in rows] for y, rows in view.items()} == {
        "2022": [("樊福太", "attested")], "2023": [("李小虎", "attested")], "2024": [("李小虎", "presumed")],
        "2025": [("李小虎", "attested")]}
    assert [t.name for t in holders_in(sample_graph, "郑州经开区党工委书记", 2024)] == ["李小虎"]
    li = succession(sample_graph, "郑州经开区党工委书记")[1]
    assert li.started_after == "2022-03-05" and li.ended_before == ""
    assert li.intervals()[:3] == [Interval("2022-03-05", "2023-03-15", "started_after"),
                                  Interval("2023-03-15", "2023-03-15", "attested"),
                                  Interval("2023-03-15", "2025", "presumed")]  # a year-only date stays a year


def test_sample_changes_2022_to_2025(sample_graph):
    report = changes(sample_graph, 2022, 2025)
    assert report.summary() == ("2022 → 2025 in 郑州经开区: 2 posts changed holder, 1 promoted, 0 moved, 5 new, "
                                "4 not seen again; 5 rows about visitors from other places")
    got = [(c.kind, c.subject, c.before, c.after, c.last_seen_before, c.first_seen_after, c.visitor)
           for c in report.rows]
    assert got[:3] == [
        ("succeeded", "郑州经开区党工委书记", "樊福太", "李小虎", "2022-03-05", "2023-03-15", False),
        ("succeeded", "郑州经开区管委会主任", "李小虎", "张波", "2022-03-04", "2023-03-15", False),
        ("promoted", "李小虎", "郑州经开区党工委副书记、郑州经开区管委会主任", "郑州经开区党工委书记", "2022-03-04",
         "2023-03-15", False),
    ]
    assert ("new", "花磊", "", "郑州经开区党工委委员、郑州经开区管委会副主任", "", "2025", False) in got
    # Absence is not departure; visitors from the city come after the zone's own rows, marked.
    assert got[-5:] == [
        ("not_seen", "张孔僧", "郑州市委党史学习教育第八巡回指导组组长、郑州市水利局三级调研员", "", "2022-01-20", "", True),
        ("not_seen", "张龙臻", "郑州市委党史学习教育第八巡回指导组组员", "", "2022-01-20", "", True),
        ("not_seen", "李绍廷", "郑州市委组织部组织二处副处长", "", "2022-01-26", "", True),
        ("not_seen", "魏诗剑", "郑州市委组织部三级调研员", "", "2022-01-26", "", True),
        ("not_seen", "马良", "郑州经开综合保税区党工委副书记、郑州经开综合保税区管委会主任", "", "2022-03-03", "", True),
    ]
    assert report.rows[0].evidence_before.startswith("2022-03-05 003_6c1f1bdae68f1e8f.txt#")
    with pytest.raises(ValueError, match="--from 2025 is after --to 2022"):
        changes(sample_graph, 2025, 2022)
    early = changes(sample_graph, 2019, 2023)
    assert early.summary() == ("2019 → 2023 in 郑州经开区: 0 posts changed holder, 0 promoted, 0 moved, 2 new, "
                               "0 not seen again; nobody is seen in any post in 2019")
    assert [(c.kind, c.subject, c.after) for c in early.rows] == [
        ("new", "张波", "郑州经开区党工委副书记、郑州经开区管委会主任"), ("new", "李小虎", "郑州经开区党工委书记")]


def _graph(observations) -> nx.MultiDiGraph:
    """Persons and posts from (person, post, title, date[, relation]) rows, as graph/build.py makes them."""
    g = nx.MultiDiGraph()
    for i, (person, org, title, date, *rel) in enumerate(observations):
        g.add_node(f"person:{person}", type="Person", label=person)
        g.add_node(f"post:{org}/{title}", type="Post", label=f"{org}{title}", org=org, title=title)
        g.add_edge(f"person:{person}", f"post:{org}/{title}", key=f"e{i}", type=(rel or ["holds"])[0], date=date,
                   article=f"article:d{i}.txt#1", doc=f"d{i}.txt", start=0, end=2, evidence=f"{title}{person}",
                   date_basis="filename")
    return g


def test_another_holder_in_between_breaks_the_tenure_and_year_precision_is_kept():
    g = _graph([("甲", "某县委", "书记", "2019-05-01"), ("乙", "某县委", "书记", "2020"),
                ("甲", "某县委", "书记", "2021-06-01"), ("丙", "某县委", "副书记", "2019-01-01"),
                ("丁", "某县委", "副书记", "2020-02-02"), ("丙", "某县委", "副书记", "2021-01-01")])
    assert [(t.name, t.first_seen, t.last_seen, t.started_after, t.ended_before) for t in tenures(g)] == [
        ("甲", "2019-05-01", "2019-05-01", "", "2020"),
        ("乙", "2020", "2020", "2019-05-01", "2021-06-01"),
        ("甲", "2021-06-01", "2021-06-01", "2020", ""),
        ("丙", "2019-01-01", "2021-01-01", "", ""),  # a shared post: 丁 does not interrupt 丙
        ("丁", "2020-02-02", "2020-02-02", "", ""),
    ]
    assert {y: [r["name"] for r in rows] for y, rows in year_view(g)["某县委书记"].items()} == {
        "2019": ["甲"], "2020": ["乙"], "2021": ["甲"]}
    # A year-only date overlapping a day of the same year is neither before nor after it: no break.
    g2 = _graph([("甲", "某县委", "书记", "2019-05-01"), ("乙", "某县委", "书记", "2019"),
                 ("甲", "某县委", "书记", "2019-09-01")])
    assert [(t.name, t.first_seen, t.last_seen) for t in tenures(g2)] == [
        ("乙", "2019", "2019"), ("甲", "2019-05-01", "2019-09-01")]


def test_the_window_before_a_tenure_is_the_latest_other_holder_however_many_observations_came_first():
    # Before 戊 (2021-01-01) 乙's 2020-12-31 and 丙's 2020 end on the same day: the one that starts first (丙's
    # year) is the window; 戊's own observations and 丁's overlapping 2021 are no predecessor of 戊's.
    rows = [("甲", "某县委", "书记", f"2015-{m:02d}-01") for m in range(1, 13)]
    rows += [("乙", "某县委", "书记", "2020-03-01"), ("乙", "某县委", "书记", "2020-12-31"),
             ("丙", "某县委", "书记", "2020"), ("丁", "某县委", "书记", "2021"),
             ("戊", "某县委", "书记", "2021-01-01"), ("戊", "某县委", "书记", "2021-05-01")]
    assert [(t.name, t.first_seen, t.last_seen, t.started_after, t.ended_before) for t in tenures(_graph(rows))] == [
        ("甲", "2015-01-01", "2015-12-01", "", "2020"),
        ("丙", "2020", "2020", "2015-12-01", "2021-01-01"),
        ("乙", "2020-03-01", "2020-12-31", "2015-12-01", "2021-01-01"),
        ("戊", "2021-01-01", "2021-05-01", "2020", ""),
        ("丁", "2021", "2021", "2020", ""),
    ]


def test_appointed_and_ceased_give_start_and_end():
    g = _graph([("甲", "某县政府", "县长", "2018-03-01", "appointed"), ("甲", "某县政府", "县长", "2019-05-01"),
                ("甲", "某县政府", "县长", "2020-12-30", "ceased"), ("甲", "某县政府", "县长", "2022-01-01")])
    first, second = tenures(g)
    assert [(i.start, i.end, i.kind) for i in first.intervals()] == [
        ("2018-03-01", "2018-03-01", "appointed"), ("2018-03-01", "2019-05-01", "presumed"),
        ("2019-05-01", "2019-05-01", "attested"), ("2019-05-01", "2020-12-30", "presumed"),
        ("2020-12-30", "2020-12-30", "ceased")]
    assert (first.start_basis, first.end_basis, first.years()) == ("appointed", "ceased", [2018, 2019, 2020])
    assert (second.first_seen, second.start_basis, second.years()) == ("2022-01-01", "attested", [2022])
    row = tenure_row(first)
    assert (row["first_year"], row["last_year"], row["intervals"]) == (
        2018, 2020, "appointed 2018-03-01; presumed 2018-03-01/2019-05-01; attested 2019-05-01; "
        "presumed 2019-05-01/2020-12-30; ceased 2020-12-30")


COUNTY_2019 = """某山县召开经济工作会议

本报讯 2月12日,某山县召开经济工作会议。县委书记周永康主持会议并讲话,县委副书记、县长吴国平,
县委常委、常务副县长郑海涛出席会议。记者 钱多多
"""
COUNTY_2021 = """某山县召开安全生产工作会议

本报讯 3月8日,某山县召开安全生产工作会议。县委书记吴国平主持会议并讲话,县委副书记、县长林志远出席会议。记者 钱多多
"""


def test_own_text_county_succession(tmp_path):
    (tmp_path / "2019-02-13.txt").write_text(COUNTY_2019, encoding="utf-8")
    (tmp_path / "2021-03-09.txt").write_text(COUNTY_2021, encoding="utf-8")
    results, warnings = extract_corpus([tmp_path])
    assert warnings == []
    g = build_graph(results)
    assert _holders(succession(g, "某山县委书记")) == [("周永康", "2019", "2019"), ("吴国平", "2021", "2021")]
    assert [(t.post_label, t.first_seen) for t in roles(g, "吴国平")] == [
        ("某山县委副书记", "2019-02-12"), ("某山县政府县长", "2019-02-12"), ("某山县委书记", "2021-03-08")]
    got = [(c.kind, c.subject, c.before, c.after, c.last_seen_before, c.first_seen_after)
           for c in changes(g, 2019, 2021).rows]
    assert got[:3] == [("succeeded", "某山县委书记", "周永康", "吴国平", "2019-02-12", "2021-03-08"),
                       ("succeeded", "某山县政府县长", "吴国平", "林志远", "2019-02-12", "2021-03-08"),
                       ("promoted", "吴国平", "某山县委副书记、某山县政府县长", "某山县委书记", "2019-02-12", "2021-03-08")]


APPOINTED_2021 = """某山县人大常委会召开会议

本报讯 6月1日，某山县第十七届人大常委会第三次会议召开。会议决定任命林志远为某山县人民政府县长。记者 钱多多
"""
SEEN_2022 = """某山县召开安全生产工作会议

本报讯 3月8日，某山县召开安全生产工作会议。县委副书记、县长林志远主持会议并讲话。记者 钱多多
"""
CEASED_2023 = """某山县人大常委会召开会议

本报讯 11月18日，某山县人大常委会召开会议，决定免去林志远的某山县人民政府县长职务。记者 钱多多
"""


def test_own_text_appointment_and_departure_bound_the_tenure(tmp_path):
    for name, text in (("2021-06-02.txt", APPOINTED_2021), ("2022-03-09.txt", SEEN_2022),
                       ("2023-11-20.txt", CEASED_2023)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    results, _warnings = extract_corpus([tmp_path])
    g = build_graph(results)
    (t,) = succession(g, "某山县政府县长")
    assert (t.first_seen, t.last_seen, t.start_basis, t.end_basis, t.observations) == (
        "2021-06-01", "2023-11-18", "appointed", "ceased", 3)
    assert [(i.kind, i.start, i.end) for i in t.intervals()] == [
        ("appointed", "2021-06-01", "2021-06-01"), ("presumed", "2021-06-01", "2022-03-08"),
        ("attested", "2022-03-08", "2022-03-08"), ("presumed", "2022-03-08", "2023-11-18"),
        ("ceased", "2023-11-18", "2023-11-18")]
    assert [y for y in range(2020, 2025) if holders_in(g, "某山县政府县长", y)] == [2021, 2022, 2023]


def test_posts_seen_only_on_undated_pages_are_named_not_drawn(tmp_path):
    """A page with no year: its holding has no tenure, and undated_posts names it for the user instead."""
    from newskg.graph.tenure import undated_posts

    (tmp_path / "a.txt").write_text("本报讯 5月8日，许昌经开区管委会主任石景明主持召开会议。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2023年5月8日，许昌市副市长石景明调研项目建设。", encoding="utf-8")
    results, _w = extract_corpus([tmp_path])
    g = build_graph(results)
    assert [t.post_label for t in roles(g, "石景明")] == ["许昌市政府副市长"]
    assert undated_posts(g, ["person:石景明"]) == ["许昌经开区管委会主任"]


def test_a_person_back_in_a_post_the_same_year_is_one_row_of_that_year():
    g = _graph([("甲", "某县委", "书记", "2019-03-01"), ("乙", "某县委", "书记", "2019-06-01"),
                ("甲", "某县委", "书记", "2019-10-01")])
    assert [(t.name, t.first_seen, t.last_seen) for t in tenures(g)] == [
        ("甲", "2019-03-01", "2019-03-01"), ("乙", "2019-06-01", "2019-06-01"), ("甲", "2019-10-01", "2019-10-01")]
    assert year_view(g)["某县委书记"]["2019"] == [
        {"person": "person:乙", "name": "乙", "basis": "attested", "start": "2019-06-01", "end": "2019-06-01"},
        {"person": "person:甲", "name": "甲", "basis": "attested", "start": "2019-03-01", "end": "2019-10-01"},
    ]
