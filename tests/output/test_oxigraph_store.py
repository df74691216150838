"""SPARQL on a built folder: the store is made once, reused while fresh, reloaded when the graph changes."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from newskg.output import graph_json as json_store
from newskg.output import oxigraph_store as sparql
from newskg.output.rdf import ntriples

from tests.output.kgtiny import tiny_graph

PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
TINY_PEOPLE = ["张波", "李小虎", "樊福太", "王译博", "郭宏力"]


@pytest.fixture
def out(tmp_path):
    ntriples.write(tiny_graph(), tmp_path / "graph.nt")
    yield tmp_path
    sparql.close(tmp_path)


@pytest.fixture
def loads(monkeypatch):
    calls = []
    real = sparql._load_into

    def counting(store, source):
        calls.append(source.name)
        real(store, source)

    monkeypatch.setattr(sparql, "_load_into", counting)
    return calls


def names(outdir, query=PEOPLE) -> list[str]:
    return [r["name"] for r in sparql.select(outdir, query)]


def test_store_is_created_on_first_query_and_reused(out, loads):
    assert not (out / "store").exists()
    assert names(out) == TINY_PEOPLE
    assert (out / "store" / sparql.STAMP).exists()
    assert names(out) == TINY_PEOPLE
    sparql.close(out)  # a new process: opens the folder on disk, no reload
    assert names(out) == TINY_PEOPLE
    assert loads == ["graph.nt"]


def test_store_is_reloaded_when_the_graph_is_newer(out, loads):
    names(out)
    g = tiny_graph()
    g.nodes["person:张波"]["label"] = "张波波"
    ntriples.write(g, out / "graph.nt")
    stamp = (out / "store" / sparql.STAMP).stat().st_mtime_ns
    os.utime(out / "graph.nt", ns=(stamp + 10**9, stamp + 10**9))
    assert "张波波" in names(out)
    assert loads == ["graph.nt", "graph.nt"]
    assert not [p for p in out.iterdir() if p.name.startswith(".store.")]


def test_loads_turtle_or_json_when_there_is_no_nt(tmp_path):
    from newskg.output.rdf import turtle

    (tmp_path / "ttl").mkdir()
    turtle.write(tiny_graph(), tmp_path / "ttl" / "graph.ttl")
    (tmp_path / "json").mkdir()
    json_store.write(tiny_graph(), tmp_path / "json" / "graph.json")
    for sub in ("ttl", "json"):
        assert names(tmp_path / sub) == TINY_PEOPLE
        sparql.close(tmp_path / sub)


def test_no_graph_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="newskg build"):
        sparql.run_query(tmp_path, PEOPLE)


def test_table_csv_json(out):
    table = sparql.run_query(out, PEOPLE)
    lines = table.splitlines()
    assert lines[0] == "name" and set(lines[1]) == {"-"}
    assert lines[2:-1] == TINY_PEOPLE and lines[-1] == "(5 rows)"
    rows = list(csv.reader(io.StringIO(sparql.run_query(out, PEOPLE, "csv"))))
    assert rows == [["name"]] + [[n] for n in TINY_PEOPLE]
    data = json.loads(sparql.run_query(out, PEOPLE, "json"))
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == TINY_PEOPLE
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "zh"


def test_table_aligns_wide_characters_and_shortens_iris(out):
    q = 'SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 2'
    lines = sparql.run_query(out, q).splitlines()
    assert lines[2].startswith("id:person/张波    张波")
    assert lines[3].startswith("id:person/李小虎  李小虎")


def test_ask_construct_and_ontology_graph(out):
    assert sparql.run_query(out, "ASK { ?m a org:Membership }") == "true\n"
    assert json.loads(sparql.run_query(out, "ASK { ?m a org:Site }", "json"))["boolean"] is False
    q = "CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person ; rdfs:label '李小虎'@zh }"
    assert sparql.run_query(out, q, "csv").splitlines()[1].endswith("/person/李小虎,http://www.w3.org/1999/02/22-rdf-syntax-ns#type,https://schema.org/Person")
    assert "id:person/李小虎  rdf:type   schema:Person" in sparql.run_query(out, q)
    assert len(json.loads(sparql.run_query(out, q, "json"))) == 1
    onto = "SELECT ?l WHERE { GRAPH <https://newskg.example.org/ns> { nkg:chair rdfs:label ?l } } ORDER BY ?l"
    assert [r["l"] for r in sparql.select(out, onto)] == ["chair", "主持"]
    assert sparql.select(out, "SELECT ?x WHERE { nkg:chair rdfs:label ?x }") == []  # data only by default


def test_errors_are_query_errors(out):
    with pytest.raises(sparql.QueryError, match="syntax"):
        sparql.run_query(out, "SELECT WHERE {")
    with pytest.raises(sparql.QueryError, match="format"):
        sparql.run_query(out, PEOPLE, "xml")
    with pytest.raises(sparql.QueryError, match="not used"):
        sparql.run_query(out, PEOPLE, params={"year": "2023"})
    with pytest.raises(sparql.QueryError, match="SELECT"):
        sparql.select(out, "ASK { ?s ?p ?o }")


def test_params_are_literals_not_sparql(out):
    q = 'SELECT ?name WHERE { ?p rdfs:label ?name FILTER (STR(?name) = STR(COALESCE(?param_name, "张波"))) }'
    assert names(out, q) == ["张波"]
    assert [r["name"] for r in sparql.select(out, q, {"name": "郭宏力"})] == ["郭宏力"]
    hostile = '") || true || ("'
    assert sparql.select(out, q, {"name": hostile}) == []
    assert sparql.bind_params("?param_x ?param_xy", {"x": 'a"\\\n'}) == '"a\\"\\\\\\n" ?param_xy'


def test_sample_build_can_be_queried(sample_out):
    rows = sparql.select(sample_out, "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }")
    assert int(rows[0]["n"]) > 0
    sparql.close(sample_out)


def test_a_store_held_elsewhere_is_opened_read_only(out):
    import pyoxigraph as ox

    names(out)
    sparql.close(out)
    holder = ox.Store(str(out / "store"))  # another process (RocksDB allows one writer)
    try:
        assert names(out) == TINY_PEOPLE
    finally:
        sparql.close(out)
        del holder


def test_the_newer_of_nt_and_ttl_is_loaded(out, loads):
    from newskg.output.rdf import load, turtle

    names(out)
    g = tiny_graph()
    g.nodes["person:张波"]["label"] = "张波波"
    turtle.write(g, out / "graph.ttl")  # a later build that wrote Turtle only
    nt = (out / "graph.nt").stat().st_mtime_ns
    os.utime(out / "graph.ttl", ns=(nt + 10**9, nt + 10**9))
    stamp = (out / "store" / sparql.STAMP).stat().st_mtime_ns
    os.utime(out / "graph.ttl", ns=(max(nt, stamp) + 10**9,) * 2)
    assert load.graph_file(out).name == "graph.ttl"
    assert "张波波" in names(out)
    assert loads == ["graph.nt", "graph.ttl"]


def _quads(store) -> list[str]:
    return sorted(str(q) for q in store)


def _rebuilt(out, g) -> None:
    """A later build's graph.ttl: a new file (the published one is never written again), newer than the store."""
    from newskg.output.rdf import turtle

    (out / "graph.ttl").unlink()
    turtle.write(g, out / "graph.ttl")
    stamp = (out / "store" / sparql.STAMP).stat().st_mtime_ns
    os.utime(out / "graph.ttl", ns=(stamp + 10**9, stamp + 10**9))


@pytest.fixture
def ttl_out(tmp_path):
    from newskg.output.rdf import turtle

    turtle.write(tiny_graph(), tmp_path / "graph.ttl")
    yield tmp_path
    sparql.close(tmp_path)


def test_a_rebuilt_turtle_updates_the_store_by_the_subjects_that_changed(ttl_out, loads, caplog):
    import logging

    import pyoxigraph as ox

    out = ttl_out
    assert names(out) == TINY_PEOPLE
    g = tiny_graph()
    g.nodes["person:张波"]["label"] = "张波波"  # a changed subject
    g.remove_node("person:王译博")  # a subject gone, and its edges from other subjects
    g.add_node("person:周新", type="Person", label="周新", aliases=[], mentions=[], first_seen="", last_seen="")
    _rebuilt(out, g)
    with caplog.at_level(logging.INFO, logger=sparql.__name__):
        assert names(out) == ["周新", "张波波", "李小虎", "樊福太", "郭宏力"]
    assert loads == ["graph.ttl"]  # loaded once, then updated
    assert [r.getMessage().split(": ", 1)[1] for r in caplog.records if "updating" in r.getMessage()] == [
        "22 triples deleted, 5 inserted (6 of 87 subjects changed)"]  # as the two files' triple sets differ
    fresh = ox.Store()
    fresh.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    sparql._load_into(fresh, out / "graph.ttl")
    assert _quads(sparql.open_store(out)) == _quads(fresh)  # the ontology graph too
    assert (out / "store" / sparql.LOADED).stat().st_ino == (out / "graph.ttl").stat().st_ino  # a link, no copy


def test_an_update_cut_short_leaves_a_store_the_next_query_loads_whole(ttl_out, loads, monkeypatch):
    out = ttl_out
    names(out)
    g = tiny_graph()
    g.nodes["person:张波"]["label"] = "张波波"
    _rebuilt(out, g)
    sparql.close(out)

    def killed(store_dir, source):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(sparql, "_keep_source", killed)  # the store written, not yet stamped
        with pytest.raises(KeyboardInterrupt):
            names(out)
    sparql.close(out)
    assert not (out / "store" / sparql.STAMP).exists()
    assert "张波波" in names(out)
    assert loads == ["graph.ttl", "graph.ttl"]


def test_many_changes_or_another_ontology_load_the_store_whole(ttl_out, loads, monkeypatch):
    out = ttl_out
    names(out)
    g = tiny_graph()
    for n, d in g.nodes(data=True):
        d["label"] = f"{d.get('label', n)}甲"  # every subject changed
    _rebuilt(out, g)
    assert "张波甲" in names(out)
    g.nodes["person:张波"]["label"] = "张波乙"
    _rebuilt(out, g)
    monkeypatch.setattr(sparql.rdf_load, "ontology_digest", lambda: "another")
    assert "张波乙" in names(out)
    assert loads == ["graph.ttl", "graph.ttl", "graph.ttl"]


def test_a_store_written_by_hand_is_loaded_whole_after_a_rebuild(ttl_out, loads):
    import pyoxigraph as ox
    from newskg.output import gsp_writes

    out = ttl_out
    names(out)
    sparql.close(out)
    gate = gsp_writes.Gate(str(out / "store"))
    gate.write(lambda store: store.clear_graph(ox.DefaultGraph()))  # a DELETE ?default to `serve --writable`
    gate.close()
    assert not (out / "store" / sparql.LOADED).exists()
    g = tiny_graph()
    g.nodes["person:张波"]["label"] = "张波波"
    _rebuilt(out, g)
    assert names(out) == ["张波波", "李小虎", "樊福太", "王译博", "郭宏力"]  # not the emptied graph plus a change
    assert loads == ["graph.ttl", "graph.ttl"]


def test_the_ontology_digest_is_the_same_in_another_process():
    import subprocess
    import sys

    code = "from newskg.output.rdf import load; print(load.ontology_digest())"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout.strip()
    assert other == sparql.rdf_load.ontology_digest() and len(other) == 16
