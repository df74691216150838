"""Writers run in forked processes (:func:`newskg.parallel.run_split`): the same bytes, failures raised here."""

from __future__ import annotations

import errno
import time

import pytest
from newskg.output import registry

from newskg import parallel
from newskg.build import write_outputs


def test_build_formats_split_in_two_groups_of_about_equal_cost():
    assert registry.split(list(registry.BUILD_FORMATS), 2) == [
        ["json", "ttl", "timeline"], ["graphml", "gexf", "html", "resolution"]]
    assert registry.split(list(registry.BUILD_FORMATS), 1) == [list(registry.BUILD_FORMATS)]
    assert registry.split(["json", "csv"], 4) == [["json"], ["csv"]]


def test_two_processes_write_the_same_bytes_as_one(tmp_path, sample_graph):
    one = write_outputs(sample_graph, tmp_path / "one", registry.BUILD_FORMATS, jobs=1)
    two = write_outputs(sample_graph, tmp_path / "two", registry.BUILD_FORMATS, jobs=2)
    assert list(one) == list(two) == list(registry.BUILD_FORMATS)
    for fmt in registry.BUILD_FORMATS:
        assert one[fmt].read_bytes() == two[fmt].read_bytes(), fmt
    assert (tmp_path / "two" / "graph.json").stat().st_size > 100_000


def test_a_writer_failing_in_the_child_fails_the_write_and_publishes_nothing(tmp_path, sample_graph, monkeypatch):
    real = registry.writer

    def writer(fmt):
        if fmt != "gexf":  # written by the second process
            return real(fmt)

        def fail(g, path):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return fail

    monkeypatch.setattr(registry, "writer", writer)
    out = tmp_path / "out"
    with pytest.raises(OSError) as err:
        write_outputs(sample_graph, out, registry.BUILD_FORMATS, jobs=2)
    assert err.value.strerror == "No space left on device" and err.value.filename.endswith("/graph.gexf")
    assert sorted(p.name for p in out.iterdir()) == []  # no output, no staging folder


def test_a_failure_here_stops_the_children():
    def fail():
        raise ValueError("bad graph")

    t = time.monotonic()
    with pytest.raises(ValueError, match="bad graph"):
        parallel.run_split([[fail], [lambda: time.sleep(60)]])
    assert time.monotonic() - t < 10


def test_cached_documents_start_no_worker_pool(tmp_path, monkeypatch):
    """A rebuild whose documents are all cached extracts nothing and starts no pool; one new document starts
    it, after the cached ones, and the results keep the input order."""
    import multiprocessing

    from newskg.extract.reader import read_documents

    texts = {f"{i}.txt": f"郑州市中牟县人民政府\n\n{i + 1}月8日上午，县长韩振国主持召开县政府常务会议。" for i in range(3)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cache, opts = parallel.Cache(tmp_path / "cache"), parallel.Options()
    first = parallel.run(read_documents([tmp_path / "0.txt", tmp_path / "1.txt"]), opts, jobs=2, cache=cache)
    pools = []
    real = multiprocessing.get_context

    def counting(method=None):
        ctx = real(method)
        pools.append(method)
        return ctx

    monkeypatch.setattr(multiprocessing, "get_context", counting)
    again = parallel.run(read_documents([tmp_path / "0.txt", tmp_path / "1.txt"]), opts, jobs=2, cache=cache)
    assert (pools, [r.document.id for r in again]) == ([], ["0.txt", "1.txt"])
    assert [r.articles[0].holdings[0].person.text for r in again] == [r.articles[0].holdings[0].person.text
                                                                       for r in first]
    more = parallel.run(read_documents([tmp_path]), opts, jobs=2, cache=cache)
    assert (len(pools), [r.document.id for r in more], cache.hits) == (1, ["0.txt", "1.txt", "2.txt"], 4)


def test_a_cache_entry_of_another_shape_is_a_miss(tmp_path):
    import pickle

    from newskg.extract.model import DocumentFacts

    class Stale:  # a result as an older release pickled it: a slotted object's default state
        def __reduce__(self):
            return object.__new__, (DocumentFacts,), (None, {"document": None, "articles": []})

    cache = parallel.Cache(tmp_path / "cache")
    cache.put("k" * 64, pickle.dumps(Stale()))
    (tmp_path / "cache" / ("t" * 64 + ".pkl")).write_bytes(b"\x80\x05truncated")
    assert (cache.get("k" * 64), cache.get("t" * 64), cache.hits) == (None, None, 0)
