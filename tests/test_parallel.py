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
        ["json", "ttl"], ["graphml", "gexf", "html", "timeline", "resolution"]]
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
