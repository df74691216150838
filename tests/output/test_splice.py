"""A file written by splicing: pieces the previous file has are copied from it, the rest made; the bytes are
those of making every piece. Turtle spliced from the graph of another set of documents, or after an edit of any
field a subject's triples are made from, is the Turtle written from scratch; so are JSON, GraphML and GEXF spliced from
another set of documents or after a document's signature changed."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from newskg.graph.build import build_graph
from newskg.output import gexf, graph_json, graphml, splice
from newskg.output.rdf import turtle
from newskg.output.splice import Reuse, Splicer, digest


def _write(path: Path, pieces: list[tuple[str, str | None]], previous: Path | None, version: str = "v1") -> Splicer:
    """Write ``pieces`` (text, key text or None) through a splicer reusing ``previous``."""
    with open(path, "wb") as fh:
        sp = Splicer(fh, Reuse(previous, version))
        for text, key in pieces:
            k = None if key is None else digest(key)
            if not sp.reuse(k, text[:3]):
                sp.made(text, k)
        sp.finish()
    sp.write_index(path)
    return sp


PIECES = [("头部\n", None), ("<a> 甲 .\n", "a1"), ("<b> 乙 .\n", "b1"), ("<c> 丙 .\n", "c1"), ("<d> 丁 .\n", "d1")]


def test_pieces_the_previous_file_has_are_copied_the_rest_made(tmp_path) -> None:
    first = _write(tmp_path / "one", PIECES, None)
    assert (first.copied, first.made_count) == (0, 4)
    assert splice.index_path(tmp_path / "one") == tmp_path / ".one.index"
    pieces = [PIECES[0], PIECES[1], ("<b> 乙乙 .\n", "b2"), PIECES[3], ("<e> 戊 .\n", "e1"), PIECES[4]]
    second = _write(tmp_path / "two", pieces, tmp_path / "one")
    assert (second.copied, second.made_count) == (3, 2)
    assert (tmp_path / "two").read_text(encoding="utf-8") == "".join(t for t, _k in pieces)
    third = _write(tmp_path / "three", PIECES, tmp_path / "two")  # and back
    assert (third.copied, third.made_count) == (3, 1)
    assert (tmp_path / "three").read_bytes() == (tmp_path / "one").read_bytes()


def test_an_index_of_another_file_or_other_code_is_not_used(tmp_path) -> None:
    _write(tmp_path / "one", PIECES, None)
    assert _write(tmp_path / "two", PIECES, tmp_path / "one", version="v2").copied == 0  # other code
    _write(tmp_path / "one", PIECES, None)
    with open(tmp_path / "one", "r+b") as fh:  # the file edited after its index was written
        fh.seek(len("头部\n".encode()) + 1)
        fh.write(b"x")
    os.utime(tmp_path / "one", ns=(1, 1))
    sp = _write(tmp_path / "three", PIECES, tmp_path / "one")
    assert (sp.copied, sp.made_count) == (0, 4)
    (tmp_path / ".one.index").write_bytes(b"not an index")
    assert _write(tmp_path / "four", PIECES, tmp_path / "one").copied == 0


def test_a_piece_that_does_not_begin_as_expected_is_made(tmp_path) -> None:
    _write(tmp_path / "one", PIECES, None)
    moved = [PIECES[0], ("<a> 甲 .\n", "b1")]  # b's key asked for at a's subject: the copy would begin "<b>"
    sp = _write(tmp_path / "two", moved, tmp_path / "one")
    assert (sp.copied, sp.made_count) == (0, 1)
    assert (tmp_path / "two").read_text(encoding="utf-8") == "头部\n<a> 甲 .\n"


def _spliced(g, previous: Path, path: Path) -> bytes:
    turtle.write(g, path, Reuse(previous, "test"))
    return path.read_bytes()


@pytest.fixture(scope="module")
def indexed_sample(sample_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ttl") / "graph.ttl"
    turtle.write(sample_graph, path, Reuse(None, "test"))
    assert path.read_bytes() == turtle.dumps(sample_graph).encode("utf-8")
    assert splice.index_path(path).is_file()
    return path


def test_turtle_spliced_from_itself_makes_no_subject(sample_graph, indexed_sample, tmp_path, monkeypatch) -> None:
    counts = []
    finish = Splicer.finish

    def counted(self):
        counts.append((self.copied, self.made_count))
        finish(self)

    monkeypatch.setattr(Splicer, "finish", counted)
    assert _spliced(sample_graph, indexed_sample, tmp_path / "again.ttl") == indexed_sample.read_bytes()
    (copied, made), = counts
    with splice.index_path(indexed_sample).open("rb") as fh:  # every subject the index lists, and no other
        fh.readline()
        listed = json.loads(fh.readline())["count"]
    assert (copied, made) == (listed, 0) and listed > 700


def test_turtle_spliced_from_the_graph_of_fewer_documents(sample_results, indexed_sample, tmp_path) -> None:
    fewer = build_graph([r for r in sample_results if r is not sample_results[2]])
    fewer_ttl = tmp_path / "fewer.ttl"
    assert _spliced(fewer, indexed_sample, fewer_ttl) == turtle.dumps(fewer).encode("utf-8")
    whole = build_graph(sample_results)
    assert _spliced(whole, fewer_ttl, tmp_path / "whole.ttl") == indexed_sample.read_bytes()


def _edits(g) -> list:
    """Edits of every kind of field a subject's lines are made from."""
    person = next(n for n, d in g.nodes(data=True) if d["type"] == "Person")
    article = next(n for n, d in g.nodes(data=True) if d["type"] == "Article")
    u, v, k, d = next((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d.get("evidence"))

    def label(h):
        h.nodes[person]["label"] += "甲"

    def alias(h):
        h.nodes[person]["aliases"].append("别名")

    def seen(h):
        h.nodes[person]["last_seen"] = "2099-01-01"

    def headline(h):
        h.nodes[article]["headline"] = "另一个标题"

    def quote(h):
        h.edges[u, v, k]["evidence"] += "。"

    def date(h):
        h.edges[u, v, k]["date"] = "2001-02-03"

    def drop(h):
        h.remove_edge(u, v, k)

    def retype(h):
        h.edges[u, v, k]["type"] = "attended" if d["type"] != "attended" else "chaired"

    return [label, alias, seen, headline, quote, date, drop, retype]


def test_turtle_spliced_after_each_kind_of_edit_is_written_anew(sample_graph, indexed_sample, tmp_path) -> None:
    for edit in _edits(sample_graph):
        h = copy.deepcopy(sample_graph)
        edit(h)
        want = turtle.dumps(h).encode("utf-8")
        assert want != indexed_sample.read_bytes(), edit.__name__
        assert _spliced(h, indexed_sample, tmp_path / f"{edit.__name__}.ttl") == want, edit.__name__


@pytest.mark.parametrize("module", [graphml, gexf], ids=["graphml", "gexf"])
def test_graphml_and_gexf_spliced_from_the_graph_of_fewer_documents(module, sample_results, tmp_path) -> None:
    """A source's edges are keyed by the signatures of the documents they quote: the graph of the sample without
    one page, written from the whole sample's file, and back, is what is written from scratch."""
    signatures = {r.document.id: f"{r.document.id} as read" for r in sample_results}
    fewer = build_graph([r for r in sample_results if r is not sample_results[2]])
    whole = build_graph(sample_results)
    whole_file, fewer_file, again = tmp_path / "whole", tmp_path / "fewer", tmp_path / "again"
    module.write(whole, whole_file, Reuse(None, "test", signatures))
    assert whole_file.read_bytes() == module.dumps(whole)
    module.write(fewer, fewer_file, Reuse(whole_file, "test", signatures))
    assert fewer_file.read_bytes() == module.dumps(fewer) != whole_file.read_bytes()
    module.write(whole, again, Reuse(fewer_file, "test", signatures))
    assert again.read_bytes() == whole_file.read_bytes()


@pytest.mark.parametrize("module", [graphml, gexf], ids=["graphml", "gexf"])
def test_an_edge_of_a_document_whose_signature_changed_is_made_again(module, sample_graph, tmp_path) -> None:
    docs = sorted({d["doc"] for _u, _v, d in sample_graph.edges(data=True) if d.get("doc")})
    signatures = {doc: "first" for doc in docs}
    module.write(sample_graph, tmp_path / "first", Reuse(None, "test", signatures))
    h = copy.deepcopy(sample_graph)
    u, v, k, d = next((u, v, k, d) for u, v, k, d in h.edges(keys=True, data=True)
                      if d.get("doc") == docs[0] and d.get("evidence"))
    d["evidence"] += "（修订）"
    module.write(h, tmp_path / "second", Reuse(tmp_path / "first", "test", {**signatures, docs[0]: "second"}))
    assert (tmp_path / "second").read_bytes() == module.dumps(h) != (tmp_path / "first").read_bytes()


def _json_bytes(g) -> bytes:
    return graph_json.dumps(g).encode("utf-8")


def test_json_spliced_from_the_graph_of_fewer_documents_and_from_itself(sample_results, tmp_path, monkeypatch) -> None:
    """graph.json's items: a source's links keyed by document signatures, a node by its attributes and its
    mentions' signatures and spans. The sample without one page, written from the whole sample's file, and back,
    is what is written from scratch; written from itself, every source's links and every node are copied."""
    signatures = {r.document.id: f"{r.document.id} as read" for r in sample_results}
    fewer = build_graph([r for r in sample_results if r is not sample_results[2]])
    whole = build_graph(sample_results)
    whole_file, fewer_file, again, same = (tmp_path / n for n in ("whole", "fewer", "again", "same"))
    graph_json.write(whole, whole_file, Reuse(None, "test", signatures))
    assert whole_file.read_bytes() == _json_bytes(whole)
    graph_json.write(fewer, fewer_file, Reuse(whole_file, "test", signatures))
    assert fewer_file.read_bytes() == _json_bytes(fewer) != whole_file.read_bytes()
    graph_json.write(whole, again, Reuse(fewer_file, "test", signatures))
    assert again.read_bytes() == whole_file.read_bytes()
    counts = []
    finish = Splicer.finish
    monkeypatch.setattr(Splicer, "finish", lambda self: (counts.append((self.copied, self.made_count)), finish(self)))
    graph_json.write(whole, same, Reuse(whole_file, "test", signatures))
    sources = sum(1 for n in whole if whole.out_degree(n))
    assert same.read_bytes() == whole_file.read_bytes() and counts == [(len(whole) + sources, 0)]


def test_json_items_of_a_document_whose_signature_changed_are_made_again(sample_graph, tmp_path) -> None:
    docs = sorted({d["doc"] for _u, _v, d in sample_graph.edges(data=True) if d.get("doc")})
    signatures = {doc: "first" for doc in docs}
    graph_json.write(sample_graph, tmp_path / "first", Reuse(None, "test", signatures))
    h = copy.deepcopy(sample_graph)
    node = next(n for n, d in h.nodes(data=True) if any(m["doc"] == docs[0] for m in d.get("mentions", ())))
    next(m for m in h.nodes[node]["mentions"] if m["doc"] == docs[0])["evidence"] += "（修订）"
    _u, _v, d = next((u, v, d) for u, v, d in h.edges(data=True) if d.get("doc") == docs[0] and d.get("evidence"))
    d["evidence"] += "（修订）"
    graph_json.write(h, tmp_path / "second", Reuse(tmp_path / "first", "test", {**signatures, docs[0]: "second"}))
    assert (tmp_path / "second").read_bytes() == _json_bytes(h) != (tmp_path / "first").read_bytes()
