"""The triples between two Turtle files of the writer's shape, found block by block."""

from __future__ import annotations

from newskg.output.rdf.turtle_diff import diff

HEAD = "@prefix ex: <http://ex.org/> .\n@prefix schema: <https://schema.org/> .\n"
OLD = HEAD + (
    '<http://ex.org/a> a schema:Person ;\n\tschema:name "甲"@zh .\n'
    'ex:b a schema:Person ;\n\tschema:name "乙"@zh , "乙二"@zh .\n'
    '<http://ex.org/c> schema:name "丙"@zh .\n'
)


def test_only_the_blocks_that_differ_are_read(tmp_path) -> None:
    new = HEAD + (
        '<http://ex.org/a> a schema:Person ;\n\tschema:name "甲"@zh .\n'  # the same
        '<http://ex.org/b0> schema:name "新"@zh .\n'  # a new subject: before …/b in the writer's order ("0" < ">")
        'ex:b a schema:Person ;\n\tschema:name "乙"@zh .\n'  # one object fewer
    )  # <…/c> gone
    (tmp_path / "old.ttl").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.ttl").write_text(new, encoding="utf-8")
    d = diff(tmp_path / "old.ttl", tmp_path / "new.ttl", most=1.0)
    assert (d.deleted, d.inserted, d.blocks, d.changed) == (
        ['<http://ex.org/b> <https://schema.org/name> "乙二"@zh', '<http://ex.org/c> <https://schema.org/name> "丙"@zh'],
        ['<http://ex.org/b0> <https://schema.org/name> "新"@zh'], 3, 3)
    assert diff(tmp_path / "old.ttl", tmp_path / "new.ttl") is None  # most of the subjects changed: load whole
    same = diff(tmp_path / "old.ttl", tmp_path / "old.ttl")
    assert (same.deleted, same.inserted, same.blocks, same.changed) == ([], [], 3, 0)


def test_files_of_other_prefixes_or_empty_are_not_compared(tmp_path) -> None:
    (tmp_path / "old.ttl").write_text(OLD, encoding="utf-8")
    (tmp_path / "other.ttl").write_text(OLD.replace("@prefix ex: <http://ex.org/> .\n", ""), encoding="utf-8")
    (tmp_path / "empty.ttl").write_bytes(b"")
    assert diff(tmp_path / "old.ttl", tmp_path / "other.ttl") is None
    assert diff(tmp_path / "empty.ttl", tmp_path / "old.ttl") is None
