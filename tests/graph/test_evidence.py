"""Evidence records: the sentence found by bisection, and bounded for giant sentences (issue 16 point 2)."""

from __future__ import annotations

import random

from newskg.extract import pipeline
from newskg.extract.model import Document
from newskg.graph.build import EVIDENCE_MAX, build_graph, evidence_window, sentence_around

from tests.workcount import growth


def _sentence_reference(text: str, start: int, end: int) -> tuple[int, int]:
    """The letter-by-letter walk sentence_around replaced."""
    s = start
    while s > 0 and text[s - 1] not in "。！？；" and text[s - 1] != "\n":
        s -= 1
    e = end
    while e < len(text) and text[e - 1 : e] not in tuple("。！？；") and text[e] != "\n":
        e += 1
    return s, e


def test_sentence_around_equals_the_walk() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice("经开区。；\n，") for _ in range(rng.randint(1, 30)))
        a = rng.randrange(len(text))
        b = rng.randint(a + 1, len(text))
        assert sentence_around(text, a, b) == _sentence_reference(text, a, b), (text, a, b)


def test_sentence_around_work_grows_linearly() -> None:
    def every_mention(text: str) -> None:  # one mention every 9 letters of one giant sentence
        for i in range(0, len(text) - 9, 9):
            sentence_around(text, i, i + 3)

    assert growth(every_mention, lambda n: "经开区管委会主任张波，" * n + "出席。", 200) <= 2.5


def test_evidence_window_of_normal_and_giant_sentences() -> None:
    text = "前言。" + "经开区管委会主任张波，" * 200 + "出席会议。"
    assert evidence_window(text, 0, 2) == (0, 3, False)
    mention = (3 + 11 * 100, 3 + 11 * 100 + 8)  # 经开区管委会主任 of the 101st chain
    assert evidence_window(text, *mention) == (mention[0] - 200, mention[1] + 200, True)
    assert evidence_window(text, 5, 7) == (3, 207, True)  # the sentence's start is nearer than 200 letters


def test_roster_evidence_is_bounded_and_points_into_the_file() -> None:
    people = [f"王{a}{b}" for a in "伟芳敏静丽强磊军洋勇" for b in "强磊军洋勇杰娟涛"]  # 80 names: 1,500 letters
    raw = "本报讯 经开区召开大会。" + "，".join(f"经开区党工委委员、管委会副主任{x}" for x in people) + "参加会议。\n"
    g = build_graph([pipeline.extract_document(Document("r.txt", "r.txt", raw))])
    holds = [d for _u, _v, d in g.edges(data=True) if d["type"] == "holds"]
    assert len(holds) == 160
    for d in holds:
        assert len(d["evidence"]) <= EVIDENCE_MAX
        assert raw[d["evidence_start"] : d["evidence_end"]] == d["evidence"]
        assert d["evidence_start"] <= d["start"] < d["end"] <= d["evidence_end"]
    first = next(d for d in holds if raw[d["start"] : d["end"]].endswith(people[0]))
    assert first["evidence"] == raw[12 : first["end"] + 200]
