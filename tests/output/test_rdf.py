"""RDF writers: valid IRIs for any name, the standard-vocabulary model, round trips, stable bytes, SHACL."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
import pytest
from newskg.graph.schema import EDGE_LABELS, NODE_TYPES
from newskg.output import registry, shacl
from newskg.output.rdf import convert, documents, jsonld, load, nquads, ntriples, terms, turtle
from newskg.output.rdf import lines as rdf_lines
from newskg.output.rdf.vocab import NKG
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, TIME, XSD

from tests.output.kgtiny import tiny_graph

ROOT = Path(__file__).resolve().parents[2]
ID = terms.BASE
FORMATS = {"ttl": turtle, "nt": ntriples, "jsonld": jsonld, "nq": nquads}
#: Names that break naive IRIs: spaces, quotes, angle brackets, #, %, /, dot segments, controls, odd spaces.
HOSTILE = ['张 波', 'A "B" C', "O'Brien", "<李>", "a#b", "100%", "50%25", "经开区/党工委", ".", "..", "a\nb", "tab\there",
           "nbsp\u00a0x", "全角\u3000空格", "{x}|^`\\", "emoji😀", "私\ue000用", "", "?q=1&r"]


@pytest.fixture(scope="module")
def tiny() -> nx.MultiDiGraph:
    return tiny_graph()


@pytest.fixture(scope="module")
def tiny_rdf(tiny) -> Graph:
    return convert.to_graph(tiny)


def hostile_graph() -> nx.MultiDiGraph:
    """The tiny graph with people, an organisation and a document renamed to hostile names."""
    g = tiny_graph()
    mapping = {"person:李小虎": "person:" + HOSTILE[3], "person:樊福太": "person:" + HOSTILE[1],
               "person:张波": "person:" + HOSTILE[0], "person:郭宏力": "person:" + HOSTILE[9]}
    g = nx.relabel_nodes(g, mapping)
    for old, new in mapping.items():
        g.nodes[new]["label"] = new.split(":", 1)[1]
        g.nodes[new]["aliases"] = [old.split(":", 1)[1] + "\x07"]
    return g


# -- IRIs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
def test_segment_is_a_valid_reversible_iri_segment(name):
    seg = terms.segment(name)
    iri = terms.iri("person", name)
    ox.NamedNode(iri)  # pyoxigraph validates IRIs strictly
    assert not set(seg) & set(' "<>#/\\{}|^`?\n\t\u00a0\u3000')
    assert seg not in (".", "..")
    assert unquote(seg) == unicodedata.normalize("NFC", name)
    line = f"<{iri}> <{RDFS.label}> \"x\" .\n"
    assert len(Graph().parse(data=line, format="nt")) == 1


def test_segment_keeps_chinese_readable_and_is_injective():
    assert terms.iri("person", "李小虎") == URIRef(ID + "person/李小虎")
    segs = [terms.segment(n) for n in HOSTILE]
    assert len(set(segs)) == len(HOSTILE)
    # NFC: a decomposed and a composed é are one name
    assert terms.segment("e\u0301") == terms.segment("\u00e9")


def test_node_iris(tiny):
    assert terms.node_iri(tiny, "person:李小虎") == URIRef(ID + "person/李小虎")
    assert terms.node_iri(tiny, "post:经开区党工委/书记") == URIRef(ID + "post/经开区党工委/书记")
    assert terms.node_iri(tiny, "article:b.txt#1") == URIRef(ID + "article/b.txt/1")
    assert terms.node_iri(tiny, "doc:b.txt") == URIRef(ID + "document/b.txt") == terms.document_iri("b.txt")
    assert terms.node_iri(tiny, "meeting:b.txt#1#1") == URIRef(ID + "meeting/b.txt/1/1")


@pytest.mark.parametrize(("value", "datatype"), [
    ("2023", XSD.gYear), ("2023-03", XSD.gYearMonth), ("2023-03-15", XSD.date),
    ("", None), (None, None), ("2023-13", None), ("2023-02-30", None), ("近日", None), ("2023-3-5", None),
])
def test_date_literal(value, datatype):
    lit = terms.date_literal(value)
    assert (lit.datatype if lit is not None else None) == datatype
    if lit is not None:
        assert str(lit) == value


# -- the model --------------------------------------------------------------------------------------


def test_every_node_and_edge_type_is_mapped():
    assert set(NODE_TYPES) == set(terms.NODE_CLASSES)
    assert set(EDGE_LABELS) == set(terms.EDGE_PREDICATES)


def test_person_and_labels(tiny_rdf):
    p = URIRef(ID + "person/李小虎")
    assert (p, RDF.type, SDO.Person) in tiny_rdf
    assert (p, RDFS.label, Literal("李小虎", lang="zh")) in tiny_rdf
    assert (p, SDO.name, Literal("李小虎", lang="zh")) in tiny_rdf
    assert (p, ORG.holds, URIRef(ID + "post/经开区党工委/书记")) in tiny_rdf


def test_membership_is_w3c_org_with_owl_time_interval(tiny_rdf):
    g = tiny_rdf
    m = URIRef(ID + "membership/李小虎/经开区党工委/书记")
    assert set(g.predicate_objects(m)) >= {
        (RDF.type, ORG.Membership),
        (ORG.member, URIRef(ID + "person/李小虎")),
        (ORG.organization, URIRef(ID + "org/经开区党工委")),
        (ORG.role, URIRef(ID + "role/书记")),
        (NKG.post, URIRef(ID + "post/经开区党工委/书记")),
    }
    interval = g.value(m, ORG.memberDuring)
    assert (interval, RDF.type, TIME.Interval) in g
    begin, end = g.value(interval, TIME.hasBeginning), g.value(interval, TIME.hasEnd)
    assert g.value(begin, TIME.inXSDDate) == Literal("2023-03-15", datatype=XSD.date)
    assert g.value(end, TIME.inXSDDate) == Literal("2025-05-01", datatype=XSD.date)
    evs = set(g.objects(m, PROV.wasDerivedFrom))
    assert len(evs) == 2 and all((e, RDF.type, NKG.Evidence) in g for e in evs)
    assert (URIRef(ID + "post/经开区党工委/书记"), ORG.postIn, URIRef(ID + "org/经开区党工委")) in g
    # its place is unknown here (no gazetteer place): no parent made by cutting the name (issue 12)
    assert (URIRef(ID + "org/经开区党工委"), ORG.subOrganizationOf, None) not in g
    assert (URIRef(ID + "role/书记"), RDF.type, ORG.Role) in g


def test_year_precision_interval_uses_gyear():
    g = tiny_graph()
    for _u, _v, d in g.edges(data=True):
        if d["type"] == "holds":
            d["date"] = d["date"][:4]
    out = convert.to_graph(g)
    m = URIRef(ID + "membership/樊福太/经开区党工委/书记")
    begin = out.value(out.value(m, ORG.memberDuring), TIME.hasBeginning)
    assert out.value(begin, TIME.inXSDgYear) == Literal("2022", datatype=XSD.gYear)
    assert shacl.validate_graph(out)[0]


def test_evidence_and_provenance(tiny_rdf):
    g = tiny_rdf
    ev = URIRef(ID + "evidence/b.txt/20-31")
    assert g.value(ev, NKG.document) == URIRef(ID + "document/b.txt")
    assert g.value(ev, NKG.startOffset) == Literal(20, datatype=XSD.integer)
    assert g.value(ev, NKG.endOffset) == Literal(31, datatype=XSD.integer)
    assert "李小虎主持召开" in str(g.value(ev, PROV.value))
    assert g.value(ev, PROV.wasDerivedFrom) == URIRef(ID + "article/b.txt/1")
    assert g.value(ev, DCTERMS.date) == Literal("2023-03-15", datatype=XSD.date)
    assert g.value(ev, NKG.dateBasis) == Literal("text")
    # the chair of a meeting is a triple and a reified statement backed by the evidence
    meeting, person = URIRef(ID + "meeting/b.txt/1/1"), URIRef(ID + "person/李小虎")
    assert (meeting, NKG.chair, person) in g
    (st,) = [s for s in g.subjects(RDF.subject, meeting) if g.value(s, RDF.predicate) == NKG.chair]
    assert g.value(st, RDF.object) == person
    assert g.value(g.value(st, PROV.wasDerivedFrom), PROV.wasDerivedFrom) == URIRef(ID + "article/b.txt/1")


def test_events_articles_projects_places(tiny_rdf):
    g = tiny_rdf
    meeting = URIRef(ID + "meeting/a.txt/1/1")
    assert (meeting, RDF.type, SDO.Event) in g
    assert g.value(meeting, SDO.startDate) == Literal("2022-01-21", datatype=XSD.date)
    assert (meeting, SDO.attendee, URIRef(ID + "person/樊福太")) in g
    assert (meeting, SDO.organizer, URIRef(ID + "org/经开区管委会")) in g
    art = URIRef(ID + "article/b.txt/1")
    assert (art, RDF.type, SDO.NewsArticle) in g
    assert (art, SDO.author, URIRef(ID + "person/王译博")) in g
    assert (art, SDO.isPartOf, URIRef(ID + "document/b.txt")) in g
    assert g.value(art, SDO.datePublished) == Literal("2023-03-15", datatype=XSD.date)
    assert g.value(art, SDO.headline) == Literal("一季度经济运行分析会议召开", lang="zh")
    proj = URIRef(ID + "project/娃哈哈高端饮品生产基地项目")
    assert (proj, RDF.type, NKG.Project) in g
    assert (proj, NKG.inspectedBy, URIRef(ID + "person/李小虎")) in g
    assert (proj, SDO.location, URIRef(ID + "place/经开区")) in g
    assert (URIRef(ID + "place/七里河"), SDO.containedInPlace, URIRef(ID + "place/经开区")) in g


@pytest.mark.parametrize(
    ("kind", "cls"),
    [("meeting", NKG.Meeting), ("inspection", NKG.Inspection), ("ceremony", NKG.Ceremony), ("session", NKG.Session)],
)
def test_events_by_kind_and_place(kind, cls):
    g = tiny_graph()
    mid = next(n for n, d in g.nodes(data=True) if d["type"] == "Meeting")
    g.nodes[mid].update(kind=kind, place="醴陵市会议中心")
    rdf = convert.to_graph(g)
    meeting = URIRef(ID + "meeting/a.txt/1/1")
    assert {cls, SDO.Event} <= set(rdf.objects(meeting, RDF.type))
    assert rdf.value(meeting, SDO.location) == Literal("醴陵市会议中心", lang="zh")
    ok, text = shacl.validate_nx(g)
    assert ok, text


def test_instance_labels_are_chinese_and_no_blank_nodes(tiny_rdf):
    for s, p, o in tiny_rdf:
        assert isinstance(s, URIRef) and isinstance(o, URIRef | Literal)
        if p in (RDFS.label, SDO.name, SDO.headline, PROV.value):
            assert o.language == "zh", (s, p, o)


# -- vocabulary and ontology ------------------------------------------------------------------------


def test_vocab_is_closed():
    with pytest.raises(AttributeError):
        _ = NKG.chiar


def test_ontology_describes_every_term_in_both_languages():
    onto = load.ontology()
    terms = {URIRef(str(NKG._NS) + name) for name in NKG.__annotations__}
    defined = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(str(NKG._NS))}
    assert defined == terms
    for t in terms:
        langs = {o.language for o in onto.objects(t, RDFS.label)}
        assert langs == {"zh", "en"}, t
        assert onto.value(t, RDFS.comment), t


def test_output_uses_only_defined_nkg_terms(tiny_rdf):
    terms = {URIRef(str(NKG._NS) + name) for name in NKG.__annotations__}
    used = {t for triple in tiny_rdf for t in triple if isinstance(t, URIRef) and str(t).startswith(str(NKG._NS))}
    assert used <= terms


# -- writers ----------------------------------------------------------------------------------------


def _parse(fmt: str, path: Path):
    return FORMATS[fmt].read(path)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
@pytest.mark.parametrize("make", [tiny_graph, hostile_graph], ids=["tiny", "hostile"])
def test_triples_round_trip(fmt, make, tmp_path):
    g = make()
    expected = convert.to_graph(g)
    path = tmp_path / registry.filename(fmt)
    registry.writer(fmt)(g, path)
    back = _parse(fmt, path)
    assert len(back) == len(expected)
    assert set(back) == set(expected)
    # pyoxigraph parses strictly (IRI syntax included)
    oxfmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    assert len(list(ox.parse(path=str(path), format=oxfmt))) == len(expected)


@pytest.mark.parametrize("make", [tiny_graph, hostile_graph], ids=["tiny", "hostile"])
def test_nquads_round_trip_one_graph_per_document(make, tmp_path):
    g = make()
    path = tmp_path / "graph.nq"
    nquads.write(g, path)
    ds = nquads.read(path)
    expected = documents.to_dataset(g)
    assert set(ds.quads()) == set(expected.quads())
    names = {str(q[3]) for q in ds.quads()}
    assert names == {str(terms.document_iri(d)) for d in ("a.txt", "b.txt", "c.txt")} | {documents.DERIVED_GRAPH}
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))) == len(set(expected.quads()))
    # The union of the graphs is the Turtle graph: nothing missing, nothing per document added.
    assert {q[:3] for q in ds.quads()} == set(convert.to_graph(g))


def test_derived_graph_holds_the_tenures_and_document_graphs_the_observations(tiny, tmp_path):
    path = tmp_path / "graph.nq"
    nquads.write(tiny, path)
    ds = nquads.read(path)
    derived = URIRef(documents.DERIVED_GRAPH)
    m = URIRef(ID + "membership/李小虎/经开区党工委/书记")
    assert {c for _s, _p, _o, c in ds.quads((m, None, None, None))} == {derived}
    part = Graph()
    for s, p, o, _c in ds.quads((None, None, None, derived)):
        part.add((s, p, o))
    begin = part.value(part.value(m, ORG.memberDuring), TIME.hasBeginning)
    assert part.value(begin, TIME.inXSDDate) == Literal("2023-03-15", datatype=XSD.date)
    assert part.value(m, NKG.startedAfter) == Literal("2022-03-03", datatype=XSD.date)
    assert (part.value(m, NKG.startBasis), part.value(m, NKG.endBasis)) == (Literal("attested"), Literal("attested"))
    # first/last seen are derived: once per node, in the derived graph only
    person = URIRef(ID + "person/李小虎")
    assert [(c, o) for _s, _p, o, c in ds.quads((person, NKG.firstSeen, None, None))] == [
        (derived, Literal("2022-01-21", datatype=XSD.date))]


def test_dropping_a_document_graph_drops_its_facts(tiny, tmp_path):
    path = tmp_path / "graph.nq"
    nquads.write(tiny, path)
    ds = nquads.read(path)
    b = terms.document_iri("b.txt")
    rest = Graph()
    for s, p, o, c in ds.quads():
        if c not in (b, URIRef(documents.DERIVED_GRAPH)):
            rest.add((s, p, o))
    # b.txt alone says 王译博 wrote an article and 张波 attended; no other document knows them
    assert (None, None, URIRef(ID + "person/王译博")) not in rest
    assert not any(str(o) == str(b) for o in rest.objects(None, NKG.document))
    # each document graph on its own conforms to the shapes, and so does the union with the derived graph
    for name in {q[3] for q in ds.quads()} - {URIRef(documents.DERIVED_GRAPH)}:
        part = Graph()
        for s, p, o, _c in ds.quads((None, None, None, name)):
            part.add((s, p, o))
        assert shacl.validate_graph(part)[0], name
    union = Graph()
    for s, p, o, _c in ds.quads():
        union.add((s, p, o))
    assert shacl.validate_graph(union)[0]


def test_nt_is_sorted_and_unique(tiny):
    lines = ntriples.dumps(tiny).splitlines()
    assert lines == sorted(set(lines))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_two_writes_are_byte_identical(fmt, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    registry.writer(fmt)(tiny_graph(), a)
    registry.writer(fmt)(tiny_graph(), b)
    assert a.read_bytes() == b.read_bytes()


_DIGESTS = """
import hashlib
from newskg.output.rdf import jsonld, nquads, ntriples, turtle
from tests.output.kgtiny import tiny_graph
g = tiny_graph()
for m in (turtle, ntriples, jsonld, nquads):
    print(hashlib.sha256(m.dumps(g).encode()).hexdigest())
"""


def test_bytes_do_not_depend_on_hash_seed():
    """Set iteration order changes with PYTHONHASHSEED; the files must not."""
    outs = []
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        proc = subprocess.run([sys.executable, "-c", _DIGESTS], cwd=ROOT, env=env, capture_output=True, text=True,
                              check=True)
        outs.append(proc.stdout)
    assert outs[0] == outs[1]
    assert len(outs[0].split()) == 4


def test_sample_graph_round_trips(sample_graph, tmp_path):
    expected = convert.to_graph(sample_graph)
    assert len(expected) > 0
    for fmt in ("ttl", "nt", "jsonld"):
        path = tmp_path / registry.filename(fmt)
        registry.writer(fmt)(sample_graph, path)
        assert set(_parse(fmt, path)) == set(expected), fmt
    nquads.write(sample_graph, tmp_path / "graph.nq")
    assert isinstance(nquads.read(tmp_path / "graph.nq"), Dataset)


def test_sample_evidence_spans_point_into_the_raw_files(sample_graph):
    """Every evidence span is a piece of its source file that the quoted sentence contains."""
    from newskg.extract.reader import read_documents

    raw = {d.id: d.raw for d in read_documents([ROOT / "data" / "sample"])}
    g = convert.to_graph(sample_graph)
    evs = list(g.subjects(RDF.type, NKG.Evidence))
    assert evs
    for ev in evs:
        doc = str(g.value(g.value(ev, NKG.document), SDO.identifier))
        start, end = int(g.value(ev, NKG.startOffset)), int(g.value(ev, NKG.endOffset))
        piece = "".join(raw[doc][start:end].split())
        sentence = "".join(str(g.value(ev, PROV.value)).split())
        assert piece and unicodedata.normalize("NFKC", piece) in unicodedata.normalize("NFKC", sentence), (ev, piece)


# -- SHACL ------------------------------------------------------------------------------------------


def test_shapes_cover_every_class():
    from rdflib.namespace import SH

    targets = set(load.shapes().objects(None, SH.targetClass))
    classes = {c for _seg, cs in terms.NODE_CLASSES.values() for c in cs}
    assert classes | {ORG.Membership, ORG.Role, TIME.Interval, TIME.Instant, NKG.Evidence, RDF.Statement} <= targets


def test_tiny_and_hostile_graphs_conform():
    for g in (tiny_graph(), hostile_graph()):
        ok, text = shacl.validate_nx(g)
        assert ok, text


def test_sample_conforms(sample_graph):
    ok, text = shacl.validate_nx(sample_graph)
    assert ok, text


def test_validate_reads_a_built_folder(tmp_path):
    ntriples.write(tiny_graph(), tmp_path / "graph.nt")
    assert shacl.validate(tmp_path) == (True, shacl.validate(tmp_path)[1])
    assert shacl.validate(tmp_path)[0] is True


def _broken(edit) -> tuple[bool, str]:
    g = convert.to_graph(tiny_graph())
    edit(g)
    return shacl.validate_graph(g)


M = URIRef(ID + "membership/李小虎/经开区党工委/书记")
EV = URIRef(ID + "evidence/b.txt/20-31")


@pytest.mark.parametrize(("edit", "says"), [
    (lambda g: g.remove((M, ORG.member, None)), "Path: org:member"),
    (lambda g: g.remove((M, NKG.post, None)), "Path: nkg:post"),
    (lambda g: g.remove((URIRef(ID + "person/张波"), RDFS.label, None)), "Path: rdfs:label"),
    (lambda g: g.set((URIRef(ID + "person/张波"), RDFS.label, Literal("张波"))), "Path: rdfs:label"),
    (lambda g: g.remove((EV, NKG.document, None)), "Path: nkg:document"),
    (lambda g: g.set((EV, NKG.startOffset, Literal(99, datatype=XSD.integer))), "LessThanOrEquals"),
    (lambda g: g.remove((EV, NKG.endOffset, None)), "Path: nkg:endOffset"),
    (lambda g: g.add((URIRef(ID + "instant/2023-03-15"), TIME.inXSDgYear, Literal("2023", datatype=XSD.gYear))),
     "exactly one date"),
    (lambda g: g.add((URIRef(ID + "meeting/b.txt/1/1"), NKG.chair, URIRef(ID + "org/经开区"))), "Path: nkg:chair"),
])
def test_shapes_catch_broken_data(edit, says):
    ok, text = _broken(edit)
    assert not ok
    assert says in text


def test_undated_membership_is_a_warning_not_a_violation():
    def edit(g):
        g.remove((M, ORG.memberDuring, None))

    ok, text = _broken(edit)
    assert ok
    assert "Warning" in text and "no dated interval" in text


# -- bounded-memory sorting -------------------------------------------------------------------------


def test_sorted_lines_spilled_runs_equal_in_memory_sort(tmp_path):
    """Past ``chunk`` lines the sort spills runs to disk; the merged output is the same bytes."""
    import io

    lines = [f"<{terms.BASE}person/{n}> <p> \"{n}\"@zh .\n" for n in ["李", "a", "张波", "a", "é", "😀", "Z", "李"] * 3]
    small = rdf_lines.SortedLines(tmp_path, chunk=3)
    for line in lines:
        small.add(line)
    buf = io.BytesIO()
    small.write_to(buf)
    assert buf.getvalue().decode("utf-8") == "".join(sorted(set(lines)))
    assert not list(tmp_path.iterdir())  # runs removed


def test_nt_writer_matches_rdflib_serializer(tiny):
    """The streamed N-Triples are the lines rdflib itself writes for the same triples."""
    expected = ntriples.sorted_lines(convert.to_graph(tiny).serialize(format="nt", encoding="utf-8").decode("utf-8"))
    assert ntriples.dumps(tiny) == expected
    assert ntriples.dumps(hostile_graph()) == ntriples.sorted_lines(
        convert.to_graph(hostile_graph()).serialize(format="nt", encoding="utf-8").decode("utf-8"))


@pytest.mark.parametrize("chunk", [1, 7, 50, 10_000])
def test_sorted_lines_merge_blocks_in_any_size(chunk, tmp_path, monkeypatch):
    """Many runs read back a few lines at a time, with lines repeated within and across runs."""
    import io
    import random

    rng = random.Random(chunk)
    words = ["a", "ab", "a/b", "a-b", "a.b", "李", "李1", "李10", "é", "😀", "Z", "~", "\t", "a\tb"]
    lines = [f"<{terms.BASE}x/{rng.choice(words)}{rng.choice(words)}> <p> \"{rng.randrange(30)}\" .\n" for _ in range(600)]
    monkeypatch.setattr(rdf_lines, "_BLOCK_BYTES", 64)
    monkeypatch.setattr(rdf_lines, "_SLICE", 5)
    sl = rdf_lines.SortedLines(tmp_path, chunk=chunk)
    for line in lines:
        sl.add(line)
    buf = io.BytesIO()
    sl.write_to(buf)
    assert buf.getvalue() == "".join(sorted(set(lines))).encode("utf-8")
    assert not list(tmp_path.iterdir())


def test_nt_sorts_subjects_by_their_lines_not_their_iris():
    """``…/1`` sorts before ``…/10`` as a string, but ``<…/10> `` before ``<…/1> `` as a line."""
    g = nx.MultiDiGraph()
    for i in (1, 10, 2, 100):
        g.add_node(f"article:d#{i}", type="Article", label=f"a{i}", doc="d", index=i)
    for name in ("a", "a-b", "a.b", "a/b", "a b"):
        g.add_node(f"person:{name}", type="Person", label=name)
        g.add_edge(f"person:{name}", "article:d#1", type="mentioned_in", doc="d", start=1, end=2, evidence=name)
    text = ntriples.dumps(g)
    lines = text.splitlines()
    assert lines == sorted(set(lines))
    assert text == ntriples.sorted_lines(convert.to_graph(g).serialize(format="nt", encoding="utf-8").decode("utf-8"))
