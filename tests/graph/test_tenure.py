"""Leadership over time on the sample and on texts of our own with other names."""

from __future__ import annotations

from newskg.graph.build import build_graph
from newskg.graph.tenure import changes, holders_in, roles, succession

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


def test_sample_changes_2022_to_2025(sample_graph):
    got = {(c.kind, c.subject, c.before, c.after) for c in changes(sample_graph, 2022, 2025)}
    assert ("holder_changed", "郑州经开区党工委书记", "樊福太", "李小虎") in got
    assert ("holder_changed", "郑州经开区管委会主任", "李小虎", "张波") in got
    assert ("gained", "李小虎", "", "郑州经开区党工委书记") in got
    assert ("gained", "张波", "", "郑州经开区管委会主任") in got
    assert ("lost", "李小虎", "郑州经开区管委会主任", "") in got
    # Absence is not departure: a municipal official seen once is "not seen", not "lost".
    assert ("not_seen", "魏诗剑", "郑州市委组织部三级调研员", "") in got


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
    got = {(c.kind, c.subject, c.before, c.after) for c in changes(g, 2019, 2021)}
    assert ("holder_changed", "某山县委书记", "周永康", "吴国平") in got
    assert ("lost", "周永康", "某山县委书记", "") in got
