"""facts.csv / facts.parquet: one row per edge, read back with csv and pyarrow, spans pointing into the input."""

from __future__ import annotations

import csv

import pytest
from newskg.output import facts, registry

#: A byline from the sample: article 1 of 002_… is signed 记者 王赛华 (raw span 558–561).
DOC = "002_72fa3f510df407af.txt"
ARTICLE = f"article:{DOC}#1"


def _read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _byline(rows: list[dict]) -> dict:
    hits = [r for r in rows if r["kind"] == "reported_by" and r["subject_id"] == ARTICLE and r["object"] == "王赛华"]
    assert len(hits) == 1, hits
    return hits[0]


def test_csv_has_one_row_per_edge(sample_graph, tmp_path):
    path = tmp_path / "facts.csv"
    facts.write_csv(sample_graph, path)
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == facts.COLUMNS
    rows = _read_csv(path)
    assert len(rows) == sample_graph.number_of_edges()
    assert {r["kind"] for r in rows} == {t for *_e, t in sample_graph.edges(data="type")}


def test_csv_known_row(sample_graph, sample_dir, tmp_path):
    path = tmp_path / "facts.csv"
    facts.write_csv(sample_graph, path)
    row = _byline(_read_csv(path))
    headline = sample_graph.nodes[ARTICLE]["label"]
    assert row == {
        "kind": "reported_by", "subject": headline, "subject_id": ARTICLE, "object": "王赛华",
        "object_id": "person:王赛华", "date": "2023-03-15", "date_basis": "text+year:text", "document": DOC,
        "article": ARTICLE, "start": "558", "end": "561", "evidence": "记者 王赛华",
    }
    raw = (sample_dir / DOC).read_text(encoding="utf-8")
    assert raw[int(row["start"]):int(row["end"])] == "王赛华"


def test_every_span_points_at_its_evidence_in_the_input(sample_graph, sample_dir):
    """The raw span of every fact lies inside the input file; person facts' spans spell a name the file holds."""
    raws = {p.name: p.read_text(encoding="utf-8") for p in sample_dir.glob("*.txt")}
    spanned = [r for r in facts.rows(sample_graph) if r["start"] is not None and r["kind"] != "part_of"]
    assert spanned
    for r in spanned:
        raw = raws[r["document"]]
        assert 0 <= r["start"] <= r["end"] <= len(raw), r
    for r in spanned:
        if r["kind"] == "reported_by":
            assert "".join(raws[r["document"]][r["start"]:r["end"]].split()) == r["object"], r


def test_edges_without_evidence_have_empty_provenance(small_graph, tmp_path):
    path = tmp_path / "facts.csv"
    facts.write_csv(small_graph, path)
    (row,) = [r for r in _read_csv(path) if r["kind"] == "post_in"]
    assert row == {
        "kind": "post_in", "subject": "市政府主任", "subject_id": "post:市政府/主任", "object": "市政府",
        "object_id": "org:市政府", "date": "", "date_basis": "", "document": "", "article": "", "start": "", "end": "",
        "evidence": "",
    }


def test_csv_keeps_hostile_text(small_graph, xss, tmp_path):
    path = tmp_path / "facts.csv"
    facts.write_csv(small_graph, path)
    assert xss in {r["evidence"] for r in _read_csv(path)}


def test_parquet_matches_csv(sample_graph, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "facts.parquet"
    facts.write_parquet(sample_graph, path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == facts.COLUMNS
    assert table.num_rows == sample_graph.number_of_edges()
    assert str(table.schema.field("start").type) == "int64"
    assert table.to_pylist() == list(facts.rows(sample_graph))
    row = _byline(table.to_pylist())
    assert (row["start"], row["end"], row["evidence"], row["date"]) == (558, 561, "记者 王赛华", "2023-03-15")


def test_parquet_nulls_for_missing_spans(small_graph, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "facts.parquet"
    facts.write_parquet(small_graph, path)
    rows = pq.read_table(path).to_pylist()
    (row,) = [r for r in rows if r["kind"] == "sub_organization_of"]
    assert (row["start"], row["end"], row["document"]) == (None, None, "")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_registry_writes_identical_bytes_twice(fmt, sample_graph, tmp_path):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    path = tmp_path / registry.filename(fmt)
    registry.writer(fmt)(sample_graph, path)
    first = path.read_bytes()
    registry.writer(fmt)(sample_graph, path)
    assert path.read_bytes() == first
    tenures = facts.tenures_path(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, tenures.name])  # no temporary file
    second = tenures.read_bytes()
    registry.writer(fmt)(sample_graph, path)
    assert tenures.read_bytes() == second


def test_writer_does_not_modify_graph(small_graph, tmp_path):
    before = sorted((u, v, k, sorted(d.items())) for u, v, k, d in small_graph.edges(keys=True, data=True))
    facts.write_csv(small_graph, tmp_path / "facts.csv")
    after = sorted((u, v, k, sorted(d.items())) for u, v, k, d in small_graph.edges(keys=True, data=True))
    assert after == before


def test_tenures_table_answers_who_held_a_post_in_a_year(sample_graph, tmp_path):
    path = tmp_path / "facts.csv"
    facts.write_csv(sample_graph, path)
    rows = _read_csv(tmp_path / "tenures.csv")
    assert tuple(rows[0]) == facts.TENURE_COLUMNS
    secretary = [r for r in rows if r["post"] == "郑州经开区党工委书记"]
    assert [(r["person"], r["first_seen"], r["last_seen"], r["started_after"], r["ended_before"], r["observations"])
            for r in secretary] == [("樊福太", "2022-03-03", "2022-03-05", "", "2023-03-15", "3"),
                                    ("李小虎", "2023-03-15", "2025-05-01", "2022-03-05", "", "5")]
    assert [r["person"] for r in secretary if int(r["first_year"]) <= 2024 <= int(r["last_year"])] == ["李小虎"]
    assert facts.tenures_path(tmp_path / "x.csv").name == "x.tenures.csv"


def test_tenures_parquet_matches_csv(sample_graph, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    facts.write_parquet(sample_graph, tmp_path / "facts.parquet")
    table = pq.read_table(tmp_path / "tenures.parquet")
    assert tuple(table.column_names) == facts.TENURE_COLUMNS
    assert str(table.schema.field("first_year").type) == "int64"
    assert table.to_pylist() == list(facts.tenure_rows(sample_graph))
