"""Measure extraction quality against hand annotations (the format of ``tests/gold/``; read by :mod:`.gold`).

Why: the extractors are tuned on a handful of pages; this puts one number per
concept on every change, and lists what was missed and what was invented, each
with the text it rests on, so a regression says where to look.

Call :func:`date_by_personnel` on the results first (as the build does), then
``render(evaluate(results, gold_dir))``. Results are joined to gold by file
name (``Path(Document.id).name == gold["file"]``); only files present on both
sides are scored, and the report lists the rest.

Matching rules, per category (all per file; names are compared after
:func:`normalise` = NFKC + all whitespace removed):

persons
    The set of distinct names we found (holdings, person mentions, meeting
    chair/leader/speakers/attendees, article bylines) against the names that
    ``persons.json`` lists for the file (officials and reporters alike).
post holdings
    The set of ``(person, org, title)`` against ``post_holdings.jsonl``
    (``org`` and ``title`` fields), normalised. Repeats in a file count once.
dates
    One item per document (its year against ``publication_year``) and one per
    gold article: the year must match and, where the gold ``date_text`` states a
    day (``M月D日``; ``3月13日、14日`` allows either day), the month-day must
    match too. Articles are paired by index when our splitter finds the same
    number as gold, otherwise by the first 12 characters of the body (gold
    ``body_first20_nows``, both sides keyed by :func:`name_key`). A wrong date
    is both a miss and a false positive; a missing one only a miss; an article
    gold does not have is a false positive.
meetings
    A found meeting matches a gold meeting of the same file when the dates
    agree where both are known (years; month-day where ours is a full date and
    gold ``date_text`` states a day, gold year = the document's
    ``publication_year``), the chairs agree (both None or equal), the event
    types agree (ours ``Meeting.kind``; gold: the row's ``event_type``, else the
    leading words of its ``type`` read through :data:`EVENT_TYPES`), and the
    names overlap: character-bigram Jaccard ≥ 0.3 or one contains the other
    (after :func:`name_key`). Matching is one-to-one, greedy by overlap.
projects
    Distinct names by :func:`name_key` (NFKC, no whitespace, full/half width
    folded, quote marks dropped); a found name matches a gold one when equal or
    when one contains the other and the shorter is ≥ 0.6 of the longer's length.
    One-to-one, greedy by length ratio.
places
    Distinct names by :func:`name_key`, equal.

Scores: P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean; a side with
nothing to count scores 1.0 only when the other side is empty too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.model import Document, DocumentFacts, Mention
from .gold import (
    PREFIX_CHARS,
    Gold,
    as_gold_org,
    as_gold_places,
    date_matches,
    dates_agree,
    gold_event_type,
    greedy_match,
    load_gold,
    meeting_name_overlap,
    name_key,
    normalise,
    project_name_match,
    stated_days,
    stated_year,
)

_WS = re.compile(r"\s+")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")

CATEGORIES = ("persons", "post holdings", "dates", "meetings", "projects", "places")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Item:
    """One compared fact: a miss (gold evidence) or a false positive (our evidence)."""

    file: str
    key: str  # what was compared, e.g. "张波 | 经开区管委会 | 主任"
    evidence: str = ""


@dataclass
class Score:
    """Counts for one category; fp and fn are the lengths of the item lists."""

    category: str
    tp: int = 0
    misses: list[Item] = field(default_factory=list)
    false_positives: list[Item] = field(default_factory=list)

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.misses)

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score]
    files: list[str]  # scored: in gold and in the results
    missing: list[str] = field(default_factory=list)  # in gold, not in the results
    ignored: list[str] = field(default_factory=list)  # in the results, not in gold

    def __getitem__(self, category: str) -> Score:
        return self.scores[category]


# --------------------------------------------------------------------------- per category


def _context(doc: Document, mention: Mention, width: int = 10) -> str:
    text = doc.clean or doc.raw
    return text[max(0, mention.start - width) : mention.end + width]


def _score_sets(
    score: Score, file: str, found: dict[str, str], gold: dict[str, str], show: Callable[[str], str] = str
) -> None:
    """Exact set comparison; the dicts map a key to its evidence."""
    score.tp += len(found.keys() & gold.keys())
    score.misses += [Item(file, show(k), gold[k]) for k in gold if k not in found]
    score.false_positives += [Item(file, show(k), found[k]) for k in found if k not in gold]


def _found_persons(res: DocumentFacts) -> dict[str, str]:
    doc = res.document
    out: dict[str, str] = {}
    for f in res.articles:
        mentions = [h.person for h in f.holdings] + [p.person for p in f.persons] + list(f.article.reporters)
        for m in mentions:
            out.setdefault(normalise(m.text), _context(doc, m))
        for meeting in f.meetings:
            names = [meeting.chair, meeting.leader, *meeting.speakers, *meeting.attendees]
            for name in filter(None, names):
                out.setdefault(normalise(name), meeting.evidence.text)
    out.pop("", None)
    return out


def _gold_persons(gold: Gold, file: str) -> dict[str, str]:
    lines = gold.holdings.get(file, []) + gold.reporters.get(file, [])
    out: dict[str, str] = {}
    for name, person in gold.persons.get(file, {}).items():
        evidence = next((row["evidence"] for row in lines if row["person"] == name), "")
        if not evidence:
            evidence = next(
                (
                    e
                    for m in gold.meetings.get(file, [])
                    for e in m.get("evidence_participants", [])
                    if name in normalise(e)
                ),
                "",
            )
        if not evidence:
            entry = next(e for e in person["files"].values() if e["file"] == file)
            evidence = f"articles {entry.get('articles')}, {entry.get('mentions')} mentions"
        out[normalise(name)] = evidence
    return out


def _not_public(org: str) -> bool:
    """Gold rows of a company's, association's or study group's organ are no post holdings (issue 13): the
    sample's gold lists 理论学习中心组 membership, flagged in its notes; those rows are not scored."""
    from ..extract.resources import table

    return any(normalise(org).endswith(r[0]) for r in table("non_public_orgs.tsv") if r)


def _holding_key(person: str, org: str, title: str) -> str:
    return " | ".join((normalise(person), normalise(org), normalise(title)))


def _score_dates(score: Score, file: str, res: DocumentFacts, gdoc: dict[str, Any]) -> None:
    year = gdoc["publication_year"]
    ours = res.document.date.value
    if ours and ours[:4] == str(year):
        score.tp += 1
    else:
        score.misses.append(Item(file, f"document year {year}", f"ours: {ours or 'none'}"))
        if ours:
            score.false_positives.append(Item(file, f"document year {ours[:4]}", res.document.date.evidence))
    garts = gdoc["articles"]
    ofacts = [f.article for f in res.articles]
    if len(garts) == len(ofacts):
        pairs = list(zip(range(len(ofacts)), range(len(garts)), strict=True))
    else:
        pairs = greedy_match(
            ofacts,
            garts,
            lambda a, g: (
                1.0 if name_key(a.text)[:PREFIX_CHARS] == name_key(g["body_first20_nows"])[:PREFIX_CHARS] else None
            ),
        )
    paired_o = {i for i, _ in pairs}
    paired_g = {j: i for i, j in pairs}
    for j, g in enumerate(garts):
        gyear = g["date_inferred"][:4] if str(g.get("date_inferred") or "")[:4].isdigit() else str(year)
        days = stated_days(g.get("date_text"))
        want = f"{gyear}" + (f" {'/'.join(sorted(days))}" if days else "") + f" ({g.get('date_text') or 'no date'})"
        i = paired_g.get(j)
        art = ofacts[i] if i is not None else None
        if art is not None and date_matches(art.date.value, gyear, days):
            score.tp += 1
            continue
        got = f"ours: {art.date.value or 'none'} ({art.date_text or 'no date'})" if art else "no article paired"
        score.misses.append(Item(file, f"A{g['index']} date {want}", f"{g['body_first20_raw']} … {got}"))
        if art is not None and art.date.value:
            score.false_positives.append(Item(file, f"A{art.index} date {art.date.value}", art.text[:20]))
    for i, art in enumerate(ofacts):
        if i not in paired_o:
            score.false_positives.append(Item(file, f"A{art.index} (no gold article)", art.text[:20]))


#: The score of an event pair whose names differ but whose sentences are one: below any pair of overlapping names.
_SAME_SENTENCE = 0.01


def _same_sentence(ours: str, theirs: str) -> bool:
    """Does one evidence text hold the other (both at least ten letters, normalised)?"""
    a, b = normalise(ours), normalise(theirs)
    return min(len(a), len(b)) >= 10 and (a in b or b in a)


def _score_meetings(score: Score, file: str, res: DocumentFacts, gold: list[dict[str, Any]], year: int) -> None:
    found = [m for f in res.articles for m in f.meetings]

    def pair(m: Any, g: dict[str, Any]) -> float | None:
        said = g.get("date_text")  # a chronicle's entry states its year (2023年2月6日 on a page of 2024)
        if not dates_agree(m.date.value, stated_year(said) or year, stated_days(said)):
            return None
        if normalise(m.chair) != normalise(g.get("chair")) or m.kind != gold_event_type(g):
            return None
        score = meeting_name_overlap(m.name, g["name"])
        if score is None and _same_sentence(m.evidence.text, g.get("evidence") or ""):
            return _SAME_SENTENCE  # one event told by one sentence, named by its topic here and its place there
        return score

    pairs = greedy_match(found, gold, pair)
    score.tp += len(pairs)
    hit_f = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    for j, g in enumerate(gold):
        if j not in hit_g:
            key = f"{g['name']} ({gold_event_type(g)}; {g.get('date_text') or '?'}; chair {g.get('chair') or '-'})"
            score.misses.append(Item(file, key, g["evidence"]))
    for i, m in enumerate(found):
        if i not in hit_f:
            key = f"{m.name} ({m.kind}; {m.date.value or '?'}; chair {m.chair or '-'})"
            score.false_positives.append(Item(file, key, m.evidence.text))


def _score_projects(score: Score, file: str, res: DocumentFacts, gold: list[dict[str, Any]]) -> None:
    doc = res.document
    found: dict[str, str] = {}
    for f in res.articles:
        for p in f.projects:
            found.setdefault(name_key(p.name), _context(doc, p.mention))
    found.pop("", None)
    wanted: dict[str, tuple[str, str]] = {}
    for g in gold:
        wanted.setdefault(name_key(g["name"]), (g["name"], g["evidence"]))
    fkeys, gkeys = list(found), list(wanted)
    pairs = greedy_match(fkeys, gkeys, project_name_match)
    score.tp += len(pairs)
    hit_f = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    score.misses += [Item(file, wanted[k][0], wanted[k][1]) for j, k in enumerate(gkeys) if j not in hit_g]
    score.false_positives += [Item(file, k, found[k]) for i, k in enumerate(fkeys) if i not in hit_f]


# --------------------------------------------------------------------------- entry points


def evaluate(results: list[DocumentFacts], gold_dir: str | Path) -> Report:
    """Score extraction results against the annotations in ``gold_dir``, per category."""
    gold = load_gold(gold_dir)
    by_name = {Path(r.document.id).name: r for r in results}
    files = [f for f in gold.documents if f in by_name]
    report = Report(
        scores={c: Score(c) for c in CATEGORIES},
        files=files,
        missing=[f for f in gold.documents if f not in by_name],
        ignored=sorted(n for n in by_name if n not in gold.documents),
    )
    s = report.scores
    for file in files:
        res = by_name[file]
        doc = res.document
        _score_sets(s["persons"], file, _found_persons(res), _gold_persons(gold, file))
        gold_rows = [g for g in gold.holdings.get(file, []) if not _not_public(g["org"])]
        found_h = {
            _holding_key(h.person.text, as_gold_org(h.person.text, h.org, h.title, gold_rows), h.title): h.evidence.text
            for f in res.articles
            for h in f.holdings
            if h.change != "ceased"  # a departure (免去…职务) is no holding in the gold's terms
        }
        gold_h: dict[str, str] = {}
        for g in gold_rows:
            gold_h.setdefault(_holding_key(g["person"], g["org"], g["title"]), g["evidence"])
        _score_sets(s["post holdings"], file, found_h, gold_h)
        _score_dates(s["dates"], file, res, gold.documents[file])
        _score_meetings(s["meetings"], file, res, gold.meetings.get(file, []), gold.documents[file]["publication_year"])
        _score_projects(s["projects"], file, res, gold.projects.get(file, []))
        gold_p: dict[str, str] = {}
        for g in gold.places.get(file, []):
            gold_p.setdefault(name_key(g["name"]), g["evidence"])
        found_p: dict[str, str] = {}
        for f in res.articles:
            for p in f.places:
                for name in as_gold_places(name_key(p.name), gold_p):
                    found_p.setdefault(name, _context(doc, p.mention))
        found_p.pop("", None)
        _score_sets(s["places"], file, found_p, gold_p)
    return report


def _oneline(text: str, width: int = 60) -> str:
    text = _WS.sub(" ", _CJK_GAP.sub("", text)).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def render(report: Report) -> str:
    """A score table, then every miss and false positive with its evidence."""
    lines = [f"{'category':<14} {'P':>5} {'R':>5} {'F1':>5}  tp/fp/fn"]
    for sc in report.scores.values():
        lines.append(f"{sc.category:<14} {sc.precision:5.2f} {sc.recall:5.2f} {sc.f1:5.2f}  {sc.tp}/{sc.fp}/{sc.fn}")
    lines.append(f"files scored: {len(report.files)}")
    if report.missing:
        lines.append("gold files without results: " + ", ".join(report.missing))
    if report.ignored:
        lines.append("results without gold (not scored): " + ", ".join(report.ignored))
    for title, attr in (("misses", "misses"), ("false positives", "false_positives")):
        items = [(sc.category, it) for sc in report.scores.values() for it in getattr(sc, attr)]
        if not items:
            continue
        lines += ["", f"{title} ({len(items)}):"]
        for category, it in items:
            lines.append(f"  {category:<13} {it.file.split('_', 1)[0]:<3}  {_oneline(it.key)}  «{_oneline(it.evidence)}»")
    return "\n".join(lines) + "\n"

