"""One person node per real person: career moves merge, same names in unrelated places do not."""

from __future__ import annotations

from newskg.extract.pipeline import extract_document
from newskg.extract.reader import read_documents
from newskg.graph.build import build_graph

DOCS = {
    "a.txt": "郑州市中牟县人民政府\n\n6月8日上午，县委副书记、县长韩振国主持召开县政府常务会议。",
    "b.txt": "郑州市人民政府\n\n9月25日，副市长韩振国带队检查安全生产工作。",
    "c.txt": "新乡经开区管委会\n\n5月7日，新乡经开区党工委委员、管委会副主任杨洁调研项目建设。",
    "d.txt": "南阳市卧龙区人民政府\n\n10月10日，副区长杨洁深入潦河镇督导秋收工作。",
}


def _graph(tmp_path):
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = read_documents([tmp_path])
    docs = docs[0] if isinstance(docs, tuple) else docs
    return build_graph([extract_document(d) for d in docs])


def test_moves_merge_and_namesakes_split(tmp_path) -> None:
    g = _graph(tmp_path)
    people = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person")
    assert people == ["person:杨洁@卧龙区", "person:杨洁@新乡经开区", "person:韩振国"]
    posts = sorted(v for u, v, d in g.edges("person:韩振国", data=True) if d["type"] == "holds")
    assert posts == ["post:中牟县委/副书记", "post:中牟县政府/县长", "post:郑州市政府/副市长"]
    log = {(r["name"], r["doc"].rsplit("/", 1)[-1], r["action"]) for r in g.graph["resolution"]}
    assert ("韩振国", "b.txt", "merge") in log
    assert ("杨洁", "d.txt", "refuse") in log
    reason = next(r["reason"] for r in g.graph["resolution"] if r["action"] == "refuse")
    assert reason == "卧龙区 and 新乡经开区 share only 河南省"


def _graph_of(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build_graph([extract_document(d) for d in read_documents([tmp_path])])


def _people(g) -> list[str]:
    return sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person")


def _graph_with(tmp_path, overrides):
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = read_documents([tmp_path])
    docs = docs[0] if isinstance(docs, tuple) else docs
    return build_graph([extract_document(d) for d in docs], overrides)


def test_override_different_splits_a_career_and_is_logged(tmp_path) -> None:
    g = _graph_with(tmp_path, {("韩振国", "a.txt", "b.txt"): "different"})
    people = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person" and d["label"] == "韩振国")
    assert people == ["person:韩振国@中牟县", "person:韩振国@郑州市"]
    row = next(r for r in g.graph["resolution"] if r["name"] == "韩振国" and r["action"] == "refuse")
    assert (row["doc"], tuple(row["other_docs"]), row["reason"]) == ("b.txt", ("a.txt",), "override: different")


def test_override_same_merges_namesakes_the_rules_keep_apart(tmp_path) -> None:
    g = _graph_with(tmp_path, {("杨洁", "d.txt", "c.txt"): "same"})  # either order of the pair
    people = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person" and d["label"] == "杨洁")
    assert people == ["person:杨洁"]
    row = next(r for r in g.graph["resolution"] if r["name"] == "杨洁" and r["action"] == "merge")
    assert (row["doc"], row["reason"]) == ("d.txt", "override: same")


def test_an_override_names_one_person_only(tmp_path) -> None:
    g = _graph_with(tmp_path, {("杨洁", "a.txt", "b.txt"): "different"})  # 韩振国's documents, not 杨洁's
    assert "person:韩振国" in g


def test_pick_person_names_each_namesake_with_main_organisation(tmp_path) -> None:
    from newskg.graph.tenure import pick_person

    g = _graph(tmp_path)
    people, note = pick_person(g, "杨洁")
    assert people == ["person:杨洁@卧龙区", "person:杨洁@新乡经开区"]
    assert note == ("杨洁 is 2 different people: 杨洁@卧龙区 (卧龙区政府); 杨洁@新乡经开区 (新乡经开区党工委); "
                    "ask for one by its id, e.g. '杨洁@卧龙区'")
    assert pick_person(g, "杨洁@卧龙区") == (["person:杨洁@卧龙区"], "")
    assert pick_person(g, "韩振国") == (["person:韩振国"], "")


def test_an_organ_of_unknown_place_takes_its_article_s_place_for_identity(tmp_path) -> None:
    pages = {
        "x.txt": "周口市川汇区人民政府\n\n6月5日，区政协副主席王建民出席会议。",
        "y.txt": "青岛市人民政府\n\n5月6日，新区管委副主任王建民到港区调研。",  # 新区管委: no place the gazetteer knows
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    g = build_graph([extract_document(d) for d in docs])
    people = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Person" and d["label"] == "王建民")
    assert people == ["person:王建民@川汇区", "person:王建民@青岛市"]


def test_the_log_names_a_career_by_its_first_document_so_it_grows_linearly(tmp_path) -> None:
    """A name in n documents: each merge row names the career's first document and counts the rest, instead of
    listing every earlier document (n²/2 entries for an official in the news every day)."""
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(
            f"郑州市中牟县人民政府\n\n{i + 3}月8日上午，县委副书记、县长韩振国主持召开县政府常务会议。", encoding="utf-8")
    docs = read_documents([tmp_path])
    docs = docs[0] if isinstance(docs, tuple) else docs
    g = build_graph([extract_document(d) for d in docs])
    rows = [(r["doc"], r["action"], tuple(r["other_docs"]), r["other_count"]) for r in g.graph["resolution"]]
    assert rows == [("p0.txt", "alone", (), 0), ("p1.txt", "merge", ("p0.txt",), 1),
                    ("p2.txt", "merge", ("p0.txt",), 2), ("p3.txt", "merge", ("p0.txt",), 3),
                    ("p4.txt", "merge", ("p0.txt",), 4)]


def test_zones_and_districts_of_different_cities_are_different_places(tmp_path) -> None:
    """Every city has a 经开区 and several a 鼓楼区: written bare on each city's pages, they are one place node
    per city, under that city, never one node for all of them."""
    pages = {
        "k.txt": "开封市人民政府\n\n6月5日，副市长王建民到经开区调研，并到鼓楼区检查城市更新工作。",
        "n.txt": "南京市人民政府\n\n5月6日，副市长李卫东到经开区调研，随后到鼓楼区检查城市更新工作。",
        "x.txt": "新乡市人民政府\n\n4月2日，新乡经开区召开项目建设推进会。",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    g = build_graph([extract_document(d) for d in docs])
    places = sorted(n for n, d in g.nodes(data=True) if d["type"] == "Place" and n.endswith(("经开区", "鼓楼区")))
    assert places == ["place:南京市鼓楼区", "place:南京经开区", "place:开封市鼓楼区", "place:开封经开区",
                      "place:新乡经开区"]
    docs_of = {p: sorted({m["doc"].rsplit("/", 1)[-1] for m in g.nodes[p]["mentions"]}) for p in places}
    assert docs_of == {"place:南京市鼓楼区": ["n.txt"], "place:南京经开区": ["n.txt"], "place:开封市鼓楼区": ["k.txt"],
                       "place:开封经开区": ["k.txt"], "place:新乡经开区": ["x.txt"]}
    assert sorted(v for _u, v, d in g.out_edges("place:新乡经开区", data=True) if d["type"] == "located_in") == [
        "place:新乡市"]  # the text's 新乡 is the city: one node with 新乡市


def test_a_city_written_short_and_in_full_is_one_place(tmp_path) -> None:
    pages = {"a.txt": "郑州市人民政府\n\n6月5日，郑州市召开重点项目建设推进会，会议强调郑州要加快建设国家中心城市。",
             "b.txt": "3月2日，王建民到简阳市调研。简阳与龙泉驿山水相连，安徽省代表团到郑州考察。"}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    g = build_graph([extract_document(d) for d in read_documents([tmp_path])])
    places = {n: d["aliases"] for n, d in g.nodes(data=True) if d["type"] == "Place"}
    assert places == {"place:郑州市": ["郑州"], "place:简阳市": ["简阳"], "place:安徽省": []}  # 龙泉驿: never in full


def test_a_move_between_two_cities_a_province_runs_directly(tmp_path) -> None:
    """仙桃市 and 潜江市 have no city above them (省直管): a 副市长 of the one who becomes 市长 of the other is one
    career; the same name in two cities of one prefecture-level province (荆州市, 宜昌市) stays two people."""
    texts = {
        "a.txt": "仙桃市人民政府\n\n3月8日，副市长聂某琪通报了重点项目推进情况。",
        "b.txt": "潜江市人民政府\n\n5月6日，市委副书记、市长聂某琪到熊口镇调研。",
        "c.txt": "荆州市人民政府\n\n4月2日，副市长杜某明检查防汛工作。",
        "d.txt": "宜昌市人民政府\n\n6月9日，副市长杜某明调研港口建设。",
    }
    assert _people(_graph_of(tmp_path, texts)) == ["person:杜某明@宜昌市", "person:杜某明@荆州市", "person:聂某琪"]


def test_a_post_held_on_secondment_joins_the_career_its_page_names_as_home(tmp_path) -> None:
    """副县长（挂职） in 关岭 on a page that names 平度市 (东西部协作), then 平度市's 副市长: one career across
    provinces; the same name seconded to 青田 on a page that names no other place stays apart from a namesake in
    吉林; a province in the post's note (安徽援疆干部) is its home too."""
    texts = {
        "a.txt": "关岭自治县融媒体中心\n\n2019年10月24日，县委常委、副县长（挂职）綦某伟到断桥镇调研平度市援建的扶贫车间。",
        "b.txt": "平度市人民政府\n\n2022年4月12日，市委常委、副市长綦某伟到明村镇调研。",
        "c.txt": "青田县人民政府\n\n2020年11月5日，副县长（挂职）柏某林到温溪镇调研。",
        "d.txt": "梅河口市人民政府\n\n2019年8月2日，市商务局局长柏某林陪同调研。",
        "e.txt": "皮山县人民政府\n\n2023年5月6日，县委常委、副县长（安徽援疆干部）汪某航到木奎拉乡调研。",
        "f.txt": "广德市人民政府\n\n2021年3月9日，副市长汪某航到新杭镇调研。",
    }
    g = _graph_of(tmp_path, texts)
    assert _people(g) == ["person:柏某林@梅河口市", "person:柏某林@青田县", "person:汪某航", "person:綦某伟"]
    merges = {r["name"]: r["reason"] for r in g.graph["resolution"] if r["action"] == "merge"}
    assert merges == {
        "綦某伟": "a post held on secondment (挂职) on a page that names its home: 平度市 and 平度市 lie in 平度市",
        "汪某航": "a post held on secondment (挂职) on a page that names its home: 安徽省 and 广德市 lie in 安徽省",
    }


def test_a_secondment_noted_after_the_name_names_its_home(tmp_path) -> None:
    """县委常委、副县长钮某禾（浙江湖州南浔区挂职干部）: the note after the name marks the secondment and names its home."""
    texts = {
        "a.txt": "湖州市南浔区人民政府\n\n2021年6月17日，副区长钮某禾到练市镇调研。",
        "b.txt": "青川县人民政府\n\n2023年9月19日，县委常委、副县长钮某禾（浙江湖州南浔区挂职干部）陪同调研。",
    }
    g = _graph_of(tmp_path, texts)
    assert _people(g) == ["person:钮某禾"]
    texts = {  # or a note opening the holder's chain (吉林援藏干部、县委常委、常务副县长某), part ff
        "c.txt": "永吉县人民政府\n\n2021年5月6日，副县长杭某宇到岔路河镇调研。",
        "d.txt": "吉隆县人民政府\n\n2024年8月20日，吉林援藏干部、县委常委、常务副县长杭某宇陪同检查。",
    }
    assert "person:杭某宇" in _people(_graph_of(tmp_path, texts))
    assert [r["reason"] for r in g.graph["resolution"] if r["action"] == "merge"] == [
        "a post held on secondment (挂职) on a page that names its home: 南浔区 and 南浔区 lie in 南浔区"]
