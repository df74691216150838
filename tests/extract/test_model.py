"""The records' own behaviour: the clean → raw offset map kept as runs."""

from __future__ import annotations

import pickle

from newskg.extract.articles import segment
from newskg.extract.model import Document, Offsets


def test_offsets_read_as_the_list_they_were_made_from() -> None:
    raw = [0, 1, 2, 5, 6, 6, 7, 10]
    off = Offsets(raw)
    assert (len(off), list(off), off[3], off[-1], off[2:5]) == (8, raw, 5, 10, [2, 5, 6])
    assert (list(off.starts), list(off.raws)) == ([0, 3, 5, 7], [0, 5, 6, 10])
    assert off == raw and pickle.loads(pickle.dumps(off)) == raw


def test_a_page_with_line_breaks_inside_sentences_is_a_few_runs() -> None:
    raw = "本报讯 近日，县委书记苗振\n国到长塘镇调研项目建设，\n详细了解工程进度情况。\n"
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert art.text == "本报讯 近日，县委书记苗振国到长塘镇调研项目建设，详细了解工程进度情况。"
    assert len(doc.offsets) == len(doc.clean) + 1 and len(doc.offsets.starts) == 4
    name = doc.clean.index("苗振国")
    assert doc.raw_span(name, name + 3) == (raw.index("苗振"), raw.index("国到") + 1)
