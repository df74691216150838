"""Identity scores against gold person ids: splits, wrong merges and organisations merged across places."""

from __future__ import annotations

import json

from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document

from newskg.evaluation.identity import identity_scores

PAGES = {
    "a.txt": "长沙县人民政府\n\n3月2日，长沙县委书记、长沙经开区党工委书记符志明主持召开会议，县委副书记、县长邓文出席。",
    "b.txt": "长沙县人民政府\n\n5月6日，县委书记符志明到企业调研。",
}
GOLD = [
    {"file": "a.txt", "person": "符志明", "person_id": "x:符志明", "org": "长沙县委", "title": "书记"},
    {"file": "a.txt", "person": "符志明", "person_id": "x:符志明", "org": "长沙经开区党工委", "title": "书记"},
    {"file": "a.txt", "person": "邓文", "person_id": "x:邓文", "org": "长沙县委", "title": "副书记"},
    {"file": "a.txt", "person": "邓文", "person_id": "x:邓文", "org": "长沙县政府", "title": "县长"},
    {"file": "b.txt", "person": "符志明", "person_id": "x:符志明", "org": "长沙县委", "title": "书记"},
]


def test_one_person_two_organs_of_one_title_is_no_cross_place_merge(tmp_path) -> None:
    (tmp_path / "post_holdings.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD),
                                                   encoding="utf-8")
    results = [extract_document(Document(name, name, text), cli_date="2023-03-02") for name, text in PAGES.items()]
    assert identity_scores(results, tmp_path) == {
        "multi_document_people": 1, "split": [], "merged": [], "cross_place_orgs": [], "merged_places": []}


def test_a_place_node_of_two_gold_places_is_counted(tmp_path) -> None:
    """Two cities' pages each write 经开区 bare: the gold names them 开封经开区 and 南京经开区. Hand the graph
    builder facts whose place is left bare (as before places carried their cities) and the score names the one
    node; with the cities the extractor gives them, none."""
    from dataclasses import replace

    pages = {"k.txt": "开封市人民政府\n\n6月5日，副市长王建民到经开区调研。",
             "n.txt": "南京市人民政府\n\n5月6日，副市长李卫东到经开区调研，经开区负责同志陪同。"}
    (tmp_path / "post_holdings.jsonl").write_text("", encoding="utf-8")
    rows = [{"file": "k.txt", "name": "开封经开区"}, {"file": "n.txt", "name": "南京经开区"},
            {"file": "n.txt", "name": "经开区"}]  # one place twice in one file's gold: counted once
    (tmp_path / "places.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                           encoding="utf-8")
    results = [extract_document(Document(name, name, text), cli_date="2023-03-02") for name, text in pages.items()]
    assert identity_scores(results, tmp_path)["merged_places"] == []
    for res in results:
        for f in res.articles:
            f.places = [replace(p, name="经开区") if p.name.endswith("经开区") else p for p in f.places]
    assert identity_scores(results, tmp_path)["merged_places"] == ["place:经开区"]
