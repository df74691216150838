"""Command-line edges (issue 16 pt 6): a damaged graph, a binary query file, a query that would crash the SPARQL
engine, impossible ports and years, empty names — each one clear line and the right exit code, never
"internal error", a traceback or a segfault. Run as a user runs them, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newskg.output import sparql_policy as policy

ROOT = Path(__file__).resolve().parent.parent


def newskg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newskg.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def one_line(r: subprocess.CompletedProcess) -> str:
    """The error line of a failed run (click's usage lines before it dropped)."""
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    return r.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize(("content", "why"), [
    (b'{"nodes": [{"id": 1', "not the JSON `newskg build` writes (Expecting ',' delimiter: line 1 column 20 (char 19))"),
    (b'\xff\xfe\x00{}', "not the JSON `newskg build` writes ('utf-8' codec can't decode byte 0xff in position 0: "
                       "invalid start byte)"),
    (b'{"nodes": 5, "links": []}', "no object with a list of nodes and a list of links"),
    (b'[1, 2]', "no object with a list of nodes and a list of links"),
    (b'{"nodes": [{"x": 1}], "links": []}', "node 0 has no id (a string) or a type that is no string"),
    (b'{"nodes": [{"id": "person:a", "type": "Person", "mentions": 5}], "links": []}',
     "node 'person:a': mentions are not a list of records"),
    (b'{"nodes": [{"id": "person:a", "type": "Person"}], "links": [{"source": "person:a", "target": "post:b"}]}',
     "link 0 joins 'person:a' and 'post:b', not both nodes of the graph"),
])
@pytest.mark.parametrize("command", [
    ["roles", "李小虎"], ["post", "经开区党工委书记"], ["changes", "--from", "2022", "--to", "2023"],
])
def test_damaged_graph_json_is_one_line_naming_the_file(tmp_path, content, why, command):
    (tmp_path / "graph.json").write_bytes(content)
    r = newskg(*command, "-g", str(tmp_path))
    path = tmp_path / "graph.json"
    rebuild = "rebuild it" if "JSON" in why else f"rebuild it with `newskg build … -o {tmp_path}`"
    assert (r.returncode, one_line(r)) == (1, f"Error: {path}: damaged, {why}; {rebuild}")


def test_binary_query_file_is_one_line(sample_out, tmp_path):
    rq = tmp_path / "photo.rq"
    rq.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    r = newskg("query", "-g", str(sample_out), "-f", str(rq))
    assert (r.returncode, one_line(r)) == (
        1, f"Error: {rq}: not a UTF-8 text file (byte 0: invalid start byte); give a SPARQL query file")


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000, policy.TOO_DEEP),  # was a segfault, rc 139
    ("SELECT * WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s ?p ?o{i} }}" for i in range(1500)) + " }", policy.TOO_LONG),
    ("SELECT * WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s ?p ?o{i} }}" for i in range(60)) + " }",
     policy.TOO_COMPLEX),
])
def test_query_refuses_what_would_crash_or_stall_the_engine(sample_out, tmp_path, query, message):
    rq = tmp_path / "q.rq"
    rq.write_text(query, encoding="utf-8")
    r = newskg("query", "-g", str(sample_out), "-f", str(rq))
    assert (r.returncode, one_line(r)) == (1, f"Error: {message}")


@pytest.mark.parametrize(("args", "message"), [
    (["serve", "--port", "70000"], "Error: Invalid value for '--port': 70000 is not in the range 0<=x<=65535."),
    (["serve", "--port", "-1"], "Error: Invalid value for '--port': -1 is not in the range 0<=x<=65535."),
    (["post", "经开区党工委书记", "--year", "0"], "Error: Invalid value for '--year': 0 is not in the range 1949<=x<=2100."),
    (["post", "经开区党工委书记", "--year", "20233"],
     "Error: Invalid value for '--year': 20233 is not in the range 1949<=x<=2100."),
    (["changes", "--from", "0", "--to", "2023"], "Error: Invalid value for '--from': 0 is not in the range 1949<=x<=2100."),
    (["changes", "--from", "2022", "--to", "3000"],
     "Error: Invalid value for '--to': 3000 is not in the range 1949<=x<=2100."),
])
def test_impossible_ports_and_years_are_usage_errors(sample_out, args, message):
    r = newskg(*args, "-g", str(sample_out))
    assert (r.returncode, one_line(r)) == (2, message)


@pytest.mark.parametrize(("args", "message"), [
    (["roles", ""], "Error: give a person's name (or an id such as 杨洁@卧龙区)"),
    (["roles", "  "], "Error: give a person's name (or an id such as 杨洁@卧龙区)"),
    (["post", ""], "Error: give a post (organisation and title, e.g. 经开区党工委书记)"),
])
def test_empty_names_are_refused(sample_out, args, message):
    r = newskg(*args, "-g", str(sample_out))
    assert (r.returncode, one_line(r), r.stdout) == (1, message, "")


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["serve", "--port", "0"]])
def test_damaged_graph_ttl_is_one_line_for_query_and_serve(tmp_path, command):
    (tmp_path / "graph.ttl").write_text('<a> <b> "unterminated .\n', encoding="utf-8")
    r = newskg(*command, "-g", str(tmp_path))
    assert (r.returncode, one_line(r)) == (1, f"Error: {tmp_path / 'graph.ttl'}: damaged, not the RDF `newskg build` "
                                              "writes (Parser error at line 1 between columns 1 and 4: No scheme found "
                                              "in an absolute IRI (graph.ttl, line 1)); rebuild it")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no half-loaded store left behind
