"""The command line as a user runs it: the real ``newskg`` entry point in a subprocess."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent


def newskg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newskg.cli", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=300
    )


def test_build_sample(tmp_path, sample_dir):
    out = tmp_path / "out"
    r = newskg("build", str(sample_dir), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert re.search(r"built: 5 documents, 23 articles, \d+ people", r.stdout)
    assert "Traceback" not in r.stderr
    for name in ("graph.json", "graph.graphml", "graph.ttl", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".newskg-") or p.name.endswith(".tmp")]
    assert leftovers == []


def test_graphml_read_back_by_two_readers(sample_out):
    import igraph

    g = nx.read_graphml(sample_out / "graph.graphml")
    types = {d["type"] for _n, d in g.nodes(data=True)}
    assert {"Article", "Document", "Person"} <= types
    for _n, d in g.nodes(data=True):  # a year not known is absent, never 0
        assert isinstance(d["degree"], int) and ("first_year" in d) == ("first_seen" in d)
        assert isinstance(d.get("first_year", 0), int) and d.get("first_year") != 0
    ig = igraph.Graph.Read_GraphML(str(sample_out / "graph.graphml"))
    assert ig.vcount() == g.number_of_nodes()
    assert set(ig.vs.attributes()) >= {"type", "label", "aliases", "first_seen", "degree"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "/no/such/folder"], "/no/such/folder: no such file or folder"),
        (["build", "{empty}"], "folder holds no .txt or .jsonl files"),
        (["build", "{sample}", "--date", "2023-02-30"], "--date '2023-02-30': not a valid date"),
        (["build", "{sample}", "--manifest", "{badmanifest}"], "not a valid date: '13月'"),
        (["build", "{sample}", "--manifest", "/no/manifest.csv"], "cannot read manifest"),
        (["build", "{blank}"], "no readable documents in the input ({blank}/a.txt: skipped: empty file)"),
    ],
)
def test_bad_input_gives_one_line_and_no_output(tmp_path, sample_dir, args, message):
    empty = tmp_path / "empty"
    empty.mkdir()
    blank = tmp_path / "blank"  # a file, but nothing in it: found only once the build has locked its folder
    blank.mkdir()
    (blank / "a.txt").write_bytes(b"")
    message = message.format(blank=blank)
    bad = tmp_path / "dates.csv"
    bad.write_text("file,date\n000_9fb36274539cd6f1.txt,13月\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [a.format(empty=empty, sample=sample_dir, badmanifest=bad, blank=blank) for a in args]
    r = newskg(*args, "-o", str(out))
    assert r.returncode != 0
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and message in lines[0], r.stderr
    assert not out.exists()


def test_skipped_inputs_warn_and_set_exit_code(tmp_path, sample_dir):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes((sample_dir / "004_43c8cec8d1dedc71.txt").read_text(encoding="utf-8").encode("gb18030"))
    (corpus / "b.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (corpus / "c.txt").write_text("   \n", encoding="utf-8")
    r = newskg("build", str(corpus), "-o", str(tmp_path / "out"))
    assert r.returncode == 3, r.stderr
    assert f"warning: {corpus / 'b.txt'}: skipped: binary file" in r.stderr
    assert f"warning: {corpus / 'c.txt'}: skipped: empty file" in r.stderr
    assert "built: 1 documents, 5 articles" in r.stdout
    r = newskg("build", str(corpus), "-o", str(tmp_path / "strict"), "--strict")
    assert r.returncode == 1 and "--strict: " in r.stderr
    assert not list((tmp_path / "strict").glob("graph.*"))


def test_manifest_and_filename_dates_win(tmp_path, sample_dir):
    corpus = tmp_path / "in"
    corpus.mkdir()
    text = (sample_dir / "001_4aa2b56c23eaf4f6.txt").read_text(encoding="utf-8")
    (corpus / "2024-05-06.txt").write_text(text, encoding="utf-8")
    (corpus / "page.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,date\npage.txt,2021-05-02\n", encoding="utf-8")
    out = tmp_path / "out"
    r = newskg("build", str(corpus), "-o", str(out), "--manifest", str(manifest))
    assert r.returncode == 0, r.stderr
    from newskg.output import graph_json as store

    g = store.read(out)
    docs = {d["label"]: (d["date"], d["date_basis"]) for _n, d in g.nodes(data=True) if d["type"] == "Document"}
    assert docs == {"2024-05-06.txt": ("2024-05-06", "filename"), "page.txt": ("2021-05-02", "manifest")}
    arts = {(d["doc"], d["index"]): (d["date"], d["date_basis"]) for _n, d in g.nodes(data=True) if d["type"] == "Article"}
    assert arts[("page.txt", 2)] == ("2021-05-01", "text+year:manifest")
    assert arts[("page.txt", 1)] == ("2021-05-02", "document")


def test_every_command_has_help_with_example():
    from newskg.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        r = newskg(name, "--help")
        assert r.returncode == 0 and "Example" in r.stdout, name
        assert f"newskg {name}" in readme, f"README does not show `newskg {name}`"


def test_table_commands_read_the_built_graph(sample_out):
    import csv
    import io
    import json

    r = newskg("post", "郑州经开区党工委书记", "-g", str(sample_out), "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["person"], x["first_seen"][:4], x["last_seen"][:4]) for x in rows] == [
        ("樊福太", "2022", "2022"), ("李小虎", "2023", "2025")]
    r = newskg("roles", "张波", "-g", str(sample_out), "--format", "json")
    assert {x["post"] for x in json.loads(r.stdout)} == {"郑州经开区党工委副书记", "郑州经开区管委会主任"}
    r = newskg("changes", "--from", "2022", "--to", "2025", "-g", str(sample_out))
    assert r.stdout.splitlines()[0].startswith("2022 → 2025 in 郑州经开区: 2 posts changed holder, 1 promoted")
    assert re.search(r"succeeded\s+郑州经开区管委会主任\s+李小虎\s+张波\s+2022-03-04\s+2023-03-15\n", r.stdout)
    assert re.search(r"not_seen\s+魏诗剑\s+郑州市委组织部三级调研员\s+2022-01-26\s+visitor\n", r.stdout)
    r = newskg("changes", "--from", "2022", "--to", "2025", "-g", str(sample_out), "--format", "json")
    first = json.loads(r.stdout)[0]
    assert first | {"evidence_before": "", "evidence_after": ""} == {
        "kind": "succeeded", "subject": "郑州经开区党工委书记", "before": "樊福太", "after": "李小虎",
        "last_seen_before": "2022-03-05", "first_seen_after": "2023-03-15", "jurisdiction": "郑州经开区",
        "visitor": False, "person": "person:樊福太 person:李小虎", "post": "post:郑州经开区党工委/书记",
        "evidence_before": "", "evidence_after": ""}
    assert r.stderr.startswith("2022 → 2025 in 郑州经开区")  # the summary stays out of the data
    r = newskg("changes", "--from", "2025", "--to", "2022", "-g", str(sample_out))
    assert r.returncode == 1 and r.stderr.strip() == "Error: --from 2025 is after --to 2022"
    r = newskg("post", "郑州经开区党工委书记", "--year", "2024", "-g", str(sample_out), "--format", "json")
    assert [(x["person"], x["in_year"]) for x in json.loads(r.stdout)] == [("李小虎", "presumed")]
    r = newskg("roles", "无此人", "-g", str(sample_out))
    assert r.returncode == 1 and r.stderr.strip() == f"Error: no posts found for '无此人' in {sample_out}"
    r = newskg("post", "x", "-g", str(sample_out / "nope"))
    assert r.returncode == 1 and "no built graph here" in r.stderr


def test_export_formats_round_trip(sample_out, tmp_path):
    import rdflib

    g = nx.read_graphml(sample_out / "graph.graphml")
    for fmt, parse in (("nt", "nt"), ("jsonld", "json-ld"), ("nq", "nquads")):
        target = tmp_path / f"g.{fmt}"
        r = newskg("export", "-g", str(sample_out), "--format", fmt, "-o", str(target))
        assert r.returncode == 0, r.stderr
        if fmt == "nq":
            ds = rdflib.Dataset()
            ds.parse(target, format=parse)
            docs = {c.identifier for c in ds.contexts() if len(c) and "document" in str(c.identifier)}
            assert len(docs) == 5
        else:
            assert len(rdflib.Graph().parse(target, format=parse)) > g.number_of_edges()
    r = newskg("export", "-g", str(sample_out), "--format", "gexf", "-o", str(tmp_path / "g.gexf"))
    h = nx.read_gexf(tmp_path / "g.gexf")
    assert h.number_of_nodes() == g.number_of_nodes()
    spells = [s for _n, d in h.nodes(data=True) for s in d.get("spells", [])]
    assert min(s for s, _e in spells)[:4] == "2022" and max(e for _s, e in spells)[:4] == "2025"


def test_changes_of_a_mixed_folder_go_by_place_or_from_the_place_asked_for(tmp_path):
    from tests.graph.test_changes import DOCS

    folder, out = tmp_path / "pages", tmp_path / "out"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert newskg("build", str(folder), "-o", str(out)).returncode == 0
    r = newskg("changes", "--from", "2021", "--to", "2024", "-g", str(out))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("2021 → 2024 across 2 places (no place has more than half of the articles)")
    assert lines[1].split() == ["kind", "subject", "before", "after", "last_seen_before", "first_seen_after",
                                "jurisdiction"]
    assert [line.split()[1] for line in lines[3:]] == ["武汉经开区党工委书记", "许昌经开区党工委书记"]
    r = newskg("changes", "--from", "2021", "--to", "2024", "--place", "许昌经开区", "-g", str(out))
    assert r.stdout.splitlines()[0].startswith("2021 → 2024 in 许昌经开区: 1 posts changed holder")
    assert re.search(r"succeeded\s+武汉经开区党工委书记\s+孙启明\s+方立新\s+2021-06-02\s+2024-05-08\s+visitor\n", r.stdout)
    r = newskg("changes", "--from", "2021", "--to", "2024", "--place", "南京经开区", "-g", str(out))
    assert r.returncode == 1 and r.stderr.strip() == "Error: --place 南京经开区: no post of that place in the graph"
