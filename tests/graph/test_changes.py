"""`changes` on a folder of several places' pages: no place is the corpus's own unless asked for or more than half
of the articles are about it, so no official of an evenly mixed folder is a visitor."""

from __future__ import annotations

import pytest
from newskg.extract.pipeline import extract_document
from newskg.extract.reader import read_documents
from newskg.graph.build import build_graph
from newskg.graph.changes import changes
from newskg.graph.tenure import home_jurisdiction, main_jurisdiction

#: Two zones of two cities, two pages each, 2021 and 2024: one succession in each zone.
DOCS = {
    "xc_2021.txt": ("许昌经开区管委会\n2021年3月5日\n\n"
                    "3月5日，许昌经开区党工委书记刘建军主持召开党工委会议，研究部署项目建设工作。"),
    "xc_2024.txt": ("许昌经开区管委会\n2024年4月9日\n\n"
                    "4月9日，许昌经开区党工委书记高振宇主持召开党工委会议，研究部署安全生产工作。"),
    "wh_2021.txt": ("武汉经开区管委会\n2021年6月2日\n\n"
                    "6月2日，武汉经开区党工委书记孙启明主持召开党工委会议，研究部署招商引资工作。"),
    "wh_2024.txt": ("武汉经开区管委会\n2024年5月8日\n\n"
                    "5月8日，武汉经开区党工委书记方立新主持召开党工委会议，研究部署防汛工作。"),
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build_graph([extract_document(d) for d in read_documents([folder])])


def _rows(report):
    return [(c.kind, c.subject, c.before, c.after, c.jurisdiction, c.visitor) for c in report.rows]


def test_an_evenly_mixed_folder_has_no_home_and_no_visitors(mixed) -> None:
    assert main_jurisdiction(mixed) == "武汉经开区"  # the explorer's first view still opens on one place
    assert home_jurisdiction(mixed) == ""
    report = changes(mixed, 2021, 2024)
    assert report.jurisdiction == ""
    assert report.summary() == ("2021 → 2024 across 2 places (no place has more than half of the articles): 2 posts "
                                "changed holder, 0 promoted, 0 moved, 0 new, 0 not seen again")
    assert _rows(report) == [
        ("succeeded", "武汉经开区党工委书记", "孙启明", "方立新", "武汉经开区", False),
        ("succeeded", "许昌经开区党工委书记", "刘建军", "高振宇", "许昌经开区", False),
    ]


def test_a_place_asked_for_makes_the_others_visitors(mixed) -> None:
    report = changes(mixed, 2021, 2024, place="许昌经开区")
    assert report.summary() == ("2021 → 2024 in 许昌经开区: 1 posts changed holder, 0 promoted, 0 moved, 0 new, "
                                "0 not seen again; 1 rows about visitors from other places")
    assert _rows(report) == [
        ("succeeded", "许昌经开区党工委书记", "刘建军", "高振宇", "许昌经开区", False),
        ("succeeded", "武汉经开区党工委书记", "孙启明", "方立新", "武汉经开区", True),
    ]
    with pytest.raises(ValueError, match="--place 南京经开区: no post of that place in the graph"):
        changes(mixed, 2021, 2024, place="南京经开区")


def test_a_place_with_most_of_the_articles_is_home(tmp_path) -> None:
    for name in ("xc_2021.txt", "xc_2024.txt", "wh_2021.txt"):
        (tmp_path / name).write_text(DOCS[name], encoding="utf-8")
    g = build_graph([extract_document(d) for d in read_documents([tmp_path])])
    assert home_jurisdiction(g) == "许昌经开区"
    report = changes(g, 2021, 2024)
    assert _rows(report) == [
        ("succeeded", "许昌经开区党工委书记", "刘建军", "高振宇", "许昌经开区", False),
        ("not_seen", "孙启明", "武汉经开区党工委书记", "", "武汉经开区", True),
    ]
