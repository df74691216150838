"""The phrase helpers' fast paths give what the plain computations give, on the sample's own text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import jieba
import jieba.posseg
import pytest
from newskg.extract import phrases
from newskg.extract.reader import read_documents
from newskg.extract.segment import dictionary

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
SINGLE = frozenset({"v", "d", "r", "c", "u"})


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [doc.raw for doc in read_documents([SAMPLE])]


@pytest.fixture(scope="module")
def posseg() -> jieba.posseg.POSTokenizer:
    """jieba's own tagger over the shipped dictionary."""
    base = jieba.Tokenizer()
    base.FREQ, base.total = dictionary()
    base.initialized = True
    return jieba.posseg.POSTokenizer(base)


def _posseg_trim(tok: jieba.posseg.POSTokenizer, text: str, start: int, head: int, single: frozenset[str] | None) -> int:
    """trim_predicate as first written: over ``jieba.posseg``'s own (no-HMM) cut of the whole phrase."""
    base = tok.tokenizer
    pairs = list(tok.cut(text[start:head], HMM=False))
    pos = start
    for i, pair in enumerate(pairs):
        if pair.flag not in phrases._PREDICATE_TAGS or not base.FREQ.get(pair.word):
            break
        if len(pair.word) == 1:
            run = [pair]
            for nxt in pairs[i + 1 :]:
                if len(nxt.word) != 1:
                    break
                run.append(nxt)
            if len(run) > 1 and not all(p.flag in phrases._PREDICATE_TAGS for p in run):
                break
        if single is not None and len(pair.word) == 1 and pair.flag not in single:
            break
        pos += len(pair.word)
    return pos


def test_trim_predicate_matches_posseg_on_sample_windows(texts: list[str], posseg) -> None:
    windows = [(t, s, min(len(t), s + n)) for t in texts for s in range(0, len(t), 37) for n in (3, 6, 12)]
    windows += [(t, 0, len(t)) for t in ("要抓3D打印项目", "在AB.C产业园", "要\r\n抓", "进一步推进ABC公司项目", "")]
    trimmed = 0
    for text, start, head in windows:
        for single in (None, SINGLE):
            expected = _posseg_trim(posseg, text, start, head, single)
            assert phrases.trim_predicate(text, start, head, single) == expected, (text[start:head], single)
            trimmed += expected > start
    assert trimmed > 50  # the windows do exercise trimming, not only the early exit


def test_trim_predicate_examples() -> None:
    assert phrases.trim_predicate("推进航海路改造工程", 0, 7) == 2
    assert phrases.trim_predicate("娃哈哈项目", 0, 3) == 0


def test_scan_back_stops_at_stop_word_end(texts: list[str]) -> None:
    """The stop-word ends found once per text are exactly where a stop word ends, but those of a stop word that
    ends a proper noun (美的) or opens a facility noun (服务中心): the sample has 养老服务中心."""
    stops = set(phrases.words("scan_stops.txt"))
    excepted = 0
    for text in texts:
        ends = phrases._stop_ends(text)
        brute = {i + len(w) for w in stops for i in range(len(text)) if text.startswith(w, i)}
        kept = {
            i + len(w)
            for w in stops
            for i in range(len(text))
            if text.startswith(w, i)
            and not phrases._ends_proper_noun(text, i, len(w))
            and not phrases._opens_facility(text, i, len(w))
        }
        assert ends == kept
        excepted += len(brute - kept)
    assert excepted > 0
    assert len(ends) > 100


def test_stop_automaton_finds_every_stop_word_with_its_length() -> None:
    auto, lengths = phrases._stop_automaton()
    for word in phrases.words("scan_stops.txt"):
        found = auto.find_matches_as_indexes(word, overlapping=True)
        assert [(0, len(word), len(word))] == [(s, e, lengths[i]) for i, s, e in found if (s, e) == (0, len(word))]


def _scan_back_by_letter(text, head_start, limit=30, taken=(), adjacent_stops=True):
    """scan_back as first written: one letter at a time."""
    stops = set(phrases.words("scan_stops.txt"))
    ends = {e for _, e in taken}
    pos = head_start
    floor = max(0, head_start - limit)
    while pos > floor:
        if pos in ends and pos != head_start:
            break
        if not re.match(f"[{phrases.NAME_CHARS}]", text[pos - 1]):
            break
        stop = next((w for w in stops if text[:pos].endswith(w)), None)
        if (adjacent_stops or pos < head_start) and stop and not phrases._ends_proper_noun(text, pos - len(stop), len(stop)):
            if not phrases._opens_facility(text, pos - len(stop), len(stop)):
                break  # 美的: a stop word that ends a proper noun is none; 服务 of 服务中心 neither
        pos -= 1
    for a, b in (("“", "”"), ("（", "）"), ("(", ")")):
        seg = text[pos:head_start]
        while seg.count(a) > seg.count(b):
            pos += seg.index(a) + 1
            seg = text[pos:head_start]
        if seg.count(b) > seg.count(a) and b in seg:
            pos += seg.index(b) + 1
    return pos


def test_scan_back_matches_letter_by_letter_scan(texts: list[str]) -> None:
    rng = random.Random(7)
    moved = 0
    extra = ["“双十工程”建设", "（郑州）国际陆港项目", "在航海路、经开区第八大街", "听取美的顺德机器人产业园项目"]
    for text in texts + extra:
        for _ in range(400):
            head = rng.randrange(len(text) + 1)
            limit = rng.choice([10, 12, 30])
            taken = [(head - 4, head - 2)] if rng.random() < 0.3 else []
            adjacent = rng.random() < 0.5
            expected = _scan_back_by_letter(text, head, limit, taken, adjacent)
            assert phrases.scan_back(text, head, limit, taken, adjacent) == expected, (text[max(0, head - limit) : head])
            moved += expected < head
    assert moved > 500
