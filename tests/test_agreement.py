"""Every output gives one answer to "who held post P in year Y" (issue 14).

One corpus is built (the sample, then the multi-place development corpus) and every output it writes is asked
for every post and every year of the corpus: the tenure model (:func:`newskg.graph.tenure.year_view`), the
CLI (``newskg post P --year Y``), GEXF spells, RDF in Turtle, N-Triples, JSON-LD and N-Quads (the union of its
named graphs) through ``queries/post_holder_in_year.rq`` (Turtle, N-Triples and JSON-LD hold the triples of
that union), the tenures tables (CSV and Parquet), and the data
graph.html and timeline.html embed. All must give the same holders.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from newskg.graph.tenure import year_view
from newskg.output import graph_json, registry
from newskg.output import oxigraph_store as sparql

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "dev" / "texts"
QUERY = (ROOT / "queries" / "post_holder_in_year.rq").read_text(encoding="utf-8")
EXPORTS = ("nt", "jsonld", "nq", "csv", "parquet")

Answers = dict[tuple[str, int], tuple[str, ...]]


def _answers(pairs) -> Answers:
    """(post, year) → the names of its holders, each once: a person with two tenures of one post that both touch a
    year (left and came back, or a 任…以来 read as a new start) held it that year once."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for post, year, name in pairs:
        out[(post, year)].add(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _span(first: str, last: str) -> range:
    return range(int(first[:4]), int(last[:4]) + 1)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """``corpora(name)``: the build of ``sample`` or ``dev`` (made once) and its graph, every export written."""
    from newskg.build import build

    @cache
    def make(corpus: str) -> tuple[Path, nx.MultiDiGraph]:
        out = tmp_path_factory.mktemp(f"agree-{corpus}-")
        build([ROOT / "data" / "sample" if corpus == "sample" else DEV], out)
        g = graph_json.read(out)
        for fmt in EXPORTS:
            registry.writer(fmt)(g, out / registry.filename(fmt))
        return out, g

    return make


@pytest.fixture(params=["sample", "dev"])
def built(request, corpora):
    return corpora(request.param)


def model(g) -> Answers:
    return _answers((post, int(y), r["name"]) for post, years in year_view(g).items() for y, rows in years.items()
                    for r in rows)


def universe(g) -> tuple[list[str], list[int]]:
    """Every post of the graph, and every year from the corpus's first to its last date, one more each side, when
    that span is short; a corpus whose résumés and 生平 reach back decades (1965 …) is asked about the years some
    edge is dated in and the years either side of each: questions on a year with no dated edge at all add time,
    not cases (a presumed tenure over such a gap is asked at both of its ends)."""
    posts = sorted({d["label"] for _n, d in g.nodes(data=True) if d.get("type") == "Post"})
    years = sorted({int(d["date"][:4]) for *_x, d in g.edges(data=True) if d.get("date")})
    if years[-1] - years[0] <= 30:
        return posts, list(range(years[0] - 1, years[-1] + 2))
    return posts, sorted({y + k for y in years for k in (-1, 0, 1)})


#: Posts the command line and SPARQL are asked about per corpus: every post of the sample; of a larger corpus an even
#: spread (every k-th in order), each over its years. One question is one command run (or query) over the whole
#: graph (0.05 s each on the 393-page development corpus: 150 posts over its 42 years took 11 minutes); the file
#: outputs are compared in full.
CLI_POSTS = 60


def cli_posts(g) -> list[str]:
    posts, _years = universe(g)
    return posts[:: max(1, -(-len(posts) // CLI_POSTS))]


def from_cli(out: Path, g, monkeypatch) -> Answers:
    from newskg.cli import main

    read = cache(graph_json.read)  # the real file, read once for the many questions
    monkeypatch.setattr(graph_json, "read", lambda path: read(str(path)))
    _posts, years = universe(g)
    posts = cli_posts(g)
    runner, pairs = CliRunner(), []
    from newskg.graph import derived

    # The file's graph's tenures once for all the questions (each question is a process of its own for a user; here
    # the same graph object answers hundreds, and computing its tenures for each made the test quadratic).
    with derived.once(read(str(out))):
        for post in posts:
            for year in years:
                r = runner.invoke(main, ["post", post, "--year", str(year), "-g", str(out), "--format", "json"])
                if r.exit_code == 0:
                    pairs += [(row["post"], year, row["person"]) for row in json.loads(r.stdout)]
                else:
                    assert "no holders found" in r.output, r.output
    return _answers(pairs)


def from_gexf(out: Path) -> Answers:
    h = nx.read_gexf(out / "graph.gexf")
    pairs = []
    for u, v, d in h.edges(data=True):
        if d.get("relation") == "holds":
            for start, end in d.get("spells", []):
                for y in _span(start, end):
                    pairs.append((h.nodes[v]["label"], y, h.nodes[u]["label"]))
    return {k: tuple(sorted(set(v))) for k, v in _answers(pairs).items()}


def from_rdf(out: Path, g, fmt: str) -> Answers:
    import pyoxigraph as ox

    store = ox.Store()
    kind = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "nq": ox.RdfFormat.N_QUADS}[fmt]
    store.bulk_load(path=str(out / registry.filename(fmt)), format=kind)
    _posts, years = universe(g)
    posts = cli_posts(g)  # one query per post and year, like the command line's questions
    pairs = []
    for post in posts:
        for year in years:
            res = store.query(sparql.bind_params(QUERY, {"post": post, "year": str(year)}),
                              use_default_graph_as_union=fmt == "nq")
            pairs += [(post, year, row["name"].value) for row in res if row["post"].value == post]
    return {k: tuple(sorted(set(v))) for k, v in _answers(pairs).items()}


def triples(out: Path, fmt: str) -> set:
    import pyoxigraph as ox

    kind = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "nq": ox.RdfFormat.N_QUADS}[fmt]
    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out / registry.filename(fmt)), format=kind)}


def from_table(rows) -> Answers:
    return _answers((r["post"], y, r["person"]) for r in rows
                    for y in range(int(r["first_year"]), int(r["last_year"]) + 1))


def _page_data(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.S)[1])


def from_graph_html(out: Path) -> Answers:
    data = _page_data(out / "graph.html")
    label = {n["i"]: n["label"] for n in data["nodes"]}
    return _answers((label[t["q"]], y, label[t["p"]]) for t in data["tenures"] for y in _span(t["f"], t["l"]))


def from_timeline(out: Path) -> Answers:
    data = _page_data(out / "timeline.html")
    return _answers((data["posts"][t["q"]]["label"], y, t["person"]) for t in data["tenures"]
                    for y in _span(t["f"], t["l"]))


def test_every_output_names_the_same_holders(built, monkeypatch):
    out, g = built
    expected = model(g)
    assert expected  # the corpus has holdings
    asked, asked_years = set(cli_posts(g)), set(universe(g)[1])
    expected_asked = {k: v for k, v in expected.items() if k[0] in asked and k[1] in asked_years}
    assert from_cli(out, g, monkeypatch) == expected_asked, "cli"
    assert from_rdf(out, g, "nq") == expected_asked, "nq"
    if out.name.startswith("agree-sample"):
        assert from_rdf(out, g, "ttl") == expected_asked, "ttl"
    got = {"gexf": from_gexf(out)}
    # Turtle, N-Triples and JSON-LD hold exactly the triples of the N-Quads graphs' union, so they answer alike.
    union = triples(out, "nq")
    for fmt in ("ttl", "nt", "jsonld"):
        assert triples(out, fmt) == union, fmt
    with (out / "tenures.csv").open(encoding="utf-8", newline="") as fh:
        got["csv"] = from_table(csv.DictReader(fh))
    import pyarrow.parquet as pq

    got["parquet"] = from_table(pq.read_table(out / "tenures.parquet").to_pylist())
    got["graph.html"] = from_graph_html(out)
    got["timeline.html"] = from_timeline(out)
    for name, answers in got.items():
        assert answers == expected, (name, sorted(set(answers.items()) ^ set(expected.items()))[:10])


def test_the_sample_secretary_year_by_year(corpora):
    _out, g = corpora("sample")
    assert {y: names for (post, y), names in model(g).items() if post == "郑州经开区党工委书记"} == {
        2022: ("樊福太",), 2023: ("李小虎",), 2024: ("李小虎",), 2025: ("李小虎",)}


def test_every_gexf_the_build_writes_is_valid(built):
    from tests.output.test_gexf import validate

    out, _g = built
    validate((out / "graph.gexf").read_bytes())
