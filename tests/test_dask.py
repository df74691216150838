"""The Dask engine on a real distributed.LocalCluster of worker processes."""

from __future__ import annotations

import pytest

distributed = pytest.importorskip("distributed")


def _facts(results):
    return [
        (r.document.id, r.document.date, [(f.article.index, [(h.person.text, h.org, h.title) for h in f.holdings],
                                           [m.name for m in f.meetings]) for f in r.articles])
        for r in results
    ]


def test_dask_engine_matches_local(sample_dir, sample_results):
    from newskg.build import extract_corpus

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        results, warnings = extract_corpus([sample_dir], engine="dask", scheduler=cluster.scheduler_address)
    assert warnings == []
    assert _facts(results) == _facts(sample_results)
    assert sum(len(f.holdings) for r in results for f in r.articles) > 40
