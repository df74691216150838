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
        "multi_document_people": 1, "split": [], "merged": [], "cross_place_orgs": []}
