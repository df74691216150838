"""Scale the sample corpus to N MB for benchmarks, so that the graph grows with the text.

The sample's five pages are cut into article-sized pieces (at each article's raw
end, as the extractor finds them) and recombined into files of 10–30 KB. Each
file belongs to a generated zone (``FILES_PER_ZONE`` files each): the zone name
replaces 经开区 / 郑州经开区, and every person the extractors found in the sample
(the graph's Person labels) is replaced by a generated name from that zone's own
cast, so people, posts and organisations multiply with the corpus, not just
articles. Years are shifted and months rotated per file. Output is deterministic
for a given size and seed and cached: a folder whose ``MANIFEST.json`` matches is
reused. ``bench/corpus/`` is git-ignored.

Usage: ``python bench/generate.py 10`` → ``bench/corpus/10MB/``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
CORPUS = ROOT / "bench" / "corpus"
#: Bump when the generated text changes, so cached corpora are rebuilt.
VERSION = "1"
MB = 1_000_000
FILE_BYTES = (10_000, 30_000)
FILES_PER_ZONE = 10
YEAR_SHIFT = (-15, 0)

#: The most frequent Chinese surnames (公安部 2020 ranking, top 60); kept only if the extractor knows them.
SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田"
                 "董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范")
#: Characters common in given names; none is a function word that would end a name early.
GIVEN = tuple("伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂建志峰晓辉鹏斌宇浩凯琳欣博卫俊毅彬鑫岩睿哲瑞嘉晨昊琦婷颖倩璐翔楠")
#: Zone names: first char × second char × suffix, by a counter (东川区, 西川区, …, 东川县, …).
ZONE_FIRST = tuple("东西南北金青白龙凤云永长宁泰康清")
ZONE_SECOND = tuple("川阳源丰泉溪峪岭港桥坪湾")
ZONE_SUFFIX = ("区", "县", "新区")

_ZONE_RE = re.compile(r"(?:郑\s*州\s*)?经\s*开\s*区")
_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s*(?:年|[-./]\d))")
_MONTH_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")


@dataclass(frozen=True)
class Sample:
    """The sample, cut into pieces, and the person names found in it."""

    pieces: tuple[str, ...]
    persons: tuple[str, ...]


@cache
def analyse_sample(sample: Path = SAMPLE) -> Sample:
    """Run the real pipeline on the sample once: article boundaries and Person labels."""
    from newskg.graph.build import build_graph

    from newskg.build import extract_corpus

    results, _w = extract_corpus([sample])
    g = build_graph(results)
    persons = sorted({d["label"] for _n, d in g.nodes(data=True) if d.get("type") == "Person"}, key=lambda s: (-len(s), s))
    pieces: list[str] = []
    for res in results:
        raw = (sample / res.document.id).read_text(encoding="utf-8")
        ends = {n: d["end"] for n, d in g.nodes(data=True) if d.get("type") == "Article" and d.get("doc") == res.document.id}
        for art, _p, end in g.out_edges(list(ends), data="end"):  # the byline closes the piece
            if end is not None:
                ends[art] = max(ends[art], end)
        cuts = sorted(set(ends.values()))
        start = 0
        for end in cuts:
            nl = raw.find("\n", end)
            end = len(raw) if nl < 0 else nl + 1
            if end > start:
                pieces.append(raw[start:end])
                start = end
        if raw[start:].strip():
            pieces.append(raw[start:])
    return Sample(tuple(pieces), tuple(persons))


def zone_name(i: int) -> str:
    f, s = len(ZONE_FIRST), len(ZONE_SECOND)
    name = ZONE_FIRST[i % f] + ZONE_SECOND[(i // f) % s] + ZONE_SUFFIX[(i // (f * s)) % len(ZONE_SUFFIX)]
    rounds = i // (f * s * len(ZONE_SUFFIX))
    return name if rounds == 0 else f"{name[:2]}{rounds + 1}{name[2:]}"


def _surnames() -> tuple[str, ...]:
    from newskg.extract.resources import words

    known = set(words("surnames.txt"))
    return tuple(s for s in SURNAMES if s in known) or SURNAMES


def cast(zone: int, persons: tuple[str, ...], seed: int) -> dict[str, str]:
    """Each sample person → a generated name of the same length, unique within the zone."""
    rng = random.Random(f"{seed}:cast:{zone}")
    surnames = _surnames()
    used: set[str] = set()
    out: dict[str, str] = {}
    for name in persons:
        while True:
            new = rng.choice(surnames) + "".join(rng.choice(GIVEN) for _ in range(max(1, len(name) - 1)))
            if new not in used and new not in persons:
                break
        used.add(new)
        out[name] = new
    return out


@cache
def _person_re(persons: tuple[str, ...]) -> re.Pattern[str]:
    """Names as printed: PDF extraction may put spaces or line breaks between the characters."""
    return re.compile("|".join(r"\s*".join(map(re.escape, name)) for name in persons))


def rewrite(text: str, names: dict[str, str], zone: str, year_shift: int, month_shift: int) -> str:
    """One piece of sample text as it would read in another zone, with other people, at another time."""
    text = _person_re(tuple(names)).sub(lambda m: names[re.sub(r"\s+", "", m.group(0))], text)
    text = _ZONE_RE.sub(zone, text)
    text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + year_shift), text)

    def month_day(m: re.Match[str]) -> str:
        month, day = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{(month - 1 + month_shift) % 12 + 1}月{min(day, 28)}日"

    return _MONTH_DAY_RE.sub(month_day, text)


def generate(size_mb: float, out: Path | None = None, seed: int = 0, force: bool = False) -> Path:
    """Write ``size_mb`` MB (10^6 bytes) of generated documents into ``out`` (default ``bench/corpus/NMB``)."""
    out = out or CORPUS / f"{size_mb:g}MB"
    manifest = {"version": VERSION, "size_mb": size_mb, "seed": seed}
    stamp = out / "MANIFEST.json"
    if not force and stamp.exists():
        try:
            if {k: v for k, v in json.loads(stamp.read_text()).items() if k in manifest} == manifest:
                return out
        except (ValueError, OSError):
            pass
    if out.exists():
        shutil.rmtree(out)
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    sample = analyse_sample()
    rng = random.Random(f"{seed}:corpus:{size_mb}")
    target = int(size_mb * MB)
    total = i = 0
    casts: dict[int, dict[str, str]] = {}
    while total < target:
        zone = i // FILES_PER_ZONE
        names = casts.setdefault(zone, cast(zone, sample.persons, seed))
        year_shift = rng.randint(*YEAR_SHIFT)
        month_shift = rng.randrange(12)
        want = min(rng.randint(*FILE_BYTES), max(target - total, 2_000))
        parts: list[str] = []
        size = 0
        while size < want:
            piece = rewrite(rng.choice(sample.pieces), names, zone_name(zone), year_shift, month_shift)
            if parts and not parts[-1].endswith("\n"):
                piece = "\n" + piece
            parts.append(piece)
            size += len(piece.encode("utf-8"))
        data = "".join(parts).encode("utf-8")
        (tmp / f"bench_{i:06d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    (tmp / "MANIFEST.json").write_text(json.dumps({**manifest, "files": i, "bytes": total}) + "\n")
    tmp.rename(out)
    return out


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("size_mb", type=float, help="corpus size in MB (10^6 bytes), e.g. 10")
    ap.add_argument("--out", type=Path, help="folder (default bench/corpus/<N>MB)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = ap.parse_args(argv)
    folder = generate(args.size_mb, args.out, args.seed, args.force)
    files = corpus_files(folder)
    print(f"{folder}: {len(files)} files, {sum(p.stat().st_size for p in files) / MB:.1f} MB")


if __name__ == "__main__":
    main()
