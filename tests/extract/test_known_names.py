"""Later mentions of known names (:mod:`extract.known_names`): the same spans as a longest-first alternation."""

from __future__ import annotations

from newskg.extract import known_names


def test_leftmost_longest_is_what_a_longest_first_alternation_finds() -> None:
    """Later mentions are found as ``re.finditer`` of the names, longest first, would find them."""
    import re
    from pathlib import Path

    from newskg.extract.pipeline import extract_document
    from newskg.extract.reader import read_documents

    sample = Path(__file__).resolve().parents[2] / "data" / "sample"
    checked = 0
    for doc in read_documents([sample]):
        res = extract_document(doc)
        names = {h.person.text for af in res.articles for h in af.holdings} | {"张国", "张国际", "国际"}
        pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        for af in res.articles:
            text = af.article.text + "张国际合作" + "张国"
            assert known_names.leftmost_longest(text, names) == [m.span() for m in pattern.finditer(text)]
            checked += 1
    assert checked == 23
