"""Corpus-level dating: an undated document takes the year of the dated one sharing most post holdings."""

from __future__ import annotations

import pytest
from newskg.extract.corpus import date_by_personnel, unknown_manifest_rows
from newskg.extract.model import Article, ArticleFacts, DatedValue, Document, DocumentFacts, Holding

#: Three officials of a made-up county, each in one post, written as the genre writes them.
CHAIN = {"周永康": ("某县县委", "书记"), "吴国平": ("某县政府", "县长"), "刘芳": ("某县县委", "副书记"),
         "陈明": ("某县政府", "副县长")}


def _doc(doc_id: str, date: str | None, names: list[str]) -> DocumentFacts:
    text = "，".join(f"{CHAIN[n][0]}{CHAIN[n][1]}{n}" for n in names) + "出席会议。"
    doc = Document(id=doc_id, source=doc_id, raw=text, clean=text, offsets=list(range(len(text) + 1)))
    doc.date = DatedValue(date, "filename" if date else "unknown")
    art = Article(doc_id, 1, 0, len(text), text, date=DatedValue(date, "document" if date else "unknown"))
    found = ArticleFacts(art)
    for n in names:
        s = text.index(n)
        org, title = CHAIN[n]
        found.holdings.append(Holding(art.mention(s, s + len(n)), org, title, art.mention(text.index(org), s + len(n))))
    res = DocumentFacts(doc)
    res.articles.append(found)
    return res


def test_undated_takes_year_of_document_sharing_most_holdings() -> None:
    docs = [
        _doc("a.txt", "2019-05-01", ["周永康", "吴国平"]),
        _doc("b.txt", "2021-03-02", ["周永康", "吴国平", "刘芳"]),
        _doc("c.txt", None, ["周永康", "吴国平", "刘芳", "陈明"]),
    ]
    date_by_personnel(docs)
    c = docs[2].document.date
    assert (c.value, c.basis) == ("2021", "personnel")
    assert c.evidence == "shares 3 post holdings with b.txt (2021)"
    assert docs[2].articles[0].article.date.value == "2021"


def test_tie_goes_to_the_latest_then_the_first() -> None:
    docs = [
        _doc("a.txt", "2019", ["周永康", "吴国平"]),
        _doc("b.txt", "2022", ["周永康", "吴国平"]),
        _doc("b2.txt", "2022", ["周永康", "吴国平"]),
        _doc("c.txt", None, ["周永康", "吴国平"]),
    ]
    date_by_personnel(docs)
    assert docs[3].document.date.evidence == "shares 2 post holdings with b.txt (2022)"


def test_one_shared_holding_is_not_enough() -> None:
    docs = [_doc("a.txt", "2019", ["周永康", "刘芳"]), _doc("c.txt", None, ["周永康", "陈明"])]
    date_by_personnel(docs)
    assert docs[1].document.date.value is None
    assert docs[1].document.date.basis == "unknown"


@pytest.mark.parametrize(
    ("rows", "unknown"),
    [
        (["2023-03-15.txt", "papers/2023-03-16.txt", "2023-03-17", "p1"], []),  # by id, path, stem, record id
        (["2023-03-15.txt", "2023-3-16.txt", "2023-03-18.txt"], ["2023-3-16.txt", "2023-03-18.txt"]),
        (["bad.txt"], []),  # a file that was read but skipped is no unknown row
    ],
)
def test_unknown_manifest_rows(rows, unknown):
    manifest = dict.fromkeys(rows, "2023-01-01")
    names = ["2023-03-15.txt", "papers/2023-03-16.txt", "b/2023-03-17.txt", "p1", "/data/in/bad.txt"]
    assert unknown_manifest_rows(manifest, names) == unknown
