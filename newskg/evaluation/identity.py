"""Identity scores of a corpus against gold ``person_id`` annotations: the part of ``newskg eval`` that
needs the merged graph (it reads ``extract`` and ``graph``, so it lives above both).

- *people*: each gold person with post holdings in two or more files must be one person node
  (``split`` counts those that are not), and no person node may hold two gold persons (``merged``).
- *organisations*: no organisation node may stand for two gold organs of different places.
Gold without ``person_id`` (the sample) scores the names as ids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from ..extract.model import DocumentFacts
from ..graph.build import build_graph
from .gold import normalise


def identity_scores(results: list[DocumentFacts], gold_dir: str | Path) -> dict[str, object]:
    rows = [json.loads(line) for line in (Path(gold_dir) / "post_holdings.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    gold_id = {(r["file"], normalise(r["person"])): r.get("person_id") or r["person"] for r in rows}
    g = build_graph(results)
    ours: dict[str, set[str]] = defaultdict(set)  # gold id -> our person ids
    holders: dict[str, set[str]] = defaultdict(set)  # our person id -> gold ids
    orgs: dict[str, set[str]] = defaultdict(set)  # our org -> gold orgs (by person and title)
    gold_org: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # one person may hold 书记 of two organs
    for r in rows:
        gold_org[(r["file"], normalise(r["person"]), normalise(r["title"]))].add(normalise(r["org"]))
    for u, _v, d in g.edges(data=True):
        if d.get("type") != "holds":
            continue
        file = Path(d["doc"]).name
        name = normalise(g.nodes[u]["label"])
        gid = gold_id.get((file, name))
        if gid is None:
            continue
        ours[gid].add(u)
        holders[u].add(gid)
        candidates = gold_org.get((file, name, normalise(d.get("title", ""))), set())
        go = normalise(d.get("org", "")) if normalise(d.get("org", "")) in candidates else (
            next(iter(candidates)) if len(candidates) == 1 else None)
        if go:
            orgs[d.get("org", "")].add(go)
    files: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        files[r.get("person_id") or r["person"]].add(r["file"])
    multi = [p for p, fs in files.items() if len(fs) > 1]
    split = sorted(p for p in multi if len(ours.get(p, ())) > 1)
    merged = sorted(u for u, gids in holders.items() if len(gids) > 1)
    cross = sorted(o for o, gos in orgs.items() if len(gos) > 1 and len({_place(x) for x in gos}) > 1)
    return {"multi_document_people": len(multi), "split": split, "merged": merged, "cross_place_orgs": cross}


def _place(org: str) -> str:
    from ..extract.place_names import read_place

    read = read_place(org, 0)
    return org[: read.end] if read is not None else ""


def render(scores: dict[str, object]) -> str:
    lines = [
        "identity",
        f"  people in posts in 2+ files: {scores['multi_document_people']}; "
        f"split: {len(scores['split'])}; wrongly merged person nodes: {len(scores['merged'])}; "
        f"organisations merged across places: {len(scores['cross_place_orgs'])}",
    ]
    lines += [f"  split   {p}" for p in scores["split"]]
    lines += [f"  merged  {p}" for p in scores["merged"]]
    lines += [f"  cross-place organisation  {o}" for o in scores["cross_place_orgs"]]
    return "\n".join(lines) + "\n"
