"""Properties that must hold for any input text (hypothesis, bounded so the file runs in well under 30 s).

Generated text mixes real sentences of the sample corpus (so the extractors
fire) with random Unicode, control characters, odd line endings and long
punctuation runs (so they are stressed).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newskg.extract import clean as C
from newskg.extract.convert import looks_traditional, t2s_same_length
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

#: Sentences (and headline / byline lines) of the sample, each with its line breaks kept.
SENTENCES: list[str] = [
    s
    for p in sorted(SAMPLE.glob("*.txt"))
    for s in re.findall(r"[^。！？]*[。！？]?\n?", p.read_text(encoding="utf-8"))
    if s.strip()
]

_NOISE = st.one_of(
    st.text(max_size=12),  # any Unicode except surrogates
    st.text(alphabet=st.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "Zl", "Zp")), max_size=6),
    st.sampled_from(["\r\n", "\r", "\n", "\n\n", " ", "\u3000", "\t", "\x0b", "\x0c", "\x1c", "\u2028", "\x85"]),
    st.builds(lambda ch, n: ch * n, st.sampled_from(list("，。、；：？！“”（）《》—…·,.;:!?()-=*#")), st.integers(1, 200)),
    st.sampled_from(["本报讯 ", "记者 王赛华\n", "县委书记王建国", "2月30日", "13月5日", "2023年", "經開區黨工委書記"]),
)
_SENTENCE = st.sampled_from(SENTENCES)
#: Sentences twice as likely as noise, so most examples give the extractors something to find.
PIECES = st.one_of(_SENTENCE, _SENTENCE, _NOISE)
TEXTS = st.lists(PIECES, min_size=1, max_size=25).map("".join)

#: Derandomized: the same examples on every run, so that a run on a new machine checks what was checked here.
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _check_offsets(offsets, text: str, raw: str) -> None:
    offsets = list(offsets)
    assert len(offsets) == len(text) + 1
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False)), "offsets decrease"
    assert all(0 <= o < len(raw) for o in offsets[:-1]), "offset outside the raw text"
    assert 0 <= offsets[-1] <= len(raw)


# --- the clean-up's offset map -----------------------------------------------------


@PROPS
@given(TEXTS)
def test_cleanup_offset_map_points_into_the_original(raw):
    t = C.run(C.MappedText.of(raw), C.NORMALIZE + C.CLEAN_BLOCK)
    _check_offsets(t.offsets, t.text, raw)
    for i, ch in enumerate(t.text):  # each character came from its raw character
        src = raw[t.offsets[i]]
        assert ch == src or ch in C.apply(src, C.NORMALIZE) or t2s_same_length(src) == ch or ch == "\ufffd" or (
            ch == "\n" and src == "\r"
        ) or (src.isspace() and ch in " |"), (i, ch, src)  # a table's tab or wide space is a cell's bar: " | "


@PROPS
@given(TEXTS)
def test_document_offset_map_points_into_the_original(raw):
    doc = Document("p.txt", "p.txt", raw)
    extract_document(doc, cli_date="2023-01-01")
    _check_offsets(doc.offsets, doc.clean, raw)


# --- every fact's span, read from the raw text and cleaned, is the fact's text ------------


#: NORMALIZE without the traditional → simplified step, which decides on the whole text, not on a piece.
_NORMALIZE_CHARS = tuple(s for s in C.NORMALIZE if s is not C.to_simplified)


def _clean_piece(piece: str, traditional: bool, byline: bool) -> str:
    steps = _NORMALIZE_CHARS + (C.CLEAN_BYLINE if byline else C.CLEAN_BLOCK)
    out = C.apply(piece, steps)
    return t2s_same_length(out) if traditional else out


_LINE_MARKS_RE = re.compile(r"[\s|]")


@PROPS
@given(TEXTS)
def test_evidence_span_in_the_raw_text_cleans_to_the_mention(raw):
    doc = Document("p.txt", "p.txt", raw)
    res = extract_document(doc, cli_date="2023-01-01")
    traditional = looks_traditional(C.run(C.MappedText.of(raw), _NORMALIZE_CHARS).text)
    bylines = {id(r) for af in res.articles for r in af.article.reporters}
    for m in res.mentions():
        assert doc.clean[m.start : m.end] == m.text
        s, e = doc.raw_span(m.start, m.end)
        assert all(s <= doc.offsets[i] < e for i in range(m.start, m.end)), (m, raw[s:e])
        # line-level steps (join_lines, tabs_to_cells) read whole lines: a piece cleaned alone may break its lines
        # otherwise, never its letters
        piece = _clean_piece(raw[s:e], traditional, id(m) in bylines)
        assert _LINE_MARKS_RE.sub("", piece) == _LINE_MARKS_RE.sub("", m.text), (m, raw[s:e])


# --- never raises --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_extraction_never_raises_on_arbitrary_unicode(raw):
    doc = Document("p.txt", "p.txt", raw)
    res = extract_document(doc)
    for m in res.mentions():
        assert doc.clean[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "raw",
    [
        "，" * 100_000,
        "。\n" * 20_000,
        "本报讯" * 5_000,
        "记者 " * 5_000,
        "\x00\x01\x0b\x0c\x1b\x7f" * 1000,
        "\r" * 10_000 + "县委书记王建国",
        "\u200b\ufeff\u202e" * 1000 + "县委书记王建国主持会议。",
        "\ud800县委书记王建国\udfff主持会议。",  # lone surrogates (a JSON escape) in library use
    ],
    ids=["commas", "full-stops", "openings", "bylines", "controls", "cr-run", "format-chars", "surrogates"],
)
def test_hostile_runs_do_not_raise(raw):
    doc = Document("p.txt", "p.txt", raw)
    res = extract_document(doc)
    _check_offsets(doc.offsets, doc.clean, raw)
    for m in res.mentions():
        assert doc.clean[m.start : m.end] == m.text


# --- graphs built from generated text: serialise → parse ----------------------------------


def _graph(texts: list[str]) -> nx.MultiDiGraph:
    from newskg.graph.build import build_graph

    from newskg.parallel import Options, work

    results = [work(Document(f"p{i}.txt", f"p{i}.txt", t), Options(cli_date="2023-03-01")) for i, t in enumerate(texts)]
    return build_graph(results)


def _rdf_formats() -> list[str]:
    from newskg.output import registry

    return [f for f in ("ttl", "nt") if f in registry.available()]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_rdf_round_trip_keeps_the_triple_count(tmp_path_factory, texts):
    import rdflib
    from newskg.output import registry
    from newskg.output.rdf.convert import to_graph

    g = _graph(texts)
    expected = len(to_graph(g))
    folder = tmp_path_factory.mktemp("rdf")
    for fmt in _rdf_formats():
        path = folder / registry.filename(fmt)
        registry.writer(fmt)(g, path)
        parsed = rdflib.Graph().parse(path, format={"ttl": "turtle", "nt": "nt"}[fmt])
        assert len(parsed) == expected, fmt


# --- GraphML and GEXF stay well-formed with control characters in the text ----------------

CONTROL_TEXT = (
    "经开区召开\x01重点项目\x0b推进会\n\n本报讯 3月15日，经开区召开重点项目推进会。"
    "经开区党工委书记李\x01小虎主持会议，管委会主任\x0b张\x1f华\x7f讲话。\x0c县委书记王建国\x08出席。\n记者 刘\x1b一鸣\n"
)


@pytest.fixture(scope="module")
def control_graph_files(tmp_path_factory) -> Path:
    from newskg.output import registry

    g = _graph([CONTROL_TEXT])
    folder = tmp_path_factory.mktemp("ctrl")
    for fmt in ("graphml", "gexf"):
        registry.writer(fmt)(g, folder / registry.filename(fmt))
    return folder


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@pytest.mark.parametrize("name", ["graph.graphml", "graph.gexf"])
def test_graph_xml_is_well_formed_without_control_characters(control_graph_files, name):
    data = (control_graph_files / name).read_text(encoding="utf-8")
    ET.fromstring(data.encode("utf-8"))
    assert not _XML_BAD.search(data)
    assert not re.search(r"&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[1-9]|2[0-9]|3[01]));", data, re.I)


def test_graph_xml_reads_back_with_networkx(control_graph_files):
    gm = nx.read_graphml(control_graph_files / "graph.graphml")
    gx = nx.read_gexf(control_graph_files / "graph.gexf")
    assert gm.number_of_nodes() == gx.number_of_nodes() > 0
    labels = {d.get("label") for _n, d in gm.nodes(data=True)}
    assert {"李小虎", "王建国"} <= labels, sorted(x for x in labels if x)[:40]


@settings(max_examples=20, deadline=None)
@given(TEXTS.map(lambda t: t + "\x01\x0b\x1f"))
def test_graph_xml_well_formed_for_generated_text(texts):
    import tempfile

    from newskg.output import registry

    g = _graph([texts])
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("graphml", "gexf"):
            path = Path(folder) / registry.filename(fmt)
            registry.writer(fmt)(g, path)
            assert not _XML_BAD.search(path.read_text(encoding="utf-8"))
            ET.parse(path)
        assert nx.read_graphml(Path(folder) / "graph.graphml").number_of_nodes() == g.number_of_nodes()


def test_gexf_reads_back_when_a_post_in_edge_is_written_last(tmp_path):
    from newskg.output import registry

    g = _graph(["本报讯书记玉一"])
    registry.writer("gexf")(g, tmp_path / "graph.gexf")
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == g.number_of_nodes()
