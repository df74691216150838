"""A rebuild of the same inputs with the same options writes nothing (:mod:`newskg.build_key`); any change to a
document, an option, the identity overrides or the outputs themselves makes a new set."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newskg.build import build
from newskg.build_key import STAMP

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("000_9fb36274539cd6f1.txt", "004_43c8cec8d1dedc71.txt")


@pytest.fixture()
def corpus(tmp_path, sample_dir) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in PAGES:
        shutil.copy(sample_dir / name, folder / name)
    return folder


def _state(out: Path) -> dict[str, tuple]:
    """Every entry of the output folder and of its sets: link target, or inode, size and mtime."""
    state = {}
    for path in sorted([*out.iterdir(), *(out / ".outputs").rglob("*")]):
        if path.name in (".cache", ".lock") or ".cache" in path.parts:
            continue
        st = os.lstat(path)
        state[str(path.relative_to(out))] = os.readlink(path) if path.is_symlink() else (st.st_ino, st.st_size,
                                                                                          st.st_mtime_ns)
    return state


def test_second_build_writes_nothing_and_says_unchanged(tmp_path, corpus):
    out = tmp_path / "out"
    first = build([corpus], out, jobs=1)
    assert not first.unchanged and first.counts()["documents"] == 2
    before = _state(out)
    live = os.readlink(out / ".outputs" / "current")
    assert (out / ".outputs" / live / STAMP).is_file() and f".outputs/{live}/{STAMP}" in before
    assert not (out / STAMP).exists()  # the stamp is the set's, not an output
    r = subprocess.run([sys.executable, "-m", "newskg.cli", "build", str(corpus), "-o", str(out), "-j", "1"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    counts = first.counts()
    assert r.stdout.splitlines()[:2] == [
        f"unchanged: 2 documents, {counts['articles']} articles, {counts['people']} people, {counts['posts']} posts, "
        f"{counts['meetings']} meetings, {counts['projects']} projects, {counts['places']} places",
        f"  same inputs, options and code as the outputs in {out}: nothing rewritten",
    ]
    assert f"  json     {out / 'graph.json'}" in r.stdout.splitlines()
    assert _state(out) == before


@pytest.mark.parametrize("change", ["document", "option", "overrides", "output", "no-cache"])
def test_any_change_makes_a_new_set(tmp_path, corpus, change):
    out = tmp_path / "out"
    ids = tmp_path / "ids.tsv"
    ids.write_text(f"different\t李小虎\t{PAGES[0]}\t{PAGES[1]}\n", encoding="utf-8")
    first = build([corpus], out, jobs=1, identity=ids)
    assert build([corpus], out, jobs=1, identity=ids).unchanged
    live = os.readlink(out / ".outputs" / "current")
    kw: dict = {"identity": ids}
    if change == "document":
        with (corpus / PAGES[1]).open("a", encoding="utf-8") as fh:
            fh.write("\n本报讯 3月5日，区委书记王建军主持召开区委常委会会议。\n")
    elif change == "option":
        kw["date"] = "2023-01-01"
    elif change == "overrides":
        ids.write_text(f"same\t李小虎\t{PAGES[0]}\t{PAGES[1]}\n", encoding="utf-8")
    elif change == "output":
        (out / "graph.ttl").resolve().unlink()
    else:
        kw["use_cache"] = False
    again = build([corpus], out, jobs=1, **kw)
    assert not again.unchanged and again.graph is not None
    assert os.readlink(out / ".outputs" / "current") != live
    if change == "document":
        assert again.extracted == 1 and again.cache_hits == 1
    elif change == "output":
        assert again.extracted == 0 and again.counts() == first.counts()
        assert (out / "graph.ttl").read_bytes().startswith(b"@prefix")
    elif change == "overrides":
        assert again.extracted == 0
    assert build([corpus], out, jobs=1, **kw).unchanged is (change != "no-cache")


def _generated(size_mb: float, folder: Path) -> None:
    """A corpus of bench/generate.py (several places, people who move), its pages copied into ``folder``."""
    import importlib.util

    generate = sys.modules.get("bench_generate")
    if generate is None:
        spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
        generate = sys.modules["bench_generate"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(generate)
    made = generate.generate(size_mb, folder.parent / "generated")
    folder.mkdir()
    for page in generate.corpus_files(made):
        shutil.copy(page, folder / page.name)


@pytest.mark.parametrize("source", ["sample", "generated"])
def test_cached_rebuild_after_adding_changing_removing_is_byte_identical_to_a_fresh_build(tmp_path, sample_dir,
                                                                                          source):
    folder = tmp_path / "in"
    if source == "sample":
        shutil.copytree(sample_dir, folder, ignore=shutil.ignore_patterns("*.md"))
    else:
        _generated(0.15, folder)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    first = build([folder], out, jobs=1)
    pages = sorted(folder.glob("*.txt"))
    n = len(pages)
    (folder / "005_added.txt").write_text(pages[1].read_text(encoding="utf-8").replace("2022", "2023"),
                                          encoding="utf-8")
    with pages[2].open("a", encoding="utf-8") as fh:
        fh.write("\n本报讯 3月5日，区委书记王建军主持召开区委常委会会议。\n")
    pages[3].unlink()
    again = build([folder], out, jobs=2)
    assert (again.extracted, again.cache_hits, again.unchanged) == (2, n - 2, False)
    full = build([folder], fresh, jobs=1, use_cache=False)
    assert again.counts() == full.counts() and full.counts()["documents"] == first.counts()["documents"] == n
    names = sorted(p.name for p in fresh.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) and len(names) == 7
    for name in names:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    # the cached build spliced its Turtle and left the index for the next; a build without the cache has none
    assert (out / ".outputs" / "current" / ".graph.ttl.index").is_file()
    assert not list(fresh.rglob(".graph.ttl.index"))
    assert build([folder], out, jobs=1).unchanged
