"""Identity scores of a corpus against gold ``person_id`` annotations: the part of ``newskg eval`` that
needs the merged graph (it reads ``extract`` and ``graph``, so it lives above both).

- *people*: each gold person with post holdings in two or more files must be one person node
  (``split`` counts those that are not), and no person node may hold two gold persons (``merged``).
- *organisations*: no organisation node may stand for two gold organs of different places.
- *places*: no place node may stand for two gold places (郑州经开区 and 新乡经开区 written 经开区 on each page).
Gold without ``person_id`` (the sample) scores the names as ids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from ..extract.model import DocumentFacts
from ..graph.build import build_graph
from .gold import normalise, with_place_before


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
    return {"multi_document_people": len(multi), "split": split, "merged": merged, "cross_place_orgs": cross,
            "merged_places": _merged_places(g, gold_dir)}


def _merged_places(g, gold_dir: str | Path) -> list[str]:
    """Place nodes that stand for two or more gold places: each of the node's files' gold places written as
    its name, or as its name with a place in front (经开区 → 郑州经开区) or without one (the sample's 经开区)."""
    path = Path(gold_dir) / "places.jsonl"
    if not path.exists():
        return []
    gold: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            gold[r["file"]].add(normalise(r["name"]))

    written = with_place_before
    out = []
    for n, d in g.nodes(data=True):
        if d.get("type") != "Place":
            continue
        label = normalise(d.get("label", ""))
        files = {Path(m["doc"]).name for m in d.get("mentions", ())}  # each file once, not once per mention
        names = {x for f in files for x in gold.get(f, ()) if x == label or written(x, label) or written(label, x)}
        # a gold that lists one place twice (合肥高新区, and 高新区 as written) counts it once
        if len({x for x in names if not any(y != x and written(y, x) for y in names)}) > 1:
            out.append(n)
    return sorted(out)


def _place(org: str) -> str:
    from ..extract.place_names import read_place

    read = read_place(org, 0)
    return org[: read.end] if read is not None else ""


def render(scores: dict[str, object]) -> str:
    lines = [
        "identity",
        f"  people in posts in 2+ files: {scores['multi_document_people']}; "
        f"split: {len(scores['split'])}; wrongly merged person nodes: {len(scores['merged'])}; "
        f"organisations merged across places: {len(scores['cross_place_orgs'])}; "
        f"place nodes standing for two gold places: {len(scores.get('merged_places', ()))}",
    ]
    lines += [f"  split   {p}" for p in scores["split"]]
    lines += [f"  merged  {p}" for p in scores["merged"]]
    lines += [f"  cross-place organisation  {o}" for o in scores["cross_place_orgs"]]
    lines += [f"  merged place  {p}" for p in scores.get("merged_places", ())]
    return "\n".join(lines) + "\n"
