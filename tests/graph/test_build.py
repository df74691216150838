"""Entity resolution and provenance in the merged graph."""

from __future__ import annotations

from newskg.graph.build import build_graph, normalize_name, org_root

from newskg.build import extract_corpus

COUNTY_A = "本报讯 3月2日,甲山县召开春耕生产工作会议。甲山县委书记刘建华主持会议。记者 钱多多\n"
COUNTY_A_LATER = "本报讯 5月6日,甲山县召开防汛工作会议。甲山县委书记刘建华主持会议。记者 钱多多\n"
COUNTY_B = "本报讯 4月9日,乙水县召开招商引资工作会议。乙水县政府副县长刘建华出席会议。记者 孙小美\n"


def test_same_name_in_unrelated_organisations_is_kept_apart(tmp_path):
    for name, text in (("2023-03-03.txt", COUNTY_A), ("2023-05-07.txt", COUNTY_A_LATER), ("2023-04-10.txt", COUNTY_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    results, _w = extract_corpus([tmp_path])
    g = build_graph(results)
    people = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person" and d["label"] == "刘建华")
    assert people == ["person:刘建华@乙水县", "person:刘建华@甲山县"]
    posts = {n: sorted(g.nodes[v]["label"] for _u, v, d in g.out_edges(n, data=True) if d["type"] == "holds")
             for n in people}
    assert posts == {"person:刘建华@乙水县": ["乙水县政府副县长"], "person:刘建华@甲山县": ["甲山县委书记", "甲山县委书记"]}


def test_same_person_across_documents_is_one_node(sample_graph):
    people = [n for n, d in sample_graph.nodes(data=True) if d["type"] == "Person" and d["label"] == "李小虎"]
    assert people == ["person:李小虎"]
    docs = {m["doc"] for m in sample_graph.nodes["person:李小虎"]["mentions"]}
    assert len(docs) == 5


def test_names_and_roots():
    assert normalize_name("中欧班列（郑州）集结中心") == normalize_name("中欧班列(郑州)集结中心")
    assert org_root("经开区党工委") == "经开区" and org_root("航空港实验区管委会") == "航空港实验区"


def test_every_edge_from_text_has_provenance(sample_results, sample_graph):
    texts = {r.document.id: (r.document.source) for r in sample_results}
    for _u, _v, d in sample_graph.edges(data=True):
        if d["type"] in ("post_in", "sub_organization_of"):
            continue
        assert d["doc"] in texts and d["article"].startswith("article:")
        assert d["date"] and d["date_basis"]
        if d["type"] != "part_of":
            raw = open(texts[d["doc"]], encoding="utf-8").read()
            assert 0 <= d["start"] < d["end"] <= len(raw)
            assert d["evidence"]


def test_traditional_text_is_quoted_as_printed(tmp_path):
    text = "本報訊 3月2日,甲山縣召開春耕生產工作會議。甲山縣委書記劉建華主持會議。記者 錢多多\n"
    (tmp_path / "2023-03-03.txt").write_text(text, encoding="utf-8")
    results, _w = extract_corpus([tmp_path])
    g = build_graph(results)
    holds = [d for _u, _v, d in g.edges(data=True) if d["type"] == "holds"]
    assert [(g.nodes[h]["label"]) for h in ("person:刘建华",)] == ["刘建华"]
    assert holds and holds[0]["evidence"] == "甲山縣委書記劉建華主持會議。"
    assert text[holds[0]["start"] : holds[0]["end"]] == "甲山縣委書記劉建華"


def test_company_and_association_titles_are_roles_not_posts() -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document
    from newskg.graph.build import build_graph

    text = "3月5日，区委书记王建军到宇通集团调研，宇通集团董事长汤玉祥，郑州市工商联商会会长李成陪同。"
    g = build_graph([extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-05")])
    roles = sorted((u, v, d["title"], g.nodes[v]["kind"]) for u, v, d in g.edges(data=True) if d["type"] == "role_in")
    assert roles == [("person:李成", "org:郑州市工商联商会", "会长", "association"),
                     ("person:汤玉祥", "org:宇通集团", "董事长", "corporation")]
    posts = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Post")
    assert posts == ["post:区委/书记"]


def test_events_carry_kind_date_and_place(tmp_path):
    text = ("本报讯 3月12日上午，甲山县2024年一季度重大项目集中开工仪式在桃花工业园主会场举行。"
            "县委常委、常务副县长傅景川主持仪式。记者 钱多多\n")
    (tmp_path / "2024-03-13.txt").write_text(text, encoding="utf-8")
    results, _w = extract_corpus([tmp_path])
    g = build_graph(results)
    events = [(d["label"], d["kind"], d["date"], d.get("place")) for _n, d in g.nodes(data=True) if d["type"] == "Meeting"]
    assert events == [("甲山县2024年一季度重大项目集中开工仪式", "ceremony", "2024-03-12", "桃花工业园主会场")]
    chairs = [g.nodes[u]["label"] for u, _v, d in g.edges(data=True) if d["type"] == "chaired"]
    assert chairs == ["傅景川"]


def test_a_consumed_merge_lets_go_of_the_facts_and_builds_the_same_graph(tmp_path):
    """``consume=True`` (what ``newskg build`` uses) empties the caller's list, so each document's facts can be
    freed once merged, and the graph is the one a merge that keeps them builds."""
    import gc
    import weakref

    from newskg.output.graph_json import dumps

    for name, text in (("2023-03-03.txt", COUNTY_A), ("2023-05-07.txt", COUNTY_A_LATER), ("2023-04-10.txt", COUNTY_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    kept = build_graph(extract_corpus([tmp_path])[0])
    results, _w = extract_corpus([tmp_path])
    refs = [weakref.ref(r.document) for r in results]
    g = build_graph(results, consume=True)
    gc.collect()
    assert (results, [r() for r in refs]) == ([], [None, None, None])
    assert dumps(g) == dumps(kept)
