"""Shared fixtures: the bundled sample corpus, extracted and built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_results():
    from newskg.build import extract_corpus

    results, warnings = extract_corpus([SAMPLE])
    assert warnings == []
    return results


@pytest.fixture(scope="session")
def sample_graph(sample_results):
    from newskg.graph.build import build_graph

    return build_graph(sample_results)


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory) -> Path:
    """A real ``newskg build`` of the sample into a temporary folder."""
    from newskg.build import build

    out = tmp_path_factory.mktemp("out")
    build([SAMPLE], out)
    return out
