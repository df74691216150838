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


def test_a_document_s_facts_come_back_from_pickle_equal_field_by_field() -> None:
    from dataclasses import fields

    from newskg.extract.model import DatedValue, Mention
    from newskg.extract.pipeline import extract_document

    raw = ("郑州经开区管委会\n2023年3月15日\n\n本报讯 3月15日，经开区党工委书记李小虎主持召开党工委会议，"
           "管委会主任张波出席。会后，李小虎到郑州国际陆港项目调研。\n")
    res = extract_document(Document("p.txt", "p.txt", raw))
    back = pickle.loads(pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == res and back is not res
    [found] = back.articles
    assert [(h.person.text, h.org, h.title) for h in found.holdings] == [
        ("李小虎", "郑州经开区党工委", "书记"), ("张波", "郑州经开区管委会", "主任")]
    # the state is the field values in order, for frozen and unfrozen records alike
    assert Mention("张波", 3, 5).__getstate__() == ("张波", 3, 5, "")
    assert DatedValue("2023-03-15", "text").__getstate__() == ("2023-03-15", "text", "")
    assert len(found.__getstate__()) == len(fields(found))
