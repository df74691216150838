"""Measure extraction quality against hand annotations (the format of ``tests/gold/``).

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

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Document, DocumentFacts, Mention

CATEGORIES = ("persons", "post holdings", "dates", "meetings", "projects", "places")

GOLD_FILES = (
    "documents.json",
    "persons.json",
    "post_holdings.jsonl",
    "reporters.jsonl",
    "meetings.jsonl",
    "projects.jsonl",
    "places.jsonl",
)

#: The annotators' event types (the words of gold ``type`` before its parenthesis) as ``Meeting.kind``.
EVENT_TYPES = {
    "meeting": "meeting",
    "inspection": "inspection",
    "ceremony": "ceremony",
    "session": "session",
    "study session": "study",
    "study": "study",
    "lecture": "lecture",
    "activity": "activity",
    "site observation": "activity",
}

#: Bigram Jaccard at or above which two meeting names overlap.
MEETING_JACCARD = 0.3
#: Shorter/longer length at or above which a contained project name matches.
PROJECT_RATIO = 0.6
#: Body characters compared when pairing articles by prefix.
PREFIX_CHARS = 12

_WS = re.compile(r"\s+")
_QUOTES = dict.fromkeys(map(ord, "“”‘’\"'「」『』《》〈〉"), None)
_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日((?:[、和至-]\d{1,2}日)*)")
_MORE_DAYS = re.compile(r"(\d{1,2})日")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


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


@dataclass
class Gold:
    """The annotation files, grouped by seed file name."""

    documents: dict[str, dict[str, Any]]
    persons: dict[str, dict[str, dict[str, Any]]]  # file -> name -> person record
    holdings: dict[str, list[dict[str, Any]]]
    reporters: dict[str, list[dict[str, Any]]]
    meetings: dict[str, list[dict[str, Any]]]
    projects: dict[str, list[dict[str, Any]]]
    places: dict[str, list[dict[str, Any]]]


# --------------------------------------------------------------------------- matching rules


def normalise(text: str | None) -> str:
    """NFKC with all whitespace removed: PDF text spaces and breaks words at random."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def name_key(text: str | None) -> str:
    """:func:`normalise` without quote marks, which the text prints in several widths."""
    return normalise(text).translate(_QUOTES)


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text} - {""}


def jaccard(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def meeting_name_overlap(found: str, gold: str, threshold: float = MEETING_JACCARD) -> float | None:
    """Overlap score of two meeting names, or None when they do not overlap."""
    a, b = name_key(found), name_key(gold)
    if not a or not b:
        return None
    score = jaccard(a, b)
    if a in b or b in a:
        return max(score, min(len(a), len(b)) / max(len(a), len(b)), threshold)
    return score if score >= threshold else None


def project_name_match(found: str, gold: str, ratio: float = PROJECT_RATIO) -> float | None:
    """Length ratio of two project names when equal or one contains the other, else None."""
    a, b = name_key(found), name_key(gold)
    if not a or not b or not (a in b or b in a):
        return None
    score = min(len(a), len(b)) / max(len(a), len(b))
    return score if score >= ratio else None


def stated_days(date_text: str | None) -> set[str]:
    """Month-days (``MM-DD``) a date phrase states: ``3月13日、14日`` → {03-13, 03-14}."""
    days: set[str] = set()
    for m in _DAY.finditer(normalise(date_text)):
        month = int(m.group(1))
        days.add(f"{month:02d}-{int(m.group(2)):02d}")
        days.update(f"{month:02d}-{int(d):02d}" for d in _MORE_DAYS.findall(m.group(3)))
    return days


def date_matches(found: str | None, year: int | str | None, days: set[str]) -> bool:
    """Our ISO date is right: the year matches and, where ``days`` is given, the month-day too."""
    if not found or year is None or found[:4] != str(year):
        return False
    return not days or (len(found) >= 10 and found[5:10] in days)


def dates_agree(found: str | None, year: int | str | None, days: set[str]) -> bool:
    """Meeting dates agree where both are known (an unknown side agrees with anything)."""
    if not found:
        return True
    if year is not None and found[:4] != str(year):
        return False
    return not (days and len(found) >= 10 and found[5:10] not in days)


def gold_event_type(row: dict[str, Any]) -> str:
    """A gold event's type as a ``Meeting.kind``: ``inspection by external body (实地调研)`` → inspection."""
    if row.get("event_type"):
        return str(row["event_type"])
    words_ = str(row.get("type") or "meeting").split("(")[0].split()
    for n in range(len(words_), 0, -1):
        if " ".join(words_[:n]) in EVENT_TYPES:
            return EVENT_TYPES[" ".join(words_[:n])]
    return words_[0] if words_ else "meeting"


def greedy_match(
    found: Sequence[Any], gold: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(found index, gold index)``, best score first, ties in input order."""
    pairs = [(s, i, j) for i, f in enumerate(found) for j, g in enumerate(gold) if (s := score(f, g)) is not None]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_f: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _s, i, j in pairs:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


# --------------------------------------------------------------------------- gold


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _by_file(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["file"], []).append(row)
    return out


def load_gold(gold_dir: str | Path) -> Gold:
    """Read the seven annotation files; raise :class:`FileNotFoundError` naming a missing one."""
    gold_dir = Path(gold_dir)
    for name in GOLD_FILES:
        if not (gold_dir / name).is_file():
            raise FileNotFoundError(f"{gold_dir / name}: gold annotation file missing")
    docs = json.loads((gold_dir / "documents.json").read_text(encoding="utf-8"))["documents"]
    persons: dict[str, dict[str, dict[str, Any]]] = {}
    for person in json.loads((gold_dir / "persons.json").read_text(encoding="utf-8"))["persons"]:
        for entry in person["files"].values():
            persons.setdefault(entry["file"], {})[person["name"]] = person
    return Gold(
        documents={d["file"]: d for d in docs},
        persons=persons,
        holdings=_by_file(_jsonl(gold_dir / "post_holdings.jsonl")),
        reporters=_by_file(_jsonl(gold_dir / "reporters.jsonl")),
        meetings=_by_file(_jsonl(gold_dir / "meetings.jsonl")),
        projects=_by_file(_jsonl(gold_dir / "projects.jsonl")),
        places=_by_file(_jsonl(gold_dir / "places.jsonl")),
    )


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
    from .resources import table

    return any(normalise(org).endswith(r[0]) for r in table("non_public_orgs.tsv") if r)


def _as_gold_org(person: str, org: str, title: str, gold_rows: list[dict[str, Any]]) -> str:
    """Our canonical organ, written as the gold row of the same person and title writes it.

    Gold written before organs carried their places (the sample's ``经开区党工委``) names an organ
    without the place its document is about: our ``郑州经开区党工委`` counts as it when the part we add
    in front is exactly a place (read against the gazetteer). Any other difference stays a miss.
    """
    from .jurisdiction import read_place

    for g in gold_rows:
        if normalise(g["person"]) != normalise(person) or normalise(g["title"]) != normalise(title):
            continue
        gold_org = normalise(g["org"])
        if org == gold_org:
            return org
        head = org[: len(org) - len(gold_org)]
        if head and org.endswith(gold_org):
            read = read_place(head, 0)
            if read is not None and read.end == len(head):
                return gold_org
    return org


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


def _score_meetings(score: Score, file: str, res: DocumentFacts, gold: list[dict[str, Any]], year: int) -> None:
    found = [m for f in res.articles for m in f.meetings]

    def pair(m: Any, g: dict[str, Any]) -> float | None:
        if not dates_agree(m.date.value, year, stated_days(g.get("date_text"))):
            return None
        if normalise(m.chair) != normalise(g.get("chair")) or m.kind != gold_event_type(g):
            return None
        return meeting_name_overlap(m.name, g["name"])

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
            _holding_key(h.person.text, _as_gold_org(h.person.text, h.org, h.title, gold_rows), h.title): h.evidence.text
            for f in res.articles
            for h in f.holdings
        }
        gold_h: dict[str, str] = {}
        for g in gold_rows:
            gold_h.setdefault(_holding_key(g["person"], g["org"], g["title"]), g["evidence"])
        _score_sets(s["post holdings"], file, found_h, gold_h)
        _score_dates(s["dates"], file, res, gold.documents[file])
        _score_meetings(s["meetings"], file, res, gold.meetings.get(file, []), gold.documents[file]["publication_year"])
        _score_projects(s["projects"], file, res, gold.projects.get(file, []))
        found_p: dict[str, str] = {}
        for f in res.articles:
            for p in f.places:
                found_p.setdefault(name_key(p.name), _context(doc, p.mention))
        found_p.pop("", None)
        gold_p: dict[str, str] = {}
        for g in gold.places.get(file, []):
            gold_p.setdefault(name_key(g["name"]), g["evidence"])
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
            lines.append(f"  {category:<13} {it.file[:3]}  {_oneline(it.key)}  «{_oneline(it.evidence)}»")
    return "\n".join(lines) + "\n"
