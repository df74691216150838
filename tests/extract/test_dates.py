from __future__ import annotations

import pytest
from newskg.extract import dates as D
from newskg.extract.model import DatedValue


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2023-03-15", "2023-03-15"), ("2023/3/5", "2023-03-05"), ("20230315", "2023-03-15"), ("2023", "2023"),
     ("2023-02-30", None), ("2023-13", None), ("yesterday", None)],
)
def test_parse_iso(value, iso):
    assert D.parse_iso(value) == iso


@pytest.mark.parametrize(
    ("name", "iso"),
    [("2023-03-15.txt", "2023-03-15"), ("20230315_page2.txt", "2023-03-15"), ("zz_2022_01_26.txt", "2022-01-26"),
     ("000_9fb36274539cd6f1.txt", None), ("20231345.txt", None)],
)
def test_date_from_filename(name, iso):
    assert D.date_from_filename(name) == iso


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("本报讯 1月26日上午，经开区召开2021年度党（工）委书记抓基层党建工作述职评议会", "2022"),
        ("回顾总结2021年工作，安排部署2022年工作", "2022"),
        ("市委全会是推动“十四五”收官、谋划“十五五”发展关键时期召开的会议", "2025"),
        ("确保“十五五”开局良好", "2026"),
        ("到2035年基本实现现代化，2024年全县生产总值增长6%", "2024"),
        ("没有年份的文字", None),
    ],
)
def test_infer_year(text, year):
    assert D.infer_year(text).value == year


def test_article_date_resolves_against_document():
    doc = DatedValue("2023", "text")
    assert D.article_date("本报讯 3月15日，经开区召开", doc)[0].value == "2023-03-15"
    assert D.article_date("本报讯 近日，某县召开", doc)[0] == DatedValue("2023", "document", "近日")
    value, text = D.article_date("本报讯 2月30日，县里召开", doc)
    assert value.value == "2023" and text == "2月30日"


def test_manifest(tmp_path):
    m = tmp_path / "dates.csv"
    m.write_text("file,date\na.txt,2023-03-15\nb.txt,2022\n", encoding="utf-8")
    assert D.load_manifest(m) == {"a.txt": "2023-03-15", "b.txt": "2022"}
    m.write_text("file,date\na.txt,2023-02-30\n", encoding="utf-8")
    with pytest.raises(D.DateError, match=r"dates.csv:2: not a valid date"):
        D.load_manifest(m)
    m.write_text("file,date\na.txt,2023-01-01\na.txt,2023-01-02\n", encoding="utf-8")
    with pytest.raises(D.DateError, match="listed twice"):
        D.load_manifest(m)
