"""Every lexicon file in extract/lexicons/ (the one integrity test; new files are checked without being listed).

A lexicon opens with a ``#`` header naming what it holds and where its words come from; its entries are NFC,
unique, without stray spaces (a later field of a row may be empty where the header says what that means). A
one-column ``.txt`` is in code point order (its order means nothing: :func:`resources.words` sorts it longest
first). A ``.tsv`` has the same number of fields on every row and is in code point order too, unless its header
says in an ``# order:`` line how its rows are grouped.
"""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
from newskg.extract.resources import _lines, lexicon_names, table, words

NAMES = lexicon_names()


def _text(name: str) -> str:
    return resources.files("newskg.extract").joinpath("lexicons", name).read_text(encoding="utf-8")


def test_every_lexicon_is_found() -> None:
    assert {"periods.tsv", "official_titles.txt", "single_holder_titles.txt", "page_chrome.tsv"} <= set(NAMES)
    assert len(NAMES) >= 40


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_is_clean(name: str) -> None:
    text = _text(name)
    lines = _lines(name)
    assert text.startswith("# "), "a header comment first"
    assert text.endswith("\n") and "\r" not in text
    assert lines, "no entries"
    assert len(lines) == len(set(lines)), f"duplicates: {sorted({x for x in lines if lines.count(x) > 1})}"
    assert [unicodedata.normalize("NFC", x) for x in lines] == lines, "not NFC"
    raw = [x for x in text.splitlines() if x and not x.startswith("#")]
    assert raw == lines, "stray spaces around an entry"
    ordered = any(x.startswith("# order:") for x in text.splitlines())
    if name.endswith(".tsv"):
        rows = table(name)
        assert len({len(r) for r in rows}) == 1, "rows with different numbers of fields"
        assert all(r[0] for r in rows), "a row without its first field"
        assert all(f == f.strip() for r in rows for f in r), "spaces around a field"
    else:
        assert not ordered, "a .txt lexicon has no order of its own"
        assert all("\t" not in x and " " not in x for x in lines), "a one-column lexicon with two columns"
    if not ordered:
        assert lines == sorted(lines), "keep lexicons sorted (or say '# order: …' in the header of a .tsv)"


def test_periods_are_consecutive_five_year_plans() -> None:
    rows = table("periods.tsv")
    years = [(int(a), int(b)) for _name, a, b in rows]
    assert all(b - a == 4 for a, b in years)
    assert all(n[0] == p[1] + 1 for p, n in zip(years, years[1:], strict=False))
    assert rows[0] == ("十一五", "2006", "2010")


def test_words_are_longest_first() -> None:
    ws = words("single_holder_titles.txt")
    assert ws[0] == "街道办事处主任" and len(ws) == 22
    assert [len(w) for w in ws] == sorted((len(w) for w in ws), reverse=True)
