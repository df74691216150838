"""The extractor pipeline's declared order and seams (extract/pipeline.py STEPS)."""

from __future__ import annotations

import dataclasses
import inspect
import re

from newskg.extract import pipeline
from newskg.extract.model import ArticleFacts
from newskg.extract.pipeline import STEPS, Step, order_problems

FIELDS = {f.name for f in dataclasses.fields(ArticleFacts)} - {"article", "jurisdiction"}


def test_declared_order_is_consistent_and_is_what_runs() -> None:
    assert order_problems(STEPS) == []
    assert [s.name for s in STEPS] == ["officials", "appointments", "bracketed", "table_rows", "honorifics", "meetings",
                                       "projects", "places", "headline_places"]
    assert pipeline.EXTRACTORS == [s.run for s in STEPS]


def test_declarations_name_fields_of_article_facts() -> None:
    for step in STEPS:
        assert set(step.reads) | set(step.adds) <= FIELDS, step.name
        assert set(step.before) <= {s.name for s in STEPS}, step.name


def _used(step: Step) -> tuple[set[str], set[str]]:
    """Fields of ``found`` the step's module reads, and those it appends to, from its source."""
    source = inspect.getsource(inspect.getmodule(step.run))
    touched = set(re.findall(r"\bfound\.(\w+)", source)) & FIELDS
    added = set(re.findall(r"\bfound\.(\w+)\.(?:append|extend)\(", source)) & FIELDS
    return touched - added, added


def test_declarations_match_the_code() -> None:
    """Every field a module touches on ``found`` is declared; every declared addition is made."""
    for step in STEPS:
        read, added = _used(step)
        assert added == set(step.adds), step.name
        assert read <= set(step.reads) | set(step.adds), step.name


def test_a_wrong_order_is_named() -> None:
    by_name = {s.name: s for s in STEPS}
    swapped = [by_name[n] for n in ("officials", "appointments", "bracketed", "table_rows", "honorifics", "meetings",
                                    "places", "projects")]
    assert order_problems(swapped) == ["places reads projects before projects adds to it"]
    late = [by_name[n] for n in ("officials", "honorifics", "appointments", "meetings", "projects", "places")]
    assert order_problems(late) == ["honorifics reads holdings before appointments adds to it",
                                    "appointments must run before honorifics"]


def test_clear_memos_forgets_every_memo_kept_across_documents() -> None:
    """What the benchmark's "memoised segmentations cleared per document" row relies on."""
    from pathlib import Path

    from newskg.extract import organs, phrases
    from newskg.extract.reader import read_documents

    sample = Path(__file__).resolve().parents[2] / "data" / "sample"
    pipeline.extract_document(next(iter(read_documents([sample]))))
    memos = (organs._left_cut, phrases._predicate_length, phrases._stop_ends, phrases._stop_kept)
    assert all(m.cache_info().currsize > 0 for m in memos)
    pipeline.clear_memos()
    assert [m.cache_info().currsize for m in memos] == [0, 0, 0, 0]
